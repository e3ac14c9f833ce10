<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../sync_page.py" line="112" />
        <source>Connect to a hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="121" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="127" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="138" />
        <source>e.g. https://hub.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="139" />
        <source>Sync hub address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="140" />
        <source>Sync hub &amp;address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="144" />
        <source>e.g. K7QF-2MXD-9PLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="145" />
        <source>Case and dashes do not matter. A code works once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="147" />
        <source>Enrolment code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="149" />
        <source>Enrolment &amp;code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="157" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="179" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="224" />
        <source>Correct count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="229" />
        <source>Counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="230" />
        <source>{kit} in the box at {location}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="232" />
        <source>The books say {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="234" />
        <source>recount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="235" />
        <source>Why was the count off?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="236" />
        <source>&amp;Why was the count off?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../export_dialog.py" line="48" />
        <source>Include personal details (names, contacts and notes of therapy bookings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="53" />
        <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="61" />
        <source>To include personal details, unlock the Therapy days section first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="66" />
        <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="83" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="87" />
        <location filename="../../export_dialog.py" line="111" />
        <location filename="../../export_dialog.py" line="177" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="90" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="92" />
        <source>Choose the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="97" />
        <source>&amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="125" />
        <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="145" />
        <source>Export CSV into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="163" />
        <source>Folder: choose where to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../export_dialog.py" line="168" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitCataloguePage</name>
    <message>
        <location filename="../../kit_catalogue.py" line="254" />
        <source>Kit catalogue and stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="260" />
        <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="262" />
        <location filename="../../kit_catalogue.py" line="278" />
        <source>Add kit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="266" />
        <source>Kits and their stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="279" />
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="280" />
        <source>Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="281" />
        <source>Low-stock level…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="282" />
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Retire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="288" />
        <source>Stock at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="289" />
        <source>&amp;Stock at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="292" />
        <source>Receive stock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="293" />
        <source>Correct count…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Low-stock at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="323" />
        <source>Stock · {location}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="336" />
        <source>Colour of {kit}: {colour}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="347" />
        <source>Below zero: more handed out than received. Count the box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="350" />
        <source>Low stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="353" />
        <source>{count}: {warning}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="357" />
        <source>retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="358" />
        <source>in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Bring back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="391" />
        <source>Kit catalogue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitColourDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="120" />
        <source>Colour of {kit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="132" />
        <source>Other colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="135" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="141" />
        <source>Use this colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="150" />
        <source>{colour} ({code})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitNameDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <source>Rename kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Add kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="102" />
        <source>e.g. Earplugs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="103" />
        <source>Kit name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="104" />
        <source>Kit &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="184" />
        <location filename="../../kit_catalogue.py" line="189" />
        <source>Low-stock level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="190" />
        <source>Warn when {kit} stock is at or below</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../sync_page.py" line="208" />
        <source>What will be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="214" />
        <source>Nothing waits to be sent: the hub already holds every count.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="217" />
        <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
        <translation><numerusform>%Ln count cell, exactly as it will be sent (compressed with gzip on the way).</numerusform><numerusform>%Ln count cells, exactly as they will be sent (compressed with gzip on the way).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="219" />
        <source>They go to the hub in %Ln batch(es).</source>
        <translation><numerusform>They go to the hub in %Ln batch.</numerusform><numerusform>They go to the hub in %Ln batches.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="222" />
        <source>The first %Ln batch(es) are shown.</source>
        <translation><numerusform>The first %Ln batch is shown.</numerusform><numerusform>The first %Ln batches are shown.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="229" />
        <source>What will be sent, exactly</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="203" />
        <source>Receive stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="208" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="209" />
        <source>{kit} received at {location}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="211" />
        <source>Receive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../report_dialog.py" line="80" />
        <source>Activation report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="83" />
        <source>Make PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="89" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="90" />
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="92" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="93" />
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="95" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="96" />
        <source>Every location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="99" />
        <source>&amp;Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="101" />
        <source>Language of the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="104" />
        <source>Lan&amp;guage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="106" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="107" />
        <source>where to save the PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="108" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="109" />
        <source>Choose the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="114" />
        <source>F&amp;ile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="117" />
        <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="123" />
        <source>{activation} report.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="124" />
        <source>activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="127" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="137" />
        <source>No activation yet: create one in Activations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../report_dialog.py" line="141" />
        <source>File: say where to save the PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sync_page.py" line="63" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="64" />
        <source>Nothing new to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="65" />
        <source>Hub unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="66" />
        <source>Refused: reconnect this laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="67" />
        <source>Hub busy, waited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="68" />
        <source>Hub had a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="69" />
        <location filename="../../sync_page.py" line="419" />
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="70" />
        <source>Batch refused, set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="71" />
        <source>Time up, the rest waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="72" />
        <source>Put back from a copy: the hub's later counts kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="73" />
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="74" />
        <source>Disconnected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="96" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="99" />
        <source>{when} UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="274" />
        <source>Sync with the hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="278" />
        <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="288" />
        <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="290" />
        <source>Connect to a hub…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="291" />
        <source>Connect to a hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="296" />
        <source>Sync status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="317" />
        <source>Last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="318" />
        <source>Changes waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="319" />
        <source>Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="320" />
        <source>Counted there as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="321" />
        <source>Sends the counts of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="322" />
        <source>Last problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="331" />
        <location filename="../../sync_page.py" line="333" />
        <location filename="../../sync_page.py" line="471" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="335" />
        <source>Preview what will be sent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="337" />
        <source>Connect to another hub…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="339" />
        <location filename="../../sync_page.py" line="495" />
        <source>Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="341" />
        <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="354" />
        <location filename="../../sync_page.py" line="364" />
        <source>Past syncs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="356" />
        <source>newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="375" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="376" />
        <source>Cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <source>Bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="370" />
        <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="375" />
        <source>Hub's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="376" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="377" />
        <source>Batches the hub refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="407" />
        <source>counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="424" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="447" />
        <source>Batches the hub refused ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="449" />
        <source>Batches the hub refused: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="457" />
        <source>HTTP {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="461" />
        <source>Send again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="462" />
        <source>Send again the batch refused at {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="471" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="490" />
        <source>Disconnect from the hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="491" />
        <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="510" />
        <source>Connected to the hub as “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_page.py" line="515" />
        <source>Synced</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../sync_worker.py" line="99" />
        <source>Sync: checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="107" />
        <source>Sync: not connected to a hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="109" />
        <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="116" />
        <source>Sending {activation}: all sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="118" />
        <source>Sending {activation}: %n change(s) waiting</source>
        <translation><numerusform>Sending {activation}: %n change waiting</numerusform><numerusform>Sending {activation}: %n changes waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="126" />
        <source>not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="129" />
        <source>%n batch(es) refused (see the Sync page)</source>
        <translation><numerusform>%n batch refused (see the Sync page)</numerusform><numerusform>%n batches refused (see the Sync page)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="154" />
        <source>synced at {time} UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="155" />
        <source>synced on {date} at {time} UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="158" />
        <source>synced at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="159" />
        <source>synced on {date} at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="227" />
        <source>Sync: off (the database could not be opened)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="326" />
        <source>The database is not open, so this laptop cannot connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="503" />
        <source>Sync not recorded: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sync_worker.py" line="511" />
        <source>Sync: something went wrong ({kind}); nothing was lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../tasks.py" line="82" />
        <source>Cannot open the database {path} ({kind}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tasks.py" line="159" />
        <source>Something went wrong ({kind}): that action was NOT saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../crash.py" line="36" />
        <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crash.py" line="41" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crash.py" line="47" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crash.py" line="110" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kit_catalogue</name>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="58" />
        <source>Bluish green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="59" />
        <source>Reddish purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="60" />
        <source>Sky blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="62" />
        <source>Vermilion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="63" />
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="64" />
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="65" />
        <source>Red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="66" />
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Teal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Pink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Black</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="69" />
        <source>White</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
