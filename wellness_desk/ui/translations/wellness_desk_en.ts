<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivationsPage</name>
        <message>
            <source>Activations: festivals and tours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Places of the activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use this activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New activation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;location…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Capacity and changeover…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many people the space holds, and the minutes needed between two sessions there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit stop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete stop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · {start} to {end} · {zone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  ✓ current
{details}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}
{details}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} · {city}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min changeover</source>
            <translation>
                <numerusform>%n min changeover</numerusform>
                <numerusform>%n min changeover</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Tour stops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;stop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People the space holds (0: no limit):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changeover minutes needed between two sessions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddSlotDialog</name>
        <message>
            <source>Add a slot by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slot starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slot ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsGroup</name>
        <message>
            <source>daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before an upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups of this laptop's database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup is made at the first start of each day and before every upgrade, in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backups yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up: {file} ({size}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellness Desk backups (*.sqlite3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it cannot be read (damaged?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back the backup {file}?

It holds: {holds}.

It replaces the current database ({now}). The current database is not deleted: it is kept as {aside} in {folder}.

Wellness Desk closes after the restore; open it again to carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing readable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchProblems</name>
        <message>
            <source>Batch from a locations CSV</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
            <translation>
                <numerusform>{file}: nothing printed, %n problem. Fix the file and choose it again.</numerusform>
                <numerusform>{file}: nothing printed, %n problems. Fix the file and choose it again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the list of problems</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <source>full name, initials or an alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names, contacts and notes are stored encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}.

