<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ActivationsPage</name>
        <message>
            <source>Activations: festivals and tours</source>
            <translation>Einsätze: Festivals und Tourneen</translation>
        </message>
        <message>
            <source>&amp;Activations</source>
            <translation>&amp;Einsätze</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Einsätze</translation>
        </message>
        <message>
            <source>&amp;Places</source>
            <translation>&amp;Orte</translation>
        </message>
        <message>
            <source>Places of the activation</source>
            <translation>Orte des Einsatzes</translation>
        </message>
        <message>
            <source>&amp;Use this activation</source>
            <translation>Diesen Einsatz &amp;verwenden</translation>
        </message>
        <message>
            <source>&amp;New activation…</source>
            <translation>&amp;Neuer Einsatz…</translation>
        </message>
        <message>
            <source>Add &amp;location…</source>
            <translation>&amp;Ort hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Capacity and changeover…</source>
            <translation>&amp;Kapazität und Umbau…</translation>
        </message>
        <message>
            <source>How many people the space holds, and the minutes needed between two sessions there.</source>
            <translation>Wie viele Personen der Raum fasst und wie viele Minuten zwischen zwei Sitzungen dort nötig sind.</translation>
        </message>
        <message>
            <source>&amp;Edit stop…</source>
            <translation>Station &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Delete stop…</source>
            <translation>Station &amp;löschen…</translation>
        </message>
        <message>
            <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
            <translation>Nur eine Station ohne Einträge: kein Therapietag, kein Workshop, keine erfassten Sets.</translation>
        </message>
        <message>
            <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
            <translation>Noch kein Einsatz. Ein Einsatz ist ein Festival oder eine Tournee: Legen Sie einen an und fügen Sie dann seine Zelte und Räume oder seine Tourstationen hinzu.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Einsatz anlegen</translation>
        </message>
        <message>
            <source>{kind} · {start} to {end} · {zone}</source>
            <translation>{kind} · {start} bis {end} · {zone}</translation>
        </message>
        <message>
            <source>{name}  ✓ current
{details}</source>
            <translation>{name}  ✓ aktuell
{details}</translation>
        </message>
        <message>
            <source>{name}
{details}</source>
            <translation>{name}
{details}</translation>
        </message>
        <message>
            <source>{day} · {city}</source>
            <translation>{day} · {city}</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation>Fasst {capacity}</translation>
        </message>
        <message numerus="yes">
            <source>%n min changeover</source>
            <translation>
                <numerusform>%n Min. Umbau</numerusform>
                <numerusform>%n Min. Umbau</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Tour stops</source>
            <translation>&amp;Tourstationen</translation>
        </message>
        <message>
            <source>Add a &amp;stop…</source>
            <translation>&amp;Station hinzufügen…</translation>
        </message>
        <message>
            <source>People the space holds (0: no limit):</source>
            <translation>Personen, die der Raum fasst (0: keine Grenze):</translation>
        </message>
        <message>
            <source>Changeover minutes needed between two sessions:</source>
            <translation>Nötige Umbauminuten zwischen zwei Sitzungen:</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>Station löschen</translation>
        </message>
        <message>
            <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
            <translation>Station {stop} löschen? Das lässt sich nicht rückgängig machen (bei Bedarf neu anlegen).</translation>
        </message>
    </context>
    <context>
        <name>AddSlotDialog</name>
        <message>
            <source>Add a slot by hand</source>
            <translation>Termin von Hand hinzufügen</translation>
        </message>
        <message>
            <source>Slot starts</source>
            <translation>Termin beginnt</translation>
        </message>
        <message>
            <source>Slot ends</source>
            <translation>Termin endet</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
    </context>
    <context>
        <name>BackupsGroup</name>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>von Hand</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>vor einem Update</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Backups of this laptop's database</source>
            <translation>Sicherungen der Datenbank dieses Laptops</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Eine Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day and before every upgrade, in {folder}.</source>
            <translation>Eine Sicherung entsteht beim ersten Start jedes Tages und vor jedem Update, in {folder}.</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>Noch keine Sicherungen</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wird gesichert…</translation>
        </message>
        <message>
            <source>Backed up: {file} ({size}).</source>
            <translation>Gesichert: {file} ({size}).</translation>
        </message>
        <message>
            <source>Wellness Desk backups (*.sqlite3)</source>
            <translation>Wellness-Desk-Sicherungen (*.sqlite3)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>{file} wird geprüft…</translation>
        </message>
        <message>
            <source>it cannot be read (damaged?)</source>
            <translation>sie ist nicht lesbar (beschädigt?)</translation>
        </message>
        <message>
            <source>Put back the backup {file}?

It holds: {holds}.

It replaces the current database ({now}). The current database is not deleted: it is kept as {aside} in {folder}.

Wellness Desk closes after the restore; open it again to carry on.</source>
            <translation>Die Sicherung {file} zurückspielen?

Sie enthält: {holds}.

Sie ersetzt die aktuelle Datenbank ({now}). Die aktuelle Datenbank wird nicht gelöscht: Sie bleibt als {aside} in {folder} erhalten.

Wellness Desk schließt sich nach der Wiederherstellung; öffnen Sie es danach wieder.</translation>
        </message>
        <message>
            <source>nothing readable</source>
            <translation>nichts Lesbares</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>BatchProblems</name>
        <message>
            <source>Batch from a locations CSV</source>
            <translation>Stapel aus einer Orte-CSV</translation>
        </message>
        <message numerus="yes">
            <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
            <translation>
                <numerusform>{file}: nichts gedruckt, %n Problem. Datei korrigieren und erneut auswählen.</numerusform>
                <numerusform>{file}: nichts gedruckt, %n Probleme. Datei korrigieren und erneut auswählen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Probleme in der Datei</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the list of problems</source>
            <translation>Liste der Probleme schließen</translation>
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <source>full name, initials or an alias</source>
            <translation>voller Name, Initialen oder ein Alias</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Contact (optional)</source>
            <translation>Kontakt (optional)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Names, contacts and notes are stored encrypted.</source>
            <translation>Namen, Kontakte und Notizen werden verschlüsselt gespeichert.</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Über dem Budget</translation>
        </message>
        <message>
            <source>{reason}.

Book anyway?</source>
            <translation>{reason}.

