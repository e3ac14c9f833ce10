<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <source>activation name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation dates: end {end} is before start {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation name: {name} already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation {activation} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location name: {name} already exists in {activation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>city: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop} is not a tour stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop} has workshops at it: it stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop} has kits logged at it: it stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location {location} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this activation has no location yet: add a tent or green room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location {name} is not in this activation (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{target}: that is the database itself: pick another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot read the file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: nothing printed, 1 problem:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: nothing printed, {count} problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no locations after the header line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} line {line}, field {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refused to print:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>- {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language: {language} is not one of {languages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot read it ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: not valid JSON ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: must hold an object with {text_fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: field {name} must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: field headline is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>template: {template} is not one of {templates}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first code: {first} is not a number from 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource number: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} (File → Settings → Help line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{box} ({origin})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>logo: {logo} is not a readable file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to undo at {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--personal goes with --csv DIR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--paper is for --program-pdf, not --ics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--enroll and --activation go with --hub URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--batch-size goes with --once or --preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a hand-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a door count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this laptop's clock is {span} ahead of the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this laptop's clock is {span} behind the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop's clock reads {now}, {span} before the last action recorded here ({action} at {then}): it may be set wrong. Set it right; what you record meanwhile is kept and counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 day {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} days {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, field {field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first line must name the columns: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column {number} has no name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown column {column} (the columns are: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column {key} appears twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing column: {missing} (needed: {needed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read as CSV ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no export called {unknown} (exports: {exports})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose at least one export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kit name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kit name: {name} is longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: {count} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kit name: {name} already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low-stock threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kit type {kit_type} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kit {name} does not exist (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>action {action} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hand-out count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role: {role} is not one of {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counted stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>action {action} was already undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: cannot write it ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paper: {paper} is not one of {papers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no workshops in {where} to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language: {lang} is not one of {languages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dates: the end {end} is before the start {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location {location} is not in {activation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{country} · {service} · {number}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} (File → Settings → Help line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no tour yet: create one in Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--kind {kind}: one of {kinds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open 24/7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open now until {time} ({zone})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open now until {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed, opens {time} ({zone})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed, opens {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shipped with the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No directory installed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory of {published}, {source} (checked {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory of {published}, {source} (installed {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory of {published}, {source} on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory of {published}, {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {rest} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not one of: {listed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a UUID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a web address (http:// or https://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not an email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no file or folder {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not UTF-8 text (byte {byte})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not JSON: {reason} (column {column})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a data package descriptor (a JSON object)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} has no time zone: add Z for UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing: a data package lists its tables in resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a table description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a table this app reads ({tables})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the table {name} is listed twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lists no {table} table: a directory needs one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the header line cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: the first line names the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this column is named twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown column: the {table} table has {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this required column is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has {fields} fields where the header has {width}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>frictionless could not read it: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown field: a {table} has {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not an organization object with an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>differs from the term {term} given at {given_at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a taxonomy term object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {value} but the record it is nested in is {given}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty: it is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no organization has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no service has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phone has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no taxonomy term has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no {table} has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} names a weekday twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is not a kind ({kinds})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a phone has no name to translate, only its description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the phone {phone} is always open: it has no hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the service is inactive: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the service is defunct: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the service is {status}: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a curator key is base64 text (44 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: no resource directory is installed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workshop kind: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workshop kind: {name} already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workshop {workshop} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>title: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>title: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>end: must be after the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>end: a session cannot last more than 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>space: belongs to another activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status: {status} is not one of {statuses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counter: {counter} is not one of {counters}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a door tap is +1 or −1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is cancelled: nobody to count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the headcount is already 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the waitlist is already 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: nothing imported, 1 problem:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: nothing imported, {count} problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no workshops after the header line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a session cannot last more than 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a date of the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty ({hint})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a time ({hint})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>space {space} is not in {activation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: quick_check says {integrity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card sheet refused: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{written}: the log line was not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line name: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help line name: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nonprofit's name: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nonprofit's name: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub did not keep every change it was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (no answer to the connection)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (it did not answer in time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (its certificate is not trusted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (connection refused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (its address cannot be found: no network?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (no network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (cannot connect)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable (the connection broke off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not the hub's answer ({reason}): a proxy or a Wi-Fi login page on the way?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub no longer accepts this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub asked to slow down: next try in {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub asked to slow down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the network redirected the request (HTTP {status}; a Wi-Fi login page?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub has a problem (HTTP {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub holds later counts from this laptop than its database has (put back from a copy?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub refused these counts: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub answered oddly (HTTP {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the answer did not come from the hub (a Wi-Fi login page?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub answered HTTP {status} — is the address right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a proxy on this network asks for a login (HTTP 407)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>something on the way refused the request (HTTP {status}, not in the hub's words): a proxy?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub answered HTTP {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub cannot say what it holds from this laptop (an older hub)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub is busy: try again in a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hub keeps receiving later counts from this laptop than its database has: is a second copy of this data folder syncing too?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no refused batch {batch}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: {problem}; the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: the hub has none to give yet; the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: the hub no longer accepts this laptop (reconnect it on the Sync page); the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: the hub is busy; the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: the hub has a problem (HTTP {status}); the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: the hub refused the request ({reason}); the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The directory from the hub is not valid ({problem}): it was refused and the directory you had is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The directory from the hub is an older edition ({published}) than the one this laptop has ({held}): it was refused and the directory you had is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: installed 1 service from the hub {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory: installed {n} services from the hub {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over {mib} MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>compressed as {coding}, which the hub never is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>broken gzip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: {text} has a space in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: {text} is not a web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: leave the user name and password out of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stop} is not a tour stop with a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lunch break: give both its start and its end, or neither</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lunch break: ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lunch break: outside the day window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>therapy day {therapy_day} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>provider name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mode: {mode} is not one of {modes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cost per session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cost per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unlock the therapy section to store the provider's contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slot {slot} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slot: ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slot: longer than 4 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slot: starts and ends at the same time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>budget: give an amount, e.g. 2400</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person: give a name, initials or an alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person: longer than 80 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this slot is blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this slot is already booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>booking {booking} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this booking was cancelled: book the slot again instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this booking is already cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this session took place (attended or no-show): it stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this person is already on the waitlist for this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this person is no longer on the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this slot is on another therapy day than the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unlock the therapy section to print names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unlock the therapy section to put the name in the invite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unlock the therapy section to put names in the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: stored in an unknown format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: cannot be decrypted with this key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names are encrypted; the key is in this computer's keyring ({keyring}). Your PIN hides them on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names are encrypted with a key protected by your passphrase (no system keyring is used). Without the passphrase they cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a PIN to start: names will be encrypted with a key kept in this computer's keyring ({keyring}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keyring works on this computer. Set a passphrase to start: names will be encrypted with a key derived from it. Keep it safe: without it nobody can read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key is already set up: unlock instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN: use at least {minimum} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passphrase: use at least {minimum} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many wrong tries: wait {wait} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong PIN: try again in {delay} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong passphrase: try again in {delay} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation type="unfinished" />
        </message>
    </context>
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
        <message>
            <source>Kits handed out today</source>
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
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource directory: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activation yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create one under Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} · today: {stop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} · next: {stop}, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activation} · {place}</source>
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
        <message>
            <source>{kind} · times in {zone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellness Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{section} (Ctrl+{number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation &amp;report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Wellness Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync: checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Wellness Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{file} (%n row(s))</source>
            <translation>
                <numerusform>{file} (%n row)</numerusform>
                <numerusform>{file} (%n rows)</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {folder}: {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} — it holds names and contacts: keep it on this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The daily backup was not made: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The restore failed ({kind}); the current database was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
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
            <source>cards.pdf</source>
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
            <source>program.ics</source>
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
            <source>program.pdf</source>
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
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the first … ninth section of the sidebar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Wellness Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand out one kit of the first … ninth tile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last hand-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type anywhere on the page to search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move through the numbers found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the chosen number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move between sessions (across spaces, in time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First or last session of the space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the chosen session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Therapy days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move through the slots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen slot's main action (book, check in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All actions on the chosen slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the cards or signs as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the cards or signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dialogs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next or previous field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK: save what the dialog holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel: close without saving</source>
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
            <source>Now and next in every space</source>
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
        <name>app</name>
        <message>
            <source>Wellness Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}

There is no backup of it in {folder} to put back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the newest backup ({when})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup made {when}.</source>
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