Book anyway?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Therapy budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount for the tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Nothing counted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{category}: {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{series} {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {empty}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{category} {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {figures}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kits handed out today per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to a hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. https://hub.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync hub address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync hub &amp;address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. K7QF-2MXD-9PLA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case and dashes do not matter. A code works once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolment &amp;code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Noted, thank you: it will be re-checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This number did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✕ Stale: not verified for over a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Verified over 6 months ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report that {number} did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy {number} ({kind}, {name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, {kind}, {number}, {open}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrectCountDialog</name>
        <message>
            <source>Correct count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit} in the box at {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The books say {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why was the count off?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why was the count off?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountryCardDialog</name>
        <message>
            <source>Country card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two letters, e.g. CA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country, two letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DoorPanel</name>
        <message>
            <source>Door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FULL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take one person off the door count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add one person at the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take one person off the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add one person to the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session now or later today in this space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · {times} in {space} · cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · {times} in {space} · held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · {times} in {space}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} / {capacity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the door: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count newcomers on the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back (not held)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk-ins waiting: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FULL: {title}. Count newcomers on the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
            <translation>
                <numerusform>“{title}” starts at {time}, in %n minute. Mark it held now?

You can put it back with “Put back (not held)”.</numerusform>
                <numerusform>“{title}” starts at {time}, in %n minutes. Mark it held now?

You can put it back with “Put back (not held)”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Include personal details (names, contacts and notes of therapy bookings)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To include personal details, unlock the Therapy days section first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder: choose where to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandOutSeveralDialog</name>
        <message>
            <source>Hand out several</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit}: how many went over the table at once?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;For:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand out {count} × {kit} for {role}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{question}

That is more than {most} at once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpLineBanner</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the help line…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the industry help line in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24/7 music-industry help line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the help line number {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help line: {name}, {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No help line set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No industry help line is set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitCataloguePage</name>
        <message>
            <source>Kit catalogue and stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add kit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kits and their stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low-stock level…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stock at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receive stock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct count…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low-stock at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock · {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour of {kit}: {colour}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Below zero: more handed out than received. Count the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count}: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitColourDialog</name>
        <message>
            <source>Colour of {kit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{colour} ({code})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitCounterPage</name>
        <message>
            <source>&amp;Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next tap is for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next tap is for: {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the selected action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last tap (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activation yet. Create one under Activations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activation has no location yet. Add one under Activations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No kit types yet. Add some under Kit catalogue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the kit catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} · {location}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out today</source>
            <translation>
                <numerusform>%Ln kit handed out today</numerusform>
                <numerusform>%Ln kits handed out today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit}, {time}</source>
            <translation>
                <numerusform>Undo: %Ln × {kit}, {time}</numerusform>
                <numerusform>Undo: %Ln × {kit}, {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit} for {role}, {time}</source>
            <translation>
                <numerusform>Undo: %Ln × {kit} for {role}, {time}</numerusform>
                <numerusform>Undo: %Ln × {kit} for {role}, {time}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No tile {key}: there are %Ln kit(s)</source>
            <translation>
                <numerusform>No tile {key}: there is %Ln kit</numerusform>
                <numerusform>No tile {key}: there are %Ln kits</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not counted: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not undone: the hand-out still counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not undone: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting at {location} ({activation})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: {kit} ×{count} handed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: {kit} stock {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand out one to {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand out several…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitNameDialog</name>
        <message>
            <source>Rename kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Earplugs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitTileButton</name>
        <message>
            <source>Key {key} · stock {stock} · below zero, count the box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock {stock} · below zero, count the box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key {key} · stock {stock} · LOW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock {stock} · LOW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key {key} · stock {stock}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock {stock}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap to log one {kit} handed out. Right-click for more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KitsTodayBox</name>
        <message>
            <source>Kits today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out</source>
            <translation>
                <numerusform>%Ln kit handed out</numerusform>
                <numerusform>%Ln kits handed out</numerusform>
            </translation>
        </message>
        <message>
            <source>{kit}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No kit types yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Add location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A place at {activation}, e.g. Wellness tent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LowStockDialog</name>
        <message>
            <source>Low-stock level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warn when {kit} stock is at or below</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LunchRow</name>
        <message>
            <source>Lunch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lunch break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lunch starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lunch ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewActivationDialog</name>
        <message>
            <source>New activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Riverside Sound Festival 2027</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewDayDialog</name>
        <message>
            <source>New therapy day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. LCSW, licensed in NY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone or email (kept encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider's contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost per session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost per day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Change the day's plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked slots do not fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep those slots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel those bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the day as it is</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>What will be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing waits to be sent: the hub already holds every count.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
            <translation>
                <numerusform>%Ln count cell, exactly as it will be sent (compressed with gzip on the way).</numerusform>
                <numerusform>%Ln count cells, exactly as they will be sent (compressed with gzip on the way).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They go to the hub in %Ln batch(es).</source>
            <translation>
                <numerusform>They go to the hub in %Ln batch.</numerusform>
                <numerusform>They go to the hub in %Ln batches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln batch(es) are shown.</source>
            <translation>
                <numerusform>The first %Ln batch is shown.</numerusform>
                <numerusform>The first %Ln batches are shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>What will be sent, exactly</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print cards and signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. green-room-chicago-2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A unique code on every card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what the paper serves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan &amp;distance (signs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan distance, in metres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the &amp;middle of the QR code (stronger error correction)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo in the middle of the QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose one in Resources: Print a card for this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number comes from the resource directory, as checked there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it cannot print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the cards as a PDF (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the cards to a printer (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Batch from a locations CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the resource directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour s&amp;heet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country car&amp;d…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wallet cards with one country's crisis lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the cards as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch signs from a locations CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour sheet from the resource directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country card from the resource directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print wallet cards instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last print is still being saved or sent: try again once it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Save the signs of %n location(s)</source>
            <translation>
                <numerusform>Save the signs of %n location</numerusform>
                <numerusform>Save the signs of %n locations</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing stopped, nothing recorded. {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer. {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceiveStockDialog</name>
        <message>
            <source>Receive stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit} received at {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receive</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Activation report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} report.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activation yet: create one in Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File: say where to save the PDF</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResourcePrintDialog</name>
        <message>
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also lines not re-checked for 12 months (marked so)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also lines not re-checked for 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the directory…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory edition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search a name, a need, a city… (just type)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only what is open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the rest of the results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{country} ({code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The directory has no entry for {country}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the filters</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Show %n more result(s)</source>
            <translation>
                <numerusform>Show %n more result</numerusform>
                <numerusform>Show %n more results</numerusform>
            </translation>
        </message>
        <message>
            <source>These lines go together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paired lines: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters cleared: every resource in the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{position} of {count}: {name}, {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {number}: {kind}, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to copy: no result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} lists no number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {number}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is a favourite: shown first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is no longer a favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card for {number}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The directory could not be read. {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <source>Favourite: shown first for this country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a card for this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No number listed: see the organization's website.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name} from favourites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add {name} to favourites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a card for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✕ Stale: last verified {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Verified {date}, over 6 months ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Verified {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RhythmFields</name>
        <message>
            <source>Day starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lunch break</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a session to the program (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;pace:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;acilitator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or a double click opens a session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headcount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule · {activation}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
            <translation>
                <numerusform>⚠ %n session with a conflict this day (outlined in red; hover or open it to see why)</numerusform>
                <numerusform>⚠ %n sessions with a conflict this day (outlined in red; hover or open one to see why)</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar (.ics), whole program…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar (.ics), one space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{space}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day program PDF ({paper})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a workshop program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the day program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n workshop(s).</source>
            <translation>
                <numerusform>Imported %n workshop.</numerusform>
                <numerusform>Imported %n workshops.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved {path}: %n page(s)</source>
            <translation>
                <numerusform>Saved {path}: %n page</numerusform>
                <numerusform>Saved {path}: %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long the Undo button stays live after a tap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo a tap for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The online resource hub that printed QR codes point to. It has nothing to do with the sync hub below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource &amp;hub address
(printed on cards)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource hub address (printed on cards)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Therapy days section hides names again after this long without a touch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock &amp;therapy names after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change it with --data-dir or WELLNESS_DESK_DATA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and appearance (this laptop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of every screen; dates and numbers follow it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System (follows light or dark mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help line (printed on cards and signs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Music Minds Matter (empty: “24/7 music-industry help line”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help line name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. +44 800 088 2045</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The real number of your help line. Until one is set, cards and signs print without a help line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nu&amp;mber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help line number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuse to print cards and signs while no number is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation report (title page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your nonprofit's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;onprofit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nonprofit's name on the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No logo (optional: a PNG or JPEG file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo on the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a logo file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo for the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync hub (where anonymous counts are sent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to a sync hub…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to a sync hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now, the preview of what is sent, past syncs and Disconnect are in the Sync section.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpaceCard</name>
        <message>
            <source>At the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing on now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (cancelled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: {title}{cancelled}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of {capacity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headcount of {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {title}, {times}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing next today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count at the door for {space}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpaceHeader</name>
        <message>
            <source>Spaces: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: reconnect this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub busy, waited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub had a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch refused, set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time up, the rest waits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back from a copy: the hub's later counts kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to a hub…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to a hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted there as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends the counts of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview what will be sent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to another hub…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past syncs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batches the hub refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batches the hub refused ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batches the hub refused: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send again the batch refused at {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect from the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to the hub as “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <source>Sync: checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync: not connected to a hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending {activation}: all sent</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sending {activation}: %n change(s) waiting</source>
            <translation>
                <numerusform>Sending {activation}: %n change waiting</numerusform>
                <numerusform>Sending {activation}: %n changes waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n batch(es) refused (see the Sync page)</source>
            <translation>
                <numerusform>%n batch refused (see the Sync page)</numerusform>
                <numerusform>%n batches refused (see the Sync page)</numerusform>
            </translation>
        </message>
        <message>
            <source>synced at {time} UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced on {date} at {time} UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced on {date} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync: off (the database could not be opened)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is not open, so this laptop cannot connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync not recorded: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync: something went wrong ({kind}); nothing was lost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cannot open the database {path} ({kind}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong ({kind}): that action was NOT saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TherapyPage</name>
        <message>
            <source>Therapy days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New therapy day…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New therapy day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print / export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print or export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN or passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>again, to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN or passphrase, again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock now: hide the names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy budget…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a slot by hand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the day's plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slots of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrows move between slots; Enter does the slot's main action; the menu key lists everything you can do with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This day has no slots left: add one by hand, or lay the day out again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo attended or no-show: the session is booked again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slot becomes free, but the session stays billable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book the selected slot for them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to waitlist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the PIN or passphrase first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two entries differ: type the same PIN or passphrase twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocked: names are shown. {how}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{text} (wait %n s)</source>
            <translation>
                <numerusform>{text} (wait %n s)</numerusform>
                <numerusform>{text} (wait %n s)</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy days belong to a tour: pick or create one under Activations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy days · {tour}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop} · {provider}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the first therapy day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No therapy day yet: add the tour's stops under Activations, then plan the first therapy day here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No therapy budget set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a therapy budget…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over budget: remaining {remaining}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remaining {remaining}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{provider} · %n slot(s) free of {total}</source>
            <translation>
                <numerusform>{provider} · %n slot free of {total}</numerusform>
                <numerusform>{provider} · %n slots free of {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Name hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time}, {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time}, {status}, {person}, {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unblock slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No slot selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a slot in the day column to see what you can do with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{person} · {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock the section to book: a booking takes a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free: book someone, or block it so nobody can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked: nobody can book it until it is unblocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the session, mark it attended or a no-show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session was held (or missed): only undoing that is left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock the section first: a booking takes a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slot actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The section locked itself: unlock it and book again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: the slot is free again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapist's day sheet with names (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crew sign-up sheet, times only (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider's day calendar, no names (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite for the selected booking, no name (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite for the selected booking, WITH the client's name (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked from the waitlist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day was laid out again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to the waitlist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of {capacity}</source>
            <translation>
                <numerusform>%n of {capacity}</numerusform>
                <numerusform>%n of {capacity}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} · {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} · {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}, {time}, {space}, {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{session}, {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} · {space} · {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} · {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No spaces yet: add the tents and rooms under Activations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move between sessions; Enter opens the focused one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now and next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today · {activation} · {day} {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No spaces yet: add them under Activations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions today. Plan them in the schedule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the schedule</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TourSheetDialog</name>
        <message>
            <source>Tour sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tour yet: create one in Activations</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TourStopDialog</name>
        <message>
            <source>Change {stop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stop to {tour}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tour runs {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. US</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <source>Edit workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Morning breathwork</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New kind…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New kind of session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Facilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The space's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People who can take part; 0 uses what the space holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every day of the activation at this time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat every day of the activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put &amp;back on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel sessi&amp;on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} (outside the dates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a space first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ends the next day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can save anyway; the program keeps the mark until it is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of session (e.g. Drum circle):</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
            <translation>
                <numerusform>“{title}” starts at {time}, in %n minute. Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</numerusform>
                <numerusform>“{title}” starts at {time}, in %n minutes. Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>activations_page</name>
        <message>
            <source>Tent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Festival</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kit_catalogue</name>
        <message>
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bluish green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reddish purple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sky blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vermilion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>White</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kit_counter</name>
        <message>
            <source>Anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>anyone</source>
            <comment>in a sentence: for anyone</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>artists</source>
            <comment>in a sentence: for artists</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crew</source>
            <comment>in a sentence: for crew</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>venue staff</source>
            <comment>in a sentence: for venue staff</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>family</source>
            <comment>in a sentence: for family</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>others</source>
            <comment>in a sentence: for others</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit} ×{count} handed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit} ×{count} handed out · {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit} +{count} received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kit} count corrected ({change}): {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time}  {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}  — undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: {kit} ×{count} ({role}) handed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: {kit} ×{count} handed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: {kit} ({role}) handed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: {kit} handed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: {kit} +{count} received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo: {kit} count correction ({change})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type how many, as a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand out at least 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That tap was not counted, so there is nothing to undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>resources_page</name>
        <message>
            <source>Crisis lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counselling and therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Financial aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substance use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peer support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Music industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counselling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crisis line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counselling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>financial aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>substance use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>peer support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>music industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text (SMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Textphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hours not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>therapy_page</name>
        <message>
            <source>Free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unspecified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no budget currency set yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>today_page</name>
        <message>
            <source>{start}–{end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count}/{capacity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: {times} {title} (cancelled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {times} {title} (cancelled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: {times} {title} · {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {times} {title} · {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kits per hour today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kits by type today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance against capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions today</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