Trotzdem buchen?</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Therapy budget</source>
            <translation>Therapiebudget</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>z. B. {amount}</translation>
        </message>
        <message>
            <source>e.g. USD</source>
            <translation>z. B. EUR</translation>
        </message>
        <message>
            <source>Amount for the tour</source>
            <translation>Betrag für die Tour</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Nothing counted yet</source>
            <translation>Noch nichts gezählt</translation>
        </message>
        <message>
            <source>{title} ({unit})</source>
            <translation>{title} ({unit})</translation>
        </message>
        <message>
            <source>{category}: {values}</source>
            <translation>{category}: {values}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{series} {value}</source>
            <translation>{series} {value}</translation>
        </message>
        <message>
            <source>{title}: {empty}</source>
            <translation>{title}: {empty}</translation>
        </message>
        <message>
            <source>{category} {values}</source>
            <translation>{category} {values}</translation>
        </message>
        <message>
            <source>{title}: {figures}</source>
            <translation>{title}: {figures}</translation>
        </message>
        <message>
            <source>Kits handed out today per hour</source>
            <translation>Heute ausgegebene Sets pro Stunde</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Heute noch nichts ausgegeben</translation>
        </message>
        <message>
            <source>kits</source>
            <translation>Sets</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to a hub</source>
            <translation>Mit einem Hub verbinden</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
            <translation>Die Koordination erstellt auf dem Hub einen einmaligen Anmeldecode (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Damit sendet dieser Laptop die anonymen Zählungen von &lt;b&gt;{activation}&lt;/b&gt;: niemals Namen, Kontakte oder Notizen.</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
            <translation>Die Koordination erstellt auf dem Hub einen einmaligen Anmeldecode (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Damit sendet dieser Laptop die anonymen Zählungen der aktuellen Aktivierung: niemals Namen, Kontakte oder Notizen.</translation>
        </message>
        <message>
            <source>e.g. https://hub.example.org</source>
            <translation>z. B. https://hub.example.org</translation>
        </message>
        <message>
            <source>Sync hub address</source>
            <translation>Adresse des Sync-Hubs</translation>
        </message>
        <message>
            <source>Sync hub &amp;address</source>
            <translation>&amp;Adresse des Sync-Hubs</translation>
        </message>
        <message>
            <source>e.g. K7QF-2MXD-9PLA</source>
            <translation>z. B. K7QF-2MXD-9PLA</translation>
        </message>
        <message>
            <source>Case and dashes do not matter. A code works once.</source>
            <translation>Groß-/Kleinschreibung und Bindestriche sind egal. Ein Code gilt nur einmal.</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Anmeldecode</translation>
        </message>
        <message>
            <source>Enrolment &amp;code</source>
            <translation>Anmelde&amp;code</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinde…</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Noted, thank you: it will be re-checked.</source>
            <translation>Notiert, danke: Die Nummer wird erneut geprüft.</translation>
        </message>
        <message>
            <source>This number did not work</source>
            <translation>Diese Nummer hat nicht funktioniert</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>✕ Stale: not verified for over a year</source>
            <translation>✕ Veraltet: seit über einem Jahr nicht geprüft</translation>
        </message>
        <message>
            <source>⚠ Verified over 6 months ago</source>
            <translation>⚠ Vor über 6 Monaten geprüft</translation>
        </message>
        <message>
            <source>Report that {number} did not work</source>
            <translation>Melden, dass {number} nicht funktioniert hat</translation>
        </message>
        <message>
            <source>Copy {number} ({kind}, {name})</source>
            <translation>{number} kopieren ({kind}, {name})</translation>
        </message>
        <message>
            <source>{name}, {kind}, {number}, {open}</source>
            <translation>{name}, {kind}, {number}, {open}</translation>
        </message>
    </context>
    <context>
        <name>CorrectCountDialog</name>
        <message>
            <source>Correct count</source>
            <translation>Bestand korrigieren</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>{kit} in the box at {location}</source>
            <translation>{kit} in der Kiste bei {location}</translation>
        </message>
        <message>
            <source>The books say {count}.</source>
            <translation>Laut Buchführung: {count}.</translation>
        </message>
        <message>
            <source>recount</source>
            <translation>Nachzählung</translation>
        </message>
        <message>
            <source>Why was the count off?</source>
            <translation>Warum stimmte der Bestand nicht?</translation>
        </message>
        <message>
            <source>&amp;Why was the count off?</source>
            <translation>&amp;Warum stimmte der Bestand nicht?</translation>
        </message>
    </context>
    <context>
        <name>CountryCardDialog</name>
        <message>
            <source>Country card</source>
            <translation>Länderkarte</translation>
        </message>
        <message>
            <source>two letters, e.g. CA</source>
            <translation>zwei Buchstaben, z. B. CA</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>Country, two letters</source>
            <translation>Land, zwei Buchstaben</translation>
        </message>
        <message>
            <source>C&amp;ards</source>
            <translation>&amp;Karten</translation>
        </message>
        <message>
            <source>Number of cards</source>
            <translation>Anzahl der Karten</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
            <translation>Zehn Karten pro Blatt mit Schnittmarken; eine zweite Seite enthält die Rückseiten in einer zweiten Sprache, für beidseitigen Druck.</translation>
        </message>
    </context>
    <context>
        <name>DoorPanel</name>
        <message>
            <source>Door</source>
            <translation>Einlass</translation>
        </message>
        <message>
            <source>FULL</source>
            <translation>VOLL</translation>
        </message>
        <message>
            <source>Take one person off the door count</source>
            <translation>Eine Person vom Einlasszähler abziehen</translation>
        </message>
        <message>
            <source>Add one person at the door</source>
            <translation>Eine Person am Einlass hinzufügen</translation>
        </message>
        <message>
            <source>Take one person off the waitlist</source>
            <translation>Eine Person von der Warteliste nehmen</translation>
        </message>
        <message>
            <source>Add one person to the waitlist</source>
            <translation>Eine Person auf die Warteliste setzen</translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Als stattgefunden markieren</translation>
        </message>
        <message>
            <source>No session now or later today in this space.</source>
            <translation>Jetzt und später heute keine Session in diesem Raum.</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · cancelled</source>
            <translation>{kind} · {times} in {space} · abgesagt</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · held</source>
            <translation>{kind} · {times} in {space} · stattgefunden</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space}</source>
            <translation>{kind} · {times} in {space}</translation>
        </message>
        <message>
            <source>{count} / {capacity}</source>
            <translation>{count} / {capacity}</translation>
        </message>
        <message>
            <source>At the door: {count}</source>
            <translation>Am Einlass: {count}</translation>
        </message>
        <message>
            <source>Count newcomers on the waitlist</source>
            <translation>Neu Ankommende auf der Warteliste zählen</translation>
        </message>
        <message>
            <source>Put back (not held)</source>
            <translation>Zurücksetzen (nicht stattgefunden)</translation>
        </message>
        <message>
            <source>Walk-ins waiting: {count}</source>
            <translation>Wartende ohne Buchung: {count}</translation>
        </message>
        <message>
            <source>FULL: {title}. Count newcomers on the waitlist</source>
            <translation>VOLL: {title}. Neu Ankommende auf der Warteliste zählen</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
            <translation>
                <numerusform>„{title}“ beginnt um {time}, in %n Minute. Jetzt als stattgefunden markieren?

Sie können das mit „Zurücksetzen (nicht stattgefunden)“ zurücknehmen.</numerusform>
                <numerusform>„{title}“ beginnt um {time}, in %n Minuten. Jetzt als stattgefunden markieren?

Sie können das mit „Zurücksetzen (nicht stattgefunden)“ zurücknehmen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Include personal details (names, contacts and notes of therapy bookings)</source>
            <translation>Personenbezogene Daten einschließen (Namen, Kontakte und Notizen der Therapiebuchungen)</translation>
        </message>
        <message>
            <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
            <translation>Diese Dateien enthalten Namen und Kontakte von Menschen in Therapie. Bewahre sie nur auf diesem Laptop auf: niemals mailen, hochladen oder teilen, und lösche sie, wenn du fertig bist.</translation>
        </message>
        <message>
            <source>To include personal details, unlock the Therapy days section first.</source>
            <translation>Um personenbezogene Daten einzuschließen, entsperre zuerst den Bereich Therapietage.</translation>
        </message>
        <message>
            <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
            <translation>Der Bereich Therapietage hat sich selbst gesperrt: entsperre ihn, um personenbezogene Daten einzuschließen, oder exportiere ohne sie (es wurde nichts geschrieben)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Ordner auswählen</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Ordner</translation>
        </message>
        <message>
            <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
            <translation>Die anonymen Zählungen (aggregates.csv) sind die Datei zum Weitergeben: Therapiezahlen unter 5 erscheinen als &lt;5. Die anderen Dateien sind die eigenen Protokolle dieses Laptops. Eine README.txt im Ordner erklärt, was jede Datei enthält.</translation>
        </message>
        <message>
            <source>Export CSV into</source>
            <translation>CSV exportieren nach</translation>
        </message>
        <message>
            <source>Folder: choose where to export</source>
            <translation>Ordner: wähle, wohin exportiert wird</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportiere…</translation>
        </message>
    </context>
    <context>
        <name>HandOutSeveralDialog</name>
        <message>
            <source>Hand out several</source>
            <translation>Mehrere ausgeben</translation>
        </message>
        <message>
            <source>{kit}: how many went over the table at once?</source>
            <translation>{kit}: wie viele gingen auf einmal über den Tisch?</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Für:</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>Wie viele</translation>
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation>Wie &amp;viele:</translation>
        </message>
        <message>
            <source>Hand out {count} × {kit} for {role}?</source>
            <translation>{count} × {kit} für {role} ausgeben?</translation>
        </message>
        <message>
            <source>{question}

That is more than {most} at once.</source>
            <translation>{question}

Das sind mehr als {most} auf einmal.</translation>
        </message>
    </context>
    <context>
        <name>HelpLineBanner</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Set the help line…</source>
            <translation>Hilfetelefon festlegen…</translation>
        </message>
        <message>
            <source>Set the industry help line in Settings</source>
            <translation>Das Hilfetelefon der Branche in den Einstellungen festlegen</translation>
        </message>
        <message>
            <source>24/7 music-industry help line</source>
            <translation>Hilfetelefon der Musikbranche, rund um die Uhr</translation>
        </message>
        <message>
            <source>Copy the help line number {number}</source>
            <translation>Nummer des Hilfetelefons {number} kopieren</translation>
        </message>
        <message>
            <source>Help line: {name}, {number}</source>
            <translation>Hilfetelefon: {name}, {number}</translation>
        </message>
        <message>
            <source>No help line set</source>
            <translation>Kein Hilfetelefon festgelegt</translation>
        </message>
        <message>
            <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
            <translation>Das Hilfetelefon der Branche ist noch nicht festgelegt: Legen Sie es fest, damit es hier erscheint und auf jede Karte gedruckt wird.</translation>
        </message>
        <message>
            <source>No industry help line is set</source>
            <translation>Kein Hilfetelefon der Branche festgelegt</translation>
        </message>
    </context>
    <context>
        <name>KitCataloguePage</name>
        <message>
            <source>Kit catalogue and stock</source>
            <translation>Set-Katalog und Bestand</translation>
        </message>
        <message>
            <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
            <translation>Noch keine Sets. Füge hinzu, was das Zelt ausgibt (Ohrstöpsel, Wasser, Kondome…): Jedes Set wird eine Kachel am Set-Zähler.</translation>
        </message>
        <message>
            <source>Add kit…</source>
            <translation>Set hinzufügen…</translation>
        </message>
        <message>
            <source>Kits and their stock</source>
            <translation>Sets und ihr Bestand</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farbe…</translation>
        </message>
        <message>
            <source>Low-stock level…</source>
            <translation>Mindestbestand…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Ausmustern</translation>
        </message>
        <message>
            <source>Stock at</source>
            <translation>Bestand bei</translation>
        </message>
        <message>
            <source>&amp;Stock at:</source>
            <translation>&amp;Bestand bei:</translation>
        </message>
        <message>
            <source>Receive stock…</source>
            <translation>Lieferung erfassen…</translation>
        </message>
        <message>
            <source>Correct count…</source>
            <translation>Bestand korrigieren…</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Low-stock at</source>
            <translation>Mindestbestand</translation>
        </message>
        <message>
            <source>Stock · {location}</source>
            <translation>Bestand · {location}</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Colour of {kit}: {colour}</source>
            <translation>Farbe von {kit}: {colour}</translation>
        </message>
        <message>
            <source>Below zero: more handed out than received. Count the box.</source>
            <translation>Unter null: mehr ausgegeben als geliefert. Zähl die Kiste.</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Bestand niedrig</translation>
        </message>
        <message>
            <source>{count}: {warning}</source>
            <translation>{count}: {warning}</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>ausgemustert</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>in Gebrauch</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Zurückholen</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Set-Katalog</translation>
        </message>
    </context>
    <context>
        <name>KitColourDialog</name>
        <message>
            <source>Colour of {kit}</source>
            <translation>Farbe von {kit}</translation>
        </message>
        <message>
            <source>Other colour…</source>
            <translation>Andere Farbe…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Use this colour</source>
            <translation>Diese Farbe verwenden</translation>
        </message>
        <message>
            <source>{colour} ({code})</source>
            <translation>{colour} ({code})</translation>
        </message>
    </context>
    <context>
        <name>KitCounterPage</name>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Next tap is for:</source>
            <translation>Nächster Tipp ist für:</translation>
        </message>
        <message>
            <source>Next tap is for: {role}</source>
            <translation>Nächster Tipp ist für: {role}</translation>
        </message>
        <message>
            <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
            <translation>Der nächste Tipp auf eine Kachel wird für diese Gruppe gezählt, danach wieder für alle</translation>
        </message>
        <message>
            <source>Today per hour</source>
            <translation>Heute pro Stunde</translation>
        </message>
        <message>
            <source>Recent actions</source>
            <translation>Letzte Aktionen</translation>
        </message>
        <message>
            <source>Undo selected</source>
            <translation>Auswahl rückgängig machen</translation>
        </message>
        <message>
            <source>Undo the selected action</source>
            <translation>Ausgewählte Aktion rückgängig machen</translation>
        </message>
        <message>
            <source>Undo the last tap (Ctrl+Z)</source>
            <translation>Letzten Tipp rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Set-Zähler</translation>
        </message>
        <message>
            <source>No activation yet. Create one under Activations.</source>
            <translation>Noch keine Aktivierung. Legen Sie eine unter Aktivierungen an.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Aktivierungen öffnen</translation>
        </message>
        <message>
            <source>This activation has no location yet. Add one under Activations.</source>
            <translation>Diese Aktivierung hat noch keinen Ort. Fügen Sie einen unter Aktivierungen hinzu.</translation>
        </message>
        <message>
            <source>No kit types yet. Add some under Kit catalogue.</source>
            <translation>Noch keine Set-Arten. Legen Sie welche im Set-Katalog an.</translation>
        </message>
        <message>
            <source>Open the kit catalogue</source>
            <translation>Set-Katalog öffnen</translation>
        </message>
        <message>
            <source>{activation} · {location}</source>
            <translation>{activation} · {location}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out today</source>
            <translation>
                <numerusform>%Ln Set heute ausgegeben</numerusform>
                <numerusform>%Ln Sets heute ausgegeben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit}, {time}</source>
            <translation>
                <numerusform>Rückgängig: %Ln × {kit}, {time}</numerusform>
                <numerusform>Rückgängig: %Ln × {kit}, {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit} for {role}, {time}</source>
            <translation>
                <numerusform>Rückgängig: %Ln × {kit} für {role}, {time}</numerusform>
                <numerusform>Rückgängig: %Ln × {kit} für {role}, {time}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nichts rückgängig zu machen</translation>
        </message>
        <message>
            <source>Undo: nothing to undo</source>
            <translation>Rückgängig: nichts rückgängig zu machen</translation>
        </message>
        <message numerus="yes">
            <source>No tile {key}: there are %Ln kit(s)</source>
            <translation>
                <numerusform>Keine Kachel {key}: es gibt %Ln Set</numerusform>
                <numerusform>Keine Kachel {key}: es gibt %Ln Sets</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
            <translation>Gezählt: {kit} ×{count} · Bestand {stock} · unter null: Kiste nachzählen</translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock}</source>
            <translation>Gezählt: {kit} ×{count} · Bestand {stock}</translation>
        </message>
        <message>
            <source>Not counted: {reason}</source>
            <translation>Nicht gezählt: {reason}</translation>
        </message>
        <message>
            <source>Not undone: the hand-out still counts</source>
            <translation>Nicht rückgängig gemacht: die Ausgabe zählt weiter</translation>
        </message>
        <message>
            <source>Not undone: {reason}</source>
            <translation>Nicht rückgängig gemacht: {reason}</translation>
        </message>
        <message>
            <source>Counting at {location} ({activation})</source>
            <translation>Zählung in {location} ({activation})</translation>
        </message>
        <message>
            <source>Undone: {kit} ×{count} handed out</source>
            <translation>Rückgängig gemacht: {kit} ×{count} ausgegeben</translation>
        </message>
        <message>
            <source>Undone: {kit} stock {change}</source>
            <translation>Rückgängig gemacht: {kit} Bestand {change}</translation>
        </message>
        <message>
            <source>Hand out one to {role}</source>
            <translation>Eins an {role} ausgeben</translation>
        </message>
        <message>
            <source>Hand out several…</source>
            <translation>Mehrere ausgeben…</translation>
        </message>
    </context>
    <context>
        <name>KitNameDialog</name>
        <message>
            <source>Rename kit</source>
            <translation>Set umbenennen</translation>
        </message>
        <message>
            <source>Add kit</source>
            <translation>Set hinzufügen</translation>
        </message>
        <message>
            <source>e.g. Earplugs</source>
            <translation>z. B. Ohrstöpsel</translation>
        </message>
        <message>
            <source>Kit name</source>
            <translation>Name des Sets</translation>
        </message>
        <message>
            <source>Kit &amp;name</source>
            <translation>&amp;Name des Sets</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
    </context>
    <context>
        <name>KitTileButton</name>
        <message>
            <source>Key {key} · stock {stock} · below zero, count the box</source>
            <translation>Taste {key} · Bestand {stock} · unter null, Kiste nachzählen</translation>
        </message>
        <message>
            <source>Stock {stock} · below zero, count the box</source>
            <translation>Bestand {stock} · unter null, Kiste nachzählen</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock} · LOW</source>
            <translation>Taste {key} · Bestand {stock} · NIEDRIG</translation>
        </message>
        <message>
            <source>Stock {stock} · LOW</source>
            <translation>Bestand {stock} · NIEDRIG</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock}</source>
            <translation>Taste {key} · Bestand {stock}</translation>
        </message>
        <message>
            <source>Stock {stock}</source>
            <translation>Bestand {stock}</translation>
        </message>
        <message>
            <source>Tap to log one {kit} handed out. Right-click for more.</source>
            <translation>Tippen, um ein ausgegebenes {kit} zu zählen. Rechtsklick für mehr.</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
            <translation>{kit}: heute {today}, Bestand {stock}, unter null: Kiste nachzählen</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, low</source>
            <translation>{kit}: heute {today}, Bestand {stock}, niedrig</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}</source>
            <translation>{kit}: heute {today}, Bestand {stock}</translation>
        </message>
    </context>
    <context>
        <name>KitsTodayBox</name>
        <message>
            <source>Kits today</source>
            <translation>Sets heute</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out</source>
            <translation>
                <numerusform>%Ln Set ausgegeben</numerusform>
                <numerusform>%Ln Sets ausgegeben</numerusform>
            </translation>
        </message>
        <message>
            <source>{kit}: {count}</source>
            <translation>{kit}: {count}</translation>
        </message>
        <message>
            <source>No kit types yet.</source>
            <translation>Noch keine Set-Arten.</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
            <translation>⚠ {kit} in {location}: Bestand {stock}, unter null: Kiste nachzählen</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
            <translation>⚠ {kit} in {location}: Bestand {stock}, NIEDRIG</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Add location</source>
            <translation>Ort hinzufügen</translation>
        </message>
        <message>
            <source>A place at {activation}, e.g. Wellness tent</source>
            <translation>Ein Ort bei {activation}, z. B. Wellness-Zelt</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
    </context>
    <context>
        <name>LowStockDialog</name>
        <message>
            <source>Low-stock level</source>
            <translation>Mindestbestand</translation>
        </message>
        <message>
            <source>Warn when {kit} stock is at or below</source>
            <translation>Warnen, wenn der Bestand von {kit} höchstens so hoch ist:</translation>
        </message>
    </context>
    <context>
        <name>LunchRow</name>
        <message>
            <source>Lunch</source>
            <translation>Mittagspause</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Mittagspause</translation>
        </message>
        <message>
            <source>Lunch starts</source>
            <translation>Mittagspause beginnt</translation>
        </message>
        <message>
            <source>Lunch ends</source>
            <translation>Mittagspause endet</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
    </context>
    <context>
        <name>NewActivationDialog</name>
        <message>
            <source>New activation</source>
            <translation>Neuer Einsatz</translation>
        </message>
        <message>
            <source>e.g. Riverside Sound Festival 2027</source>
            <translation>z. B. Riverside Sound Festival 2027</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Erster Tag</translation>
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation>&amp;Letzter Tag</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Zeitzone</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
    </context>
    <context>
        <name>NewDayDialog</name>
        <message>
            <source>New therapy day</source>
            <translation>Neuer Therapietag</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Tourstopp</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Therapeut·in</translation>
        </message>
        <message>
            <source>e.g. LCSW, licensed in NY</source>
            <translation>z. B. Psychologische Psychotherapeutin, approbiert</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Qualifikation</translation>
        </message>
        <message>
            <source>phone or email (kept encrypted)</source>
            <translation>Telefon oder E-Mail (verschlüsselt gespeichert)</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Provider's contact</source>
            <translation>Kontakt der Therapeut·in</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>z. B. {amount}</translation>
        </message>
        <message>
            <source>Cost per session</source>
            <translation>Kosten pro Sitzung</translation>
        </message>
        <message>
            <source>Cost per day</source>
            <translation>Kosten pro Tag</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Change the day's plan</source>
            <translation>Tagesplan ändern</translation>
        </message>
        <message>
            <source>Booked slots do not fit</source>
            <translation>Gebuchte Termine passen nicht</translation>
        </message>
        <message>
            <source>Keep those slots</source>
            <translation>Diese Termine behalten</translation>
        </message>
        <message>
            <source>Cancel those bookings</source>
            <translation>Diese Buchungen stornieren</translation>
        </message>
        <message>
            <source>Leave the day as it is</source>
            <translation>Tag so lassen</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>What will be sent</source>
            <translation>Was gesendet wird</translation>
        </message>
        <message>
            <source>Nothing waits to be sent: the hub already holds every count.</source>
            <translation>Nichts wartet auf das Senden: Der Hub hat schon alle Zählungen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
            <translation>
                <numerusform>%Ln Zählzelle, genau so, wie sie gesendet wird (unterwegs mit gzip komprimiert).</numerusform>
                <numerusform>%Ln Zählzellen, genau so, wie sie gesendet werden (unterwegs mit gzip komprimiert).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They go to the hub in %Ln batch(es).</source>
            <translation>
                <numerusform>Sie gehen in %Ln Paket an den Hub.</numerusform>
                <numerusform>Sie gehen in %Ln Paketen an den Hub.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln batch(es) are shown.</source>
            <translation>
                <numerusform>Das erste Paket wird gezeigt.</numerusform>
                <numerusform>Die ersten %Ln Pakete werden gezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>What will be sent, exactly</source>
            <translation>Was genau gesendet wird</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print cards and signs</source>
            <translation>Karten und Schilder drucken</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Vorlage</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Language of the card</source>
            <translation>Sprache der Karte</translation>
        </message>
        <message>
            <source>e.g. green-room-chicago-2026</source>
            <translation>z. B. green-room-chicago-2026</translation>
        </message>
        <message>
            <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
            <translation>Wird an den Link angehängt (?src=…), damit der Hub zählt, welche Schilder gescannt werden.</translation>
        </message>
        <message>
            <source>T&amp;ag</source>
            <translation>&amp;Kennung</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>&amp;Copies</source>
            <translation>Ex&amp;emplare</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Exemplare</translation>
        </message>
        <message>
            <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
            <translation>Ein eindeutiger Code a&amp;uf jeder Karte (&amp;&amp;c=0001…)</translation>
        </message>
        <message>
            <source>A unique code on every card</source>
            <translation>Ein eindeutiger Code auf jeder Karte</translation>
        </message>
        <message>
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <source>what the paper serves</source>
            <translation>was das Papier hergibt</translation>
        </message>
        <message>
            <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
            <translation>Aus welcher Entfernung ein Schild gescannt wird: Sein Code muss mindestens ein Zehntel davon breit sein. Bei 0: so weit, wie der Code auf dem gewählten Papier reicht.</translation>
        </message>
        <message>
            <source>Scan &amp;distance (signs)</source>
            <translation>Scan-&amp;Entfernung (Schilder)</translation>
        </message>
        <message>
            <source>Scan distance, in metres</source>
            <translation>Scan-Entfernung in Metern</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Kein Logo</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Datei auswählen…</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>L&amp;ogo</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>In the &amp;middle of the QR code (stronger error correction)</source>
            <translation>In der &amp;Mitte des QR-Codes (stärkere Fehlerkorrektur)</translation>
        </message>
        <message>
            <source>Logo in the middle of the QR code</source>
            <translation>Logo in der Mitte des QR-Codes</translation>
        </message>
        <message>
            <source>choose one in Resources: Print a card for this</source>
            <translation>in Ressourcen auswählen: Karte dafür drucken</translation>
        </message>
        <message>
            <source>The number comes from the resource directory, as checked there.</source>
            <translation>Die Nummer stammt aus dem Ressourcenverzeichnis, so wie sie dort geprüft wurde.</translation>
        </message>
        <message>
            <source>&amp;Resource</source>
            <translation>&amp;Ressource</translation>
        </message>
        <message>
            <source>Resource name</source>
            <translation>Name der Ressource</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>&amp;Nummer</translation>
        </message>
        <message>
            <source>Resource number</source>
            <translation>Nummer der Ressource</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Zeiten</translation>
        </message>
        <message>
            <source>Resource hours</source>
            <translation>Erreichbarkeit der Ressource</translation>
        </message>
        <message>
            <source>Why it cannot print</source>
            <translation>Warum nicht gedruckt werden kann</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>Save the cards as a PDF (Ctrl+S)</source>
            <translation>Karten als PDF speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Send the cards to a printer (Ctrl+P)</source>
            <translation>Karten an einen Drucker senden (Strg+P)</translation>
        </message>
        <message>
            <source>&amp;Batch from a locations CSV…</source>
            <translation>Stapel aus einer &amp;Orte-CSV…</translation>
        </message>
        <message>
            <source>From the resource directory</source>
            <translation>Aus dem Ressourcenverzeichnis</translation>
        </message>
        <message>
            <source>Tour s&amp;heet…</source>
            <translation>&amp;Tourblatt…</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines</source>
            <translation>Datum und Stadt jeder Station mit den Krisentelefonen ihres Landes</translation>
        </message>
        <message>
            <source>Country car&amp;d…</source>
            <translation>&amp;Länderkarte…</translation>
        </message>
        <message>
            <source>Wallet cards with one country's crisis lines</source>
            <translation>Taschenkarten mit den Krisentelefonen eines Landes</translation>
        </message>
        <message>
            <source>Save the cards as a PDF</source>
            <translation>Karten als PDF speichern</translation>
        </message>
        <message>
            <source>Print the cards</source>
            <translation>Karten drucken</translation>
        </message>
        <message>
            <source>Batch signs from a locations CSV</source>
            <translation>Schilder im Stapel aus einer Orte-CSV</translation>
        </message>
        <message>
            <source>Tour sheet from the resource directory</source>
            <translation>Tourblatt aus dem Ressourcenverzeichnis</translation>
        </message>
        <message>
            <source>Country card from the resource directory</source>
            <translation>Länderkarte aus dem Ressourcenverzeichnis</translation>
        </message>
        <message>
            <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
            <translation>Keine Nummer für das Hilfetelefon festgelegt: Diese Karten und Schilder werden ohne Hilfetelefon gedruckt. Festlegen unter Datei → Einstellungen → Hilfetelefon.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation>Vorschau der ersten Seite</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Nichts zu drucken</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Logo auswählen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg)</source>
            <translation>Bilder (*.png *.jpg)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <source>this paper</source>
            <translation>diesem Papier</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
            <translation>Auf {paper} ist der Code {size} cm groß: Er lässt sich aus etwa {reach} m scannen ({asked} m verlangt).</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
            <translation>Auf {paper} ist der Code {size} cm groß: Er lässt sich aus etwa {reach} m scannen, der Entfernung, für die er gedruckt wird.</translation>
        </message>
        <message>
            <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
            <translation>Noch keine Ressource auf der Karte: In Ressourcen die Nummer suchen und „Karte dafür drucken“ drücken.</translation>
        </message>
        <message>
            <source>Print wallet cards instead</source>
            <translation>Stattdessen Taschenkarten drucken</translation>
        </message>
        <message>
            <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
            <translation>Noch nichts zu drucken: So eingestellt würde der Auftrag schlecht gedruckt. Was zu korrigieren ist, steht unter dem Formular.</translation>
        </message>
        <message>
            <source>Back to the defaults</source>
            <translation>Zurück zu den Standardwerten</translation>
        </message>
        <message>
            <source>Save cards</source>
            <translation>Karten speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The last print is still being saved or sent: try again once it is done.</source>
            <translation>Der letzte Druck wird noch gespeichert oder gesendet: Bitte erneut versuchen, sobald er fertig ist.</translation>
        </message>
        <message>
            <source>Locations CSV</source>
            <translation>Orte-CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>Save the signs of %n location(s)</source>
            <translation>
                <numerusform>Schilder für %n Ort speichern</numerusform>
                <numerusform>Schilder für %n Orte speichern</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
            <translation>Einmal gedruckt: Eindeutige Codes wiederholen sich nie, also mehr Exemplare auf dieser Seite einstellen statt im Druckdialog.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Der Drucker konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>Printing stopped, nothing recorded. {problem}</source>
            <translation>Druck abgebrochen, nichts erfasst. {problem}</translation>
        </message>
        <message>
            <source>Sent to the printer. {note}</source>
            <translation>An den Drucker gesendet. {note}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveStockDialog</name>
        <message>
            <source>Receive stock</source>
            <translation>Lieferung erfassen</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Geliefert</translation>
        </message>
        <message>
            <source>{kit} received at {location}</source>
            <translation>{kit} geliefert an {location}</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Erfassen</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Activation report</source>
            <translation>Bericht zur Aktivierung</translation>
        </message>
        <message>
            <source>Make PDF</source>
            <translation>PDF erstellen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Standort</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Sprache des Berichts</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Spr&amp;ache</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>where to save the PDF</source>
            <translation>wo das PDF gespeichert wird</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Datei auswählen</translation>
        </message>
        <message>
            <source>F&amp;ile</source>
            <translation>Da&amp;tei</translation>
        </message>
        <message>
            <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
            <translation>Die wichtigsten Summen mit ihren Zielen, Diagramme mit ihren Tabellen, eine Tabelle pro Tag und was sich seit dem letzten Bericht geändert hat. Therapiezahlen unter 5 werden nicht gezeigt.</translation>
        </message>
        <message>
            <source>{activation} report.pdf</source>
            <translation>Bericht {activation}.pdf</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>Aktivierung</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>No activation yet: create one in Activations</source>
            <translation>Noch keine Aktivierung: lege eine unter Aktivierungen an</translation>
        </message>
        <message>
            <source>File: say where to save the PDF</source>
            <translation>Datei: gib an, wo das PDF gespeichert wird</translation>
        </message>
    </context>
    <context>
        <name>ResourcePrintDialog</name>
        <message>
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months (marked so)</source>
            <translation>Auch Nummern, die seit 12 Monaten nicht neu geprüft wurden (so gekennzeichnet)</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months</source>
            <translation>Auch Nummern, die seit 12 Monaten nicht neu geprüft wurden</translation>
        </message>
        <message>
            <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
            <translation>Eine Nummer, die zuletzt vor mehr als 12 Monaten geprüft wurde, wird nur gedruckt, wenn dies angekreuzt ist; dann mit dem Vermerk „seit &lt;Datum&gt; nicht neu geprüft“.</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problem bei {field}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Resources</source>
            <translation>Ressourcen</translation>
        </message>
        <message>
            <source>Reading the directory…</source>
            <translation>Verzeichnis wird gelesen…</translation>
        </message>
        <message>
            <source>Directory edition</source>
            <translation>Ausgabe des Verzeichnisses</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Alle Länder</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Jede Sprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Jede Art</translation>
        </message>
        <message>
            <source>Kind of resource</source>
            <translation>Art der Ressource</translation>
        </message>
        <message>
            <source>Search a name, a need, a city… (just type)</source>
            <translation>Name, Anliegen, Stadt suchen… (einfach tippen)</translation>
        </message>
        <message>
            <source>Search the resources</source>
            <translation>Ressourcen durchsuchen</translation>
        </message>
        <message>
            <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
            <translation>Eingabe kopiert die oberste Nummer; Pfeil hoch und runter gehen durch die Ergebnisse; Esc setzt die Filter zurück</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Jetzt erreichbar</translation>
        </message>
        <message>
            <source>Only what is open now</source>
            <translation>Nur was jetzt erreichbar ist</translation>
        </message>
        <message>
            <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
            <translation>Eingabe kopiert die oberste Nummer · ↑ ↓ gehen durch die Ergebnisse · Esc setzt die Filter zurück</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Suche und Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Show the rest of the results</source>
            <translation>Die übrigen Ergebnisse zeigen</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <source>The directory has no entry for {country}.</source>
            <translation>Das Verzeichnis hat keinen Eintrag für {country}.</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more result(s)</source>
            <translation>
                <numerusform>%n weiteres Ergebnis zeigen</numerusform>
                <numerusform>%n weitere Ergebnisse zeigen</numerusform>
            </translation>
        </message>
        <message>
            <source>These lines go together</source>
            <translation>Diese Nummern gehören zusammen</translation>
        </message>
        <message>
            <source>Paired lines: {names}</source>
            <translation>Zusammengehörige Nummern: {names}</translation>
        </message>
        <message>
            <source>any country</source>
            <translation>allen Ländern</translation>
        </message>
        <message>
            <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
            <translation>Nichts passt zu „{words}“ in {where}. Weniger Buchstaben versuchen oder die Filter zurücksetzen; das Hilfetelefon oben ist immer da.</translation>
        </message>
        <message>
            <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
            <translation>Keine Ressource in {where} mit diesen Filtern. Filter zurücksetzen, um mehr zu sehen; das Hilfetelefon oben ist immer da.</translation>
        </message>
        <message>
            <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
            <translation>Das Verzeichnis hat noch keine Ressourcen: Sie kommen mit der App und mit jeder Synchronisierung. Das Hilfetelefon oben ist immer da.</translation>
        </message>
        <message>
            <source>Filters cleared: every resource in the directory</source>
            <translation>Filter zurückgesetzt: alle Ressourcen des Verzeichnisses</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>keine Nummer</translation>
        </message>
        <message>
            <source>{position} of {count}: {name}, {number}</source>
            <translation>{position} von {count}: {name}, {number}</translation>
        </message>
        <message>
            <source>Copied {number}: {kind}, {name}</source>
            <translation>Kopiert: {number}, {kind}, {name}</translation>
        </message>
        <message>
            <source>Nothing to copy: no result.</source>
            <translation>Nichts zu kopieren: kein Ergebnis.</translation>
        </message>
        <message>
            <source>{name} lists no number.</source>
            <translation>{name} nennt keine Nummer.</translation>
        </message>
        <message>
            <source>Copied {number}: {name}</source>
            <translation>Kopiert: {number}, {name}</translation>
        </message>
        <message>
            <source>{name} is a favourite: shown first</source>
            <translation>{name} ist ein Favorit: wird zuerst gezeigt</translation>
        </message>
        <message>
            <source>{name} is no longer a favourite</source>
            <translation>{name} ist kein Favorit mehr</translation>
        </message>
        <message>
            <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
            <translation>Notiert, dass {number} nicht funktioniert hat: Es wird gezählt, damit der Hub die Nummer erneut prüft.</translation>
        </message>
        <message>
            <source>No card for {number}: {problem}.</source>
            <translation>Keine Karte für {number}: {problem}.</translation>
        </message>
        <message>
            <source>The directory could not be read. {problem}</source>
            <translation>Das Verzeichnis konnte nicht gelesen werden. {problem}</translation>
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <source>Favourite: shown first for this country</source>
            <translation>Favorit: wird für dieses Land zuerst gezeigt</translation>
        </message>
        <message>
            <source>Print a card for this</source>
            <translation>Karte dafür drucken</translation>
        </message>
        <message>
            <source>No number listed: see the organization's website.</source>
            <translation>Keine Nummer angegeben: siehe Website der Organisation.</translation>
        </message>
        <message>
            <source>Remove {name} from favourites</source>
            <translation>{name} aus den Favoriten entfernen</translation>
        </message>
        <message>
            <source>Add {name} to favourites</source>
            <translation>{name} zu den Favoriten hinzufügen</translation>
        </message>
        <message>
            <source>Print a card for {name}</source>
            <translation>Karte für {name} drucken</translation>
        </message>
        <message>
            <source>Any country</source>
            <translation>Alle Länder</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>✕ Stale: last verified {date}</source>
            <translation>✕ Veraltet: zuletzt geprüft am {date}</translation>
        </message>
        <message>
            <source>⚠ Verified {date}, over 6 months ago</source>
            <translation>⚠ Geprüft am {date}, vor über 6 Monaten</translation>
        </message>
        <message>
            <source>✓ Verified {date}</source>
            <translation>✓ Geprüft am {date}</translation>
        </message>
    </context>
    <context>
        <name>RhythmFields</name>
        <message>
            <source>Day starts</source>
            <translation>Tag beginnt</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>Tag endet</translation>
        </message>
        <message>
            <source>Day window</source>
            <translation>Tageszeitfenster</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Mittagspause</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Schedule</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Neuer Workshop…</translation>
        </message>
        <message>
            <source>Add a session to the program (Ctrl+N)</source>
            <translation>Eine Sitzung zum Programm hinzufügen (Strg+N)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
            <translation>Ein ganzes Programm aus einer CSV-Datei hinzufügen (Spalten siehe README). Eine Datei mit einer fehlerhaften Zeile fügt nichts hinzu.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Export the program</source>
            <translation>Programm exportieren</translation>
        </message>
        <message>
            <source>Day program</source>
            <translation>Tagesprogramm</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Zeitleiste</translation>
        </message>
        <message>
            <source>S&amp;pace:</source>
            <translation>&amp;Raum:</translation>
        </message>
        <message>
            <source>Space filter</source>
            <translation>Raumfilter</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Artfilter</translation>
        </message>
        <message>
            <source>F&amp;acilitator:</source>
            <translation>&amp;Leitung:</translation>
        </message>
        <message>
            <source>Facilitator filter</source>
            <translation>Leitungsfilter</translation>
        </message>
        <message>
            <source>Sessions of the day</source>
            <translation>Sitzungen des Tages</translation>
        </message>
        <message>
            <source>Enter or a double click opens a session.</source>
            <translation>Eingabetaste oder Doppelklick öffnet eine Sitzung.</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
            <translation>Noch kein Einsatz. Legen Sie unter Einsätze ein Festival oder eine Tournee an, fügen Sie die Räume hinzu und planen Sie dann hier das Programm.</translation>
        </message>
        <message>
            <source>Go to Activations</source>
            <translation>Zu den Einsätzen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Stattgefunden</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Voll</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Schedule · {activation}</source>
            <translation>Programm · {activation}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
            <translation>
                <numerusform>⚠ %n Sitzung mit einem Konflikt an diesem Tag (rot umrandet; zeigen oder öffnen, um den Grund zu sehen)</numerusform>
                <numerusform>⚠ %n Sitzungen mit einem Konflikt an diesem Tag (rot umrandet; eine zeigen oder öffnen, um den Grund zu sehen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Calendar (.ics), whole program…</source>
            <translation>Kalender (.ics), ganzes Programm…</translation>
        </message>
        <message>
            <source>Calendar (.ics), one space</source>
            <translation>Kalender (.ics), ein Raum</translation>
        </message>
        <message>
            <source>{space}…</source>
            <translation>{space}…</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US-Letter</translation>
        </message>
        <message>
            <source>Day program PDF ({paper})…</source>
            <translation>Tagesprogramm als PDF ({paper})…</translation>
        </message>
        <message>
            <source>Import a workshop program</source>
            <translation>Workshop-Programm importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Kalender (*.ics)</translation>
        </message>
        <message>
            <source>Save the day program</source>
            <translation>Tagesprogramm speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n workshop(s).</source>
            <translation>
                <numerusform>%n Workshop importiert.</numerusform>
                <numerusform>%n Workshops importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path}: %n page(s)</source>
            <translation>
                <numerusform>Gespeichert {path}: %n Seite</numerusform>
                <numerusform>Gespeichert {path}: %n Seiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>How long the Undo button stays live after a tap.</source>
            <translation>Wie lange die Schaltfläche Rückgängig nach einem Tippen aktiv bleibt.</translation>
        </message>
        <message>
            <source>&amp;Undo a tap for</source>
            <translation>Tippen &amp;rückgängig machen für</translation>
        </message>
        <message>
            <source>The online resource hub that printed QR codes point to. It has nothing to do with the sync hub below.</source>
            <translation>Das Online-Ressourcenportal, auf das die gedruckten QR-Codes verweisen. Es hat nichts mit dem Sync-Hub weiter unten zu tun.</translation>
        </message>
        <message>
            <source>Resource &amp;hub address
