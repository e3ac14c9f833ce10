<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../sync_page.py" line="112" />
        <source>Connect to a hub</source>
        <translation>Mit einem Hub verbinden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="121" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
        <translation>Die Koordination erstellt auf dem Hub einen einmaligen Anmeldecode (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Damit sendet dieser Laptop die anonymen Zählungen von &lt;b&gt;{activation}&lt;/b&gt;: niemals Namen, Kontakte oder Notizen.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="127" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
        <translation>Die Koordination erstellt auf dem Hub einen einmaligen Anmeldecode (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Damit sendet dieser Laptop die anonymen Zählungen der aktuellen Aktivierung: niemals Namen, Kontakte oder Notizen.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="138" />
        <source>e.g. https://hub.example.org</source>
        <translation>z. B. https://hub.example.org</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="139" />
        <source>Sync hub address</source>
        <translation>Adresse des Sync-Hubs</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="140" />
        <source>Sync hub &amp;address</source>
        <translation>&amp;Adresse des Sync-Hubs</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="144" />
        <source>e.g. K7QF-2MXD-9PLA</source>
        <translation>z. B. K7QF-2MXD-9PLA</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="145" />
        <source>Case and dashes do not matter. A code works once.</source>
        <translation>Groß-/Kleinschreibung und Bindestriche sind egal. Ein Code gilt nur einmal.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="147" />
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="149" />
        <source>Enrolment &amp;code</source>
        <translation>Anmelde&amp;code</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="157" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="179" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="224" />
        <source>Correct count</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="229" />
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="230" />
        <source>{kit} in the box at {location}</source>
        <translation>{kit} in der Kiste bei {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="232" />
        <source>The books say {count}.</source>
        <translation>Laut Buchführung: {count}.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="234" />
        <source>recount</source>
        <translation>Nachzählung</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="235" />
        <source>Why was the count off?</source>
        <translation>Warum stimmte der Bestand nicht?</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="236" />
        <source>&amp;Why was the count off?</source>
        <translation>&amp;Warum stimmte der Bestand nicht?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../export_dialog.py" line="48" />
        <source>Include personal details (names, contacts and notes of therapy bookings)</source>
        <translation>Personenbezogene Daten einschließen (Namen, Kontakte und Notizen der Therapiebuchungen)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="53" />
        <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
        <translation>Diese Dateien enthalten Namen und Kontakte von Menschen in Therapie. Bewahre sie nur auf diesem Laptop auf: niemals mailen, hochladen oder teilen, und lösche sie, wenn du fertig bist.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="61" />
        <source>To include personal details, unlock the Therapy days section first.</source>
        <translation>Um personenbezogene Daten einzuschließen, entsperre zuerst den Bereich Therapietage.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="66" />
        <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
        <translation>Der Bereich Therapietage hat sich selbst gesperrt: entsperre ihn, um personenbezogene Daten einzuschließen, oder exportiere ohne sie (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="83" />
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="87" />
        <location filename="../../export_dialog.py" line="111" />
        <location filename="../../export_dialog.py" line="177" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="90" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="92" />
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="97" />
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="125" />
        <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
        <translation>Die anonymen Zählungen (aggregates.csv) sind die Datei zum Weitergeben: Therapiezahlen unter 5 erscheinen als &lt;5. Die anderen Dateien sind die eigenen Protokolle dieses Laptops. Eine README.txt im Ordner erklärt, was jede Datei enthält.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="145" />
        <source>Export CSV into</source>
        <translation>CSV exportieren nach</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="163" />
        <source>Folder: choose where to export</source>
        <translation>Ordner: wähle, wohin exportiert wird</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="168" />
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
</context>
<context>
    <name>KitCataloguePage</name>
    <message>
        <location filename="../../kit_catalogue.py" line="254" />
        <source>Kit catalogue and stock</source>
        <translation>Set-Katalog und Bestand</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="260" />
        <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
        <translation>Noch keine Sets. Füge hinzu, was das Zelt ausgibt (Ohrstöpsel, Wasser, Kondome…): Jedes Set wird eine Kachel am Set-Zähler.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="262" />
        <location filename="../../kit_catalogue.py" line="278" />
        <source>Add kit…</source>
        <translation>Set hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="266" />
        <source>Kits and their stock</source>
        <translation>Sets und ihr Bestand</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="279" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="280" />
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="281" />
        <source>Low-stock level…</source>
        <translation>Mindestbestand…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="282" />
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="288" />
        <source>Stock at</source>
        <translation>Bestand bei</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="289" />
        <source>&amp;Stock at:</source>
        <translation>&amp;Bestand bei:</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="292" />
        <source>Receive stock…</source>
        <translation>Lieferung erfassen…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="293" />
        <source>Correct count…</source>
        <translation>Bestand korrigieren…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Kit</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Low-stock at</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="323" />
        <source>Stock · {location}</source>
        <translation>Bestand · {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="336" />
        <source>Colour of {kit}: {colour}</source>
        <translation>Farbe von {kit}: {colour}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="347" />
        <source>Below zero: more handed out than received. Count the box.</source>
        <translation>Unter null: mehr ausgegeben als geliefert. Zähl die Kiste.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="350" />
        <source>Low stock</source>
        <translation>Bestand niedrig</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="353" />
        <source>{count}: {warning}</source>
        <translation>{count}: {warning}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="357" />
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="358" />
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="391" />
        <source>Kit catalogue</source>
        <translation>Set-Katalog</translation>
    </message>
</context>
<context>
    <name>KitColourDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="120" />
        <source>Colour of {kit}</source>
        <translation>Farbe von {kit}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="132" />
        <source>Other colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="135" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="141" />
        <source>Use this colour</source>
        <translation>Diese Farbe verwenden</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="150" />
        <source>{colour} ({code})</source>
        <translation>{colour} ({code})</translation>
    </message>
</context>
<context>
    <name>KitNameDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <source>Rename kit</source>
        <translation>Set umbenennen</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Add kit</source>
        <translation>Set hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="102" />
        <source>e.g. Earplugs</source>
        <translation>z. B. Ohrstöpsel</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="103" />
        <source>Kit name</source>
        <translation>Name des Sets</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="104" />
        <source>Kit &amp;name</source>
        <translation>&amp;Name des Sets</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="184" />
        <location filename="../../kit_catalogue.py" line="189" />
        <source>Low-stock level</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="190" />
        <source>Warn when {kit} stock is at or below</source>
        <translation>Warnen, wenn der Bestand von {kit} höchstens so hoch ist:</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../sync_page.py" line="208" />
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="214" />
        <source>Nothing waits to be sent: the hub already holds every count.</source>
        <translation>Nichts wartet auf das Senden: Der Hub hat schon alle Zählungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="217" />
        <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
        <translation><numerusform>%Ln Zählzelle, genau so, wie sie gesendet wird (unterwegs mit gzip komprimiert).</numerusform><numerusform>%Ln Zählzellen, genau so, wie sie gesendet werden (unterwegs mit gzip komprimiert).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="219" />
        <source>They go to the hub in %Ln batch(es).</source>
        <translation><numerusform>Sie gehen in %Ln Paket an den Hub.</numerusform><numerusform>Sie gehen in %Ln Paketen an den Hub.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="222" />
        <source>The first %Ln batch(es) are shown.</source>
        <translation><numerusform>Das erste Paket wird gezeigt.</numerusform><numerusform>Die ersten %Ln Pakete werden gezeigt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="229" />
        <source>What will be sent, exactly</source>
        <translation>Was genau gesendet wird</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="203" />
        <source>Receive stock</source>
        <translation>Lieferung erfassen</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="208" />
        <source>Received</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="209" />
        <source>{kit} received at {location}</source>
        <translation>{kit} geliefert an {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="211" />
        <source>Receive</source>
        <translation>Erfassen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../report_dialog.py" line="80" />
        <source>Activation report</source>
        <translation>Bericht zur Aktivierung</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="83" />
        <source>Make PDF</source>
        <translation>PDF erstellen</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="89" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="90" />
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="92" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="93" />
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="95" />
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="96" />
        <source>Every location</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="99" />
        <source>&amp;Location</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="101" />
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="104" />
        <source>Lan&amp;guage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="106" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="107" />
        <source>where to save the PDF</source>
        <translation>wo das PDF gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="108" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="109" />
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="114" />
        <source>F&amp;ile</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="117" />
        <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
        <translation>Die wichtigsten Summen mit ihren Zielen, Diagramme mit ihren Tabellen, eine Tabelle pro Tag und was sich seit dem letzten Bericht geändert hat. Therapiezahlen unter 5 werden nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="123" />
        <source>{activation} report.pdf</source>
        <translation>Bericht {activation}.pdf</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="124" />
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="127" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="137" />
        <source>No activation yet: create one in Activations</source>
        <translation>Noch keine Aktivierung: lege eine unter Aktivierungen an</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="141" />
        <source>File: say where to save the PDF</source>
        <translation>Datei: gib an, wo das PDF gespeichert wird</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sync_page.py" line="63" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="64" />
        <source>Nothing new to send</source>
        <translation>Nichts Neues zu senden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="65" />
        <source>Hub unreachable</source>
        <translation>Hub nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="66" />
        <source>Refused: reconnect this laptop</source>
        <translation>Abgelehnt: diesen Laptop neu verbinden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="67" />
        <source>Hub busy, waited</source>
        <translation>Hub ausgelastet, gewartet</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="68" />
        <source>Hub had a problem</source>
        <translation>Der Hub hatte ein Problem</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="69" />
        <location filename="../../sync_page.py" line="419" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="70" />
        <source>Batch refused, set aside</source>
        <translation>Paket abgelehnt, zurückgelegt</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="71" />
        <source>Time up, the rest waits</source>
        <translation>Zeit um, der Rest wartet</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="72" />
        <source>Put back from a copy: the hub's later counts kept</source>
        <translation>Aus einer Sicherung zurückgeholt: die neueren Zählungen des Hubs bleiben</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="73" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="74" />
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="96" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="99" />
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="274" />
        <source>Sync with the hub</source>
        <translation>Mit dem Hub synchronisieren</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="278" />
        <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
        <translation>Nur anonyme Zählungen verlassen diesen Laptop (ausgegebene Sets, gehaltene und besuchte Sessions, Therapiesitzungen, gedruckte Karten), niemals Namen, Kontakte oder Notizen. Die Vorschau zeigt die genauen Bytes.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="288" />
        <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
        <translation>Dieser Laptop sendet seine Zählungen noch an keinen Hub. Bitte die Koordination um einen Anmeldecode und verbinde dich dann.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="290" />
        <source>Connect to a hub…</source>
        <translation>Mit einem Hub verbinden…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="291" />
        <source>Connect to a hub</source>
        <translation>Mit einem Hub verbinden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="296" />
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="317" />
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="318" />
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="319" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="320" />
        <source>Counted there as</source>
        <translation>Dort gezählt als</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="321" />
        <source>Sends the counts of</source>
        <translation>Sendet die Zählungen von</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="322" />
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="331" />
        <location filename="../../sync_page.py" line="333" />
        <location filename="../../sync_page.py" line="471" />
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="335" />
        <source>Preview what will be sent…</source>
        <translation>Vorschau, was gesendet wird…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="337" />
        <source>Connect to another hub…</source>
        <translation>Mit einem anderen Hub verbinden…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="339" />
        <location filename="../../sync_page.py" line="495" />
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="341" />
        <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
        <translation>Beendet das Senden. Die Zählungen bleiben auf diesem Laptop; der Hub behält, was er hat.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="354" />
        <location filename="../../sync_page.py" line="364" />
        <source>Past syncs</source>
        <translation>Bisherige Synchronisierungen</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="356" />
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="375" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="376" />
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="370" />
        <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
        <translation>Zurückgelegt, damit sie den Rest nie blockieren; sende eines erneut, sobald der Hub repariert ist.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="375" />
        <source>Hub's answer</source>
        <translation>Antwort des Hubs</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="376" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="377" />
        <source>Batches the hub refused</source>
        <translation>Vom Hub abgelehnte Pakete</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="407" />
        <source>counting…</source>
        <translation>zähle…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="424" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="447" />
        <source>Batches the hub refused ({count})</source>
        <translation>Vom Hub abgelehnte Pakete ({count})</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="449" />
        <source>Batches the hub refused: none</source>
        <translation>Vom Hub abgelehnte Pakete: keine</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="457" />
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="461" />
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="462" />
        <source>Send again the batch refused at {when}</source>
        <translation>Das am {when} abgelehnte Paket erneut senden</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="471" />
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="490" />
        <source>Disconnect from the hub</source>
        <translation>Vom Hub trennen</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="491" />
        <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
        <translation>Keine Zählungen mehr an diesen Hub senden? Die Zählungen bleiben auf diesem Laptop und der Hub behält, was er hat. Zum erneuten Verbinden braucht es einen neuen Code von der Koordination.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="510" />
        <source>Connected to the hub as “{name}”.</source>
        <translation>Mit dem Hub verbunden als „{name}“.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="515" />
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../sync_worker.py" line="99" />
        <source>Sync: checking…</source>
        <translation>Sync: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="107" />
        <source>Sync: not connected to a hub</source>
        <translation>Sync: mit keinem Hub verbunden</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="109" />
        <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
        <translation>Sync angehalten: Der Hub nimmt diesen Laptop nicht mehr an – verbinde ihn auf der Sync-Seite neu</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="116" />
        <source>Sending {activation}: all sent</source>
        <translation>Sende {activation}: alles gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="118" />
        <source>Sending {activation}: %n change(s) waiting</source>
        <translation><numerusform>Sende {activation}: %n Änderung wartet</numerusform><numerusform>Sende {activation}: %n Änderungen warten</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="126" />
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="129" />
        <source>%n batch(es) refused (see the Sync page)</source>
        <translation><numerusform>%n Paket abgelehnt (siehe Sync-Seite)</numerusform><numerusform>%n Pakete abgelehnt (siehe Sync-Seite)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="154" />
        <source>synced at {time} UTC</source>
        <translation>synchronisiert um {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="155" />
        <source>synced on {date} at {time} UTC</source>
        <translation>synchronisiert am {date} um {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="158" />
        <source>synced at {time}</source>
        <translation>synchronisiert um {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="159" />
        <source>synced on {date} at {time}</source>
        <translation>synchronisiert am {date} um {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="227" />
        <source>Sync: off (the database could not be opened)</source>
        <translation>Sync: aus (die Datenbank ließ sich nicht öffnen)</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="326" />
        <source>The database is not open, so this laptop cannot connect.</source>
        <translation>Die Datenbank ist nicht geöffnet, daher kann sich dieser Laptop nicht verbinden.</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="503" />
        <source>Sync not recorded: {problem}</source>
        <translation>Synchronisierung nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="511" />
        <source>Sync: something went wrong ({kind}); nothing was lost.</source>
        <translation>Sync: Etwas ist schiefgegangen ({kind}); nichts ging verloren.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../tasks.py" line="82" />
        <source>Cannot open the database {path} ({kind}).</source>
        <translation>Die Datenbank {path} lässt sich nicht öffnen ({kind}).</translation>
    </message>
    <message>
        <location filename="../../tasks.py" line="159" />
        <source>Something went wrong ({kind}): that action was NOT saved.</source>
        <translation>Etwas ist schiefgegangen ({kind}): Diese Aktion wurde NICHT gespeichert.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../crash.py" line="36" />
        <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
        <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es wurde ins Protokoll {log} geschrieben; deine Zählungen sind gespeichert. Du kannst weitermachen; passiert es wieder, schick diese Datei an die Person, die die App betreut.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="41" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es konnte nicht ins Protokoll geschrieben werden (in den Ordner {folder} kann nicht geschrieben werden); deine Zählungen sind gespeichert. Du kannst weitermachen; passiert es wieder, sag der Person Bescheid, die die App betreut.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="47" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>In Wellness Desk ist etwas schiefgegangen ({kind}). Es konnte in kein Protokoll geschrieben werden; deine Zählungen sind gespeichert. Du kannst weitermachen; passiert es wieder, sag der Person Bescheid, die die App betreut.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="110" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>kit_catalogue</name>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="58" />
        <source>Bluish green</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="59" />
        <source>Reddish purple</source>
        <translation>Rötliches Purpur</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="60" />
        <source>Sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="62" />
        <source>Vermilion</source>
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="63" />
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="64" />
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="65" />
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="66" />
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="69" />
        <source>White</source>
        <translation>Weiß</translation>
    </message>
</context>
</TS>
