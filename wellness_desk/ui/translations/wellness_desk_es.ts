<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name />
        <message>
            <source>activation name: must not be empty</source>
            <translation>nombre de la activación: no puede estar vacío</translation>
        </message>
        <message>
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>tipo de activación: {kind} no es uno de {kinds}</translation>
        </message>
        <message>
            <source>activation dates: end {end} is before start {start}</source>
            <translation>fechas de la activación: el fin {end} es anterior al inicio {start}</translation>
        </message>
        <message>
            <source>activation name: {name} already exists</source>
            <translation>nombre de la activación: {name} ya existe</translation>
        </message>
        <message>
            <source>activation {activation} does not exist</source>
            <translation>la activación {activation} no existe</translation>
        </message>
        <message>
            <source>location name: must not be empty</source>
            <translation>nombre del lugar: no puede estar vacío</translation>
        </message>
        <message>
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>tipo de lugar: {kind} no es uno de {location_kinds}</translation>
        </message>
        <message>
            <source>location name: {name} already exists in {activation}</source>
            <translation>nombre del lugar: {name} ya existe en {activation}</translation>
        </message>
        <message>
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} es un festival: las paradas de gira son de las giras</translation>
        </message>
        <message>
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>fecha de la parada: {date} está fuera de {activation} ({start_date} a {end_date})</translation>
        </message>
        <message>
            <source>city: must not be empty</source>
            <translation>ciudad: no puede estar vacía</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop</source>
            <translation>{stop} no es una parada de gira</translation>
        </message>
        <message>
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop}: su día de terapia tiene reservas, así que la fecha y la zona horaria se quedan (cancela antes las reservas, o añade una parada nueva)</translation>
        </message>
        <message>
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop}: hay talleres programados allí, así que la fecha y la zona horaria se quedan (mueve antes los talleres)</translation>
        </message>
        <message>
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tiene un día de terapia con {count} reserva(s): se queda. Cambia la parada en su lugar, o mantenla.</translation>
        </message>
        <message>
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tiene un día de terapia: se queda. Cambia la parada en su lugar, o mantenla.</translation>
        </message>
        <message>
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} tiene talleres: se queda.</translation>
        </message>
        <message>
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} tiene kits registrados: se queda.</translation>
        </message>
        <message>
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>capacidad del espacio: {capacity} no es un número de personas desde 1</translation>
        </message>
        <message>
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>margen entre sesiones: {minutes} no está entre 0 y 1440 minutos</translation>
        </message>
        <message>
            <source>location {location} does not exist</source>
            <translation>el lugar {location} no existe</translation>
        </message>
        <message>
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>esta activación aún no tiene ningún lugar: añade una carpa o un camerino</translation>
        </message>
        <message>
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>el lugar {name} no está en esta activación (existen: {known})</translation>
        </message>
        <message>
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path}: aquí aún no hay base de datos, así que no hay nada que copiar.</translation>
        </message>
        <message>
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target}: ya hay un archivo con ese nombre (no se ha tocado): elige otro nombre.</translation>
        </message>
        <message>
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target}: esa es la propia base de datos: elige otro nombre.</translation>
        </message>
        <message>
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin}: no es una base de datos de Wellness Desk; no se hizo ninguna copia.</translation>
        </message>
        <message>
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path}: no hay ningún archivo ahí (o es una carpeta): elige un archivo de copia.</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path}: no se puede leer el archivo ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path}: no es una base de datos de Wellness Desk (no es un archivo SQLite); no se cambió nada.</translation>
        </message>
        <message>
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path}: este archivo no pasa la comprobación de integridad (SQLite: {why}), así que está dañado; no se cambió nada. Elige otra copia.</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path}: no es una base de datos de Wellness Desk (es un archivo SQLite de otro programa); no se cambió nada.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path}: la escribió una versión más nueva de Wellness Desk (esquema {schema}); no se cambió nada. Instala la versión más nueva para abrirla.</translation>
        </message>
        <message>
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source}: esa es la propia base de datos, no una copia de ella.</translation>
        </message>
        <message>
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>Wellness Desk está abierto en esta carpeta de datos ({folder}, {who}): ciérralo primero, o restaura desde su Configuración → Copias de seguridad. No se cambió nada.</translation>
        </message>
        <message>
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder}: la carpeta es de solo lectura, así que no se pudo escribir ninguna copia (no se cambió nada). Permite escribir en ella, o elige una carpeta en un disco que lo permita.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder}: el disco está lleno ({free} libres): no se escribió ni se cambió nada. Hacen falta unos {needed} libres ahí; libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder}: el disco no pudo escribir la copia ({reason}); no se cambió nada. Revisa el disco y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source}: el archivo ya no está; no se cambió nada.</translation>
        </message>
        <message>
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source}: no se puede copiar la base de datos ({reason}); no se cambió nada.</translation>
        </message>
        <message>
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file}: no se imprimió nada, 1 problema:</translation>
        </message>
        <message>
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file}: no se imprimió nada, {count} problemas:</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <source>no locations after the header line</source>
            <translation>no hay lugares después de la cabecera</translation>
        </message>
        <message>
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} línea {line}, campo scan_distance: {distance} no son metros entre 0,1 y 50</translation>
        </message>
        <message>
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>copias: {copies} no es un número de 1 a {max}</translation>
        </message>
        <message>
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} línea {line}, campo {problem}</translation>
        </message>
        <message>
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>logotipo: {logo} no es una imagen que reportlab pueda leer ({reason})</translation>
        </message>
        <message>
            <source>refused to print:</source>
            <translation>no se imprime:</translation>
        </message>
        <message>
            <source>- {problem}</source>
            <translation>- {problem}</translation>
        </message>
        <message>
            <source>language: {language} is not one of {languages}</source>
            <translation>idioma: {language} no es uno de {languages}</translation>
        </message>
        <message>
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path}: no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path}: no es JSON válido ({reason})</translation>
        </message>
        <message>
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path}: debe contener un objeto con {text_fields}</translation>
        </message>
        <message>
            <source>{path}: field {name} must be text</source>
            <translation>{path}: el campo {name} debe ser texto</translation>
        </message>
        <message>
            <source>{path}: field headline is empty</source>
            <translation>{path}: el campo headline está vacío</translation>
        </message>
        <message>
            <source>template: {template} is not one of {templates}</source>
            <translation>plantilla: {template} no es una de {templates}</translation>
        </message>
        <message>
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>papel: {template} se imprime en {papers}, no en {paper}</translation>
        </message>
        <message>
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>etiqueta: está vacía (le dice al hub qué carteles se escanearon)</translation>
        </message>
        <message>
            <source>tag: longer than {max} characters</source>
            <translation>etiqueta: más de {max} caracteres</translation>
        </message>
        <message>
            <source>tag: holds a control character</source>
            <translation>etiqueta: contiene un carácter de control</translation>
        </message>
        <message>
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>distancia de escaneo: {distance} m no está entre 0,1 y 50 metros</translation>
        </message>
        <message>
            <source>first code: {first} is not a number from 1</source>
            <translation>primer código: {first} no es un número desde 1</translation>
        </message>
        <message>
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>recurso: el modelo {short_title} no tiene sitio para el número de un recurso: elige la tarjeta de recurso</translation>
        </message>
        <message>
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>recurso: sin número: elige uno en Recursos (Imprimir una tarjeta para esto)</translation>
        </message>
        <message>
            <source>resource number: {reason}</source>
            <translation>número del recurso: {reason}</translation>
        </message>
        <message>
            <source>{label}: longer than {max} characters</source>
            <translation>{label}: más de {max} caracteres</translation>
        </message>
        <message>
            <source>{label}: holds a control character</source>
            <translation>{label}: contiene un carácter de control</translation>
        </message>
        <message>
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Archivo → Configuración → Línea de ayuda)</translation>
        </message>
        <message>
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>línea de ayuda: no hay ningún número, y la Configuración pide rechazar tarjetas y carteles sin él: ponlo en Archivo → Configuración → Línea de ayuda</translation>
        </message>
        <message>
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>dirección del hub: {hub} no es una dirección web (https://…)</translation>
        </message>
        <message>
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>enlace: {length} bytes, más de lo que debe llevar un código impreso ({max})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>the resource</source>
            <translation>el recurso</translation>
        </message>
        <message>
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}): no cabe en el modelo {short_title} ni a {smallest} pt ({length} caracteres en un recuadro de {w}×{h} mm): acórtalo</translation>
        </message>
        <message>
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind}: no cabe en el modelo {short_title} ni a {smallest} pt ({length} caracteres en un recuadro de {w}×{h} mm): acórtalo</translation>
        </message>
        <message>
            <source>logo: {logo} is not a readable file</source>
            <translation>logotipo: {logo} no es un archivo legible</translation>
        </message>
        <message>
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>zona de silencio: {quiet} módulos de espacio en blanco alrededor del código QR, los escáneres necesitan {minimum}</translation>
        </message>
        <message>
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>los módulos del QR miden {size} mm (versión {version}, nivel {level}, para un enlace de {length} caracteres): se imprime bien a partir de {minimum} mm; usa una etiqueta o una dirección del hub más corta</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>distancia de escaneo: el código QR mide {code_cm} cm, demasiado pequeño para un cartel: usa una etiqueta o una dirección del hub más corta</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>distancia de escaneo: el código QR mide {code_cm} cm y se escanea desde unos {supports} m, no desde los {distance} m pedidos: pon la distancia de escaneo en {supports} m o menos</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>distancia de escaneo: el código QR mide {code_cm} cm y se escanea desde unos {supports} m, no desde los {distance} m pedidos: imprime en {paper}, o pon la distancia de escaneo en {supports} m o menos</translation>
        </message>
        <message>
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>etiqueta {tag}: otro trabajo imprimió mientras tanto los códigos desde c={first}; no se registró nada: vuelve a imprimir para tener números nuevos</translation>
        </message>
        <message>
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>aún no hay ninguna activación: crea una en la aplicación, o ejecuta 'wellness-desk demo'</translation>
        </message>
        <message>
            <source>nothing to undo at {location}</source>
            <translation>no hay nada que deshacer en {location}</translation>
        </message>
        <message>
            <source>--personal goes with --csv DIR</source>
            <translation>--personal va con --csv CARPETA</translation>
        </message>
        <message>
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper es para --program-pdf, no para --ics</translation>
        </message>
        <message>
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option}: {text} no es una fecha como 2026-07-03</translation>
        </message>
        <message>
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space y --paper son para el programa, no para --csv (la exportación CSV incluye todas las activaciones)</translation>
        </message>
        <message>
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations toma la plantilla y la etiqueta del CSV: quita --template y --tag</translation>
        </message>
        <message>
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>hacen falta --template y --tag (o --locations ARCHIVO.csv)</translation>
        </message>
        <message>
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll y --activation van con --hub URL</translation>
        </message>
        <message>
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size va con --once o --preview</translation>
        </message>
        <message>
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout: {timeout} no está entre 0 y 300 segundos</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>sin conexión con un hub: conéctate primero con 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub necesita --enroll CODE (el código de un solo uso que da la coordinación del hub)</translation>
        </message>
        <message>
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>la activación {activation} no existe (activaciones: {known})</translation>
        </message>
        <message>
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} es un festival: los días de terapia son de las giras (elige la gira en la aplicación)</translation>
        </message>
        <message>
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} aún no tiene paradas: añádelas en la aplicación</translation>
        </message>
        <message>
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>parada {wanted}: {count} paradas en {city} ({names}): escribe el nombre completo de la parada</translation>
        </message>
        <message>
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>la parada {wanted} no es una parada de {tour_name} (paradas: {known})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>aún no hay clave: pon primero un PIN o una frase de acceso en la sección Terapia de la aplicación</translation>
        </message>
        <message>
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option}: no se dio {what} (escríbelo cuando se pida, o pásalo como una línea por la entrada estándar)</translation>
        </message>
        <message>
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>la zona horaria {name} no es una zona IANA conocida (p. ej. Europe/London)</translation>
        </message>
        <message>
            <source>a hand-out</source>
            <translation>una entrega</translation>
        </message>
        <message>
            <source>an undo</source>
            <translation>una anulación</translation>
        </message>
        <message>
            <source>a door count</source>
            <translation>un conteo en la puerta</translation>
        </message>
        <message>
            <source>a booking</source>
            <translation>una reserva</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} ahead of the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>el reloj de este portátil va {span} adelantado respecto al del hub: ponlo en hora (lo registrado se conserva y se cuenta tal cual)</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} behind the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>el reloj de este portátil va {span} atrasado respecto al del hub: ponlo en hora (lo registrado se conserva y se cuenta tal cual)</translation>
        </message>
        <message>
            <source>This laptop's clock reads {now}, {span} before the last action recorded here ({action} at {then}): it may be set wrong. Set it right; what you record meanwhile is kept and counted.</source>
            <translation>El reloj de este portátil marca {now}, {span} antes de la última acción registrada aquí ({action} a las {then}): puede que esté mal puesto. Ponlo en hora; lo que registres mientras tanto se conserva y se cuenta.</translation>
        </message>
        <message>
            <source>1 day {hours} h</source>
            <translation>1 día {hours} h</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>{days} days {hours} h</source>
            <translation>{days} días {hours} h</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} días</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation>no es texto UTF-8 (guarda la hoja como “CSV UTF-8”)</translation>
        </message>
        <message>
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>aquí se abren comillas que nunca se cierran (el resto del archivo sería este único campo)</translation>
        </message>
        <message>
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} línea {line}, campo {field}: {problem}</translation>
        </message>
        <message>
            <source>{file} line {line}: {problem}</source>
            <translation>{file} línea {line}: {problem}</translation>
        </message>
        <message>
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, campo {field}: {problem}</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>el archivo está vacío (la primera línea nombra las columnas: {known})</translation>
        </message>
        <message>
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} campos pero la cabecera tiene {width} (un separador dentro de un campo necesita comillas)</translation>
        </message>
        <message>
            <source>the first line must name the columns: {known}</source>
            <translation>la primera línea debe nombrar las columnas: {known}</translation>
        </message>
        <message>
            <source>column {number} has no name</source>
            <translation>la columna {number} no tiene nombre</translation>
        </message>
        <message>
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>columna desconocida {column} (las columnas son: {known})</translation>
        </message>
        <message>
            <source>column {key} appears twice</source>
            <translation>la columna {key} aparece dos veces</translation>
        </message>
        <message>
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>faltan columnas: {missing} (se necesitan: {needed})</translation>
        </message>
        <message>
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>falta una columna: {missing} (se necesitan: {needed})</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({reason})</source>
            <translation>no se puede leer como CSV ({reason})</translation>
        </message>
        <message>
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path}: es una carpeta, no un archivo de base de datos.</translation>
        </message>
        <message>
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path}: no se puede leer el archivo de la base de datos ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: no es una base de datos de Wellness Desk (no es un archivo SQLite). No se ha tocado; muévelo o elige otro --data-dir.</translation>
        </message>
        <message>
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path}: el disco no pudo leer ni escribir el archivo de la base de datos ({name}); no se guardó nada. Deja el archivo como está, revisa el disco (¿se desconectó?) y vuelve a empezar.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path}: no se puede abrir el archivo de la base de datos ({name}). No se ha tocado; comprueba que el archivo y su carpeta están ahí y se pueden leer.</translation>
        </message>
        <message>
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path}: SQLite no puede escribir en el archivo de la base de datos ({name}); no se guardó nada. Comprueba que el archivo sigue en su carpeta y se puede escribir, y vuelve a empezar.</translation>
        </message>
        <message>
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path}: la base de datos está ocupada (otro programa está escribiendo en ella): esa acción NO se guardó. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path}: el archivo de la base de datos está dañado (SQLite informa {name}); no se guardó nada y a partir de ahora no se tocará. Deja el archivo como está (cópialo a un lugar seguro), y luego recupera una copia hecha antes del daño o elige otro --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder}: el disco de la carpeta de datos pasó a solo lectura (el sistema lo hace con un disco con errores): esa acción NO se guardó, y no se podrá guardar nada hasta que se pueda escribir otra vez. Deja los archivos como están, revisa el disco y vuelve a empezar, o copia la carpeta a un disco que funcione y elígela con --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder}: el disco está lleno ({free} libres): no se guardó nada. Wellness Desk necesita al menos {needed} libres ahí; libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path}: no se puede crear su carpeta ({reason}).</translation>
        </message>
        <message>
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder}: la carpeta de datos es de solo lectura, así que Wellness Desk no puede guardar nada ahí (no se cambió nada). Permite escribir en la carpeta (o cópiala a un disco que lo permita), o elige otra carpeta con --data-dir.</translation>
        </message>
        <message>
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path}: el archivo de la base de datos es de solo lectura, así que Wellness Desk no puede guardar nada en él (no se cambió nada). Permite escribir en el archivo, o elige otra carpeta con --data-dir.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path}: no se puede abrir el archivo de la base de datos ({reason}).</translation>
        </message>
        <message>
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path}: no se puede actualizar la base de datos ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path}: este archivo SQLite es de otro programa, no de Wellness Desk. No se ha tocado; elige otro --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: la escribió una versión más nueva de Wellness Desk (esquema {schema}). No se ha tocado; instala la versión más nueva para abrirla.</translation>
        </message>
        <message>
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>la base de datos ya tiene activaciones: la demo solo llena una vacía (usa --data-dir con una carpeta nueva)</translation>
        </message>
        <message>
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>no hay ninguna exportación llamada {unknown} (exportaciones: {exports})</translation>
        </message>
        <message>
            <source>choose at least one export</source>
            <translation>elige al menos una exportación</translation>
        </message>
        <message>
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>datos personales: desbloquea la sección Terapia (PIN o frase de acceso) para incluirlos</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder}: es un archivo, no una carpeta; elige una carpeta para la exportación</translation>
        </message>
        <message>
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder}: esta carpeta contiene otros archivos; elige una carpeta vacía o nueva (una exportación es una carpeta propia, que se reemplaza entera la próxima vez)</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder}: no se puede escribir en esta carpeta, así que la exportación no se escribió (no se cambió nada). Elige otra carpeta.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder}: el disco está lleno, así que la exportación no se escribió (no se cambió nada). Necesita más de {size} libres ahí: libera espacio, o elige otro disco.</translation>
        </message>
        <message>
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder}: no se pudo escribir la exportación ({reason}); no se cambió nada.</translation>
        </message>
        <message>
            <source>kit name: must not be empty</source>
            <translation>nombre del kit: no puede estar vacío</translation>
        </message>
        <message>
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>nombre del kit: {name} tiene más de {max} caracteres</translation>
        </message>
        <message>
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>color del kit: {colour} no es un color como #1A2B3C</translation>
        </message>
        <message>
            <source>{what}: {count} is not a whole number</source>
            <translation>{what}: {count} no es un número entero</translation>
        </message>
        <message>
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what}: {count} no está entre {low} y {max}</translation>
        </message>
        <message>
            <source>kit name: {name} already exists</source>
            <translation>nombre del kit: {name} ya existe</translation>
        </message>
        <message>
            <source>low-stock threshold</source>
            <translation>umbral de existencias bajas</translation>
        </message>
        <message>
            <source>kit type {kit_type} does not exist</source>
            <translation>el tipo de kit {kit_type} no existe</translation>
        </message>
        <message>
            <source>kit {name} does not exist (known: {known})</source>
            <translation>el kit {name} no existe (existen: {known})</translation>
        </message>
        <message>
            <source>action {action} does not exist</source>
            <translation>la acción {action} no existe</translation>
        </message>
        <message>
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>el kit {kit} está retirado: recupéralo antes en el catálogo</translation>
        </message>
        <message>
            <source>hand-out count</source>
            <translation>cantidad entregada</translation>
        </message>
        <message>
            <source>role: {role} is not one of {roles}</source>
            <translation>rol: {role} no es uno de {roles}</translation>
        </message>
        <message>
            <source>received count</source>
            <translation>cantidad recibida</translation>
        </message>
        <message>
            <source>counted stock</source>
            <translation>existencias contadas</translation>
        </message>
        <message>
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>motivo de la corrección: di por qué cambió la cuenta (p. ej. 'recuento')</translation>
        </message>
        <message>
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>un deshacer no se puede deshacer: vuelve a entregar el kit</translation>
        </message>
        <message>
            <source>action {action} was already undone</source>
            <translation>la acción {action} ya se deshizo</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>importe</translation>
        </message>
        <message>
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label}: escribe un importe, p. ej. 150,00 o 150.00</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label}: {typed} no es un importe (cifras, con una coma o un punto antes de los céntimos, p. ej. 150,00)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label}: {typed} no es un importe</translation>
        </message>
        <message>
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} mezcla separadores de una forma que no es un importe (p. ej. 1.234,56 o 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} no es un importe (p. ej. 1.234,56 o 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label}: {typed} no está claro (¿miles o decimales?): escribe {whole}{after} sin el {sep}, o dos decimales, p. ej. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label}: {typed} es mucho más dinero del que cabe en un presupuesto</translation>
        </message>
        <message>
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label}: {typed} tiene más de dos decimales (céntimos)</translation>
        </message>
        <message>
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>El proceso de dibujo se detuvo antes de terminar (puede que al ordenador le falte memoria): no se guardó nada. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path}: no se puede escribir ({reason})</translation>
        </message>
        <message>
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>falta la fuente del programa en {folder} ({reason}): vuelve a instalar Wellness Desk</translation>
        </message>
        <message>
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field}: el carácter {character} (U+{code}) no está en las fuentes de {what} ({fonts}): sustitúyelo</translation>
        </message>
        <message>
            <source>paper: {paper} is not one of {papers}</source>
            <translation>papel: {paper} no es uno de {papers}</translation>
        </message>
        <message>
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>el enlace tiene {longest} bytes: demasiado largo para cualquier código QR</translation>
        </message>
        <message>
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} bytes no caben en un código QR de versión {version}-{level}</translation>
        </message>
        <message>
            <source>no workshops in {where} to print</source>
            <translation>no hay talleres en {where} que imprimir</translation>
        </message>
        <message>
            <source>language: {lang} is not one of {languages}</source>
            <translation>idioma: {lang} no es uno de {languages}</translation>
        </message>
        <message>
            <source>dates: the end {end} is before the start {start}</source>
            <translation>fechas: el fin {end} es anterior al inicio {start}</translation>
        </message>
        <message>
            <source>location {location} is not in {activation}</source>
            <translation>el lugar {location} no está en {activation}</translation>
        </message>
        <message>
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>logotipo (Configuración): {path} no es una imagen que se pueda imprimir ({error_type}): elige otro archivo, o ninguno</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number}: {problem}</translation>
        </message>
        <message>
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} es un festival: una hoja de gira es para una gira</translation>
        </message>
        <message>
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} aún no tiene paradas: añádelas en Activaciones</translation>
        </message>
        <message>
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Archivo → Configuración → Línea de ayuda)</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number}: demasiado largo para imprimirlo grande ({width} mm)</translation>
        </message>
        <message>
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>país: {country} no es un código de país de dos letras (p. ej. CA)</translation>
        </message>
        <message>
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>papel: la tarjeta de bolsillo se imprime en {sheets}, no en {paper}</translation>
        </message>
        <message>
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>país: no hay ninguna línea de crisis verificada para {code} en este directorio, así que no hay tarjeta que imprimir (la hoja de gira dice a la gente que llame a los servicios de emergencia locales)</translation>
        </message>
        <message>
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>los módulos del QR miden {module} mm para un enlace de {length} caracteres: se imprime bien a partir de {minimum} mm; usa una dirección del hub más corta</translation>
        </message>
        <message>
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>país: las {count} líneas de crisis de {code} no caben en una tarjeta de bolsillo ni en letra pequeña: imprime en su lugar la hoja de gira</translation>
        </message>
        <message>
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>activación: {activation} no es una de las de este portátil (existen: {known})</translation>
        </message>
        <message>
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>el directorio de recursos vive junto a un archivo de base de datos, y esta está en memoria</translation>
        </message>
        <message>
            <source>no tour yet: create one in Activations</source>
            <translation>aún no hay ninguna gira: crea una en Activaciones</translation>
        </message>
        <message>
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country}: da un código ISO 3166-1 de dos letras, p. ej. FR</translation>
        </message>
        <message>
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind}: uno de {kinds}</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>no conectado a un hub: conéctate primero (wellness-desk sync --hub URL --enroll CODE); se conserva el directorio que tenías</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Open 24/7</source>
            <translation>Abierto 24/7</translation>
        </message>
        <message>
            <source>Hours unknown</source>
            <translation>Horario desconocido</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Abierto ahora</translation>
        </message>
        <message>
            <source>Open now until {time} ({zone})</source>
            <translation>Abierto ahora hasta las {time} ({zone})</translation>
        </message>
        <message>
            <source>Open now until {time}</source>
            <translation>Abierto ahora hasta las {time}</translation>
        </message>
        <message>
            <source>Closed, opens {time} ({zone})</source>
            <translation>Cerrado, abre {time} ({zone})</translation>
        </message>
        <message>
            <source>Closed, opens {time}</source>
            <translation>Cerrado, abre {time}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>shipped with the app</source>
            <translation>incluido con la aplicación</translation>
        </message>
        <message>
            <source>from the hub</source>
            <translation>del hub</translation>
        </message>
        <message>
            <source>imported from {name}</source>
            <translation>importado de {name}</translation>
        </message>
        <message>
            <source>No directory installed yet</source>
            <translation>Aún no hay ningún directorio instalado</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (checked {day})</source>
            <translation>Directorio del {published}, {source} (comprobado el {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (installed {day})</source>
            <translation>Directorio del {published}, {source} (instalado el {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} on {day}</source>
            <translation>Directorio del {published}, {source} el {day}</translation>
        </message>
        <message>
            <source>Directory of {published}, {source}</source>
            <translation>Directorio del {published}, {source}</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>el paquete del directorio se rechazó, no se cambió nada: 1 problema:</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>el paquete del directorio se rechazó, no se cambió nada: {count} problemas:</translation>
        </message>
        <message>
            <source>… and {rest} more</source>
            <translation>… y {rest} más</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} no es una fecha (AAAA-MM-DD, p. ej. 2025-03-31)</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}</source>
            <translation>{value} no es uno de: {listed}</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} no es true ni false</translation>
        </message>
        <message>
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} no es una hora (HH:MM, de 00:00 a 23:59)</translation>
        </message>
        <message>
            <source>{value} is not a UUID</source>
            <translation>{value} no es un UUID</translation>
        </message>
        <message>
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} no es una dirección web (http:// o https://)</translation>
        </message>
        <message>
            <source>{value} is not an email address</source>
            <translation>{value} no es una dirección de correo electrónico</translation>
        </message>
        <message>
            <source>there is no file or folder {path}</source>
            <translation>no hay ningún archivo ni carpeta {path}</translation>
        </message>
        <message>
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>no es un paquete de directorio: da una carpeta con datapackage.json y un archivo CSV por tabla, o la forma JSON de HSDS (.json)</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>no es texto UTF-8 (byte {byte})</translation>
        </message>
        <message>
            <source>is not JSON: {reason} (column {column})</source>
            <translation>no es JSON: {reason} (columna {column})</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>no es la forma JSON de HSDS: sus objetos están anidados miles de niveles</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>no es la forma JSON de HSDS (un objeto con services)</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} no es un paquete de directorio: no tiene datapackage.json (un paquete es una carpeta de tablas CSV descritas por datapackage.json, o un solo archivo .json)</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>no es un descriptor de paquete de datos (un objeto JSON)</translation>
        </message>
        <message>
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>es {version}: esta aplicación lee paquetes HSDS {hsds}</translation>
        </message>
        <message>
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>falta (esta aplicación lee paquetes HSDS 3.0)</translation>
        </message>
        <message>
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>es {profile}, otro perfil distinto del de esta aplicación ({ours})</translation>
        </message>
        <message>
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>falta: la fecha y hora en que el curador hizo esta edición (UTC)</translation>
        </message>
        <message>
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} no es una fecha y hora (p. ej. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} no tiene zona horaria: añade Z para UTC</translation>
        </message>
        <message>
            <source>is not text</source>
            <translation>no es texto</translation>
        </message>
        <message>
            <source>is missing: a data package lists its tables in resources</source>
            <translation>falta: un paquete de datos enumera sus tablas en resources</translation>
        </message>
        <message>
            <source>is not a table description</source>
            <translation>no es una descripción de tabla</translation>
        </message>
        <message>
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} no es una tabla que lea esta aplicación ({tables})</translation>
        </message>
        <message>
            <source>the table {name} is listed twice</source>
            <translation>la tabla {name} aparece dos veces</translation>
        </message>
        <message>
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} no es un archivo CSV de la carpeta del paquete (p. ej. {example})</translation>
        </message>
        <message>
            <source>lists no {table} table: a directory needs one</source>
            <translation>no incluye ninguna tabla {table}: un directorio necesita una</translation>
        </message>
        <message>
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>falta: datapackage.json lo indica como la tabla {table}</translation>
        </message>
        <message>
            <source>is a folder, not a CSV file</source>
            <translation>es una carpeta, no un archivo CSV</translation>
        </message>
        <message>
            <source>the header line cannot be read ({reason})</source>
            <translation>no se puede leer la cabecera ({reason})</translation>
        </message>
        <message>
            <source>is empty: the first line names the columns</source>
            <translation>está vacío: la primera línea nombra las columnas</translation>
        </message>
        <message>
            <source>this column is named twice</source>
            <translation>esta columna tiene un nombre repetido</translation>
        </message>
        <message>
            <source>unknown column: the {table} table has {known}</source>
            <translation>columna desconocida: la tabla {table} tiene {known}</translation>
        </message>
        <message>
            <source>this required column is missing</source>
            <translation>falta esta columna obligatoria</translation>
        </message>
        <message>
            <source>has {fields} fields where the header has {width}</source>
            <translation>tiene {fields} campos donde la cabecera tiene {width}</translation>
        </message>
        <message>
            <source>frictionless could not read it: {note}</source>
            <translation>frictionless no pudo leerlo: {note}</translation>
        </message>
        <message>
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>campo desconocido: la forma JSON de HSDS tiene {known}</translation>
        </message>
        <message>
            <source>is not a list</source>
            <translation>no es una lista</translation>
        </message>
        <message>
            <source>is not an object</source>
            <translation>no es un objeto</translation>
        </message>
        <message>
            <source>unknown field: a {table} has {known}</source>
            <translation>campo desconocido: un registro {table} tiene {known}</translation>
        </message>
        <message>
            <source>is not an organization object with an id</source>
            <translation>no es un objeto organization con un id</translation>
        </message>
        <message>
            <source>differs from the term {term} given at {given_at}</source>
            <translation>difiere del término {term} dado en {given_at}</translation>
        </message>
        <message>
            <source>is not a taxonomy term object</source>
            <translation>no es un objeto de término de taxonomía</translation>
        </message>
        <message>
            <source>is not true or false</source>
            <translation>no es true ni false</translation>
        </message>
        <message>
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>es {value} pero el registro en el que está anidado es {given}</translation>
        </message>
        <message>
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} no es un número de teléfono (solo cifras, espacios, + - ( ) ., p. ej. +44 800 123 4567 o 988)</translation>
        </message>
        <message>
            <source>is empty: it is required</source>
            <translation>está vacío: es obligatorio</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} se usa dos veces en {table} (la primera en la línea {line})</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} se usa dos veces en {table} (la primera en {first})</translation>
        </message>
        <message>
            <source>no organization has the id {key}</source>
            <translation>ninguna organización tiene el id {key}</translation>
        </message>
        <message>
            <source>no service has the id {key}</source>
            <translation>ningún servicio tiene el id {key}</translation>
        </message>
        <message>
            <source>no phone has the id {key}</source>
            <translation>ningún teléfono tiene el id {key}</translation>
        </message>
        <message>
            <source>no taxonomy term has the id {key}</source>
            <translation>ningún término de taxonomía tiene el id {key}</translation>
        </message>
        <message>
            <source>no {table} has the id {key}</source>
            <translation>ningún registro {table} tiene el id {key}</translation>
        </message>
        <message>
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} no es una lista de días de la semana ({weekdays}, separados por comas, p. ej. MO,TU,WE)</translation>
        </message>
        <message>
            <source>{value} names a weekday twice</source>
            <translation>{value} nombra un día de la semana dos veces</translation>
        </message>
        <message>
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} no es una zona horaria IANA (p. ej. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} no es un código de país ISO 3166-1 (dos letras mayúsculas, p. ej. FR)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} no es un código de idioma ISO 639 (p. ej. en, fr, o un código 639-3)</translation>
        </message>
        <message>
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} no es un idioma al que se traduzcan los nombres ({languages})</translation>
        </message>
        <message>
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>el teléfono {phone} pertenece al servicio {service}, no a {other}</translation>
        </message>
        <message>
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>es {zone} pero la zona del servicio es {service_zone}: este perfil guarda el horario de un servicio en la zona del propio servicio</translation>
        </message>
        <message>
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>un idioma es de un servicio o de un teléfono: da exactamente uno de service_id y phone_id</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} no es una subdivisión ISO 3166-2 de {country} (p. ej. {country}-CA)</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} no es una subdivisión ISO 3166-2 de su país (p. ej. US-CA)</translation>
        </message>
        <message>
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>es {taxonomy}: los tipos de un servicio son términos de la taxonomía {ours}</translation>
        </message>
        <message>
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} no es un tipo ({kinds})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>el campo {field} de {table} {record} en {language} aparece dos veces (la primera en la línea {line})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>el campo {field} de {table} {record} en {language} aparece dos veces (la primera en {first})</translation>
        </message>
        <message>
            <source>a phone has no name to translate, only its description</source>
            <translation>un teléfono no tiene nombre que traducir, solo su descripción</translation>
        </message>
        <message>
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>el teléfono {phone} está siempre abierto: no tiene horario</translation>
        </message>
        <message>
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>este horario es del servicio en conjunto, pero no tiene teléfono: este perfil guarda el horario por cada medio de contacto</translation>
        </message>
        <message>
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>ningún otro servicio está en la pareja {group}: los servicios emparejados se muestran juntos, así que una pareja necesita dos o más</translation>
        </message>
        <message>
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>este servicio activo no tiene teléfono, dirección web ni correo electrónico: la gente no podría contactarlo</translation>
        </message>
        <message>
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>comprobado el {day}, después de publicarse el directorio ({edition}): una comprobación no puede estar en el futuro</translation>
        </message>
        <message>
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder}: el disco está lleno; el paquete no se escribió (la carpeta está como estaba). Haz sitio y vuelve a exportar.</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder}: no se puede escribir en esta carpeta; elige otra para el paquete.</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder}: es un archivo, no una carpeta; elige una carpeta para el paquete.</translation>
        </message>
        <message>
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder}: no se pudo escribir el paquete ({reason}).</translation>
        </message>
        <message>
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>sin fuente ni fecha de comprobación en el directorio, así que nunca se imprime: compruébalo y actualiza el directorio</translation>
        </message>
        <message>
            <source>the number is empty</source>
            <translation>el número está vacío</translation>
        </message>
        <message>
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>comprobado por última vez el {day}, hace más de {months} meses: vuelve a comprobarlo, o imprime las líneas antiguas marcadas "no comprobado de nuevo desde"</translation>
        </message>
        <message>
            <source>the service is inactive: a closed line is not printed</source>
            <translation>el servicio está inactivo: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <source>the service is defunct: a closed line is not printed</source>
            <translation>el servicio ya no existe: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>el servicio está cerrado temporalmente: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <source>the service is {status}: a closed line is not printed</source>
            <translation>el servicio está en estado {status}: una línea cerrada no se imprime</translation>
        </message>
        <message>
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field}: {text} no es un id del directorio (un uuid)</translation>
        </message>
        <message>
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>el directorio del hub no está firmado por un curador en quien confíe este portátil: se rechazó y se conserva el que tenías</translation>
        </message>
        <message>
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>el archivo de clave no es una clave privada Ed25519 sin cifrar en formato PEM (crea una con: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>el archivo de clave contiene una clave privada, pero no Ed25519 (crea una con: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>a curator key is base64 text (44 characters)</source>
            <translation>una clave de curador es texto base64 (44 caracteres)</translation>
        </message>
        <message>
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>una clave de curador es el base64 de 32 bytes (44 caracteres, como lo muestra `wellness-hub resources keygen`)</translation>
        </message>
        <message>
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>No se pudo leer el archivo del directorio (dañado); se apartó como {aside} y en su lugar se puso el directorio que trae la aplicación (una descarga del hub trae de vuelta su edición más reciente).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: este archivo SQLite no es un directorio de recursos de Wellness Desk. No se ha tocado; muévelo o elige otro --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: lo escribió un Wellness Desk más reciente (esquema del directorio {version}). No se ha tocado; instala la versión más reciente para abrirlo.</translation>
        </message>
        <message>
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path}: aún no hay ningún directorio de recursos instalado.</translation>
        </message>
        <message>
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} no existe en {tz}: ese día se adelantan los relojes</translation>
        </message>
        <message>
            <source>workshop kind: must not be empty</source>
            <translation>tipo de taller: no puede estar vacío</translation>
        </message>
        <message>
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>tipo de taller: más de {max} caracteres (tiene {length}); los recuentos del hub llevan esta etiqueta: acórtalo</translation>
        </message>
        <message>
            <source>workshop kind: {name} already exists</source>
            <translation>tipo de taller: {name} ya existe</translation>
        </message>
        <message>
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>tipo: {kind} no es uno de {kinds} (añádelo antes a la lista)</translation>
        </message>
        <message>
            <source>workshop {workshop} does not exist</source>
            <translation>el taller {workshop} no existe</translation>
        </message>
        <message>
            <source>title: must not be empty</source>
            <translation>título: no puede estar vacío</translation>
        </message>
        <message>
            <source>title: longer than {max} characters</source>
            <translation>título: más de {max} caracteres</translation>
        </message>
        <message>
            <source>end: must be after the start</source>
            <translation>fin: debe ser después del inicio</translation>
        </message>
        <message>
            <source>end: a session cannot last more than 24 hours</source>
            <translation>fin: una sesión no puede durar más de 24 horas</translation>
        </message>
        <message>
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>aforo: {capacity} no es un número de personas desde 1</translation>
        </message>
        <message>
            <source>space: belongs to another activation</source>
            <translation>espacio: pertenece a otra activación</translation>
        </message>
        <message>
            <source>status: {status} is not one of {statuses}</source>
            <translation>estado: {status} no es uno de {statuses}</translation>
        </message>
        <message>
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>“{title}” ya tuvo lugar (se hizo, o se contó a gente en la entrada), así que no se puede cancelar</translation>
        </message>
        <message>
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>“{title}” se hizo o se contó en la entrada: cancélalo en su lugar</translation>
        </message>
        <message>
            <source>counter: {counter} is not one of {counters}</source>
            <translation>contador: {counter} no es uno de {counters}</translation>
        </message>
        <message>
            <source>a door tap is +1 or −1</source>
            <translation>un toque en la entrada es +1 o −1</translation>
        </message>
        <message>
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>“{title}” está cancelado: no hay nadie que contar</translation>
        </message>
        <message>
            <source>the headcount is already 0</source>
            <translation>el aforo ya está en 0</translation>
        </message>
        <message>
            <source>the waitlist is already 0</source>
            <translation>la lista de espera ya está en 0</translation>
        </message>
        <message>
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>“{title}” está lleno ({capacity} de {capacity}): apúntalos en la lista de espera</translation>
        </message>
        <message>
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file}: no se importó nada, 1 problema:</translation>
        </message>
        <message>
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file}: no se importó nada, {count} problemas:</translation>
        </message>
        <message>
            <source>no workshops after the header line</source>
            <translation>no hay talleres después de la cabecera</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} no es un espacio de {activation} (existen: {known})</translation>
        </message>
        <message>
            <source>longer than {max} characters</source>
            <translation>más de {max} caracteres</translation>
        </message>
        <message>
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} no es un tipo de taller (existen: {kinds})</translation>
        </message>
        <message>
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} no es un número de personas desde 1 (déjalo vacío para usar el aforo del espacio)</translation>
        </message>
        <message>
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} no es después del inicio {start} (una sesión que pasa de medianoche: pon el día en que termina en la columna end_date)</translation>
        </message>
        <message>
            <source>a session cannot last more than 24 hours</source>
            <translation>una sesión no puede durar más de 24 horas</translation>
        </message>
        <message>
            <source>{text} is not a date of the calendar</source>
            <translation>{text} no es una fecha del calendario</translation>
        </message>
        <message>
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} no es una fecha (usa 2026-07-04)</translation>
        </message>
        <message>
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} podría ser {day} {month} o {day2} {month2}: escribe {date} o {date2}</translation>
        </message>
        <message>
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} no está dentro de {activation} ({start} a {end}); escribe las fechas como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>is empty ({hint})</source>
            <translation>está vacío ({hint})</translation>
        </message>
        <message>
            <source>{text} is not a time ({hint})</source>
            <translation>{text} no es una hora ({hint})</translation>
        </message>
        <message>
            <source>space {space} is not in {activation}</source>
            <translation>el espacio {space} no está en {activation}</translation>
        </message>
        <message>
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>no hay talleres en {where} que poner en un calendario: añade uno primero</translation>
        </message>
        <message>
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path}: quick_check dice {integrity}</translation>
        </message>
        <message>
            <source>card sheet refused: {problems}</source>
            <translation>hoja de tarjetas rechazada: {problems}</translation>
        </message>
        <message>
            <source>{written}: the log line was not written</source>
            <translation>{written}: no se escribió la línea del registro</translation>
        </message>
        <message>
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>tiempo para deshacer: {seconds} no está entre 3 y 600 segundos</translation>
        </message>
        <message>
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>dirección del hub: {url} no es una dirección web (https://…)</translation>
        </message>
        <message>
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>bloqueo de terapia: {minutes} no es de 1 a 120 minutos</translation>
        </message>
        <message>
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>número de la línea de ayuda: {number} no es un número de teléfono (solo cifras, espacios, + - ( ), p. ej. +44 800 123 4567 o 988)</translation>
        </message>
        <message>
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>número de la línea de ayuda: {number} tiene {digits} cifras; un número de teléfono tiene de 3 (un número corto como el 988) a 15</translation>
        </message>
        <message>
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>número de la línea de ayuda: {number} no es un número real ({why}): pon el número propio de tu línea de ayuda</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>número de la línea de ayuda: {number} parece de relleno (una cifra repetida): pon el número propio de tu línea de ayuda</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>número de la línea de ayuda: {number} parece de relleno (cifras seguidas): pon el número propio de tu línea de ayuda</translation>
        </message>
        <message>
            <source>help line name: longer than {max} characters</source>
            <translation>nombre de la línea de ayuda: más de {max} caracteres</translation>
        </message>
        <message>
            <source>help line name: holds a control character</source>
            <translation>nombre de la línea de ayuda: contiene un carácter de control</translation>
        </message>
        <message>
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>nombre de la organización: más de {max} caracteres</translation>
        </message>
        <message>
            <source>nonprofit's name: holds a control character</source>
            <translation>nombre de la organización: contiene un carácter de control</translation>
        </message>
        <message>
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>logotipo: {path} no es un archivo (elige una imagen PNG o JPEG, o déjalo vacío)</translation>
        </message>
        <message>
            <source>the hub did not keep every change it was sent</source>
            <translation>el hub no guardó todos los cambios que se le enviaron</translation>
        </message>
        <message>
            <source>hub unreachable (no answer to the connection)</source>
            <translation>hub inaccesible (no responde a la conexión)</translation>
        </message>
        <message>
            <source>hub unreachable (it did not answer in time)</source>
            <translation>hub inaccesible (no respondió a tiempo)</translation>
        </message>
        <message>
            <source>hub unreachable (its certificate is not trusted)</source>
            <translation>hub inaccesible (su certificado no es de confianza)</translation>
        </message>
        <message>
            <source>hub unreachable (connection refused)</source>
            <translation>hub inaccesible (conexión rechazada)</translation>
        </message>
        <message>
            <source>hub unreachable (its address cannot be found: no network?)</source>
            <translation>hub inaccesible (no se encuentra su dirección: ¿sin red?)</translation>
        </message>
        <message>
            <source>hub unreachable (no network)</source>
            <translation>hub inaccesible (sin red)</translation>
        </message>
        <message>
            <source>hub unreachable (cannot connect)</source>
            <translation>hub inaccesible (no se puede conectar)</translation>
        </message>
        <message>
            <source>hub unreachable (the connection broke off)</source>
            <translation>hub inaccesible (la conexión se cortó)</translation>
        </message>
        <message>
            <source>hub unreachable</source>
            <translation>hub inaccesible</translation>
        </message>
        <message>
            <source>not the hub's answer ({reason}): a proxy or a Wi-Fi login page on the way?</source>
            <translation>no es la respuesta del hub ({reason}): ¿un proxy o una página de acceso wifi por medio?</translation>
        </message>
        <message>
            <source>the hub no longer accepts this laptop</source>
            <translation>el hub ya no acepta este portátil</translation>
        </message>
        <message>
            <source>the hub asked to slow down: next try in {seconds} s</source>
            <translation>el hub pidió ir más despacio: próximo intento en {seconds} s</translation>
        </message>
        <message>
            <source>the hub asked to slow down</source>
            <translation>el hub pidió ir más despacio</translation>
        </message>
        <message>
            <source>the network redirected the request (HTTP {status}; a Wi-Fi login page?)</source>
            <translation>la red redirigió la petición (HTTP {status}; ¿una página de acceso wifi?)</translation>
        </message>
        <message>
            <source>the hub has a problem (HTTP {status})</source>
            <translation>el hub tiene un problema (HTTP {status})</translation>
        </message>
        <message>
            <source>the hub holds later counts from this laptop than its database has (put back from a copy?)</source>
            <translation>el hub tiene recuentos de este portátil más recientes que su base de datos (¿restaurada de una copia?)</translation>
        </message>
        <message>
            <source>the hub refused these counts: {reason}</source>
            <translation>el hub rechazó estos recuentos: {reason}</translation>
        </message>
        <message>
            <source>the hub answered oddly (HTTP {status})</source>
            <translation>el hub respondió de forma extraña (HTTP {status})</translation>
        </message>
        <message>
            <source>the answer did not come from the hub (a Wi-Fi login page?)</source>
            <translation>la respuesta no vino del hub (¿una página de acceso wifi?)</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status} — is the address right?</source>
            <translation>el hub respondió HTTP {status}: ¿es correcta la dirección?</translation>
        </message>
        <message>
            <source>a proxy on this network asks for a login (HTTP 407)</source>
            <translation>un proxy de esta red pide iniciar sesión (HTTP 407)</translation>
        </message>
        <message>
            <source>something on the way refused the request (HTTP {status}, not in the hub's words): a proxy?</source>
            <translation>algo por el camino rechazó la petición (HTTP {status}, no con las palabras del hub): ¿un proxy?</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status}</source>
            <translation>el hub respondió HTTP {status}</translation>
        </message>
        <message>
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>tamaño del lote: {batch_size} no es de 1 a {max} celdas</translation>
        </message>
        <message>
            <source>the hub cannot say what it holds from this laptop (an older hub)</source>
            <translation>el hub no puede decir qué tiene de este portátil (un hub más antiguo)</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>no hay un llavero del sistema seguro en este ordenador ({keyring_name}): el token del hub no tendría dónde guardarse con seguridad, así que este portátil no puede conectarse. Configura el llavero del sistema (p. ej. GNOME Keyring o KWallet) y vuelve a intentarlo; el código sigue sin usar</translation>
        </message>
        <message>
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>código de alta: vacío (tiene este aspecto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>código de alta: solo letras, cifras y guiones (como K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>aún no hay ninguna activación: crea primero el festival o la gira; el hub recibe los recuentos de una activación</translation>
        </message>
        <message>
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} respondió {answer} ({reason}): revisa la dirección; el código sigue sin usar</translation>
        </message>
        <message>
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>no se puede conectar con {hub_url}: {words} (el mismo código sirve cuando vuelvas a intentarlo)</translation>
        </message>
        <message>
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>el hub rechazó el código: {reason} (pide uno nuevo a la coordinación)</translation>
        </message>
        <message>
            <source>the hub is busy: try again in a minute</source>
            <translation>el hub está ocupado: vuelve a intentarlo en un minuto</translation>
        </message>
        <message>
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>el hub de {hub_url} tiene un problema (HTTP {status}): vuelve a intentarlo más tarde</translation>
        </message>
        <message>
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>el hub no aceptó la forma del código (tiene este aspecto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} no responde como un hub de Wellness (HTTP {status}): revisa la dirección</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>el llavero ({keyring_name}) no se puede leer ({error_type}): ¿está bloqueado? El código sigue sin usar</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>el llavero ({keyring_name}) se negó a guardar el token del hub ({error_type}): no se envió nada, y el código sigue sin usar</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>el llavero ({keyring_name}) se negó a guardar el token del hub ({error_type}): no se guardó nada; vuelve a intentarlo con el mismo código</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>no hay un llavero del sistema seguro en este ordenador ({keyring_name}): no se puede leer el token del hub</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>el llavero ({keyring_name}) no se puede leer ({error_type}): ¿está bloqueado?</translation>
        </message>
        <message>
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>el token del hub de este portátil no está en el llavero: vuelve a conectarlo en la página Sincronizar</translation>
        </message>
        <message>
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>el token del hub del llavero ({entry}) no es el que guardó esta aplicación ({fault}): vuelve a conectar este portátil en la página Sincronizar con un código nuevo de la coordinación (eso guarda un token nuevo)</translation>
        </message>
        <message>
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>sigue conectado, y el token sigue ahí ({entry}); desbloquea el llavero y vuelve a intentarlo</translation>
        </message>
        <message>
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>no se puede acceder al llavero ({keyring_name}), así que el token del hub no se eliminó: {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>el llavero ({keyring_name}) no pudo quitar el token del hub ({error_type}): {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>el llavero ({keyring_name}) conservó el token del hub aunque se le pidió eliminarlo: {still}</translation>
        </message>
        <message>
            <source>the hub keeps receiving later counts from this laptop than its database has: is a second copy of this data folder syncing too?</source>
            <translation>el hub sigue recibiendo de este portátil recuentos más recientes que los de su base de datos: ¿hay una segunda copia de esta carpeta de datos sincronizando también?</translation>
        </message>
        <message>
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>el lote {batch} se rechazó con una conexión anterior al hub; la conexión actual vuelve a enviar esos recuentos, así que no hace falta reintentarlo</translation>
        </message>
        <message>
            <source>there is no refused batch {batch}</source>
            <translation>no hay ningún lote rechazado {batch}</translation>
        </message>
        <message>
            <source>Directory: {problem}; the directory you had is kept</source>
            <translation>Directorio: {problem}; se conserva el directorio que tenías</translation>
        </message>
        <message>
            <source>Directory: unchanged</source>
            <translation>Directorio: sin cambios</translation>
        </message>
        <message>
            <source>Directory: the hub has none to give yet; the directory you had is kept</source>
            <translation>Directorio: el hub aún no tiene ninguno que dar; se conserva el directorio que tenías</translation>
        </message>
        <message>
            <source>Directory: the hub no longer accepts this laptop (reconnect it on the Sync page); the directory you had is kept</source>
            <translation>Directorio: el hub ya no acepta este portátil (vuelve a conectarlo en la página Sincronizar); se conserva el directorio que tenías</translation>
        </message>
        <message>
            <source>Directory: the hub is busy; the directory you had is kept</source>
            <translation>Directorio: el hub está ocupado; se conserva el directorio que tenías</translation>
        </message>
        <message>
            <source>Directory: the hub has a problem (HTTP {status}); the directory you had is kept</source>
            <translation>Directorio: el hub tiene un problema (HTTP {status}); se conserva el directorio que tenías</translation>
        </message>
        <message>
            <source>Directory: the hub refused the request ({reason}); the directory you had is kept</source>
            <translation>Directorio: el hub rechazó la petición ({reason}); se conserva el directorio que tenías</translation>
        </message>
        <message>
            <source>The directory from the hub is not valid ({problem}): it was refused and the directory you had is kept.</source>
            <translation>El directorio del hub no es válido ({problem}): se rechazó y se conserva el que tenías.</translation>
        </message>
        <message>
            <source>The directory from the hub is an older edition ({published}) than the one this laptop has ({held}): it was refused and the directory you had is kept.</source>
            <translation>El directorio del hub es una edición más antigua ({published}) que la de este portátil ({held}): se rechazó y se conserva el que tenías.</translation>
        </message>
        <message>
            <source>Directory: installed 1 service from the hub {host}</source>
            <translation>Directorio: instalado 1 servicio del hub {host}</translation>
        </message>
        <message>
            <source>Directory: installed {n} services from the hub {host}</source>
            <translation>Directorio: instalados {n} servicios del hub {host}</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation>no es la respuesta del hub</translation>
        </message>
        <message>
            <source>over {mib} MiB</source>
            <translation>más de {mib} MiB</translation>
        </message>
        <message>
            <source>compressed as {coding}, which the hub never is</source>
            <translation>comprimida como {coding}, algo que el hub nunca hace</translation>
        </message>
        <message>
            <source>broken gzip</source>
            <translation>gzip dañado</translation>
        </message>
        <message>
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>dirección del hub: vacía (escríbela como https://hub.example.org)</translation>
        </message>
        <message>
            <source>hub address: {text} has a space in it</source>
            <translation>dirección del hub: {text} tiene un espacio</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address</source>
            <translation>dirección del hub: {text} no es una dirección web</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>dirección del hub: {text} no es una dirección web (empieza por https:// o http://)</translation>
        </message>
        <message>
            <source>hub address: leave the user name and password out of it</source>
            <translation>dirección del hub: no pongas el usuario ni la contraseña</translation>
        </message>
        <message>
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>dirección del hub: {text} tiene una parte '?' o '#': escribe la dirección del hub</translation>
        </message>
        <message>
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>dirección del hub: usa https:// para un hub en internet ({text}): el token cruzaría la red sin cifrar</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} no es una parada de gira con fecha</translation>
        </message>
        <message>
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>franja del día: termina a las {window_end}, no después de empezar ({window_start})</translation>
        </message>
        <message>
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>duración de la sesión: {minutes} no es de 10 a 240 minutos</translation>
        </message>
        <message>
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>pausa: {minutes} no es de 0 a 120 minutos</translation>
        </message>
        <message>
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>pausa para comer: indica su inicio y su fin, o ninguno</translation>
        </message>
        <message>
            <source>lunch break: ends before it starts</source>
            <translation>pausa para comer: termina antes de empezar</translation>
        </message>
        <message>
            <source>lunch break: outside the day window</source>
            <translation>pausa para comer: fuera de la franja del día</translation>
        </message>
        <message>
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>franja del día: {window_start}–{window_end} no da para una sesión de {minutes} minutos</translation>
        </message>
        <message>
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>franja del día: no cabe ninguna sesión de {minutes} minutos el {day} ({window_start}–{window_end}, menos la comida y cualquier cambio de hora)</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>coste</translation>
        </message>
        <message>
            <source>therapy day {therapy_day} does not exist</source>
            <translation>el día de terapia {therapy_day} no existe</translation>
        </message>
        <message>
            <source>provider name: must not be empty</source>
            <translation>nombre del profesional: no puede estar vacío</translation>
        </message>
        <message>
            <source>mode: {mode} is not one of {modes}</source>
            <translation>modalidad: {mode} no es una de {modes}</translation>
        </message>
        <message>
            <source>cost per session</source>
            <translation>coste por sesión</translation>
        </message>
        <message>
            <source>cost per day</source>
            <translation>coste por día</translation>
        </message>
        <message>
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>desbloquea la sección de terapia para guardar el contacto del profesional</translation>
        </message>
        <message>
            <source>slot {slot} does not exist</source>
            <translation>la franja {slot} no existe</translation>
        </message>
        <message>
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>esta franja está reservada: cancela la reserva antes de bloquearla</translation>
        </message>
        <message>
            <source>slot: ends before it starts</source>
            <translation>franja: termina antes de empezar</translation>
        </message>
        <message>
            <source>slot: longer than 4 hours</source>
            <translation>franja: dura más de 4 horas</translation>
        </message>
        <message>
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>franja: se solapa con la franja de las {time} del mismo día</translation>
        </message>
        <message>
            <source>slot: starts and ends at the same time</source>
            <translation>franja: empieza y termina a la misma hora</translation>
        </message>
        <message>
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} franja(s) reservada(s) no encajan en el nuevo plan ({times}): mantenlas, o cancela sus reservas</translation>
        </message>
        <message>
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} no es una gira: el presupuesto de terapia es de una gira</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>presupuesto</translation>
        </message>
        <message>
            <source>budget: give an amount, e.g. 2400</source>
            <translation>presupuesto: indica un importe, p. ej. 2400</translation>
        </message>
        <message>
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>moneda: {currency} no es un código como USD o EUR</translation>
        </message>
        <message>
            <source>person: give a name, initials or an alias</source>
            <translation>persona: indica un nombre, unas iniciales o un alias</translation>
        </message>
        <message>
            <source>person: longer than 80 characters</source>
            <translation>persona: más de 80 caracteres</translation>
        </message>
        <message>
            <source>this slot is blocked</source>
            <translation>esta franja está bloqueada</translation>
        </message>
        <message>
            <source>this slot is already booked</source>
            <translation>esta franja ya está reservada</translation>
        </message>
        <message>
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>esta persona ya tiene una sesión a las {time} ({place}) que se solapa con esta franja</translation>
        </message>
        <message>
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>esta reserva cuesta {cost} {currency}; solo quedan {remaining} {currency} del presupuesto de terapia</translation>
        </message>
        <message>
            <source>booking {booking} does not exist</source>
            <translation>la reserva {booking} no existe</translation>
        </message>
        <message>
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>estado: {status} no es booked, attended ni no_show (cancela con cancel_booking)</translation>
        </message>
        <message>
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>esta reserva se canceló: vuelve a reservar la franja</translation>
        </message>
        <message>
            <source>this booking is already cancelled</source>
            <translation>esta reserva ya está cancelada</translation>
        </message>
        <message>
            <source>this session took place (attended or no-show): it stays</source>
            <translation>esta sesión ya tuvo lugar (asistió o no se presentó): se queda</translation>
        </message>
        <message>
            <source>this person is already on the waitlist for this day</source>
            <translation>esta persona ya está en la lista de espera de este día</translation>
        </message>
        <message>
            <source>this person is no longer on the waitlist</source>
            <translation>esta persona ya no está en la lista de espera</translation>
        </message>
        <message>
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>esta franja es de otro día de terapia que la lista de espera</translation>
        </message>
        <message>
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>esta entrada de la lista de espera ha perdido su nombre: vuelve a añadir a la persona</translation>
        </message>
        <message>
            <source>unlock the therapy section to print names</source>
            <translation>desbloquea la sección de terapia para imprimir nombres</translation>
        </message>
        <message>
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>desbloquea la sección de terapia para poner el nombre en la invitación</translation>
        </message>
        <message>
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>desbloquea la sección de terapia para poner nombres en el calendario</translation>
        </message>
        <message>
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>no se ofrece ninguna franja del día de terapia en {stop}: no hay nada que poner en un calendario</translation>
        </message>
        <message>
            <source>{field}: stored in an unknown format</source>
            <translation>{field}: guardado en un formato desconocido</translation>
        </message>
        <message>
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field}: no se puede descifrar con esta clave</translation>
        </message>
        <message>
            <source>Names are encrypted; the key is in this computer's keyring ({keyring}). Your PIN hides them on screen.</source>
            <translation>Los nombres están cifrados; la clave está en el llavero de este ordenador ({keyring}). Tu PIN los oculta en pantalla.</translation>
        </message>
        <message>
            <source>Names are encrypted with a key protected by your passphrase (no system keyring is used). Without the passphrase they cannot be read.</source>
            <translation>Los nombres están cifrados con una clave protegida por tu frase de acceso (no se usa el llavero del sistema). Sin la frase no se pueden leer.</translation>
        </message>
        <message>
            <source>Set a PIN to start: names will be encrypted with a key kept in this computer's keyring ({keyring}).</source>
            <translation>Elige un PIN para empezar: los nombres se cifrarán con una clave guardada en el llavero de este ordenador ({keyring}).</translation>
        </message>
        <message>
            <source>No system keyring works on this computer. Set a passphrase to start: names will be encrypted with a key derived from it. Keep it safe: without it nobody can read them.</source>
            <translation>Ningún llavero del sistema funciona en este ordenador. Elige una frase de acceso para empezar: los nombres se cifrarán con una clave derivada de ella. Guárdala bien: sin ella nadie podrá leerlos.</translation>
        </message>
        <message>
            <source>the key is already set up: unlock instead</source>
            <translation>la clave ya está configurada: desbloquea en su lugar</translation>
        </message>
        <message>
            <source>PIN: use at least {minimum} characters</source>
            <translation>PIN: usa al menos {minimum} caracteres</translation>
        </message>
        <message>
            <source>passphrase: use at least {minimum} characters</source>
            <translation>frase de acceso: usa al menos {minimum} caracteres</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>el llavero ({keyring_name}) se negó a guardar la clave ({error_type})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>aún no hay clave: pon primero un PIN o una frase de acceso</translation>
        </message>
        <message>
            <source>too many wrong tries: wait {wait} s</source>
            <translation>demasiados intentos fallidos: espera {wait} s</translation>
        </message>
        <message>
            <source>wrong PIN: try again in {delay} s</source>
            <translation>PIN incorrecto: vuelve a intentarlo en {delay} s</translation>
        </message>
        <message>
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>frase de acceso incorrecta: vuelve a intentarlo en {delay} s</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>el llavero ({keyring_name}) no se puede leer ({error_type})</translation>
        </message>
        <message>
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>la clave de esta base de datos no está en el llavero de este ordenador ({name}): los nombres no se pueden leer en este ordenador</translation>
        </message>
        <message>
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>la clave de esta base de datos en el llavero ({name}: servicio {SERVICE}, entrada 'data-key:{db_id}') no es la que guardó esta aplicación ({fault}): recupera esa entrada de una copia del llavero; hasta entonces los nombres no se pueden leer (no se cambió nada)</translation>
        </message>
    </context>
    <context>
        <name>ActivationsPage</name>
        <message>
            <source>Activations: festivals and tours</source>
            <translation>Activaciones: festivales y giras</translation>
        </message>
        <message>
            <source>&amp;Activations</source>
            <translation>&amp;Activaciones</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activaciones</translation>
        </message>
        <message>
            <source>&amp;Places</source>
            <translation>&amp;Lugares</translation>
        </message>
        <message>
            <source>Places of the activation</source>
            <translation>Lugares de la activación</translation>
        </message>
        <message>
            <source>&amp;Use this activation</source>
            <translation>&amp;Usar esta activación</translation>
        </message>
        <message>
            <source>&amp;New activation…</source>
            <translation>&amp;Nueva activación…</translation>
        </message>
        <message>
            <source>Add &amp;location…</source>
            <translation>Añadir &amp;lugar…</translation>
        </message>
        <message>
            <source>&amp;Capacity and changeover…</source>
            <translation>&amp;Aforo y cambio…</translation>
        </message>
        <message>
            <source>How many people the space holds, and the minutes needed between two sessions there.</source>
            <translation>Cuántas personas caben en el espacio y los minutos necesarios entre dos sesiones allí.</translation>
        </message>
        <message>
            <source>&amp;Edit stop…</source>
            <translation>&amp;Editar parada…</translation>
        </message>
        <message>
            <source>&amp;Delete stop…</source>
            <translation>&amp;Borrar parada…</translation>
        </message>
        <message>
            <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
            <translation>Solo una parada sin nada: ningún día de terapia, taller ni kits registrados.</translation>
        </message>
        <message>
            <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
            <translation>Aún no hay ninguna activación. Una activación es un festival o una gira: crea una y luego añade sus carpas y salas, o sus paradas de gira.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Crear una activación</translation>
        </message>
        <message>
            <source>{kind} · {start} to {end} · {zone}</source>
            <translation>{kind} · del {start} al {end} · {zone}</translation>
        </message>
        <message>
            <source>{name}  ✓ current
{details}</source>
            <translation>{name}  ✓ actual
{details}</translation>
        </message>
        <message>
            <source>{name}
{details}</source>
            <translation>{name}
{details}</translation>
        </message>
        <message>
            <source>{day} · {city}</source>
            <translation>{day} · {city}</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation>Aforo: {capacity}</translation>
        </message>
        <message numerus="yes">
            <source>%n min changeover</source>
            <translation>
                <numerusform>%n min de cambio</numerusform>
                <numerusform>%n min de cambio</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Tour stops</source>
            <translation>&amp;Paradas de la gira</translation>
        </message>
        <message>
            <source>Add a &amp;stop…</source>
            <translation>Añadir &amp;parada…</translation>
        </message>
        <message>
            <source>People the space holds (0: no limit):</source>
            <translation>Personas que caben en el espacio (0: sin límite):</translation>
        </message>
        <message>
            <source>Changeover minutes needed between two sessions:</source>
            <translation>Minutos de cambio necesarios entre dos sesiones:</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>Borrar parada</translation>
        </message>
        <message>
            <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
            <translation>¿Borrar la parada {stop}? No se puede deshacer (vuelve a añadirla si hace falta).</translation>
        </message>
    </context>
    <context>
        <name>AddSlotDialog</name>
        <message>
            <source>Add a slot by hand</source>
            <translation>Añadir un turno a mano</translation>
        </message>
        <message>
            <source>Slot starts</source>
            <translation>Inicio del turno</translation>
        </message>
        <message>
            <source>Slot ends</source>
            <translation>Fin del turno</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
    </context>
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
        <name>BatchProblems</name>
        <message>
            <source>Batch from a locations CSV</source>
            <translation>Lote desde un CSV de lugares</translation>
        </message>
        <message numerus="yes">
            <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
            <translation>
                <numerusform>{file}: no se imprimió nada, %n problema. Corrige el archivo y vuelve a elegirlo.</numerusform>
                <numerusform>{file}: no se imprimió nada, %n problemas. Corrige el archivo y vuelve a elegirlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problemas del archivo</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the list of problems</source>
            <translation>Cerrar la lista de problemas</translation>
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <source>full name, initials or an alias</source>
            <translation>nombre completo, iniciales o un alias</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Contact (optional)</source>
            <translation>Contacto (opcional)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Names, contacts and notes are stored encrypted.</source>
            <translation>Los nombres, contactos y notas se guardan cifrados.</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Por encima del presupuesto</translation>
        </message>
        <message>
            <source>{reason}.

Book anyway?</source>
            <translation>{reason}.

¿Reservar de todos modos?</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Therapy budget</source>
            <translation>Presupuesto de terapia</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>p. ej. {amount}</translation>
        </message>
        <message>
            <source>e.g. USD</source>
            <translation>p. ej. EUR</translation>
        </message>
        <message>
            <source>Amount for the tour</source>
            <translation>Importe para la gira</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Nothing counted yet</source>
            <translation>Aún no hay nada contado</translation>
        </message>
        <message>
            <source>{title} ({unit})</source>
            <translation>{title} ({unit})</translation>
        </message>
        <message>
            <source>{category}: {values}</source>
            <translation>{category}: {values}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{series} {value}</source>
            <translation>{series} {value}</translation>
        </message>
        <message>
            <source>{title}: {empty}</source>
            <translation>{title}: {empty}</translation>
        </message>
        <message>
            <source>{category} {values}</source>
            <translation>{category} {values}</translation>
        </message>
        <message>
            <source>{title}: {figures}</source>
            <translation>{title}: {figures}</translation>
        </message>
        <message>
            <source>Kits handed out today per hour</source>
            <translation>Kits entregados hoy por hora</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Hoy aún no se ha entregado nada</translation>
        </message>
        <message>
            <source>kits</source>
            <translation>kits</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to a hub</source>
            <translation>Conectar a un hub</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
            <translation>Una persona coordinadora crea en el hub un código de inscripción de un solo uso (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Con él, este portátil envía los recuentos anónimos de &lt;b&gt;{activation}&lt;/b&gt;: nunca nombres, contactos ni notas.</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
            <translation>Una persona coordinadora crea en el hub un código de inscripción de un solo uso (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Con él, este portátil envía los recuentos anónimos de la activación actual: nunca nombres, contactos ni notas.</translation>
        </message>
        <message>
            <source>e.g. https://hub.example.org</source>
            <translation>p. ej. https://hub.example.org</translation>
        </message>
        <message>
            <source>Sync hub address</source>
            <translation>Dirección del hub de sincronización</translation>
        </message>
        <message>
            <source>Sync hub &amp;address</source>
            <translation>&amp;Dirección del hub de sincronización</translation>
        </message>
        <message>
            <source>e.g. K7QF-2MXD-9PLA</source>
            <translation>p. ej. K7QF-2MXD-9PLA</translation>
        </message>
        <message>
            <source>Case and dashes do not matter. A code works once.</source>
            <translation>Da igual mayúsculas o guiones. Cada código sirve una sola vez.</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Código de inscripción</translation>
        </message>
        <message>
            <source>Enrolment &amp;code</source>
            <translation>&amp;Código de inscripción</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Noted, thank you: it will be re-checked.</source>
            <translation>Anotado, gracias: se volverá a verificar.</translation>
        </message>
        <message>
            <source>This number did not work</source>
            <translation>Este número no funcionó</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>✕ Stale: not verified for over a year</source>
            <translation>✕ Caducado: sin verificar desde hace más de un año</translation>
        </message>
        <message>
            <source>⚠ Verified over 6 months ago</source>
            <translation>⚠ Verificado hace más de 6 meses</translation>
        </message>
        <message>
            <source>Report that {number} did not work</source>
            <translation>Informar de que {number} no funcionó</translation>
        </message>
        <message>
            <source>Copy {number} ({kind}, {name})</source>
            <translation>Copiar {number} ({kind}, {name})</translation>
        </message>
        <message>
            <source>{name}, {kind}, {number}, {open}</source>
            <translation>{name}, {kind}, {number}, {open}</translation>
        </message>
    </context>
    <context>
        <name>CorrectCountDialog</name>
        <message>
            <source>Correct count</source>
            <translation>Corregir recuento</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contados</translation>
        </message>
        <message>
            <source>{kit} in the box at {location}</source>
            <translation>{kit} en la caja de {location}</translation>
        </message>
        <message>
            <source>The books say {count}.</source>
            <translation>El registro dice {count}.</translation>
        </message>
        <message>
            <source>recount</source>
            <translation>recuento</translation>
        </message>
        <message>
            <source>Why was the count off?</source>
            <translation>¿Por qué no cuadraba el recuento?</translation>
        </message>
        <message>
            <source>&amp;Why was the count off?</source>
            <translation>¿&amp;Por qué no cuadraba el recuento?</translation>
        </message>
    </context>
    <context>
        <name>CountryCardDialog</name>
        <message>
            <source>Country card</source>
            <translation>Tarjeta de país</translation>
        </message>
        <message>
            <source>two letters, e.g. CA</source>
            <translation>dos letras, p. ej. CA</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>Country, two letters</source>
            <translation>País, dos letras</translation>
        </message>
        <message>
            <source>C&amp;ards</source>
            <translation>&amp;Tarjetas</translation>
        </message>
        <message>
            <source>Number of cards</source>
            <translation>Número de tarjetas</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
            <translation>Diez tarjetas por hoja con marcas de corte; una segunda página lleva el reverso en un segundo idioma, para imprimir a doble cara.</translation>
        </message>
    </context>
    <context>
        <name>DoorPanel</name>
        <message>
            <source>Door</source>
            <translation>Puerta</translation>
        </message>
        <message>
            <source>FULL</source>
            <translation>COMPLETO</translation>
        </message>
        <message>
            <source>Take one person off the door count</source>
            <translation>Quitar una persona del recuento de la puerta</translation>
        </message>
        <message>
            <source>Add one person at the door</source>
            <translation>Sumar una persona en la puerta</translation>
        </message>
        <message>
            <source>Take one person off the waitlist</source>
            <translation>Quitar una persona de la lista de espera</translation>
        </message>
        <message>
            <source>Add one person to the waitlist</source>
            <translation>Añadir una persona a la lista de espera</translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Marcar como realizada</translation>
        </message>
        <message>
            <source>No session now or later today in this space.</source>
            <translation>No hay sesión ahora ni más tarde hoy en este espacio.</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · cancelled</source>
            <translation>{kind} · {times} en {space} · cancelada</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · held</source>
            <translation>{kind} · {times} en {space} · realizada</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space}</source>
            <translation>{kind} · {times} en {space}</translation>
        </message>
        <message>
            <source>{count} / {capacity}</source>
            <translation>{count} / {capacity}</translation>
        </message>
        <message>
            <source>At the door: {count}</source>
            <translation>En la puerta: {count}</translation>
        </message>
        <message>
            <source>Count newcomers on the waitlist</source>
            <translation>Apunta a quien llegue en la lista de espera</translation>
        </message>
        <message>
            <source>Put back (not held)</source>
            <translation>Deshacer (no realizada)</translation>
        </message>
        <message>
            <source>Walk-ins waiting: {count}</source>
            <translation>Personas sin reserva esperando: {count}</translation>
        </message>
        <message>
            <source>FULL: {title}. Count newcomers on the waitlist</source>
            <translation>COMPLETO: {title}. Apunta a quien llegue en la lista de espera</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
            <translation>
                <numerusform>«{title}» empieza a las {time}, dentro de %n minuto. ¿Marcarla ya como realizada?

Puedes deshacerlo con «Deshacer (no realizada)».</numerusform>
                <numerusform>«{title}» empieza a las {time}, dentro de %n minutos. ¿Marcarla ya como realizada?

Puedes deshacerlo con «Deshacer (no realizada)».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Include personal details (names, contacts and notes of therapy bookings)</source>
            <translation>Incluir datos personales (nombres, contactos y notas de las reservas de terapia)</translation>
        </message>
        <message>
            <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
            <translation>Estos archivos contendrán los nombres y contactos de personas en terapia. Guárdalos en este portátil: nunca los envíes por correo, los subas ni los compartas, y bórralos cuando termines.</translation>
        </message>
        <message>
            <source>To include personal details, unlock the Therapy days section first.</source>
            <translation>Para incluir datos personales, desbloquea antes la sección Días de terapia.</translation>
        </message>
        <message>
            <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
            <translation>La sección Días de terapia se ha bloqueado sola: desbloquéala para incluir datos personales, o exporta sin ellos (no se ha escrito nada)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Elegir la carpeta</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Carpeta</translation>
        </message>
        <message>
            <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
            <translation>Los recuentos anónimos (aggregates.csv) son el archivo que se puede compartir: las cifras de terapia menores de 5 aparecen como &lt;5. Los demás archivos son los registros propios de este portátil. Un README.txt en la carpeta explica qué contiene cada archivo.</translation>
        </message>
        <message>
            <source>Export CSV into</source>
            <translation>Exportar CSV en</translation>
        </message>
        <message>
            <source>Folder: choose where to export</source>
            <translation>Carpeta: elige dónde exportar</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
    </context>
    <context>
        <name>HandOutSeveralDialog</name>
        <message>
            <source>Hand out several</source>
            <translation>Entregar varios</translation>
        </message>
        <message>
            <source>{kit}: how many went over the table at once?</source>
            <translation>{kit}: ¿cuántos se entregaron de una vez?</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Para:</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>Cuántos</translation>
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation>&amp;Cuántos:</translation>
        </message>
        <message>
            <source>Hand out {count} × {kit} for {role}?</source>
            <translation>¿Entregar {count} × {kit} para {role}?</translation>
        </message>
        <message>
            <source>{question}

That is more than {most} at once.</source>
            <translation>{question}

Son más de {most} de una vez.</translation>
        </message>
    </context>
    <context>
        <name>HelpLineBanner</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Set the help line…</source>
            <translation>Configurar la línea de ayuda…</translation>
        </message>
        <message>
            <source>Set the industry help line in Settings</source>
            <translation>Configurar la línea de ayuda de la industria en Ajustes</translation>
        </message>
        <message>
            <source>24/7 music-industry help line</source>
            <translation>Línea de ayuda 24/7 de la industria musical</translation>
        </message>
        <message>
            <source>Copy the help line number {number}</source>
            <translation>Copiar el número de la línea de ayuda {number}</translation>
        </message>
        <message>
            <source>Help line: {name}, {number}</source>
            <translation>Línea de ayuda: {name}, {number}</translation>
        </message>
        <message>
            <source>No help line set</source>
            <translation>Sin línea de ayuda configurada</translation>
        </message>
        <message>
            <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
            <translation>La línea de ayuda 24/7 de la industria aún no está configurada: configúrala para que aparezca aquí y se imprima en cada tarjeta.</translation>
        </message>
        <message>
            <source>No industry help line is set</source>
            <translation>No hay línea de ayuda de la industria configurada</translation>
        </message>
    </context>
    <context>
        <name>KitCataloguePage</name>
        <message>
            <source>Kit catalogue and stock</source>
            <translation>Catálogo de kits y existencias</translation>
        </message>
        <message>
            <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
            <translation>Aún no hay kits. Añade lo que reparte la carpa (tapones, agua, preservativos…): cada kit será una casilla en el contador de kits.</translation>
        </message>
        <message>
            <source>Add kit…</source>
            <translation>Añadir kit…</translation>
        </message>
        <message>
            <source>Kits and their stock</source>
            <translation>Kits y sus existencias</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>Low-stock level…</source>
            <translation>Nivel de existencias bajas…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Stock at</source>
            <translation>Existencias en</translation>
        </message>
        <message>
            <source>&amp;Stock at:</source>
            <translation>&amp;Existencias en:</translation>
        </message>
        <message>
            <source>Receive stock…</source>
            <translation>Recibir existencias…</translation>
        </message>
        <message>
            <source>Correct count…</source>
            <translation>Corregir recuento…</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>Low-stock at</source>
            <translation>Bajo a partir de</translation>
        </message>
        <message>
            <source>Stock · {location}</source>
            <translation>Existencias · {location}</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Colour of {kit}: {colour}</source>
            <translation>Color de {kit}: {colour}</translation>
        </message>
        <message>
            <source>Below zero: more handed out than received. Count the box.</source>
            <translation>Bajo cero: se ha repartido más de lo recibido. Cuenta la caja.</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Existencias bajas</translation>
        </message>
        <message>
            <source>{count}: {warning}</source>
            <translation>{count}: {warning}</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retirado</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>en uso</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Catálogo de kits</translation>
        </message>
    </context>
    <context>
        <name>KitColourDialog</name>
        <message>
            <source>Colour of {kit}</source>
            <translation>Color de {kit}</translation>
        </message>
        <message>
            <source>Other colour…</source>
            <translation>Otro color…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Use this colour</source>
            <translation>Usar este color</translation>
        </message>
        <message>
            <source>{colour} ({code})</source>
            <translation>{colour} ({code})</translation>
        </message>
    </context>
    <context>
        <name>KitCounterPage</name>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Ubicación:</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Next tap is for:</source>
            <translation>El próximo toque es para:</translation>
        </message>
        <message>
            <source>Next tap is for: {role}</source>
            <translation>El próximo toque es para: {role}</translation>
        </message>
        <message>
            <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
            <translation>El próximo toque en una casilla se registra para este perfil y luego vuelve a «Cualquiera»</translation>
        </message>
        <message>
            <source>Today per hour</source>
            <translation>Hoy por hora</translation>
        </message>
        <message>
            <source>Recent actions</source>
            <translation>Acciones recientes</translation>
        </message>
        <message>
            <source>Undo selected</source>
            <translation>Deshacer la seleccionada</translation>
        </message>
        <message>
            <source>Undo the selected action</source>
            <translation>Deshacer la acción seleccionada</translation>
        </message>
        <message>
            <source>Undo the last tap (Ctrl+Z)</source>
            <translation>Deshacer el último toque (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Contador de kits</translation>
        </message>
        <message>
            <source>No activation yet. Create one under Activations.</source>
            <translation>Aún no hay ninguna activación. Crea una en Activaciones.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Abrir Activaciones</translation>
        </message>
        <message>
            <source>This activation has no location yet. Add one under Activations.</source>
            <translation>Esta activación aún no tiene ubicación. Añade una en Activaciones.</translation>
        </message>
        <message>
            <source>No kit types yet. Add some under Kit catalogue.</source>
            <translation>Aún no hay tipos de kit. Añádelos en Catálogo de kits.</translation>
        </message>
        <message>
            <source>Open the kit catalogue</source>
            <translation>Abrir el catálogo de kits</translation>
        </message>
        <message>
            <source>{activation} · {location}</source>
            <translation>{activation} · {location}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out today</source>
            <translation>
                <numerusform>%Ln kit entregado hoy</numerusform>
                <numerusform>%Ln kits entregados hoy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit}, {time}</source>
            <translation>
                <numerusform>Deshacer: %Ln × {kit}, {time}</numerusform>
                <numerusform>Deshacer: %Ln × {kit}, {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit} for {role}, {time}</source>
            <translation>
                <numerusform>Deshacer: %Ln × {kit} para {role}, {time}</numerusform>
                <numerusform>Deshacer: %Ln × {kit} para {role}, {time}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nada que deshacer</translation>
        </message>
        <message>
            <source>Undo: nothing to undo</source>
            <translation>Deshacer: nada que deshacer</translation>
        </message>
        <message numerus="yes">
            <source>No tile {key}: there are %Ln kit(s)</source>
            <translation>
                <numerusform>No hay casilla {key}: hay %Ln kit</numerusform>
                <numerusform>No hay casilla {key}: hay %Ln kits</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
            <translation>Contado: {kit} ×{count} · existencias {stock} · bajo cero: cuenta la caja</translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock}</source>
            <translation>Contado: {kit} ×{count} · existencias {stock}</translation>
        </message>
        <message>
            <source>Not counted: {reason}</source>
            <translation>No contado: {reason}</translation>
        </message>
        <message>
            <source>Not undone: the hand-out still counts</source>
            <translation>No se deshizo: la entrega sigue contando</translation>
        </message>
        <message>
            <source>Not undone: {reason}</source>
            <translation>No se deshizo: {reason}</translation>
        </message>
        <message>
            <source>Counting at {location} ({activation})</source>
            <translation>Contando en {location} ({activation})</translation>
        </message>
        <message>
            <source>Undone: {kit} ×{count} handed out</source>
            <translation>Deshecho: {kit} ×{count} entregado</translation>
        </message>
        <message>
            <source>Undone: {kit} stock {change}</source>
            <translation>Deshecho: {kit} existencias {change}</translation>
        </message>
        <message>
            <source>Hand out one to {role}</source>
            <translation>Entregar uno a {role}</translation>
        </message>
        <message>
            <source>Hand out several…</source>
            <translation>Entregar varios…</translation>
        </message>
    </context>
    <context>
        <name>KitNameDialog</name>
        <message>
            <source>Rename kit</source>
            <translation>Cambiar nombre del kit</translation>
        </message>
        <message>
            <source>Add kit</source>
            <translation>Añadir kit</translation>
        </message>
        <message>
            <source>e.g. Earplugs</source>
            <translation>p. ej. Tapones para los oídos</translation>
        </message>
        <message>
            <source>Kit name</source>
            <translation>Nombre del kit</translation>
        </message>
        <message>
            <source>Kit &amp;name</source>
            <translation>&amp;Nombre del kit</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
    </context>
    <context>
        <name>KitTileButton</name>
        <message>
            <source>Key {key} · stock {stock} · below zero, count the box</source>
            <translation>Tecla {key} · existencias {stock} · bajo cero, cuenta la caja</translation>
        </message>
        <message>
            <source>Stock {stock} · below zero, count the box</source>
            <translation>Existencias {stock} · bajo cero, cuenta la caja</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock} · LOW</source>
            <translation>Tecla {key} · existencias {stock} · BAJO</translation>
        </message>
        <message>
            <source>Stock {stock} · LOW</source>
            <translation>Existencias {stock} · BAJO</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock}</source>
            <translation>Tecla {key} · existencias {stock}</translation>
        </message>
        <message>
            <source>Stock {stock}</source>
            <translation>Existencias {stock}</translation>
        </message>
        <message>
            <source>Tap to log one {kit} handed out. Right-click for more.</source>
            <translation>Toca para registrar una entrega de {kit}. Clic derecho para más.</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
            <translation>{kit}: {today} hoy, existencias {stock}, bajo cero: cuenta la caja</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, low</source>
            <translation>{kit}: {today} hoy, existencias {stock}, bajo</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}</source>
            <translation>{kit}: {today} hoy, existencias {stock}</translation>
        </message>
    </context>
    <context>
        <name>KitsTodayBox</name>
        <message>
            <source>Kits today</source>
            <translation>Kits de hoy</translation>
        </message>
        <message>
            <source>Kits handed out today</source>
            <translation>Kits entregados hoy</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out</source>
            <translation>
                <numerusform>%Ln kit entregado</numerusform>
                <numerusform>%Ln kits entregados</numerusform>
            </translation>
        </message>
        <message>
            <source>{kit}: {count}</source>
            <translation>{kit}: {count}</translation>
        </message>
        <message>
            <source>No kit types yet.</source>
            <translation>Aún no hay tipos de kit.</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
            <translation>⚠ {kit} en {location}: existencias {stock}, bajo cero: cuenta la caja</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
            <translation>⚠ {kit} en {location}: existencias {stock}, BAJO</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Add location</source>
            <translation>Añadir lugar</translation>
        </message>
        <message>
            <source>A place at {activation}, e.g. Wellness tent</source>
            <translation>Un lugar de {activation}, p. ej. Carpa de bienestar</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>LowStockDialog</name>
        <message>
            <source>Low-stock level</source>
            <translation>Nivel de existencias bajas</translation>
        </message>
        <message>
            <source>Warn when {kit} stock is at or below</source>
            <translation>Avisar cuando las existencias de {kit} lleguen a</translation>
        </message>
    </context>
    <context>
        <name>LunchRow</name>
        <message>
            <source>Lunch</source>
            <translation>Almuerzo</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Pausa para almorzar</translation>
        </message>
        <message>
            <source>Lunch starts</source>
            <translation>Inicio del almuerzo</translation>
        </message>
        <message>
            <source>Lunch ends</source>
            <translation>Fin del almuerzo</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Contador de kits</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Días de terapia</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Catálogo de kits</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activaciones</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <source>Resource directory: {problem}</source>
            <translation>Directorio de recursos: {problem}</translation>
        </message>
        <message>
            <source>No activation yet</source>
            <translation>Aún no hay ninguna activación</translation>
        </message>
        <message>
            <source>Create one under Activations</source>
            <translation>Cree una en Activaciones</translation>
        </message>
        <message>
            <source>{activation} · today: {stop}</source>
            <translation>{activation} · hoy: {stop}</translation>
        </message>
        <message>
            <source>{activation} · next: {stop}, {day}</source>
            <translation>{activation} · próxima parada: {stop}, {day}</translation>
        </message>
        <message>
            <source>{activation} · {place}</source>
            <translation>{activation} · {place}</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Gira</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
        <message>
            <source>{kind} · times in {zone}</source>
            <translation>{kind} · horas en {zone}</translation>
        </message>
        <message>
            <source>Wellness Desk</source>
            <translation>Wellness Desk</translation>
        </message>
        <message>
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>Activation &amp;report…</source>
            <translation>&amp;Informe de la activación…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About Wellness Desk</source>
            <translation>A&amp;cerca de Wellness Desk</translation>
        </message>
        <message>
            <source>Page header</source>
            <translation>Encabezado de la página</translation>
        </message>
        <message>
            <source>Sync: checking…</source>
            <translation>Sincronización: comprobando…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>About Wellness Desk</source>
            <translation>Acerca de Wellness Desk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
            <translation>Carpas de bienestar, entrega de kits y días de terapia en eventos de música en directo; funciona sin conexión a la red y solo envía recuentos anónimos.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>&amp;Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
            <translation>Software libre con licencia MIT. Iconos: Lucide (licencia ISC). Fuentes: DejaVu, Droid Sans Fallback y Symbola, con sus propias licencias (en la carpeta assets).</translation>
        </message>
        <message numerus="yes">
            <source>{file} (%n row(s))</source>
            <translation>
                <numerusform>{file} (%n fila)</numerusform>
                <numerusform>{file} (%n filas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {folder}: {files}</source>
            <translation>Guardado en {folder}: {files}</translation>
        </message>
        <message>
            <source>{text} — it holds names and contacts: keep it on this laptop</source>
            <translation>{text} — contiene nombres y contactos: no lo saques de este portátil</translation>
        </message>
        <message>
            <source>The daily backup was not made: {problem}</source>
            <translation>No se hizo la copia de seguridad diaria: {problem}</translation>
        </message>
        <message>
            <source>Restoring {file}…</source>
            <translation>Restaurando {file}…</translation>
        </message>
        <message>
            <source>The restore failed ({kind}); the current database was left as it was.</source>
            <translation>La restauración falló ({kind}); la base de datos actual quedó como estaba.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>Se restauró {file}: ahora es la base de datos. La base de datos que reemplazó se guarda como {aside}.

Wellness Desk se cierra ahora: ábralo de nuevo para continuar con los datos restaurados.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>Se restauró {file}: ahora es la base de datos.

Wellness Desk se cierra ahora: ábralo de nuevo para continuar con los datos restaurados.</translation>
        </message>
        <message>
            <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
            <translation>{problem}

Wellness Desk se cierra ahora: ábralo de nuevo para continuar (con la base de datos como estaba).</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>NewActivationDialog</name>
        <message>
            <source>New activation</source>
            <translation>Nueva activación</translation>
        </message>
        <message>
            <source>e.g. Riverside Sound Festival 2027</source>
            <translation>p. ej. Riverside Sound Festival 2027</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Primer día</translation>
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation>Ú&amp;ltimo día</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Zona horaria</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
    </context>
    <context>
        <name>NewDayDialog</name>
        <message>
            <source>New therapy day</source>
            <translation>Nuevo día de terapia</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Parada de la gira</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Terapeuta</translation>
        </message>
        <message>
            <source>e.g. LCSW, licensed in NY</source>
            <translation>p. ej. psicóloga sanitaria, colegiada en Madrid</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Titulación</translation>
        </message>
        <message>
            <source>phone or email (kept encrypted)</source>
            <translation>teléfono o correo (se guarda cifrado)</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Provider's contact</source>
            <translation>Contacto del terapeuta</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>A distancia</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>p. ej. {amount}</translation>
        </message>
        <message>
            <source>Cost per session</source>
            <translation>Coste por sesión</translation>
        </message>
        <message>
            <source>Cost per day</source>
            <translation>Coste por día</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Change the day's plan</source>
            <translation>Cambiar el plan del día</translation>
        </message>
        <message>
            <source>Booked slots do not fit</source>
            <translation>Los turnos reservados no caben</translation>
        </message>
        <message>
            <source>Keep those slots</source>
            <translation>Conservar esos turnos</translation>
        </message>
        <message>
            <source>Cancel those bookings</source>
            <translation>Cancelar esas reservas</translation>
        </message>
        <message>
            <source>Leave the day as it is</source>
            <translation>Dejar el día como está</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>What will be sent</source>
            <translation>Lo que se enviará</translation>
        </message>
        <message>
            <source>Nothing waits to be sent: the hub already holds every count.</source>
            <translation>No hay nada pendiente de envío: el hub ya tiene todos los recuentos.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
            <translation>
                <numerusform>%Ln celda de recuento, tal como se enviará (comprimida con gzip por el camino).</numerusform>
                <numerusform>%Ln celdas de recuento, tal como se enviarán (comprimidas con gzip por el camino).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They go to the hub in %Ln batch(es).</source>
            <translation>
                <numerusform>Van al hub en %Ln lote.</numerusform>
                <numerusform>Van al hub en %Ln lotes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln batch(es) are shown.</source>
            <translation>
                <numerusform>Se muestra el primer lote.</numerusform>
                <numerusform>Se muestran los primeros %Ln lotes.</numerusform>
            </translation>
        </message>
        <message>
            <source>What will be sent, exactly</source>
            <translation>Lo que se enviará, tal cual</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print cards and signs</source>
            <translation>Imprimir tarjetas y carteles</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Plantilla</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language of the card</source>
            <translation>Idioma de la tarjeta</translation>
        </message>
        <message>
            <source>e.g. green-room-chicago-2026</source>
            <translation>p. ej. green-room-chicago-2026</translation>
        </message>
        <message>
            <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
            <translation>Se añade al enlace (?src=…) para que el hub cuente qué carteles se escanean.</translation>
        </message>
        <message>
            <source>T&amp;ag</source>
            <translation>&amp;Etiqueta</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>&amp;Copies</source>
            <translation>&amp;Copias</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copias</translation>
        </message>
        <message>
            <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
            <translation>Un código ú&amp;nico en cada tarjeta (&amp;&amp;c=0001…)</translation>
        </message>
        <message>
            <source>A unique code on every card</source>
            <translation>Un código único en cada tarjeta</translation>
        </message>
        <message>
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <source>what the paper serves</source>
            <translation>lo que permite el papel</translation>
        </message>
        <message>
            <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
            <translation>Desde qué distancia se escanea un cartel: su código debe medir al menos una décima parte de esa distancia. En 0: tan lejos como lo permita el código en el papel elegido.</translation>
        </message>
        <message>
            <source>Scan &amp;distance (signs)</source>
            <translation>&amp;Distancia de escaneo (carteles)</translation>
        </message>
        <message>
            <source>Scan distance, in metres</source>
            <translation>Distancia de escaneo, en metros</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Elegir un archivo…</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>L&amp;ogotipo</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <source>In the &amp;middle of the QR code (stronger error correction)</source>
            <translation>En el &amp;centro del código QR (mayor corrección de errores)</translation>
        </message>
        <message>
            <source>Logo in the middle of the QR code</source>
            <translation>Logotipo en el centro del código QR</translation>
        </message>
        <message>
            <source>choose one in Resources: Print a card for this</source>
            <translation>elige uno en Recursos: Imprimir una tarjeta de esto</translation>
        </message>
        <message>
            <source>The number comes from the resource directory, as checked there.</source>
            <translation>El número viene del directorio de recursos, tal como se verificó allí.</translation>
        </message>
        <message>
            <source>&amp;Resource</source>
            <translation>&amp;Recurso</translation>
        </message>
        <message>
            <source>Resource name</source>
            <translation>Nombre del recurso</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>&amp;Número</translation>
        </message>
        <message>
            <source>Resource number</source>
            <translation>Número del recurso</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Horario</translation>
        </message>
        <message>
            <source>Resource hours</source>
            <translation>Horario del recurso</translation>
        </message>
        <message>
            <source>Why it cannot print</source>
            <translation>Por qué no se puede imprimir</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>Save the cards as a PDF (Ctrl+S)</source>
            <translation>Guardar las tarjetas como PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>Send the cards to a printer (Ctrl+P)</source>
            <translation>Enviar las tarjetas a una impresora (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Batch from a locations CSV…</source>
            <translation>&amp;Lote desde un CSV de lugares…</translation>
        </message>
        <message>
            <source>From the resource directory</source>
            <translation>Del directorio de recursos</translation>
        </message>
        <message>
            <source>Tour s&amp;heet…</source>
            <translation>&amp;Hoja de gira…</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines</source>
            <translation>La fecha y la ciudad de cada parada con las líneas de crisis de su país</translation>
        </message>
        <message>
            <source>Country car&amp;d…</source>
            <translation>&amp;Tarjeta de país…</translation>
        </message>
        <message>
            <source>Wallet cards with one country's crisis lines</source>
            <translation>Tarjetas de bolsillo con las líneas de crisis de un país</translation>
        </message>
        <message>
            <source>Save the cards as a PDF</source>
            <translation>Guardar las tarjetas como PDF</translation>
        </message>
        <message>
            <source>Print the cards</source>
            <translation>Imprimir las tarjetas</translation>
        </message>
        <message>
            <source>Batch signs from a locations CSV</source>
            <translation>Carteles en lote desde un CSV de lugares</translation>
        </message>
        <message>
            <source>Tour sheet from the resource directory</source>
            <translation>Hoja de gira del directorio de recursos</translation>
        </message>
        <message>
            <source>Country card from the resource directory</source>
            <translation>Tarjeta de país del directorio de recursos</translation>
        </message>
        <message>
            <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
            <translation>No hay número de línea de ayuda configurado: estas tarjetas y carteles se imprimen sin línea de ayuda. Configúralo en Archivo → Ajustes → Línea de ayuda.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation>Vista previa de la primera página</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Nada que imprimir</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Elegir un logotipo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg)</source>
            <translation>Imágenes (*.png *.jpg)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>this paper</source>
            <translation>este papel</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
            <translation>En {paper} el código mide {size} cm: se escanea desde unos {reach} m (se pidieron {asked} m).</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
            <translation>En {paper} el código mide {size} cm: se escanea desde unos {reach} m, la distancia para la que se imprime.</translation>
        </message>
        <message>
            <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
            <translation>Todavía no hay ningún recurso en la tarjeta: en Recursos, busca la línea y pulsa «Imprimir una tarjeta de esto».</translation>
        </message>
        <message>
            <source>Print wallet cards instead</source>
            <translation>Imprimir tarjetas de bolsillo</translation>
        </message>
        <message>
            <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
            <translation>Aún no hay nada que imprimir: tal como está, el trabajo se imprimiría mal. Lo que hay que corregir aparece debajo del formulario.</translation>
        </message>
        <message>
            <source>Back to the defaults</source>
            <translation>Volver a los valores predeterminados</translation>
        </message>
        <message>
            <source>Save cards</source>
            <translation>Guardar tarjetas</translation>
        </message>
        <message>
            <source>cards.pdf</source>
            <translation>tarjetas.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The last print is still being saved or sent: try again once it is done.</source>
            <translation>La última impresión aún se está guardando o enviando: vuelve a intentarlo cuando termine.</translation>
        </message>
        <message>
            <source>Locations CSV</source>
            <translation>CSV de lugares</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Save the signs of %n location(s)</source>
            <translation>
                <numerusform>Guardar los carteles de %n lugar</numerusform>
                <numerusform>Guardar los carteles de %n lugares</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
            <translation>Impreso una vez: los códigos únicos nunca se repiten, así que pide más copias en esta página y no en el diálogo de impresión.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>No se pudo iniciar la impresora.</translation>
        </message>
        <message>
            <source>Printing stopped, nothing recorded. {problem}</source>
            <translation>La impresión se detuvo, no se registró nada. {problem}</translation>
        </message>
        <message>
            <source>Sent to the printer. {note}</source>
            <translation>Enviado a la impresora. {note}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveStockDialog</name>
        <message>
            <source>Receive stock</source>
            <translation>Recibir existencias</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibidos</translation>
        </message>
        <message>
            <source>{kit} received at {location}</source>
            <translation>{kit} recibidos en {location}</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recibir</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Activation report</source>
            <translation>Informe de la activación</translation>
        </message>
        <message>
            <source>Make PDF</source>
            <translation>Crear PDF</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Todos los lugares</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>where to save the PDF</source>
            <translation>dónde guardar el PDF</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Elegir el archivo</translation>
        </message>
        <message>
            <source>F&amp;ile</source>
            <translation>A&amp;rchivo</translation>
        </message>
        <message>
            <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
            <translation>Totales principales frente a sus objetivos, gráficos con sus tablas, una tabla por día y lo que ha cambiado desde el último informe. No se muestran cifras de terapia menores de 5.</translation>
        </message>
        <message>
            <source>{activation} report.pdf</source>
            <translation>Informe {activation}.pdf</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>activación</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>No activation yet: create one in Activations</source>
            <translation>Aún no hay ninguna activación: crea una en Activaciones</translation>
        </message>
        <message>
            <source>File: say where to save the PDF</source>
            <translation>Archivo: indica dónde guardar el PDF</translation>
        </message>
    </context>
    <context>
        <name>ResourcePrintDialog</name>
        <message>
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months (marked so)</source>
            <translation>También las líneas sin verificar desde hace 12 meses (marcadas así)</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months</source>
            <translation>También las líneas sin verificar desde hace 12 meses</translation>
        </message>
        <message>
            <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
            <translation>Una línea verificada por última vez hace más de 12 meses no se imprime salvo que marques esto; entonces se imprime con la nota «no verificada desde &lt;fecha&gt;».</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problema con {field}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Reading the directory…</source>
            <translation>Leyendo el directorio…</translation>
        </message>
        <message>
            <source>Directory edition</source>
            <translation>Edición del directorio</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Cualquier idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <source>Kind of resource</source>
            <translation>Tipo de recurso</translation>
        </message>
        <message>
            <source>Search a name, a need, a city… (just type)</source>
            <translation>Busca un nombre, una necesidad, una ciudad… (solo escribe)</translation>
        </message>
        <message>
            <source>Search the resources</source>
            <translation>Buscar en los recursos</translation>
        </message>
        <message>
            <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
            <translation>Intro copia el primer número; Arriba y Abajo recorren los resultados; Escape borra los filtros</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Abierto ahora</translation>
        </message>
        <message>
            <source>Only what is open now</source>
            <translation>Solo lo que está abierto ahora</translation>
        </message>
        <message>
            <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
            <translation>Intro copia el primer número · ↑ ↓ recorren los resultados · Esc borra los filtros</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Borrar la búsqueda y los filtros</translation>
        </message>
        <message>
            <source>Show the rest of the results</source>
            <translation>Mostrar el resto de los resultados</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <source>The directory has no entry for {country}.</source>
            <translation>El directorio no tiene ninguna entrada para {country}.</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Borrar los filtros</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more result(s)</source>
            <translation>
                <numerusform>Mostrar %n resultado más</numerusform>
                <numerusform>Mostrar %n resultados más</numerusform>
            </translation>
        </message>
        <message>
            <source>These lines go together</source>
            <translation>Estas líneas van juntas</translation>
        </message>
        <message>
            <source>Paired lines: {names}</source>
            <translation>Líneas emparejadas: {names}</translation>
        </message>
        <message>
            <source>any country</source>
            <translation>cualquier país</translation>
        </message>
        <message>
            <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
            <translation>Nada coincide con «{words}» en {where}. Prueba con menos letras o borra los filtros; la línea de ayuda de arriba siempre está ahí.</translation>
        </message>
        <message>
            <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
            <translation>No hay ningún recurso en {where} con estos filtros. Bórralos para ver más; la línea de ayuda de arriba siempre está ahí.</translation>
        </message>
        <message>
            <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
            <translation>El directorio aún no tiene recursos: llegan con la aplicación y con cada sincronización. La línea de ayuda de arriba siempre está ahí.</translation>
        </message>
        <message>
            <source>Filters cleared: every resource in the directory</source>
            <translation>Filtros borrados: todos los recursos del directorio</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>sin número</translation>
        </message>
        <message>
            <source>{position} of {count}: {name}, {number}</source>
            <translation>{position} de {count}: {name}, {number}</translation>
        </message>
        <message>
            <source>Copied {number}: {kind}, {name}</source>
            <translation>Copiado {number}: {kind}, {name}</translation>
        </message>
        <message>
            <source>Nothing to copy: no result.</source>
            <translation>Nada que copiar: no hay resultados.</translation>
        </message>
        <message>
            <source>{name} lists no number.</source>
            <translation>{name} no tiene ningún número.</translation>
        </message>
        <message>
            <source>Copied {number}: {name}</source>
            <translation>Copiado {number}: {name}</translation>
        </message>
        <message>
            <source>{name} is a favourite: shown first</source>
            <translation>{name} es un favorito: se muestra primero</translation>
        </message>
        <message>
            <source>{name} is no longer a favourite</source>
            <translation>{name} ya no es un favorito</translation>
        </message>
        <message>
            <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
            <translation>Anotado que {number} no funcionó: se cuenta para que el hub lo vuelva a verificar.</translation>
        </message>
        <message>
            <source>No card for {number}: {problem}.</source>
            <translation>No hay tarjeta para {number}: {problem}.</translation>
        </message>
        <message>
            <source>The directory could not be read. {problem}</source>
            <translation>No se pudo leer el directorio. {problem}</translation>
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <source>Favourite: shown first for this country</source>
            <translation>Favorito: se muestra primero para este país</translation>
        </message>
        <message>
            <source>Print a card for this</source>
            <translation>Imprimir una tarjeta de esto</translation>
        </message>
        <message>
            <source>No number listed: see the organization's website.</source>
            <translation>No figura ningún número: consulta la web de la organización.</translation>
        </message>
        <message>
            <source>Remove {name} from favourites</source>
            <translation>Quitar {name} de favoritos</translation>
        </message>
        <message>
            <source>Add {name} to favourites</source>
            <translation>Añadir {name} a favoritos</translation>
        </message>
        <message>
            <source>Print a card for {name}</source>
            <translation>Imprimir una tarjeta de {name}</translation>
        </message>
        <message>
            <source>Any country</source>
            <translation>Cualquier país</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Sin verificar</translation>
        </message>
        <message>
            <source>✕ Stale: last verified {date}</source>
            <translation>✕ Caducado: verificado por última vez el {date}</translation>
        </message>
        <message>
            <source>⚠ Verified {date}, over 6 months ago</source>
            <translation>⚠ Verificado el {date}, hace más de 6 meses</translation>
        </message>
        <message>
            <source>✓ Verified {date}</source>
            <translation>✓ Verificado el {date}</translation>
        </message>
    </context>
    <context>
        <name>RhythmFields</name>
        <message>
            <source>Day starts</source>
            <translation>Inicio del día</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>Fin del día</translation>
        </message>
        <message>
            <source>Day window</source>
            <translation>Horario del día</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Pausa para almorzar</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Schedule</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>Add a session to the program (Ctrl+N)</source>
            <translation>Añadir una sesión al programa (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importar CSV…</translation>
        </message>
        <message>
            <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
            <translation>Añade un programa entero desde un archivo CSV (consulta el README para ver sus columnas). Un archivo con alguna línea errónea no añade nada.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Export the program</source>
            <translation>Exportar el programa</translation>
        </message>
        <message>
            <source>Day program</source>
            <translation>Programa del día</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Cronograma</translation>
        </message>
        <message>
            <source>S&amp;pace:</source>
            <translation>&amp;Espacio:</translation>
        </message>
        <message>
            <source>Space filter</source>
            <translation>Filtro de espacio</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtro de tipo</translation>
        </message>
        <message>
            <source>F&amp;acilitator:</source>
            <translation>&amp;Facilitador:</translation>
        </message>
        <message>
            <source>Facilitator filter</source>
            <translation>Filtro de facilitador</translation>
        </message>
        <message>
            <source>Sessions of the day</source>
            <translation>Sesiones del día</translation>
        </message>
        <message>
            <source>Enter or a double click opens a session.</source>
            <translation>Intro o un doble clic abre una sesión.</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Lista</translation>
        </message>
        <message>
            <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
            <translation>Aún no hay ninguna activación. Crea un festival o una gira en Activaciones, añade sus espacios y planifica aquí su programa.</translation>
        </message>
        <message>
            <source>Go to Activations</source>
            <translation>Ir a Activaciones</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Facilitadores</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Aforo</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Asistentes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Completa</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <source>Schedule · {activation}</source>
            <translation>Programa · {activation}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
            <translation>
                <numerusform>⚠ %n sesión con un conflicto este día (con borde rojo; pasa el ratón o ábrela para ver por qué)</numerusform>
                <numerusform>⚠ %n sesiones con un conflicto este día (con borde rojo; pasa el ratón o abre una para ver por qué)</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Calendar (.ics), whole program…</source>
            <translation>Calendario (.ics), programa completo…</translation>
        </message>
        <message>
            <source>Calendar (.ics), one space</source>
            <translation>Calendario (.ics), un espacio</translation>
        </message>
        <message>
            <source>{space}…</source>
            <translation>{space}…</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>Day program PDF ({paper})…</source>
            <translation>PDF del programa del día ({paper})…</translation>
        </message>
        <message>
            <source>Import a workshop program</source>
            <translation>Importar un programa de talleres</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <source>program.ics</source>
            <translation>programa.ics</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendario (*.ics)</translation>
        </message>
        <message>
            <source>Save the day program</source>
            <translation>Guardar el programa del día</translation>
        </message>
        <message>
            <source>program.pdf</source>
            <translation>programa.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n workshop(s).</source>
            <translation>
                <numerusform>%n taller importado.</numerusform>
                <numerusform>%n talleres importados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado: {path}</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path}: %n page(s)</source>
            <translation>
                <numerusform>Guardado {path}: %n página</numerusform>
                <numerusform>Guardado {path}: %n páginas</numerusform>
            </translation>
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
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>Mostrar los atajos de teclado</translation>
        </message>
        <message>
            <source>Go to the first … ninth section of the sidebar</source>
            <translation>Ir a la primera … novena sección de la barra lateral</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Abrir Ajustes</translation>
        </message>
        <message>
            <source>Quit Wellness Desk</source>
            <translation>Salir de Wellness Desk</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Contador de kits</translation>
        </message>
        <message>
            <source>Hand out one kit of the first … ninth tile</source>
            <translation>Entregar un kit de la primera … novena casilla</translation>
        </message>
        <message>
            <source>Undo the last hand-out</source>
            <translation>Deshacer la última entrega</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Type anywhere on the page to search</source>
            <translation>Escribe en cualquier parte de la página para buscar</translation>
        </message>
        <message>
            <source>Move through the numbers found</source>
            <translation>Recorrer los números encontrados</translation>
        </message>
        <message>
            <source>Copy the chosen number</source>
            <translation>Copiar el número elegido</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Borrar la búsqueda y los filtros</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <source>Move between sessions (across spaces, in time)</source>
            <translation>Moverse entre sesiones (entre espacios, en el tiempo)</translation>
        </message>
        <message>
            <source>First or last session of the space</source>
            <translation>Primera o última sesión del espacio</translation>
        </message>
        <message>
            <source>Open the chosen session</source>
            <translation>Abrir la sesión elegida</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Días de terapia</translation>
        </message>
        <message>
            <source>Move through the slots</source>
            <translation>Recorrer las franjas</translation>
        </message>
        <message>
            <source>The chosen slot's main action (book, check in)</source>
            <translation>La acción principal de la franja elegida (reservar, registrar llegada)</translation>
        </message>
        <message>
            <source>All actions on the chosen slot</source>
            <translation>Todas las acciones de la franja elegida</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Save the cards or signs as a PDF</source>
            <translation>Guardar las tarjetas o carteles como PDF</translation>
        </message>
        <message>
            <source>Print the cards or signs</source>
            <translation>Imprimir las tarjetas o carteles</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Diálogos</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>Campo siguiente o anterior</translation>
        </message>
        <message>
            <source>OK: save what the dialog holds</source>
            <translation>Aceptar: guardar lo que tiene el diálogo</translation>
        </message>
        <message>
            <source>Cancel: close without saving</source>
            <translation>Cancelar: cerrar sin guardar</translation>
        </message>
    </context>
    <context>
        <name>SpaceCard</name>
        <message>
            <source>At the door</source>
            <translation>En la puerta</translation>
        </message>
        <message>
            <source>Nothing on now</source>
            <translation>Nada en curso ahora</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (cancelada)</translation>
        </message>
        <message>
            <source>Now: {title}{cancelled}</source>
            <translation>Ahora: {title}{cancelled}</translation>
        </message>
        <message>
            <source>{count} of {capacity}</source>
            <translation>{count} de {capacity}</translation>
        </message>
        <message>
            <source>{count} in</source>
            <translation>{count} dentro</translation>
        </message>
        <message>
            <source>Headcount of {title}</source>
            <translation>Asistentes a {title}</translation>
        </message>
        <message>
            <source>Next: {title}, {times}</source>
            <translation>Después: {title}, {times}</translation>
        </message>
        <message>
            <source>Nothing next today</source>
            <translation>Nada más hoy</translation>
        </message>
        <message>
            <source>Count at the door for {space}</source>
            <translation>Contar en la puerta de {space}</translation>
        </message>
    </context>
    <context>
        <name>SpaceHeader</name>
        <message>
            <source>Spaces: {names}</source>
            <translation>Espacios: {names}</translation>
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation>Aforo: {capacity}</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Nothing new to send</source>
            <translation>Nada nuevo que enviar</translation>
        </message>
        <message>
            <source>Hub unreachable</source>
            <translation>Hub inaccesible</translation>
        </message>
        <message>
            <source>Refused: reconnect this laptop</source>
            <translation>Rechazado: vuelve a conectar este portátil</translation>
        </message>
        <message>
            <source>Hub busy, waited</source>
            <translation>Hub ocupado, se esperó</translation>
        </message>
        <message>
            <source>Hub had a problem</source>
            <translation>El hub tuvo un problema</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>Batch refused, set aside</source>
            <translation>Lote rechazado, apartado</translation>
        </message>
        <message>
            <source>Time up, the rest waits</source>
            <translation>Se acabó el tiempo, el resto espera</translation>
        </message>
        <message>
            <source>Put back from a copy: the hub's later counts kept</source>
            <translation>Restaurado desde una copia: se conservan los recuentos posteriores del hub</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Desconectado</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>{when} UTC</source>
            <translation>{when} UTC</translation>
        </message>
        <message>
            <source>Sync with the hub</source>
            <translation>Sincronizar con el hub</translation>
        </message>
        <message>
            <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
            <translation>De este portátil solo salen recuentos anónimos (kits repartidos, sesiones realizadas y asistentes, sesiones de terapia, tarjetas impresas), nunca nombres, contactos ni notas. La vista previa muestra los bytes exactos.</translation>
        </message>
        <message>
            <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
            <translation>Este portátil aún no envía sus recuentos a ningún hub. Pide un código de inscripción a la coordinación y conéctate.</translation>
        </message>
        <message>
            <source>Connect to a hub…</source>
            <translation>Conectar a un hub…</translation>
        </message>
        <message>
            <source>Connect to a hub</source>
            <translation>Conectar a un hub</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Estado de la sincronización</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>Cambios pendientes</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>Counted there as</source>
            <translation>Allí se cuenta como</translation>
        </message>
        <message>
            <source>Sends the counts of</source>
            <translation>Envía los recuentos de</translation>
        </message>
        <message>
            <source>Last problem</source>
            <translation>Último problema</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Preview what will be sent…</source>
            <translation>Ver lo que se enviará…</translation>
        </message>
        <message>
            <source>Connect to another hub…</source>
            <translation>Conectar a otro hub…</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Desconectar</translation>
        </message>
        <message>
            <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
            <translation>Deja de enviar. Los recuentos se quedan en este portátil; el hub conserva lo que tiene.</translation>
        </message>
        <message>
            <source>Past syncs</source>
            <translation>Sincronizaciones anteriores</translation>
        </message>
        <message>
            <source>newest first</source>
            <translation>las más recientes primero</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Celdas</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
            <translation>Apartados para que no bloqueen el resto; vuelve a enviar uno cuando el hub esté arreglado.</translation>
        </message>
        <message>
            <source>Hub's answer</source>
            <translation>Respuesta del hub</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Batches the hub refused</source>
            <translation>Lotes que el hub rechazó</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>contando…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Batches the hub refused ({count})</source>
            <translation>Lotes que el hub rechazó ({count})</translation>
        </message>
        <message>
            <source>Batches the hub refused: none</source>
            <translation>Lotes que el hub rechazó: ninguno</translation>
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation>HTTP {status}</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Reenviar</translation>
        </message>
        <message>
            <source>Send again the batch refused at {when}</source>
            <translation>Reenviar el lote rechazado el {when}</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Disconnect from the hub</source>
            <translation>Desconectar del hub</translation>
        </message>
        <message>
            <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
            <translation>¿Dejar de enviar recuentos a este hub? Los recuentos se quedan en este portátil y el hub conserva lo que tiene. Para volver a conectar hará falta un código nuevo de la coordinación.</translation>
        </message>
        <message>
            <source>Connected to the hub as “{name}”.</source>
            <translation>Conectado al hub como «{name}».</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Sincronizado</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <source>Sync: checking…</source>
            <translation>Sincronización: comprobando…</translation>
        </message>
        <message>
            <source>Sync: not connected to a hub</source>
            <translation>Sincronización: sin conexión a un hub</translation>
        </message>
        <message>
            <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
            <translation>Sincronización detenida: el hub ya no acepta este portátil; vuelve a conectarlo en la página Sincronizar</translation>
        </message>
        <message>
            <source>Sending {activation}: all sent</source>
            <translation>Enviando {activation}: todo enviado</translation>
        </message>
        <message numerus="yes">
            <source>Sending {activation}: %n change(s) waiting</source>
            <translation>
                <numerusform>Enviando {activation}: %n cambio pendiente</numerusform>
                <numerusform>Enviando {activation}: %n cambios pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>aún sin sincronizar</translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) refused (see the Sync page)</source>
            <translation>
                <numerusform>%n lote rechazado (ver la página Sincronizar)</numerusform>
                <numerusform>%n lotes rechazados (ver la página Sincronizar)</numerusform>
            </translation>
        </message>
        <message>
            <source>synced at {time} UTC</source>
            <translation>sincronizado a las {time} UTC</translation>
        </message>
        <message>
            <source>synced on {date} at {time} UTC</source>
            <translation>sincronizado el {date} a las {time} UTC</translation>
        </message>
        <message>
            <source>synced at {time}</source>
            <translation>sincronizado a las {time}</translation>
        </message>
        <message>
            <source>synced on {date} at {time}</source>
            <translation>sincronizado el {date} a las {time}</translation>
        </message>
        <message>
            <source>Sync: off (the database could not be opened)</source>
            <translation>Sincronización: desactivada (no se pudo abrir la base de datos)</translation>
        </message>
        <message>
            <source>The database is not open, so this laptop cannot connect.</source>
            <translation>La base de datos no está abierta, así que este portátil no puede conectarse.</translation>
        </message>
        <message>
            <source>Sync not recorded: {problem}</source>
            <translation>Sincronización no registrada: {problem}</translation>
        </message>
        <message>
            <source>Sync: something went wrong ({kind}); nothing was lost.</source>
            <translation>Sincronización: algo salió mal ({kind}); no se ha perdido nada.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cannot open the database {path} ({kind}).</source>
            <translation>No se puede abrir la base de datos {path} ({kind}).</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}): that action was NOT saved.</source>
            <translation>Algo salió mal ({kind}): esa acción NO se ha guardado.</translation>
        </message>
    </context>
    <context>
        <name>TherapyPage</name>
        <message>
            <source>Therapy days</source>
            <translation>Días de terapia</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Día:</translation>
        </message>
        <message>
            <source>Therapy day</source>
            <translation>Día de terapia</translation>
        </message>
        <message>
            <source>New therapy day…</source>
            <translation>Nuevo día de terapia…</translation>
        </message>
        <message>
            <source>New therapy day</source>
            <translation>Nuevo día de terapia</translation>
        </message>
        <message>
            <source>Print / export</source>
            <translation>Imprimir / exportar</translation>
        </message>
        <message>
            <source>Print or export</source>
            <translation>Imprimir o exportar</translation>
        </message>
        <message>
            <source>PIN or passphrase</source>
            <translation>PIN o frase de contraseña</translation>
        </message>
        <message>
            <source>again, to confirm</source>
            <translation>otra vez, para confirmar</translation>
        </message>
        <message>
            <source>PIN or passphrase, again</source>
            <translation>PIN o frase de contraseña, otra vez</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Bloquear ahora</translation>
        </message>
        <message>
            <source>Lock now: hide the names</source>
            <translation>Bloquear ahora: ocultar los nombres</translation>
        </message>
        <message>
            <source>Therapy budget…</source>
            <translation>Presupuesto de terapia…</translation>
        </message>
        <message>
            <source>Add a slot by hand…</source>
            <translation>Añadir un turno a mano…</translation>
        </message>
        <message>
            <source>Change the day's plan…</source>
            <translation>Cambiar el plan del día…</translation>
        </message>
        <message>
            <source>Slots of the day</source>
            <translation>Turnos del día</translation>
        </message>
        <message>
            <source>Arrows move between slots; Enter does the slot's main action; the menu key lists everything you can do with it.</source>
            <translation>Las flechas pasan de un turno a otro; Intro hace la acción principal del turno; la tecla de menú muestra todo lo que se puede hacer con él.</translation>
        </message>
        <message>
            <source>This day has no slots left: add one by hand, or lay the day out again.</source>
            <translation>Este día ya no tiene turnos: añade uno a mano o vuelve a planificar el día.</translation>
        </message>
        <message>
            <source>Selected slot</source>
            <translation>Turno seleccionado</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>Reservar…</translation>
        </message>
        <message>
            <source>Mark attended</source>
            <translation>Marcar como asistida</translation>
        </message>
        <message>
            <source>Mark no-show</source>
            <translation>Marcar como no presentado</translation>
        </message>
        <message>
            <source>Back to booked</source>
            <translation>Volver a reservada</translation>
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation>Cancelar la reserva…</translation>
        </message>
        <message>
            <source>Late cancel…</source>
            <translation>Cancelación tardía…</translation>
        </message>
        <message>
            <source>Block slot</source>
            <translation>Bloquear el turno</translation>
        </message>
        <message>
            <source>Undo attended or no-show: the session is booked again.</source>
            <translation>Deshace asistida o no presentado: la sesión vuelve a estar reservada.</translation>
        </message>
        <message>
            <source>The slot becomes free, but the session stays billable.</source>
            <translation>El turno queda libre, pero la sesión sigue siendo facturable.</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Lista de espera</translation>
        </message>
        <message>
            <source>Book the selected slot for them</source>
            <translation>Reservarle el turno seleccionado</translation>
        </message>
        <message>
            <source>Add to waitlist…</source>
            <translation>Añadir a la lista de espera…</translation>
        </message>
        <message>
            <source>Add to waitlist</source>
            <translation>Añadir a la lista de espera</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from the waitlist</source>
            <translation>Quitar de la lista de espera</translation>
        </message>
        <message>
            <source>Type the PIN or passphrase first.</source>
            <translation>Escribe primero el PIN o la frase de contraseña.</translation>
        </message>
        <message>
            <source>The two entries differ: type the same PIN or passphrase twice.</source>
            <translation>Las dos entradas no coinciden: escribe el mismo PIN o frase dos veces.</translation>
        </message>
        <message>
            <source>Unlocked: names are shown. {how}</source>
            <translation>Desbloqueado: se muestran los nombres. {how}</translation>
        </message>
        <message numerus="yes">
            <source>{text} (wait %n s)</source>
            <translation>
                <numerusform>{text} (espera %n s)</numerusform>
                <numerusform>{text} (espera %n s)</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>frase de contraseña</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Configurar</translation>
        </message>
        <message>
            <source>Therapy days belong to a tour: pick or create one under Activations.</source>
            <translation>Los días de terapia pertenecen a una gira: elige o crea una en Activaciones.</translation>
        </message>
        <message>
            <source>Therapy days · {tour}</source>
            <translation>Días de terapia · {tour}</translation>
        </message>
        <message>
            <source>{stop} · {provider}</source>
            <translation>{stop} · {provider}</translation>
        </message>
        <message>
            <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
            <translation>Aún no hay ningún día de terapia: planifica el primero, con su terapeuta, horario y costes.</translation>
        </message>
        <message>
            <source>Plan the first therapy day</source>
            <translation>Planificar el primer día de terapia</translation>
        </message>
        <message>
            <source>No therapy day yet: add the tour's stops under Activations, then plan the first therapy day here.</source>
            <translation>Aún no hay ningún día de terapia: añade las paradas de la gira en Activaciones y luego planifica aquí el primer día de terapia.</translation>
        </message>
        <message>
            <source>No therapy budget set.</source>
            <translation>Sin presupuesto de terapia.</translation>
        </message>
        <message>
            <source>Set a therapy budget…</source>
            <translation>Fijar un presupuesto de terapia…</translation>
        </message>
        <message>
            <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
            <translation>Presupuesto de terapia {amount} · gastado {spent} · comprometido {committed}</translation>
        </message>
        <message>
            <source>Over budget: remaining {remaining}</source>
            <translation>Presupuesto superado: queda {remaining}</translation>
        </message>
        <message>
            <source>Remaining {remaining}</source>
            <translation>Queda {remaining}</translation>
        </message>
        <message>
            <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
            <translation>Presupuesto de terapia {amount}: gastado {spent}, comprometido {committed}, queda {remaining}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>{provider} · %n slot(s) free of {total}</source>
            <translation>
                <numerusform>{provider} · %n turno libre de {total}</numerusform>
                <numerusform>{provider} · %n turnos libres de {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Name hidden</source>
            <translation>Nombre oculto</translation>
        </message>
        <message>
            <source>{time}, {status}</source>
            <translation>{time}, {status}</translation>
        </message>
        <message>
            <source>name hidden</source>
            <translation>nombre oculto</translation>
        </message>
        <message>
            <source>{time}, {status}, {person}, {role}</source>
            <translation>{time}, {status}, {person}, {role}</translation>
        </message>
        <message>
            <source>Unblock slot</source>
            <translation>Desbloquear el turno</translation>
        </message>
        <message>
            <source>No slot selected</source>
            <translation>Ningún turno seleccionado</translation>
        </message>
        <message>
            <source>Pick a slot in the day column to see what you can do with it.</source>
            <translation>Elige un turno en la columna del día para ver qué puedes hacer con él.</translation>
        </message>
        <message>
            <source>{person} · {role}</source>
            <translation>{person} · {role}</translation>
        </message>
        <message>
            <source>Unlock the section to book: a booking takes a name.</source>
            <translation>Desbloquea la sección para reservar: una reserva lleva un nombre.</translation>
        </message>
        <message>
            <source>Free: book someone, or block it so nobody can.</source>
            <translation>Libre: reserva a alguien o bloquéalo para que nadie pueda.</translation>
        </message>
        <message>
            <source>Blocked: nobody can book it until it is unblocked.</source>
            <translation>Bloqueado: nadie puede reservarlo hasta que se desbloquee.</translation>
        </message>
        <message>
            <source>After the session, mark it attended or a no-show.</source>
            <translation>Después de la sesión, márcala como asistida o no presentado.</translation>
        </message>
        <message>
            <source>The session was held (or missed): only undoing that is left.</source>
            <translation>La sesión se celebró (o no se presentó nadie): solo queda deshacerlo.</translation>
        </message>
        <message>
            <source>Unlock the section first: a booking takes a name.</source>
            <translation>Desbloquea primero la sección: una reserva lleva un nombre.</translation>
        </message>
        <message>
            <source>Slot actions</source>
            <translation>Acciones del turno</translation>
        </message>
        <message>
            <source>The section locked itself: unlock it and book again.</source>
            <translation>La sección se ha bloqueado sola: desbloquéala y vuelve a reservar.</translation>
        </message>
        <message>
            <source>Book a session</source>
            <translation>Reservar una sesión</translation>
        </message>
        <message>
            <source>Booked.</source>
            <translation>Reservado.</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Aún no ha empezado</translation>
        </message>
        <message>
            <source>Late cancel</source>
            <translation>Cancelación tardía</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Cancelar la reserva</translation>
        </message>
        <message>
            <source>Cancelled: the slot is free again.</source>
            <translation>Cancelada: el turno vuelve a estar libre.</translation>
        </message>
        <message>
            <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
            <translation>Cancelada. Hay alguien esperando: ofrece el turno al primero de la lista de espera.</translation>
        </message>
        <message>
            <source>Therapist's day sheet with names (PDF)…</source>
            <translation>Hoja del día para la terapeuta, con nombres (PDF)…</translation>
        </message>
        <message>
            <source>Crew sign-up sheet, times only (PDF)…</source>
            <translation>Hoja de inscripción para el equipo, solo horarios (PDF)…</translation>
        </message>
        <message>
            <source>Provider's day calendar, no names (.ics)…</source>
            <translation>Calendario del día para la terapeuta, sin nombres (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, no name (.ics)…</source>
            <translation>Invitación para la reserva seleccionada, sin nombre (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, WITH the client's name (.ics)…</source>
            <translation>Invitación para la reserva seleccionada, CON el nombre de la persona (.ics)…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado {path}</translation>
        </message>
        <message>
            <source>Booked from the waitlist.</source>
            <translation>Reservado desde la lista de espera.</translation>
        </message>
        <message>
            <source>The day was laid out again.</source>
            <translation>Se ha vuelto a planificar el día.</translation>
        </message>
        <message>
            <source>Add to the waitlist</source>
            <translation>Añadir a la lista de espera</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Completa</translation>
        </message>
        <message>
            <source>Full: </source>
            <translation>Completa: </translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {capacity}</source>
            <translation>
                <numerusform>%n de {capacity}</numerusform>
                <numerusform>%n de {capacity}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} · {people}</source>
            <translation>{title} · {people}</translation>
        </message>
        <message>
            <source>{time} · {state}</source>
            <translation>{time} · {state}</translation>
        </message>
        <message>
            <source>{title}, {time}, {space}, {count}</source>
            <translation>{title}, {time}, {space}, {count}</translation>
        </message>
        <message>
            <source>{session}, {state}</source>
            <translation>{session}, {state}</translation>
        </message>
        <message>
            <source>With {people}</source>
            <translation>Con {people}</translation>
        </message>
        <message>
            <source>{time} · {space} · {kind}</source>
            <translation>{time} · {space} · {kind}</translation>
        </message>
        <message>
            <source>{count} · {state}</source>
            <translation>{count} · {state}</translation>
        </message>
        <message>
            <source>No spaces yet: add the tents and rooms under Activations.</source>
            <translation>Aún no hay espacios: añade las carpas y salas en Activaciones.</translation>
        </message>
        <message>
            <source>Day timeline</source>
            <translation>Cronograma del día</translation>
        </message>
        <message>
            <source>Arrow keys move between sessions; Enter opens the focused one.</source>
            <translation>Las flechas mueven entre sesiones; Intro abre la seleccionada.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
            <translation>Aún no hay ninguna activación. Crea el festival o la gira en la que trabajas y Hoy mostrará sus espacios, kits y puerta.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Crear una activación</translation>
        </message>
        <message>
            <source>Now and next</source>
            <translation>Ahora y después</translation>
        </message>
        <message>
            <source>Now and next in every space</source>
            <translation>Ahora y a continuación en cada espacio</translation>
        </message>
        <message>
            <source>Today · {activation} · {day} {time}</source>
            <translation>Hoy · {activation} · {day} {time}</translation>
        </message>
        <message>
            <source>No spaces yet: add them under Activations.</source>
            <translation>Aún no hay espacios: añádelos en Activaciones.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Abrir Activaciones</translation>
        </message>
        <message>
            <source>No sessions today. Plan them in the schedule.</source>
            <translation>No hay sesiones hoy. Prográmalas en el horario.</translation>
        </message>
        <message>
            <source>Open the schedule</source>
            <translation>Abrir el horario</translation>
        </message>
    </context>
    <context>
        <name>TourSheetDialog</name>
        <message>
            <source>Tour sheet</source>
            <translation>Hoja de gira</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Gira</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Gira</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language of the sheet</source>
            <translation>Idioma de la hoja</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
            <translation>La fecha y la ciudad de cada parada con las líneas de crisis de su país y algunos servicios, del directorio de recursos; la línea de ayuda, de Ajustes.</translation>
        </message>
        <message>
            <source>No tour yet: create one in Activations</source>
            <translation>Aún no hay ninguna gira: crea una en Activaciones</translation>
        </message>
    </context>
    <context>
        <name>TourStopDialog</name>
        <message>
            <source>Change {stop}</source>
            <translation>Cambiar {stop}</translation>
        </message>
        <message>
            <source>Add a stop to {tour}</source>
            <translation>Añadir una parada a {tour}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>The tour runs {start} to {end}.</source>
            <translation>La gira va del {start} al {end}.</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;Ciudad</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>e.g. US</source>
            <translation>p. ej. US</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Recinto</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Recinto</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Zona horaria</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <source>Edit workshop</source>
            <translation>Editar taller</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <source>e.g. Morning breathwork</source>
            <translation>p. ej. Respiración matinal</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>New kind…</source>
            <translation>Nuevo tipo…</translation>
        </message>
        <message>
            <source>New kind of session</source>
            <translation>Nuevo tipo de sesión</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>S&amp;pace</source>
            <translation>&amp;Espacio</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Empieza a las</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Termina a las</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Nombres, separados por comas</translation>
        </message>
        <message>
            <source>&amp;Facilitators</source>
            <translation>&amp;Facilitadores</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Facilitadores</translation>
        </message>
        <message>
            <source>The space's</source>
            <translation>La del espacio</translation>
        </message>
        <message>
            <source>People who can take part; 0 uses what the space holds.</source>
            <translation>Personas que pueden participar; 0 usa el aforo del espacio.</translation>
        </message>
        <message>
            <source>&amp;Capacity</source>
            <translation>&amp;Aforo</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Aforo</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;escripción</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Every day of the activation at this time</source>
            <translation>Todos los días de la activación a esta hora</translation>
        </message>
        <message>
            <source>Repeat every day of the activation</source>
            <translation>Repetir todos los días de la activación</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Repetir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>Put &amp;back on</source>
            <translation>&amp;Volver a programar</translation>
        </message>
        <message>
            <source>Cancel sessi&amp;on</source>
            <translation>Cancelar se&amp;sión</translation>
        </message>
        <message>
            <source>&amp;Mark held</source>
            <translation>&amp;Marcar como realizada</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>{day} (outside the dates)</source>
            <translation>{day} (fuera de las fechas)</translation>
        </message>
        <message>
            <source>Pick a space first.</source>
            <translation>Elige primero un espacio.</translation>
        </message>
        <message>
            <source>(ends the next day)</source>
            <translation>(termina al día siguiente)</translation>
        </message>
        <message>
            <source>You can save anyway; the program keeps the mark until it is fixed.</source>
            <translation>Puedes guardar igualmente; el programa mantiene la marca hasta que se corrija.</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Nuevo tipo</translation>
        </message>
        <message>
            <source>Kind of session (e.g. Drum circle):</source>
            <translation>Tipo de sesión (p. ej. Círculo de tambores):</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
            <translation>
                <numerusform>«{title}» empieza a las {time}, dentro de %n minuto. ¿Marcarla como realizada ahora?

Puedes deshacerlo desde la puerta en la página Hoy («Devolver (no realizada)»).</numerusform>
                <numerusform>«{title}» empieza a las {time}, dentro de %n minutos. ¿Marcarla como realizada ahora?

Puedes deshacerlo desde la puerta en la página Hoy («Devolver (no realizada)»).</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Marcar como realizada</translation>
        </message>
    </context>
    <context>
        <name>activations_page</name>
        <message>
            <source>Tent</source>
            <translation>Carpa</translation>
        </message>
        <message>
            <source>Green room</source>
            <translation>Camerino</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Parada de gira</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Gira</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Wellness Desk</source>
            <translation>Wellness Desk</translation>
        </message>
        <message>
            <source>{problem}

There is no backup of it in {folder} to put back.</source>
            <translation>{problem}

No hay ninguna copia de seguridad en {folder} que restaurar.</translation>
        </message>
        <message>
            <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
            <translation>{problem}

La copia de seguridad válida más reciente se hizo el {when}. Restaurarla pone esa copia en su lugar; el archivo dañado se aparta a su lado, no se borra. Lo que se contó después de la copia no está en ella.</translation>
        </message>
        <message>
            <source>Restore the newest backup ({when})…</source>
            <translation>Restaurar la copia más reciente ({when})…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
            <translation>¿Reemplazar la base de datos dañada por la copia de seguridad del {when}? El archivo dañado se conserva en {folder}.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
            <translation>Se restauró la copia de seguridad del {when}; el archivo dañado se apartó como {file}.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}.</source>
            <translation>Se restauró la copia de seguridad del {when}.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
            <translation>Algo salió mal dentro de Wellness Desk ({kind}). Se ha anotado en el registro en {log}; tus recuentos están guardados. Puedes seguir; si vuelve a pasar, envía ese archivo a quien se ocupe de la aplicación.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>Algo salió mal dentro de Wellness Desk ({kind}). No se pudo anotar en el registro (no se puede escribir en la carpeta {folder}); tus recuentos están guardados. Puedes seguir; si vuelve a pasar, avisa a quien se ocupe de la aplicación.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>Algo salió mal dentro de Wellness Desk ({kind}). No se pudo anotar en ningún registro; tus recuentos están guardados. Puedes seguir; si vuelve a pasar, avisa a quien se ocupe de la aplicación.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
    </context>
    <context>
        <name>kit_catalogue</name>
        <message>
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Naranja</translation>
        </message>
        <message>
            <source>Bluish green</source>
            <translation>Verde azulado</translation>
        </message>
        <message>
            <source>Reddish purple</source>
            <translation>Púrpura rojizo</translation>
        </message>
        <message>
            <source>Sky blue</source>
            <translation>Azul cielo</translation>
        </message>
        <message>
            <source>Vermilion</source>
            <translation>Bermellón</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Amarillo</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Gris</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rojo</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <source>Teal</source>
            <translation>Verde azulado oscuro</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Morado</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Negro</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Blanco</translation>
        </message>
    </context>
    <context>
        <name>kit_counter</name>
        <message>
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Artista</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Equipo técnico</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Personal del recinto</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>anyone</source>
            <comment>in a sentence: for anyone</comment>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>artists</source>
            <comment>in a sentence: for artists</comment>
            <translation>artistas</translation>
        </message>
        <message>
            <source>crew</source>
            <comment>in a sentence: for crew</comment>
            <translation>el equipo técnico</translation>
        </message>
        <message>
            <source>venue staff</source>
            <comment>in a sentence: for venue staff</comment>
            <translation>el personal del recinto</translation>
        </message>
        <message>
            <source>family</source>
            <comment>in a sentence: for family</comment>
            <translation>familiares</translation>
        </message>
        <message>
            <source>others</source>
            <comment>in a sentence: for others</comment>
            <translation>otras personas</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out</source>
            <translation>{kit} ×{count} entregado</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out · {role}</source>
            <translation>{kit} ×{count} entregado · {role}</translation>
        </message>
        <message>
            <source>{kit} +{count} received</source>
            <translation>{kit} +{count} recibido</translation>
        </message>
        <message>
            <source>{kit} count corrected ({change}): {reason}</source>
            <translation>{kit} recuento corregido ({change}): {reason}</translation>
        </message>
        <message>
            <source>{time}  {what}</source>
            <translation>{time}  {what}</translation>
        </message>
        <message>
            <source>{what}  — undone</source>
            <translation>{what}  — deshecho</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} ({role}) handed out</source>
            <translation>Deshacer: {kit} ×{count} ({role}) entregado</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} handed out</source>
            <translation>Deshacer: {kit} ×{count} entregado</translation>
        </message>
        <message>
            <source>Undo: {kit} ({role}) handed out</source>
            <translation>Deshacer: {kit} ({role}) entregado</translation>
        </message>
        <message>
            <source>Undo: {kit} handed out</source>
            <translation>Deshacer: {kit} entregado</translation>
        </message>
        <message>
            <source>Undo: {kit} +{count} received</source>
            <translation>Deshacer: {kit} +{count} recibido</translation>
        </message>
        <message>
            <source>Undo: {kit} count correction ({change})</source>
            <translation>Deshacer: corrección del recuento de {kit} ({change})</translation>
        </message>
        <message>
            <source>{what} at {time}</source>
            <translation>{what} a las {time}</translation>
        </message>
        <message>
            <source>Type how many, as a whole number</source>
            <translation>Escribe cuántos, como número entero</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number</source>
            <translation>«{text}» no es un número entero</translation>
        </message>
        <message>
            <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>Más de {most}, el máximo que puede registrar una entrega: revisa el número o regístralo en partes</translation>
        </message>
        <message>
            <source>Hand out at least 1</source>
            <translation>Entrega al menos 1</translation>
        </message>
        <message>
            <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>{count} es más de {most}, el máximo que puede registrar una entrega: revisa el número o regístralo en partes</translation>
        </message>
        <message>
            <source>That tap was not counted, so there is nothing to undo</source>
            <translation>Ese toque no se contó, así que no hay nada que deshacer</translation>
        </message>
    </context>
    <context>
        <name>resources_page</name>
        <message>
            <source>Crisis lines</source>
            <translation>Líneas de crisis</translation>
        </message>
        <message>
            <source>Counselling and therapy</source>
            <translation>Orientación y terapia</translation>
        </message>
        <message>
            <source>Financial aid</source>
            <translation>Ayuda económica</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Consumo de sustancias</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Apoyo entre pares</translation>
        </message>
        <message>
            <source>Music industry</source>
            <translation>Industria musical</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Línea de crisis</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>crisis line</source>
            <translation>línea de crisis</translation>
        </message>
        <message>
            <source>counselling</source>
            <translation>orientación</translation>
        </message>
        <message>
            <source>financial aid</source>
            <translation>ayuda económica</translation>
        </message>
        <message>
            <source>substance use</source>
            <translation>consumo de sustancias</translation>
        </message>
        <message>
            <source>peer support</source>
            <translation>apoyo entre pares</translation>
        </message>
        <message>
            <source>music industry</source>
            <translation>industria musical</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamar</translation>
        </message>
        <message>
            <source>Text (SMS)</source>
            <translation>Mensaje (SMS)</translation>
        </message>
        <message>
            <source>Textphone</source>
            <translation>Teléfono de texto</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <source>hours not known</source>
            <translation>horario desconocido</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>abierto ahora</translation>
        </message>
        <message>
            <source>closed now</source>
            <translation>cerrado ahora</translation>
        </message>
    </context>
    <context>
        <name>therapy_page</name>
        <message>
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Reservado</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistida</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No presentado</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Artista</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Equipo técnico</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Personal del recinto</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no budget currency set yet</source>
            <translation>aún sin moneda de presupuesto</translation>
        </message>
    </context>
    <context>
        <name>today_page</name>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>{count}/{capacity}</source>
            <translation>{count}/{capacity}</translation>
        </message>
        <message>
            <source>{count} in</source>
            <translation>{count} dentro</translation>
        </message>
        <message>
            <source>Now: —</source>
            <translation>Ahora: —</translation>
        </message>
        <message>
            <source>Next: —</source>
            <translation>Después: —</translation>
        </message>
        <message>
            <source>Now: {times} {title} (cancelled)</source>
            <translation>Ahora: {times} {title} (cancelada)</translation>
        </message>
        <message>
            <source>Next: {times} {title} (cancelled)</source>
            <translation>Después: {times} {title} (cancelada)</translation>
        </message>
        <message>
            <source>Now: {times} {title} · {people}</source>
            <translation>Ahora: {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Next: {times} {title} · {people}</source>
            <translation>Después: {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Kits per hour today</source>
            <translation>Kits por hora hoy</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Hoy aún no se ha entregado nada</translation>
        </message>
        <message>
            <source>Kits by type today</source>
            <translation>Kits por tipo hoy</translation>
        </message>
        <message>
            <source>Attendance against capacity</source>
            <translation>Asistencia frente a aforo</translation>
        </message>
        <message>
            <source>No sessions today</source>
            <translation>No hay sesiones hoy</translation>
        </message>
    </context>
</TS>
