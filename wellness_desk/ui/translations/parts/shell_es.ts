<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main_window.py" line="101" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="102" />
        <source>Kit counter</source>
        <translation>Contador de kits</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="103" />
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="104" />
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="105" />
        <source>Therapy days</source>
        <translation>Días de terapia</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="106" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="107" />
        <source>Kit catalogue</source>
        <translation>Catálogo de kits</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="108" />
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="109" />
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="366" />
        <source>Resource directory: {problem}</source>
        <translation>Directorio de recursos: {problem}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="557" />
        <source>No activation yet</source>
        <translation>Aún no hay ninguna activación</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="558" />
        <source>Create one under Activations</source>
        <translation>Cree una en Activaciones</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="565" />
        <source>{activation} · today: {stop}</source>
        <translation>{activation} · hoy: {stop}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="567" />
        <source>{activation} · next: {stop}, {day}</source>
        <translation>{activation} · próxima parada: {stop}, {day}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="571" />
        <source>{activation} · {place}</source>
        <translation>{activation} · {place}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574" />
        <source>Tour</source>
        <translation>Gira</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="575" />
        <source>{kind} · times in {zone}</source>
        <translation>{kind} · horas en {zone}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="583" />
        <location filename="../../main_window.py" line="728" />
        <location filename="../../main_window.py" line="785" />
        <source>Wellness Desk</source>
        <translation>Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="588" />
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="591" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="592" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="593" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="594" />
        <source>Activation &amp;report…</source>
        <translation>&amp;Informe de la activación…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="595" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="596" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="597" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="598" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="599" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="600" />
        <source>&amp;About Wellness Desk</source>
        <translation>A&amp;cerca de Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="601" />
        <source>Page header</source>
        <translation>Encabezado de la página</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="603" />
        <source>Sync: checking…</source>
        <translation>Sincronización: comprobando…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="680" />
        <location filename="../../main_window.py" line="686" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685" />
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="724" />
        <source>About Wellness Desk</source>
        <translation>Acerca de Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="731" />
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="735" />
        <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
        <translation>Carpas de bienestar, entrega de kits y días de terapia en eventos de música en directo; funciona sin conexión a la red y solo envía recuentos anónimos.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="739" />
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="748" />
        <source>&amp;Open the data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="755" />
        <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
        <translation>Software libre con licencia MIT. Iconos: Lucide (licencia ISC). Fuentes: DejaVu, Droid Sans Fallback y Symbola, con sus propias licencias (en la carpeta assets).</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="840" />
        <source>The daily backup was not made: {problem}</source>
        <translation>No se hizo la copia de seguridad diaria: {problem}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="853" />
        <source>Restoring {file}…</source>
        <translation>Restaurando {file}…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="868" />
        <source>The restore failed ({kind}); the current database was left as it was.</source>
        <translation>La restauración falló ({kind}); la base de datos actual quedó como estaba.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="879" />
        <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation>Se restauró {file}: ahora es la base de datos. La base de datos que reemplazó se guarda como {aside}.

Wellness Desk se cierra ahora: ábralo de nuevo para continuar con los datos restaurados.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="885" />
        <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation>Se restauró {file}: ahora es la base de datos.

Wellness Desk se cierra ahora: ábralo de nuevo para continuar con los datos restaurados.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="892" />
        <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
        <translation>{problem}

Wellness Desk se cierra ahora: ábralo de nuevo para continuar (con la base de datos como estaba).</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="896" />
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../main_window.py" line="149" />
        <location filename="../../main_window.py" line="151" />
        <location filename="../../main_window.py" line="154" />
        <location filename="../../main_window.py" line="156" />
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="150" />
        <source>Show the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="152" />
        <source>Go to the first … ninth section of the sidebar</source>
        <translation>Ir a la primera … novena sección de la barra lateral</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="155" />
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="157" />
        <source>Quit Wellness Desk</source>
        <translation>Salir de Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="158" />
        <location filename="../../main_window.py" line="161" />
        <source>Kit counter</source>
        <translation>Contador de kits</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="159" />
        <source>Hand out one kit of the first … ninth tile</source>
        <translation>Entregar un kit de la primera … novena casilla</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="162" />
        <source>Undo the last hand-out</source>
        <translation>Deshacer la última entrega</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="184" />
        <location filename="../../app.py" line="233" />
        <location filename="../../app.py" line="244" />
        <location filename="../../app.py" line="280" />
        <source>Wellness Desk</source>
        <translation>Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../app.py" line="188" />
        <source>{problem}

There is no backup of it in {folder} to put back.</source>
        <translation>{problem}

No hay ninguna copia de seguridad en {folder} que restaurar.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="193" />
        <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
        <translation>{problem}

La copia de seguridad válida más reciente se hizo el {when}. Restaurarla pone esa copia en su lugar; el archivo dañado se aparta a su lado, no se borra. Lo que se contó después de la copia no está en ella.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="199" />
        <source>Restore the newest backup ({when})…</source>
        <translation>Restaurar la copia más reciente ({when})…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="201" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../app.py" line="234" />
        <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
        <translation>¿Reemplazar la base de datos dañada por la copia de seguridad del {when}? El archivo dañado se conserva en {folder}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="255" />
        <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
        <translation>Se restauró la copia de seguridad del {when}; el archivo dañado se apartó como {file}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="258" />
        <source>Restored the backup made {when}.</source>
        <translation>Se restauró la copia de seguridad del {when}.</translation>
    </message>
</context>
</TS>