<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../../activations.py" line="76" />
            <source>activation name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="78" />
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="82" />
            <source>activation dates: end {end} is before start {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="87" />
            <source>activation name: {name} already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="106" />
            <source>activation {activation} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="142" />
            <source>location name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="145" />
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="155" />
            <location filename="../../../activations.py" line="252" />
            <source>location name: {name} already exists in {activation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="173" />
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="192" />
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="199" />
            <source>city: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="206" />
            <source>{stop} is not a tour stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="238" />
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="244" />
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="287" />
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="289" />
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="292" />
            <source>{stop} has workshops at it: it stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="293" />
            <source>{stop} has kits logged at it: it stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="303" />
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="307" />
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="343" />
            <source>location {location} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="358" />
            <source>this activation has no location yet: add a tent or green room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../activations.py" line="365" />
            <source>location {name} is not in this activation (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="135" />
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="146" />
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="149" />
            <source>{target}: that is the database itself: pick another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="245" />
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="300" />
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="306" />
            <source>{path}: cannot read the file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="309" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="323" />
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="339" />
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="344" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="456" />
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="605" />
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="681" />
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="689" />
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="713" />
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="731" />
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../backups.py" line="736" />
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_batch.py" line="37" />
            <source>{file}: nothing printed, 1 problem:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_batch.py" line="38" />
            <source>{file}: nothing printed, {count} problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_batch.py" line="41" />
            <location filename="../../../schedule_io.py" line="78" />
            <source>… and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_batch.py" line="53" />
            <source>no locations after the header line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_batch.py" line="70" />
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_batch.py" line="82" />
            <location filename="../../../cards.py" line="511" />
            <location filename="../../../resource_print.py" line="724" />
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_batch.py" line="84" />
            <location filename="../../../card_batch.py" line="108" />
            <source>{file} line {line}, field {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../card_render.py" line="112" />
            <location filename="../../../cards.py" line="664" />
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="316" />
            <location filename="../../../resource_print.py" line="89" />
            <source>refused to print:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="317" />
            <location filename="../../../resource_print.py" line="90" />
            <source>- {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="340" />
            <location filename="../../../cards.py" line="507" />
            <location filename="../../../resource_print.py" line="273" />
            <source>language: {language} is not one of {languages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="348" />
            <location filename="../../../csv_table.py" line="87" />
            <source>{path}: cannot read it ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="351" />
            <source>{path}: not valid JSON ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="353" />
            <source>{path}: must hold an object with {text_fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="359" />
            <source>{path}: field {name} must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="362" />
            <source>{path}: field headline is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="500" />
            <source>template: {template} is not one of {templates}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="504" />
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="515" />
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="517" />
            <source>tag: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="519" />
            <source>tag: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="521" />
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="525" />
            <source>first code: {first} is not a number from 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="535" />
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="540" />
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="547" />
            <source>resource number: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="552" />
            <source>{label}: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="555" />
            <source>{label}: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="577" />
            <source>{problem} (File → Settings → Help line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="579" />
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="583" />
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="588" />
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>the resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="617" />
            <source>{box} ({origin})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="636" />
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="641" />
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="760" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="764" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="650" />
            <source>logo: {logo} is not a readable file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="729" />
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="736" />
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="752" />
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cards.py" line="795" />
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="602" />
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="626" />
            <source>nothing to undo at {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="671" />
            <source>--personal goes with --csv DIR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="683" />
            <source>--paper is for --program-pdf, not --ics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="714" />
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="734" />
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="748" />
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="759" />
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="810" />
            <source>--enroll and --activation go with --hub URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="812" />
            <source>--batch-size goes with --once or --preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="814" />
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="848" />
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="875" />
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="886" />
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="932" />
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="957" />
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="969" />
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="974" />
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="986" />
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cli.py" line="1000" />
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../clock.py" line="68" />
            <location filename="../../../clock.py" line="83" />
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="26" />
            <location filename="../../../resources/package.py" line="543" />
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="27" />
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="44" />
            <location filename="../../../resources/package.py" line="102" />
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="47" />
            <location filename="../../../resources/package.py" line="105" />
            <source>{file} line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="50" />
            <location filename="../../../resources/package.py" line="108" />
            <source>{file}, field {field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="52" />
            <location filename="../../../resources/package.py" line="110" />
            <source>{file}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="97" />
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="124" />
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="137" />
            <location filename="../../../csv_table.py" line="149" />
            <source>the first line must name the columns: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="158" />
            <source>column {number} has no name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="160" />
            <source>unknown column {column} (the columns are: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="164" />
            <source>column {key} appears twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="170" />
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="173" />
            <source>missing column: {missing} (needed: {needed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../csv_table.py" line="215" />
            <location filename="../../../resources/package.py" line="579" />
            <source>cannot be read as CSV ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="51" />
            <source>{path}: is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="64" />
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="68" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="104" />
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="116" />
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="121" />
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="128" />
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="136" />
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="148" />
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="174" />
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="208" />
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="219" />
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="226" />
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="291" />
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="335" />
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="433" />
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../db.py" line="444" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../demo.py" line="55" />
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="518" />
            <source>no export called {unknown} (exports: {exports})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="523" />
            <source>choose at least one export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="525" />
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="587" />
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="591" />
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="666" />
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="673" />
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../exports.py" line="677" />
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="157" />
            <source>kit name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="159" />
            <source>kit name: {name} is longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="167" />
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="174" />
            <source>{what}: {count} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="178" />
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="186" />
            <source>kit name: {name} already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="193" />
            <location filename="../../../kits.py" line="249" />
            <source>low-stock threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="210" />
            <source>kit type {kit_type} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="228" />
            <source>kit {name} does not exist (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="294" />
            <source>action {action} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="323" />
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="333" />
            <source>hand-out count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="335" />
            <location filename="../../../therapy.py" line="568" />
            <source>role: {role} is not one of {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="352" />
            <source>received count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="367" />
            <source>counted stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="370" />
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="388" />
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../kits.py" line="390" />
            <source>action {action} was already undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="24" />
            <source>amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="42" />
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="46" />
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="52" />
            <location filename="../../../money.py" line="98" />
            <source>{label}: {typed} is not an amount of money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="70" />
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="77" />
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="86" />
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="103" />
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../money.py" line="107" />
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../program_print.py" line="80" />
            <source>no workshops in {where} to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../report.py" line="164" />
            <source>language: {lang} is not one of {languages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../report.py" line="362" />
            <source>dates: the end {end} is before the start {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../report.py" line="368" />
            <source>location {location} is not in {activation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../report_pdf.py" line="214" />
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="177" />
            <source>{country} · {service} · {number}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="319" />
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="324" />
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="331" />
            <location filename="../../../resource_print.py" line="748" />
            <source>{reason} (File → Settings → Help line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="359" />
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="720" />
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="729" />
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="740" />
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="773" />
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="787" />
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="947" />
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="986" />
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resource_print.py" line="996" />
            <source>no tour yet: create one in Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="116" />
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="170" />
            <source>workshop kind: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="172" />
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="177" />
            <source>workshop kind: {name} already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="190" />
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="245" />
            <source>workshop {workshop} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="460" />
            <source>title: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="462" />
            <source>title: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="469" />
            <source>end: must be after the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="471" />
            <source>end: a session cannot last more than 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="474" />
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="549" />
            <source>space: belongs to another activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="577" />
            <source>status: {status} is not one of {statuses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="584" />
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="614" />
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="644" />
            <source>counter: {counter} is not one of {counters}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="647" />
            <source>a door tap is +1 or −1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="651" />
            <source>“{title}” is cancelled: nobody to count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="654" />
            <source>the headcount is already 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="655" />
            <source>the waitlist is already 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule.py" line="658" />
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="74" />
            <source>{file}: nothing imported, 1 problem:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="75" />
            <source>{file}: nothing imported, {count} problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="90" />
            <source>no workshops after the header line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="151" />
            <location filename="../../../schedule_io.py" line="162" />
            <location filename="../../../schedule_io.py" line="216" />
            <source>is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="156" />
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="164" />
            <source>longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="168" />
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="174" />
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="199" />
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="203" />
            <source>a session cannot last more than 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="222" />
            <source>{text} is not a date of the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="226" />
            <location filename="../../../schedule_io.py" line="238" />
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="243" />
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="250" />
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="260" />
            <source>is empty ({hint})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="276" />
            <source>{text} is not a time ({hint})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="310" />
            <source>space {space} is not in {activation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="316" />
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../self_test.py" line="53" />
            <source>{path}: quick_check says {integrity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../self_test.py" line="83" />
            <source>card sheet refused: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../self_test.py" line="114" />
            <source>{written}: the log line was not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="41" />
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="63" />
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="86" />
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="128" />
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="133" />
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="144" />
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="148" />
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="152" />
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="160" />
            <source>help line name: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="163" />
            <source>help line name: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="193" />
            <source>nonprofit's name: longer than {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="195" />
            <source>nonprofit's name: holds a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../settings.py" line="203" />
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="151" />
            <source>{stop} is not a tour stop with a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="165" />
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="170" />
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="174" />
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="177" />
            <source>lunch break: give both its start and its end, or neither</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="181" />
            <source>lunch break: ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="183" />
            <source>lunch break: outside the day window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="188" />
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="221" />
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="252" />
            <location filename="../../../therapy.py" line="253" />
            <source>cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="260" />
            <source>therapy day {therapy_day} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="285" />
            <source>provider name: must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="287" />
            <source>mode: {mode} is not one of {modes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="289" />
            <source>cost per session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="291" />
            <source>cost per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="293" />
            <source>unlock the therapy section to store the provider's contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="360" />
            <source>slot {slot} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="367" />
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="378" />
            <source>slot: ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="380" />
            <source>slot: longer than 4 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="385" />
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="397" />
            <source>slot: starts and ends at the same time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="452" />
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="501" />
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="503" />
            <source>budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="505" />
            <source>budget: give an amount, e.g. 2400</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="508" />
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="576" />
            <source>person: give a name, initials or an alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="578" />
            <source>person: longer than 80 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="595" />
            <source>this slot is blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="597" />
            <source>this slot is already booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="609" />
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="619" />
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="636" />
            <source>booking {booking} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="643" />
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="647" />
            <source>this booking was cancelled: book the slot again instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="708" />
            <source>this booking is already cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="710" />
            <source>this session took place (attended or no-show): it stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="726" />
            <source>this person is already on the waitlist for this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="741" />
            <location filename="../../../therapy.py" line="763" />
            <source>this person is no longer on the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="765" />
            <source>this slot is on another therapy day than the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy.py" line="768" />
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="270" />
            <source>unlock the therapy section to print names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="552" />
            <source>unlock the therapy section to put the name in the invite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="594" />
            <source>unlock the therapy section to put names in the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="632" />
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="93" />
            <source>{field}: stored in an unknown format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="97" />
            <source>{field}: cannot be decrypted with this key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="154" />
            <source>the key is already set up: unlock instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="158" />
            <source>PIN: use at least {minimum} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="160" />
            <source>passphrase: use at least {minimum} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="171" />
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="212" />
            <source>wrong PIN: try again in {delay} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="214" />
            <source>wrong passphrase: try again in {delay} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="227" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="189" />
            <source>no key yet: set a PIN or passphrase first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="192" />
            <source>too many wrong tries: wait {wait} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="232" />
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../vault.py" line="240" />
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../print/drawing.py" line="37" />
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../print/files.py" line="32" />
            <location filename="../../../print/files.py" line="64" />
            <source>{path}: cannot write it ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="69" />
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="200" />
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../print/page.py" line="50" />
            <source>paper: {paper} is not one of {papers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../print/qr.py" line="89" />
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../print/qr.py" line="163" />
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/bodies.py" line="31" />
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="65" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="145" />
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="148" />
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="160" />
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="191" />
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="201" />
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="211" />
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="214" />
            <source>the hub is busy: try again in a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="216" />
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="220" />
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="222" />
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="41" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="49" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="64" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="85" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="88" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="92" />
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="98" />
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="121" />
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="126" />
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="138" />
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="150" />
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/push.py" line="305" />
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/quarantine.py" line="57" />
            <source>there is no refused batch {batch}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="18" />
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="20" />
            <source>hub address: {text} has a space in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="25" />
            <source>hub address: {text} is not a web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="28" />
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="33" />
            <source>hub address: leave the user name and password out of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="35" />
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="39" />
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="156" />
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="160" />
            <source>--kind {kind}: one of {kinds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="229" />
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="123" />
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="125" />
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="129" />
            <source>… and {rest} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="248" />
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="256" />
            <source>{value} is not one of: {listed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="261" />
            <source>{value} is not true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="265" />
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="267" />
            <source>{value} is not a UUID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="271" />
            <source>{value} is not a web address (http:// or https://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="274" />
            <source>{value} is not an email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="338" />
            <source>there is no file or folder {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="341" />
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="378" />
            <source>is not UTF-8 text (byte {byte})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="381" />
            <location filename="../../../resources/package.py" line="419" />
            <source>is not JSON: {reason} (column {column})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="384" />
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="387" />
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="396" />
            <source>is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="400" />
            <location filename="../../../resources/package.py" line="535" />
            <source>cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="408" />
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="415" />
            <source>is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="423" />
            <source>is not a data package descriptor (a JSON object)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="448" />
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="450" />
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="454" />
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="461" />
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="467" />
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="471" />
            <source>{text} has no time zone: add Z for UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="478" />
            <location filename="../../../resources/package.py" line="804" />
            <source>is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="488" />
            <source>is missing: a data package lists its tables in resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="495" />
            <source>is not a table description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="500" />
            <source>{name} is not a table this app reads ({tables})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="505" />
            <source>the table {name} is listed twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="512" />
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="519" />
            <source>lists no {table} table: a directory needs one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="527" />
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="532" />
            <source>is a folder, not a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="550" />
            <source>the header line cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="554" />
            <source>is empty: the first line names the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="561" />
            <source>this column is named twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="566" />
            <source>unknown column: the {table} table has {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="571" />
            <source>this required column is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="595" />
            <source>has {fields} fields where the header has {width}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="652" />
            <source>frictionless could not read it: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="679" />
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="685" />
            <source>is not a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="692" />
            <source>is not an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="719" />
            <source>unknown field: a {table} has {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="742" />
            <source>is not an organization object with an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="768" />
            <source>differs from the term {term} given at {given_at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="772" />
            <source>is not a taxonomy term object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="804" />
            <source>is not true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="814" />
            <source>is {value} but the record it is nested in is {given}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="854" />
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="952" />
            <source>is empty: it is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="983" />
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="985" />
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="995" />
            <source>no organization has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="997" />
            <source>no service has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="999" />
            <source>no phone has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1001" />
            <source>no taxonomy term has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1002" />
            <source>no {table} has the id {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1009" />
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1012" />
            <source>{value} names a weekday twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1029" />
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1035" />
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1039" />
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1042" />
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1071" />
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1075" />
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1083" />
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1089" />
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1091" />
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1099" />
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1103" />
            <source>{code} is not a kind ({kinds})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1133" />
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1136" />
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1149" />
            <source>a phone has no name to translate, only its description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1155" />
            <source>the phone {phone} is always open: it has no hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1163" />
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1171" />
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1175" />
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1185" />
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1540" />
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1543" />
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1546" />
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1548" />
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="28" />
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="35" />
            <source>the number is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="37" />
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="46" />
            <source>the service is inactive: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="48" />
            <source>the service is defunct: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="50" />
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="51" />
            <source>the service is {status}: a closed line is not printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/reports.py" line="30" />
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="43" />
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="85" />
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="89" />
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="103" />
            <source>a curator key is base64 text (44 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="106" />
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/store.py" line="217" />
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/store.py" line="232" />
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/store.py" line="237" />
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../resources/store.py" line="573" />
            <source>{path}: no resource directory is installed yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
