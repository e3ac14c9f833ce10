<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../activations_page.py" line="207" />
        <source>Activations: festivals and tours</source>
        <translation>Einsätze: Festivals und Tourneen</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="216" />
        <source>&amp;Activations</source>
        <translation>&amp;Einsätze</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="220" />
        <location filename="../../activations_page.py" line="356" />
        <source>Activations</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="225" />
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Places</source>
        <translation>&amp;Orte</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="229" />
        <source>Places of the activation</source>
        <translation>Orte des Einsatzes</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="238" />
        <source>&amp;Use this activation</source>
        <translation>Diesen Einsatz &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="241" />
        <source>&amp;New activation…</source>
        <translation>&amp;Neuer Einsatz…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="243" />
        <location filename="../../activations_page.py" line="334" />
        <source>Add &amp;location…</source>
        <translation>&amp;Ort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="245" />
        <source>&amp;Capacity and changeover…</source>
        <translation>&amp;Kapazität und Umbau…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="246" />
        <source>How many people the space holds, and the minutes needed between two sessions there.</source>
        <translation>Wie viele Personen der Raum fasst und wie viele Minuten zwischen zwei Sitzungen dort nötig sind.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="249" />
        <source>&amp;Edit stop…</source>
        <translation>Station &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="251" />
        <source>&amp;Delete stop…</source>
        <translation>Station &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="254" />
        <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
        <translation>Nur eine Station ohne Einträge: kein Therapietag, kein Workshop, keine erfassten Sets.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="265" />
        <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
        <translation>Noch kein Einsatz. Ein Einsatz ist ein Festival oder eine Tournee: Legen Sie einen an und fügen Sie dann seine Zelte und Räume oder seine Tourstationen hinzu.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="267" />
        <source>Create an activation</source>
        <translation>Einsatz anlegen</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="285" />
        <source>{kind} · {start} to {end} · {zone}</source>
        <translation>{kind} · {start} bis {end} · {zone}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="288" />
        <source>{name}  ✓ current
{details}</source>
        <translation>{name}  ✓ aktuell
{details}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="289" />
        <source>{name}
{details}</source>
        <translation>{name}
{details}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="311" />
        <source>{day} · {city}</source>
        <translation>{day} · {city}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="315" />
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="320" />
        <source>Holds {capacity}</source>
        <translation>Fasst {capacity}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../activations_page.py" line="322" />
        <source>%n min changeover</source>
        <translation><numerusform>%n Min. Umbau</numerusform><numerusform>%n Min. Umbau</numerusform></translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Tour stops</source>
        <translation>&amp;Tourstationen</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="333" />
        <source>Add a &amp;stop…</source>
        <translation>&amp;Station hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="378" />
        <source>People the space holds (0: no limit):</source>
        <translation>Personen, die der Raum fasst (0: keine Grenze):</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="383" />
        <source>Changeover minutes needed between two sessions:</source>
        <translation>Nötige Umbauminuten zwischen zwei Sitzungen:</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="408" />
        <source>Delete stop</source>
        <translation>Station löschen</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="409" />
        <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
        <translation>Station {stop} löschen? Das lässt sich nicht rückgängig machen (bei Bedarf neu anlegen).</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="137" />
        <source>Add location</source>
        <translation>Ort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="140" />
        <source>A place at {activation}, e.g. Wellness tent</source>
        <translation>Ein Ort bei {activation}, z. B. Wellness-Zelt</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>NewActivationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="105" />
        <source>New activation</source>
        <translation>Neuer Einsatz</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="107" />
        <source>e.g. Riverside Sound Festival 2027</source>
        <translation>z. B. Riverside Sound Festival 2027</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="114" />
        <location filename="../../activations_page.py" line="116" />
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="115" />
        <location filename="../../activations_page.py" line="117" />
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="116" />
        <source>&amp;First day</source>
        <translation>&amp;Erster Tag</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="117" />
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../schedule_page.py" line="61" />
        <location filename="../../schedule_page.py" line="193" />
        <location filename="../../schedule_page.py" line="354" />
        <source>Schedule</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="64" />
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="68" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="73" />
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="76" />
        <source>Add a session to the program (Ctrl+N)</source>
        <translation>Eine Sitzung zum Programm hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="79" />
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="81" />
        <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
        <translation>Ein ganzes Programm aus einer CSV-Datei hinzufügen (Spalten siehe README). Eine Datei mit einer fehlerhaften Zeile fügt nichts hinzu.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="85" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="86" />
        <source>Export the program</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="97" />
        <source>Day program</source>
        <translation>Tagesprogramm</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="98" />
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>S&amp;pace:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>Space filter</source>
        <translation>Raumfilter</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>F&amp;acilitator:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>Facilitator filter</source>
        <translation>Leitungsfilter</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="122" />
        <source>Sessions of the day</source>
        <translation>Sitzungen des Tages</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="123" />
        <source>Enter or a double click opens a session.</source>
        <translation>Eingabetaste oder Doppelklick öffnet eine Sitzung.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="131" />
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="134" />
        <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
        <translation>Noch kein Einsatz. Legen Sie unter Einsätze ein Festival oder eine Tournee an, fügen Sie die Räume hinzu und planen Sie dann hier das Programm.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="136" />
        <source>Go to Activations</source>
        <translation>Zu den Einsätzen</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Facilitators</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Headcount</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="155" />
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="157" />
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="199" />
        <source>Schedule · {activation}</source>
        <translation>Programm · {activation}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="227" />
        <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
        <translation><numerusform>⚠ %n Sitzung mit einem Konflikt an diesem Tag (rot umrandet; zeigen oder öffnen, um den Grund zu sehen)</numerusform><numerusform>⚠ %n Sitzungen mit einem Konflikt an diesem Tag (rot umrandet; eine zeigen oder öffnen, um den Grund zu sehen)</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="236" />
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="247" />
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="284" />
        <source>Calendar (.ics), whole program…</source>
        <translation>Kalender (.ics), ganzes Programm…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="285" />
        <source>Calendar (.ics), one space</source>
        <translation>Kalender (.ics), ein Raum</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="287" />
        <source>{space}…</source>
        <translation>{space}…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="290" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="290" />
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="291" />
        <source>Day program PDF ({paper})…</source>
        <translation>Tagesprogramm als PDF ({paper})…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="295" />
        <source>Import a workshop program</source>
        <translation>Workshop-Programm importieren</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="296" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="301" />
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="302" />
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="307" />
        <source>Save the day program</source>
        <translation>Tagesprogramm speichern</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="316" />
        <source>Imported %n workshop(s).</source>
        <translation><numerusform>%n Workshop importiert.</numerusform><numerusform>%n Workshops importiert.</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="328" />
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="336" />
        <source>Saved {path}: %n page(s)</source>
        <translation><numerusform>Gespeichert {path}: %n Seite</numerusform><numerusform>Gespeichert {path}: %n Seiten</numerusform></translation>
    </message>
