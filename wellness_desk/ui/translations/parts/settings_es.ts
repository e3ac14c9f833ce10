<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>BackupsGroup</name>
        <message>
            <source>daily</source>
            <translation>diaria</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>antes de una actualización</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Backups of this laptop's database</source>
            <translation>Copias de seguridad de la base de datos de este portátil</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day and before every upgrade, in {folder}.</source>
            <translation>Se hace una copia de seguridad al primer inicio de cada día y antes de cada actualización, en {folder}.</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>Aún no hay copias de seguridad</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo la copia…</translation>
        </message>
        <message>
            <source>Backed up: {file} ({size}).</source>
            <translation>Copia hecha: {file} ({size}).</translation>
        </message>
        <message>
            <source>Wellness Desk backups (*.sqlite3)</source>
            <translation>Copias de seguridad de Wellness Desk (*.sqlite3)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Comprobando {file}…</translation>
        </message>
        <message>
            <source>it cannot be read (damaged?)</source>
            <translation>no se puede leer (¿dañada?)</translation>
        </message>
        <message>
            <source>Put back the backup {file}?

It holds: {holds}.

It replaces the current database ({now}). The current database is not deleted: it is kept as {aside} in {folder}.

Wellness Desk closes after the restore; open it again to carry on.</source>
            <translation>¿Restaurar la copia de seguridad {file}?

Contiene: {holds}.

Sustituye a la base de datos actual ({now}). La base de datos actual no se borra: se guarda como {aside} en {folder}.

Wellness Desk se cierra después de restaurar; vuelve a abrirlo para continuar.</translation>
        </message>
        <message>
            <source>nothing readable</source>
            <translation>nada legible</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>How long the Undo button stays live after a tap.</source>
            <translation>Cuánto tiempo sigue activo el botón Deshacer después de un toque.</translation>
        </message>
        <message>
            <source>&amp;Undo a tap for</source>
            <translation>&amp;Deshacer un toque durante</translation>
        </message>
        <message>
            <source>The online resource hub that printed QR codes point to. It has nothing to do with the sync hub below.</source>
            <translation>El portal de recursos en línea al que apuntan los códigos QR impresos. No tiene nada que ver con el hub de sincronización de abajo.</translation>
        </message>
        <message>
            <source>Resource &amp;hub address
(printed on cards)</source>
            <translation>Dirección del &amp;portal de recursos
(impresa en las tarjetas)</translation>
        </message>
        <message>
            <source>Resource hub address (printed on cards)</source>
            <translation>Dirección del portal de recursos (impresa en las tarjetas)</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>The Therapy days section hides names again after this long without a touch.</source>
            <translation>La sección Días de terapia vuelve a ocultar los nombres tras este tiempo sin tocarla.</translation>
        </message>
        <message>
            <source>Lock &amp;therapy names after</source>
            <translation>Bloquear los nombres de &amp;terapia tras</translation>
        </message>
        <message>
            <source>Change it with --data-dir or WELLNESS_DESK_DATA.</source>
            <translation>Se cambia con --data-dir o WELLNESS_DESK_DATA.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Language and appearance (this laptop)</source>
            <translation>Idioma y aspecto (este portátil)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>The language of every screen; dates and numbers follow it.</source>
            <translation>El idioma de todas las pantallas; las fechas y los números lo siguen.</translation>
        </message>
        <message>
            <source>System (follows light or dark mode)</source>
            <translation>Sistema (sigue el modo claro u oscuro)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>Aspe&amp;cto</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
        <message>
            <source>Help line (printed on cards and signs)</source>
            <translation>Línea de ayuda (impresa en tarjetas y carteles)</translation>
        </message>
        <message>
            <source>e.g. Music Minds Matter (empty: “24/7 music-industry help line”)</source>
            <translation>p. ej. Music Minds Matter (vacío: «línea de ayuda 24/7 de la industria musical»)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Help line name</source>
            <translation>Nombre de la línea de ayuda</translation>
        </message>
        <message>
            <source>e.g. +44 800 088 2045</source>
            <translation>p. ej. +44 800 088 2045</translation>
        </message>
        <message>
            <source>The real number of your help line. Until one is set, cards and signs print without a help line.</source>
            <translation>El número real de tu línea de ayuda. Mientras no haya uno, las tarjetas y los carteles se imprimen sin línea de ayuda.</translation>
        </message>
        <message>
            <source>Nu&amp;mber</source>
            <translation>Nú&amp;mero</translation>
        </message>
        <message>
            <source>Help line number</source>
            <translation>Número de la línea de ayuda</translation>
        </message>
        <message>
            <source>Refuse to print cards and signs while no number is set</source>
            <translation>No imprimir tarjetas ni carteles mientras no haya número</translation>
        </message>
        <message>
            <source>Activation report (title page)</source>
            <translation>Informe de la activación (portada)</translation>
        </message>
        <message>
            <source>Your nonprofit's name</source>
            <translation>El nombre de tu organización</translation>
        </message>
        <message>
            <source>N&amp;onprofit</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <source>Nonprofit's name on the report</source>
            <translation>Nombre de la organización en el informe</translation>
        </message>
        <message>
            <source>No logo (optional: a PNG or JPEG file)</source>
            <translation>Sin logotipo (opcional: un archivo PNG o JPEG)</translation>
        </message>
        <message>
            <source>Logo on the report</source>
            <translation>Logotipo en el informe</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose a logo file</source>
            <translation>Elegir un archivo de logotipo</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>&amp;Logotipo</translation>
        </message>
        <message>
            <source>Logo for the report</source>
            <translation>Logotipo para el informe</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Sync hub (where anonymous counts are sent)</source>
            <translation>Hub de sincronización (adonde se envían los recuentos anónimos)</translation>
        </message>
        <message>
            <source>Connect to a sync hub…</source>
            <translation>Conectar a un hub de sincronización…</translation>
        </message>
        <message>
            <source>Connect to a sync hub</source>
            <translation>Conectar a un hub de sincronización</translation>
        </message>
        <message>
            <source>Sync now, the preview of what is sent, past syncs and Disconnect are in the Sync section.</source>
            <translation>Sincronizar ahora, la vista previa de lo que se envía, las sincronizaciones anteriores y Desconectar están en la sección Sincronización.</translation>
        </message>
    </context>
</TS>
