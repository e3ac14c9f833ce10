<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BatchProblems</name>
    <message>
        <location filename="../../print_page.py" line="618" />
        <source>Batch from a locations CSV</source>
        <translation>Lote desde un CSV de lugares</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="623" />
        <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
        <translation><numerusform>{file}: no se imprimió nada, %n problema. Corrige el archivo y vuelve a elegirlo.</numerusform><numerusform>{file}: no se imprimió nada, %n problemas. Corrige el archivo y vuelve a elegirlo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="635" />
        <source>Problems in the file</source>
        <translation>Problemas del archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="638" />
        <source>… and %n more</source>
        <translation><numerusform>… y %n más</numerusform><numerusform>… y %n más</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="644" />
        <source>Close the list of problems</source>
        <translation>Cerrar la lista de problemas</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../resources_page.py" line="309" />
        <source>Noted, thank you: it will be re-checked.</source>
        <translation>Anotado, gracias: se volverá a verificar.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="312" />
        <source>This number did not work</source>
        <translation>Este número no funcionó</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="315" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="350" />
        <source>✕ Stale: not verified for over a year</source>
        <translation>✕ Caducado: sin verificar desde hace más de un año</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="352" />
        <source>⚠ Verified over 6 months ago</source>
        <translation>⚠ Verificado hace más de 6 meses</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="358" />
        <source>Report that {number} did not work</source>
        <translation>Informar de que {number} no funcionó</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="359" />
        <source>Copy {number} ({kind}, {name})</source>
        <translation>Copiar {number} ({kind}, {name})</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="361" />
        <source>{name}, {kind}, {number}, {open}</source>
        <translation>{name}, {kind}, {number}, {open}</translation>
    </message>
</context>
<context>
    <name>CountryCardDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="200" />
        <source>Country card</source>
        <translation>Tarjeta de país</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="202" />
        <source>two letters, e.g. CA</source>
        <translation>dos letras, p. ej. CA</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="204" />
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="205" />
        <source>Country, two letters</source>
        <translation>País, dos letras</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>C&amp;ards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>Number of cards</source>
        <translation>Número de tarjetas</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>&amp;Paper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="212" />
        <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
        <translation>Diez tarjetas por hoja con marcas de corte; una segunda página lleva el reverso en un segundo idioma, para imprimir a doble cara.</translation>
    </message>
