<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../sync_page.py" line="112" />
        <source>Connect to a hub</source>
        <translation>Conectar a un hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="121" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
        <translation>Una persona coordinadora crea en el hub un código de inscripción de un solo uso (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Con él, este portátil envía los recuentos anónimos de &lt;b&gt;{activation}&lt;/b&gt;: nunca nombres, contactos ni notas.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="127" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
        <translation>Una persona coordinadora crea en el hub un código de inscripción de un solo uso (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Con él, este portátil envía los recuentos anónimos de la activación actual: nunca nombres, contactos ni notas.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="138" />
        <source>e.g. https://hub.example.org</source>
        <translation>p. ej. https://hub.example.org</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="139" />
        <source>Sync hub address</source>
        <translation>Dirección del hub de sincronización</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="140" />
        <source>Sync hub &amp;address</source>
        <translation>&amp;Dirección del hub de sincronización</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="144" />
        <source>e.g. K7QF-2MXD-9PLA</source>
        <translation>p. ej. K7QF-2MXD-9PLA</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="145" />
        <source>Case and dashes do not matter. A code works once.</source>
        <translation>Da igual mayúsculas o guiones. Cada código sirve una sola vez.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="147" />
        <source>Enrolment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="149" />
        <source>Enrolment &amp;code</source>
        <translation>&amp;Código de inscripción</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="157" />
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="179" />
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="224" />
        <source>Correct count</source>
        <translation>Corregir recuento</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="229" />
        <source>Counted</source>
        <translation>Contados</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="230" />
        <source>{kit} in the box at {location}</source>
        <translation>{kit} en la caja de {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="232" />
        <source>The books say {count}.</source>
        <translation>El registro dice {count}.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="234" />
        <source>recount</source>
        <translation>recuento</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="235" />
        <source>Why was the count off?</source>
        <translation>¿Por qué no cuadraba el recuento?</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="236" />
        <source>&amp;Why was the count off?</source>
        <translation>¿&amp;Por qué no cuadraba el recuento?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../export_dialog.py" line="48" />
        <source>Include personal details (names, contacts and notes of therapy bookings)</source>
        <translation>Incluir datos personales (nombres, contactos y notas de las reservas de terapia)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="53" />
        <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
        <translation>Estos archivos contendrán los nombres y contactos de personas en terapia. Guárdalos en este portátil: nunca los envíes por correo, los subas ni los compartas, y bórralos cuando termines.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="61" />
        <source>To include personal details, unlock the Therapy days section first.</source>
        <translation>Para incluir datos personales, desbloquea antes la sección Días de terapia.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="66" />
        <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
        <translation>La sección Días de terapia se ha bloqueado sola: desbloquéala para incluir datos personales, o exporta sin ellos (no se ha escrito nada)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="83" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="87" />
        <location filename="../../export_dialog.py" line="111" />
        <location filename="../../export_dialog.py" line="177" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="90" />
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="92" />
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="97" />
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="125" />
        <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
        <translation>Los recuentos anónimos (aggregates.csv) son el archivo que se puede compartir: las cifras de terapia menores de 5 aparecen como &lt;5. Los demás archivos son los registros propios de este portátil. Un README.txt en la carpeta explica qué contiene cada archivo.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="145" />
        <source>Export CSV into</source>
        <translation>Exportar CSV en</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="163" />
        <source>Folder: choose where to export</source>
        <translation>Carpeta: elige dónde exportar</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="168" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>KitCataloguePage</name>
    <message>
        <location filename="../../kit_catalogue.py" line="254" />
        <source>Kit catalogue and stock</source>
        <translation>Catálogo de kits y existencias</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="260" />
        <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
        <translation>Aún no hay kits. Añade lo que reparte la carpa (tapones, agua, preservativos…): cada kit será una casilla en el contador de kits.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="262" />
        <location filename="../../kit_catalogue.py" line="278" />
        <source>Add kit…</source>
        <translation>Añadir kit…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="266" />
        <source>Kits and their stock</source>
        <translation>Kits y sus existencias</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="279" />
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="280" />
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="281" />
        <source>Low-stock level…</source>
        <translation>Nivel de existencias bajas…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="282" />
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="288" />
        <source>Stock at</source>
        <translation>Existencias en</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="289" />
        <source>&amp;Stock at:</source>
        <translation>&amp;Existencias en:</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="292" />
        <source>Receive stock…</source>
        <translation>Recibir existencias…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="293" />
        <source>Correct count…</source>
        <translation>Corregir recuento…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Low-stock at</source>
        <translation>Bajo a partir de</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="323" />
        <source>Stock · {location}</source>
        <translation>Existencias · {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="336" />
        <source>Colour of {kit}: {colour}</source>
        <translation>Color de {kit}: {colour}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="347" />
        <source>Below zero: more handed out than received. Count the box.</source>
        <translation>Bajo cero: se ha repartido más de lo recibido. Cuenta la caja.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="350" />
        <source>Low stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="353" />
        <source>{count}: {warning}</source>
        <translation>{count}: {warning}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="357" />
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="358" />
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="391" />
        <source>Kit catalogue</source>
        <translation>Catálogo de kits</translation>
    </message>
</context>
<context>
    <name>KitColourDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="120" />
        <source>Colour of {kit}</source>
        <translation>Color de {kit}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="132" />
        <source>Other colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="135" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="141" />
        <source>Use this colour</source>
        <translation>Usar este color</translation>
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
        <translation>Cambiar nombre del kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Add kit</source>
        <translation>Añadir kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="102" />
        <source>e.g. Earplugs</source>
        <translation>p. ej. Tapones para los oídos</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="103" />
        <source>Kit name</source>
        <translation>Nombre del kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="104" />
        <source>Kit &amp;name</source>
        <translation>&amp;Nombre del kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="184" />
        <location filename="../../kit_catalogue.py" line="189" />
        <source>Low-stock level</source>
        <translation>Nivel de existencias bajas</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="190" />
        <source>Warn when {kit} stock is at or below</source>
        <translation>Avisar cuando las existencias de {kit} lleguen a</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../sync_page.py" line="208" />
        <source>What will be sent</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="214" />
        <source>Nothing waits to be sent: the hub already holds every count.</source>
        <translation>No hay nada pendiente de envío: el hub ya tiene todos los recuentos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="217" />
        <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
        <translation><numerusform>%Ln celda de recuento, tal como se enviará (comprimida con gzip por el camino).</numerusform><numerusform>%Ln celdas de recuento, tal como se enviarán (comprimidas con gzip por el camino).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="219" />
        <source>They go to the hub in %Ln batch(es).</source>
        <translation><numerusform>Van al hub en %Ln lote.</numerusform><numerusform>Van al hub en %Ln lotes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="222" />
        <source>The first %Ln batch(es) are shown.</source>
        <translation><numerusform>Se muestra el primer lote.</numerusform><numerusform>Se muestran los primeros %Ln lotes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="229" />
        <source>What will be sent, exactly</source>
        <translation>Lo que se enviará, tal cual</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="203" />
        <source>Receive stock</source>
        <translation>Recibir existencias</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="208" />
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="209" />
        <source>{kit} received at {location}</source>
        <translation>{kit} recibidos en {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="211" />
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../report_dialog.py" line="80" />
        <source>Activation report</source>
        <translation>Informe de la activación</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="83" />
        <source>Make PDF</source>
        <translation>Crear PDF</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="89" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="90" />
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="92" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="93" />
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="95" />
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="96" />
        <source>Every location</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="99" />
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="101" />
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="104" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="106" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="107" />
        <source>where to save the PDF</source>
        <translation>dónde guardar el PDF</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="108" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="109" />
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="114" />
        <source>F&amp;ile</source>
        <translation>A&amp;rchivo</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="117" />
        <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
        <translation>Totales principales frente a sus objetivos, gráficos con sus tablas, una tabla por día y lo que ha cambiado desde el último informe. No se muestran cifras de terapia menores de 5.</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="123" />
        <source>{activation} report.pdf</source>
        <translation>Informe {activation}.pdf</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="124" />
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="127" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="137" />
        <source>No activation yet: create one in Activations</source>
        <translation>Aún no hay ninguna activación: crea una en Activaciones</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="141" />
        <source>File: say where to save the PDF</source>
        <translation>Archivo: indica dónde guardar el PDF</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sync_page.py" line="63" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="64" />
        <source>Nothing new to send</source>
        <translation>Nada nuevo que enviar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="65" />
        <source>Hub unreachable</source>
        <translation>Hub inaccesible</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="66" />
        <source>Refused: reconnect this laptop</source>
        <translation>Rechazado: vuelve a conectar este portátil</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="67" />
        <source>Hub busy, waited</source>
        <translation>Hub ocupado, se esperó</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="68" />
        <source>Hub had a problem</source>
        <translation>El hub tuvo un problema</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="69" />
        <location filename="../../sync_page.py" line="419" />
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="70" />
        <source>Batch refused, set aside</source>
        <translation>Lote rechazado, apartado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="71" />
        <source>Time up, the rest waits</source>
        <translation>Se acabó el tiempo, el resto espera</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="72" />
        <source>Put back from a copy: the hub's later counts kept</source>
        <translation>Restaurado desde una copia: se conservan los recuentos posteriores del hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="73" />
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="74" />
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="96" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="99" />
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="274" />
        <source>Sync with the hub</source>
        <translation>Sincronizar con el hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="278" />
        <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
        <translation>De este portátil solo salen recuentos anónimos (kits repartidos, sesiones realizadas y asistentes, sesiones de terapia, tarjetas impresas), nunca nombres, contactos ni notas. La vista previa muestra los bytes exactos.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="288" />
        <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
        <translation>Este portátil aún no envía sus recuentos a ningún hub. Pide un código de inscripción a la coordinación y conéctate.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="290" />
        <source>Connect to a hub…</source>
        <translation>Conectar a un hub…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="291" />
        <source>Connect to a hub</source>
        <translation>Conectar a un hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="296" />
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="317" />
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="318" />
        <source>Changes waiting</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="319" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="320" />
        <source>Counted there as</source>
        <translation>Allí se cuenta como</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="321" />
        <source>Sends the counts of</source>
        <translation>Envía los recuentos de</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="322" />
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="331" />
        <location filename="../../sync_page.py" line="333" />
        <location filename="../../sync_page.py" line="471" />
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="335" />
        <source>Preview what will be sent…</source>
        <translation>Ver lo que se enviará…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="337" />
        <source>Connect to another hub…</source>
        <translation>Conectar a otro hub…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="339" />
        <location filename="../../sync_page.py" line="495" />
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="341" />
        <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
        <translation>Deja de enviar. Los recuentos se quedan en este portátil; el hub conserva lo que tiene.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="354" />
        <location filename="../../sync_page.py" line="364" />
        <source>Past syncs</source>
        <translation>Sincronizaciones anteriores</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="356" />
        <source>newest first</source>
        <translation>las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="375" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="376" />
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="370" />
        <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
        <translation>Apartados para que no bloqueen el resto; vuelve a enviar uno cuando el hub esté arreglado.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="375" />
        <source>Hub's answer</source>
        <translation>Respuesta del hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="376" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="377" />
        <source>Batches the hub refused</source>
        <translation>Lotes que el hub rechazó</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="407" />
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="424" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="447" />
        <source>Batches the hub refused ({count})</source>
        <translation>Lotes que el hub rechazó ({count})</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="449" />
        <source>Batches the hub refused: none</source>
        <translation>Lotes que el hub rechazó: ninguno</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="457" />
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="461" />
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="462" />
        <source>Send again the batch refused at {when}</source>
        <translation>Reenviar el lote rechazado el {when}</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="471" />
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="490" />
        <source>Disconnect from the hub</source>
        <translation>Desconectar del hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="491" />
        <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
        <translation>¿Dejar de enviar recuentos a este hub? Los recuentos se quedan en este portátil y el hub conserva lo que tiene. Para volver a conectar hará falta un código nuevo de la coordinación.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="510" />
        <source>Connected to the hub as “{name}”.</source>
        <translation>Conectado al hub como «{name}».</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="515" />
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../sync_worker.py" line="99" />
        <source>Sync: checking…</source>
        <translation>Sincronización: comprobando…</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="107" />
        <source>Sync: not connected to a hub</source>
        <translation>Sincronización: sin conexión a un hub</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="109" />
        <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
        <translation>Sincronización detenida: el hub ya no acepta este portátil; vuelve a conectarlo en la página Sincronizar</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="116" />
        <source>Sending {activation}: all sent</source>
        <translation>Enviando {activation}: todo enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="118" />
        <source>Sending {activation}: %n change(s) waiting</source>
        <translation><numerusform>Enviando {activation}: %n cambio pendiente</numerusform><numerusform>Enviando {activation}: %n cambios pendientes</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="126" />
        <source>not synced yet</source>
        <translation>aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="129" />
        <source>%n batch(es) refused (see the Sync page)</source>
        <translation><numerusform>%n lote rechazado (ver la página Sincronizar)</numerusform><numerusform>%n lotes rechazados (ver la página Sincronizar)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="154" />
        <source>synced at {time} UTC</source>
        <translation>sincronizado a las {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="155" />
        <source>synced on {date} at {time} UTC</source>
        <translation>sincronizado el {date} a las {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="158" />
        <source>synced at {time}</source>
        <translation>sincronizado a las {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="159" />
        <source>synced on {date} at {time}</source>
        <translation>sincronizado el {date} a las {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="227" />
        <source>Sync: off (the database could not be opened)</source>
        <translation>Sincronización: desactivada (no se pudo abrir la base de datos)</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="326" />
        <source>The database is not open, so this laptop cannot connect.</source>
        <translation>La base de datos no está abierta, así que este portátil no puede conectarse.</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="503" />
        <source>Sync not recorded: {problem}</source>
        <translation>Sincronización no registrada: {problem}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="511" />
        <source>Sync: something went wrong ({kind}); nothing was lost.</source>
        <translation>Sincronización: algo salió mal ({kind}); no se ha perdido nada.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../tasks.py" line="82" />
        <source>Cannot open the database {path} ({kind}).</source>
        <translation>No se puede abrir la base de datos {path} ({kind}).</translation>
    </message>
    <message>
        <location filename="../../tasks.py" line="159" />
        <source>Something went wrong ({kind}): that action was NOT saved.</source>
        <translation>Algo salió mal ({kind}): esa acción NO se ha guardado.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../crash.py" line="36" />
        <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
        <translation>Algo salió mal dentro de Wellness Desk ({kind}). Se ha anotado en el registro en {log}; tus recuentos están guardados. Puedes seguir; si vuelve a pasar, envía ese archivo a quien se ocupe de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="41" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>Algo salió mal dentro de Wellness Desk ({kind}). No se pudo anotar en el registro (no se puede escribir en la carpeta {folder}); tus recuentos están guardados. Puedes seguir; si vuelve a pasar, avisa a quien se ocupe de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="47" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>Algo salió mal dentro de Wellness Desk ({kind}). No se pudo anotar en ningún registro; tus recuentos están guardados. Puedes seguir; si vuelve a pasar, avisa a quien se ocupe de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="110" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>kit_catalogue</name>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="58" />
        <source>Bluish green</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="59" />
        <source>Reddish purple</source>
        <translation>Púrpura rojizo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="60" />
        <source>Sky blue</source>
        <translation>Azul cielo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="62" />
        <source>Vermilion</source>
        <translation>Bermellón</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="63" />
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="64" />
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="65" />
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="66" />
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Teal</source>
        <translation>Verde azulado oscuro</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="69" />
        <source>White</source>
        <translation>Blanco</translation>
    </message>
</context>
</TS>
