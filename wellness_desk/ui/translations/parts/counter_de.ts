<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../charts.py" line="173" />
        <source>Nothing counted yet</source>
        <translation>Noch nichts gezählt</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="226" />
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="235" />
        <source>{category}: {values}</source>
        <translation>{category}: {values}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="247" />
        <location filename="../../charts.py" line="263" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../charts.py" line="248" />
        <source>{series} {value}</source>
        <translation>{series} {value}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="257" />
        <source>{title}: {empty}</source>
        <translation>{title}: {empty}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="259" />
        <source>{category} {values}</source>
        <translation>{category} {values}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="262" />
        <source>{title}: {figures}</source>
        <translation>{title}: {figures}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="513" />
        <source>Kits handed out today per hour</source>
        <translation>Heute ausgegebene Sets pro Stunde</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="514" />
        <source>No hand-outs yet today</source>
        <translation>Heute noch nichts ausgegeben</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="521" />
        <source>kits</source>
        <translation>Sets</translation>
    </message>
</context>
<context>
    <name>DoorPanel</name>
    <message>
        <location filename="../../today_page.py" line="201" />
        <source>Door</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="214" />
        <source>FULL</source>
        <translation>VOLL</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="224" />
        <source>Take one person off the door count</source>
        <translation>Eine Person vom Einlasszähler abziehen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="226" />
        <source>Add one person at the door</source>
        <translation>Eine Person am Einlass hinzufügen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="235" />
        <source>Take one person off the waitlist</source>
        <translation>Eine Person von der Warteliste nehmen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="238" />
        <source>Add one person to the waitlist</source>
        <translation>Eine Person auf die Warteliste setzen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="242" />
        <location filename="../../today_page.py" line="332" />
        <location filename="../../today_page.py" line="361" />
        <source>Mark held</source>
        <translation>Als stattgefunden markieren</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="305" />
        <source>No session now or later today in this space.</source>
        <translation>Jetzt und später heute keine Session in diesem Raum.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="313" />
        <source>{kind} · {times} in {space} · cancelled</source>
        <translation>{kind} · {times} in {space} · abgesagt</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="315" />
        <source>{kind} · {times} in {space} · held</source>
        <translation>{kind} · {times} in {space} · stattgefunden</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="317" />
        <source>{kind} · {times} in {space}</source>
        <translation>{kind} · {times} in {space}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="320" />
        <source>{count} / {capacity}</source>
        <translation>{count} / {capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="323" />
        <source>At the door: {count}</source>
        <translation>Am Einlass: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="325" />
        <source>Count newcomers on the waitlist</source>
        <translation>Neu Ankommende auf der Warteliste zählen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="331" />
        <source>Put back (not held)</source>
        <translation>Zurücksetzen (nicht stattgefunden)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="334" />
        <source>Walk-ins waiting: {count}</source>
        <translation>Wartende ohne Buchung: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="337" />
        <source>FULL: {title}. Count newcomers on the waitlist</source>
        <translation>VOLL: {title}. Neu Ankommende auf der Warteliste zählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="362" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
        <translation>
            <numerusform>„{title}“ beginnt um {time}, in %n Minute. Jetzt als stattgefunden markieren?

Sie können das mit „Zurücksetzen (nicht stattgefunden)“ zurücknehmen.</numerusform><numerusform>„{title}“ beginnt um {time}, in %n Minuten. Jetzt als stattgefunden markieren?

Sie können das mit „Zurücksetzen (nicht stattgefunden)“ zurücknehmen.</numerusform></translation>
    </message>
</context>
<context>
    <name>HandOutSeveralDialog</name>
    <message>
        <location filename="../../kit_counter.py" line="182" />
        <location filename="../../kit_counter.py" line="262" />
        <source>Hand out several</source>
        <translation>Mehrere ausgeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="186" />
        <source>{kit}: how many went over the table at once?</source>
        <translation>{kit}: wie viele gingen auf einmal über den Tisch?</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="198" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="199" />
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="204" />
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="218" />
        <source>How &amp;many:</source>
        <translation>Wie &amp;viele:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="233" />
        <source>Hand out {count} × {kit} for {role}?</source>
        <translation>{count} × {kit} für {role} ausgeben?</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="263" />
        <source>{question}

That is more than {most} at once.</source>
        <translation>{question}

Das sind mehr als {most} auf einmal.</translation>
    </message>
</context>
<context>
    <name>KitCounterPage</name>
    <message>
        <location filename="../../kit_counter.py" line="341" />
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="345" />
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="353" />
        <source>Next tap is for:</source>
        <translation>Nächster Tipp ist für:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="365" />
        <source>Next tap is for: {role}</source>
        <translation>Nächster Tipp ist für: {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="368" />
        <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
        <translation>Der nächste Tipp auf eine Kachel wird für diese Gruppe gezählt, danach wieder für alle</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="397" />
        <source>Today per hour</source>
        <translation>Heute pro Stunde</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="405" />
        <location filename="../../kit_counter.py" line="408" />
        <source>Recent actions</source>
        <translation>Letzte Aktionen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="411" />
        <source>Undo selected</source>
        <translation>Auswahl rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="412" />
        <source>Undo the selected action</source>
        <translation>Ausgewählte Aktion rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="432" />
        <source>Undo the last tap (Ctrl+Z)</source>
        <translation>Letzten Tipp rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="478" />
        <source>Kit counter</source>
        <translation>Set-Zähler</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="479" />
        <source>No activation yet. Create one under Activations.</source>
        <translation>Noch keine Aktivierung. Legen Sie eine unter Aktivierungen an.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="480" />
        <location filename="../../kit_counter.py" line="485" />
        <source>Open Activations</source>
        <translation>Aktivierungen öffnen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="484" />
        <source>This activation has no location yet. Add one under Activations.</source>
        <translation>Diese Aktivierung hat noch keinen Ort. Fügen Sie einen unter Aktivierungen hinzu.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="488" />
        <source>No kit types yet. Add some under Kit catalogue.</source>
        <translation>Noch keine Set-Arten. Legen Sie welche im Set-Katalog an.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="489" />
        <source>Open the kit catalogue</source>
        <translation>Set-Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="491" />
        <source>{activation} · {location}</source>
        <translation>{activation} · {location}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="494" />
        <source>%Ln kit(s) handed out today</source>
        <translation>
            <numerusform>%Ln Set heute ausgegeben</numerusform><numerusform>%Ln Sets heute ausgegeben</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="557" />
        <source>Undo: %Ln × {kit}, {time}</source>
        <translation>
            <numerusform>Rückgängig: %Ln × {kit}, {time}</numerusform><numerusform>Rückgängig: %Ln × {kit}, {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="558" />
        <source>Undo: %Ln × {kit} for {role}, {time}</source>
        <translation>
            <numerusform>Rückgängig: %Ln × {kit} für {role}, {time}</numerusform><numerusform>Rückgängig: %Ln × {kit} für {role}, {time}</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="567" />
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="568" />
        <source>Undo: nothing to undo</source>
        <translation>Rückgängig: nichts rückgängig zu machen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="580" />
        <source>No tile {key}: there are %Ln kit(s)</source>
        <translation>
            <numerusform>Keine Kachel {key}: es gibt %Ln Set</numerusform><numerusform>Keine Kachel {key}: es gibt %Ln Sets</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="613" />
        <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
        <translation>Gezählt: {kit} ×{count} · Bestand {stock} · unter null: Kiste nachzählen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="615" />
        <source>Counted: {kit} ×{count} · stock {stock}</source>
        <translation>Gezählt: {kit} ×{count} · Bestand {stock}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="621" />
        <source>Not counted: {reason}</source>
        <translation>Nicht gezählt: {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="645" />
        <source>Not undone: the hand-out still counts</source>
        <translation>Nicht rückgängig gemacht: die Ausgabe zählt weiter</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="647" />
        <source>Not undone: {reason}</source>
        <translation>Nicht rückgängig gemacht: {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="659" />
        <source>Counting at {location} ({activation})</source>
        <translation>Zählung in {location} ({activation})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="670" />
        <source>Undone: {kit} ×{count} handed out</source>
        <translation>Rückgängig gemacht: {kit} ×{count} ausgegeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="673" />
        <source>Undone: {kit} stock {change}</source>
        <translation>Rückgängig gemacht: {kit} Bestand {change}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="702" />
        <source>Hand out one to {role}</source>
        <translation>Eins an {role} ausgeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="705" />
        <source>Hand out several…</source>
        <translation>Mehrere ausgeben…</translation>
    </message>
</context>
<context>
    <name>KitTileButton</name>
    <message>
        <location filename="../../widgets.py" line="220" />
        <source>Key {key} · stock {stock} · below zero, count the box</source>
        <translation>Taste {key} · Bestand {stock} · unter null, Kiste nachzählen</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="221" />
        <source>Stock {stock} · below zero, count the box</source>
        <translation>Bestand {stock} · unter null, Kiste nachzählen</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="223" />
        <source>Key {key} · stock {stock} · LOW</source>
        <translation>Taste {key} · Bestand {stock} · NIEDRIG</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="224" />
        <source>Stock {stock} · LOW</source>
        <translation>Bestand {stock} · NIEDRIG</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Key {key} · stock {stock}</source>
        <translation>Taste {key} · Bestand {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Stock {stock}</source>
        <translation>Bestand {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="229" />
        <source>Tap to log one {kit} handed out. Right-click for more.</source>
        <translation>Tippen, um ein ausgegebenes {kit} zu zählen. Rechtsklick für mehr.</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="246" />
        <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
        <translation>{kit}: heute {today}, Bestand {stock}, unter null: Kiste nachzählen</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="249" />
        <source>{kit}: {today} today, stock {stock}, low</source>
        <translation>{kit}: heute {today}, Bestand {stock}, niedrig</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="250" />
        <source>{kit}: {today} today, stock {stock}</source>
        <translation>{kit}: heute {today}, Bestand {stock}</translation>
    </message>
</context>
<context>
    <name>KitsTodayBox</name>
    <message>
        <location filename="../../today_page.py" line="389" />
        <source>Kits today</source>
        <translation>Sets heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="415" />
        <source>%Ln kit(s) handed out</source>
        <translation>
            <numerusform>%Ln Set ausgegeben</numerusform><numerusform>%Ln Sets ausgegeben</numerusform></translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="417" />
        <source>{kit}: {count}</source>
        <translation>{kit}: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="418" />
        <source>No kit types yet.</source>
        <translation>Noch keine Set-Arten.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="426" />
        <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
        <translation>⚠ {kit} in {location}: Bestand {stock}, unter null: Kiste nachzählen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="428" />
        <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
        <translation>⚠ {kit} in {location}: Bestand {stock}, NIEDRIG</translation>
    </message>
</context>
<context>
    <name>SpaceCard</name>
    <message>
        <location filename="../../today_page.py" line="118" />
        <source>At the door</source>
        <translation>Am Einlass</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="146" />
        <source>Nothing on now</source>
        <translation>Gerade nichts</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="152" />
        <source> (cancelled)</source>
        <translation> (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="153" />
        <source>Now: {title}{cancelled}</source>
        <translation>Jetzt: {title}{cancelled}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="162" />
        <source>{count} of {capacity}</source>
        <translation>{count} von {capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="167" />
        <source>{count} in</source>
        <translation>{count} drin</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="169" />
        <source>Headcount of {title}</source>
        <translation>Teilnehmerzahl von {title}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="172" />
        <source>Next: {title}, {times}</source>
        <translation>Danach: {title}, {times}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="173" />
        <source>Nothing next today</source>
        <translation>Heute nichts mehr</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="174" />
        <source>Count at the door for {space}</source>
        <translation>Am Einlass von {space} zählen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../today_page.py" line="470" />
        <location filename="../../today_page.py" line="571" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="481" />
        <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
        <translation>Noch keine Aktivierung. Legen Sie das Festival oder die Tour an, bei der Sie arbeiten, dann zeigt Heute Räume, Sets und Einlass.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="483" />
        <source>Create an activation</source>
        <translation>Aktivierung anlegen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="494" />
        <source>Now and next</source>
        <translation>Jetzt und danach</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="575" />
        <source>Today · {activation} · {day} {time}</source>
        <translation>Heute · {activation} · {day} {time}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="607" />
        <source>No spaces yet: add them under Activations.</source>
        <translation>Noch keine Räume: legen Sie sie unter Aktivierungen an.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="608" />
        <source>Open Activations</source>
        <translation>Aktivierungen öffnen</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="611" />
        <source>No sessions today. Plan them in the schedule.</source>
        <translation>Heute keine Sessions. Planen Sie sie im Programm.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="612" />
        <source>Open the schedule</source>
        <translation>Programm öffnen</translation>
    </message>
</context>
<context>
    <name>kit_counter</name>
    <message>
        <location filename="../../kit_counter.py" line="48" />
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="49" />
        <source>Artist</source>
        <translation>Künstler*in</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="50" />
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="51" />
        <source>Venue staff</source>
        <translation>Personal vor Ort</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="52" />
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="53" />
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="61" />
        <source>anyone</source>
        <comment>in a sentence: for anyone</comment>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="63" />
        <source>artists</source>
        <comment>in a sentence: for artists</comment>
        <translation>Künstler*innen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="65" />
        <source>crew</source>
        <comment>in a sentence: for crew</comment>
        <translation>die Crew</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="66" />
        <source>venue staff</source>
        <comment>in a sentence: for venue staff</comment>
        <translation>das Personal vor Ort</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="68" />
        <source>family</source>
        <comment>in a sentence: for family</comment>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="70" />
        <source>others</source>
        <comment>in a sentence: for others</comment>
        <translation>andere</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="85" />
        <source>{kit} ×{count} handed out</source>
        <translation>{kit} ×{count} ausgegeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="87" />
        <source>{kit} ×{count} handed out · {role}</source>
        <translation>{kit} ×{count} ausgegeben · {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="90" />
        <source>{kit} +{count} received</source>
        <translation>{kit} +{count} erhalten</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="93" />
        <source>{kit} count corrected ({change}): {reason}</source>
        <translation>{kit} Zählung korrigiert ({change}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="99" />
        <source>{time}  {what}</source>
        <translation>{time}  {what}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="102" />
        <source>{what}  — undone</source>
        <translation>{what}  — rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="119" />
        <source>Undo: {kit} ×{count} ({role}) handed out</source>
        <translation>Rückgängig: {kit} ×{count} ({role}) ausgegeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="122" />
        <source>Undo: {kit} ×{count} handed out</source>
        <translation>Rückgängig: {kit} ×{count} ausgegeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="124" />
        <source>Undo: {kit} ({role}) handed out</source>
        <translation>Rückgängig: {kit} ({role}) ausgegeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="126" />
        <source>Undo: {kit} handed out</source>
        <translation>Rückgängig: {kit} ausgegeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="128" />
        <source>Undo: {kit} +{count} received</source>
        <translation>Rückgängig: {kit} +{count} erhalten</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="130" />
        <source>Undo: {kit} count correction ({change})</source>
        <translation>Rückgängig: Zählkorrektur {kit} ({change})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="133" />
        <source>{what} at {time}</source>
        <translation>{what} um {time}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="146" />
        <source>Type how many, as a whole number</source>
        <translation>Geben Sie die Anzahl als ganze Zahl ein</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="148" />
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="153" />
        <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>Mehr als {most}, das Höchste, was eine Ausgabe erfassen kann: prüfen Sie die Zahl oder erfassen Sie sie in Teilen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="158" />
        <source>Hand out at least 1</source>
        <translation>Mindestens 1 ausgeben</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="161" />
        <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>{count} ist mehr als {most}, das Höchste, was eine Ausgabe erfassen kann: prüfen Sie die Zahl oder erfassen Sie sie in Teilen</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="307" />
        <source>That tap was not counted, so there is nothing to undo</source>
        <translation>Dieser Tipp wurde nicht gezählt, es gibt nichts rückgängig zu machen</translation>
    </message>
</context>
<context>
    <name>today_page</name>
    <message>
        <location filename="../../today_page.py" line="63" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="69" />
        <source>{count}/{capacity}</source>
        <translation>{count}/{capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="71" />
        <source>{count} in</source>
        <translation>{count} drin</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="78" />
        <source>Now: —</source>
        <translation>Jetzt: —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="79" />
        <source>Next: —</source>
        <translation>Danach: —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="82" />
        <source>Now: {times} {title} (cancelled)</source>
        <translation>Jetzt: {times} {title} (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="84" />
        <source>Next: {times} {title} (cancelled)</source>
        <translation>Danach: {times} {title} (abgesagt)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="86" />
        <source>Now: {times} {title} · {people}</source>
        <translation>Jetzt: {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="88" />
        <source>Next: {times} {title} · {people}</source>
        <translation>Danach: {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="435" />
        <source>Kits per hour today</source>
        <translation>Sets pro Stunde heute</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="436" />
        <location filename="../../today_page.py" line="438" />
        <source>No hand-outs yet today</source>
        <translation>Heute noch nichts ausgegeben</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="437" />
        <source>Kits by type today</source>
        <translation>Sets nach Art heute</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="440" />
        <source>Attendance against capacity</source>
        <translation>Teilnahme im Vergleich zur Kapazität</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="441" />
        <source>No sessions today</source>
        <translation>Heute keine Sessions</translation>
    </message>
</context>
</TS>