</context>
<context>
    <name>HelpLineBanner</name>
    <message>
        <location filename="../../resources_page.py" line="228" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="233" />
        <source>Set the help line…</source>
        <translation>Configurar la línea de ayuda…</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="236" />
        <source>Set the industry help line in Settings</source>
        <translation>Configurar la línea de ayuda de la industria en Ajustes</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="250" />
        <location filename="../../resources_page.py" line="251" />
        <source>24/7 music-industry help line</source>
        <translation>Línea de ayuda 24/7 de la industria musical</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="255" />
        <source>Copy the help line number {number}</source>
        <translation>Copiar el número de la línea de ayuda {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="256" />
        <source>Help line: {name}, {number}</source>
        <translation>Línea de ayuda: {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="259" />
        <source>No help line set</source>
        <translation>Sin línea de ayuda configurada</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="260" />
        <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
        <translation>La línea de ayuda 24/7 de la industria aún no está configurada: configúrala para que aparezca aquí y se imprima en cada tarjeta.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="263" />
        <source>No industry help line is set</source>
        <translation>No hay línea de ayuda de la industria configurada</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../print_page.py" line="69" />
        <source>Print cards and signs</source>
        <translation>Imprimir tarjetas y carteles</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>&amp;Paper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>Language of the card</source>
        <translation>Idioma de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="86" />
        <source>e.g. green-room-chicago-2026</source>
        <translation>p. ej. green-room-chicago-2026</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="88" />
        <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
        <translation>Se añade al enlace (?src=…) para que el hub cuente qué carteles se escanean.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>T&amp;ag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>&amp;Copies</source>
        <translation>&amp;Copias</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="95" />
        <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
        <translation>Un código ú&amp;nico en cada tarjeta (&amp;&amp;c=0001…)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="96" />
        <source>A unique code on every card</source>
        <translation>Un código único en cada tarjeta</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="101" />
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="102" />
        <source>what the paper serves</source>
        <translation>lo que permite el papel</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="104" />
        <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
        <translation>Desde qué distancia se escanea un cartel: su código debe medir al menos una décima parte de esa distancia. En 0: tan lejos como lo permita el código en el papel elegido.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="106" />
        <source>Scan &amp;distance (signs)</source>
        <translation>&amp;Distancia de escaneo (carteles)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="107" />
        <source>Scan distance, in metres</source>
        <translation>Distancia de escaneo, en metros</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="113" />
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="116" />
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>L&amp;ogo</source>
        <translation>L&amp;ogotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="120" />
        <source>In the &amp;middle of the QR code (stronger error correction)</source>
        <translation>En el &amp;centro del código QR (mayor corrección de errores)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="121" />
        <source>Logo in the middle of the QR code</source>
        <translation>Logotipo en el centro del código QR</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="130" />
        <source>choose one in Resources: Print a card for this</source>
        <translation>elige uno en Recursos: Imprimir una tarjeta de esto</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="131" />
        <source>The number comes from the resource directory, as checked there.</source>
        <translation>El número viene del directorio de recursos, tal como se verificó allí.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>&amp;Resource</source>
        <translation>&amp;Recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>Resource name</source>
        <translation>Nombre del recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>Resource number</source>
        <translation>Número del recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>&amp;Hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>Resource hours</source>
        <translation>Horario del recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="142" />
        <source>Why it cannot print</source>
        <translation>Por qué no se puede imprimir</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="145" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="147" />
        <source>Save the cards as a PDF (Ctrl+S)</source>
        <translation>Guardar las tarjetas como PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="149" />
        <source>Pr&amp;int…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="150" />
        <source>Send the cards to a printer (Ctrl+P)</source>
        <translation>Enviar las tarjetas a una impresora (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="152" />
        <source>&amp;Batch from a locations CSV…</source>
        <translation>&amp;Lote desde un CSV de lugares…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="160" />
        <source>From the resource directory</source>
        <translation>Del directorio de recursos</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="165" />
        <source>Tour s&amp;heet…</source>
        <translation>&amp;Hoja de gira…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="167" />
        <source>Each stop's date and city with its country's crisis lines</source>
        <translation>La fecha y la ciudad de cada parada con las líneas de crisis de su país</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="169" />
        <source>Country car&amp;d…</source>
        <translation>&amp;Tarjeta de país…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="171" />
        <source>Wallet cards with one country's crisis lines</source>
        <translation>Tarjetas de bolsillo con las líneas de crisis de un país</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="177" />
        <source>Save the cards as a PDF</source>
        <translation>Guardar las tarjetas como PDF</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="178" />
        <source>Print the cards</source>
        <translation>Imprimir las tarjetas</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="179" />
        <source>Batch signs from a locations CSV</source>
        <translation>Carteles en lote desde un CSV de lugares</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="180" />
        <source>Tour sheet from the resource directory</source>
        <translation>Hoja de gira del directorio de recursos</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="182" />
        <source>Country card from the resource directory</source>
        <translation>Tarjeta de país del directorio de recursos</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="192" />
        <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
        <translation>No hay número de línea de ayuda configurado: estas tarjetas y carteles se imprimen sin línea de ayuda. Configúralo en Archivo → Ajustes → Línea de ayuda.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="199" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="201" />
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="209" />
        <source>Nothing to print</source>
        <translation>Nada que imprimir</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="282" />
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="283" />
        <source>Images (*.png *.jpg)</source>
        <translation>Imágenes (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="335" />
        <location filename="../../print_page.py" line="484" />
        <source>Saved {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="386" />
        <source>this paper</source>
        <translation>este papel</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="388" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
        <translation>En {paper} el código mide {size} cm: se escanea desde unos {reach} m (se pidieron {asked} m).</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="392" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
        <translation>En {paper} el código mide {size} cm: se escanea desde unos {reach} m, la distancia para la que se imprime.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="406" />
        <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
        <translation>Todavía no hay ningún recurso en la tarjeta: en Recursos, busca la línea y pulsa «Imprimir una tarjeta de esto».</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="407" />
        <source>Print wallet cards instead</source>
        <translation>Imprimir tarjetas de bolsillo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="410" />
        <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
        <translation>Aún no hay nada que imprimir: tal como está, el trabajo se imprimiría mal. Lo que hay que corregir aparece debajo del formulario.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="411" />
        <source>Back to the defaults</source>
        <translation>Volver a los valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="443" />
        <source>Save cards</source>
        <translation>Guardar tarjetas</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="444" />
        <location filename="../../print_page.py" line="511" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="459" />
        <source>The last print is still being saved or sent: try again once it is done.</source>
        <translation>La última impresión aún se está guardando o enviando: vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="497" />
        <source>Locations CSV</source>
        <translation>CSV de lugares</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="498" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="510" />
        <source>Save the signs of %n location(s)</source>
        <translation><numerusform>Guardar los carteles de %n lugar</numerusform><numerusform>Guardar los carteles de %n lugares</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="525" />
        <location filename="../../print_page.py" line="571" />
        <location filename="../../print_page.py" line="587" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="566" />
        <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
        <translation>Impreso una vez: los códigos únicos nunca se repiten, así que pide más copias en esta página y no en el diálogo de impresión.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="571" />
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="588" />
        <source>Printing stopped, nothing recorded. {problem}</source>
        <translation>La impresión se detuvo, no se registró nada. {problem}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="603" />
        <source>Sent to the printer. {note}</source>
        <translation>Enviado a la impresora. {note}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="604" />
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>ResourcePrintDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="51" />
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="55" />
        <source>Also lines not re-checked for 12 months (marked so)</source>
        <translation>También las líneas sin verificar desde hace 12 meses (marcadas así)</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="57" />
        <source>Also lines not re-checked for 12 months</source>
        <translation>También las líneas sin verificar desde hace 12 meses</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="59" />
        <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
        <translation>Una línea verificada por última vez hace más de 12 meses no se imprime salvo que marques esto; entonces se imprime con la nota «no verificada desde &lt;fecha&gt;».</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="73" />
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="81" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../resources_page.py" line="516" />
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="519" />
        <source>Reading the directory…</source>
        <translation>Leyendo el directorio…</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="521" />
        <source>Directory edition</source>
        <translation>Edición del directorio</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="531" />
        <location filename="../../resources_page.py" line="653" />
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="532" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="534" />
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="537" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="539" />
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="543" />
        <source>Kind of resource</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="545" />
        <source>Search a name, a need, a city… (just type)</source>
        <translation>Busca un nombre, una necesidad, una ciudad… (solo escribe)</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="547" />
        <source>Search the resources</source>
        <translation>Buscar en los recursos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="549" />
        <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
        <translation>Intro copia el primer número; Arriba y Abajo recorren los resultados; Escape borra los filtros</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="556" />
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="557" />
        <source>Only what is open now</source>
        <translation>Solo lo que está abierto ahora</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="574" />
        <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
        <translation>Intro copia el primer número · ↑ ↓ recorren los resultados · Esc borra los filtros</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="577" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="591" />
        <source>Clear the search and the filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="596" />
        <source>Show the rest of the results</source>
        <translation>Mostrar el resto de los resultados</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="605" />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="655" />
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="665" />
        <source>The directory has no entry for {country}.</source>
        <translation>El directorio no tiene ninguna entrada para {country}.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="763" />
        <source>Clear the filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources_page.py" line="767" />
        <source>Show %n more result(s)</source>
        <translation><numerusform>Mostrar %n resultado más</numerusform><numerusform>Mostrar %n resultados más</numerusform></translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="793" />
        <source>These lines go together</source>
        <translation>Estas líneas van juntas</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="798" />
        <source>Paired lines: {names}</source>
        <translation>Líneas emparejadas: {names}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="811" />
        <source>any country</source>
        <translation>cualquier país</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="813" />
        <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
        <translation>Nada coincide con «{words}» en {where}. Prueba con menos letras o borra los filtros; la línea de ayuda de arriba siempre está ahí.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="817" />
        <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
        <translation>No hay ningún recurso en {where} con estos filtros. Bórralos para ver más; la línea de ayuda de arriba siempre está ahí.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="819" />
        <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
        <translation>El directorio aún no tiene recursos: llegan con la aplicación y con cada sincronización. La línea de ayuda de arriba siempre está ahí.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="834" />
        <source>Filters cleared: every resource in the directory</source>
        <translation>Filtros borrados: todos los recursos del directorio</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="850" />
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="851" />
        <source>{position} of {count}: {name}, {number}</source>
        <translation>{position} de {count}: {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="860" />
        <source>Copied {number}: {kind}, {name}</source>
        <translation>Copiado {number}: {kind}, {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="871" />
        <source>Nothing to copy: no result.</source>
        <translation>Nada que copiar: no hay resultados.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="875" />
        <source>{name} lists no number.</source>
        <translation>{name} no tiene ningún número.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="881" />
        <source>Copied {number}: {name}</source>
        <translation>Copiado {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="895" />
        <source>{name} is a favourite: shown first</source>
        <translation>{name} es un favorito: se muestra primero</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="896" />
        <source>{name} is no longer a favourite</source>
        <translation>{name} ya no es un favorito</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="910" />
        <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
        <translation>Anotado que {number} no funcionó: se cuenta para que el hub lo vuelva a verificar.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="920" />
        <source>No card for {number}: {problem}.</source>
        <translation>No hay tarjeta para {number}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="951" />
        <source>The directory could not be read. {problem}</source>
        <translation>No se pudo leer el directorio. {problem}</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../resources_page.py" line="393" />
        <source>Favourite: shown first for this country</source>
        <translation>Favorito: se muestra primero para este país</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="409" />
        <source>Print a card for this</source>
        <translation>Imprimir una tarjeta de esto</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="421" />
        <source>No number listed: see the organization's website.</source>
        <translation>No figura ningún número: consulta la web de la organización.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="436" />
        <source>Remove {name} from favourites</source>
        <translation>Quitar {name} de favoritos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="437" />
        <source>Add {name} to favourites</source>
        <translation>Añadir {name} a favoritos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="444" />
        <source>Print a card for {name}</source>
        <translation>Imprimir una tarjeta de {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="448" />
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="472" />
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="475" />
        <source>✕ Stale: last verified {date}</source>
        <translation>✕ Caducado: verificado por última vez el {date}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="477" />
        <source>⚠ Verified {date}, over 6 months ago</source>
        <translation>⚠ Verificado el {date}, hace más de 6 meses</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="478" />
        <source>✓ Verified {date}</source>
        <translation>✓ Verificado el {date}</translation>
    </message>
</context>
<context>
    <name>TourSheetDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="158" />
        <source>Tour sheet</source>
        <translation>Hoja de gira</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>&amp;Tour</source>
        <translation>&amp;Gira</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>Tour</source>
        <translation>Gira</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="168" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="169" />
        <source>Language of the sheet</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>&amp;Paper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="172" />
        <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
        <translation>La fecha y la ciudad de cada parada con las líneas de crisis de su país y algunos servicios, del directorio de recursos; la línea de ayuda, de Ajustes.</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="182" />
        <source>No tour yet: create one in Activations</source>
        <translation>Aún no hay ninguna gira: crea una en Activaciones</translation>
    </message>
</context>
<context>
    <name>resources_page</name>
    <message>
        <location filename="../../resources_page.py" line="63" />
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="64" />
        <source>Counselling and therapy</source>
        <translation>Orientación y terapia</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="65" />
        <location filename="../../resources_page.py" line="77" />
        <source>Financial aid</source>
        <translation>Ayuda económica</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="66" />
        <location filename="../../resources_page.py" line="78" />
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="67" />
        <location filename="../../resources_page.py" line="79" />
        <source>Peer support</source>
        <translation>Apoyo entre pares</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="68" />
        <location filename="../../resources_page.py" line="80" />
        <source>Music industry</source>
        <translation>Industria musical</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="75" />
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="76" />
        <source>Counselling</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="87" />
        <source>crisis line</source>
        <translation>línea de crisis</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="88" />
        <source>counselling</source>
        <translation>orientación</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="89" />
        <source>financial aid</source>
        <translation>ayuda económica</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="90" />
        <source>substance use</source>
        <translation>consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="91" />
        <source>peer support</source>
        <translation>apoyo entre pares</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="92" />
        <source>music industry</source>
        <translation>industria musical</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="99" />
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="100" />
        <source>Text (SMS)</source>
        <translation>Mensaje (SMS)</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="101" />
        <source>Textphone</source>
        <translation>Teléfono de texto</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="102" />
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="112" />
        <source>hours not known</source>
        <translation>horario desconocido</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="114" />
        <source>open now</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="115" />
        <source>closed now</source>
        <translation>cerrado ahora</translation>
    </message>
</context>
</TS>
