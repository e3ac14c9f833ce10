<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name />
        <message>
            <source>activation name: must not be empty</source>
            <translation>Name der Aktivierung: darf nicht leer sein</translation>
        </message>
        <message>
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>Art der Aktivierung: {kind} ist keiner von {kinds}</translation>
        </message>
        <message>
            <source>activation dates: end {end} is before start {start}</source>
            <translation>Daten der Aktivierung: das Ende {end} liegt vor dem Beginn {start}</translation>
        </message>
        <message>
            <source>activation name: {name} already exists</source>
            <translation>Name der Aktivierung: {name} gibt es schon</translation>
        </message>
        <message>
            <source>activation {activation} does not exist</source>
            <translation>Die Aktivierung {activation} gibt es nicht</translation>
        </message>
        <message>
            <source>location name: must not be empty</source>
            <translation>Name des Orts: darf nicht leer sein</translation>
        </message>
        <message>
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>Art des Orts: {kind} ist keine von {location_kinds}</translation>
        </message>
        <message>
            <source>location name: {name} already exists in {activation}</source>
            <translation>Name des Orts: {name} gibt es in {activation} schon</translation>
        </message>
        <message>
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} ist ein Festival: Tourstopps gehören zu Touren</translation>
        </message>
        <message>
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>Datum des Stopps: {date} liegt außerhalb von {activation} ({start_date} bis {end_date})</translation>
        </message>
        <message>
            <source>city: must not be empty</source>
            <translation>Stadt: darf nicht leer sein</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop</source>
            <translation>{stop} ist kein Tourstopp</translation>
        </message>
        <message>
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop}: Der Therapietag hat Buchungen, daher bleiben Datum und Zeitzone (stornieren Sie zuerst die Buchungen oder legen Sie einen neuen Stopp an)</translation>
        </message>
        <message>
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop}: Dort sind Workshops geplant, daher bleiben Datum und Zeitzone (verschieben Sie zuerst die Workshops)</translation>
        </message>
        <message>
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} hat einen Therapietag mit {count} Buchung(en): Er bleibt. Ändern Sie stattdessen den Stopp oder behalten Sie ihn.</translation>
        </message>
        <message>
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} hat einen Therapietag: Er bleibt. Ändern Sie stattdessen den Stopp oder behalten Sie ihn.</translation>
        </message>
        <message>
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} hat Workshops: Er bleibt.</translation>
        </message>
        <message>
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} hat erfasste Sets: Er bleibt.</translation>
        </message>
        <message>
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>Kapazität des Raums: {capacity} ist keine Personenzahl ab 1</translation>
        </message>
        <message>
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>Umbaupuffer: {minutes} liegt nicht zwischen 0 und 1440 Minuten</translation>
        </message>
        <message>
            <source>location {location} does not exist</source>
            <translation>Den Ort {location} gibt es nicht</translation>
        </message>
        <message>
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>Diese Aktivierung hat noch keinen Ort: Legen Sie ein Zelt oder einen Backstage-Raum an</translation>
        </message>
        <message>
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>Der Ort {name} gehört nicht zu dieser Aktivierung (vorhanden: {known})</translation>
        </message>
        <message>
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path}: Hier gibt es noch keine Datenbank, also nichts zu sichern.</translation>
        </message>
        <message>
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target}: Eine Datei mit diesem Namen gibt es schon (sie bleibt unverändert): Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target}: Das ist die Datenbank selbst: Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin}: Das ist keine Wellness-Desk-Datenbank; es wurde keine Sicherung erstellt.</translation>
        </message>
        <message>
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path}: Dort ist keine Datei (oder es ist ein Ordner): Wählen Sie eine Sicherungsdatei.</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path}: Die Datei kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path}: Das ist keine Wellness-Desk-Datenbank (keine SQLite-Datei); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path}: Diese Datei besteht die Integritätsprüfung nicht (SQLite: {why}), sie ist also beschädigt; nichts wurde geändert. Wählen Sie eine andere Sicherung.</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path}: Das ist keine Wellness-Desk-Datenbank (eine SQLite-Datei eines anderen Programms); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path}: Wurde von einer neueren Wellness-Desk-Version geschrieben (Schema {schema}); nichts wurde geändert. Installieren Sie die neuere Version, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source}: Das ist die Datenbank selbst, keine Sicherung davon.</translation>
        </message>
        <message>
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>Wellness Desk ist mit diesem Datenordner geöffnet ({folder}, {who}): Schließen Sie es zuerst oder stellen Sie dort unter Einstellungen → Sicherungen wieder her. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder}: Der Ordner ist schreibgeschützt, daher konnte dort keine Sicherung geschrieben werden (nichts wurde geändert). Heben Sie den Schreibschutz auf oder wählen Sie einen Ordner auf einem beschreibbaren Laufwerk.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder}: Das Laufwerk ist voll ({free} frei): Nichts wurde geschrieben oder geändert. Dort werden etwa {needed} freier Platz gebraucht; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder}: Das Laufwerk konnte die Kopie nicht schreiben ({reason}); nichts wurde geändert. Prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source}: Die Datei ist verschwunden; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source}: Die Datenbank kann nicht kopiert werden ({reason}); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file}: Nichts gedruckt, 1 Problem:</translation>
        </message>
        <message>
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file}: Nichts gedruckt, {count} Probleme:</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>no locations after the header line</source>
            <translation>keine Orte nach der Kopfzeile</translation>
        </message>
        <message>
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} Zeile {line}, Feld scan_distance: {distance} sind keine Meter zwischen 0,1 und 50</translation>
        </message>
        <message>
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>Exemplare: {copies} ist keine Zahl von 1 bis {max}</translation>
        </message>
        <message>
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} Zeile {line}, Feld {problem}</translation>
        </message>
        <message>
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>Logo: {logo} ist kein Bild, das reportlab lesen kann ({reason})</translation>
        </message>
        <message>
            <source>refused to print:</source>
            <translation>Druck abgelehnt:</translation>
        </message>
        <message>
            <source>- {problem}</source>
            <translation>- {problem}</translation>
        </message>
        <message>
            <source>language: {language} is not one of {languages}</source>
            <translation>Sprache: {language} ist keine von {languages}</translation>
        </message>
        <message>
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path}: Kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path}: Kein gültiges JSON ({reason})</translation>
        </message>
        <message>
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path}: Muss ein Objekt mit {text_fields} enthalten</translation>
        </message>
        <message>
            <source>{path}: field {name} must be text</source>
            <translation>{path}: Das Feld {name} muss Text sein</translation>
        </message>
        <message>
            <source>{path}: field headline is empty</source>
            <translation>{path}: Das Feld headline ist leer</translation>
        </message>
        <message>
            <source>template: {template} is not one of {templates}</source>
            <translation>Vorlage: {template} ist keine von {templates}</translation>
        </message>
        <message>
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>Papier: {template} wird auf {papers} gedruckt, nicht auf {paper}</translation>
        </message>
        <message>
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>Kennung: ist leer (sie sagt dem Hub, welche Aushänge gescannt wurden)</translation>
        </message>
        <message>
            <source>tag: longer than {max} characters</source>
            <translation>Kennung: länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>tag: holds a control character</source>
            <translation>Kennung: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>Scanabstand: {distance} m liegt nicht zwischen 0,1 und 50 Metern</translation>
        </message>
        <message>
            <source>first code: {first} is not a number from 1</source>
            <translation>Erster Code: {first} ist keine Zahl ab 1</translation>
        </message>
        <message>
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>Angebot: Die Vorlage {short_title} hat keinen Platz für die Nummer eines Angebots: Wählen Sie die Angebotskarte</translation>
        </message>
        <message>
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>Angebot: keine Nummer: Wählen Sie eine unter Ressourcen (Karte dafür drucken)</translation>
        </message>
        <message>
            <source>resource number: {reason}</source>
            <translation>Nummer des Angebots: {reason}</translation>
        </message>
        <message>
            <source>{label}: longer than {max} characters</source>
            <translation>{label}: länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>{label}: holds a control character</source>
            <translation>{label}: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Datei → Einstellungen → Hilfetelefon)</translation>
        </message>
        <message>
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>Hilfetelefon: Es ist keine Nummer festgelegt, und die Einstellungen verlangen, Karten und Aushänge ohne Nummer abzulehnen: Legen Sie sie unter Datei → Einstellungen → Hilfetelefon fest</translation>
        </message>
        <message>
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>Hub-Adresse: {hub} ist keine Webadresse (https://…)</translation>
        </message>
        <message>
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>Link: {length} Bytes, mehr als ein gedruckter Code fassen sollte ({max})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>the resource</source>
            <translation>das Angebot</translation>
        </message>
        <message>
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}): passt selbst bei {smallest} pt nicht auf die Vorlage {short_title} ({length} Zeichen in einem Feld von {w}×{h} mm): Kürzen Sie es</translation>
        </message>
        <message>
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind}: passt selbst bei {smallest} pt nicht auf die Vorlage {short_title} ({length} Zeichen in einem Feld von {w}×{h} mm): Kürzen Sie es</translation>
        </message>
        <message>
            <source>logo: {logo} is not a readable file</source>
            <translation>Logo: {logo} ist keine lesbare Datei</translation>
        </message>
        <message>
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>Ruhezone: {quiet} Module Leerraum um den QR-Code, Scanner brauchen {minimum}</translation>
        </message>
        <message>
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>Die QR-Module sind {size} mm groß (Version {version}, Stufe {level}, für einen Link mit {length} Zeichen): Erst ab {minimum} mm wird zuverlässig gedruckt; verwenden Sie eine kürzere Kennung oder Hub-Adresse</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>Scanabstand: Der QR-Code ist {code_cm} cm groß, zu klein für einen Aushang: Verwenden Sie eine kürzere Kennung oder Hub-Adresse</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>Scanabstand: Der QR-Code ist {code_cm} cm groß und lässt sich aus etwa {supports} m scannen, nicht aus den gewünschten {distance} m: Stellen Sie den Scanabstand auf {supports} m oder weniger</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>Scanabstand: Der QR-Code ist {code_cm} cm groß und lässt sich aus etwa {supports} m scannen, nicht aus den gewünschten {distance} m: Drucken Sie auf {paper} oder stellen Sie den Scanabstand auf {supports} m oder weniger</translation>
        </message>
        <message>
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>Kennung {tag}: Ein anderer Auftrag hat inzwischen die Codes ab c={first} gedruckt; nichts wurde gespeichert: Drucken Sie erneut, um neue Nummern zu bekommen</translation>
        </message>
        <message>
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>Noch keine Aktivierung: Legen Sie eine in der App an oder starten Sie 'wellness-desk demo'</translation>
        </message>
        <message>
            <source>nothing to undo at {location}</source>
            <translation>Bei {location} gibt es nichts rückgängig zu machen</translation>
        </message>
        <message>
            <source>--personal goes with --csv DIR</source>
            <translation>--personal gehört zu --csv ORDNER</translation>
        </message>
        <message>
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper ist für --program-pdf, nicht für --ics</translation>
        </message>
        <message>
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option}: {text} ist kein Datum wie 2026-07-03</translation>
        </message>
        <message>
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space und --paper sind für das Programm, nicht für --csv (der CSV-Export enthält alle Aktivierungen)</translation>
        </message>
        <message>
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations nimmt Vorlage und Kennung aus der CSV: Lassen Sie --template und --tag weg</translation>
        </message>
        <message>
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>--template und --tag werden gebraucht (oder --locations DATEI.csv)</translation>
        </message>
        <message>
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll und --activation gehören zu --hub URL</translation>
        </message>
        <message>
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size gehört zu --once oder --preview</translation>
        </message>
        <message>
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout: {timeout} liegt nicht zwischen 0 und 300 Sekunden</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>Nicht mit einem Hub verbunden: Verbinden Sie zuerst mit 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub braucht --enroll CODE (den Einmalcode von der Koordination des Hubs)</translation>
        </message>
        <message>
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>Die Aktivierung {activation} gibt es nicht (Aktivierungen: {known})</translation>
        </message>
        <message>
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} ist ein Festival: Therapietage gibt es auf Touren (wählen Sie die Tour in der App)</translation>
        </message>
        <message>
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} hat noch keine Tourstopps: Legen Sie sie in der App an</translation>
        </message>
        <message>
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>Stopp {wanted}: {count} Stopps in {city} ({names}): Geben Sie den vollen Namen des Stopps an</translation>
        </message>
        <message>
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>{wanted} ist kein Stopp von {tour_name} (Stopps: {known})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>Noch kein Schlüssel: Legen Sie zuerst im Bereich Therapie der App eine PIN oder Passphrase fest</translation>
        </message>
        <message>
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option}: kein {what} angegeben (geben Sie es bei der Abfrage ein oder übergeben Sie es als eine Zeile auf der Standardeingabe)</translation>
        </message>
        <message>
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>Die Zeitzone {name} ist keine bekannte IANA-Zone (z. B. Europe/London)</translation>
        </message>
        <message>
            <source>a hand-out</source>
            <translation>eine Ausgabe</translation>
        </message>
        <message>
            <source>an undo</source>
            <translation>ein Rückgängigmachen</translation>
        </message>
        <message>
            <source>a door count</source>
            <translation>eine Zählung an der Tür</translation>
        </message>
        <message>
            <source>a booking</source>
            <translation>eine Buchung</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} ahead of the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>Die Uhr dieses Laptops geht {span} gegenüber der des Hubs vor: Stellen Sie sie richtig (Erfasstes bleibt erhalten und wird so gezählt)</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} behind the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>Die Uhr dieses Laptops geht {span} gegenüber der des Hubs nach: Stellen Sie sie richtig (Erfasstes bleibt erhalten und wird so gezählt)</translation>
        </message>
        <message>
            <source>This laptop's clock reads {now}, {span} before the last action recorded here ({action} at {then}): it may be set wrong. Set it right; what you record meanwhile is kept and counted.</source>
            <translation>Die Uhr dieses Laptops zeigt {now}, {span} vor der letzten hier erfassten Aktion ({action} um {then}): Sie ist vielleicht falsch gestellt. Stellen Sie sie richtig; was Sie bis dahin erfassen, bleibt erhalten und wird gezählt.</translation>
        </message>
        <message>
            <source>1 day {hours} h</source>
            <translation>1 Tag {hours} Std.</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <source>{days} days {hours} h</source>
            <translation>{days} Tage {hours} Std.</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} Tage</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation>ist kein UTF-8-Text (speichern Sie die Tabelle als „CSV UTF-8“)</translation>
        </message>
        <message>
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>Hier öffnet ein Anführungszeichen, das nie geschlossen wird (der Rest der Datei wäre dieses eine Feld)</translation>
        </message>
        <message>
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} Zeile {line}, Feld {field}: {problem}</translation>
        </message>
        <message>
            <source>{file} line {line}: {problem}</source>
            <translation>{file} Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, Feld {field}: {problem}</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>Die Datei ist leer (die erste Zeile nennt die Spalten: {known})</translation>
        </message>
        <message>
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} Felder, aber die Kopfzeile hat {width} (ein Trennzeichen in einem Feld braucht Anführungszeichen)</translation>
        </message>
        <message>
            <source>the first line must name the columns: {known}</source>
            <translation>Die erste Zeile muss die Spalten nennen: {known}</translation>
        </message>
        <message>
            <source>column {number} has no name</source>
            <translation>Spalte {number} hat keinen Namen</translation>
        </message>
        <message>
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>Unbekannte Spalte {column} (die Spalten sind: {known})</translation>
        </message>
        <message>
            <source>column {key} appears twice</source>
            <translation>Spalte {key} kommt zweimal vor</translation>
        </message>
        <message>
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>Fehlende Spalten: {missing} (gebraucht: {needed})</translation>
        </message>
        <message>
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>Fehlende Spalte: {missing} (gebraucht: {needed})</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({reason})</source>
            <translation>kann nicht als CSV gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path}: Das ist ein Ordner, keine Datenbankdatei.</translation>
        </message>
        <message>
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path}: Die Datenbankdatei kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: Das ist keine Wellness-Desk-Datenbank (keine SQLite-Datei). Sie bleibt unverändert; verschieben Sie sie oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path}: Das Laufwerk konnte die Datenbankdatei nicht lesen oder schreiben ({name}); nichts wurde gespeichert. Lassen Sie die Datei, wie sie ist, prüfen Sie das Laufwerk (wurde es abgezogen?) und starten Sie neu.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path}: Die Datenbankdatei kann nicht geöffnet werden ({name}). Sie bleibt unverändert; prüfen Sie, ob die Datei und ihr Ordner da und lesbar sind.</translation>
        </message>
        <message>
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path}: SQLite darf nicht in die Datenbankdatei schreiben ({name}); nichts wurde gespeichert. Prüfen Sie, ob die Datei noch in ihrem Ordner liegt und beschreibbar ist, und starten Sie dann neu.</translation>
        </message>
        <message>
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path}: Die Datenbank ist belegt (ein anderes Programm schreibt gerade): Diese Aktion wurde NICHT gespeichert. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path}: Die Datenbankdatei ist beschädigt (SQLite meldet {name}); nichts wurde gespeichert, und sie wird ab jetzt nicht mehr verändert. Lassen Sie die Datei, wie sie ist (kopieren Sie sie an einen sicheren Ort), und spielen Sie dann eine Sicherung von vor dem Schaden zurück oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder}: Das Laufwerk mit dem Datenordner ist schreibgeschützt geworden (das System macht das bei einem fehlerhaften Laufwerk): Diese Aktion wurde NICHT gespeichert, und nichts kann gespeichert werden, bis es wieder beschreibbar ist. Lassen Sie die Dateien, wie sie sind, prüfen Sie das Laufwerk und starten Sie neu, oder kopieren Sie den Ordner auf ein funktionierendes Laufwerk und wählen Sie ihn mit --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder}: Das Laufwerk ist voll ({free} frei): Nichts wurde gespeichert. Wellness Desk braucht dort mindestens {needed} freien Platz; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path}: Der Ordner dafür kann nicht angelegt werden ({reason}).</translation>
        </message>
        <message>
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder}: Der Datenordner ist schreibgeschützt, daher kann Wellness Desk dort nichts speichern (nichts wurde geändert). Heben Sie den Schreibschutz des Ordners auf (oder kopieren Sie ihn auf ein beschreibbares Laufwerk) oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path}: Die Datenbankdatei ist schreibgeschützt, daher kann Wellness Desk nichts darin speichern (nichts wurde geändert). Heben Sie den Schreibschutz der Datei auf oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path}: Die Datenbankdatei kann nicht geöffnet werden ({reason}).</translation>
        </message>
        <message>
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path}: Die Datenbank kann nicht aktualisiert werden ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path}: Diese SQLite-Datei gehört zu einem anderen Programm, nicht zu Wellness Desk. Sie bleibt unverändert; wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: Wurde von einer neueren Wellness-Desk-Version geschrieben (Schema {schema}). Sie bleibt unverändert; installieren Sie die neuere Version, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>Die Datenbank enthält schon Aktivierungen: Die Demo füllt nur eine leere (verwenden Sie --data-dir mit einem neuen Ordner)</translation>
        </message>
        <message>
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>Es gibt keinen Export namens {unknown} (Exporte: {exports})</translation>
        </message>
        <message>
            <source>choose at least one export</source>
            <translation>Wählen Sie mindestens einen Export</translation>
        </message>
        <message>
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>Persönliche Daten: Entsperren Sie den Bereich Therapie (PIN oder Passphrase), um sie einzuschließen</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder}: Das ist eine Datei, kein Ordner; wählen Sie einen Ordner für den Export</translation>
        </message>
        <message>
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder}: Dieser Ordner enthält andere Dateien; wählen Sie einen leeren oder neuen Ordner (ein Export ist ein eigener Ordner, der beim nächsten Mal ganz ersetzt wird)</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder}: In diesen Ordner kann nicht geschrieben werden, daher wurde der Export nicht geschrieben (nichts wurde geändert). Wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder}: Das Laufwerk ist voll, daher wurde der Export nicht geschrieben (nichts wurde geändert). Er braucht dort mehr als {size} freien Platz: Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk.</translation>
        </message>
        <message>
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder}: Der Export konnte nicht geschrieben werden ({reason}); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>kit name: must not be empty</source>
            <translation>Name des Sets: darf nicht leer sein</translation>
        </message>
        <message>
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>Name des Sets: {name} ist länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>Farbe des Sets: {colour} ist keine Farbe wie #1A2B3C</translation>
        </message>
        <message>
            <source>{what}: {count} is not a whole number</source>
            <translation>{what}: {count} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what}: {count} liegt nicht zwischen {low} und {max}</translation>
        </message>
        <message>
            <source>kit name: {name} already exists</source>
            <translation>Name des Sets: {name} gibt es schon</translation>
        </message>
        <message>
            <source>low-stock threshold</source>
            <translation>Schwelle für niedrigen Bestand</translation>
        </message>
        <message>
            <source>kit type {kit_type} does not exist</source>
            <translation>Den Set-Typ {kit_type} gibt es nicht</translation>
        </message>
        <message>
            <source>kit {name} does not exist (known: {known})</source>
            <translation>Das Set {name} gibt es nicht (vorhanden: {known})</translation>
        </message>
        <message>
            <source>action {action} does not exist</source>
            <translation>Die Aktion {action} gibt es nicht</translation>
        </message>
        <message>
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>Das Set {kit} ist ausgemustert: Holen Sie es zuerst im Katalog zurück</translation>
        </message>
        <message>
            <source>hand-out count</source>
            <translation>Anzahl ausgegeben</translation>
        </message>
        <message>
            <source>role: {role} is not one of {roles}</source>
            <translation>Rolle: {role} ist keine von {roles}</translation>
        </message>
        <message>
            <source>received count</source>
            <translation>Anzahl erhalten</translation>
        </message>
        <message>
            <source>counted stock</source>
            <translation>gezählter Bestand</translation>
        </message>
        <message>
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>Grund der Korrektur: Sagen Sie, warum sich die Zahl geändert hat (z. B. 'nachgezählt')</translation>
        </message>
        <message>
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>Ein Rückgängigmachen lässt sich nicht rückgängig machen: Geben Sie das Set erneut aus</translation>
        </message>
        <message>
            <source>action {action} was already undone</source>
            <translation>Die Aktion {action} wurde schon rückgängig gemacht</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label}: Geben Sie einen Betrag an, z. B. 150,00 oder 150.00</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label}: {typed} ist kein Geldbetrag (Ziffern, mit Komma oder Punkt vor den Cent, z. B. 150,00)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label}: {typed} ist kein Geldbetrag</translation>
        </message>
        <message>
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} mischt Trennzeichen so, dass es kein Betrag ist (z. B. 1.234,56 oder 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} ist kein Geldbetrag (z. B. 1.234,56 oder 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label}: {typed} ist unklar (Tausender oder Dezimalstellen?): Schreiben Sie {whole}{after} ohne das {sep} oder zwei Dezimalstellen, z. B. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label}: {typed} ist weit mehr Geld, als ein Budget fasst</translation>
        </message>
        <message>
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label}: {typed} hat mehr als zwei Dezimalstellen (Cent)</translation>
        </message>
        <message>
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>Der Zeichenprozess hat vor dem Ende aufgehört (dem Computer fehlt vielleicht Speicher): Nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path}: Kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message>
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>Die Schrift des Programms fehlt in {folder} ({reason}): Installieren Sie Wellness Desk neu</translation>
        </message>
        <message>
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field}: Das Zeichen {character} (U+{code}) ist nicht in den Schriften für {what} ({fonts}): Ersetzen Sie es</translation>
        </message>
        <message>
            <source>paper: {paper} is not one of {papers}</source>
            <translation>Papier: {paper} ist keins von {papers}</translation>
        </message>
        <message>
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>Der Link hat {longest} Bytes: zu lang für jeden QR-Code</translation>
        </message>
        <message>
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} Bytes passen nicht in einen QR-Code der Version {version}-{level}</translation>
        </message>
        <message>
            <source>no workshops in {where} to print</source>
            <translation>Keine Workshops in {where} zum Drucken</translation>
        </message>
        <message>
            <source>language: {lang} is not one of {languages}</source>
            <translation>Sprache: {lang} ist keine von {languages}</translation>
        </message>
        <message>
            <source>dates: the end {end} is before the start {start}</source>
            <translation>Daten: Das Ende {end} liegt vor dem Beginn {start}</translation>
        </message>
        <message>
            <source>location {location} is not in {activation}</source>
            <translation>Der Ort {location} gehört nicht zu {activation}</translation>
        </message>
        <message>
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>Logo (Einstellungen): {path} ist kein druckbares Bild ({error_type}): Wählen Sie eine andere Datei oder keine</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number}: {problem}</translation>
        </message>
        <message>
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} ist ein Festival: Ein Tourblatt ist für eine Tour</translation>
        </message>
        <message>
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} hat noch keine Tourstopps: Legen Sie sie unter Aktivierungen an</translation>
        </message>
        <message>
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Datei → Einstellungen → Hilfetelefon)</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number}: zu lang für großen Druck ({width} mm)</translation>
        </message>
        <message>
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>Land: {country} ist kein zweistelliger Ländercode (z. B. CA)</translation>
        </message>
        <message>
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>Papier: Die Taschenkarte wird auf {sheets} gedruckt, nicht auf {paper}</translation>
        </message>
        <message>
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>Land: Für {code} gibt es in diesem Verzeichnis keine geprüfte Krisenhotline, daher keine Karte zum Drucken (das Tourblatt sagt, dass man den örtlichen Notruf wählen soll)</translation>
        </message>
        <message>
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>Die QR-Module sind {module} mm groß für einen Link mit {length} Zeichen: Erst ab {minimum} mm wird zuverlässig gedruckt; verwenden Sie eine kürzere Hub-Adresse</translation>
        </message>
        <message>
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>Land: Die {count} Krisenhotlines von {code} passen selbst in kleiner Schrift nicht auf eine Taschenkarte: Drucken Sie stattdessen das Tourblatt</translation>
        </message>
        <message>
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>Aktivierung: {activation} gehört nicht zu diesem Laptop (vorhanden: {known})</translation>
        </message>
        <message>
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>Das Hilfeverzeichnis liegt neben einer Datenbankdatei, und diese hier ist nur im Speicher</translation>
        </message>
        <message>
            <source>no tour yet: create one in Activations</source>
            <translation>Noch keine Tour: Legen Sie eine unter Aktivierungen an</translation>
        </message>
        <message>
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country}: Geben Sie einen ISO-3166-1-Code aus zwei Buchstaben an, z. B. FR</translation>
        </message>
        <message>
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind}: einer von {kinds}</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>Nicht mit einem Hub verbunden: Verbinden Sie sich zuerst (wellness-desk sync --hub URL --enroll CODE); das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Open 24/7</source>
            <translation>Rund um die Uhr erreichbar</translation>
        </message>
        <message>
            <source>Hours unknown</source>
            <translation>Zeiten unbekannt</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Jetzt erreichbar</translation>
        </message>
        <message>
            <source>Open now until {time} ({zone})</source>
            <translation>Jetzt erreichbar bis {time} ({zone})</translation>
        </message>
        <message>
            <source>Open now until {time}</source>
            <translation>Jetzt erreichbar bis {time}</translation>
        </message>
        <message>
            <source>Closed, opens {time} ({zone})</source>
            <translation>Geschlossen, öffnet {time} ({zone})</translation>
        </message>
        <message>
            <source>Closed, opens {time}</source>
            <translation>Geschlossen, öffnet {time}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>shipped with the app</source>
            <translation>mit der App geliefert</translation>
        </message>
        <message>
            <source>from the hub</source>
            <translation>vom Hub</translation>
        </message>
        <message>
            <source>imported from {name}</source>
            <translation>importiert aus {name}</translation>
        </message>
        <message>
            <source>No directory installed yet</source>
            <translation>Noch kein Verzeichnis installiert</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (checked {day})</source>
            <translation>Verzeichnis vom {published}, {source} (geprüft am {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (installed {day})</source>
            <translation>Verzeichnis vom {published}, {source} (installiert am {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} on {day}</source>
            <translation>Verzeichnis vom {published}, {source} am {day}</translation>
        </message>
        <message>
            <source>Directory of {published}, {source}</source>
            <translation>Verzeichnis vom {published}, {source}</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>Das Verzeichnispaket wurde abgelehnt, nichts wurde geändert: 1 Problem:</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>Das Verzeichnispaket wurde abgelehnt, nichts wurde geändert: {count} Probleme:</translation>
        </message>
        <message>
            <source>… and {rest} more</source>
            <translation>… und {rest} weitere</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} ist kein Datum (JJJJ-MM-TT, z. B. 2025-03-31)</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}</source>
            <translation>{value} ist keiner der Werte: {listed}</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} ist weder true noch false</translation>
        </message>
        <message>
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} ist keine Uhrzeit (HH:MM, 00:00 bis 23:59)</translation>
        </message>
        <message>
            <source>{value} is not a UUID</source>
            <translation>{value} ist keine UUID</translation>
        </message>
        <message>
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} ist keine Webadresse (http:// oder https://)</translation>
        </message>
        <message>
            <source>{value} is not an email address</source>
            <translation>{value} ist keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>there is no file or folder {path}</source>
            <translation>Es gibt keine Datei und keinen Ordner {path}</translation>
        </message>
        <message>
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>ist kein Verzeichnispaket: Geben Sie einen Ordner mit datapackage.json und einer CSV-Datei pro Tabelle an, oder die HSDS-JSON-Form (.json)</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>ist kein UTF-8-Text (Byte {byte})</translation>
        </message>
        <message>
            <source>is not JSON: {reason} (column {column})</source>
            <translation>ist kein JSON: {reason} (Spalte {column})</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>ist nicht die HSDS-JSON-Form: Ihre Objekte sind tausendfach verschachtelt</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>ist nicht die HSDS-JSON-Form (ein Objekt mit services)</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} ist kein Verzeichnispaket: Es hat keine datapackage.json (ein Paket ist ein Ordner mit CSV-Tabellen, die datapackage.json beschreibt, oder eine einzelne .json-Datei)</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>ist keine Beschreibung eines Datenpakets (ein JSON-Objekt)</translation>
        </message>
        <message>
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>ist {version}: Diese App liest HSDS-{hsds}-Pakete</translation>
        </message>
        <message>
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>fehlt (diese App liest HSDS-3.0-Pakete)</translation>
        </message>
        <message>
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>ist {profile}, ein anderes Profil als das dieser App ({ours})</translation>
        </message>
        <message>
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>fehlt: Datum und Uhrzeit, zu denen die kuratierende Person diese Ausgabe erstellt hat (UTC)</translation>
        </message>
        <message>
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} ist kein Datum mit Uhrzeit (z. B. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} hat keine Zeitzone: Hängen Sie Z für UTC an</translation>
        </message>
        <message>
            <source>is not text</source>
            <translation>ist kein Text</translation>
        </message>
        <message>
            <source>is missing: a data package lists its tables in resources</source>
            <translation>fehlt: Ein Datenpaket listet seine Tabellen in resources auf</translation>
        </message>
        <message>
            <source>is not a table description</source>
            <translation>ist keine Tabellenbeschreibung</translation>
        </message>
        <message>
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} ist keine Tabelle, die diese App liest ({tables})</translation>
        </message>
        <message>
            <source>the table {name} is listed twice</source>
            <translation>Die Tabelle {name} ist zweimal aufgeführt</translation>
        </message>
        <message>
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} ist keine CSV-Datei im Paketordner (z. B. {example})</translation>
        </message>
        <message>
            <source>lists no {table} table: a directory needs one</source>
            <translation>führt keine Tabelle {table} auf: Ein Verzeichnis braucht eine</translation>
        </message>
        <message>
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>fehlt: datapackage.json führt sie als Tabelle {table} auf</translation>
        </message>
        <message>
            <source>is a folder, not a CSV file</source>
            <translation>ist ein Ordner, keine CSV-Datei</translation>
        </message>
        <message>
            <source>the header line cannot be read ({reason})</source>
            <translation>Die Kopfzeile kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>is empty: the first line names the columns</source>
            <translation>ist leer: Die erste Zeile nennt die Spalten</translation>
        </message>
        <message>
            <source>this column is named twice</source>
            <translation>Diese Spalte ist doppelt benannt</translation>
        </message>
        <message>
            <source>unknown column: the {table} table has {known}</source>
            <translation>unbekannte Spalte: Die Tabelle {table} hat {known}</translation>
        </message>
        <message>
            <source>this required column is missing</source>
            <translation>Diese Pflichtspalte fehlt</translation>
        </message>
        <message>
            <source>has {fields} fields where the header has {width}</source>
            <translation>hat {fields} Felder, die Kopfzeile aber {width}</translation>
        </message>
        <message>
            <source>frictionless could not read it: {note}</source>
            <translation>frictionless konnte es nicht lesen: {note}</translation>
        </message>
        <message>
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>unbekanntes Feld: Die HSDS-JSON-Form hat {known}</translation>
        </message>
        <message>
            <source>is not a list</source>
            <translation>ist keine Liste</translation>
        </message>
        <message>
            <source>is not an object</source>
            <translation>ist kein Objekt</translation>
        </message>
        <message>
            <source>unknown field: a {table} has {known}</source>
            <translation>unbekanntes Feld: Ein Datensatz {table} hat {known}</translation>
        </message>
        <message>
            <source>is not an organization object with an id</source>
            <translation>ist kein organization-Objekt mit einer id</translation>
        </message>
        <message>
            <source>differs from the term {term} given at {given_at}</source>
            <translation>weicht vom Begriff {term} ab, der bei {given_at} angegeben ist</translation>
        </message>
        <message>
            <source>is not a taxonomy term object</source>
            <translation>ist kein Taxonomiebegriff-Objekt</translation>
        </message>
        <message>
            <source>is not true or false</source>
            <translation>ist weder true noch false</translation>
        </message>
        <message>
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>ist {value}, aber der Datensatz, in dem es verschachtelt ist, ist {given}</translation>
        </message>
        <message>
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} ist keine Telefonnummer (nur Ziffern, Leerzeichen, + - ( ) ., z. B. +44 800 123 4567 oder 988)</translation>
        </message>
        <message>
            <source>is empty: it is required</source>
            <translation>ist leer: Das Feld ist Pflicht</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} wird in {table} zweimal verwendet (zuerst in Zeile {line})</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} wird in {table} zweimal verwendet (zuerst bei {first})</translation>
        </message>
        <message>
            <source>no organization has the id {key}</source>
            <translation>Keine Organisation hat die id {key}</translation>
        </message>
        <message>
            <source>no service has the id {key}</source>
            <translation>Kein Angebot hat die id {key}</translation>
        </message>
        <message>
            <source>no phone has the id {key}</source>
            <translation>Kein Telefon hat die id {key}</translation>
        </message>
        <message>
            <source>no taxonomy term has the id {key}</source>
            <translation>Kein Taxonomiebegriff hat die id {key}</translation>
        </message>
        <message>
            <source>no {table} has the id {key}</source>
            <translation>Kein Datensatz {table} hat die id {key}</translation>
        </message>
        <message>
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} ist keine Liste von Wochentagen ({weekdays}, durch Kommas getrennt, z. B. MO,TU,WE)</translation>
        </message>
        <message>
            <source>{value} names a weekday twice</source>
            <translation>{value} nennt einen Wochentag zweimal</translation>
        </message>
        <message>
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} ist keine IANA-Zeitzone (z. B. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} ist kein ISO-3166-1-Ländercode (zwei Großbuchstaben, z. B. FR)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} ist kein ISO-639-Sprachcode (z. B. en, fr oder ein 639-3-Code)</translation>
        </message>
        <message>
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} ist keine Sprache, in die Namen übersetzt werden ({languages})</translation>
        </message>
        <message>
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>Das Telefon {phone} gehört zum Angebot {service}, nicht zu {other}</translation>
        </message>
        <message>
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>ist {zone}, aber die Zeitzone des Angebots ist {service_zone}: Dieses Profil führt die Zeiten eines Angebots in dessen eigener Zeitzone</translation>
        </message>
        <message>
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>Eine Sprache gehört zu einem Angebot oder zu einem Telefon: Geben Sie genau eines von service_id und phone_id an</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} ist keine ISO-3166-2-Untergliederung von {country} (z. B. {country}-CA)</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} ist keine ISO-3166-2-Untergliederung seines Landes (z. B. US-CA)</translation>
        </message>
        <message>
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>ist {taxonomy}: Die Arten eines Angebots sind Begriffe der Taxonomie {ours}</translation>
        </message>
        <message>
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} ist keine Art ({kinds})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>Das Feld {field} von {table} {record} in {language} ist zweimal angegeben (zuerst in Zeile {line})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>Das Feld {field} von {table} {record} in {language} ist zweimal angegeben (zuerst bei {first})</translation>
        </message>
        <message>
            <source>a phone has no name to translate, only its description</source>
            <translation>Ein Telefon hat keinen Namen zum Übersetzen, nur seine Beschreibung</translation>
        </message>
        <message>
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>Das Telefon {phone} ist immer erreichbar: Es hat keine Zeiten</translation>
        </message>
        <message>
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>Diese Zeiten gelten für das Angebot als Ganzes, aber es hat kein Telefon: Dieses Profil führt Zeiten pro Kontaktweg</translation>
        </message>
        <message>
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>Kein anderes Angebot ist im Paar {group}: Gepaarte Angebote werden zusammen angezeigt, daher braucht ein Paar zwei oder mehr</translation>
        </message>
        <message>
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>Dieses aktive Angebot hat weder Telefon noch Webadresse noch E-Mail: Niemand könnte es erreichen</translation>
        </message>
        <message>
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>geprüft am {day}, nach der Veröffentlichung des Verzeichnisses ({edition}): Eine Prüfung kann nicht in der Zukunft liegen</translation>
        </message>
        <message>
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder}: Die Festplatte ist voll; das Paket wurde nicht geschrieben (der Ordner ist unverändert). Schaffen Sie Platz und exportieren Sie erneut.</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder}: In diesen Ordner kann nicht geschrieben werden; wählen Sie einen anderen für das Paket.</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder}: ist eine Datei, kein Ordner; wählen Sie einen Ordner für das Paket.</translation>
        </message>
        <message>
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder}: Das Paket konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>keine Quelle und kein Prüfdatum im Verzeichnis, daher wird es nie gedruckt: Prüfen Sie es und aktualisieren Sie das Verzeichnis</translation>
        </message>
        <message>
            <source>the number is empty</source>
            <translation>Die Nummer ist leer</translation>
        </message>
        <message>
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>zuletzt geprüft am {day}, vor mehr als {months} Monaten: Prüfen Sie es erneut, oder drucken Sie veraltete Nummern mit dem Hinweis „nicht erneut geprüft seit“</translation>
        </message>
        <message>
            <source>the service is inactive: a closed line is not printed</source>
            <translation>Das Angebot ist inaktiv: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <source>the service is defunct: a closed line is not printed</source>
            <translation>Das Angebot gibt es nicht mehr: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>Das Angebot ist vorübergehend geschlossen: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <source>the service is {status}: a closed line is not printed</source>
            <translation>Das Angebot hat den Status {status}: Eine geschlossene Nummer wird nicht gedruckt</translation>
        </message>
        <message>
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field}: {text} ist keine Verzeichnis-id (eine UUID)</translation>
        </message>
        <message>
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>Das Verzeichnis vom Hub ist nicht von einer kuratierenden Person signiert, der dieser Laptop vertraut: Es wurde abgelehnt, das bisherige bleibt erhalten</translation>
        </message>
        <message>
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>Die Schlüsseldatei ist kein unverschlüsselter privater Ed25519-Schlüssel im PEM-Format (erstellen Sie einen mit: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>Die Schlüsseldatei enthält einen privaten Schlüssel, aber keinen Ed25519-Schlüssel (erstellen Sie einen mit: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>a curator key is base64 text (44 characters)</source>
            <translation>Ein Kuratorschlüssel ist Base64-Text (44 Zeichen)</translation>
        </message>
        <message>
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>Ein Kuratorschlüssel ist das Base64 von 32 Bytes (44 Zeichen, wie `wellness-hub resources keygen` ihn ausgibt)</translation>
        </message>
        <message>
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>Die Verzeichnisdatei konnte nicht gelesen werden (beschädigt); sie wurde als {aside} beiseitegelegt und durch das mit der App gelieferte Verzeichnis ersetzt (ein Abruf vom Hub holt dessen neuere Ausgabe zurück).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: Diese SQLite-Datei ist kein Hilfeverzeichnis von Wellness Desk. Sie wurde nicht angerührt; verschieben Sie sie oder wählen Sie ein anderes --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: wurde von einem neueren Wellness Desk geschrieben (Verzeichnisschema {version}). Sie wurde nicht angerührt; installieren Sie die neuere Version, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path}: Es ist noch kein Hilfeverzeichnis installiert.</translation>
        </message>
        <message>
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} gibt es in {tz} nicht: Dann werden die Uhren vorgestellt</translation>
        </message>
        <message>
            <source>workshop kind: must not be empty</source>
            <translation>Workshop-Art: darf nicht leer sein</translation>
        </message>
        <message>
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>Workshop-Art: länger als {max} Zeichen (sie hat {length}); die Zahlen im Hub tragen diese Bezeichnung: Kürzen Sie sie</translation>
        </message>
        <message>
            <source>workshop kind: {name} already exists</source>
            <translation>Workshop-Art: {name} gibt es schon</translation>
        </message>
        <message>
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>Art: {kind} ist keine von {kinds} (nehmen Sie sie zuerst in die Liste auf)</translation>
        </message>
        <message>
            <source>workshop {workshop} does not exist</source>
            <translation>Den Workshop {workshop} gibt es nicht</translation>
        </message>
        <message>
            <source>title: must not be empty</source>
            <translation>Titel: darf nicht leer sein</translation>
        </message>
        <message>
            <source>title: longer than {max} characters</source>
            <translation>Titel: länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>end: must be after the start</source>
            <translation>Ende: muss nach dem Beginn liegen</translation>
        </message>
        <message>
            <source>end: a session cannot last more than 24 hours</source>
            <translation>Ende: Eine Sitzung kann nicht länger als 24 Stunden dauern</translation>
        </message>
        <message>
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>Kapazität: {capacity} ist keine Personenzahl ab 1</translation>
        </message>
        <message>
            <source>space: belongs to another activation</source>
            <translation>Raum: gehört zu einer anderen Aktivierung</translation>
        </message>
        <message>
            <source>status: {status} is not one of {statuses}</source>
            <translation>Status: {status} ist keiner von {statuses}</translation>
        </message>
        <message>
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>„{title}“ hat stattgefunden (abgehalten oder Personen am Eingang gezählt), daher kann er nicht abgesagt werden</translation>
        </message>
        <message>
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>„{title}“ wurde abgehalten oder am Eingang gezählt: Sagen Sie ihn stattdessen ab</translation>
        </message>
        <message>
            <source>counter: {counter} is not one of {counters}</source>
            <translation>Zähler: {counter} ist keiner von {counters}</translation>
        </message>
        <message>
            <source>a door tap is +1 or −1</source>
            <translation>Ein Tipp am Eingang ist +1 oder −1</translation>
        </message>
        <message>
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>„{title}“ ist abgesagt: Niemand zu zählen</translation>
        </message>
        <message>
            <source>the headcount is already 0</source>
            <translation>Die Besucherzahl steht schon auf 0</translation>
        </message>
        <message>
            <source>the waitlist is already 0</source>
            <translation>Die Warteliste steht schon auf 0</translation>
        </message>
        <message>
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>„{title}“ ist voll ({capacity} von {capacity}): Zählen Sie sie auf der Warteliste</translation>
        </message>
        <message>
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file}: Nichts importiert, 1 Problem:</translation>
        </message>
        <message>
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file}: Nichts importiert, {count} Probleme:</translation>
        </message>
        <message>
            <source>no workshops after the header line</source>
            <translation>keine Workshops nach der Kopfzeile</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} ist kein Raum von {activation} (vorhanden: {known})</translation>
        </message>
        <message>
            <source>longer than {max} characters</source>
            <translation>länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} ist keine Workshop-Art (vorhanden: {kinds})</translation>
        </message>
        <message>
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} ist keine Personenzahl ab 1 (leer lassen für die Kapazität des Raums)</translation>
        </message>
        <message>
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} liegt nicht nach dem Beginn {start} (eine Sitzung über Mitternacht: Tragen Sie den Tag, an dem sie endet, in die Spalte end_date ein)</translation>
        </message>
        <message>
            <source>a session cannot last more than 24 hours</source>
            <translation>Eine Sitzung kann nicht länger als 24 Stunden dauern</translation>
        </message>
        <message>
            <source>{text} is not a date of the calendar</source>
            <translation>{text} ist kein Kalenderdatum</translation>
        </message>
        <message>
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} ist kein Datum (verwenden Sie 2026-07-04)</translation>
        </message>
        <message>
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} könnte der {day}. {month} oder der {day2}. {month2} sein: Schreiben Sie {date} oder {date2}</translation>
        </message>
        <message>
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} liegt nicht in {activation} ({start} bis {end}); schreiben Sie Daten als JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>is empty ({hint})</source>
            <translation>ist leer ({hint})</translation>
        </message>
        <message>
            <source>{text} is not a time ({hint})</source>
            <translation>{text} ist keine Uhrzeit ({hint})</translation>
        </message>
        <message>
            <source>space {space} is not in {activation}</source>
            <translation>Der Raum {space} gehört nicht zu {activation}</translation>
        </message>
        <message>
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>Keine Workshops in {where} für einen Kalender: Legen Sie zuerst einen an</translation>
        </message>
        <message>
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path}: quick_check meldet {integrity}</translation>
        </message>
        <message>
            <source>card sheet refused: {problems}</source>
            <translation>Kartenbogen abgelehnt: {problems}</translation>
        </message>
        <message>
            <source>{written}: the log line was not written</source>
            <translation>{written}: Die Protokollzeile wurde nicht geschrieben</translation>
        </message>
        <message>
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>Zeit zum Rückgängigmachen: {seconds} liegt nicht zwischen 3 und 600 Sekunden</translation>
        </message>
        <message>
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>Hub-Adresse: {url} ist keine Webadresse (https://…)</translation>
        </message>
        <message>
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>Therapiesperre: {minutes} liegt nicht zwischen 1 und 120 Minuten</translation>
        </message>
        <message>
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>Nummer des Hilfetelefons: {number} ist keine Telefonnummer (nur Ziffern, Leerzeichen, + - ( ), z. B. +44 800 123 4567 oder 988)</translation>
        </message>
        <message>
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>Nummer des Hilfetelefons: {number} hat {digits} Ziffern; eine Telefonnummer hat 3 (eine Kurzwahl wie 988) bis 15</translation>
        </message>
        <message>
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>Nummer des Hilfetelefons: {number} ist keine echte Nummer ({why}): Tragen Sie die Nummer Ihres eigenen Hilfetelefons ein</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>Nummer des Hilfetelefons: {number} sieht wie ein Platzhalter aus (eine wiederholte Ziffer): Tragen Sie die Nummer Ihres eigenen Hilfetelefons ein</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>Nummer des Hilfetelefons: {number} sieht wie ein Platzhalter aus (aufeinanderfolgende Ziffern): Tragen Sie die Nummer Ihres eigenen Hilfetelefons ein</translation>
        </message>
        <message>
            <source>help line name: longer than {max} characters</source>
            <translation>Name des Hilfetelefons: länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>help line name: holds a control character</source>
            <translation>Name des Hilfetelefons: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>Name der Organisation: länger als {max} Zeichen</translation>
        </message>
        <message>
            <source>nonprofit's name: holds a control character</source>
            <translation>Name der Organisation: enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>Logo: {path} ist keine Datei (wählen Sie ein PNG- oder JPEG-Bild oder lassen Sie es leer)</translation>
        </message>
        <message>
            <source>the hub did not keep every change it was sent</source>
            <translation>Der Hub hat nicht alle gesendeten Änderungen behalten</translation>
        </message>
        <message>
            <source>hub unreachable (no answer to the connection)</source>
            <translation>Hub nicht erreichbar (keine Antwort auf den Verbindungsaufbau)</translation>
        </message>
        <message>
            <source>hub unreachable (it did not answer in time)</source>
            <translation>Hub nicht erreichbar (keine Antwort in der Zeit)</translation>
        </message>
        <message>
            <source>hub unreachable (its certificate is not trusted)</source>
            <translation>Hub nicht erreichbar (seinem Zertifikat wird nicht vertraut)</translation>
        </message>
        <message>
            <source>hub unreachable (connection refused)</source>
            <translation>Hub nicht erreichbar (Verbindung abgelehnt)</translation>
        </message>
        <message>
            <source>hub unreachable (its address cannot be found: no network?)</source>
            <translation>Hub nicht erreichbar (seine Adresse ist nicht auffindbar: kein Netz?)</translation>
        </message>
        <message>
            <source>hub unreachable (no network)</source>
            <translation>Hub nicht erreichbar (kein Netz)</translation>
        </message>
        <message>
            <source>hub unreachable (cannot connect)</source>
            <translation>Hub nicht erreichbar (keine Verbindung möglich)</translation>
        </message>
        <message>
            <source>hub unreachable (the connection broke off)</source>
            <translation>Hub nicht erreichbar (die Verbindung brach ab)</translation>
        </message>
        <message>
            <source>hub unreachable</source>
            <translation>Hub nicht erreichbar</translation>
        </message>
        <message>
            <source>not the hub's answer ({reason}): a proxy or a Wi-Fi login page on the way?</source>
            <translation>Nicht die Antwort des Hubs ({reason}): ein Proxy oder eine WLAN-Anmeldeseite dazwischen?</translation>
        </message>
        <message>
            <source>the hub no longer accepts this laptop</source>
            <translation>Der Hub nimmt diesen Laptop nicht mehr an</translation>
        </message>
        <message>
            <source>the hub asked to slow down: next try in {seconds} s</source>
            <translation>Der Hub bat um langsameres Senden: nächster Versuch in {seconds} s</translation>
        </message>
        <message>
            <source>the hub asked to slow down</source>
            <translation>Der Hub bat um langsameres Senden</translation>
        </message>
        <message>
            <source>the network redirected the request (HTTP {status}; a Wi-Fi login page?)</source>
            <translation>Das Netz hat die Anfrage umgeleitet (HTTP {status}; eine WLAN-Anmeldeseite?)</translation>
        </message>
        <message>
            <source>the hub has a problem (HTTP {status})</source>
            <translation>Der Hub hat ein Problem (HTTP {status})</translation>
        </message>
        <message>
            <source>the hub holds later counts from this laptop than its database has (put back from a copy?)</source>
            <translation>Der Hub hat neuere Zählungen von diesem Laptop als seine Datenbank (aus einer Kopie zurückgeholt?)</translation>
        </message>
        <message>
            <source>the hub refused these counts: {reason}</source>
            <translation>Der Hub hat diese Zählungen abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>the hub answered oddly (HTTP {status})</source>
            <translation>Der Hub hat seltsam geantwortet (HTTP {status})</translation>
        </message>
        <message>
            <source>the answer did not come from the hub (a Wi-Fi login page?)</source>
            <translation>Die Antwort kam nicht vom Hub (eine WLAN-Anmeldeseite?)</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status} — is the address right?</source>
            <translation>Der Hub antwortete HTTP {status} – stimmt die Adresse?</translation>
        </message>
        <message>
            <source>a proxy on this network asks for a login (HTTP 407)</source>
            <translation>Ein Proxy in diesem Netz verlangt eine Anmeldung (HTTP 407)</translation>
        </message>
        <message>
            <source>something on the way refused the request (HTTP {status}, not in the hub's words): a proxy?</source>
            <translation>Etwas auf dem Weg hat die Anfrage abgelehnt (HTTP {status}, nicht in den Worten des Hubs): ein Proxy?</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status}</source>
            <translation>Der Hub antwortete HTTP {status}</translation>
        </message>
        <message>
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>Paketgröße: {batch_size} liegt nicht zwischen 1 und {max} Zellen</translation>
        </message>
        <message>
            <source>the hub cannot say what it holds from this laptop (an older hub)</source>
            <translation>Der Hub kann nicht sagen, was er von diesem Laptop hat (ein älterer Hub)</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>Kein sicherer Systemschlüsselbund auf diesem Computer ({keyring_name}): Das Hub-Token hätte keinen sicheren Ort, daher kann sich dieser Laptop nicht verbinden. Richten Sie den Systemschlüsselbund ein (z. B. GNOME Keyring oder KWallet) und versuchen Sie es erneut; der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>Anmeldecode: leer (er sieht so aus: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>Anmeldecode: nur Buchstaben, Ziffern und Bindestriche (wie K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>Noch keine Aktivierung: Legen Sie zuerst das Festival oder die Tour an; der Hub bekommt die Zahlen einer Aktivierung</translation>
        </message>
        <message>
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} antwortete {answer} ({reason}): Prüfen Sie die Adresse; der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>Keine Verbindung zu {hub_url}: {words} (derselbe Code funktioniert beim nächsten Versuch)</translation>
        </message>
        <message>
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>Der Hub hat den Code abgelehnt: {reason} (bitten Sie die Koordination um einen neuen)</translation>
        </message>
        <message>
            <source>the hub is busy: try again in a minute</source>
            <translation>Der Hub ist ausgelastet: Versuchen Sie es in einer Minute erneut</translation>
        </message>
        <message>
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>Der Hub unter {hub_url} hat ein Problem (HTTP {status}): Versuchen Sie es später erneut</translation>
        </message>
        <message>
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>Der Hub hat die Form des Codes nicht angenommen (er sieht so aus: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} antwortet nicht wie ein Wellness-Hub (HTTP {status}): Prüfen Sie die Adresse</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>Der Schlüsselbund ({keyring_name}) kann nicht gelesen werden ({error_type}): Ist er gesperrt? Der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Speichern des Hub-Tokens verweigert ({error_type}): Es wurde nichts gesendet, und der Code ist noch unbenutzt</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Speichern des Hub-Tokens verweigert ({error_type}): Es wurde nichts gespeichert; versuchen Sie es mit demselben Code erneut</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>Kein sicherer Systemschlüsselbund auf diesem Computer ({keyring_name}): Das Hub-Token kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>Der Schlüsselbund ({keyring_name}) kann nicht gelesen werden ({error_type}): Ist er gesperrt?</translation>
        </message>
        <message>
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>Das Hub-Token dieses Laptops ist nicht im Schlüsselbund: Verbinden Sie ihn auf der Seite Synchronisieren neu</translation>
        </message>
        <message>
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>Das Hub-Token im Schlüsselbund ({entry}) ist nicht das, das diese App gespeichert hat ({fault}): Verbinden Sie diesen Laptop auf der Seite Synchronisieren mit einem neuen Code der Koordination neu (das speichert ein neues Token)</translation>
        </message>
        <message>
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>weiterhin verbunden, und das Token ist noch da ({entry}); entsperren Sie den Schlüsselbund und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>Der Schlüsselbund ist nicht erreichbar ({keyring_name}), daher wurde das Hub-Token nicht entfernt: {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>Der Schlüsselbund ({keyring_name}) konnte das Hub-Token nicht entfernen ({error_type}): {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Hub-Token behalten, obwohl es entfernt werden sollte: {still}</translation>
        </message>
        <message>
            <source>the hub keeps receiving later counts from this laptop than its database has: is a second copy of this data folder syncing too?</source>
            <translation>Der Hub erhält immer wieder neuere Zählungen von diesem Laptop, als seine Datenbank hat: Synchronisiert eine zweite Kopie dieses Datenordners ebenfalls?</translation>
        </message>
        <message>
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>Das Paket {batch} wurde bei einer früheren Verbindung zum Hub abgelehnt; die jetzige Verbindung sendet diese Zahlen neu, daher ist kein neuer Versuch nötig</translation>
        </message>
        <message>
            <source>there is no refused batch {batch}</source>
            <translation>Es gibt kein abgelehntes Paket {batch}</translation>
        </message>
        <message>
            <source>Directory: {problem}; the directory you had is kept</source>
            <translation>Verzeichnis: {problem}; das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <source>Directory: unchanged</source>
            <translation>Verzeichnis: unverändert</translation>
        </message>
        <message>
            <source>Directory: the hub has none to give yet; the directory you had is kept</source>
            <translation>Verzeichnis: Der Hub hat noch keines zu vergeben; das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <source>Directory: the hub no longer accepts this laptop (reconnect it on the Sync page); the directory you had is kept</source>
            <translation>Verzeichnis: Der Hub nimmt diesen Laptop nicht mehr an (verbinden Sie ihn auf der Sync-Seite neu); das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <source>Directory: the hub is busy; the directory you had is kept</source>
            <translation>Verzeichnis: Der Hub ist ausgelastet; das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <source>Directory: the hub has a problem (HTTP {status}); the directory you had is kept</source>
            <translation>Verzeichnis: Der Hub hat ein Problem (HTTP {status}); das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <source>Directory: the hub refused the request ({reason}); the directory you had is kept</source>
            <translation>Verzeichnis: Der Hub hat die Anfrage abgelehnt ({reason}); das bisherige Verzeichnis bleibt erhalten</translation>
        </message>
        <message>
            <source>The directory from the hub is not valid ({problem}): it was refused and the directory you had is kept.</source>
            <translation>Das Verzeichnis vom Hub ist ungültig ({problem}): Es wurde abgelehnt, das bisherige bleibt erhalten.</translation>
        </message>
        <message>
            <source>The directory from the hub is an older edition ({published}) than the one this laptop has ({held}): it was refused and the directory you had is kept.</source>
            <translation>Das Verzeichnis vom Hub ist eine ältere Ausgabe ({published}) als die dieses Laptops ({held}): Es wurde abgelehnt, das bisherige bleibt erhalten.</translation>
        </message>
        <message>
            <source>Directory: installed 1 service from the hub {host}</source>
            <translation>Verzeichnis: 1 Angebot vom Hub {host} installiert</translation>
        </message>
        <message>
            <source>Directory: installed {n} services from the hub {host}</source>
            <translation>Verzeichnis: {n} Angebote vom Hub {host} installiert</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation>nicht die Antwort des Hubs</translation>
        </message>
        <message>
            <source>over {mib} MiB</source>
            <translation>über {mib} MiB</translation>
        </message>
        <message>
            <source>compressed as {coding}, which the hub never is</source>
            <translation>komprimiert als {coding}, was der Hub nie tut</translation>
        </message>
        <message>
            <source>broken gzip</source>
            <translation>beschädigtes gzip</translation>
        </message>
        <message>
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>Hub-Adresse: leer (geben Sie sie als https://hub.example.org an)</translation>
        </message>
        <message>
            <source>hub address: {text} has a space in it</source>
            <translation>Hub-Adresse: {text} enthält ein Leerzeichen</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address</source>
            <translation>Hub-Adresse: {text} ist keine Webadresse</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>Hub-Adresse: {text} ist keine Webadresse (sie beginnt mit https:// oder http://)</translation>
        </message>
        <message>
            <source>hub address: leave the user name and password out of it</source>
            <translation>Hub-Adresse: Lassen Sie Benutzername und Passwort weg</translation>
        </message>
        <message>
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>Hub-Adresse: {text} hat einen '?'- oder '#'-Teil: Geben Sie die Adresse des Hubs an</translation>
        </message>
        <message>
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>Hub-Adresse: Verwenden Sie https:// für einen Hub im Internet ({text}): Das Token ginge unverschlüsselt durchs Netz</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} ist kein Tourstopp mit Datum</translation>
        </message>
        <message>
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>Tageszeitraum: endet um {window_end}, nicht nach dem Beginn ({window_start})</translation>
        </message>
        <message>
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>Sitzungsdauer: {minutes} liegt nicht zwischen 10 und 240 Minuten</translation>
        </message>
        <message>
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>Pause: {minutes} liegt nicht zwischen 0 und 120 Minuten</translation>
        </message>
        <message>
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>Mittagspause: Geben Sie Beginn und Ende an oder keins von beiden</translation>
        </message>
        <message>
            <source>lunch break: ends before it starts</source>
            <translation>Mittagspause: endet, bevor sie beginnt</translation>
        </message>
        <message>
            <source>lunch break: outside the day window</source>
            <translation>Mittagspause: außerhalb des Tageszeitraums</translation>
        </message>
        <message>
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>Tageszeitraum: In {window_start}–{window_end} passt keine Sitzung von {minutes} Minuten</translation>
        </message>
        <message>
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>Tageszeitraum: Am {day} passt keine Sitzung von {minutes} Minuten ({window_start}–{window_end}, abzüglich Mittagspause und Zeitumstellung)</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>therapy day {therapy_day} does not exist</source>
            <translation>Den Therapietag {therapy_day} gibt es nicht</translation>
        </message>
        <message>
            <source>provider name: must not be empty</source>
            <translation>Name der Fachperson: darf nicht leer sein</translation>
        </message>
        <message>
            <source>mode: {mode} is not one of {modes}</source>
            <translation>Form: {mode} ist keine von {modes}</translation>
        </message>
        <message>
            <source>cost per session</source>
            <translation>Kosten pro Sitzung</translation>
        </message>
        <message>
            <source>cost per day</source>
            <translation>Kosten pro Tag</translation>
        </message>
        <message>
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>Entsperren Sie den Therapiebereich, um den Kontakt der Fachperson zu speichern</translation>
        </message>
        <message>
            <source>slot {slot} does not exist</source>
            <translation>Den Termin {slot} gibt es nicht</translation>
        </message>
        <message>
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>Dieser Termin ist gebucht: Stornieren Sie die Buchung, bevor Sie ihn sperren</translation>
        </message>
        <message>
            <source>slot: ends before it starts</source>
            <translation>Termin: endet, bevor er beginnt</translation>
        </message>
        <message>
            <source>slot: longer than 4 hours</source>
            <translation>Termin: länger als 4 Stunden</translation>
        </message>
        <message>
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>Termin: überschneidet sich mit dem Termin um {time} am selben Tag</translation>
        </message>
        <message>
            <source>slot: starts and ends at the same time</source>
            <translation>Termin: beginnt und endet zur selben Zeit</translation>
        </message>
        <message>
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} gebuchte(r) Termin(e) passen nicht in den neuen Plan ({times}): Behalten Sie sie oder stornieren Sie ihre Buchungen</translation>
        </message>
        <message>
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} ist keine Tour: Das Therapiebudget gehört zu einer Tour</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>budget: give an amount, e.g. 2400</source>
            <translation>Budget: Geben Sie einen Betrag an, z. B. 2400</translation>
        </message>
        <message>
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>Währung: {currency} ist kein Code wie USD oder EUR</translation>
        </message>
        <message>
            <source>person: give a name, initials or an alias</source>
            <translation>Person: Geben Sie einen Namen, Initialen oder ein Pseudonym an</translation>
        </message>
        <message>
            <source>person: longer than 80 characters</source>
            <translation>Person: länger als 80 Zeichen</translation>
        </message>
        <message>
            <source>this slot is blocked</source>
            <translation>Dieser Termin ist gesperrt</translation>
        </message>
        <message>
            <source>this slot is already booked</source>
            <translation>Dieser Termin ist schon gebucht</translation>
        </message>
        <message>
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>Diese Person hat schon eine Sitzung um {time} ({place}), die sich mit diesem Termin überschneidet</translation>
        </message>
        <message>
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>Diese Buchung kostet {cost} {currency}; vom Therapiebudget sind nur noch {remaining} {currency} übrig</translation>
        </message>
        <message>
            <source>booking {booking} does not exist</source>
            <translation>Die Buchung {booking} gibt es nicht</translation>
        </message>
        <message>
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>Status: {status} ist weder booked, attended noch no_show (stornieren mit cancel_booking)</translation>
        </message>
        <message>
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>Diese Buchung wurde storniert: Buchen Sie den Termin stattdessen neu</translation>
        </message>
        <message>
            <source>this booking is already cancelled</source>
            <translation>Diese Buchung ist schon storniert</translation>
        </message>
        <message>
            <source>this session took place (attended or no-show): it stays</source>
            <translation>Diese Sitzung hat stattgefunden (erschienen oder nicht erschienen): Sie bleibt</translation>
        </message>
        <message>
            <source>this person is already on the waitlist for this day</source>
            <translation>Diese Person steht schon auf der Warteliste für diesen Tag</translation>
        </message>
        <message>
            <source>this person is no longer on the waitlist</source>
            <translation>Diese Person steht nicht mehr auf der Warteliste</translation>
        </message>
        <message>
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>Dieser Termin liegt an einem anderen Therapietag als die Warteliste</translation>
        </message>
        <message>
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>Dieser Eintrag der Warteliste hat seinen Namen verloren: Fügen Sie die Person erneut hinzu</translation>
        </message>
        <message>
            <source>unlock the therapy section to print names</source>
            <translation>Entsperren Sie den Therapiebereich, um Namen zu drucken</translation>
        </message>
        <message>
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>Entsperren Sie den Therapiebereich, um den Namen in die Einladung zu setzen</translation>
        </message>
        <message>
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>Entsperren Sie den Therapiebereich, um Namen in den Kalender zu setzen</translation>
        </message>
        <message>
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>Am Therapietag in {stop} wird kein Termin angeboten: Nichts für einen Kalender</translation>
        </message>
        <message>
            <source>{field}: stored in an unknown format</source>
            <translation>{field}: in einem unbekannten Format gespeichert</translation>
        </message>
        <message>
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field}: lässt sich mit diesem Schlüssel nicht entschlüsseln</translation>
        </message>
        <message>
            <source>Names are encrypted; the key is in this computer's keyring ({keyring}). Your PIN hides them on screen.</source>
            <translation>Namen sind verschlüsselt; der Schlüssel liegt im Schlüsselbund dieses Computers ({keyring}). Ihre PIN verbirgt sie auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Names are encrypted with a key protected by your passphrase (no system keyring is used). Without the passphrase they cannot be read.</source>
            <translation>Namen sind mit einem Schlüssel verschlüsselt, den Ihre Passphrase schützt (kein Schlüsselbund des Systems). Ohne die Passphrase sind sie nicht lesbar.</translation>
        </message>
        <message>
            <source>Set a PIN to start: names will be encrypted with a key kept in this computer's keyring ({keyring}).</source>
            <translation>Legen Sie zuerst eine PIN fest: Namen werden mit einem Schlüssel verschlüsselt, der im Schlüsselbund dieses Computers liegt ({keyring}).</translation>
        </message>
        <message>
            <source>No system keyring works on this computer. Set a passphrase to start: names will be encrypted with a key derived from it. Keep it safe: without it nobody can read them.</source>
            <translation>Auf diesem Computer funktioniert kein Schlüsselbund des Systems. Legen Sie zuerst eine Passphrase fest: Namen werden mit einem daraus abgeleiteten Schlüssel verschlüsselt. Bewahren Sie sie sicher auf: ohne sie kann niemand sie lesen.</translation>
        </message>
        <message>
            <source>the key is already set up: unlock instead</source>
            <translation>Der Schlüssel ist schon eingerichtet: Entsperren Sie stattdessen</translation>
        </message>
        <message>
            <source>PIN: use at least {minimum} characters</source>
            <translation>PIN: Verwenden Sie mindestens {minimum} Zeichen</translation>
        </message>
        <message>
            <source>passphrase: use at least {minimum} characters</source>
            <translation>Passphrase: Verwenden Sie mindestens {minimum} Zeichen</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>Der Schlüsselbund ({keyring_name}) hat das Speichern des Schlüssels verweigert ({error_type})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>Noch kein Schlüssel: Legen Sie zuerst eine PIN oder Passphrase fest</translation>
        </message>
        <message>
            <source>too many wrong tries: wait {wait} s</source>
            <translation>Zu viele falsche Versuche: Warten Sie {wait} s</translation>
        </message>
        <message>
            <source>wrong PIN: try again in {delay} s</source>
            <translation>Falsche PIN: Versuchen Sie es in {delay} s erneut</translation>
        </message>
        <message>
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>Falsche Passphrase: Versuchen Sie es in {delay} s erneut</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>Der Schlüsselbund ({keyring_name}) kann nicht gelesen werden ({error_type})</translation>
        </message>
        <message>
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>Der Schlüssel dieser Datenbank ist nicht im Schlüsselbund dieses Computers ({name}): Namen können auf diesem Computer nicht gelesen werden</translation>
        </message>
        <message>
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>Der Schlüssel dieser Datenbank im Schlüsselbund ({name}: Dienst {SERVICE}, Eintrag 'data-key:{db_id}') ist nicht der, den diese App gespeichert hat ({fault}): Stellen Sie diesen Eintrag aus einer Sicherung des Schlüsselbunds wieder her; bis dahin können Namen nicht gelesen werden (nichts wurde geändert)</translation>
        </message>
    </context>
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
            <translation>Diese Dateien enthalten Namen und Kontakte von Menschen in Therapie. Bewahren Sie sie nur auf diesem Laptop auf: niemals mailen, hochladen oder teilen, und löschen Sie sie, wenn Sie fertig sind.</translation>
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
            <translation>Ordner: Wählen Sie, wohin exportiert wird</translation>
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
            <translation>Noch keine Sets. Fügen Sie hinzu, was das Zelt ausgibt (Ohrstöpsel, Wasser, Kondome…): Jedes Set wird eine Kachel am Set-Zähler.</translation>
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
        <message>
            <source>Kits handed out today</source>
            <translation>Heute ausgegebene Kits</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Set-Zähler</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Hilfsangebote</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Therapietage</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Set-Katalog</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Einsätze</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <source>Resource directory: {problem}</source>
            <translation>Verzeichnis der Hilfsangebote: {problem}</translation>
        </message>
        <message>
            <source>No activation yet</source>
            <translation>Noch kein Einsatz</translation>
        </message>
        <message>
            <source>Create one under Activations</source>
            <translation>Legen Sie einen unter Einsätze an</translation>
        </message>
        <message>
            <source>{activation} · today: {stop}</source>
            <translation>{activation} · heute: {stop}</translation>
        </message>
        <message>
            <source>{activation} · next: {stop}, {day}</source>
            <translation>{activation} · nächster Halt: {stop}, {day}</translation>
        </message>
        <message>
            <source>{activation} · {place}</source>
            <translation>{activation} · {place}</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Tour</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
        <message>
            <source>{kind} · times in {zone}</source>
            <translation>{kind} · Zeiten in {zone}</translation>
        </message>
        <message>
            <source>Wellness Desk</source>
            <translation>Wellness Desk</translation>
        </message>
        <message>
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Strg+{number})</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Activation &amp;report…</source>
            <translation>Einsatz&amp;bericht…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About Wellness Desk</source>
            <translation>&amp;Über Wellness Desk</translation>
        </message>
        <message>
            <source>Page header</source>
            <translation>Seitenkopf</translation>
        </message>
        <message>
            <source>Sync: checking…</source>
            <translation>Synchronisierung: wird geprüft…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>About Wellness Desk</source>
            <translation>Über Wellness Desk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
            <translation>Wellness-Zelte, Set-Ausgaben und Therapietage bei Live-Musik-Events; funktioniert ohne Netzwerk und sendet nur anonyme Zählungen.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>Datenordner ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
            <translation>Freie Software unter der MIT-Lizenz. Symbole: Lucide (ISC-Lizenz). Schriften: DejaVu, Droid Sans Fallback und Symbola, unter ihren eigenen Lizenzen (im Ordner assets).</translation>
        </message>
        <message numerus="yes">
            <source>{file} (%n row(s))</source>
            <translation>
                <numerusform>{file} (%n Zeile)</numerusform>
                <numerusform>{file} (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {folder}: {files}</source>
            <translation>Gespeichert in {folder}: {files}</translation>
        </message>
        <message>
            <source>{text} — it holds names and contacts: keep it on this laptop</source>
            <translation>{text} — enthält Namen und Kontakte: auf diesem Laptop lassen</translation>
        </message>
        <message>
            <source>The daily backup was not made: {problem}</source>
            <translation>Die tägliche Sicherung wurde nicht erstellt: {problem}</translation>
        </message>
        <message>
            <source>Restoring {file}…</source>
            <translation>{file} wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>The restore failed ({kind}); the current database was left as it was.</source>
            <translation>Die Wiederherstellung ist fehlgeschlagen ({kind}); die aktuelle Datenbank blieb unverändert.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>{file} wiederhergestellt: Das ist jetzt die Datenbank. Die ersetzte Datenbank bleibt als {aside} erhalten.

Wellness Desk wird jetzt geschlossen: Öffnen Sie es erneut, um mit den wiederhergestellten Daten weiterzuarbeiten.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>{file} wiederhergestellt: Das ist jetzt die Datenbank.

Wellness Desk wird jetzt geschlossen: Öffnen Sie es erneut, um mit den wiederhergestellten Daten weiterzuarbeiten.</translation>
        </message>
        <message>
            <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
            <translation>{problem}

Wellness Desk wird jetzt geschlossen: Öffnen Sie es erneut, um weiterzuarbeiten (mit der Datenbank wie zuvor).</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Eine Sicherung wiederherstellen</translation>
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
            <source>cards.pdf</source>
            <translation>karten.pdf</translation>
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
            <translation>Noch keine Aktivierung: Legen Sie eine unter Aktivierungen an</translation>
        </message>
        <message>
            <source>File: say where to save the PDF</source>
            <translation>Datei: Geben Sie an, wo das PDF gespeichert wird</translation>
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
            <source>program.ics</source>
            <translation>programm.ics</translation>
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
            <source>program.pdf</source>
            <translation>programm.pdf</translation>
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
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>Tastenkürzel anzeigen</translation>
        </message>
        <message>
            <source>Go to the first … ninth section of the sidebar</source>
            <translation>Zum ersten … neunten Bereich der Seitenleiste</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Einstellungen öffnen</translation>
        </message>
        <message>
            <source>Quit Wellness Desk</source>
            <translation>Wellness Desk beenden</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Set-Zähler</translation>
        </message>
        <message>
            <source>Hand out one kit of the first … ninth tile</source>
            <translation>Ein Set der ersten … neunten Kachel ausgeben</translation>
        </message>
        <message>
            <source>Undo the last hand-out</source>
            <translation>Letzte Ausgabe rückgängig machen</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Hilfsangebote</translation>
        </message>
        <message>
            <source>Type anywhere on the page to search</source>
            <translation>Irgendwo auf der Seite tippen, um zu suchen</translation>
        </message>
        <message>
            <source>Move through the numbers found</source>
            <translation>Durch die gefundenen Nummern gehen</translation>
        </message>
        <message>
            <source>Copy the chosen number</source>
            <translation>Die gewählte Nummer kopieren</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Suche und Filter leeren</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Neuer Workshop</translation>
        </message>
        <message>
            <source>Move between sessions (across spaces, in time)</source>
            <translation>Zwischen Sessions wechseln (über Bereiche, in der Zeit)</translation>
        </message>
        <message>
            <source>First or last session of the space</source>
            <translation>Erste oder letzte Session des Bereichs</translation>
        </message>
        <message>
            <source>Open the chosen session</source>
            <translation>Die gewählte Session öffnen</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Therapietage</translation>
        </message>
        <message>
            <source>Move through the slots</source>
            <translation>Durch die Termine gehen</translation>
        </message>
        <message>
            <source>The chosen slot's main action (book, check in)</source>
            <translation>Die Hauptaktion des gewählten Termins (buchen, einchecken)</translation>
        </message>
        <message>
            <source>All actions on the chosen slot</source>
            <translation>Alle Aktionen des gewählten Termins</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Save the cards or signs as a PDF</source>
            <translation>Karten oder Schilder als PDF speichern</translation>
        </message>
        <message>
            <source>Print the cards or signs</source>
            <translation>Karten oder Schilder drucken</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Dialoge</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>Nächstes oder vorheriges Feld</translation>
        </message>
        <message>
            <source>OK: save what the dialog holds</source>
            <translation>OK: speichern, was im Dialog steht</translation>
        </message>
        <message>
            <source>Cancel: close without saving</source>
            <translation>Abbrechen: schließen ohne zu speichern</translation>
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
            <translation>Dieser Laptop sendet seine Zählungen noch an keinen Hub. Bitten Sie die Koordination um einen Anmeldecode und verbinden Sie sich dann.</translation>
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
            <translation>Zurückgelegt, damit sie den Rest nie blockieren; senden Sie eines erneut, sobald der Hub repariert ist.</translation>
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
            <translation>Sync angehalten: Der Hub nimmt diesen Laptop nicht mehr an – verbinden Sie ihn auf der Sync-Seite neu</translation>
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
            <source>Now and next in every space</source>
            <translation>Jetzt und als Nächstes in jedem Raum</translation>
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
        <name>app</name>
        <message>
            <source>Wellness Desk</source>
            <translation>Wellness Desk</translation>
        </message>
        <message>
            <source>{problem}

There is no backup of it in {folder} to put back.</source>
            <translation>{problem}

In {folder} gibt es keine Sicherung davon, die zurückgespielt werden könnte.</translation>
        </message>
        <message>
            <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
            <translation>{problem}

Die neueste fehlerfreie Sicherung wurde am {when} erstellt. Beim Wiederherstellen tritt diese Kopie an ihre Stelle; die beschädigte Datei wird daneben beiseitegelegt, nicht gelöscht. Was nach der Sicherung gezählt wurde, ist in dieser Kopie nicht enthalten.</translation>
        </message>
        <message>
            <source>Restore the newest backup ({when})…</source>
            <translation>Neueste Sicherung wiederherstellen ({when})…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
            <translation>Die beschädigte Datenbank durch die Sicherung vom {when} ersetzen? Die beschädigte Datei bleibt in {folder} erhalten.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
            <translation>Sicherung vom {when} wiederhergestellt; die beschädigte Datei wurde als {file} beiseitegelegt.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}.</source>
            <translation>Sicherung vom {when} wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
            <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es wurde ins Protokoll {log} geschrieben; Ihre Zählungen sind gespeichert. Sie können weitermachen; passiert es wieder, schicken Sie diese Datei an die Person, die die App betreut.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es konnte nicht ins Protokoll geschrieben werden (in den Ordner {folder} kann nicht geschrieben werden); Ihre Zählungen sind gespeichert. Sie können weitermachen; passiert es wieder, sagen Sie der Person Bescheid, die die App betreut.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es konnte in kein Protokoll geschrieben werden; Ihre Zählungen sind gespeichert. Sie können weitermachen; passiert es wieder, sagen Sie der Person Bescheid, die die App betreut.</translation>
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
