<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../../activations.py" line="76" />
            <source>activation name: must not be empty</source>
            <translation>nombre de la activación: no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="78" />
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>tipo de activación: {kind} no es uno de {kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="82" />
            <source>activation dates: end {end} is before start {start}</source>
            <translation>fechas de la activación: el fin {end} es anterior al inicio {start}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="87" />
            <source>activation name: {name} already exists</source>
            <translation>nombre de la activación: {name} ya existe</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="106" />
            <source>activation {activation} does not exist</source>
            <translation>la activación {activation} no existe</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="142" />
            <source>location name: must not be empty</source>
            <translation>nombre del lugar: no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="145" />
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>tipo de lugar: {kind} no es uno de {location_kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="155" />
            <location filename="../../../activations.py" line="252" />
            <source>location name: {name} already exists in {activation}</source>
            <translation>nombre del lugar: {name} ya existe en {activation}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="173" />
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} es un festival: las paradas de gira son de las giras</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="192" />
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>fecha de la parada: {date} está fuera de {activation} ({start_date} a {end_date})</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="199" />
            <source>city: must not be empty</source>
            <translation>ciudad: no puede estar vacía</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="206" />
            <source>{stop} is not a tour stop</source>
            <translation>{stop} no es una parada de gira</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="238" />
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop}: su día de terapia tiene reservas, así que la fecha y la zona horaria se quedan (cancela antes las reservas, o añade una parada nueva)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="244" />
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop}: hay talleres programados allí, así que la fecha y la zona horaria se quedan (mueve antes los talleres)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="287" />
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tiene un día de terapia con {count} reserva(s): se queda. Cambia la parada en su lugar, o mantenla.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="289" />
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tiene un día de terapia: se queda. Cambia la parada en su lugar, o mantenla.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="292" />
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} tiene talleres: se queda.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="293" />
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} tiene kits registrados: se queda.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="303" />
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>capacidad del espacio: {capacity} no es un número de personas desde 1</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="307" />
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>margen entre sesiones: {minutes} no está entre 0 y 1440 minutos</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="343" />
            <source>location {location} does not exist</source>
            <translation>el lugar {location} no existe</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="358" />
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>esta activación aún no tiene ningún lugar: añade una carpa o un camerino</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="365" />
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>el lugar {name} no está en esta activación (existen: {known})</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="135" />
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path}: aquí aún no hay base de datos, así que no hay nada que copiar.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="146" />
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target}: ya hay un archivo con ese nombre (no se ha tocado): elige otro nombre.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="149" />
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target}: esa es la propia base de datos: elige otro nombre.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="245" />
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin}: no es una base de datos de Wellness Desk; no se hizo ninguna copia.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="300" />
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path}: no hay ningún archivo ahí (o es una carpeta): elige un archivo de copia.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="306" />
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path}: no se puede leer el archivo ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="309" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path}: no es una base de datos de Wellness Desk (no es un archivo SQLite); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="323" />
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path}: este archivo no pasa la comprobación de integridad (SQLite: {why}), así que está dañado; no se cambió nada. Elige otra copia.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="339" />
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path}: no es una base de datos de Wellness Desk (es un archivo SQLite de otro programa); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="344" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path}: la escribió una versión más nueva de Wellness Desk (esquema {schema}); no se cambió nada. Instala la versión más nueva para abrirla.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="456" />
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source}: esa es la propia base de datos, no una copia de ella.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="605" />
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>Wellness Desk está abierto en esta carpeta de datos ({folder}, {who}): ciérralo primero, o restaura desde su Configuración → Copias de seguridad. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="681" />
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder}: la carpeta es de solo lectura, así que no se pudo escribir ninguna copia (no se cambió nada). Permite escribir en ella, o elige una carpeta en un disco que lo permita.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="689" />
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder}: el disco está lleno ({free} libres): no se escribió ni se cambió nada. Hacen falta unos {needed} libres ahí; libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="713" />
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder}: el disco no pudo escribir la copia ({reason}); no se cambió nada. Revisa el disco y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="731" />
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source}: el archivo ya no está; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="736" />
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source}: no se puede copiar la base de datos ({reason}); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="37" />
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file}: no se imprimió nada, 1 problema:</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="38" />
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file}: no se imprimió nada, {count} problemas:</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="41" />
            <location filename="../../../schedule_io.py" line="78" />
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="53" />
            <source>no locations after the header line</source>
            <translation>no hay lugares después de la cabecera</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="70" />
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} línea {line}, campo scan_distance: {distance} no son metros entre 0,1 y 50</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="82" />
            <location filename="../../../cards.py" line="511" />
            <location filename="../../../resource_print.py" line="724" />
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>copias: {copies} no es un número de 1 a {max}</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="84" />
            <location filename="../../../card_batch.py" line="108" />
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} línea {line}, campo {problem}</translation>
        </message>
        <message>
            <location filename="../../../card_render.py" line="112" />
            <location filename="../../../cards.py" line="664" />
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>logotipo: {logo} no es una imagen que reportlab pueda leer ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="316" />
            <location filename="../../../resource_print.py" line="89" />
            <source>refused to print:</source>
            <translation>no se imprime:</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="317" />
            <location filename="../../../resource_print.py" line="90" />
            <source>- {problem}</source>
            <translation>- {problem}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="340" />
            <location filename="../../../cards.py" line="507" />
            <location filename="../../../resource_print.py" line="273" />
            <source>language: {language} is not one of {languages}</source>
            <translation>idioma: {language} no es uno de {languages}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="348" />
            <location filename="../../../csv_table.py" line="87" />
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path}: no se puede leer ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="351" />
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path}: no es JSON válido ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="353" />
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path}: debe contener un objeto con {text_fields}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="359" />
            <source>{path}: field {name} must be text</source>
            <translation>{path}: el campo {name} debe ser texto</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="362" />
            <source>{path}: field headline is empty</source>
            <translation>{path}: el campo headline está vacío</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="500" />
            <source>template: {template} is not one of {templates}</source>
            <translation>plantilla: {template} no es una de {templates}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="504" />
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>papel: {template} se imprime en {papers}, no en {paper}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="515" />
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>etiqueta: está vacía (le dice al hub qué carteles se escanearon)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="517" />
            <source>tag: longer than {max} characters</source>
            <translation>etiqueta: más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="519" />
            <source>tag: holds a control character</source>
            <translation>etiqueta: contiene un carácter de control</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="521" />
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>distancia de escaneo: {distance} m no está entre 0,1 y 50 metros</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="525" />
            <source>first code: {first} is not a number from 1</source>
            <translation>primer código: {first} no es un número desde 1</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="535" />
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>recurso: el modelo {short_title} no tiene sitio para el número de un recurso: elige la tarjeta de recurso</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="540" />
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>recurso: sin número: elige uno en Recursos (Imprimir una tarjeta para esto)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="547" />
            <source>resource number: {reason}</source>
            <translation>número del recurso: {reason}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="552" />
            <source>{label}: longer than {max} characters</source>
            <translation>{label}: más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="555" />
            <source>{label}: holds a control character</source>
            <translation>{label}: contiene un carácter de control</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="577" />
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Archivo → Configuración → Línea de ayuda)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="579" />
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>línea de ayuda: no hay ningún número, y la Configuración pide rechazar tarjetas y carteles sin él: ponlo en Archivo → Configuración → Línea de ayuda</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="583" />
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>dirección del hub: {hub} no es una dirección web (https://…)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="588" />
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>enlace: {length} bytes, más de lo que debe llevar un código impreso ({max})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>the resource</source>
            <translation>el recurso</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="617" />
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="636" />
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}): no cabe en el modelo {short_title} ni a {smallest} pt ({length} caracteres en un recuadro de {w}×{h} mm): acórtalo</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="641" />
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind}: no cabe en el modelo {short_title} ni a {smallest} pt ({length} caracteres en un recuadro de {w}×{h} mm): acórtalo</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="760" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>distancia de escaneo: el código QR mide {code_cm} cm y se escanea desde unos {supports} m, no desde los {distance} m pedidos: pon la distancia de escaneo en {supports} m o menos</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="764" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>distancia de escaneo: el código QR mide {code_cm} cm y se escanea desde unos {supports} m, no desde los {distance} m pedidos: imprime en {paper}, o pon la distancia de escaneo en {supports} m o menos</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="650" />
            <source>logo: {logo} is not a readable file</source>
            <translation>logotipo: {logo} no es un archivo legible</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="729" />
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>zona de silencio: {quiet} módulos de espacio en blanco alrededor del código QR, los escáneres necesitan {minimum}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="736" />
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>los módulos del QR miden {size} mm (versión {version}, nivel {level}, para un enlace de {length} caracteres): se imprime bien a partir de {minimum} mm; usa una etiqueta o una dirección del hub más corta</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="752" />
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>distancia de escaneo: el código QR mide {code_cm} cm, demasiado pequeño para un cartel: usa una etiqueta o una dirección del hub más corta</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="795" />
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>etiqueta {tag}: otro trabajo imprimió mientras tanto los códigos desde c={first}; no se registró nada: vuelve a imprimir para tener números nuevos</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="602" />
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>aún no hay ninguna activación: crea una en la aplicación, o ejecuta 'wellness-desk demo'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="626" />
            <source>nothing to undo at {location}</source>
            <translation>no hay nada que deshacer en {location}</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="671" />
            <source>--personal goes with --csv DIR</source>
            <translation>--personal va con --csv CARPETA</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="683" />
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper es para --program-pdf, no para --ics</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="714" />
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option}: {text} no es una fecha como 2026-07-03</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="734" />
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space y --paper son para el programa, no para --csv (la exportación CSV incluye todas las activaciones)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="748" />
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations toma la plantilla y la etiqueta del CSV: quita --template y --tag</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="759" />
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>hacen falta --template y --tag (o --locations ARCHIVO.csv)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="810" />
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll y --activation van con --hub URL</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="812" />
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size va con --once o --preview</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="814" />
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout: {timeout} no está entre 0 y 300 segundos</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="848" />
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>sin conexión con un hub: conéctate primero con 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="875" />
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub necesita --enroll CODE (el código de un solo uso que da la coordinación del hub)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="886" />
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>la activación {activation} no existe (activaciones: {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="932" />
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} es un festival: los días de terapia son de las giras (elige la gira en la aplicación)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="957" />
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} aún no tiene paradas: añádelas en la aplicación</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="969" />
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>parada {wanted}: {count} paradas en {city} ({names}): escribe el nombre completo de la parada</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="974" />
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>la parada {wanted} no es una parada de {tour_name} (paradas: {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="986" />
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>aún no hay clave: pon primero un PIN o una frase de acceso en la sección Terapia de la aplicación</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="1000" />
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option}: no se dio {what} (escríbelo cuando se pida, o pásalo como una línea por la entrada estándar)</translation>
        </message>
        <message>
            <location filename="../../../clock.py" line="68" />
            <location filename="../../../clock.py" line="83" />
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>la zona horaria {name} no es una zona IANA conocida (p. ej. Europe/London)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="26" />
            <location filename="../../../resources/package.py" line="543" />
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation>no es texto UTF-8 (guarda la hoja como “CSV UTF-8”)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="27" />
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>aquí se abren comillas que nunca se cierran (el resto del archivo sería este único campo)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="44" />
            <location filename="../../../resources/package.py" line="102" />
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} línea {line}, campo {field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="47" />
            <location filename="../../../resources/package.py" line="105" />
            <source>{file} line {line}: {problem}</source>
            <translation>{file} línea {line}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="50" />
            <location filename="../../../resources/package.py" line="108" />
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, campo {field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="52" />
            <location filename="../../../resources/package.py" line="110" />
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="97" />
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>el archivo está vacío (la primera línea nombra las columnas: {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="124" />
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} campos pero la cabecera tiene {width} (un separador dentro de un campo necesita comillas)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="137" />
            <location filename="../../../csv_table.py" line="149" />
            <source>the first line must name the columns: {known}</source>
            <translation>la primera línea debe nombrar las columnas: {known}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="158" />
            <source>column {number} has no name</source>
            <translation>la columna {number} no tiene nombre</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="160" />
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>columna desconocida {column} (las columnas son: {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="164" />
            <source>column {key} appears twice</source>
            <translation>la columna {key} aparece dos veces</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="170" />
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>faltan columnas: {missing} (se necesitan: {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="173" />
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>falta una columna: {missing} (se necesitan: {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="215" />
            <location filename="../../../resources/package.py" line="579" />
            <source>cannot be read as CSV ({reason})</source>
            <translation>no se puede leer como CSV ({reason})</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="51" />
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path}: es una carpeta, no un archivo de base de datos.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="64" />
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path}: no se puede leer el archivo de la base de datos ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="68" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: no es una base de datos de Wellness Desk (no es un archivo SQLite). No se ha tocado; muévelo o elige otro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="104" />
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path}: el disco no pudo leer ni escribir el archivo de la base de datos ({name}); no se guardó nada. Deja el archivo como está, revisa el disco (¿se desconectó?) y vuelve a empezar.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="116" />
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path}: no se puede abrir el archivo de la base de datos ({name}). No se ha tocado; comprueba que el archivo y su carpeta están ahí y se pueden leer.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="121" />
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path}: SQLite no puede escribir en el archivo de la base de datos ({name}); no se guardó nada. Comprueba que el archivo sigue en su carpeta y se puede escribir, y vuelve a empezar.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="128" />
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path}: la base de datos está ocupada (otro programa está escribiendo en ella): esa acción NO se guardó. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="136" />
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path}: el archivo de la base de datos está dañado (SQLite informa {name}); no se guardó nada y a partir de ahora no se tocará. Deja el archivo como está (cópialo a un lugar seguro), y luego recupera una copia hecha antes del daño o elige otro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="148" />
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder}: el disco de la carpeta de datos pasó a solo lectura (el sistema lo hace con un disco con errores): esa acción NO se guardó, y no se podrá guardar nada hasta que se pueda escribir otra vez. Deja los archivos como están, revisa el disco y vuelve a empezar, o copia la carpeta a un disco que funcione y elígela con --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="174" />
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder}: el disco está lleno ({free} libres): no se guardó nada. Wellness Desk necesita al menos {needed} libres ahí; libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="208" />
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path}: no se puede crear su carpeta ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="219" />
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder}: la carpeta de datos es de solo lectura, así que Wellness Desk no puede guardar nada ahí (no se cambió nada). Permite escribir en la carpeta (o cópiala a un disco que lo permita), o elige otra carpeta con --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="226" />
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path}: el archivo de la base de datos es de solo lectura, así que Wellness Desk no puede guardar nada en él (no se cambió nada). Permite escribir en el archivo, o elige otra carpeta con --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="291" />
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path}: no se puede abrir el archivo de la base de datos ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="335" />
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path}: no se puede actualizar la base de datos ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="433" />
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path}: este archivo SQLite es de otro programa, no de Wellness Desk. No se ha tocado; elige otro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="444" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: la escribió una versión más nueva de Wellness Desk (esquema {schema}). No se ha tocado; instala la versión más nueva para abrirla.</translation>
        </message>
        <message>
            <location filename="../../../demo.py" line="55" />
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>la base de datos ya tiene activaciones: la demo solo llena una vacía (usa --data-dir con una carpeta nueva)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="518" />
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>no hay ninguna exportación llamada {unknown} (exportaciones: {exports})</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="523" />
            <source>choose at least one export</source>
            <translation>elige al menos una exportación</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="525" />
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>datos personales: desbloquea la sección Terapia (PIN o frase de acceso) para incluirlos</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="587" />
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder}: es un archivo, no una carpeta; elige una carpeta para la exportación</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="591" />
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder}: esta carpeta contiene otros archivos; elige una carpeta vacía o nueva (una exportación es una carpeta propia, que se reemplaza entera la próxima vez)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="666" />
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder}: no se puede escribir en esta carpeta, así que la exportación no se escribió (no se cambió nada). Elige otra carpeta.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="673" />
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder}: el disco está lleno, así que la exportación no se escribió (no se cambió nada). Necesita más de {size} libres ahí: libera espacio, o elige otro disco.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="677" />
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder}: no se pudo escribir la exportación ({reason}); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="157" />
            <source>kit name: must not be empty</source>
            <translation>nombre del kit: no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="159" />
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>nombre del kit: {name} tiene más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="167" />
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>color del kit: {colour} no es un color como #1A2B3C</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="174" />
            <source>{what}: {count} is not a whole number</source>
            <translation>{what}: {count} no es un número entero</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="178" />
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what}: {count} no está entre {low} y {max}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="186" />
            <source>kit name: {name} already exists</source>
            <translation>nombre del kit: {name} ya existe</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="193" />
            <location filename="../../../kits.py" line="249" />
            <source>low-stock threshold</source>
            <translation>umbral de existencias bajas</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="210" />
            <source>kit type {kit_type} does not exist</source>
            <translation>el tipo de kit {kit_type} no existe</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="228" />
            <source>kit {name} does not exist (known: {known})</source>
            <translation>el kit {name} no existe (existen: {known})</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="294" />
            <source>action {action} does not exist</source>
            <translation>la acción {action} no existe</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="323" />
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>el kit {kit} está retirado: recupéralo antes en el catálogo</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="333" />
            <source>hand-out count</source>
            <translation>cantidad entregada</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="335" />
            <location filename="../../../therapy.py" line="568" />
            <source>role: {role} is not one of {roles}</source>
            <translation>rol: {role} no es uno de {roles}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="352" />
            <source>received count</source>
            <translation>cantidad recibida</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="367" />
            <source>counted stock</source>
            <translation>existencias contadas</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="370" />
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>motivo de la corrección: di por qué cambió la cuenta (p. ej. 'recuento')</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="388" />
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>un deshacer no se puede deshacer: vuelve a entregar el kit</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="390" />
            <source>action {action} was already undone</source>
            <translation>la acción {action} ya se deshizo</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="24" />
            <source>amount</source>
            <translation>importe</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="42" />
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label}: escribe un importe, p. ej. 150,00 o 150.00</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="46" />
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label}: {typed} no es un importe (cifras, con una coma o un punto antes de los céntimos, p. ej. 150,00)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="52" />
            <location filename="../../../money.py" line="98" />
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label}: {typed} no es un importe</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="70" />
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} mezcla separadores de una forma que no es un importe (p. ej. 1.234,56 o 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="77" />
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} no es un importe (p. ej. 1.234,56 o 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="86" />
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label}: {typed} no está claro (¿miles o decimales?): escribe {whole}{after} sin el {sep}, o dos decimales, p. ej. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="103" />
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label}: {typed} es mucho más dinero del que cabe en un presupuesto</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="107" />
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label}: {typed} tiene más de dos decimales (céntimos)</translation>
        </message>
        <message>
            <location filename="../../../program_print.py" line="80" />
            <source>no workshops in {where} to print</source>
            <translation>no hay talleres en {where} que imprimir</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="164" />
            <source>language: {lang} is not one of {languages}</source>
            <translation>idioma: {lang} no es uno de {languages}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="362" />
            <source>dates: the end {end} is before the start {start}</source>
            <translation>fechas: el fin {end} es anterior al inicio {start}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="368" />
            <source>location {location} is not in {activation}</source>
            <translation>el lugar {location} no está en {activation}</translation>
        </message>
        <message>
            <location filename="../../../report_pdf.py" line="214" />
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>logotipo (Configuración): {path} no es una imagen que se pueda imprimir ({error_type}): elige otro archivo, o ninguno</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="177" />
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="319" />
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} es un festival: una hoja de gira es para una gira</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="324" />
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} aún no tiene paradas: añádelas en Activaciones</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="331" />
            <location filename="../../../resource_print.py" line="748" />
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Archivo → Configuración → Línea de ayuda)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="359" />
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number}: demasiado largo para imprimirlo grande ({width} mm)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="720" />
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>país: {country} no es un código de país de dos letras (p. ej. CA)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="729" />
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>papel: la tarjeta de bolsillo se imprime en {sheets}, no en {paper}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="740" />
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>país: no hay ninguna línea de crisis verificada para {code} en este directorio, así que no hay tarjeta que imprimir (la hoja de gira dice a la gente que llame a los servicios de emergencia locales)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="773" />
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>los módulos del QR miden {module} mm para un enlace de {length} caracteres: se imprime bien a partir de {minimum} mm; usa una dirección del hub más corta</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="787" />
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>país: las {count} líneas de crisis de {code} no caben en una tarjeta de bolsillo ni en letra pequeña: imprime en su lugar la hoja de gira</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="947" />
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>activación: {activation} no es una de las de este portátil (existen: {known})</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="986" />
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>el directorio de recursos vive junto a un archivo de base de datos, y esta está en memoria</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="996" />
            <source>no tour yet: create one in Activations</source>
            <translation>aún no hay ninguna gira: crea una en Activaciones</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="116" />
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} no existe en {tz}: ese día se adelantan los relojes</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="170" />
            <source>workshop kind: must not be empty</source>
            <translation>tipo de taller: no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="172" />
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>tipo de taller: más de {max} caracteres (tiene {length}); los recuentos del hub llevan esta etiqueta: acórtalo</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="177" />
            <source>workshop kind: {name} already exists</source>
            <translation>tipo de taller: {name} ya existe</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="190" />
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>tipo: {kind} no es uno de {kinds} (añádelo antes a la lista)</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="245" />
            <source>workshop {workshop} does not exist</source>
            <translation>el taller {workshop} no existe</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="460" />
            <source>title: must not be empty</source>
            <translation>título: no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="462" />
            <source>title: longer than {max} characters</source>
            <translation>título: más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="469" />
            <source>end: must be after the start</source>
            <translation>fin: debe ser después del inicio</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="471" />
            <source>end: a session cannot last more than 24 hours</source>
            <translation>fin: una sesión no puede durar más de 24 horas</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="474" />
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>aforo: {capacity} no es un número de personas desde 1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="549" />
            <source>space: belongs to another activation</source>
            <translation>espacio: pertenece a otra activación</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="577" />
            <source>status: {status} is not one of {statuses}</source>
            <translation>estado: {status} no es uno de {statuses}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="584" />
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>“{title}” ya tuvo lugar (se hizo, o se contó a gente en la entrada), así que no se puede cancelar</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="614" />
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>“{title}” se hizo o se contó en la entrada: cancélalo en su lugar</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="644" />
            <source>counter: {counter} is not one of {counters}</source>
            <translation>contador: {counter} no es uno de {counters}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="647" />
            <source>a door tap is +1 or −1</source>
            <translation>un toque en la entrada es +1 o −1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="651" />
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>“{title}” está cancelado: no hay nadie que contar</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="654" />
            <source>the headcount is already 0</source>
            <translation>el aforo ya está en 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="655" />
            <source>the waitlist is already 0</source>
            <translation>la lista de espera ya está en 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="658" />
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>“{title}” está lleno ({capacity} de {capacity}): apúntalos en la lista de espera</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="74" />
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file}: no se importó nada, 1 problema:</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="75" />
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file}: no se importó nada, {count} problemas:</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="90" />
            <source>no workshops after the header line</source>
            <translation>no hay talleres después de la cabecera</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="151" />
            <location filename="../../../schedule_io.py" line="162" />
            <location filename="../../../schedule_io.py" line="216" />
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="156" />
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} no es un espacio de {activation} (existen: {known})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="164" />
            <source>longer than {max} characters</source>
            <translation>más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="168" />
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} no es un tipo de taller (existen: {kinds})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="174" />
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} no es un número de personas desde 1 (déjalo vacío para usar el aforo del espacio)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="199" />
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} no es después del inicio {start} (una sesión que pasa de medianoche: pon el día en que termina en la columna end_date)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="203" />
            <source>a session cannot last more than 24 hours</source>
            <translation>una sesión no puede durar más de 24 horas</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="222" />
            <source>{text} is not a date of the calendar</source>
            <translation>{text} no es una fecha del calendario</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="226" />
            <location filename="../../../schedule_io.py" line="238" />
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} no es una fecha (usa 2026-07-04)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="243" />
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} podría ser {day} {month} o {day2} {month2}: escribe {date} o {date2}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="250" />
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} no está dentro de {activation} ({start} a {end}); escribe las fechas como AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="260" />
            <source>is empty ({hint})</source>
            <translation>está vacío ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="276" />
            <source>{text} is not a time ({hint})</source>
            <translation>{text} no es una hora ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="310" />
            <source>space {space} is not in {activation}</source>
            <translation>el espacio {space} no está en {activation}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="316" />
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>no hay talleres en {where} que poner en un calendario: añade uno primero</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="53" />
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path}: quick_check dice {integrity}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="83" />
            <source>card sheet refused: {problems}</source>
            <translation>hoja de tarjetas rechazada: {problems}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="114" />
            <source>{written}: the log line was not written</source>
            <translation>{written}: no se escribió la línea del registro</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="41" />
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>tiempo para deshacer: {seconds} no está entre 3 y 600 segundos</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="63" />
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>dirección del hub: {url} no es una dirección web (https://…)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="86" />
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>bloqueo de terapia: {minutes} no es de 1 a 120 minutos</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="128" />
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>número de la línea de ayuda: {number} no es un número de teléfono (solo cifras, espacios, + - ( ), p. ej. +44 800 123 4567 o 988)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="133" />
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>número de la línea de ayuda: {number} tiene {digits} cifras; un número de teléfono tiene de 3 (un número corto como el 988) a 15</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="144" />
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>número de la línea de ayuda: {number} no es un número real ({why}): pon el número propio de tu línea de ayuda</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="148" />
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>número de la línea de ayuda: {number} parece de relleno (una cifra repetida): pon el número propio de tu línea de ayuda</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="152" />
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>número de la línea de ayuda: {number} parece de relleno (cifras seguidas): pon el número propio de tu línea de ayuda</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="160" />
            <source>help line name: longer than {max} characters</source>
            <translation>nombre de la línea de ayuda: más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="163" />
            <source>help line name: holds a control character</source>
            <translation>nombre de la línea de ayuda: contiene un carácter de control</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="193" />
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>nombre de la organización: más de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="195" />
            <source>nonprofit's name: holds a control character</source>
            <translation>nombre de la organización: contiene un carácter de control</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="203" />
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>logotipo: {path} no es un archivo (elige una imagen PNG o JPEG, o déjalo vacío)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="151" />
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} no es una parada de gira con fecha</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="165" />
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>franja del día: termina a las {window_end}, no después de empezar ({window_start})</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="170" />
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>duración de la sesión: {minutes} no es de 10 a 240 minutos</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="174" />
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>pausa: {minutes} no es de 0 a 120 minutos</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="177" />
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>pausa para comer: indica su inicio y su fin, o ninguno</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="181" />
            <source>lunch break: ends before it starts</source>
            <translation>pausa para comer: termina antes de empezar</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="183" />
            <source>lunch break: outside the day window</source>
            <translation>pausa para comer: fuera de la franja del día</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="188" />
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>franja del día: {window_start}–{window_end} no da para una sesión de {minutes} minutos</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="221" />
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>franja del día: no cabe ninguna sesión de {minutes} minutos el {day} ({window_start}–{window_end}, menos la comida y cualquier cambio de hora)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="252" />
            <location filename="../../../therapy.py" line="253" />
            <source>cost</source>
            <translation>coste</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="260" />
            <source>therapy day {therapy_day} does not exist</source>
            <translation>el día de terapia {therapy_day} no existe</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="285" />
            <source>provider name: must not be empty</source>
            <translation>nombre del profesional: no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="287" />
            <source>mode: {mode} is not one of {modes}</source>
            <translation>modalidad: {mode} no es una de {modes}</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="289" />
            <source>cost per session</source>
            <translation>coste por sesión</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="291" />
            <source>cost per day</source>
            <translation>coste por día</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="293" />
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>desbloquea la sección de terapia para guardar el contacto del profesional</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="360" />
            <source>slot {slot} does not exist</source>
            <translation>la franja {slot} no existe</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="367" />
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>esta franja está reservada: cancela la reserva antes de bloquearla</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="378" />
            <source>slot: ends before it starts</source>
            <translation>franja: termina antes de empezar</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="380" />
            <source>slot: longer than 4 hours</source>
            <translation>franja: dura más de 4 horas</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="385" />
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>franja: se solapa con la franja de las {time} del mismo día</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="397" />
            <source>slot: starts and ends at the same time</source>
            <translation>franja: empieza y termina a la misma hora</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="452" />
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} franja(s) reservada(s) no encajan en el nuevo plan ({times}): mantenlas, o cancela sus reservas</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="501" />
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} no es una gira: el presupuesto de terapia es de una gira</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="503" />
            <source>budget</source>
            <translation>presupuesto</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="505" />
            <source>budget: give an amount, e.g. 2400</source>
            <translation>presupuesto: indica un importe, p. ej. 2400</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="508" />
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>moneda: {currency} no es un código como USD o EUR</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="576" />
            <source>person: give a name, initials or an alias</source>
            <translation>persona: indica un nombre, unas iniciales o un alias</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="578" />
            <source>person: longer than 80 characters</source>
            <translation>persona: más de 80 caracteres</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="595" />
            <source>this slot is blocked</source>
            <translation>esta franja está bloqueada</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="597" />
            <source>this slot is already booked</source>
            <translation>esta franja ya está reservada</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="609" />
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>esta persona ya tiene una sesión a las {time} ({place}) que se solapa con esta franja</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="619" />
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>esta reserva cuesta {cost} {currency}; solo quedan {remaining} {currency} del presupuesto de terapia</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="636" />
            <source>booking {booking} does not exist</source>
            <translation>la reserva {booking} no existe</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="643" />
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>estado: {status} no es booked, attended ni no_show (cancela con cancel_booking)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="647" />
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>esta reserva se canceló: vuelve a reservar la franja</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="708" />
            <source>this booking is already cancelled</source>
            <translation>esta reserva ya está cancelada</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="710" />
            <source>this session took place (attended or no-show): it stays</source>
            <translation>esta sesión ya tuvo lugar (asistió o no se presentó): se queda</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="726" />
            <source>this person is already on the waitlist for this day</source>
            <translation>esta persona ya está en la lista de espera de este día</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="741" />
            <location filename="../../../therapy.py" line="763" />
            <source>this person is no longer on the waitlist</source>
            <translation>esta persona ya no está en la lista de espera</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="765" />
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>esta franja es de otro día de terapia que la lista de espera</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="768" />
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>esta entrada de la lista de espera ha perdido su nombre: vuelve a añadir a la persona</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="270" />
            <source>unlock the therapy section to print names</source>
            <translation>desbloquea la sección de terapia para imprimir nombres</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="552" />
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>desbloquea la sección de terapia para poner el nombre en la invitación</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="594" />
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>desbloquea la sección de terapia para poner nombres en el calendario</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="632" />
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>no se ofrece ninguna franja del día de terapia en {stop}: no hay nada que poner en un calendario</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="93" />
            <source>{field}: stored in an unknown format</source>
            <translation>{field}: guardado en un formato desconocido</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="97" />
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field}: no se puede descifrar con esta clave</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="154" />
            <source>the key is already set up: unlock instead</source>
            <translation>la clave ya está configurada: desbloquea en su lugar</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="158" />
            <source>PIN: use at least {minimum} characters</source>
            <translation>PIN: usa al menos {minimum} caracteres</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="160" />
            <source>passphrase: use at least {minimum} characters</source>
            <translation>frase de acceso: usa al menos {minimum} caracteres</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="171" />
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>el llavero ({keyring_name}) se negó a guardar la clave ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="212" />
            <source>wrong PIN: try again in {delay} s</source>
            <translation>PIN incorrecto: vuelve a intentarlo en {delay} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="214" />
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>frase de acceso incorrecta: vuelve a intentarlo en {delay} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="227" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>el llavero ({keyring_name}) no se puede leer ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="189" />
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>aún no hay clave: pon primero un PIN o una frase de acceso</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="192" />
            <source>too many wrong tries: wait {wait} s</source>
            <translation>demasiados intentos fallidos: espera {wait} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="232" />
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>la clave de esta base de datos no está en el llavero de este ordenador ({name}): los nombres no se pueden leer en este ordenador</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="240" />
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>la clave de esta base de datos en el llavero ({name}: servicio {SERVICE}, entrada 'data-key:{db_id}') no es la que guardó esta aplicación ({fault}): recupera esa entrada de una copia del llavero; hasta entonces los nombres no se pueden leer (no se cambió nada)</translation>
        </message>
        <message>
            <location filename="../../../print/drawing.py" line="37" />
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>El proceso de dibujo se detuvo antes de terminar (puede que al ordenador le falte memoria): no se guardó nada. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../../print/files.py" line="32" />
            <location filename="../../../print/files.py" line="64" />
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path}: no se puede escribir ({reason})</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="69" />
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>falta la fuente del programa en {folder} ({reason}): vuelve a instalar Wellness Desk</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="200" />
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field}: el carácter {character} (U+{code}) no está en las fuentes de {what} ({fonts}): sustitúyelo</translation>
        </message>
        <message>
            <location filename="../../../print/page.py" line="50" />
            <source>paper: {paper} is not one of {papers}</source>
            <translation>papel: {paper} no es uno de {papers}</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="89" />
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>el enlace tiene {longest} bytes: demasiado largo para cualquier código QR</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="163" />
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} bytes no caben en un código QR de versión {version}-{level}</translation>
        </message>
        <message>
            <location filename="../../../sync/bodies.py" line="31" />
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>tamaño del lote: {batch_size} no es de 1 a {max} celdas</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="65" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>no hay un llavero del sistema seguro en este ordenador ({keyring_name}): el token del hub no tendría dónde guardarse con seguridad, así que este portátil no puede conectarse. Configura el llavero del sistema (p. ej. GNOME Keyring o KWallet) y vuelve a intentarlo; el código sigue sin usar</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="145" />
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>código de alta: vacío (tiene este aspecto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="148" />
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>código de alta: solo letras, cifras y guiones (como K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="160" />
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>aún no hay ninguna activación: crea primero el festival o la gira; el hub recibe los recuentos de una activación</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="191" />
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} respondió {answer} ({reason}): revisa la dirección; el código sigue sin usar</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="201" />
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>no se puede conectar con {hub_url}: {words} (el mismo código sirve cuando vuelvas a intentarlo)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="211" />
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>el hub rechazó el código: {reason} (pide uno nuevo a la coordinación)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="214" />
            <source>the hub is busy: try again in a minute</source>
            <translation>el hub está ocupado: vuelve a intentarlo en un minuto</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="216" />
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>el hub de {hub_url} tiene un problema (HTTP {status}): vuelve a intentarlo más tarde</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="220" />
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>el hub no aceptó la forma del código (tiene este aspecto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="222" />
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} no responde como un hub de Wellness (HTTP {status}): revisa la dirección</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="41" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>el llavero ({keyring_name}) no se puede leer ({error_type}): ¿está bloqueado? El código sigue sin usar</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="49" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>el llavero ({keyring_name}) se negó a guardar el token del hub ({error_type}): no se envió nada, y el código sigue sin usar</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="64" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>el llavero ({keyring_name}) se negó a guardar el token del hub ({error_type}): no se guardó nada; vuelve a intentarlo con el mismo código</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="85" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>no hay un llavero del sistema seguro en este ordenador ({keyring_name}): no se puede leer el token del hub</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="88" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>el llavero ({keyring_name}) no se puede leer ({error_type}): ¿está bloqueado?</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="92" />
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>el token del hub de este portátil no está en el llavero: vuelve a conectarlo en la página Sincronizar</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="98" />
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>el token del hub del llavero ({entry}) no es el que guardó esta aplicación ({fault}): vuelve a conectar este portátil en la página Sincronizar con un código nuevo de la coordinación (eso guarda un token nuevo)</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="121" />
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>sigue conectado, y el token sigue ahí ({entry}); desbloquea el llavero y vuelve a intentarlo</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="126" />
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>no se puede acceder al llavero ({keyring_name}), así que el token del hub no se eliminó: {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="138" />
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>el llavero ({keyring_name}) no pudo quitar el token del hub ({error_type}): {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="150" />
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>el llavero ({keyring_name}) conservó el token del hub aunque se le pidió eliminarlo: {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/push.py" line="305" />
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>el lote {batch} se rechazó con una conexión anterior al hub; la conexión actual vuelve a enviar esos recuentos, así que no hace falta reintentarlo</translation>
        </message>
        <message>
            <location filename="../../../sync/quarantine.py" line="57" />
            <source>there is no refused batch {batch}</source>
            <translation>no hay ningún lote rechazado {batch}</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="18" />
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>dirección del hub: vacía (escríbela como https://hub.example.org)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="20" />
            <source>hub address: {text} has a space in it</source>
            <translation>dirección del hub: {text} tiene un espacio</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="25" />
            <source>hub address: {text} is not a web address</source>
            <translation>dirección del hub: {text} no es una dirección web</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="28" />
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>dirección del hub: {text} no es una dirección web (empieza por https:// o http://)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="33" />
            <source>hub address: leave the user name and password out of it</source>
            <translation>dirección del hub: no pongas el usuario ni la contraseña</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="35" />
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>dirección del hub: {text} tiene una parte '?' o '#': escribe la dirección del hub</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="39" />
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>dirección del hub: usa https:// para un hub en internet ({text}): el token cruzaría la red sin cifrar</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="156" />
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country}: da un código ISO 3166-1 de dos letras, p. ej. FR</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="160" />
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind}: uno de {kinds}</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="229" />
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>no conectado a un hub: conéctate primero (wellness-desk sync --hub URL --enroll CODE); se conserva el directorio que tenías</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="123" />
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>el paquete del directorio se rechazó, no se cambió nada: 1 problema:</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="125" />
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>el paquete del directorio se rechazó, no se cambió nada: {count} problemas:</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="129" />
            <source>… and {rest} more</source>
            <translation>… y {rest} más</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="248" />
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} no es una fecha (AAAA-MM-DD, p. ej. 2025-03-31)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="256" />
            <source>{value} is not one of: {listed}</source>
            <translation>{value} no es uno de: {listed}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="261" />
            <source>{value} is not true or false</source>
            <translation>{value} no es true ni false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="265" />
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} no es una hora (HH:MM, de 00:00 a 23:59)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="267" />
            <source>{value} is not a UUID</source>
            <translation>{value} no es un UUID</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="271" />
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} no es una dirección web (http:// o https://)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="274" />
            <source>{value} is not an email address</source>
            <translation>{value} no es una dirección de correo electrónico</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="338" />
            <source>there is no file or folder {path}</source>
            <translation>no hay ningún archivo ni carpeta {path}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="341" />
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>no es un paquete de directorio: da una carpeta con datapackage.json y un archivo CSV por tabla, o la forma JSON de HSDS (.json)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="378" />
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>no es texto UTF-8 (byte {byte})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="381" />
            <location filename="../../../resources/package.py" line="419" />
            <source>is not JSON: {reason} (column {column})</source>
            <translation>no es JSON: {reason} (columna {column})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="384" />
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>no es la forma JSON de HSDS: sus objetos están anidados miles de niveles</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="387" />
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>no es la forma JSON de HSDS (un objeto con services)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="396" />
            <source>is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="400" />
            <location filename="../../../resources/package.py" line="535" />
            <source>cannot be read ({reason})</source>
            <translation>no se puede leer ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="408" />
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} no es un paquete de directorio: no tiene datapackage.json (un paquete es una carpeta de tablas CSV descritas por datapackage.json, o un solo archivo .json)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="415" />
            <source>is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="423" />
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>no es un descriptor de paquete de datos (un objeto JSON)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="448" />
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>es {version}: esta aplicación lee paquetes HSDS {hsds}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="450" />
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>falta (esta aplicación lee paquetes HSDS 3.0)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="454" />
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>es {profile}, otro perfil distinto del de esta aplicación ({ours})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="461" />
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>falta: la fecha y hora en que el curador hizo esta edición (UTC)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="467" />
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} no es una fecha y hora (p. ej. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="471" />
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} no tiene zona horaria: añade Z para UTC</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="478" />
            <location filename="../../../resources/package.py" line="804" />
            <source>is not text</source>
            <translation>no es texto</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="488" />
            <source>is missing: a data package lists its tables in resources</source>
            <translation>falta: un paquete de datos enumera sus tablas en resources</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="495" />
            <source>is not a table description</source>
            <translation>no es una descripción de tabla</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="500" />
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} no es una tabla que lea esta aplicación ({tables})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="505" />
            <source>the table {name} is listed twice</source>
            <translation>la tabla {name} aparece dos veces</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="512" />
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} no es un archivo CSV de la carpeta del paquete (p. ej. {example})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="519" />
            <source>lists no {table} table: a directory needs one</source>
            <translation>no incluye ninguna tabla {table}: un directorio necesita una</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="527" />
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>falta: datapackage.json lo indica como la tabla {table}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="532" />
            <source>is a folder, not a CSV file</source>
            <translation>es una carpeta, no un archivo CSV</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="550" />
            <source>the header line cannot be read ({reason})</source>
            <translation>no se puede leer la cabecera ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="554" />
            <source>is empty: the first line names the columns</source>
            <translation>está vacío: la primera línea nombra las columnas</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="561" />
            <source>this column is named twice</source>
            <translation>esta columna tiene un nombre repetido</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="566" />
            <source>unknown column: the {table} table has {known}</source>
            <translation>columna desconocida: la tabla {table} tiene {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="571" />
            <source>this required column is missing</source>
            <translation>falta esta columna obligatoria</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="595" />
            <source>has {fields} fields where the header has {width}</source>
            <translation>tiene {fields} campos donde la cabecera tiene {width}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="652" />
            <source>frictionless could not read it: {note}</source>
            <translation>frictionless no pudo leerlo: {note}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="679" />
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>campo desconocido: la forma JSON de HSDS tiene {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="685" />
            <source>is not a list</source>
            <translation>no es una lista</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="692" />
            <source>is not an object</source>
            <translation>no es un objeto</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="719" />
            <source>unknown field: a {table} has {known}</source>
            <translation>campo desconocido: un registro {table} tiene {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="742" />
            <source>is not an organization object with an id</source>
            <translation>no es un objeto organization con un id</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="768" />
            <source>differs from the term {term} given at {given_at}</source>
            <translation>difiere del término {term} dado en {given_at}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="772" />
            <source>is not a taxonomy term object</source>
            <translation>no es un objeto de término de taxonomía</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="804" />
            <source>is not true or false</source>
            <translation>no es true ni false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="814" />
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>es {value} pero el registro en el que está anidado es {given}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="854" />
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} no es un número de teléfono (solo cifras, espacios, + - ( ) ., p. ej. +44 800 123 4567 o 988)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="952" />
            <source>is empty: it is required</source>
            <translation>está vacío: es obligatorio</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="983" />
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} se usa dos veces en {table} (la primera en la línea {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="985" />
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} se usa dos veces en {table} (la primera en {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="995" />
            <source>no organization has the id {key}</source>
            <translation>ninguna organización tiene el id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="997" />
            <source>no service has the id {key}</source>
            <translation>ningún servicio tiene el id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="999" />
            <source>no phone has the id {key}</source>
            <translation>ningún teléfono tiene el id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1001" />
            <source>no taxonomy term has the id {key}</source>
            <translation>ningún término de taxonomía tiene el id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1002" />
            <source>no {table} has the id {key}</source>
            <translation>ningún registro {table} tiene el id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1009" />
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} no es una lista de días de la semana ({weekdays}, separados por comas, p. ej. MO,TU,WE)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1012" />
            <source>{value} names a weekday twice</source>
            <translation>{value} nombra un día de la semana dos veces</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1029" />
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} no es una zona horaria IANA (p. ej. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1035" />
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} no es un código de país ISO 3166-1 (dos letras mayúsculas, p. ej. FR)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1039" />
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} no es un código de idioma ISO 639 (p. ej. en, fr, o un código 639-3)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1042" />
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} no es un idioma al que se traduzcan los nombres ({languages})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1071" />
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>el teléfono {phone} pertenece al servicio {service}, no a {other}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1075" />
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>es {zone} pero la zona del servicio es {service_zone}: este perfil guarda el horario de un servicio en la zona del propio servicio</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1083" />
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>un idioma es de un servicio o de un teléfono: da exactamente uno de service_id y phone_id</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1089" />
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} no es una subdivisión ISO 3166-2 de {country} (p. ej. {country}-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1091" />
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} no es una subdivisión ISO 3166-2 de su país (p. ej. US-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1099" />
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>es {taxonomy}: los tipos de un servicio son términos de la taxonomía {ours}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1103" />
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} no es un tipo ({kinds})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1133" />
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>el campo {field} de {table} {record} en {language} aparece dos veces (la primera en la línea {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1136" />
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>el campo {field} de {table} {record} en {language} aparece dos veces (la primera en {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1149" />
            <source>a phone has no name to translate, only its description</source>
            <translation>un teléfono no tiene nombre que traducir, solo su descripción</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1155" />
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>el teléfono {phone} está siempre abierto: no tiene horario</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1163" />
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>este horario es del servicio en conjunto, pero no tiene teléfono: este perfil guarda el horario por cada medio de contacto</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1171" />
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>ningún otro servicio está en la pareja {group}: los servicios emparejados se muestran juntos, así que una pareja necesita dos o más</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1175" />
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>este servicio activo no tiene teléfono, dirección web ni correo electrónico: la gente no podría contactarlo</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1185" />
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>comprobado el {day}, después de publicarse el directorio ({edition}): una comprobación no puede estar en el futuro</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1540" />
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder}: el disco está lleno; el paquete no se escribió (la carpeta está como estaba). Haz sitio y vuelve a exportar.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1543" />
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder}: no se puede escribir en esta carpeta; elige otra para el paquete.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1546" />
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder}: es un archivo, no una carpeta; elige una carpeta para el paquete.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1548" />
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder}: no se pudo escribir el paquete ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="28" />
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>sin fuente ni fecha de comprobación en el directorio, así que nunca se imprime: compruébalo y actualiza el directorio</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="35" />
            <source>the number is empty</source>
            <translation>el número está vacío</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="37" />
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>comprobado por última vez el {day}, hace más de {months} meses: vuelve a comprobarlo, o imprime las líneas antiguas marcadas "no comprobado de nuevo desde"</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="46" />
            <source>the service is inactive: a closed line is not printed</source>
            <translation>el servicio está inactivo: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="48" />
            <source>the service is defunct: a closed line is not printed</source>
            <translation>el servicio ya no existe: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="50" />
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>el servicio está cerrado temporalmente: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="51" />
            <source>the service is {status}: a closed line is not printed</source>
            <translation>el servicio está en estado {status}: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <location filename="../../../resources/reports.py" line="30" />
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field}: {text} no es un id del directorio (un uuid)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="43" />
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>el directorio del hub no está firmado por un curador en quien confíe este portátil: se rechazó y se conserva el que tenías</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="85" />
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>el archivo de clave no es una clave privada Ed25519 sin cifrar en formato PEM (crea una con: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="89" />
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>el archivo de clave contiene una clave privada, pero no Ed25519 (crea una con: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="103" />
            <source>a curator key is base64 text (44 characters)</source>
            <translation>una clave de curador es texto base64 (44 caracteres)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="106" />
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>una clave de curador es el base64 de 32 bytes (44 caracteres, como lo muestra `wellness-hub resources keygen`)</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="217" />
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>No se pudo leer el archivo del directorio (dañado); se apartó como {aside} y en su lugar se puso el directorio que trae la aplicación (una descarga del hub trae de vuelta su edición más reciente).</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="232" />
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: este archivo SQLite no es un directorio de recursos de Wellness Desk. No se ha tocado; muévelo o elige otro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="237" />
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: lo escribió un Wellness Desk más reciente (esquema del directorio {version}). No se ha tocado; instala la versión más reciente para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="573" />
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path}: aún no hay ningún directorio de recursos instalado.</translation>
        </message>
    </context>
</TS>
