<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../../activations.py" line="76" />
            <source>activation name: must not be empty</source>
            <translation>Name der Aktivierung: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="78" />
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>Art der Aktivierung: {kind} ist keiner von {kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="82" />
            <source>activation dates: end {end} is before start {start}</source>
            <translation>Daten der Aktivierung: das Ende {end} liegt vor dem Beginn {start}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="87" />
            <source>activation name: {name} already exists</source>
            <translation>Name der Aktivierung: {name} gibt es schon</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="106" />
            <source>activation {activation} does not exist</source>
            <translation>Die Aktivierung {activation} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="142" />
            <source>location name: must not be empty</source>
            <translation>Name des Orts: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="145" />
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>Art des Orts: {kind} ist keine von {location_kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="155" />
            <location filename="../../../activations.py" line="252" />
            <source>location name: {name} already exists in {activation}</source>
            <translation>Name des Orts: {name} gibt es in {activation} schon</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="173" />
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} ist ein Festival: Tourstopps gehören zu Touren</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="192" />
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>Datum des Stopps: {date} liegt außerhalb von {activation} ({start_date} bis {end_date})</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="199" />
            <source>city: must not be empty</source>
            <translation>Stadt: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="206" />
            <source>{stop} is not a tour stop</source>
            <translation>{stop} ist kein Tourstopp</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="238" />
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop}: Der Therapietag hat Buchungen, daher bleiben Datum und Zeitzone (stornieren Sie zuerst die Buchungen oder legen Sie einen neuen Stopp an)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="244" />
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop}: Dort sind Workshops geplant, daher bleiben Datum und Zeitzone (verschieben Sie zuerst die Workshops)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="287" />
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} hat einen Therapietag mit {count} Buchung(en): Er bleibt. Ändern Sie stattdessen den Stopp oder behalten Sie ihn.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="289" />
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} hat einen Therapietag: Er bleibt. Ändern Sie stattdessen den Stopp oder behalten Sie ihn.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="292" />
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} hat Workshops: Er bleibt.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="293" />
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} hat erfasste Sets: Er bleibt.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="303" />
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>Kapazität des Raums: {capacity} ist keine Personenzahl ab 1</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="307" />
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>Umbaupuffer: {minutes} liegt nicht zwischen 0 und 1440 Minuten</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="343" />
            <source>location {location} does not exist</source>
            <translation>Den Ort {location} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="358" />
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>Diese Aktivierung hat noch keinen Ort: Legen Sie ein Zelt oder einen Backstage-Raum an</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="365" />
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>Der Ort {name} gehört nicht zu dieser Aktivierung (vorhanden: {known})</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="135" />
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path}: Hier gibt es noch keine Datenbank, also nichts zu sichern.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="146" />
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target}: Eine Datei mit diesem Namen gibt es schon (sie bleibt unverändert): Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="149" />
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target}: Das ist die Datenbank selbst: Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="245" />
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin}: Das ist keine Wellness-Desk-Datenbank; es wurde keine Sicherung erstellt.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="300" />
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path}: Dort ist keine Datei (oder es ist ein Ordner): Wählen Sie eine Sicherungsdatei.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="306" />
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path}: Die Datei kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="309" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path}: Das ist keine Wellness-Desk-Datenbank (keine SQLite-Datei); nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="323" />
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path}: Diese Datei besteht die Integritätsprüfung nicht (SQLite: {why}), sie ist also beschädigt; nichts wurde geändert. Wählen Sie eine andere Sicherung.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="339" />
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path}: Das ist keine Wellness-Desk-Datenbank (eine SQLite-Datei eines anderen Programms); nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="344" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path}: Wurde von einer neueren Wellness-Desk-Version geschrieben (Schema {schema}); nichts wurde geändert. Installieren Sie die neuere Version, um sie zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="456" />
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source}: Das ist die Datenbank selbst, keine Sicherung davon.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="605" />
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>Wellness Desk ist mit diesem Datenordner geöffnet ({folder}, {who}): Schließen Sie es zuerst oder stellen Sie dort unter Einstellungen → Sicherungen wieder her. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="681" />
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder}: Der Ordner ist schreibgeschützt, daher konnte dort keine Sicherung geschrieben werden (nichts wurde geändert). Heben Sie den Schreibschutz auf oder wählen Sie einen Ordner auf einem beschreibbaren Laufwerk.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="689" />
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder}: Das Laufwerk ist voll ({free} frei): Nichts wurde geschrieben oder geändert. Dort werden etwa {needed} freier Platz gebraucht; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="713" />
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder}: Das Laufwerk konnte die Kopie nicht schreiben ({reason}); nichts wurde geändert. Prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="731" />
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source}: Die Datei ist verschwunden; nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="736" />
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source}: Die Datenbank kann nicht kopiert werden ({reason}); nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="37" />
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file}: Nichts gedruckt, 1 Problem:</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="38" />
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file}: Nichts gedruckt, {count} Probleme:</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="41" />
            <location filename="../../../schedule_io.py" line="78" />
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="53" />
            <source>no locations after the header line</source>
            <translation>keine Orte nach der Kopfzeile</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="70" />
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} Zeile {line}, Feld scan_distance: {distance} sind keine Meter zwischen 0,1 und 50</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="82" />
            <location filename="../../../cards.py" line="511" />
            <location filename="../../../resource_print.py" line="724" />
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>Exemplare: {copies} ist keine Zahl von 1 bis {max}</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="84" />
            <location filename="../../../card_batch.py" line="108" />
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} Zeile {line}, Feld {problem}</translation>
        </message>
        <message>
            <location filename="../../../card_render.py" line="112" />
            <location filename="../../../cards.py" line="664" />
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>Logo: {logo} ist kein Bild, das reportlab lesen kann ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="316" />
            <location filename="../../../resource_print.py" line="89" />
            <source>refused to print:</source>
            <translation>Druck abgelehnt:</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="317" />
            <location filename="../../../resource_print.py" line="90" />
            <source>- {problem}</source>
            <translation>- {problem}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="340" />
            <location filename="../../../cards.py" line="507" />
            <location filename="../../../resource_print.py" line="273" />
            <source>language: {language} is not one of {languages}</source>
            <translation>Sprache: {language} ist keine von {languages}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="348" />
            <location filename="../../../csv_table.py" line="87" />
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path}: Kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="351" />
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path}: Kein gültiges JSON ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="353" />
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path}: Muss ein Objekt mit {text_fields} enthalten</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="359" />
            <source>{path}: field {name} must be text</source>
            <translation>{path}: Das Feld {name} muss Text sein</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="362" />
            <source>{path}: field headline is empty</source>
            <translation>{path}: Das Feld headline ist leer</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="500" />
            <source>template: {template} is not one of {templates}</source>
            <translation>Vorlage: {template} ist keine von {templates}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="504" />
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>Papier: {template} wird auf {papers} gedruckt, nicht auf {paper}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="515" />
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>Kennung: ist leer (sie sagt dem Hub, welche Aushänge gescannt wurden)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="517" />
            <source>tag: longer than {max} characters</source>
            <translation>Kennung: länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="519" />
            <source>tag: holds a control character</source>
            <translation>Kennung: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="521" />
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>Scanabstand: {distance} m liegt nicht zwischen 0,1 und 50 Metern</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="525" />
            <source>first code: {first} is not a number from 1</source>
            <translation>Erster Code: {first} ist keine Zahl ab 1</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="535" />
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>Angebot: Die Vorlage {short_title} hat keinen Platz für die Nummer eines Angebots: Wählen Sie die Angebotskarte</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="540" />
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>Angebot: keine Nummer: Wählen Sie eine unter Ressourcen (Karte dafür drucken)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="547" />
            <source>resource number: {reason}</source>
            <translation>Nummer des Angebots: {reason}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="552" />
            <source>{label}: longer than {max} characters</source>
            <translation>{label}: länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="555" />
            <source>{label}: holds a control character</source>
            <translation>{label}: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="577" />
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Datei → Einstellungen → Hilfetelefon)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="579" />
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>Hilfetelefon: Es ist keine Nummer festgelegt, und die Einstellungen verlangen, Karten und Aushänge ohne Nummer abzulehnen: Legen Sie sie unter Datei → Einstellungen → Hilfetelefon fest</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="583" />
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>Hub-Adresse: {hub} ist keine Webadresse (https://…)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="588" />
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>Link: {length} Bytes, mehr als ein gedruckter Code fassen sollte ({max})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>the resource</source>
            <translation>das Angebot</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="617" />
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="636" />
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}): passt selbst bei {smallest} pt nicht auf die Vorlage {short_title} ({length} Zeichen in einem Feld von {w}×{h} mm): Kürzen Sie es</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="641" />
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind}: passt selbst bei {smallest} pt nicht auf die Vorlage {short_title} ({length} Zeichen in einem Feld von {w}×{h} mm): Kürzen Sie es</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="760" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>Scanabstand: Der QR-Code ist {code_cm} cm groß und lässt sich aus etwa {supports} m scannen, nicht aus den gewünschten {distance} m: Stellen Sie den Scanabstand auf {supports} m oder weniger</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="764" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>Scanabstand: Der QR-Code ist {code_cm} cm groß und lässt sich aus etwa {supports} m scannen, nicht aus den gewünschten {distance} m: Drucken Sie auf {paper} oder stellen Sie den Scanabstand auf {supports} m oder weniger</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="650" />
            <source>logo: {logo} is not a readable file</source>
            <translation>Logo: {logo} ist keine lesbare Datei</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="729" />
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>Ruhezone: {quiet} Module Leerraum um den QR-Code, Scanner brauchen {minimum}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="736" />
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>Die QR-Module sind {size} mm groß (Version {version}, Stufe {level}, für einen Link mit {length} Zeichen): Erst ab {minimum} mm wird zuverlässig gedruckt; verwenden Sie eine kürzere Kennung oder Hub-Adresse</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="752" />
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>Scanabstand: Der QR-Code ist {code_cm} cm groß, zu klein für einen Aushang: Verwenden Sie eine kürzere Kennung oder Hub-Adresse</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="795" />
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>Kennung {tag}: Ein anderer Auftrag hat inzwischen die Codes ab c={first} gedruckt; nichts wurde gespeichert: Drucken Sie erneut, um neue Nummern zu bekommen</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="602" />
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>Noch keine Aktivierung: Legen Sie eine in der App an oder starten Sie 'wellness-desk demo'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="626" />
            <source>nothing to undo at {location}</source>
            <translation>Bei {location} gibt es nichts rückgängig zu machen</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="671" />
            <source>--personal goes with --csv DIR</source>
            <translation>--personal gehört zu --csv ORDNER</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="683" />
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper ist für --program-pdf, nicht für --ics</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="714" />
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option}: {text} ist kein Datum wie 2026-07-03</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="734" />
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space und --paper sind für das Programm, nicht für --csv (der CSV-Export enthält alle Aktivierungen)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="748" />
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations nimmt Vorlage und Kennung aus der CSV: Lassen Sie --template und --tag weg</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="759" />
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>--template und --tag werden gebraucht (oder --locations DATEI.csv)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="810" />
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll und --activation gehören zu --hub URL</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="812" />
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size gehört zu --once oder --preview</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="814" />
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout: {timeout} liegt nicht zwischen 0 und 300 Sekunden</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="848" />
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>Nicht mit einem Hub verbunden: Verbinden Sie zuerst mit 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="875" />
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub braucht --enroll CODE (den Einmalcode von der Koordination des Hubs)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="886" />
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>Die Aktivierung {activation} gibt es nicht (Aktivierungen: {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="932" />
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} ist ein Festival: Therapietage gibt es auf Touren (wählen Sie die Tour in der App)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="957" />
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} hat noch keine Tourstopps: Legen Sie sie in der App an</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="969" />
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>Stopp {wanted}: {count} Stopps in {city} ({names}): Geben Sie den vollen Namen des Stopps an</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="974" />
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>{wanted} ist kein Stopp von {tour_name} (Stopps: {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="986" />
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>Noch kein Schlüssel: Legen Sie zuerst im Bereich Therapie der App eine PIN oder Passphrase fest</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="1000" />
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option}: kein {what} angegeben (geben Sie es bei der Abfrage ein oder übergeben Sie es als eine Zeile auf der Standardeingabe)</translation>
        </message>
        <message>
            <location filename="../../../clock.py" line="68" />
            <location filename="../../../clock.py" line="83" />
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>Die Zeitzone {name} ist keine bekannte IANA-Zone (z. B. Europe/London)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="26" />
            <location filename="../../../resources/package.py" line="543" />
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation>ist kein UTF-8-Text (speichern Sie die Tabelle als „CSV UTF-8“)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="27" />
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>Hier öffnet ein Anführungszeichen, das nie geschlossen wird (der Rest der Datei wäre dieses eine Feld)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="44" />
            <location filename="../../../resources/package.py" line="102" />
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} Zeile {line}, Feld {field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="47" />
            <location filename="../../../resources/package.py" line="105" />
            <source>{file} line {line}: {problem}</source>
            <translation>{file} Zeile {line}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="50" />
            <location filename="../../../resources/package.py" line="108" />
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, Feld {field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="52" />
            <location filename="../../../resources/package.py" line="110" />
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="97" />
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>Die Datei ist leer (die erste Zeile nennt die Spalten: {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="124" />
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} Felder, aber die Kopfzeile hat {width} (ein Trennzeichen in einem Feld braucht Anführungszeichen)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="137" />
            <location filename="../../../csv_table.py" line="149" />
            <source>the first line must name the columns: {known}</source>
            <translation>Die erste Zeile muss die Spalten nennen: {known}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="158" />
            <source>column {number} has no name</source>
            <translation>Spalte {number} hat keinen Namen</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="160" />
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>Unbekannte Spalte {column} (die Spalten sind: {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="164" />
            <source>column {key} appears twice</source>
            <translation>Spalte {key} kommt zweimal vor</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="170" />
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>Fehlende Spalten: {missing} (gebraucht: {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="173" />
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>Fehlende Spalte: {missing} (gebraucht: {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="215" />
            <location filename="../../../resources/package.py" line="579" />
            <source>cannot be read as CSV ({reason})</source>
            <translation>kann nicht als CSV gelesen werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="51" />
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path}: Das ist ein Ordner, keine Datenbankdatei.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="64" />
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path}: Die Datenbankdatei kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="68" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: Das ist keine Wellness-Desk-Datenbank (keine SQLite-Datei). Sie bleibt unverändert; verschieben Sie sie oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="104" />
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path}: Das Laufwerk konnte die Datenbankdatei nicht lesen oder schreiben ({name}); nichts wurde gespeichert. Lassen Sie die Datei, wie sie ist, prüfen Sie das Laufwerk (wurde es abgezogen?) und starten Sie neu.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="116" />
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path}: Die Datenbankdatei kann nicht geöffnet werden ({name}). Sie bleibt unverändert; prüfen Sie, ob die Datei und ihr Ordner da und lesbar sind.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="121" />
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path}: SQLite darf nicht in die Datenbankdatei schreiben ({name}); nichts wurde gespeichert. Prüfen Sie, ob die Datei noch in ihrem Ordner liegt und beschreibbar ist, und starten Sie dann neu.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="128" />
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path}: Die Datenbank ist belegt (ein anderes Programm schreibt gerade): Diese Aktion wurde NICHT gespeichert. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="136" />
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path}: Die Datenbankdatei ist beschädigt (SQLite meldet {name}); nichts wurde gespeichert, und sie wird ab jetzt nicht mehr verändert. Lassen Sie die Datei, wie sie ist (kopieren Sie sie an einen sicheren Ort), und spielen Sie dann eine Sicherung von vor dem Schaden zurück oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="148" />
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder}: Das Laufwerk mit dem Datenordner ist schreibgeschützt geworden (das System macht das bei einem fehlerhaften Laufwerk): Diese Aktion wurde NICHT gespeichert, und nichts kann gespeichert werden, bis es wieder beschreibbar ist. Lassen Sie die Dateien, wie sie sind, prüfen Sie das Laufwerk und starten Sie neu, oder kopieren Sie den Ordner auf ein funktionierendes Laufwerk und wählen Sie ihn mit --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="174" />
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder}: Das Laufwerk ist voll ({free} frei): Nichts wurde gespeichert. Wellness Desk braucht dort mindestens {needed} freien Platz; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="208" />
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path}: Der Ordner dafür kann nicht angelegt werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="219" />
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder}: Der Datenordner ist schreibgeschützt, daher kann Wellness Desk dort nichts speichern (nichts wurde geändert). Heben Sie den Schreibschutz des Ordners auf (oder kopieren Sie ihn auf ein beschreibbares Laufwerk) oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="226" />
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path}: Die Datenbankdatei ist schreibgeschützt, daher kann Wellness Desk nichts darin speichern (nichts wurde geändert). Heben Sie den Schreibschutz der Datei auf oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="291" />
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path}: Die Datenbankdatei kann nicht geöffnet werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="335" />
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path}: Die Datenbank kann nicht aktualisiert werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="433" />
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path}: Diese SQLite-Datei gehört zu einem anderen Programm, nicht zu Wellness Desk. Sie bleibt unverändert; wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="444" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: Wurde von einer neueren Wellness-Desk-Version geschrieben (Schema {schema}). Sie bleibt unverändert; installieren Sie die neuere Version, um sie zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../../demo.py" line="55" />
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>Die Datenbank enthält schon Aktivierungen: Die Demo füllt nur eine leere (verwenden Sie --data-dir mit einem neuen Ordner)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="518" />
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>Es gibt keinen Export namens {unknown} (Exporte: {exports})</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="523" />
            <source>choose at least one export</source>
            <translation>Wählen Sie mindestens einen Export</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="525" />
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>Persönliche Daten: Entsperren Sie den Bereich Therapie (PIN oder Passphrase), um sie einzuschließen</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="587" />
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder}: Das ist eine Datei, kein Ordner; wählen Sie einen Ordner für den Export</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="591" />
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder}: Dieser Ordner enthält andere Dateien; wählen Sie einen leeren oder neuen Ordner (ein Export ist ein eigener Ordner, der beim nächsten Mal ganz ersetzt wird)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="666" />
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder}: In diesen Ordner kann nicht geschrieben werden, daher wurde der Export nicht geschrieben (nichts wurde geändert). Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="673" />
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder}: Das Laufwerk ist voll, daher wurde der Export nicht geschrieben (nichts wurde geändert). Er braucht dort mehr als {size} freien Platz: Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="677" />
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder}: Der Export konnte nicht geschrieben werden ({reason}); nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="157" />
            <source>kit name: must not be empty</source>
            <translation>Name des Sets: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="159" />
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>Name des Sets: {name} ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="167" />
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>Farbe des Sets: {colour} ist keine Farbe wie #1A2B3C</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="174" />
            <source>{what}: {count} is not a whole number</source>
            <translation>{what}: {count} ist keine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="178" />
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what}: {count} liegt nicht zwischen {low} und {max}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="186" />
            <source>kit name: {name} already exists</source>
            <translation>Name des Sets: {name} gibt es schon</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="193" />
            <location filename="../../../kits.py" line="249" />
            <source>low-stock threshold</source>
            <translation>Schwelle für niedrigen Bestand</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="210" />
            <source>kit type {kit_type} does not exist</source>
            <translation>Den Set-Typ {kit_type} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="228" />
            <source>kit {name} does not exist (known: {known})</source>
            <translation>Das Set {name} gibt es nicht (vorhanden: {known})</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="294" />
            <source>action {action} does not exist</source>
            <translation>Die Aktion {action} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="323" />
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>Das Set {kit} ist ausgemustert: Holen Sie es zuerst im Katalog zurück</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="333" />
            <source>hand-out count</source>
            <translation>Anzahl ausgegeben</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="335" />
            <location filename="../../../therapy.py" line="568" />
            <source>role: {role} is not one of {roles}</source>
            <translation>Rolle: {role} ist keine von {roles}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="352" />
            <source>received count</source>
            <translation>Anzahl erhalten</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="367" />
            <source>counted stock</source>
            <translation>gezählter Bestand</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="370" />
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>Grund der Korrektur: Sagen Sie, warum sich die Zahl geändert hat (z. B. 'nachgezählt')</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="388" />
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>Ein Rückgängigmachen lässt sich nicht rückgängig machen: Geben Sie das Set erneut aus</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="390" />
            <source>action {action} was already undone</source>
            <translation>Die Aktion {action} wurde schon rückgängig gemacht</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="24" />
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="42" />
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label}: Geben Sie einen Betrag an, z. B. 150,00 oder 150.00</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="46" />
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label}: {typed} ist kein Geldbetrag (Ziffern, mit Komma oder Punkt vor den Cent, z. B. 150,00)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="52" />
            <location filename="../../../money.py" line="98" />
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label}: {typed} ist kein Geldbetrag</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="70" />
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} mischt Trennzeichen so, dass es kein Betrag ist (z. B. 1.234,56 oder 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="77" />
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} ist kein Geldbetrag (z. B. 1.234,56 oder 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="86" />
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label}: {typed} ist unklar (Tausender oder Dezimalstellen?): Schreiben Sie {whole}{after} ohne das {sep} oder zwei Dezimalstellen, z. B. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="103" />
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label}: {typed} ist weit mehr Geld, als ein Budget fasst</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="107" />
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label}: {typed} hat mehr als zwei Dezimalstellen (Cent)</translation>
        </message>
        <message>
            <location filename="../../../program_print.py" line="80" />
            <source>no workshops in {where} to print</source>
            <translation>Keine Workshops in {where} zum Drucken</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="164" />
            <source>language: {lang} is not one of {languages}</source>
            <translation>Sprache: {lang} ist keine von {languages}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="362" />
            <source>dates: the end {end} is before the start {start}</source>
            <translation>Daten: Das Ende {end} liegt vor dem Beginn {start}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="368" />
            <source>location {location} is not in {activation}</source>
            <translation>Der Ort {location} gehört nicht zu {activation}</translation>
        </message>
        <message>
            <location filename="../../../report_pdf.py" line="214" />
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>Logo (Einstellungen): {path} ist kein druckbares Bild ({error_type}): Wählen Sie eine andere Datei oder keine</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="177" />
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="319" />
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} ist ein Festival: Ein Tourblatt ist für eine Tour</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="324" />
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} hat noch keine Tourstopps: Legen Sie sie unter Aktivierungen an</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="331" />
            <location filename="../../../resource_print.py" line="748" />
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Datei → Einstellungen → Hilfetelefon)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="359" />
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number}: zu lang für großen Druck ({width} mm)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="720" />
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>Land: {country} ist kein zweistelliger Ländercode (z. B. CA)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="729" />
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>Papier: Die Taschenkarte wird auf {sheets} gedruckt, nicht auf {paper}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="740" />
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>Land: Für {code} gibt es in diesem Verzeichnis keine geprüfte Krisenhotline, daher keine Karte zum Drucken (das Tourblatt sagt, dass man den örtlichen Notruf wählen soll)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="773" />
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>Die QR-Module sind {module} mm groß für einen Link mit {length} Zeichen: Erst ab {minimum} mm wird zuverlässig gedruckt; verwenden Sie eine kürzere Hub-Adresse</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="787" />
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>Land: Die {count} Krisenhotlines von {code} passen selbst in kleiner Schrift nicht auf eine Taschenkarte: Drucken Sie stattdessen das Tourblatt</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="947" />
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>Aktivierung: {activation} gehört nicht zu diesem Laptop (vorhanden: {known})</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="986" />
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>Das Hilfeverzeichnis liegt neben einer Datenbankdatei, und diese hier ist nur im Speicher</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="996" />
            <source>no tour yet: create one in Activations</source>
            <translation>Noch keine Tour: Legen Sie eine unter Aktivierungen an</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="116" />
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} gibt es in {tz} nicht: Dann werden die Uhren vorgestellt</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="170" />
            <source>workshop kind: must not be empty</source>
            <translation>Workshop-Art: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="172" />
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>Workshop-Art: länger als {max} Zeichen (sie hat {length}); die Zahlen im Hub tragen diese Bezeichnung: Kürzen Sie sie</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="177" />
            <source>workshop kind: {name} already exists</source>
            <translation>Workshop-Art: {name} gibt es schon</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="190" />
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>Art: {kind} ist keine von {kinds} (nehmen Sie sie zuerst in die Liste auf)</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="245" />
            <source>workshop {workshop} does not exist</source>
            <translation>Den Workshop {workshop} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="460" />
            <source>title: must not be empty</source>
            <translation>Titel: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="462" />
            <source>title: longer than {max} characters</source>
            <translation>Titel: länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="469" />
            <source>end: must be after the start</source>
            <translation>Ende: muss nach dem Beginn liegen</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="471" />
            <source>end: a session cannot last more than 24 hours</source>
            <translation>Ende: Eine Sitzung kann nicht länger als 24 Stunden dauern</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="474" />
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>Kapazität: {capacity} ist keine Personenzahl ab 1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="549" />
            <source>space: belongs to another activation</source>
            <translation>Raum: gehört zu einer anderen Aktivierung</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="577" />
            <source>status: {status} is not one of {statuses}</source>
            <translation>Status: {status} ist keiner von {statuses}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="584" />
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>„{title}“ hat stattgefunden (abgehalten oder Personen am Eingang gezählt), daher kann er nicht abgesagt werden</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="614" />
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>„{title}“ wurde abgehalten oder am Eingang gezählt: Sagen Sie ihn stattdessen ab</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="644" />
            <source>counter: {counter} is not one of {counters}</source>
            <translation>Zähler: {counter} ist keiner von {counters}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="647" />
            <source>a door tap is +1 or −1</source>
            <translation>Ein Tipp am Eingang ist +1 oder −1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="651" />
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>„{title}“ ist abgesagt: Niemand zu zählen</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="654" />
            <source>the headcount is already 0</source>
            <translation>Die Besucherzahl steht schon auf 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="655" />
            <source>the waitlist is already 0</source>
            <translation>Die Warteliste steht schon auf 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="658" />
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>„{title}“ ist voll ({capacity} von {capacity}): Zählen Sie sie auf der Warteliste</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="74" />
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file}: Nichts importiert, 1 Problem:</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="75" />
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file}: Nichts importiert, {count} Probleme:</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="90" />
            <source>no workshops after the header line</source>
            <translation>keine Workshops nach der Kopfzeile</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="151" />
            <location filename="../../../schedule_io.py" line="162" />
            <location filename="../../../schedule_io.py" line="216" />
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="156" />
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} ist kein Raum von {activation} (vorhanden: {known})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="164" />
            <source>longer than {max} characters</source>
            <translation>länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="168" />
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} ist keine Workshop-Art (vorhanden: {kinds})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="174" />
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} ist keine Personenzahl ab 1 (leer lassen für die Kapazität des Raums)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="199" />
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} liegt nicht nach dem Beginn {start} (eine Sitzung über Mitternacht: Tragen Sie den Tag, an dem sie endet, in die Spalte end_date ein)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="203" />
            <source>a session cannot last more than 24 hours</source>
            <translation>Eine Sitzung kann nicht länger als 24 Stunden dauern</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="222" />
            <source>{text} is not a date of the calendar</source>
            <translation>{text} ist kein Kalenderdatum</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="226" />
            <location filename="../../../schedule_io.py" line="238" />
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} ist kein Datum (verwenden Sie 2026-07-04)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="243" />
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} könnte der {day}. {month} oder der {day2}. {month2} sein: Schreiben Sie {date} oder {date2}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="250" />
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} liegt nicht in {activation} ({start} bis {end}); schreiben Sie Daten als JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="260" />
            <source>is empty ({hint})</source>
            <translation>ist leer ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="276" />
            <source>{text} is not a time ({hint})</source>
            <translation>{text} ist keine Uhrzeit ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="310" />
            <source>space {space} is not in {activation}</source>
            <translation>Der Raum {space} gehört nicht zu {activation}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="316" />
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>Keine Workshops in {where} für einen Kalender: Legen Sie zuerst einen an</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="53" />
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path}: quick_check meldet {integrity}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="83" />
            <source>card sheet refused: {problems}</source>
            <translation>Kartenbogen abgelehnt: {problems}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="114" />
            <source>{written}: the log line was not written</source>
            <translation>{written}: Die Protokollzeile wurde nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="41" />
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>Zeit zum Rückgängigmachen: {seconds} liegt nicht zwischen 3 und 600 Sekunden</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="63" />
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>Hub-Adresse: {url} ist keine Webadresse (https://…)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="86" />
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>Therapiesperre: {minutes} liegt nicht zwischen 1 und 120 Minuten</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="128" />
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>Nummer des Hilfetelefons: {number} ist keine Telefonnummer (nur Ziffern, Leerzeichen, + - ( ), z. B. +44 800 123 4567 oder 988)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="133" />
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>Nummer des Hilfetelefons: {number} hat {digits} Ziffern; eine Telefonnummer hat 3 (eine Kurzwahl wie 988) bis 15</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="144" />
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>Nummer des Hilfetelefons: {number} ist keine echte Nummer ({why}): Tragen Sie die Nummer Ihres eigenen Hilfetelefons ein</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="148" />
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>Nummer des Hilfetelefons: {number} sieht wie ein Platzhalter aus (eine wiederholte Ziffer): Tragen Sie die Nummer Ihres eigenen Hilfetelefons ein</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="152" />
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>Nummer des Hilfetelefons: {number} sieht wie ein Platzhalter aus (aufeinanderfolgende Ziffern): Tragen Sie die Nummer Ihres eigenen Hilfetelefons ein</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="160" />
            <source>help line name: longer than {max} characters</source>
            <translation>Name des Hilfetelefons: länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="163" />
            <source>help line name: holds a control character</source>
            <translation>Name des Hilfetelefons: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="193" />
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>Name der Organisation: länger als {max} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="195" />
            <source>nonprofit's name: holds a control character</source>
            <translation>Name der Organisation: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="203" />
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>Logo: {path} ist keine Datei (wählen Sie ein PNG- oder JPEG-Bild oder lassen Sie es leer)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="151" />
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} ist kein Tourstopp mit Datum</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="165" />
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>Tageszeitraum: endet um {window_end}, nicht nach dem Beginn ({window_start})</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="170" />
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>Sitzungsdauer: {minutes} liegt nicht zwischen 10 und 240 Minuten</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="174" />
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>Pause: {minutes} liegt nicht zwischen 0 und 120 Minuten</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="177" />
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>Mittagspause: Geben Sie Beginn und Ende an oder keins von beiden</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="181" />
            <source>lunch break: ends before it starts</source>
            <translation>Mittagspause: endet, bevor sie beginnt</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="183" />
            <source>lunch break: outside the day window</source>
            <translation>Mittagspause: außerhalb des Tageszeitraums</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="188" />
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>Tageszeitraum: In {window_start}–{window_end} passt keine Sitzung von {minutes} Minuten</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="221" />
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>Tageszeitraum: Am {day} passt keine Sitzung von {minutes} Minuten ({window_start}–{window_end}, abzüglich Mittagspause und Zeitumstellung)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="252" />
            <location filename="../../../therapy.py" line="253" />
            <source>cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="260" />
            <source>therapy day {therapy_day} does not exist</source>
            <translation>Den Therapietag {therapy_day} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="285" />
            <source>provider name: must not be empty</source>
            <translation>Name der Fachperson: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="287" />
            <source>mode: {mode} is not one of {modes}</source>
            <translation>Form: {mode} ist keine von {modes}</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="289" />
            <source>cost per session</source>
            <translation>Kosten pro Sitzung</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="291" />
            <source>cost per day</source>
            <translation>Kosten pro Tag</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="293" />
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>Entsperren Sie den Therapiebereich, um den Kontakt der Fachperson zu speichern</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="360" />
            <source>slot {slot} does not exist</source>
            <translation>Den Termin {slot} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="367" />
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>Dieser Termin ist gebucht: Stornieren Sie die Buchung, bevor Sie ihn sperren</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="378" />
            <source>slot: ends before it starts</source>
            <translation>Termin: endet, bevor er beginnt</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="380" />
            <source>slot: longer than 4 hours</source>
            <translation>Termin: länger als 4 Stunden</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="385" />
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>Termin: überschneidet sich mit dem Termin um {time} am selben Tag</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="397" />
            <source>slot: starts and ends at the same time</source>
            <translation>Termin: beginnt und endet zur selben Zeit</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="452" />
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} gebuchte(r) Termin(e) passen nicht in den neuen Plan ({times}): Behalten Sie sie oder stornieren Sie ihre Buchungen</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="501" />
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} ist keine Tour: Das Therapiebudget gehört zu einer Tour</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="503" />
            <source>budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="505" />
            <source>budget: give an amount, e.g. 2400</source>
            <translation>Budget: Geben Sie einen Betrag an, z. B. 2400</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="508" />
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>Währung: {currency} ist kein Code wie USD oder EUR</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="576" />
            <source>person: give a name, initials or an alias</source>
            <translation>Person: Geben Sie einen Namen, Initialen oder ein Pseudonym an</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="578" />
            <source>person: longer than 80 characters</source>
            <translation>Person: länger als 80 Zeichen</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="595" />
            <source>this slot is blocked</source>
            <translation>Dieser Termin ist gesperrt</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="597" />
            <source>this slot is already booked</source>
            <translation>Dieser Termin ist schon gebucht</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="609" />
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>Diese Person hat schon eine Sitzung um {time} ({place}), die sich mit diesem Termin überschneidet</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="619" />
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>Diese Buchung kostet {cost} {currency}; vom Therapiebudget sind nur noch {remaining} {currency} übrig</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="636" />
            <source>booking {booking} does not exist</source>
            <translation>Die Buchung {booking} gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="643" />
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>Status: {status} ist weder booked, attended noch no_show (stornieren mit cancel_booking)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="647" />
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>Diese Buchung wurde storniert: Buchen Sie den Termin stattdessen neu</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="708" />
            <source>this booking is already cancelled</source>
            <translation>Diese Buchung ist schon storniert</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="710" />
            <source>this session took place (attended or no-show): it stays</source>
            <translation>Diese Sitzung hat stattgefunden (erschienen oder nicht erschienen): Sie bleibt</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="726" />
            <source>this person is already on the waitlist for this day</source>
            <translation>Diese Person steht schon auf der Warteliste für diesen Tag</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="741" />
            <location filename="../../../therapy.py" line="763" />
            <source>this person is no longer on the waitlist</source>
            <translation>Diese Person steht nicht mehr auf der Warteliste</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="765" />
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>Dieser Termin liegt an einem anderen Therapietag als die Warteliste</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="768" />
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>Dieser Eintrag der Warteliste hat seinen Namen verloren: Fügen Sie die Person erneut hinzu</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="270" />
            <source>unlock the therapy section to print names</source>
            <translation>Entsperren Sie den Therapiebereich, um Namen zu drucken</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="552" />
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>Entsperren Sie den Therapiebereich, um den Namen in die Einladung zu setzen</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="594" />
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>Entsperren Sie den Therapiebereich, um Namen in den Kalender zu setzen</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="632" />
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>Am Therapietag in {stop} wird kein Termin angeboten: Nichts für einen Kalender</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="93" />
            <source>{field}: stored in an unknown format</source>
            <translation>{field}: in einem unbekannten Format gespeichert</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="97" />
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field}: lässt sich mit diesem Schlüssel nicht entschlüsseln</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="154" />
            <source>the key is already set up: unlock instead</source>
            <translation>Der Schlüssel ist schon eingerichtet: Entsperren Sie stattdessen</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="158" />
            <source>PIN: use at least {minimum} characters</source>
            <translation>PIN: Verwenden Sie mindestens {minimum} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="160" />
            <source>passphrase: use at least {minimum} characters</source>
            <translation>Passphrase: Verwenden Sie mindestens {minimum} Zeichen</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="171" />
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Speichern des Schlüssels verweigert ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="212" />
            <source>wrong PIN: try again in {delay} s</source>
            <translation>Falsche PIN: Versuchen Sie es in {delay} s erneut</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="214" />
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>Falsche Passphrase: Versuchen Sie es in {delay} s erneut</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="227" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>Der Schlüsselbund ({keyring_name}) kann nicht gelesen werden ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="189" />
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>Noch kein Schlüssel: Legen Sie zuerst eine PIN oder Passphrase fest</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="192" />
            <source>too many wrong tries: wait {wait} s</source>
            <translation>Zu viele falsche Versuche: Warten Sie {wait} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="232" />
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>Der Schlüssel dieser Datenbank ist nicht im Schlüsselbund dieses Computers ({name}): Namen können auf diesem Computer nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="240" />
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>Der Schlüssel dieser Datenbank im Schlüsselbund ({name}: Dienst {SERVICE}, Eintrag 'data-key:{db_id}') ist nicht der, den diese App gespeichert hat ({fault}): Stellen Sie diesen Eintrag aus einer Sicherung des Schlüsselbunds wieder her; bis dahin können Namen nicht gelesen werden (nichts wurde geändert)</translation>
        </message>
        <message>
            <location filename="../../../print/drawing.py" line="37" />
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>Der Zeichenprozess hat vor dem Ende aufgehört (dem Computer fehlt vielleicht Speicher): Nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../../print/files.py" line="32" />
            <location filename="../../../print/files.py" line="64" />
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path}: Kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="69" />
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>Die Schrift des Programms fehlt in {folder} ({reason}): Installieren Sie Wellness Desk neu</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="200" />
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field}: Das Zeichen {character} (U+{code}) ist nicht in den Schriften für {what} ({fonts}): Ersetzen Sie es</translation>
        </message>
        <message>
            <location filename="../../../print/page.py" line="50" />
            <source>paper: {paper} is not one of {papers}</source>
            <translation>Papier: {paper} ist keins von {papers}</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="89" />
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>Der Link hat {longest} Bytes: zu lang für jeden QR-Code</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="163" />
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} Bytes passen nicht in einen QR-Code der Version {version}-{level}</translation>
        </message>
        <message>
            <location filename="../../../sync/bodies.py" line="31" />
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>Paketgröße: {batch_size} liegt nicht zwischen 1 und {max} Zellen</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="65" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>Kein sicherer Systemschlüsselbund auf diesem Computer ({keyring_name}): Das Hub-Token hätte keinen sicheren Ort, daher kann sich dieser Laptop nicht verbinden. Richten Sie den Systemschlüsselbund ein (z. B. GNOME Keyring oder KWallet) und versuchen Sie es erneut; der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="145" />
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>Anmeldecode: leer (er sieht so aus: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="148" />
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>Anmeldecode: nur Buchstaben, Ziffern und Bindestriche (wie K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="160" />
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>Noch keine Aktivierung: Legen Sie zuerst das Festival oder die Tour an; der Hub bekommt die Zahlen einer Aktivierung</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="191" />
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} antwortete {answer} ({reason}): Prüfen Sie die Adresse; der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="201" />
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>Keine Verbindung zu {hub_url}: {words} (derselbe Code funktioniert beim nächsten Versuch)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="211" />
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>Der Hub hat den Code abgelehnt: {reason} (bitten Sie die Koordination um einen neuen)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="214" />
            <source>the hub is busy: try again in a minute</source>
            <translation>Der Hub ist ausgelastet: Versuchen Sie es in einer Minute erneut</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="216" />
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>Der Hub unter {hub_url} hat ein Problem (HTTP {status}): Versuchen Sie es später erneut</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="220" />
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>Der Hub hat die Form des Codes nicht angenommen (er sieht so aus: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="222" />
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} antwortet nicht wie ein Wellness-Hub (HTTP {status}): Prüfen Sie die Adresse</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="41" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>Der Schlüsselbund ({keyring_name}) kann nicht gelesen werden ({error_type}): Ist er gesperrt? Der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="49" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Speichern des Hub-Tokens verweigert ({error_type}): Es wurde nichts gesendet, und der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="64" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Speichern des Hub-Tokens verweigert ({error_type}): Es wurde nichts gespeichert; versuchen Sie es mit demselben Code erneut</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="85" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>Kein sicherer Systemschlüsselbund auf diesem Computer ({keyring_name}): Das Hub-Token kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="88" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>Der Schlüsselbund ({keyring_name}) kann nicht gelesen werden ({error_type}): Ist er gesperrt?</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="92" />
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>Das Hub-Token dieses Laptops ist nicht im Schlüsselbund: Verbinden Sie ihn auf der Seite Synchronisieren neu</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="98" />
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>Das Hub-Token im Schlüsselbund ({entry}) ist nicht das, das diese App gespeichert hat ({fault}): Verbinden Sie diesen Laptop auf der Seite Synchronisieren mit einem neuen Code der Koordination neu (das speichert ein neues Token)</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="121" />
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>weiterhin verbunden, und das Token ist noch da ({entry}); entsperren Sie den Schlüsselbund und versuchen Sie es erneut</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="126" />
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>Der Schlüsselbund ist nicht erreichbar ({keyring_name}), daher wurde das Hub-Token nicht entfernt: {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="138" />
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>Der Schlüsselbund ({keyring_name}) konnte das Hub-Token nicht entfernen ({error_type}): {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="150" />
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Hub-Token behalten, obwohl es entfernt werden sollte: {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/push.py" line="305" />
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>Das Paket {batch} wurde bei einer früheren Verbindung zum Hub abgelehnt; die jetzige Verbindung sendet diese Zahlen neu, daher ist kein neuer Versuch nötig</translation>
        </message>
        <message>
            <location filename="../../../sync/quarantine.py" line="57" />
            <source>there is no refused batch {batch}</source>
            <translation>Es gibt kein abgelehntes Paket {batch}</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="18" />
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>Hub-Adresse: leer (geben Sie sie als https://hub.example.org an)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="20" />
            <source>hub address: {text} has a space in it</source>
            <translation>Hub-Adresse: {text} enthält ein Leerzeichen</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="25" />
            <source>hub address: {text} is not a web address</source>
            <translation>Hub-Adresse: {text} ist keine Webadresse</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="28" />
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>Hub-Adresse: {text} ist keine Webadresse (sie beginnt mit https:// oder http://)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="33" />
            <source>hub address: leave the user name and password out of it</source>
            <translation>Hub-Adresse: Lassen Sie Benutzername und Passwort weg</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="35" />
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>Hub-Adresse: {text} hat einen '?'- oder '#'-Teil: Geben Sie die Adresse des Hubs an</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="39" />
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>Hub-Adresse: Verwenden Sie https:// für einen Hub im Internet ({text}): Das Token ginge unverschlüsselt durchs Netz</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="156" />
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country}: Geben Sie einen ISO-3166-1-Code aus zwei Buchstaben an, z. B. FR</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="160" />
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind}: einer von {kinds}</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="229" />
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>Nicht mit einem Hub verbunden: Verbinden Sie sich zuerst (wellness-desk sync --hub URL --enroll CODE); das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="123" />
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>Das Verzeichnispaket wurde abgelehnt, nichts wurde geändert: 1 Problem:</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="125" />
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>Das Verzeichnispaket wurde abgelehnt, nichts wurde geändert: {count} Probleme:</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="129" />
            <source>… and {rest} more</source>
            <translation>… und {rest} weitere</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="248" />
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} ist kein Datum (JJJJ-MM-TT, z. B. 2025-03-31)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="256" />
            <source>{value} is not one of: {listed}</source>
            <translation>{value} ist keiner der Werte: {listed}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="261" />
            <source>{value} is not true or false</source>
            <translation>{value} ist weder true noch false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="265" />
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} ist keine Uhrzeit (HH:MM, 00:00 bis 23:59)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="267" />
            <source>{value} is not a UUID</source>
            <translation>{value} ist keine UUID</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="271" />
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} ist keine Webadresse (http:// oder https://)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="274" />
            <source>{value} is not an email address</source>
            <translation>{value} ist keine E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="338" />
            <source>there is no file or folder {path}</source>
            <translation>Es gibt keine Datei und keinen Ordner {path}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="341" />
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>ist kein Verzeichnispaket: Geben Sie einen Ordner mit datapackage.json und einer CSV-Datei pro Tabelle an, oder die HSDS-JSON-Form (.json)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="378" />
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>ist kein UTF-8-Text (Byte {byte})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="381" />
            <location filename="../../../resources/package.py" line="419" />
            <source>is not JSON: {reason} (column {column})</source>
            <translation>ist kein JSON: {reason} (Spalte {column})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="384" />
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>ist nicht die HSDS-JSON-Form: Ihre Objekte sind tausendfach verschachtelt</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="387" />
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>ist nicht die HSDS-JSON-Form (ein Objekt mit services)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="396" />
            <source>is a folder, not a file</source>
            <translation>ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="400" />
            <location filename="../../../resources/package.py" line="535" />
            <source>cannot be read ({reason})</source>
            <translation>kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="408" />
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} ist kein Verzeichnispaket: Es hat keine datapackage.json (ein Paket ist ein Ordner mit CSV-Tabellen, die datapackage.json beschreibt, oder eine einzelne .json-Datei)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="415" />
            <source>is not UTF-8 text</source>
            <translation>ist kein UTF-8-Text</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="423" />
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>ist keine Beschreibung eines Datenpakets (ein JSON-Objekt)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="448" />
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>ist {version}: Diese App liest HSDS-{hsds}-Pakete</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="450" />
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>fehlt (diese App liest HSDS-3.0-Pakete)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="454" />
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>ist {profile}, ein anderes Profil als das dieser App ({ours})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="461" />
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>fehlt: Datum und Uhrzeit, zu denen die kuratierende Person diese Ausgabe erstellt hat (UTC)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="467" />
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} ist kein Datum mit Uhrzeit (z. B. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="471" />
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} hat keine Zeitzone: Hängen Sie Z für UTC an</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="478" />
            <location filename="../../../resources/package.py" line="804" />
            <source>is not text</source>
            <translation>ist kein Text</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="488" />
            <source>is missing: a data package lists its tables in resources</source>
            <translation>fehlt: Ein Datenpaket listet seine Tabellen in resources auf</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="495" />
            <source>is not a table description</source>
            <translation>ist keine Tabellenbeschreibung</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="500" />
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} ist keine Tabelle, die diese App liest ({tables})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="505" />
            <source>the table {name} is listed twice</source>
            <translation>Die Tabelle {name} ist zweimal aufgeführt</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="512" />
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} ist keine CSV-Datei im Paketordner (z. B. {example})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="519" />
            <source>lists no {table} table: a directory needs one</source>
            <translation>führt keine Tabelle {table} auf: Ein Verzeichnis braucht eine</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="527" />
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>fehlt: datapackage.json führt sie als Tabelle {table} auf</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="532" />
            <source>is a folder, not a CSV file</source>
            <translation>ist ein Ordner, keine CSV-Datei</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="550" />
            <source>the header line cannot be read ({reason})</source>
            <translation>Die Kopfzeile kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="554" />
            <source>is empty: the first line names the columns</source>
            <translation>ist leer: Die erste Zeile nennt die Spalten</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="561" />
            <source>this column is named twice</source>
            <translation>Diese Spalte ist doppelt benannt</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="566" />
            <source>unknown column: the {table} table has {known}</source>
            <translation>unbekannte Spalte: Die Tabelle {table} hat {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="571" />
            <source>this required column is missing</source>
            <translation>Diese Pflichtspalte fehlt</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="595" />
            <source>has {fields} fields where the header has {width}</source>
            <translation>hat {fields} Felder, die Kopfzeile aber {width}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="652" />
            <source>frictionless could not read it: {note}</source>
            <translation>frictionless konnte es nicht lesen: {note}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="679" />
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>unbekanntes Feld: Die HSDS-JSON-Form hat {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="685" />
            <source>is not a list</source>
            <translation>ist keine Liste</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="692" />
            <source>is not an object</source>
            <translation>ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="719" />
            <source>unknown field: a {table} has {known}</source>
            <translation>unbekanntes Feld: Ein Datensatz {table} hat {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="742" />
            <source>is not an organization object with an id</source>
            <translation>ist kein organization-Objekt mit einer id</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="768" />
            <source>differs from the term {term} given at {given_at}</source>
            <translation>weicht vom Begriff {term} ab, der bei {given_at} angegeben ist</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="772" />
            <source>is not a taxonomy term object</source>
            <translation>ist kein Taxonomiebegriff-Objekt</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="804" />
            <source>is not true or false</source>
            <translation>ist weder true noch false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="814" />
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>ist {value}, aber der Datensatz, in dem es verschachtelt ist, ist {given}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="854" />
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} ist keine Telefonnummer (nur Ziffern, Leerzeichen, + - ( ) ., z. B. +44 800 123 4567 oder 988)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="952" />
            <source>is empty: it is required</source>
            <translation>ist leer: Das Feld ist Pflicht</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="983" />
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} wird in {table} zweimal verwendet (zuerst in Zeile {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="985" />
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} wird in {table} zweimal verwendet (zuerst bei {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="995" />
            <source>no organization has the id {key}</source>
            <translation>Keine Organisation hat die id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="997" />
            <source>no service has the id {key}</source>
            <translation>Kein Angebot hat die id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="999" />
            <source>no phone has the id {key}</source>
            <translation>Kein Telefon hat die id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1001" />
            <source>no taxonomy term has the id {key}</source>
            <translation>Kein Taxonomiebegriff hat die id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1002" />
            <source>no {table} has the id {key}</source>
            <translation>Kein Datensatz {table} hat die id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1009" />
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} ist keine Liste von Wochentagen ({weekdays}, durch Kommas getrennt, z. B. MO,TU,WE)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1012" />
            <source>{value} names a weekday twice</source>
            <translation>{value} nennt einen Wochentag zweimal</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1029" />
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} ist keine IANA-Zeitzone (z. B. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1035" />
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} ist kein ISO-3166-1-Ländercode (zwei Großbuchstaben, z. B. FR)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1039" />
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} ist kein ISO-639-Sprachcode (z. B. en, fr oder ein 639-3-Code)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1042" />
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} ist keine Sprache, in die Namen übersetzt werden ({languages})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1071" />
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>Das Telefon {phone} gehört zum Angebot {service}, nicht zu {other}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1075" />
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>ist {zone}, aber die Zeitzone des Angebots ist {service_zone}: Dieses Profil führt die Zeiten eines Angebots in dessen eigener Zeitzone</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1083" />
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>Eine Sprache gehört zu einem Angebot oder zu einem Telefon: Geben Sie genau eines von service_id und phone_id an</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1089" />
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} ist keine ISO-3166-2-Untergliederung von {country} (z. B. {country}-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1091" />
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} ist keine ISO-3166-2-Untergliederung seines Landes (z. B. US-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1099" />
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>ist {taxonomy}: Die Arten eines Angebots sind Begriffe der Taxonomie {ours}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1103" />
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} ist keine Art ({kinds})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1133" />
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>Das Feld {field} von {table} {record} in {language} ist zweimal angegeben (zuerst in Zeile {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1136" />
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>Das Feld {field} von {table} {record} in {language} ist zweimal angegeben (zuerst bei {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1149" />
            <source>a phone has no name to translate, only its description</source>
            <translation>Ein Telefon hat keinen Namen zum Übersetzen, nur seine Beschreibung</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1155" />
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>Das Telefon {phone} ist immer erreichbar: Es hat keine Zeiten</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1163" />
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>Diese Zeiten gelten für das Angebot als Ganzes, aber es hat kein Telefon: Dieses Profil führt Zeiten pro Kontaktweg</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1171" />
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>Kein anderes Angebot ist im Paar {group}: Gepaarte Angebote werden zusammen angezeigt, daher braucht ein Paar zwei oder mehr</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1175" />
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>Dieses aktive Angebot hat weder Telefon noch Webadresse noch E-Mail: Niemand könnte es erreichen</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1185" />
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>geprüft am {day}, nach der Veröffentlichung des Verzeichnisses ({edition}): Eine Prüfung kann nicht in der Zukunft liegen</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1540" />
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder}: Die Festplatte ist voll; das Paket wurde nicht geschrieben (der Ordner ist unverändert). Schaffen Sie Platz und exportieren Sie erneut.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1543" />
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder}: In diesen Ordner kann nicht geschrieben werden; wählen Sie einen anderen für das Paket.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1546" />
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder}: ist eine Datei, kein Ordner; wählen Sie einen Ordner für das Paket.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1548" />
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder}: Das Paket konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="28" />
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>keine Quelle und kein Prüfdatum im Verzeichnis, daher wird es nie gedruckt: Prüfen Sie es und aktualisieren Sie das Verzeichnis</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="35" />
            <source>the number is empty</source>
            <translation>Die Nummer ist leer</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="37" />
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>zuletzt geprüft am {day}, vor mehr als {months} Monaten: Prüfen Sie es erneut, oder drucken Sie veraltete Nummern mit dem Hinweis „nicht erneut geprüft seit“</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="46" />
            <source>the service is inactive: a closed line is not printed</source>
            <translation>Das Angebot ist inaktiv: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="48" />
            <source>the service is defunct: a closed line is not printed</source>
            <translation>Das Angebot gibt es nicht mehr: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="50" />
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>Das Angebot ist vorübergehend geschlossen: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="51" />
            <source>the service is {status}: a closed line is not printed</source>
            <translation>Das Angebot hat den Status {status}: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <location filename="../../../resources/reports.py" line="30" />
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field}: {text} ist keine Verzeichnis-id (eine UUID)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="43" />
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>Das Verzeichnis vom Hub ist nicht von einer kuratierenden Person signiert, der dieser Laptop vertraut: Es wurde abgelehnt, das bisherige bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="85" />
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>Die Schlüsseldatei ist kein unverschlüsselter privater Ed25519-Schlüssel im PEM-Format (erstellen Sie einen mit: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="89" />
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>Die Schlüsseldatei enthält einen privaten Schlüssel, aber keinen Ed25519-Schlüssel (erstellen Sie einen mit: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="103" />
            <source>a curator key is base64 text (44 characters)</source>
            <translation>Ein Kuratorschlüssel ist Base64-Text (44 Zeichen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="106" />
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>Ein Kuratorschlüssel ist das Base64 von 32 Bytes (44 Zeichen, wie `wellness-hub resources keygen` ihn ausgibt)</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="217" />
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>Die Verzeichnisdatei konnte nicht gelesen werden (beschädigt); sie wurde als {aside} beiseitegelegt und durch das mit der App gelieferte Verzeichnis ersetzt (ein Abruf vom Hub holt dessen neuere Ausgabe zurück).</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="232" />
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: Diese SQLite-Datei ist kein Hilfeverzeichnis von Wellness Desk. Sie wurde nicht angerührt; verschieben Sie sie oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="237" />
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: wurde von einem neueren Wellness Desk geschrieben (Verzeichnisschema {version}). Sie wurde nicht angerührt; installieren Sie die neuere Version, um sie zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="573" />
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path}: Es ist noch kein Hilfeverzeichnis installiert.</translation>
        </message>
    </context>
</TS>
