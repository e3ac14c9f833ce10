<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../activations_page.py" line="207" />
        <source>Activations: festivals and tours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="216" />
        <source>&amp;Activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="220" />
        <location filename="../../activations_page.py" line="356" />
        <source>Activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="225" />
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="229" />
        <source>Places of the activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="238" />
        <source>&amp;Use this activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="241" />
        <source>&amp;New activation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="243" />
        <location filename="../../activations_page.py" line="334" />
        <source>Add &amp;location…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="245" />
        <source>&amp;Capacity and changeover…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="246" />
        <source>How many people the space holds, and the minutes needed between two sessions there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="249" />
        <source>&amp;Edit stop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="251" />
        <source>&amp;Delete stop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="254" />
        <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="265" />
        <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="267" />
        <source>Create an activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="285" />
        <source>{kind} · {start} to {end} · {zone}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="288" />
        <source>{name}  ✓ current
{details}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="289" />
        <source>{name}
{details}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="311" />
        <source>{day} · {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="315" />
        <source>{name} ({kind})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="320" />
        <source>Holds {capacity}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../activations_page.py" line="322" />
        <source>%n min changeover</source>
        <translation><numerusform>%n min changeover</numerusform><numerusform>%n min changeover</numerusform></translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Tour stops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="333" />
        <source>Add a &amp;stop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="378" />
        <source>People the space holds (0: no limit):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="383" />
        <source>Changeover minutes needed between two sessions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="408" />
        <source>Delete stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="409" />
        <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="137" />
        <source>Add location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="140" />
        <source>A place at {activation}, e.g. Wellness tent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewActivationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="105" />
        <source>New activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="107" />
        <source>e.g. Riverside Sound Festival 2027</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="114" />
        <location filename="../../activations_page.py" line="116" />
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="115" />
        <location filename="../../activations_page.py" line="117" />
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="116" />
        <source>&amp;First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="117" />
        <source>&amp;Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>&amp;Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../schedule_page.py" line="61" />
        <location filename="../../schedule_page.py" line="193" />
        <location filename="../../schedule_page.py" line="354" />
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="64" />
        <source>&amp;Day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="68" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="73" />
        <source>&amp;New workshop…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="76" />
        <source>Add a session to the program (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="79" />
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="81" />
        <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="85" />
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="86" />
        <source>Export the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="97" />
        <source>Day program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="98" />
        <source>&amp;Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>S&amp;pace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>Space filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>Kind filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>F&amp;acilitator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>Facilitator filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="122" />
        <source>Sessions of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="123" />
        <source>Enter or a double click opens a session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="131" />
        <source>&amp;List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="134" />
        <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="136" />
        <source>Go to Activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Facilitators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Headcount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="155" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="157" />
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="199" />
        <source>Schedule · {activation}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="227" />
        <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
        <translation><numerusform>⚠ %n session with a conflict this day (outlined in red; hover or open it to see why)</numerusform><numerusform>⚠ %n sessions with a conflict this day (outlined in red; hover or open one to see why)</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="236" />
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="247" />
        <source>{day} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="284" />
        <source>Calendar (.ics), whole program…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="285" />
        <source>Calendar (.ics), one space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="287" />
        <source>{space}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="290" />
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="290" />
        <source>US Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="291" />
        <source>Day program PDF ({paper})…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="295" />
        <source>Import a workshop program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="296" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="301" />
        <source>Export calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="302" />
        <source>Calendar (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="307" />
        <source>Save the day program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../schedule_page.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="316" />
        <source>Imported %n workshop(s).</source>
        <translation><numerusform>Imported %n workshop.</numerusform><numerusform>Imported %n workshops.</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="328" />
        <source>Saved {path}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="336" />
        <source>Saved {path}: %n page(s)</source>
        <translation><numerusform>Saved {path}: %n page</numerusform><numerusform>Saved {path}: %n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>SpaceHeader</name>
    <message>
        <location filename="../../timeline.py" line="438" />
        <source>Spaces: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="453" />
        <source>Holds {capacity}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../timeline.py" line="172" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="174" />
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="176" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="184" />
        <source>Full: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="188" />
        <source>{start}–{end}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="193" />
        <source>%n of {capacity}</source>
        <translation><numerusform>%n of {capacity}</numerusform><numerusform>%n of {capacity}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="195" />
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="208" />
        <source>{title} · {people}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="214" />
        <source>{time} · {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="222" />
        <source>{title}, {time}, {space}, {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="225" />
        <source>{session}, {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="231" />
        <source>With {people}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="232" />
        <source>{time} · {space} · {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="236" />
        <source>{count} · {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="256" />
        <source>No spaces yet: add the tents and rooms under Activations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="348" />
        <source>Day timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../timeline.py" line="350" />
        <source>Arrow keys move between sessions; Enter opens the focused one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TourStopDialog</name>
    <message>
        <location filename="../../activations_page.py" line="164" />
        <source>Change {stop}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="165" />
        <source>Add a stop to {tour}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="169" />
        <location filename="../../activations_page.py" line="170" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="170" />
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="171" />
        <source>The tour runs {start} to {end}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>&amp;City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="177" />
        <source>e.g. US</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>C&amp;ountry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>&amp;Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>&amp;Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>Edit workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>New workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="72" />
        <source>e.g. Morning breathwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="78" />
        <source>New kind…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="79" />
        <source>New kind of session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>S&amp;pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>&amp;Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="95" />
        <source>Starts at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="98" />
        <source>Ends at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="101" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="107" />
        <source>T&amp;ime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="109" />
        <source>Names, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>&amp;Facilitators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>Facilitators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="114" />
        <source>The space's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="116" />
        <source>People who can take part; 0 uses what the space holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>&amp;Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>D&amp;escription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="123" />
        <source>Every day of the activation at this time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="124" />
        <source>Repeat every day of the activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="126" />
        <source>&amp;Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="140" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="143" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="150" />
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="151" />
        <source>Put &amp;back on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="152" />
        <source>Cancel sessi&amp;on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="153" />
        <source>&amp;Mark held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="154" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="217" />
        <source>{day} (outside the dates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="226" />
        <source>Pick a space first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="244" />
        <source>(ends the next day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="272" />
        <source>You can save anyway; the program keeps the mark until it is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="330" />
        <source>New kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="331" />
        <source>Kind of session (e.g. Drum circle):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../workshop_editor.py" line="369" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
        <translation><numerusform>“{title}” starts at {time}, in %n minute. Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</numerusform><numerusform>“{title}” starts at {time}, in %n minutes. Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="373" />
        <source>Mark held</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>activations_page</name>
    <message>
        <location filename="../../activations_page.py" line="41" />
        <source>Tent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="42" />
        <source>Green room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="43" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="44" />
        <source>Tour stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="45" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="55" />
        <source>Tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../activations_page.py" line="56" />
        <source>Festival</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>