(printed on cards)</source>
            <translation>Adresse des Ressourcen&amp;portals
(auf Karten gedruckt)</translation>
        </message>
        <message>
            <source>Resource hub address (printed on cards)</source>
            <translation>Adresse des Ressourcenportals (auf Karten gedruckt)</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> Min.</translation>
        </message>
        <message>
            <source>The Therapy days section hides names again after this long without a touch.</source>
            <translation>Der Bereich Therapietage blendet die Namen nach dieser Zeit ohne Berührung wieder aus.</translation>
        </message>
        <message>
            <source>Lock &amp;therapy names after</source>
            <translation>&amp;Therapienamen sperren nach</translation>
        </message>
        <message>
            <source>Change it with --data-dir or WELLNESS_DESK_DATA.</source>
            <translation>Änderbar mit --data-dir oder WELLNESS_DESK_DATA.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Language and appearance (this laptop)</source>
            <translation>Sprache und Darstellung (dieser Laptop)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>The language of every screen; dates and numbers follow it.</source>
            <translation>Die Sprache aller Bildschirme; Datum und Zahlen richten sich danach.</translation>
        </message>
        <message>
            <source>System (follows light or dark mode)</source>
            <translation>System (folgt dem hellen oder dunklen Modus)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Darstellung</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Help line (printed on cards and signs)</source>
            <translation>Hilfetelefon (auf Karten und Schildern gedruckt)</translation>
        </message>
        <message>
            <source>e.g. Music Minds Matter (empty: “24/7 music-industry help line”)</source>
            <translation>z. B. Music Minds Matter (leer: „Hilfetelefon der Musikbranche, rund um die Uhr“)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Help line name</source>
            <translation>Name des Hilfetelefons</translation>
        </message>
        <message>
            <source>e.g. +44 800 088 2045</source>
            <translation>z. B. +44 800 088 2045</translation>
        </message>
        <message>
            <source>The real number of your help line. Until one is set, cards and signs print without a help line.</source>
            <translation>Die echte Nummer Ihres Hilfetelefons. Solange keine eingetragen ist, werden Karten und Schilder ohne Hilfetelefon gedruckt.</translation>
        </message>
        <message>
            <source>Nu&amp;mber</source>
            <translation>N&amp;ummer</translation>
        </message>
        <message>
            <source>Help line number</source>
            <translation>Nummer des Hilfetelefons</translation>
        </message>
        <message>
            <source>Refuse to print cards and signs while no number is set</source>
            <translation>Karten und Schilder nicht drucken, solange keine Nummer eingetragen ist</translation>
        </message>
        <message>
            <source>Activation report (title page)</source>
            <translation>Einsatzbericht (Titelseite)</translation>
        </message>
        <message>
            <source>Your nonprofit's name</source>
            <translation>Der Name Ihrer gemeinnützigen Organisation</translation>
        </message>
        <message>
            <source>N&amp;onprofit</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>Nonprofit's name on the report</source>
            <translation>Name der Organisation im Bericht</translation>
        </message>
        <message>
            <source>No logo (optional: a PNG or JPEG file)</source>
            <translation>Kein Logo (optional: eine PNG- oder JPEG-Datei)</translation>
        </message>
        <message>
            <source>Logo on the report</source>
            <translation>Logo im Bericht</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose a logo file</source>
            <translation>Eine Logodatei auswählen</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>Lo&amp;go</translation>
        </message>
        <message>
            <source>Logo for the report</source>
            <translation>Logo für den Bericht</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Sync hub (where anonymous counts are sent)</source>
            <translation>Sync-Hub (wohin die anonymen Zählungen gehen)</translation>
        </message>
        <message>
            <source>Connect to a sync hub…</source>
            <translation>Mit einem Sync-Hub verbinden…</translation>
        </message>
        <message>
            <source>Connect to a sync hub</source>
            <translation>Mit einem Sync-Hub verbinden</translation>
        </message>
        <message>
            <source>Sync now, the preview of what is sent, past syncs and Disconnect are in the Sync section.</source>
            <translation>Jetzt synchronisieren, die Vorschau des Gesendeten, frühere Synchronisierungen und Trennen finden Sie im Bereich Sync.</translation>
        </message>
    </context>
    <context>
        <name>SpaceCard</name>
        <message>
            <source>At the door</source>
            <translation>Am Einlass</translation>
        </message>
        <message>
            <source>Nothing on now</source>
            <translation>Gerade nichts</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (abgesagt)</translation>
        </message>
        <message>
            <source>Now: {title}{cancelled}</source>
            <translation>Jetzt: {title}{cancelled}</translation>
        </message>
        <message>
            <source>{count} of {capacity}</source>
            <translation>{count} von {capacity}</translation>
        </message>
        <message>
            <source>{count} in</source>
            <translation>{count} drin</translation>
        </message>
        <message>
            <source>Headcount of {title}</source>
            <translation>Teilnehmerzahl von {title}</translation>
        </message>
        <message>
            <source>Next: {title}, {times}</source>
            <translation>Danach: {title}, {times}</translation>
        </message>
        <message>
            <source>Nothing next today</source>
            <translation>Heute nichts mehr</translation>
        </message>
        <message>
            <source>Count at the door for {space}</source>
            <translation>Am Einlass von {space} zählen</translation>
        </message>
    </context>
    <context>
        <name>SpaceHeader</name>
        <message>
            <source>Spaces: {names}</source>
            <translation>Räume: {names}</translation>
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation>Fasst {capacity}</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Nothing new to send</source>
            <translation>Nichts Neues zu senden</translation>
        </message>
        <message>
            <source>Hub unreachable</source>
            <translation>Hub nicht erreichbar</translation>
        </message>
        <message>
            <source>Refused: reconnect this laptop</source>
            <translation>Abgelehnt: diesen Laptop neu verbinden</translation>
        </message>
        <message>
            <source>Hub busy, waited</source>
            <translation>Hub ausgelastet, gewartet</translation>
        </message>
        <message>
            <source>Hub had a problem</source>
            <translation>Der Hub hatte ein Problem</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Batch refused, set aside</source>
            <translation>Paket abgelehnt, zurückgelegt</translation>
        </message>
        <message>
            <source>Time up, the rest waits</source>
            <translation>Zeit um, der Rest wartet</translation>
        </message>
        <message>
            <source>Put back from a copy: the hub's later counts kept</source>
            <translation>Aus einer Sicherung zurückgeholt: die neueren Zählungen des Hubs bleiben</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Getrennt</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>{when} UTC</source>
            <translation>{when} UTC</translation>
        </message>
        <message>
            <source>Sync with the hub</source>
            <translation>Mit dem Hub synchronisieren</translation>
        </message>
        <message>
            <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
            <translation>Nur anonyme Zählungen verlassen diesen Laptop (ausgegebene Sets, gehaltene und besuchte Sessions, Therapiesitzungen, gedruckte Karten), niemals Namen, Kontakte oder Notizen. Die Vorschau zeigt die genauen Bytes.</translation>
        </message>
        <message>
            <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
            <translation>Dieser Laptop sendet seine Zählungen noch an keinen Hub. Bitte die Koordination um einen Anmeldecode und verbinde dich dann.</translation>
        </message>
        <message>
            <source>Connect to a hub…</source>
            <translation>Mit einem Hub verbinden…</translation>
        </message>
        <message>
            <source>Connect to a hub</source>
            <translation>Mit einem Hub verbinden</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Sync-Status</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Letzte Synchronisierung</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>Wartende Änderungen</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>Counted there as</source>
            <translation>Dort gezählt als</translation>
        </message>
        <message>
            <source>Sends the counts of</source>
            <translation>Sendet die Zählungen von</translation>
        </message>
        <message>
            <source>Last problem</source>
            <translation>Letztes Problem</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Preview what will be sent…</source>
            <translation>Vorschau, was gesendet wird…</translation>
        </message>
        <message>
            <source>Connect to another hub…</source>
            <translation>Mit einem anderen Hub verbinden…</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Trennen</translation>
        </message>
        <message>
            <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
            <translation>Beendet das Senden. Die Zählungen bleiben auf diesem Laptop; der Hub behält, was er hat.</translation>
        </message>
        <message>
            <source>Past syncs</source>
            <translation>Bisherige Synchronisierungen</translation>
        </message>
        <message>
            <source>newest first</source>
            <translation>neueste zuerst</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
            <translation>Zurückgelegt, damit sie den Rest nie blockieren; sende eines erneut, sobald der Hub repariert ist.</translation>
        </message>
        <message>
            <source>Hub's answer</source>
            <translation>Antwort des Hubs</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Batches the hub refused</source>
            <translation>Vom Hub abgelehnte Pakete</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>zähle…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keines</translation>
        </message>
        <message>
            <source>Batches the hub refused ({count})</source>
            <translation>Vom Hub abgelehnte Pakete ({count})</translation>
        </message>
        <message>
            <source>Batches the hub refused: none</source>
            <translation>Vom Hub abgelehnte Pakete: keine</translation>
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation>HTTP {status}</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Send again the batch refused at {when}</source>
            <translation>Das am {when} abgelehnte Paket erneut senden</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisiere…</translation>
        </message>
        <message>
            <source>Disconnect from the hub</source>
            <translation>Vom Hub trennen</translation>
        </message>
        <message>
            <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
            <translation>Keine Zählungen mehr an diesen Hub senden? Die Zählungen bleiben auf diesem Laptop und der Hub behält, was er hat. Zum erneuten Verbinden braucht es einen neuen Code von der Koordination.</translation>
        </message>
        <message>
            <source>Connected to the hub as “{name}”.</source>
            <translation>Mit dem Hub verbunden als „{name}“.</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synchronisiert</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <source>Sync: checking…</source>
            <translation>Sync: wird geprüft…</translation>
        </message>
        <message>
            <source>Sync: not connected to a hub</source>
            <translation>Sync: mit keinem Hub verbunden</translation>
        </message>
        <message>
            <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
            <translation>Sync angehalten: Der Hub nimmt diesen Laptop nicht mehr an – verbinde ihn auf der Sync-Seite neu</translation>
        </message>
        <message>
            <source>Sending {activation}: all sent</source>
            <translation>Sende {activation}: alles gesendet</translation>
        </message>
        <message numerus="yes">
            <source>Sending {activation}: %n change(s) waiting</source>
            <translation>
                <numerusform>Sende {activation}: %n Änderung wartet</numerusform>
                <numerusform>Sende {activation}: %n Änderungen warten</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>noch nicht synchronisiert</translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) refused (see the Sync page)</source>
            <translation>
                <numerusform>%n Paket abgelehnt (siehe Sync-Seite)</numerusform>
                <numerusform>%n Pakete abgelehnt (siehe Sync-Seite)</numerusform>
            </translation>
        </message>
        <message>
            <source>synced at {time} UTC</source>
            <translation>synchronisiert um {time} UTC</translation>
        </message>
        <message>
            <source>synced on {date} at {time} UTC</source>
            <translation>synchronisiert am {date} um {time} UTC</translation>
        </message>
        <message>
            <source>synced at {time}</source>
            <translation>synchronisiert um {time}</translation>
        </message>
        <message>
            <source>synced on {date} at {time}</source>
            <translation>synchronisiert am {date} um {time}</translation>
        </message>
        <message>
            <source>Sync: off (the database could not be opened)</source>
            <translation>Sync: aus (die Datenbank ließ sich nicht öffnen)</translation>
        </message>
        <message>
            <source>The database is not open, so this laptop cannot connect.</source>
            <translation>Die Datenbank ist nicht geöffnet, daher kann sich dieser Laptop nicht verbinden.</translation>
        </message>
        <message>
            <source>Sync not recorded: {problem}</source>
            <translation>Synchronisierung nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>Sync: something went wrong ({kind}); nothing was lost.</source>
            <translation>Sync: Etwas ist schiefgegangen ({kind}); nichts ging verloren.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cannot open the database {path} ({kind}).</source>
            <translation>Die Datenbank {path} lässt sich nicht öffnen ({kind}).</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}): that action was NOT saved.</source>
            <translation>Etwas ist schiefgegangen ({kind}): Diese Aktion wurde NICHT gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>TherapyPage</name>
        <message>
            <source>Therapy days</source>
            <translation>Therapietage</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <source>Therapy day</source>
            <translation>Therapietag</translation>
        </message>
        <message>
            <source>New therapy day…</source>
            <translation>Neuer Therapietag…</translation>
        </message>
        <message>
            <source>New therapy day</source>
            <translation>Neuer Therapietag</translation>
        </message>
        <message>
            <source>Print / export</source>
            <translation>Drucken / exportieren</translation>
        </message>
        <message>
            <source>Print or export</source>
            <translation>Drucken oder exportieren</translation>
        </message>
        <message>
            <source>PIN or passphrase</source>
            <translation>PIN oder Passphrase</translation>
        </message>
        <message>
            <source>again, to confirm</source>
            <translation>noch einmal, zur Bestätigung</translation>
        </message>
        <message>
            <source>PIN or passphrase, again</source>
            <translation>PIN oder Passphrase, noch einmal</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Jetzt sperren</translation>
        </message>
        <message>
            <source>Lock now: hide the names</source>
            <translation>Jetzt sperren: Namen ausblenden</translation>
        </message>
        <message>
            <source>Therapy budget…</source>
            <translation>Therapiebudget…</translation>
        </message>
        <message>
            <source>Add a slot by hand…</source>
            <translation>Termin von Hand hinzufügen…</translation>
        </message>
        <message>
            <source>Change the day's plan…</source>
            <translation>Tagesplan ändern…</translation>
        </message>
        <message>
            <source>Slots of the day</source>
            <translation>Termine des Tages</translation>
        </message>
        <message>
            <source>Arrows move between slots; Enter does the slot's main action; the menu key lists everything you can do with it.</source>
            <translation>Pfeiltasten wechseln zwischen Terminen; Enter führt die Hauptaktion des Termins aus; die Menütaste zeigt alles, was damit möglich ist.</translation>
        </message>
        <message>
            <source>This day has no slots left: add one by hand, or lay the day out again.</source>
            <translation>Dieser Tag hat keine Termine mehr: fügen Sie einen von Hand hinzu oder planen Sie den Tag neu.</translation>
        </message>
        <message>
            <source>Selected slot</source>
            <translation>Ausgewählter Termin</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>Buchen…</translation>
        </message>
        <message>
            <source>Mark attended</source>
            <translation>Als wahrgenommen markieren</translation>
        </message>
        <message>
            <source>Mark no-show</source>
            <translation>Als nicht erschienen markieren</translation>
        </message>
        <message>
            <source>Back to booked</source>
            <translation>Zurück auf gebucht</translation>
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation>Buchung stornieren…</translation>
        </message>
        <message>
            <source>Late cancel…</source>
            <translation>Kurzfristig stornieren…</translation>
        </message>
        <message>
            <source>Block slot</source>
            <translation>Termin sperren</translation>
        </message>
        <message>
            <source>Undo attended or no-show: the session is booked again.</source>
            <translation>Macht wahrgenommen oder nicht erschienen rückgängig: die Sitzung ist wieder gebucht.</translation>
        </message>
        <message>
            <source>The slot becomes free, but the session stays billable.</source>
            <translation>Der Termin wird frei, die Sitzung bleibt aber abrechenbar.</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Warteliste</translation>
        </message>
        <message>
            <source>Book the selected slot for them</source>
            <translation>Ausgewählten Termin für sie buchen</translation>
        </message>
        <message>
            <source>Add to waitlist…</source>
            <translation>Auf die Warteliste…</translation>
        </message>
        <message>
            <source>Add to waitlist</source>
            <translation>Auf die Warteliste setzen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove from the waitlist</source>
            <translation>Von der Warteliste entfernen</translation>
        </message>
        <message>
            <source>Type the PIN or passphrase first.</source>
            <translation>Geben Sie zuerst die PIN oder Passphrase ein.</translation>
        </message>
        <message>
            <source>The two entries differ: type the same PIN or passphrase twice.</source>
            <translation>Die beiden Eingaben unterscheiden sich: geben Sie zweimal dieselbe PIN oder Passphrase ein.</translation>
        </message>
        <message>
            <source>Unlocked: names are shown. {how}</source>
            <translation>Entsperrt: Namen werden angezeigt. {how}</translation>
        </message>
        <message numerus="yes">
            <source>{text} (wait %n s)</source>
            <translation>
                <numerusform>{text} (%n s warten)</numerusform>
                <numerusform>{text} (%n s warten)</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Einrichten</translation>
        </message>
        <message>
            <source>Therapy days belong to a tour: pick or create one under Activations.</source>
            <translation>Therapietage gehören zu einer Tour: wählen oder erstellen Sie eine unter Einsätze.</translation>
        </message>
        <message>
            <source>Therapy days · {tour}</source>
            <translation>Therapietage · {tour}</translation>
        </message>
        <message>
            <source>{stop} · {provider}</source>
            <translation>{stop} · {provider}</translation>
        </message>
        <message>
            <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
            <translation>Noch kein Therapietag: planen Sie den ersten, mit Therapeut·in, Zeiten und Kosten.</translation>
        </message>
        <message>
            <source>Plan the first therapy day</source>
            <translation>Ersten Therapietag planen</translation>
        </message>
        <message>
            <source>No therapy day yet: add the tour's stops under Activations, then plan the first therapy day here.</source>
            <translation>Noch kein Therapietag: fügen Sie unter Einsätze die Tourstopps hinzu und planen Sie dann hier den ersten Therapietag.</translation>
        </message>
        <message>
            <source>No therapy budget set.</source>
            <translation>Kein Therapiebudget festgelegt.</translation>
        </message>
        <message>
            <source>Set a therapy budget…</source>
            <translation>Therapiebudget festlegen…</translation>
        </message>
        <message>
            <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
            <translation>Therapiebudget {amount} · ausgegeben {spent} · gebunden {committed}</translation>
        </message>
        <message>
            <source>Over budget: remaining {remaining}</source>
            <translation>Budget überschritten: verbleibend {remaining}</translation>
        </message>
        <message>
            <source>Remaining {remaining}</source>
            <translation>Verbleibend {remaining}</translation>
        </message>
        <message>
            <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
            <translation>Therapiebudget {amount}: ausgegeben {spent}, gebunden {committed}, verbleibend {remaining}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>{provider} · %n slot(s) free of {total}</source>
            <translation>
                <numerusform>{provider} · %n Termin von {total} frei</numerusform>
                <numerusform>{provider} · %n Termine von {total} frei</numerusform>
            </translation>
        </message>
        <message>
            <source>Name hidden</source>
            <translation>Name verborgen</translation>
        </message>
        <message>
            <source>{time}, {status}</source>
            <translation>{time}, {status}</translation>
        </message>
        <message>
            <source>name hidden</source>
            <translation>Name verborgen</translation>
        </message>
        <message>
            <source>{time}, {status}, {person}, {role}</source>
            <translation>{time}, {status}, {person}, {role}</translation>
        </message>
        <message>
            <source>Unblock slot</source>
            <translation>Termin freigeben</translation>
        </message>
        <message>
            <source>No slot selected</source>
            <translation>Kein Termin ausgewählt</translation>
        </message>
        <message>
            <source>Pick a slot in the day column to see what you can do with it.</source>
            <translation>Wählen Sie einen Termin in der Tagesspalte, um zu sehen, was damit möglich ist.</translation>
        </message>
        <message>
            <source>{person} · {role}</source>
            <translation>{person} · {role}</translation>
        </message>
        <message>
            <source>Unlock the section to book: a booking takes a name.</source>
            <translation>Entsperren Sie den Bereich zum Buchen: eine Buchung braucht einen Namen.</translation>
        </message>
        <message>
            <source>Free: book someone, or block it so nobody can.</source>
            <translation>Frei: buchen Sie jemanden ein oder sperren Sie ihn, damit niemand bucht.</translation>
        </message>
        <message>
            <source>Blocked: nobody can book it until it is unblocked.</source>
            <translation>Gesperrt: niemand kann ihn buchen, bis er freigegeben ist.</translation>
        </message>
        <message>
            <source>After the session, mark it attended or a no-show.</source>
            <translation>Markieren Sie die Sitzung danach als wahrgenommen oder nicht erschienen.</translation>
        </message>
        <message>
            <source>The session was held (or missed): only undoing that is left.</source>
            <translation>Die Sitzung fand statt (oder wurde versäumt): nur Rückgängigmachen bleibt.</translation>
        </message>
        <message>
            <source>Unlock the section first: a booking takes a name.</source>
            <translation>Entsperren Sie zuerst den Bereich: eine Buchung braucht einen Namen.</translation>
        </message>
        <message>
            <source>Slot actions</source>
            <translation>Aktionen für den Termin</translation>
        </message>
        <message>
            <source>The section locked itself: unlock it and book again.</source>
            <translation>Der Bereich hat sich gesperrt: entsperren Sie ihn und buchen Sie erneut.</translation>
        </message>
        <message>
            <source>Book a session</source>
            <translation>Sitzung buchen</translation>
        </message>
        <message>
            <source>Booked.</source>
            <translation>Gebucht.</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Noch nicht begonnen</translation>
        </message>
        <message>
            <source>Late cancel</source>
            <translation>Kurzfristige Stornierung</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Buchung stornieren</translation>
        </message>
        <message>
            <source>Cancelled: the slot is free again.</source>
            <translation>Storniert: der Termin ist wieder frei.</translation>
        </message>
        <message>
            <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
            <translation>Storniert. Jemand wartet: bieten Sie den Termin der ersten Person auf der Warteliste an.</translation>
        </message>
        <message>
            <source>Therapist's day sheet with names (PDF)…</source>
            <translation>Tagesblatt für die Therapeut·in, mit Namen (PDF)…</translation>
        </message>
        <message>
            <source>Crew sign-up sheet, times only (PDF)…</source>
            <translation>Eintragliste für die Crew, nur Zeiten (PDF)…</translation>
        </message>
        <message>
            <source>Provider's day calendar, no names (.ics)…</source>
            <translation>Tageskalender der Therapeut·in, ohne Namen (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, no name (.ics)…</source>
            <translation>Einladung für die ausgewählte Buchung, ohne Namen (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, WITH the client's name (.ics)…</source>
            <translation>Einladung für die ausgewählte Buchung, MIT dem Namen der Person (.ics)…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <source>Booked from the waitlist.</source>
            <translation>Von der Warteliste gebucht.</translation>
        </message>
        <message>
            <source>The day was laid out again.</source>
            <translation>Der Tag wurde neu geplant.</translation>
        </message>
        <message>
            <source>Add to the waitlist</source>
            <translation>Auf die Warteliste setzen</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Stattgefunden</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Voll</translation>
        </message>
        <message>
            <source>Full: </source>
            <translation>Voll: </translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {capacity}</source>
            <translation>
                <numerusform>%n von {capacity}</numerusform>
                <numerusform>%n von {capacity}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} · {people}</source>
            <translation>{title} · {people}</translation>
        </message>
        <message>
            <source>{time} · {state}</source>
            <translation>{time} · {state}</translation>
        </message>
        <message>
            <source>{title}, {time}, {space}, {count}</source>
            <translation>{title}, {time}, {space}, {count}</translation>
        </message>
        <message>
            <source>{session}, {state}</source>
            <translation>{session}, {state}</translation>
        </message>
        <message>
            <source>With {people}</source>
            <translation>Mit {people}</translation>
        </message>
        <message>
            <source>{time} · {space} · {kind}</source>
            <translation>{time} · {space} · {kind}</translation>
        </message>
        <message>
            <source>{count} · {state}</source>
            <translation>{count} · {state}</translation>
        </message>
        <message>
            <source>No spaces yet: add the tents and rooms under Activations.</source>
            <translation>Noch keine Räume: Fügen Sie Zelte und Räume unter Einsätze hinzu.</translation>
        </message>
        <message>
            <source>Day timeline</source>
            <translation>Zeitleiste des Tages</translation>
        </message>
        <message>
            <source>Arrow keys move between sessions; Enter opens the focused one.</source>
            <translation>Pfeiltasten wechseln zwischen Sitzungen; die Eingabetaste öffnet die markierte.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
            <translation>Noch keine Aktivierung. Legen Sie das Festival oder die Tour an, bei der Sie arbeiten, dann zeigt Heute Räume, Sets und Einlass.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Aktivierung anlegen</translation>
        </message>
        <message>
            <source>Now and next</source>
            <translation>Jetzt und danach</translation>
        </message>
        <message>
            <source>Today · {activation} · {day} {time}</source>
            <translation>Heute · {activation} · {day} {time}</translation>
        </message>
        <message>
            <source>No spaces yet: add them under Activations.</source>
            <translation>Noch keine Räume: legen Sie sie unter Aktivierungen an.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Aktivierungen öffnen</translation>
        </message>
        <message>
            <source>No sessions today. Plan them in the schedule.</source>
            <translation>Heute keine Sessions. Planen Sie sie im Programm.</translation>
        </message>
        <message>
            <source>Open the schedule</source>
            <translation>Programm öffnen</translation>
        </message>
    </context>
    <context>
        <name>TourSheetDialog</name>
        <message>
            <source>Tour sheet</source>
            <translation>Tourblatt</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Tour</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Tour</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Language of the sheet</source>
            <translation>Sprache des Blatts</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
            <translation>Datum und Stadt jeder Station mit den Krisentelefonen ihres Landes und einigen Angeboten, aus dem Ressourcenverzeichnis; das Hilfetelefon aus den Einstellungen.</translation>
        </message>
        <message>
            <source>No tour yet: create one in Activations</source>
            <translation>Noch keine Tour: Legen Sie eine unter Aktivierungen an</translation>
        </message>
    </context>
    <context>
        <name>TourStopDialog</name>
        <message>
            <source>Change {stop}</source>
            <translation>{stop} ändern</translation>
        </message>
        <message>
            <source>Add a stop to {tour}</source>
            <translation>Station zu {tour} hinzufügen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>The tour runs {start} to {end}.</source>
            <translation>Die Tournee läuft vom {start} bis {end}.</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;Stadt</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>e.g. US</source>
            <translation>z. B. US</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Spielstätte</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Spielstätte</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Zeitzone</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <source>Edit workshop</source>
            <translation>Workshop bearbeiten</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Neuer Workshop</translation>
        </message>
        <message>
            <source>e.g. Morning breathwork</source>
            <translation>z. B. Atemarbeit am Morgen</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>New kind…</source>
            <translation>Neue Art…</translation>
        </message>
        <message>
            <source>New kind of session</source>
            <translation>Neue Art von Sitzung</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>S&amp;pace</source>
            <translation>&amp;Raum</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>Ta&amp;g</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Beginnt um</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Endet um</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>&amp;Uhrzeit</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Namen, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>&amp;Facilitators</source>
            <translation>&amp;Leitung</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>The space's</source>
            <translation>Wie der Raum</translation>
        </message>
        <message>
            <source>People who can take part; 0 uses what the space holds.</source>
            <translation>Personen, die teilnehmen können; 0 übernimmt die Kapazität des Raums.</translation>
        </message>
        <message>
            <source>&amp;Capacity</source>
            <translation>&amp;Kapazität</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Every day of the activation at this time</source>
            <translation>Jeden Tag des Einsatzes zu dieser Uhrzeit</translation>
        </message>
        <message>
            <source>Repeat every day of the activation</source>
            <translation>An jedem Tag des Einsatzes wiederholen</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplizieren</translation>
        </message>
        <message>
            <source>Put &amp;back on</source>
            <translation>&amp;Wieder ansetzen</translation>
        </message>
        <message>
            <source>Cancel sessi&amp;on</source>
            <translation>Sitzung &amp;absagen</translation>
        </message>
        <message>
            <source>&amp;Mark held</source>
            <translation>Als &amp;stattgefunden markieren</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>{day} (outside the dates)</source>
            <translation>{day} (außerhalb der Daten)</translation>
        </message>
        <message>
            <source>Pick a space first.</source>
            <translation>Wählen Sie zuerst einen Raum.</translation>
        </message>
        <message>
            <source>(ends the next day)</source>
            <translation>(endet am nächsten Tag)</translation>
        </message>
        <message>
            <source>You can save anyway; the program keeps the mark until it is fixed.</source>
            <translation>Sie können trotzdem speichern; das Programm behält die Markierung, bis es behoben ist.</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Neue Art</translation>
        </message>
        <message>
            <source>Kind of session (e.g. Drum circle):</source>
            <translation>Art der Sitzung (z. B. Trommelkreis):</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
            <translation>
                <numerusform>„{title}“ beginnt um {time}, in %n Minute. Jetzt als stattgefunden markieren?

Sie können das am Eingang auf der Seite Heute zurücknehmen („Zurücksetzen (nicht stattgefunden)“).</numerusform>
                <numerusform>„{title}“ beginnt um {time}, in %n Minuten. Jetzt als stattgefunden markieren?

Sie können das am Eingang auf der Seite Heute zurücknehmen („Zurücksetzen (nicht stattgefunden)“).</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Als stattgefunden markieren</translation>
        </message>
    </context>
    <context>
        <name>activations_page</name>
        <message>
            <source>Tent</source>
            <translation>Zelt</translation>
        </message>
        <message>
            <source>Green room</source>
            <translation>Backstage-Raum</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Bühne</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Tourstation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Tournee</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
            <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es wurde ins Protokoll {log} geschrieben; deine Zählungen sind gespeichert. Du kannst weitermachen; passiert es wieder, schick diese Datei an die Person, die die App betreut.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es konnte nicht ins Protokoll geschrieben werden (in den Ordner {folder} kann nicht geschrieben werden); deine Zählungen sind gespeichert. Du kannst weitermachen; passiert es wieder, sag der Person Bescheid, die die App betreut.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es konnte in kein Protokoll geschrieben werden; deine Zählungen sind gespeichert. Du kannst weitermachen; passiert es wieder, sag der Person Bescheid, die die App betreut.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
    </context>
    <context>
        <name>kit_catalogue</name>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Bluish green</source>
            <translation>Blaugrün</translation>
        </message>
        <message>
            <source>Reddish purple</source>
            <translation>Rötliches Purpur</translation>
        </message>
        <message>
            <source>Sky blue</source>
            <translation>Himmelblau</translation>
        </message>
        <message>
            <source>Vermilion</source>
            <translation>Zinnoberrot</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Teal</source>
            <translation>Petrol</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Lila</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Schwarz</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Weiß</translation>
        </message>
    </context>
    <context>
        <name>kit_counter</name>
        <message>
            <source>Anyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Künstler*in</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Crew</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Personal vor Ort</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>anyone</source>
            <comment>in a sentence: for anyone</comment>
            <translation>alle</translation>
        </message>
        <message>
            <source>artists</source>
            <comment>in a sentence: for artists</comment>
            <translation>Künstler*innen</translation>
        </message>
        <message>
            <source>crew</source>
            <comment>in a sentence: for crew</comment>
            <translation>die Crew</translation>
        </message>
        <message>
            <source>venue staff</source>
            <comment>in a sentence: for venue staff</comment>
            <translation>das Personal vor Ort</translation>
        </message>
        <message>
            <source>family</source>
            <comment>in a sentence: for family</comment>
            <translation>Familie</translation>
        </message>
        <message>
            <source>others</source>
            <comment>in a sentence: for others</comment>
            <translation>andere</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out</source>
            <translation>{kit} ×{count} ausgegeben</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out · {role}</source>
            <translation>{kit} ×{count} ausgegeben · {role}</translation>
        </message>
        <message>
            <source>{kit} +{count} received</source>
            <translation>{kit} +{count} erhalten</translation>
        </message>
        <message>
            <source>{kit} count corrected ({change}): {reason}</source>
            <translation>{kit} Zählung korrigiert ({change}): {reason}</translation>
        </message>
        <message>
            <source>{time}  {what}</source>
            <translation>{time}  {what}</translation>
        </message>
        <message>
            <source>{what}  — undone</source>
            <translation>{what}  — rückgängig gemacht</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} ({role}) handed out</source>
            <translation>Rückgängig: {kit} ×{count} ({role}) ausgegeben</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} handed out</source>
            <translation>Rückgängig: {kit} ×{count} ausgegeben</translation>
        </message>
        <message>
            <source>Undo: {kit} ({role}) handed out</source>
            <translation>Rückgängig: {kit} ({role}) ausgegeben</translation>
        </message>
        <message>
            <source>Undo: {kit} handed out</source>
            <translation>Rückgängig: {kit} ausgegeben</translation>
        </message>
        <message>
            <source>Undo: {kit} +{count} received</source>
            <translation>Rückgängig: {kit} +{count} erhalten</translation>
        </message>
        <message>
            <source>Undo: {kit} count correction ({change})</source>
            <translation>Rückgängig: Zählkorrektur {kit} ({change})</translation>
        </message>
        <message>
            <source>{what} at {time}</source>
            <translation>{what} um {time}</translation>
        </message>
        <message>
            <source>Type how many, as a whole number</source>
            <translation>Geben Sie die Anzahl als ganze Zahl ein</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number</source>
            <translation>„{text}“ ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>Mehr als {most}, das Höchste, was eine Ausgabe erfassen kann: prüfen Sie die Zahl oder erfassen Sie sie in Teilen</translation>
        </message>
        <message>
            <source>Hand out at least 1</source>
            <translation>Mindestens 1 ausgeben</translation>
        </message>
        <message>
            <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>{count} ist mehr als {most}, das Höchste, was eine Ausgabe erfassen kann: prüfen Sie die Zahl oder erfassen Sie sie in Teilen</translation>
        </message>
        <message>
            <source>That tap was not counted, so there is nothing to undo</source>
            <translation>Dieser Tipp wurde nicht gezählt, es gibt nichts rückgängig zu machen</translation>
        </message>
    </context>
    <context>
        <name>resources_page</name>
        <message>
            <source>Crisis lines</source>
            <translation>Krisentelefone</translation>
        </message>
        <message>
            <source>Counselling and therapy</source>
            <translation>Beratung und Therapie</translation>
        </message>
        <message>
            <source>Financial aid</source>
            <translation>Finanzielle Hilfe</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Substanzkonsum</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Peer-Unterstützung</translation>
        </message>
        <message>
            <source>Music industry</source>
            <translation>Musikbranche</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Krisentelefon</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Beratung</translation>
        </message>
        <message>
            <source>crisis line</source>
            <translation>Krisentelefon</translation>
        </message>
        <message>
            <source>counselling</source>
            <translation>Beratung</translation>
        </message>
        <message>
            <source>financial aid</source>
            <translation>finanzielle Hilfe</translation>
        </message>
        <message>
            <source>substance use</source>
            <translation>Substanzkonsum</translation>
        </message>
        <message>
            <source>peer support</source>
            <translation>Peer-Unterstützung</translation>
        </message>
        <message>
            <source>music industry</source>
            <translation>Musikbranche</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anrufen</translation>
        </message>
        <message>
            <source>Text (SMS)</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Textphone</source>
            <translation>Schreibtelefon</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videoanruf</translation>
        </message>
        <message>
            <source>hours not known</source>
            <translation>Zeiten unbekannt</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>jetzt erreichbar</translation>
        </message>
        <message>
            <source>closed now</source>
            <translation>jetzt nicht erreichbar</translation>
        </message>
    </context>
    <context>
        <name>therapy_page</name>
        <message>
            <source>Free</source>
            <translation>Frei</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Gebucht</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Wahrgenommen</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <translation>Nicht angegeben</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Künstler·in</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Crew</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Personal der Spielstätte</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>no budget currency set yet</source>
            <translation>noch keine Budgetwährung</translation>
        </message>
    </context>
    <context>
        <name>today_page</name>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>{count}/{capacity}</source>
            <translation>{count}/{capacity}</translation>
        </message>
        <message>
            <source>{count} in</source>
            <translation>{count} drin</translation>
        </message>
        <message>
            <source>Now: —</source>
            <translation>Jetzt: —</translation>
        </message>
        <message>
            <source>Next: —</source>
            <translation>Danach: —</translation>
        </message>
        <message>
            <source>Now: {times} {title} (cancelled)</source>
            <translation>Jetzt: {times} {title} (abgesagt)</translation>
        </message>
        <message>
            <source>Next: {times} {title} (cancelled)</source>
            <translation>Danach: {times} {title} (abgesagt)</translation>
        </message>
        <message>
            <source>Now: {times} {title} · {people}</source>
            <translation>Jetzt: {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Next: {times} {title} · {people}</source>
            <translation>Danach: {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Kits per hour today</source>
            <translation>Sets pro Stunde heute</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Heute noch nichts ausgegeben</translation>
        </message>
        <message>
            <source>Kits by type today</source>
            <translation>Sets nach Art heute</translation>
        </message>
        <message>
            <source>Attendance against capacity</source>
            <translation>Teilnahme im Vergleich zur Kapazität</translation>
        </message>
        <message>
            <source>No sessions today</source>
            <translation>Heute keine Sessions</translation>
        </message>
    </context>
</TS>