</context>
<context>
    <name>SpaceHeader</name>
    <message>
        <location filename="../../timeline.py" line="438" />
        <source>Spaces: {names}</source>
        <translation>Räume: {names}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="453" />
        <source>Holds {capacity}</source>
        <translation>Fasst {capacity}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../timeline.py" line="172" />
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="174" />
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="176" />
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="184" />
        <source>Full: </source>
        <translation>Voll: </translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="188" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="193" />
        <source>%n of {capacity}</source>
        <translation><numerusform>%n von {capacity}</numerusform><numerusform>%n von {capacity}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="195" />
        <source>%n person(s)</source>
        <translation><numerusform>%n Person</numerusform><numerusform>%n Personen</numerusform></translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="208" />
        <source>{title} · {people}</source>
        <translation>{title} · {people}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="214" />
        <source>{time} · {state}</source>
        <translation>{time} · {state}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="222" />
        <source>{title}, {time}, {space}, {count}</source>
        <translation>{title}, {time}, {space}, {count}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="225" />
        <source>{session}, {state}</source>
        <translation>{session}, {state}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="231" />
        <source>With {people}</source>
        <translation>Mit {people}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="232" />
        <source>{time} · {space} · {kind}</source>
        <translation>{time} · {space} · {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="236" />
        <source>{count} · {state}</source>
        <translation>{count} · {state}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="256" />
        <source>No spaces yet: add the tents and rooms under Activations.</source>
        <translation>Noch keine Räume: Fügen Sie Zelte und Räume unter Einsätze hinzu.</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="348" />
        <source>Day timeline</source>
        <translation>Zeitleiste des Tages</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="350" />
        <source>Arrow keys move between sessions; Enter opens the focused one.</source>
        <translation>Pfeiltasten wechseln zwischen Sitzungen; die Eingabetaste öffnet die markierte.</translation>
    </message>
</context>
<context>
    <name>TourStopDialog</name>
    <message>
        <location filename="../../activations_page.py" line="164" />
        <source>Change {stop}</source>
        <translation>{stop} ändern</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="165" />
        <source>Add a stop to {tour}</source>
        <translation>Station zu {tour} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="169" />
        <location filename="../../activations_page.py" line="170" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="170" />
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="171" />
        <source>The tour runs {start} to {end}.</source>
        <translation>Die Tournee läuft vom {start} bis {end}.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>&amp;City</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="177" />
        <source>e.g. US</source>
        <translation>z. B. US</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>&amp;Venue</source>
        <translation>&amp;Spielstätte</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>Venue</source>
        <translation>Spielstätte</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>Edit workshop</source>
        <translation>Workshop bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="72" />
        <source>e.g. Morning breathwork</source>
        <translation>z. B. Atemarbeit am Morgen</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="78" />
        <source>New kind…</source>
        <translation>Neue Art…</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="79" />
        <source>New kind of session</source>
        <translation>Neue Art von Sitzung</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>S&amp;pace</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>&amp;Day</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="95" />
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="98" />
        <source>Ends at</source>
        <translation>Endet um</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="101" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="107" />
        <source>T&amp;ime</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="109" />
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>&amp;Facilitators</source>
        <translation>&amp;Leitung</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>Facilitators</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="114" />
        <source>The space's</source>
        <translation>Wie der Raum</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="116" />
        <source>People who can take part; 0 uses what the space holds.</source>
        <translation>Personen, die teilnehmen können; 0 übernimmt die Kapazität des Raums.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>&amp;Capacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>D&amp;escription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="123" />
        <source>Every day of the activation at this time</source>
        <translation>Jeden Tag des Einsatzes zu dieser Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="124" />
        <source>Repeat every day of the activation</source>
        <translation>An jedem Tag des Einsatzes wiederholen</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="126" />
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="140" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="143" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="150" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="151" />
        <source>Put &amp;back on</source>
        <translation>&amp;Wieder ansetzen</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="152" />
        <source>Cancel sessi&amp;on</source>
        <translation>Sitzung &amp;absagen</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="153" />
        <source>&amp;Mark held</source>
        <translation>Als &amp;stattgefunden markieren</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="154" />
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="217" />
        <source>{day} (outside the dates)</source>
        <translation>{day} (außerhalb der Daten)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="226" />
        <source>Pick a space first.</source>
        <translation>Wählen Sie zuerst einen Raum.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="244" />
        <source>(ends the next day)</source>
        <translation>(endet am nächsten Tag)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="272" />
        <source>You can save anyway; the program keeps the mark until it is fixed.</source>
        <translation>Sie können trotzdem speichern; das Programm behält die Markierung, bis es behoben ist.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="330" />
        <source>New kind</source>
        <translation>Neue Art</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="331" />
        <source>Kind of session (e.g. Drum circle):</source>
        <translation>Art der Sitzung (z. B. Trommelkreis):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_editor.py" line="369" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
        <translation><numerusform>„{title}“ beginnt um {time}, in %n Minute. Jetzt als stattgefunden markieren?

Sie können das am Eingang auf der Seite Heute zurücknehmen („Zurücksetzen (nicht stattgefunden)“).</numerusform><numerusform>„{title}“ beginnt um {time}, in %n Minuten. Jetzt als stattgefunden markieren?

Sie können das am Eingang auf der Seite Heute zurücknehmen („Zurücksetzen (nicht stattgefunden)“).</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="373" />
        <source>Mark held</source>
        <translation>Als stattgefunden markieren</translation>
    </message>
</context>
<context>
    <name>activations_page</name>
    <message>
        <location filename="../../activations_page.py" line="41" />
        <source>Tent</source>
        <translation>Zelt</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="42" />
        <source>Green room</source>
        <translation>Backstage-Raum</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="43" />
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="44" />
        <source>Tour stop</source>
        <translation>Tourstation</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="45" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="55" />
        <source>Tour</source>
        <translation>Tournee</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="56" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
</context>
</TS>