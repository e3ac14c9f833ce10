<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../activations_page.py" line="207" />
        <source>Activations: festivals and tours</source>
        <translation>Activaciones: festivales y giras</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="216" />
        <source>&amp;Activations</source>
        <translation>&amp;Activaciones</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="220" />
        <location filename="../../activations_page.py" line="356" />
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="225" />
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Places</source>
        <translation>&amp;Lugares</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="229" />
        <source>Places of the activation</source>
        <translation>Lugares de la activación</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="238" />
        <source>&amp;Use this activation</source>
        <translation>&amp;Usar esta activación</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="241" />
        <source>&amp;New activation…</source>
        <translation>&amp;Nueva activación…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="243" />
        <location filename="../../activations_page.py" line="334" />
        <source>Add &amp;location…</source>
        <translation>Añadir &amp;lugar…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="245" />
        <source>&amp;Capacity and changeover…</source>
        <translation>&amp;Aforo y cambio…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="246" />
        <source>How many people the space holds, and the minutes needed between two sessions there.</source>
        <translation>Cuántas personas caben en el espacio y los minutos necesarios entre dos sesiones allí.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="249" />
        <source>&amp;Edit stop…</source>
        <translation>&amp;Editar parada…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="251" />
        <source>&amp;Delete stop…</source>
        <translation>&amp;Borrar parada…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="254" />
        <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
        <translation>Solo una parada sin nada: ningún día de terapia, taller ni kits registrados.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="265" />
        <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
        <translation>Aún no hay ninguna activación. Una activación es un festival o una gira: crea una y luego añade sus carpas y salas, o sus paradas de gira.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="267" />
        <source>Create an activation</source>
        <translation>Crear una activación</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="285" />
        <source>{kind} · {start} to {end} · {zone}</source>
        <translation>{kind} · del {start} al {end} · {zone}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="288" />
        <source>{name}  ✓ current
{details}</source>
        <translation>{name}  ✓ actual
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
        <translation>Aforo: {capacity}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../activations_page.py" line="322" />
        <source>%n min changeover</source>
        <translation><numerusform>%n min de cambio</numerusform><numerusform>%n min de cambio</numerusform></translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Tour stops</source>
        <translation>&amp;Paradas de la gira</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="333" />
        <source>Add a &amp;stop…</source>
        <translation>Añadir &amp;parada…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="378" />
        <source>People the space holds (0: no limit):</source>
        <translation>Personas que caben en el espacio (0: sin límite):</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="383" />
        <source>Changeover minutes needed between two sessions:</source>
        <translation>Minutos de cambio necesarios entre dos sesiones:</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="408" />
        <source>Delete stop</source>
        <translation>Borrar parada</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="409" />
        <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
        <translation>¿Borrar la parada {stop}? No se puede deshacer (vuelve a añadirla si hace falta).</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="137" />
        <source>Add location</source>
        <translation>Añadir lugar</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="140" />
        <source>A place at {activation}, e.g. Wellness tent</source>
        <translation>Un lugar de {activation}, p. ej. Carpa de bienestar</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>NewActivationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="105" />
        <source>New activation</source>
        <translation>Nueva activación</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="107" />
        <source>e.g. Riverside Sound Festival 2027</source>
        <translation>p. ej. Riverside Sound Festival 2027</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="114" />
        <location filename="../../activations_page.py" line="116" />
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="115" />
        <location filename="../../activations_page.py" line="117" />
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="116" />
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="117" />
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../schedule_page.py" line="61" />
        <location filename="../../schedule_page.py" line="193" />
        <location filename="../../schedule_page.py" line="354" />
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="64" />
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="68" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="73" />
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="76" />
        <source>Add a session to the program (Ctrl+N)</source>
        <translation>Añadir una sesión al programa (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="79" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="81" />
        <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
        <translation>Añade un programa entero desde un archivo CSV (consulta el README para ver sus columnas). Un archivo con alguna línea errónea no añade nada.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="85" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="86" />
        <source>Export the program</source>
        <translation>Exportar el programa</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="97" />
        <source>Day program</source>
        <translation>Programa del día</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="98" />
        <source>&amp;Timeline</source>
        <translation>&amp;Cronograma</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>S&amp;pace:</source>
        <translation>&amp;Espacio:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>Space filter</source>
        <translation>Filtro de espacio</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>F&amp;acilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>Facilitator filter</source>
        <translation>Filtro de facilitador</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="122" />
        <source>Sessions of the day</source>
        <translation>Sesiones del día</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="123" />
        <source>Enter or a double click opens a session.</source>
        <translation>Intro o un doble clic abre una sesión.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="131" />
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="134" />
        <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
        <translation>Aún no hay ninguna activación. Crea un festival o una gira en Activaciones, añade sus espacios y planifica aquí su programa.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="136" />
        <source>Go to Activations</source>
        <translation>Ir a Activaciones</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Headcount</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="155" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="157" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Full</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="199" />
        <source>Schedule · {activation}</source>
        <translation>Programa · {activation}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="227" />
        <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
        <translation><numerusform>⚠ %n sesión con un conflicto este día (con borde rojo; pasa el ratón o ábrela para ver por qué)</numerusform><numerusform>⚠ %n sesiones con un conflicto este día (con borde rojo; pasa el ratón o abre una para ver por qué)</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="236" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="247" />
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="284" />
        <source>Calendar (.ics), whole program…</source>
        <translation>Calendario (.ics), programa completo…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="285" />
        <source>Calendar (.ics), one space</source>
        <translation>Calendario (.ics), un espacio</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="291" />
        <source>Day program PDF ({paper})…</source>
        <translation>PDF del programa del día ({paper})…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="295" />
        <source>Import a workshop program</source>
        <translation>Importar un programa de talleres</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="296" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="301" />
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="302" />
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="307" />
        <source>Save the day program</source>
        <translation>Guardar el programa del día</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="316" />
        <source>Imported %n workshop(s).</source>
        <translation><numerusform>%n taller importado.</numerusform><numerusform>%n talleres importados.</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="328" />
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="336" />
        <source>Saved {path}: %n page(s)</source>
        <translation><numerusform>Guardado {path}: %n página</numerusform><numerusform>Guardado {path}: %n páginas</numerusform></translation>
    </message>
</context>
<context>
    <name>SpaceHeader</name>
    <message>
        <location filename="../../timeline.py" line="438" />
        <source>Spaces: {names}</source>
        <translation>Espacios: {names}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="453" />
        <source>Holds {capacity}</source>
        <translation>Aforo: {capacity}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../timeline.py" line="172" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="174" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="176" />
        <source>Full</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="184" />
        <source>Full: </source>
        <translation>Completa: </translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="188" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="193" />
        <source>%n of {capacity}</source>
        <translation><numerusform>%n de {capacity}</numerusform><numerusform>%n de {capacity}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="195" />
        <source>%n person(s)</source>
        <translation><numerusform>%n persona</numerusform><numerusform>%n personas</numerusform></translation>
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
        <translation>Con {people}</translation>
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
        <translation>Aún no hay espacios: añade las carpas y salas en Activaciones.</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="348" />
        <source>Day timeline</source>
        <translation>Cronograma del día</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="350" />
        <source>Arrow keys move between sessions; Enter opens the focused one.</source>
        <translation>Las flechas mueven entre sesiones; Intro abre la seleccionada.</translation>
    </message>
</context>
<context>
    <name>TourStopDialog</name>
    <message>
        <location filename="../../activations_page.py" line="164" />
        <source>Change {stop}</source>
        <translation>Cambiar {stop}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="165" />
        <source>Add a stop to {tour}</source>
        <translation>Añadir una parada a {tour}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="169" />
        <location filename="../../activations_page.py" line="170" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="170" />
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="171" />
        <source>The tour runs {start} to {end}.</source>
        <translation>La gira va del {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="177" />
        <source>e.g. US</source>
        <translation>p. ej. US</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>&amp;Venue</source>
        <translation>&amp;Recinto</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>Venue</source>
        <translation>Recinto</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>Edit workshop</source>
        <translation>Editar taller</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="72" />
        <source>e.g. Morning breathwork</source>
        <translation>p. ej. Respiración matinal</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="78" />
        <source>New kind…</source>
        <translation>Nuevo tipo…</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="79" />
        <source>New kind of session</source>
        <translation>Nuevo tipo de sesión</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>S&amp;pace</source>
        <translation>&amp;Espacio</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="95" />
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="98" />
        <source>Ends at</source>
        <translation>Termina a las</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="101" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="107" />
        <source>T&amp;ime</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="109" />
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>&amp;Facilitators</source>
        <translation>&amp;Facilitadores</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="114" />
        <source>The space's</source>
        <translation>La del espacio</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="116" />
        <source>People who can take part; 0 uses what the space holds.</source>
        <translation>Personas que pueden participar; 0 usa el aforo del espacio.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>&amp;Capacity</source>
        <translation>&amp;Aforo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="123" />
        <source>Every day of the activation at this time</source>
        <translation>Todos los días de la activación a esta hora</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="124" />
        <source>Repeat every day of the activation</source>
        <translation>Repetir todos los días de la activación</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="126" />
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="140" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="143" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="150" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="151" />
        <source>Put &amp;back on</source>
        <translation>&amp;Volver a programar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="152" />
        <source>Cancel sessi&amp;on</source>
        <translation>Cancelar se&amp;sión</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="153" />
        <source>&amp;Mark held</source>
        <translation>&amp;Marcar como realizada</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="154" />
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="217" />
        <source>{day} (outside the dates)</source>
        <translation>{day} (fuera de las fechas)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="226" />
        <source>Pick a space first.</source>
        <translation>Elige primero un espacio.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="244" />
        <source>(ends the next day)</source>
        <translation>(termina al día siguiente)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="272" />
        <source>You can save anyway; the program keeps the mark until it is fixed.</source>
        <translation>Puedes guardar igualmente; el programa mantiene la marca hasta que se corrija.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="330" />
        <source>New kind</source>
        <translation>Nuevo tipo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="331" />
        <source>Kind of session (e.g. Drum circle):</source>
        <translation>Tipo de sesión (p. ej. Círculo de tambores):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_editor.py" line="369" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
        <translation><numerusform>«{title}» empieza a las {time}, dentro de %n minuto. ¿Marcarla como realizada ahora?

Puedes deshacerlo desde la puerta en la página Hoy («Devolver (no realizada)»).</numerusform><numerusform>«{title}» empieza a las {time}, dentro de %n minutos. ¿Marcarla como realizada ahora?

Puedes deshacerlo desde la puerta en la página Hoy («Devolver (no realizada)»).</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="373" />
        <source>Mark held</source>
        <translation>Marcar como realizada</translation>
    </message>
</context>
<context>
    <name>activations_page</name>
    <message>
        <location filename="../../activations_page.py" line="41" />
        <source>Tent</source>
        <translation>Carpa</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="42" />
        <source>Green room</source>
        <translation>Camerino</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="43" />
        <source>Stage</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="44" />
        <source>Tour stop</source>
        <translation>Parada de gira</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="45" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="55" />
        <source>Tour</source>
        <translation>Gira</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="56" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
</context>
</TS>