<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../charts.py" line="173" />
        <source>Nothing counted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="226" />
        <source>{title} ({unit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="235" />
        <source>{category}: {values}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="247" />
        <location filename="../../charts.py" line="263" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="248" />
        <source>{series} {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="257" />
        <source>{title}: {empty}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="259" />
        <source>{category} {values}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="262" />
        <source>{title}: {figures}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="513" />
        <source>Kits handed out today per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="514" />
        <source>No hand-outs yet today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../charts.py" line="521" />
        <source>kits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoorPanel</name>
    <message>
        <location filename="../../today_page.py" line="201" />
        <source>Door</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="214" />
        <source>FULL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="224" />
        <source>Take one person off the door count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="226" />
        <source>Add one person at the door</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="235" />
        <source>Take one person off the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="238" />
        <source>Add one person to the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="242" />
        <location filename="../../today_page.py" line="332" />
        <location filename="../../today_page.py" line="361" />
        <source>Mark held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="305" />
        <source>No session now or later today in this space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="313" />
        <source>{kind} · {times} in {space} · cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="315" />
        <source>{kind} · {times} in {space} · held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="317" />
        <source>{kind} · {times} in {space}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="320" />
        <source>{count} / {capacity}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="323" />
        <source>At the door: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="325" />
        <source>Count newcomers on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="331" />
        <source>Put back (not held)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="334" />
        <source>Walk-ins waiting: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="337" />
        <source>FULL: {title}. Count newcomers on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="362" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
        <translation>
            <numerusform>“{title}” starts at {time}, in %n minute. Mark it held now?

You can put it back with “Put back (not held)”.</numerusform><numerusform>“{title}” starts at {time}, in %n minutes. Mark it held now?

You can put it back with “Put back (not held)”.</numerusform></translation>
    </message>
</context>
<context>
    <name>HandOutSeveralDialog</name>
    <message>
        <location filename="../../kit_counter.py" line="182" />
        <location filename="../../kit_counter.py" line="262" />
        <source>Hand out several</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="186" />
        <source>{kit}: how many went over the table at once?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="198" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="199" />
        <source>&amp;For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="204" />
        <source>How many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="218" />
        <source>How &amp;many:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="233" />
        <source>Hand out {count} × {kit} for {role}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="263" />
        <source>{question}

That is more than {most} at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitCounterPage</name>
    <message>
        <location filename="../../kit_counter.py" line="341" />
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="345" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="353" />
        <source>Next tap is for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="365" />
        <source>Next tap is for: {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="368" />
        <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="397" />
        <source>Today per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="405" />
        <location filename="../../kit_counter.py" line="408" />
        <source>Recent actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="411" />
        <source>Undo selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="412" />
        <source>Undo the selected action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="432" />
        <source>Undo the last tap (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="478" />
        <source>Kit counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="479" />
        <source>No activation yet. Create one under Activations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="480" />
        <location filename="../../kit_counter.py" line="485" />
        <source>Open Activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="484" />
        <source>This activation has no location yet. Add one under Activations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="488" />
        <source>No kit types yet. Add some under Kit catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="489" />
        <source>Open the kit catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="491" />
        <source>{activation} · {location}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="494" />
        <source>%Ln kit(s) handed out today</source>
        <translation>
            <numerusform>%Ln kit handed out today</numerusform><numerusform>%Ln kits handed out today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="557" />
        <source>Undo: %Ln × {kit}, {time}</source>
        <translation>
            <numerusform>Undo: %Ln × {kit}, {time}</numerusform><numerusform>Undo: %Ln × {kit}, {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="558" />
        <source>Undo: %Ln × {kit} for {role}, {time}</source>
        <translation>
            <numerusform>Undo: %Ln × {kit} for {role}, {time}</numerusform><numerusform>Undo: %Ln × {kit} for {role}, {time}</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="567" />
        <source>Nothing to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="568" />
        <source>Undo: nothing to undo</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="580" />
        <source>No tile {key}: there are %Ln kit(s)</source>
        <translation>
            <numerusform>No tile {key}: there is %Ln kit</numerusform><numerusform>No tile {key}: there are %Ln kits</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="613" />
        <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="615" />
        <source>Counted: {kit} ×{count} · stock {stock}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="621" />
        <source>Not counted: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="645" />
        <source>Not undone: the hand-out still counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="647" />
        <source>Not undone: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="659" />
        <source>Counting at {location} ({activation})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="670" />
        <source>Undone: {kit} ×{count} handed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="673" />
        <source>Undone: {kit} stock {change}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="702" />
        <source>Hand out one to {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="705" />
        <source>Hand out several…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitTileButton</name>
    <message>
        <location filename="../../widgets.py" line="220" />
        <source>Key {key} · stock {stock} · below zero, count the box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="221" />
        <source>Stock {stock} · below zero, count the box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="223" />
        <source>Key {key} · stock {stock} · LOW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="224" />
        <source>Stock {stock} · LOW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Key {key} · stock {stock}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Stock {stock}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="229" />
        <source>Tap to log one {kit} handed out. Right-click for more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="246" />
        <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="249" />
        <source>{kit}: {today} today, stock {stock}, low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets.py" line="250" />
        <source>{kit}: {today} today, stock {stock}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitsTodayBox</name>
    <message>
        <location filename="../../today_page.py" line="389" />
        <source>Kits today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="415" />
        <source>%Ln kit(s) handed out</source>
        <translation>
            <numerusform>%Ln kit handed out</numerusform><numerusform>%Ln kits handed out</numerusform></translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="417" />
        <source>{kit}: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="418" />
        <source>No kit types yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="426" />
        <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="428" />
        <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpaceCard</name>
    <message>
        <location filename="../../today_page.py" line="118" />
        <source>At the door</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="146" />
        <source>Nothing on now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="152" />
        <source> (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="153" />
        <source>Now: {title}{cancelled}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="162" />
        <source>{count} of {capacity}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="167" />
        <source>{count} in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="169" />
        <source>Headcount of {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="172" />
        <source>Next: {title}, {times}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="173" />
        <source>Nothing next today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="174" />
        <source>Count at the door for {space}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../today_page.py" line="470" />
        <location filename="../../today_page.py" line="571" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="481" />
        <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="483" />
        <source>Create an activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="494" />
        <source>Now and next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="575" />
        <source>Today · {activation} · {day} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="607" />
        <source>No spaces yet: add them under Activations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="608" />
        <source>Open Activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="611" />
        <source>No sessions today. Plan them in the schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="612" />
        <source>Open the schedule</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kit_counter</name>
    <message>
        <location filename="../../kit_counter.py" line="48" />
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="49" />
        <source>Artist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="50" />
        <source>Crew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="51" />
        <source>Venue staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="52" />
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="53" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="61" />
        <source>anyone</source>
        <comment>in a sentence: for anyone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="63" />
        <source>artists</source>
        <comment>in a sentence: for artists</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="65" />
        <source>crew</source>
        <comment>in a sentence: for crew</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="66" />
        <source>venue staff</source>
        <comment>in a sentence: for venue staff</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="68" />
        <source>family</source>
        <comment>in a sentence: for family</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="70" />
        <source>others</source>
        <comment>in a sentence: for others</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="85" />
        <source>{kit} ×{count} handed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="87" />
        <source>{kit} ×{count} handed out · {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="90" />
        <source>{kit} +{count} received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="93" />
        <source>{kit} count corrected ({change}): {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="99" />
        <source>{time}  {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="102" />
        <source>{what}  — undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="119" />
        <source>Undo: {kit} ×{count} ({role}) handed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="122" />
        <source>Undo: {kit} ×{count} handed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="124" />
        <source>Undo: {kit} ({role}) handed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="126" />
        <source>Undo: {kit} handed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="128" />
        <source>Undo: {kit} +{count} received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="130" />
        <source>Undo: {kit} count correction ({change})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="133" />
        <source>{what} at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="146" />
        <source>Type how many, as a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="148" />
        <source>“{text}” is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="153" />
        <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="158" />
        <source>Hand out at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="161" />
        <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_counter.py" line="307" />
        <source>That tap was not counted, so there is nothing to undo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>today_page</name>
    <message>
        <location filename="../../today_page.py" line="63" />
        <source>{start}–{end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="69" />
        <source>{count}/{capacity}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="71" />
        <source>{count} in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="78" />
        <source>Now: —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="79" />
        <source>Next: —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="82" />
        <source>Now: {times} {title} (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="84" />
        <source>Next: {times} {title} (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="86" />
        <source>Now: {times} {title} · {people}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="88" />
        <source>Next: {times} {title} · {people}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="435" />
        <source>Kits per hour today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="436" />
        <location filename="../../today_page.py" line="438" />
        <source>No hand-outs yet today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="437" />
        <source>Kits by type today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="440" />
        <source>Attendance against capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../today_page.py" line="441" />
        <source>No sessions today</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>