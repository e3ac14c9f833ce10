<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name />
        <message>
            <source>activation name: must not be empty</source>
            <translation>nom de l'activation : ne peut pas être vide</translation>
        </message>
        <message>
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>type d'activation : {kind} n'est pas l'un de {kinds}</translation>
        </message>
        <message>
            <source>activation dates: end {end} is before start {start}</source>
            <translation>dates de l'activation : la fin {end} est avant le début {start}</translation>
        </message>
        <message>
            <source>activation name: {name} already exists</source>
            <translation>nom de l'activation : {name} existe déjà</translation>
        </message>
        <message>
            <source>activation {activation} does not exist</source>
            <translation>l'activation {activation} n'existe pas</translation>
        </message>
        <message>
            <source>location name: must not be empty</source>
            <translation>nom du lieu : ne peut pas être vide</translation>
        </message>
        <message>
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>type de lieu : {kind} n'est pas l'un de {location_kinds}</translation>
        </message>
        <message>
            <source>location name: {name} already exists in {activation}</source>
            <translation>nom du lieu : {name} existe déjà dans {activation}</translation>
        </message>
        <message>
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} est un festival : les étapes appartiennent aux tournées</translation>
        </message>
        <message>
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>date de l'étape : {date} est hors de {activation} (du {start_date} au {end_date})</translation>
        </message>
        <message>
            <source>city: must not be empty</source>
            <translation>ville : ne peut pas être vide</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop</source>
            <translation>{stop} n'est pas une étape de tournée</translation>
        </message>
        <message>
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop} : sa journée de thérapie a des réservations, donc la date et le fuseau horaire restent (annulez d'abord les réservations, ou ajoutez une nouvelle étape)</translation>
        </message>
        <message>
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop} : des ateliers y sont prévus, donc la date et le fuseau horaire restent (déplacez d'abord les ateliers)</translation>
        </message>
        <message>
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} a une journée de thérapie avec {count} réservation(s) : elle reste. Modifiez plutôt l'étape, ou gardez-la.</translation>
        </message>
        <message>
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} a une journée de thérapie : elle reste. Modifiez plutôt l'étape, ou gardez-la.</translation>
        </message>
        <message>
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} a des ateliers : elle reste.</translation>
        </message>
        <message>
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} a des kits enregistrés : elle reste.</translation>
        </message>
        <message>
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>capacité de l'espace : {capacity} n'est pas un nombre de personnes à partir de 1</translation>
        </message>
        <message>
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>battement entre séances : {minutes} n'est pas entre 0 et 1440 minutes</translation>
        </message>
        <message>
            <source>location {location} does not exist</source>
            <translation>le lieu {location} n'existe pas</translation>
        </message>
        <message>
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>cette activation n'a encore aucun lieu : ajoutez une tente ou une loge</translation>
        </message>
        <message>
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>le lieu {name} n'est pas dans cette activation (lieux : {known})</translation>
        </message>
        <message>
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path} : il n'y a pas encore de base de données ici, donc rien à sauvegarder.</translation>
        </message>
        <message>
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target} : un fichier de ce nom existe déjà (il n'a pas été touché) : choisissez un autre nom.</translation>
        </message>
        <message>
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target} : c'est la base de données elle-même : choisissez un autre nom.</translation>
        </message>
        <message>
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin} : ce n'est pas une base de données Wellness Desk ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path} : il n'y a pas de fichier à cet endroit (ou c'est un dossier) : choisissez un fichier de sauvegarde.</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path} : impossible de lire le fichier ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path} : ce n'est pas une base de données Wellness Desk (pas un fichier SQLite) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path} : ce fichier échoue au contrôle d'intégrité (SQLite : {why}), il est donc endommagé ; rien n'a été modifié. Choisissez une autre sauvegarde.</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path} : ce n'est pas une base de données Wellness Desk (un fichier SQLite d'un autre programme) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path} : écrit par une version plus récente de Wellness Desk (schéma {schema}) ; rien n'a été modifié. Installez la version plus récente pour l'ouvrir.</translation>
        </message>
        <message>
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source} : c'est la base de données elle-même, pas une sauvegarde.</translation>
        </message>
        <message>
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>Wellness Desk est ouvert sur ce dossier de données ({folder}, {who}) : fermez-le d'abord, ou restaurez depuis ses Paramètres → Sauvegardes. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder} : le dossier est en lecture seule, aucune sauvegarde n'a pu y être écrite (rien n'a été modifié). Rendez-le accessible en écriture, ou choisissez un dossier sur un disque qui l'est.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder} : le disque est plein ({free} libres) : rien n'a été écrit ni modifié. Il faut environ {needed} libres à cet endroit ; faites de la place et réessayez.</translation>
        </message>
        <message>
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder} : le disque n'a pas pu écrire la copie ({reason}) ; rien n'a été modifié. Vérifiez le disque et réessayez.</translation>
        </message>
        <message>
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source} : le fichier a disparu ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source} : impossible de copier la base de données ({reason}) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file} : rien n'a été imprimé, 1 problème :</translation>
        </message>
        <message>
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file} : rien n'a été imprimé, {count} problèmes :</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… et {count} de plus</translation>
        </message>
        <message>
            <source>no locations after the header line</source>
            <translation>aucun lieu après la ligne d'en-tête</translation>
        </message>
        <message>
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} ligne {line}, champ scan_distance : {distance} n'est pas un nombre de mètres entre 0,1 et 50</translation>
        </message>
        <message>
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>exemplaires : {copies} n'est pas un nombre de 1 à {max}</translation>
        </message>
        <message>
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} ligne {line}, champ {problem}</translation>
        </message>
        <message>
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>logo : {logo} n'est pas une image que reportlab sait lire ({reason})</translation>
        </message>
        <message>
            <source>refused to print:</source>
            <translation>impression refusée :</translation>
        </message>
        <message>
            <source>- {problem}</source>
            <translation>- {problem}</translation>
        </message>
        <message>
            <source>language: {language} is not one of {languages}</source>
            <translation>langue : {language} n'est pas l'une de {languages}</translation>
        </message>
        <message>
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path} : illisible ({reason})</translation>
        </message>
        <message>
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path} : JSON non valide ({reason})</translation>
        </message>
        <message>
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path} : doit contenir un objet avec {text_fields}</translation>
        </message>
        <message>
            <source>{path}: field {name} must be text</source>
            <translation>{path} : le champ {name} doit être du texte</translation>
        </message>
        <message>
            <source>{path}: field headline is empty</source>
            <translation>{path} : le champ headline est vide</translation>
        </message>
        <message>
            <source>template: {template} is not one of {templates}</source>
            <translation>modèle : {template} n'est pas l'un de {templates}</translation>
        </message>
        <message>
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>papier : {template} s'imprime sur {papers}, pas sur {paper}</translation>
        </message>
        <message>
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>étiquette : vide (elle indique au hub quelles affiches ont été scannées)</translation>
        </message>
        <message>
            <source>tag: longer than {max} characters</source>
            <translation>étiquette : plus de {max} caractères</translation>
        </message>
        <message>
            <source>tag: holds a control character</source>
            <translation>étiquette : contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>distance de scan : {distance} m n'est pas entre 0,1 et 50 mètres</translation>
        </message>
        <message>
            <source>first code: {first} is not a number from 1</source>
            <translation>premier code : {first} n'est pas un nombre à partir de 1</translation>
        </message>
        <message>
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>ressource : le modèle {short_title} n'a pas de place pour le numéro d'une ressource : choisissez la carte de ressource</translation>
        </message>
        <message>
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>ressource : aucun numéro : choisissez-en un dans Ressources (Imprimer une carte pour ceci)</translation>
        </message>
        <message>
            <source>resource number: {reason}</source>
            <translation>numéro de la ressource : {reason}</translation>
        </message>
        <message>
            <source>{label}: longer than {max} characters</source>
            <translation>{label} : plus de {max} caractères</translation>
        </message>
        <message>
            <source>{label}: holds a control character</source>
            <translation>{label} : contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Fichier → Paramètres → Ligne d'écoute)</translation>
        </message>
        <message>
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>ligne d'écoute : aucun numéro n'est défini, et les Paramètres demandent de refuser les cartes et affiches sans numéro : définissez-le dans Fichier → Paramètres → Ligne d'écoute</translation>
        </message>
        <message>
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>adresse du hub : {hub} n'est pas une adresse web (https://…)</translation>
        </message>
        <message>
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>lien : {length} octets, plus que ce qu'un code imprimé devrait contenir ({max})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>the resource</source>
            <translation>la ressource</translation>
        </message>
        <message>
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}) : ne tient pas dans le modèle {short_title}, même en {smallest} pt ({length} caractères dans un cadre de {w}×{h} mm) : raccourcissez-le</translation>
        </message>
        <message>
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} : ne tient pas dans le modèle {short_title}, même en {smallest} pt ({length} caractères dans un cadre de {w}×{h} mm) : raccourcissez-le</translation>
        </message>
        <message>
            <source>logo: {logo} is not a readable file</source>
            <translation>logo : {logo} n'est pas un fichier lisible</translation>
        </message>
        <message>
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>zone de silence : {quiet} modules de blanc autour du code QR, les lecteurs en demandent {minimum}</translation>
        </message>
        <message>
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>les modules du QR mesurent {size} mm (version {version}, niveau {level}, pour un lien de {length} caractères) : au moins {minimum} mm s'impriment de façon fiable ; utilisez une étiquette ou une adresse de hub plus courte</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>distance de scan : le code QR mesure {code_cm} cm, trop petit pour une affiche : utilisez une étiquette ou une adresse de hub plus courte</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>distance de scan : le code QR mesure {code_cm} cm et se scanne à environ {supports} m, pas aux {distance} m demandés : réglez la distance de scan sur {supports} m ou moins</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>distance de scan : le code QR mesure {code_cm} cm et se scanne à environ {supports} m, pas aux {distance} m demandés : imprimez sur {paper}, ou réglez la distance de scan sur {supports} m ou moins</translation>
        </message>
        <message>
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>étiquette {tag} : un autre travail a imprimé entre-temps les codes à partir de c={first} ; rien n'a été enregistré : imprimez à nouveau pour avoir de nouveaux numéros</translation>
        </message>
        <message>
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>aucune activation pour l'instant : créez-en une dans l'application, ou lancez 'wellness-desk demo'</translation>
        </message>
        <message>
            <source>nothing to undo at {location}</source>
            <translation>rien à annuler à {location}</translation>
        </message>
        <message>
            <source>--personal goes with --csv DIR</source>
            <translation>--personal s'utilise avec --csv DOSSIER</translation>
        </message>
        <message>
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper est pour --program-pdf, pas pour --ics</translation>
        </message>
        <message>
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option} : {text} n'est pas une date comme 2026-07-03</translation>
        </message>
        <message>
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space et --paper sont pour le programme, pas pour --csv (l'export CSV contient toutes les activations)</translation>
        </message>
        <message>
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations prend le modèle et l'étiquette dans le CSV : retirez --template et --tag</translation>
        </message>
        <message>
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>--template et --tag sont nécessaires (ou --locations FICHIER.csv)</translation>
        </message>
        <message>
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll et --activation s'utilisent avec --hub URL</translation>
        </message>
        <message>
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size s'utilise avec --once ou --preview</translation>
        </message>
        <message>
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout : {timeout} n'est pas entre 0 et 300 secondes</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>pas connecté à un hub : connectez-vous d'abord avec 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub demande --enroll CODE (le code à usage unique donné par la coordination du hub)</translation>
        </message>
        <message>
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>l'activation {activation} n'existe pas (activations : {known})</translation>
        </message>
        <message>
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} est un festival : les journées de thérapie sont pour les tournées (choisissez la tournée dans l'application)</translation>
        </message>
        <message>
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} n'a pas encore d'étapes : ajoutez-les dans l'application</translation>
        </message>
        <message>
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>étape {wanted} : {count} étapes à {city} ({names}) : donnez le nom complet de l'étape</translation>
        </message>
        <message>
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>l'étape {wanted} n'est pas une étape de {tour_name} (étapes : {known})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>pas encore de clé : définissez d'abord un code PIN ou une phrase secrète dans la section Thérapie de l'application</translation>
        </message>
        <message>
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option} : aucun {what} donné (tapez-le à l'invite, ou passez-le sur une ligne par l'entrée standard)</translation>
        </message>
        <message>
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>le fuseau horaire {name} n'est pas une zone IANA connue (p. ex. Europe/London)</translation>
        </message>
        <message>
            <source>a hand-out</source>
            <translation>une distribution</translation>
        </message>
        <message>
            <source>an undo</source>
            <translation>une annulation</translation>
        </message>
        <message>
            <source>a door count</source>
            <translation>un comptage à la porte</translation>
        </message>
        <message>
            <source>a booking</source>
            <translation>une réservation</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} ahead of the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>l'horloge de cet ordinateur avance de {span} sur celle du hub : remettez-la à l'heure (ce qui a été enregistré est gardé et compté tel quel)</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} behind the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>l'horloge de cet ordinateur retarde de {span} sur celle du hub : remettez-la à l'heure (ce qui a été enregistré est gardé et compté tel quel)</translation>
        </message>
        <message>
            <source>This laptop's clock reads {now}, {span} before the last action recorded here ({action} at {then}): it may be set wrong. Set it right; what you record meanwhile is kept and counted.</source>
            <translation>L'horloge de cet ordinateur indique {now}, {span} avant la dernière action enregistrée ici ({action} à {then}) : elle est peut-être mal réglée. Remettez-la à l'heure ; ce que vous enregistrez entre-temps est gardé et compté.</translation>
        </message>
        <message>
            <source>1 day {hours} h</source>
            <translation>1 jour {hours} h</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message>
            <source>{days} days {hours} h</source>
            <translation>{days} jours {hours} h</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} jours</translation>
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
            <translation>n'est pas du texte UTF-8 (enregistrez la feuille en « CSV UTF-8 »)</translation>
        </message>
        <message>
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>un guillemet s'ouvre ici et ne se ferme jamais (le reste du fichier serait ce seul champ)</translation>
        </message>
        <message>
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} ligne {line}, champ {field} : {problem}</translation>
        </message>
        <message>
            <source>{file} line {line}: {problem}</source>
            <translation>{file} ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, champ {field} : {problem}</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file} : {problem}</translation>
        </message>
        <message>
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>le fichier est vide (la première ligne nomme les colonnes : {known})</translation>
        </message>
        <message>
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} champs alors que l'en-tête en a {width} (un séparateur dans un champ doit être entre guillemets)</translation>
        </message>
        <message>
            <source>the first line must name the columns: {known}</source>
            <translation>la première ligne doit nommer les colonnes : {known}</translation>
        </message>
        <message>
            <source>column {number} has no name</source>
            <translation>la colonne {number} n'a pas de nom</translation>
        </message>
        <message>
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>colonne inconnue {column} (les colonnes sont : {known})</translation>
        </message>
        <message>
            <source>column {key} appears twice</source>
            <translation>la colonne {key} apparaît deux fois</translation>
        </message>
        <message>
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>colonnes manquantes : {missing} (nécessaires : {needed})</translation>
        </message>
        <message>
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>colonne manquante : {missing} (nécessaires : {needed})</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({reason})</source>
            <translation>illisible en CSV ({reason})</translation>
        </message>
        <message>
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path} : c'est un dossier, pas un fichier de base de données.</translation>
        </message>
        <message>
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path} : impossible de lire le fichier de base de données ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path} : ce n'est pas une base de données Wellness Desk (pas un fichier SQLite). Il n'a pas été touché ; déplacez-le ou choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path} : le disque n'a pas pu lire ou écrire le fichier de base de données ({name}) ; rien n'a été enregistré. Laissez le fichier tel quel, vérifiez le disque (a-t-il été débranché ?) et recommencez.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path} : impossible d'ouvrir le fichier de base de données ({name}). Il n'a pas été touché ; vérifiez que le fichier et son dossier sont là et lisibles.</translation>
        </message>
        <message>
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path} : SQLite ne peut pas écrire dans le fichier de base de données ({name}) ; rien n'a été enregistré. Vérifiez que le fichier est toujours dans son dossier et accessible en écriture, puis recommencez.</translation>
        </message>
        <message>
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path} : la base de données est occupée (un autre programme y écrit) : cette action n'a PAS été enregistrée. Réessayez.</translation>
        </message>
        <message>
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path} : le fichier de base de données est endommagé (SQLite signale {name}) ; rien n'a été enregistré et il ne sera plus touché. Laissez le fichier tel quel (copiez-le en lieu sûr), puis remettez une sauvegarde faite avant les dégâts ou choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder} : le disque du dossier de données est passé en lecture seule (le système le fait pour un disque en erreur) : cette action n'a PAS été enregistrée, et rien ne pourra l'être tant qu'il ne sera pas de nouveau accessible en écriture. Laissez les fichiers tels quels, vérifiez le disque et recommencez, ou copiez le dossier sur un disque qui fonctionne et choisissez-le avec --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder} : le disque est plein ({free} libres) : rien n'a été enregistré. Wellness Desk a besoin d'au moins {needed} libres à cet endroit ; faites de la place et réessayez.</translation>
        </message>
        <message>
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path} : impossible de créer son dossier ({reason}).</translation>
        </message>
        <message>
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder} : le dossier de données est en lecture seule, Wellness Desk ne peut donc rien y enregistrer (rien n'a été modifié). Rendez le dossier accessible en écriture (ou copiez-le sur un disque qui l'est), ou choisissez un autre dossier avec --data-dir.</translation>
        </message>
        <message>
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path} : le fichier de base de données est en lecture seule, Wellness Desk ne peut donc rien y enregistrer (rien n'a été modifié). Rendez le fichier accessible en écriture, ou choisissez un autre dossier avec --data-dir.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path} : impossible d'ouvrir le fichier de base de données ({reason}).</translation>
        </message>
        <message>
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path} : impossible de mettre à jour la base de données ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path} : ce fichier SQLite appartient à un autre programme, pas à Wellness Desk. Il n'a pas été touché ; choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path} : écrit par une version plus récente de Wellness Desk (schéma {schema}). Il n'a pas été touché ; installez la version plus récente pour l'ouvrir.</translation>
        </message>
        <message>
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>la base de données contient déjà des activations : la démo ne remplit qu'une base vide (utilisez --data-dir avec un nouveau dossier)</translation>
        </message>
        <message>
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>aucun export nommé {unknown} (exports : {exports})</translation>
        </message>
        <message>
            <source>choose at least one export</source>
            <translation>choisissez au moins un export</translation>
        </message>
        <message>
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>données personnelles : déverrouillez la section Thérapie (code PIN ou phrase secrète) pour les inclure</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder} : c'est un fichier, pas un dossier ; choisissez un dossier pour l'export</translation>
        </message>
        <message>
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder} : ce dossier contient d'autres fichiers ; choisissez un dossier vide ou nouveau (un export est un dossier à lui seul, remplacé en entier la fois suivante)</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder} : ce dossier n'est pas accessible en écriture, l'export n'a donc pas été écrit (rien n'a été modifié). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder} : le disque est plein, l'export n'a donc pas été écrit (rien n'a été modifié). Il faut plus de {size} libres à cet endroit : faites de la place, ou choisissez un autre disque.</translation>
        </message>
        <message>
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder} : l'export n'a pas pu être écrit ({reason}) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>kit name: must not be empty</source>
            <translation>nom du kit : ne peut pas être vide</translation>
        </message>
        <message>
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>nom du kit : {name} dépasse {max} caractères</translation>
        </message>
        <message>
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>couleur du kit : {colour} n'est pas une couleur comme #1A2B3C</translation>
        </message>
        <message>
            <source>{what}: {count} is not a whole number</source>
            <translation>{what} : {count} n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what} : {count} n'est pas entre {low} et {max}</translation>
        </message>
        <message>
            <source>kit name: {name} already exists</source>
            <translation>nom du kit : {name} existe déjà</translation>
        </message>
        <message>
            <source>low-stock threshold</source>
            <translation>seuil de stock bas</translation>
        </message>
        <message>
            <source>kit type {kit_type} does not exist</source>
            <translation>le type de kit {kit_type} n'existe pas</translation>
        </message>
        <message>
            <source>kit {name} does not exist (known: {known})</source>
            <translation>le kit {name} n'existe pas (kits : {known})</translation>
        </message>
        <message>
            <source>action {action} does not exist</source>
            <translation>l'action {action} n'existe pas</translation>
        </message>
        <message>
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>le kit {kit} est retiré : remettez-le d'abord dans le catalogue</translation>
        </message>
        <message>
            <source>hand-out count</source>
            <translation>nombre distribué</translation>
        </message>
        <message>
            <source>role: {role} is not one of {roles}</source>
            <translation>rôle : {role} n'est pas l'un de {roles}</translation>
        </message>
        <message>
            <source>received count</source>
            <translation>nombre reçu</translation>
        </message>
        <message>
            <source>counted stock</source>
            <translation>stock compté</translation>
        </message>
        <message>
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>motif de la correction : dites pourquoi le compte a changé (p. ex. 'recomptage')</translation>
        </message>
        <message>
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>une annulation ne peut pas être annulée : redonnez le kit</translation>
        </message>
        <message>
            <source>action {action} was already undone</source>
            <translation>l'action {action} a déjà été annulée</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label} : indiquez un montant, p. ex. 150,00 ou 150.00</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label} : {typed} n'est pas un montant (des chiffres, avec une virgule ou un point avant les centimes, p. ex. 150,00)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label} : {typed} n'est pas un montant</translation>
        </message>
        <message>
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label} : {typed} mélange les séparateurs d'une façon qui n'est pas un montant (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label} : {typed} n'est pas un montant (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label} : {typed} est ambigu (milliers ou décimales ?) : écrivez {whole}{after} sans le {sep}, ou deux décimales, p. ex. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label} : {typed} est bien plus d'argent que ce qu'un budget contient</translation>
        </message>
        <message>
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label} : {typed} a plus de deux décimales (centimes)</translation>
        </message>
        <message>
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>Le processus de dessin s'est arrêté avant la fin (l'ordinateur manque peut-être de mémoire) : rien n'a été enregistré. Réessayez.</translation>
        </message>
        <message>
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path} : impossible d'écrire ({reason})</translation>
        </message>
        <message>
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>la police du programme manque dans {folder} ({reason}) : réinstallez Wellness Desk</translation>
        </message>
        <message>
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field} : le caractère {character} (U+{code}) n'est pas dans les polices {what} ({fonts}) : remplacez-le</translation>
        </message>
        <message>
            <source>paper: {paper} is not one of {papers}</source>
            <translation>papier : {paper} n'est pas l'un de {papers}</translation>
        </message>
        <message>
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>le lien fait {longest} octets : trop long pour tout code QR</translation>
        </message>
        <message>
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} octets ne tiennent pas dans un code QR de version {version}-{level}</translation>
        </message>
        <message>
            <source>no workshops in {where} to print</source>
            <translation>aucun atelier à imprimer dans {where}</translation>
        </message>
        <message>
            <source>language: {lang} is not one of {languages}</source>
            <translation>langue : {lang} n'est pas l'une de {languages}</translation>
        </message>
        <message>
            <source>dates: the end {end} is before the start {start}</source>
            <translation>dates : la fin {end} est avant le début {start}</translation>
        </message>
        <message>
            <source>location {location} is not in {activation}</source>
            <translation>le lieu {location} n'est pas dans {activation}</translation>
        </message>
        <message>
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>logo (Paramètres) : {path} n'est pas une image imprimable ({error_type}) : choisissez un autre fichier, ou aucun</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number} : {problem}</translation>
        </message>
        <message>
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} est un festival : une fiche de tournée est pour une tournée</translation>
        </message>
        <message>
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} n'a pas encore d'étapes : ajoutez-les dans Activations</translation>
        </message>
        <message>
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Fichier → Paramètres → Ligne d'écoute)</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number} : trop long pour être imprimé en grand ({width} mm)</translation>
        </message>
        <message>
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>pays : {country} n'est pas un code pays à deux lettres (p. ex. CA)</translation>
        </message>
        <message>
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>papier : la carte de poche s'imprime sur {sheets}, pas sur {paper}</translation>
        </message>
        <message>
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>pays : aucune ligne de crise vérifiée pour {code} dans cet annuaire, il n'y a donc pas de carte à imprimer (la fiche de tournée invite à appeler les services d'urgence locaux)</translation>
        </message>
        <message>
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>les modules du QR mesurent {module} mm pour un lien de {length} caractères : au moins {minimum} mm s'impriment de façon fiable ; utilisez une adresse de hub plus courte</translation>
        </message>
        <message>
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>pays : les {count} lignes de crise de {code} ne tiennent pas sur une carte de poche, même en petits caractères : imprimez plutôt la fiche de tournée</translation>
        </message>
        <message>
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>activation : {activation} n'est pas l'une de celles de cet ordinateur (activations : {known})</translation>
        </message>
        <message>
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>l'annuaire des ressources se trouve à côté d'un fichier de base de données, et celle-ci est en mémoire</translation>
        </message>
        <message>
            <source>no tour yet: create one in Activations</source>
            <translation>aucune tournée pour l'instant : créez-en une dans Activations</translation>
        </message>
        <message>
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country} : donnez un code ISO 3166-1 de deux lettres, p. ex. FR</translation>
        </message>
        <message>
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind} : l'un de {kinds}</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>non connecté à un hub : connectez-vous d'abord (wellness-desk sync --hub URL --enroll CODE) ; l'annuaire que vous aviez est conservé</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>lun.</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar.</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mer.</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jeu.</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>ven.</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sam.</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dim.</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>janv.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>févr.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>avr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>juil.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>août</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>déc.</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Open 24/7</source>
            <translation>Ouvert 24 h/24, 7 j/7</translation>
        </message>
        <message>
            <source>Hours unknown</source>
            <translation>Horaires inconnus</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Ouvert maintenant</translation>
        </message>
        <message>
            <source>Open now until {time} ({zone})</source>
            <translation>Ouvert jusqu'à {time} ({zone})</translation>
        </message>
        <message>
            <source>Open now until {time}</source>
            <translation>Ouvert jusqu'à {time}</translation>
        </message>
        <message>
            <source>Closed, opens {time} ({zone})</source>
            <translation>Fermé, ouvre {time} ({zone})</translation>
        </message>
        <message>
            <source>Closed, opens {time}</source>
            <translation>Fermé, ouvre {time}</translation>
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
            <translation>fourni avec l'application</translation>
        </message>
        <message>
            <source>from the hub</source>
            <translation>du hub</translation>
        </message>
        <message>
            <source>imported from {name}</source>
            <translation>importé de {name}</translation>
        </message>
        <message>
            <source>No directory installed yet</source>
            <translation>Aucun répertoire installé pour l'instant</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (checked {day})</source>
            <translation>Répertoire du {published}, {source} (vérifié le {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (installed {day})</source>
            <translation>Répertoire du {published}, {source} (installé le {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} on {day}</source>
            <translation>Répertoire du {published}, {source} le {day}</translation>
        </message>
        <message>
            <source>Directory of {published}, {source}</source>
            <translation>Répertoire du {published}, {source}</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>le paquet d'annuaire a été refusé, rien n'a été modifié : 1 problème :</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>le paquet d'annuaire a été refusé, rien n'a été modifié : {count} problèmes :</translation>
        </message>
        <message>
            <source>… and {rest} more</source>
            <translation>… et {rest} de plus</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} n'est pas une date (AAAA-MM-JJ, p. ex. 2025-03-31)</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}</source>
            <translation>{value} n'est pas l'une des valeurs : {listed}</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} n'est ni true ni false</translation>
        </message>
        <message>
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} n'est pas une heure (HH:MM, de 00:00 à 23:59)</translation>
        </message>
        <message>
            <source>{value} is not a UUID</source>
            <translation>{value} n'est pas un UUID</translation>
        </message>
        <message>
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} n'est pas une adresse web (http:// ou https://)</translation>
        </message>
        <message>
            <source>{value} is not an email address</source>
            <translation>{value} n'est pas une adresse e-mail</translation>
        </message>
        <message>
            <source>there is no file or folder {path}</source>
            <translation>il n'y a pas de fichier ni de dossier {path}</translation>
        </message>
        <message>
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>n'est pas un paquet d'annuaire : donnez un dossier avec datapackage.json et un fichier CSV par table, ou la forme JSON HSDS (.json)</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>n'est pas du texte UTF-8 (octet {byte})</translation>
        </message>
        <message>
            <source>is not JSON: {reason} (column {column})</source>
            <translation>n'est pas du JSON : {reason} (colonne {column})</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>n'est pas la forme JSON HSDS : ses objets sont imbriqués sur des milliers de niveaux</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>n'est pas la forme JSON HSDS (un objet avec services)</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>ne peut pas être lu ({reason})</translation>
        </message>
        <message>
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} n'est pas un paquet d'annuaire : il n'a pas de datapackage.json (un paquet est un dossier de tables CSV décrites par datapackage.json, ou un seul fichier .json)</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>n'est pas un descripteur de paquet de données (un objet JSON)</translation>
        </message>
        <message>
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>vaut {version} : cette application lit les paquets HSDS {hsds}</translation>
        </message>
        <message>
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>est absent (cette application lit les paquets HSDS 3.0)</translation>
        </message>
        <message>
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>vaut {profile}, un autre profil que celui de cette application ({ours})</translation>
        </message>
        <message>
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>est absent : la date et l'heure auxquelles le curateur a fait cette édition (UTC)</translation>
        </message>
        <message>
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} n'est pas une date et une heure (p. ex. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} n'a pas de fuseau horaire : ajoutez Z pour UTC</translation>
        </message>
        <message>
            <source>is not text</source>
            <translation>n'est pas du texte</translation>
        </message>
        <message>
            <source>is missing: a data package lists its tables in resources</source>
            <translation>est absent : un paquet de données liste ses tables dans resources</translation>
        </message>
        <message>
            <source>is not a table description</source>
            <translation>n'est pas une description de table</translation>
        </message>
        <message>
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} n'est pas une table que lit cette application ({tables})</translation>
        </message>
        <message>
            <source>the table {name} is listed twice</source>
            <translation>la table {name} est listée deux fois</translation>
        </message>
        <message>
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} n'est pas un fichier CSV du dossier du paquet (p. ex. {example})</translation>
        </message>
        <message>
            <source>lists no {table} table: a directory needs one</source>
            <translation>ne liste aucune table {table} : un annuaire en a besoin</translation>
        </message>
        <message>
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>est absent : datapackage.json l'indique comme la table {table}</translation>
        </message>
        <message>
            <source>is a folder, not a CSV file</source>
            <translation>est un dossier, pas un fichier CSV</translation>
        </message>
        <message>
            <source>the header line cannot be read ({reason})</source>
            <translation>la ligne d'en-tête ne peut pas être lue ({reason})</translation>
        </message>
        <message>
            <source>is empty: the first line names the columns</source>
            <translation>est vide : la première ligne nomme les colonnes</translation>
        </message>
        <message>
            <source>this column is named twice</source>
            <translation>cette colonne est nommée deux fois</translation>
        </message>
        <message>
            <source>unknown column: the {table} table has {known}</source>
            <translation>colonne inconnue : la table {table} a {known}</translation>
        </message>
        <message>
            <source>this required column is missing</source>
            <translation>cette colonne obligatoire est absente</translation>
        </message>
        <message>
            <source>has {fields} fields where the header has {width}</source>
            <translation>a {fields} champs alors que l'en-tête en a {width}</translation>
        </message>
        <message>
            <source>frictionless could not read it: {note}</source>
            <translation>frictionless n'a pas pu le lire : {note}</translation>
        </message>
        <message>
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>champ inconnu : la forme JSON HSDS a {known}</translation>
        </message>
        <message>
            <source>is not a list</source>
            <translation>n'est pas une liste</translation>
        </message>
        <message>
            <source>is not an object</source>
            <translation>n'est pas un objet</translation>
        </message>
        <message>
            <source>unknown field: a {table} has {known}</source>
            <translation>champ inconnu : un enregistrement {table} a {known}</translation>
        </message>
        <message>
            <source>is not an organization object with an id</source>
            <translation>n'est pas un objet organization avec un id</translation>
        </message>
        <message>
            <source>differs from the term {term} given at {given_at}</source>
            <translation>diffère du terme {term} donné en {given_at}</translation>
        </message>
        <message>
            <source>is not a taxonomy term object</source>
            <translation>n'est pas un objet de terme de taxonomie</translation>
        </message>
        <message>
            <source>is not true or false</source>
            <translation>n'est ni true ni false</translation>
        </message>
        <message>
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>vaut {value} mais l'enregistrement dans lequel il est imbriqué est {given}</translation>
        </message>
        <message>
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} n'est pas un numéro de téléphone (chiffres, espaces, + - ( ) . uniquement, p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <source>is empty: it is required</source>
            <translation>est vide : il est obligatoire</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} est utilisé deux fois dans {table} (la première à la ligne {line})</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} est utilisé deux fois dans {table} (la première en {first})</translation>
        </message>
        <message>
            <source>no organization has the id {key}</source>
            <translation>aucune organisation n'a l'id {key}</translation>
        </message>
        <message>
            <source>no service has the id {key}</source>
            <translation>aucun service n'a l'id {key}</translation>
        </message>
        <message>
            <source>no phone has the id {key}</source>
            <translation>aucun téléphone n'a l'id {key}</translation>
        </message>
        <message>
            <source>no taxonomy term has the id {key}</source>
            <translation>aucun terme de taxonomie n'a l'id {key}</translation>
        </message>
        <message>
            <source>no {table} has the id {key}</source>
            <translation>aucun enregistrement {table} n'a l'id {key}</translation>
        </message>
        <message>
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} n'est pas une liste de jours de la semaine ({weekdays}, séparés par des virgules, p. ex. MO,TU,WE)</translation>
        </message>
        <message>
            <source>{value} names a weekday twice</source>
            <translation>{value} nomme un jour de la semaine deux fois</translation>
        </message>
        <message>
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} n'est pas un fuseau horaire IANA (p. ex. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} n'est pas un code de pays ISO 3166-1 (deux lettres majuscules, p. ex. FR)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} n'est pas un code de langue ISO 639 (p. ex. en, fr, ou un code 639-3)</translation>
        </message>
        <message>
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} n'est pas une langue dans laquelle les noms sont traduits ({languages})</translation>
        </message>
        <message>
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>le téléphone {phone} appartient au service {service}, pas à {other}</translation>
        </message>
        <message>
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>vaut {zone} mais le fuseau du service est {service_zone} : ce profil garde les horaires d'un service dans le fuseau du service lui-même</translation>
        </message>
        <message>
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>une langue est celle d'un service ou d'un téléphone : donnez exactement l'un de service_id et phone_id</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} n'est pas une subdivision ISO 3166-2 de {country} (p. ex. {country}-CA)</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} n'est pas une subdivision ISO 3166-2 de son pays (p. ex. US-CA)</translation>
        </message>
        <message>
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>vaut {taxonomy} : les types d'un service sont des termes de la taxonomie {ours}</translation>
        </message>
        <message>
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} n'est pas un type ({kinds})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>le champ {field} de {table} {record} en {language} est donné deux fois (la première à la ligne {line})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>le champ {field} de {table} {record} en {language} est donné deux fois (la première en {first})</translation>
        </message>
        <message>
            <source>a phone has no name to translate, only its description</source>
            <translation>un téléphone n'a pas de nom à traduire, seulement sa description</translation>
        </message>
        <message>
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>le téléphone {phone} est toujours ouvert : il n'a pas d'horaires</translation>
        </message>
        <message>
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>ces horaires sont ceux du service dans son ensemble, mais il n'a pas de téléphone : ce profil garde les horaires par moyen de contact</translation>
        </message>
        <message>
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>aucun autre service n'est dans la paire {group} : les services appariés sont affichés ensemble, une paire en demande donc deux ou plus</translation>
        </message>
        <message>
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>ce service actif n'a ni téléphone, ni adresse web, ni e-mail : personne ne pourrait le joindre</translation>
        </message>
        <message>
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>vérifié le {day}, après la publication de l'annuaire ({edition}) : une vérification ne peut pas être dans le futur</translation>
        </message>
        <message>
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder} : le disque est plein ; le paquet n'a pas été écrit (le dossier est tel qu'il était). Faites de la place et exportez à nouveau.</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder} : ce dossier n'est pas accessible en écriture ; choisissez-en un autre pour le paquet.</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder} : est un fichier, pas un dossier ; choisissez un dossier pour le paquet.</translation>
        </message>
        <message>
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder} : le paquet n'a pas pu être écrit ({reason}).</translation>
        </message>
        <message>
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>pas de source ni de date de vérification dans l'annuaire, donc jamais imprimé : vérifiez-le et mettez l'annuaire à jour</translation>
        </message>
        <message>
            <source>the number is empty</source>
            <translation>le numéro est vide</translation>
        </message>
        <message>
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>vérifié pour la dernière fois le {day}, il y a plus de {months} mois : revérifiez-le, ou imprimez les lignes anciennes marquées « pas revérifié depuis »</translation>
        </message>
        <message>
            <source>the service is inactive: a closed line is not printed</source>
            <translation>le service est inactif : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <source>the service is defunct: a closed line is not printed</source>
            <translation>le service n'existe plus : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>le service est temporairement fermé : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <source>the service is {status}: a closed line is not printed</source>
            <translation>le service est à l'état {status} : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field} : {text} n'est pas un id de l'annuaire (un uuid)</translation>
        </message>
        <message>
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>l'annuaire du hub n'est pas signé par un curateur auquel cet ordinateur fait confiance : il a été refusé et celui que vous aviez est conservé</translation>
        </message>
        <message>
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>le fichier de clé n'est pas une clé privée Ed25519 non chiffrée au format PEM (créez-en une avec : wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>le fichier de clé contient une clé privée, mais pas une clé Ed25519 (créez-en une avec : wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>a curator key is base64 text (44 characters)</source>
            <translation>une clé de curateur est un texte base64 (44 caractères)</translation>
        </message>
        <message>
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>une clé de curateur est le base64 de 32 octets (44 caractères, comme l'affiche `wellness-hub resources keygen`)</translation>
        </message>
        <message>
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>Le fichier de l'annuaire n'a pas pu être lu (endommagé) ; il a été mis de côté sous le nom {aside} et l'annuaire fourni avec l'application a pris sa place (une récupération depuis le hub ramène son édition plus récente).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path} : ce fichier SQLite n'est pas un annuaire des ressources de Wellness Desk. Il n'a pas été modifié ; déplacez-le ou choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path} : a été écrit par un Wellness Desk plus récent (schéma d'annuaire {version}). Il n'a pas été modifié ; installez la version plus récente pour l'ouvrir.</translation>
        </message>
        <message>
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path} : aucun annuaire des ressources n'est encore installé.</translation>
        </message>
        <message>
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} n'existe pas dans {tz} : les horloges avancent à ce moment-là</translation>
        </message>
        <message>
            <source>workshop kind: must not be empty</source>
            <translation>type d'atelier : ne peut pas être vide</translation>
        </message>
        <message>
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>type d'atelier : plus de {max} caractères (il en a {length}) ; les comptes du hub portent ce libellé : raccourcissez-le</translation>
        </message>
        <message>
            <source>workshop kind: {name} already exists</source>
            <translation>type d'atelier : {name} existe déjà</translation>
        </message>
        <message>
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>type : {kind} n'est pas l'un de {kinds} (ajoutez-le d'abord à la liste)</translation>
        </message>
        <message>
            <source>workshop {workshop} does not exist</source>
            <translation>l'atelier {workshop} n'existe pas</translation>
        </message>
        <message>
            <source>title: must not be empty</source>
            <translation>titre : ne peut pas être vide</translation>
        </message>
        <message>
            <source>title: longer than {max} characters</source>
            <translation>titre : plus de {max} caractères</translation>
        </message>
        <message>
            <source>end: must be after the start</source>
            <translation>fin : doit être après le début</translation>
        </message>
        <message>
            <source>end: a session cannot last more than 24 hours</source>
            <translation>fin : une séance ne peut pas durer plus de 24 heures</translation>
        </message>
        <message>
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>capacité : {capacity} n'est pas un nombre de personnes à partir de 1</translation>
        </message>
        <message>
            <source>space: belongs to another activation</source>
            <translation>espace : appartient à une autre activation</translation>
        </message>
        <message>
            <source>status: {status} is not one of {statuses}</source>
            <translation>statut : {status} n'est pas l'un de {statuses}</translation>
        </message>
        <message>
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>« {title} » a eu lieu (tenu, ou des personnes comptées à l'entrée), il ne peut donc pas être annulé</translation>
        </message>
        <message>
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>« {title} » a été tenu ou compté à l'entrée : annulez-le plutôt</translation>
        </message>
        <message>
            <source>counter: {counter} is not one of {counters}</source>
            <translation>compteur : {counter} n'est pas l'un de {counters}</translation>
        </message>
        <message>
            <source>a door tap is +1 or −1</source>
            <translation>un appui à l'entrée vaut +1 ou −1</translation>
        </message>
        <message>
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>« {title} » est annulé : personne à compter</translation>
        </message>
        <message>
            <source>the headcount is already 0</source>
            <translation>le comptage est déjà à 0</translation>
        </message>
        <message>
            <source>the waitlist is already 0</source>
            <translation>la liste d'attente est déjà à 0</translation>
        </message>
        <message>
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>« {title} » est complet ({capacity} sur {capacity}) : comptez-les sur la liste d'attente</translation>
        </message>
        <message>
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file} : rien n'a été importé, 1 problème :</translation>
        </message>
        <message>
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file} : rien n'a été importé, {count} problèmes :</translation>
        </message>
        <message>
            <source>no workshops after the header line</source>
            <translation>aucun atelier après la ligne d'en-tête</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} n'est pas un espace de {activation} (espaces : {known})</translation>
        </message>
        <message>
            <source>longer than {max} characters</source>
            <translation>plus de {max} caractères</translation>
        </message>
        <message>
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} n'est pas un type d'atelier (types : {kinds})</translation>
        </message>
        <message>
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} n'est pas un nombre de personnes à partir de 1 (laissez vide pour la capacité de l'espace)</translation>
        </message>
        <message>
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} n'est pas après le début {start} (une séance qui passe minuit : mettez le jour où elle finit dans la colonne end_date)</translation>
        </message>
        <message>
            <source>a session cannot last more than 24 hours</source>
            <translation>une séance ne peut pas durer plus de 24 heures</translation>
        </message>
        <message>
            <source>{text} is not a date of the calendar</source>
            <translation>{text} n'est pas une date du calendrier</translation>
        </message>
        <message>
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} n'est pas une date (utilisez 2026-07-04)</translation>
        </message>
        <message>
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} pourrait être le {day} {month} ou le {day2} {month2} : écrivez {date} ou {date2}</translation>
        </message>
        <message>
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} n'est pas dans {activation} (du {start} au {end}) ; écrivez les dates en AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>is empty ({hint})</source>
            <translation>est vide ({hint})</translation>
        </message>
        <message>
            <source>{text} is not a time ({hint})</source>
            <translation>{text} n'est pas une heure ({hint})</translation>
        </message>
        <message>
            <source>space {space} is not in {activation}</source>
            <translation>l'espace {space} n'est pas dans {activation}</translation>
        </message>
        <message>
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>aucun atelier dans {where} à mettre dans un agenda : ajoutez-en un d'abord</translation>
        </message>
        <message>
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path} : quick_check indique {integrity}</translation>
        </message>
        <message>
            <source>card sheet refused: {problems}</source>
            <translation>planche de cartes refusée : {problems}</translation>
        </message>
        <message>
            <source>{written}: the log line was not written</source>
            <translation>{written} : la ligne du journal n'a pas été écrite</translation>
        </message>
        <message>
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>délai d'annulation : {seconds} n'est pas entre 3 et 600 secondes</translation>
        </message>
        <message>
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>adresse du hub : {url} n'est pas une adresse web (https://…)</translation>
        </message>
        <message>
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>verrouillage de la thérapie : {minutes} n'est pas entre 1 et 120 minutes</translation>
        </message>
        <message>
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>numéro de la ligne d'écoute : {number} n'est pas un numéro de téléphone (chiffres, espaces, + - ( ) uniquement, p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>numéro de la ligne d'écoute : {number} a {digits} chiffres ; un numéro de téléphone en a de 3 (un numéro court comme le 988) à 15</translation>
        </message>
        <message>
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>numéro de la ligne d'écoute : {number} n'est pas un vrai numéro ({why}) : mettez le numéro de votre propre ligne d'écoute</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>numéro de la ligne d'écoute : {number} ressemble à un numéro fictif (un chiffre répété) : mettez le numéro de votre propre ligne d'écoute</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>numéro de la ligne d'écoute : {number} ressemble à un numéro fictif (des chiffres qui se suivent) : mettez le numéro de votre propre ligne d'écoute</translation>
        </message>
        <message>
            <source>help line name: longer than {max} characters</source>
            <translation>nom de la ligne d'écoute : plus de {max} caractères</translation>
        </message>
        <message>
            <source>help line name: holds a control character</source>
            <translation>nom de la ligne d'écoute : contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>nom de l'association : plus de {max} caractères</translation>
        </message>
        <message>
            <source>nonprofit's name: holds a control character</source>
            <translation>nom de l'association : contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>logo : {path} n'est pas un fichier (choisissez une image PNG ou JPEG, ou laissez vide)</translation>
        </message>
        <message>
            <source>the hub did not keep every change it was sent</source>
            <translation>le hub n'a pas gardé toutes les modifications qui lui ont été envoyées</translation>
        </message>
        <message>
            <source>hub unreachable (no answer to the connection)</source>
            <translation>hub injoignable (pas de réponse à la connexion)</translation>
        </message>
        <message>
            <source>hub unreachable (it did not answer in time)</source>
            <translation>hub injoignable (il n'a pas répondu à temps)</translation>
        </message>
        <message>
            <source>hub unreachable (its certificate is not trusted)</source>
            <translation>hub injoignable (son certificat n'est pas reconnu comme fiable)</translation>
        </message>
        <message>
            <source>hub unreachable (connection refused)</source>
            <translation>hub injoignable (connexion refusée)</translation>
        </message>
        <message>
            <source>hub unreachable (its address cannot be found: no network?)</source>
            <translation>hub injoignable (son adresse est introuvable : pas de réseau ?)</translation>
        </message>
        <message>
            <source>hub unreachable (no network)</source>
            <translation>hub injoignable (pas de réseau)</translation>
        </message>
        <message>
            <source>hub unreachable (cannot connect)</source>
            <translation>hub injoignable (connexion impossible)</translation>
        </message>
        <message>
            <source>hub unreachable (the connection broke off)</source>
            <translation>hub injoignable (la connexion a été coupée)</translation>
        </message>
        <message>
            <source>hub unreachable</source>
            <translation>hub injoignable</translation>
        </message>
        <message>
            <source>not the hub's answer ({reason}): a proxy or a Wi-Fi login page on the way?</source>
            <translation>ce n'est pas la réponse du hub ({reason}) : un proxy ou une page de connexion Wi-Fi en chemin ?</translation>
        </message>
        <message>
            <source>the hub no longer accepts this laptop</source>
            <translation>le hub n'accepte plus cet ordinateur</translation>
        </message>
        <message>
            <source>the hub asked to slow down: next try in {seconds} s</source>
            <translation>le hub a demandé de ralentir : prochain essai dans {seconds} s</translation>
        </message>
        <message>
            <source>the hub asked to slow down</source>
            <translation>le hub a demandé de ralentir</translation>
        </message>
        <message>
            <source>the network redirected the request (HTTP {status}; a Wi-Fi login page?)</source>
            <translation>le réseau a redirigé la requête (HTTP {status} ; une page de connexion Wi-Fi ?)</translation>
        </message>
        <message>
            <source>the hub has a problem (HTTP {status})</source>
            <translation>le hub a un problème (HTTP {status})</translation>
        </message>
        <message>
            <source>the hub holds later counts from this laptop than its database has (put back from a copy?)</source>
            <translation>le hub détient des comptages de cet ordinateur plus récents que sa base de données (restaurée depuis une copie ?)</translation>
        </message>
        <message>
            <source>the hub refused these counts: {reason}</source>
            <translation>le hub a refusé ces comptages : {reason}</translation>
        </message>
        <message>
            <source>the hub answered oddly (HTTP {status})</source>
            <translation>le hub a répondu de façon inattendue (HTTP {status})</translation>
        </message>
        <message>
            <source>the answer did not come from the hub (a Wi-Fi login page?)</source>
            <translation>la réponse ne venait pas du hub (une page de connexion Wi-Fi ?)</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status} — is the address right?</source>
            <translation>le hub a répondu HTTP {status} — l'adresse est-elle juste ?</translation>
        </message>
        <message>
            <source>a proxy on this network asks for a login (HTTP 407)</source>
            <translation>un proxy de ce réseau demande une connexion (HTTP 407)</translation>
        </message>
        <message>
            <source>something on the way refused the request (HTTP {status}, not in the hub's words): a proxy?</source>
            <translation>quelque chose en chemin a refusé la requête (HTTP {status}, pas dans les termes du hub) : un proxy ?</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status}</source>
            <translation>le hub a répondu HTTP {status}</translation>
        </message>
        <message>
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>taille du lot : {batch_size} n'est pas entre 1 et {max} cellules</translation>
        </message>
        <message>
            <source>the hub cannot say what it holds from this laptop (an older hub)</source>
            <translation>le hub ne peut pas dire ce qu'il détient de cet ordinateur (un hub plus ancien)</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>pas de trousseau système sûr sur cet ordinateur ({keyring_name}) : le jeton du hub n'aurait aucun endroit sûr où aller, cet ordinateur ne peut donc pas se connecter. Configurez le trousseau système (p. ex. GNOME Keyring ou KWallet) et réessayez ; le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>code d'inscription : vide (il ressemble à K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>code d'inscription : lettres, chiffres et tirets uniquement (comme K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>aucune activation pour l'instant : créez d'abord le festival ou la tournée ; le hub reçoit les comptes d'une activation</translation>
        </message>
        <message>
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} a répondu {answer} ({reason}) : vérifiez l'adresse ; le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>impossible de se connecter à {hub_url} : {words} (le même code fonctionnera quand vous réessaierez)</translation>
        </message>
        <message>
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>le hub a refusé le code : {reason} (demandez-en un nouveau à la coordination)</translation>
        </message>
        <message>
            <source>the hub is busy: try again in a minute</source>
            <translation>le hub est occupé : réessayez dans une minute</translation>
        </message>
        <message>
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>le hub à {hub_url} a un problème (HTTP {status}) : réessayez plus tard</translation>
        </message>
        <message>
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>le hub n'a pas accepté la forme du code (il ressemble à K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} ne répond pas comme un hub Wellness (HTTP {status}) : vérifiez l'adresse</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>le trousseau ({keyring_name}) ne peut pas être lu ({error_type}) : est-il verrouillé ? Le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>le trousseau ({keyring_name}) a refusé d'enregistrer le jeton du hub ({error_type}) : rien n'a été envoyé, et le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>le trousseau ({keyring_name}) a refusé d'enregistrer le jeton du hub ({error_type}) : rien n'a été enregistré ; réessayez avec le même code</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>pas de trousseau système sûr sur cet ordinateur ({keyring_name}) : le jeton du hub ne peut pas être lu</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>le trousseau ({keyring_name}) ne peut pas être lu ({error_type}) : est-il verrouillé ?</translation>
        </message>
        <message>
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>le jeton du hub de cet ordinateur n'est pas dans le trousseau : reconnectez-le sur la page Synchronisation</translation>
        </message>
        <message>
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>le jeton du hub dans le trousseau ({entry}) n'est pas celui que cette application a enregistré ({fault}) : reconnectez cet ordinateur sur la page Synchronisation avec un nouveau code de la coordination (cela enregistre un nouveau jeton)</translation>
        </message>
        <message>
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>toujours connecté, et le jeton est toujours là ({entry}) ; déverrouillez le trousseau et réessayez</translation>
        </message>
        <message>
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>le trousseau est inaccessible ({keyring_name}), le jeton du hub n'a donc pas été supprimé : {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>le trousseau ({keyring_name}) n'a pas pu retirer le jeton du hub ({error_type}) : {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>le trousseau ({keyring_name}) a gardé le jeton du hub alors qu'on lui a demandé de le supprimer : {still}</translation>
        </message>
        <message>
            <source>the hub keeps receiving later counts from this laptop than its database has: is a second copy of this data folder syncing too?</source>
            <translation>le hub reçoit sans cesse de cet ordinateur des comptages plus récents que sa base de données : une deuxième copie de ce dossier de données se synchronise-t-elle aussi ?</translation>
        </message>
        <message>
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>le lot {batch} a été refusé lors d'une connexion précédente au hub ; la connexion actuelle renvoie ces comptes, il n'a donc pas besoin d'être réessayé</translation>
        </message>
        <message>
            <source>there is no refused batch {batch}</source>
            <translation>il n'y a pas de lot refusé {batch}</translation>
        </message>
        <message>
            <source>Directory: {problem}; the directory you had is kept</source>
            <translation>Annuaire : {problem} ; l'annuaire que vous aviez est gardé</translation>
        </message>
        <message>
            <source>Directory: unchanged</source>
            <translation>Annuaire : inchangé</translation>
        </message>
        <message>
            <source>Directory: the hub has none to give yet; the directory you had is kept</source>
            <translation>Annuaire : le hub n'en a pas encore à donner ; l'annuaire que vous aviez est gardé</translation>
        </message>
        <message>
            <source>Directory: the hub no longer accepts this laptop (reconnect it on the Sync page); the directory you had is kept</source>
            <translation>Annuaire : le hub n'accepte plus cet ordinateur (reconnectez-le sur la page Synchronisation) ; l'annuaire que vous aviez est gardé</translation>
        </message>
        <message>
            <source>Directory: the hub is busy; the directory you had is kept</source>
            <translation>Annuaire : le hub est occupé ; l'annuaire que vous aviez est gardé</translation>
        </message>
        <message>
            <source>Directory: the hub has a problem (HTTP {status}); the directory you had is kept</source>
            <translation>Annuaire : le hub a un problème (HTTP {status}) ; l'annuaire que vous aviez est gardé</translation>
        </message>
        <message>
            <source>Directory: the hub refused the request ({reason}); the directory you had is kept</source>
            <translation>Annuaire : le hub a refusé la requête ({reason}) ; l'annuaire que vous aviez est gardé</translation>
        </message>
        <message>
            <source>The directory from the hub is not valid ({problem}): it was refused and the directory you had is kept.</source>
            <translation>L'annuaire venu du hub n'est pas valide ({problem}) : il a été refusé et celui que vous aviez est gardé.</translation>
        </message>
        <message>
            <source>The directory from the hub is an older edition ({published}) than the one this laptop has ({held}): it was refused and the directory you had is kept.</source>
            <translation>L'annuaire venu du hub est une édition plus ancienne ({published}) que celle de cet ordinateur ({held}) : il a été refusé et celui que vous aviez est gardé.</translation>
        </message>
        <message>
            <source>Directory: installed 1 service from the hub {host}</source>
            <translation>Annuaire : 1 service installé depuis le hub {host}</translation>
        </message>
        <message>
            <source>Directory: installed {n} services from the hub {host}</source>
            <translation>Annuaire : {n} services installés depuis le hub {host}</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation>ce n'est pas la réponse du hub</translation>
        </message>
        <message>
            <source>over {mib} MiB</source>
            <translation>plus de {mib} Mio</translation>
        </message>
        <message>
            <source>compressed as {coding}, which the hub never is</source>
            <translation>compressée en {coding}, ce que le hub ne fait jamais</translation>
        </message>
        <message>
            <source>broken gzip</source>
            <translation>gzip endommagé</translation>
        </message>
        <message>
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>adresse du hub : vide (donnez-la sous la forme https://hub.example.org)</translation>
        </message>
        <message>
            <source>hub address: {text} has a space in it</source>
            <translation>adresse du hub : {text} contient une espace</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address</source>
            <translation>adresse du hub : {text} n'est pas une adresse web</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>adresse du hub : {text} n'est pas une adresse web (elle commence par https:// ou http://)</translation>
        </message>
        <message>
            <source>hub address: leave the user name and password out of it</source>
            <translation>adresse du hub : n'y mettez ni le nom d'utilisateur ni le mot de passe</translation>
        </message>
        <message>
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>adresse du hub : {text} a une partie '?' ou '#' : donnez l'adresse du hub</translation>
        </message>
        <message>
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>adresse du hub : utilisez https:// pour un hub sur internet ({text}) : le jeton traverserait le réseau en clair</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} n'est pas une étape de tournée avec une date</translation>
        </message>
        <message>
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>plage de la journée : finit à {window_end}, pas après son début ({window_start})</translation>
        </message>
        <message>
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>durée de la séance : {minutes} n'est pas entre 10 et 240 minutes</translation>
        </message>
        <message>
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>pause : {minutes} n'est pas entre 0 et 120 minutes</translation>
        </message>
        <message>
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>pause déjeuner : indiquez son début et sa fin, ou aucun des deux</translation>
        </message>
        <message>
            <source>lunch break: ends before it starts</source>
            <translation>pause déjeuner : finit avant de commencer</translation>
        </message>
        <message>
            <source>lunch break: outside the day window</source>
            <translation>pause déjeuner : en dehors de la plage de la journée</translation>
        </message>
        <message>
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>plage de la journée : {window_start}–{window_end} ne contient pas une séance de {minutes} minutes</translation>
        </message>
        <message>
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>plage de la journée : aucune séance de {minutes} minutes ne tient le {day} ({window_start}–{window_end}, moins le déjeuner et tout changement d'heure)</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>coût</translation>
        </message>
        <message>
            <source>therapy day {therapy_day} does not exist</source>
            <translation>la journée de thérapie {therapy_day} n'existe pas</translation>
        </message>
        <message>
            <source>provider name: must not be empty</source>
            <translation>nom du ou de la thérapeute : ne peut pas être vide</translation>
        </message>
        <message>
            <source>mode: {mode} is not one of {modes}</source>
            <translation>mode : {mode} n'est pas l'un de {modes}</translation>
        </message>
        <message>
            <source>cost per session</source>
            <translation>coût par séance</translation>
        </message>
        <message>
            <source>cost per day</source>
            <translation>coût par jour</translation>
        </message>
        <message>
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>déverrouillez la section thérapie pour enregistrer le contact du ou de la thérapeute</translation>
        </message>
        <message>
            <source>slot {slot} does not exist</source>
            <translation>le créneau {slot} n'existe pas</translation>
        </message>
        <message>
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>ce créneau est réservé : annulez la réservation avant de le bloquer</translation>
        </message>
        <message>
            <source>slot: ends before it starts</source>
            <translation>créneau : finit avant de commencer</translation>
        </message>
        <message>
            <source>slot: longer than 4 hours</source>
            <translation>créneau : dure plus de 4 heures</translation>
        </message>
        <message>
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>créneau : chevauche le créneau de {time} du même jour</translation>
        </message>
        <message>
            <source>slot: starts and ends at the same time</source>
            <translation>créneau : commence et finit à la même heure</translation>
        </message>
        <message>
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} créneau(x) réservé(s) ne rentrent pas dans le nouveau plan ({times}) : gardez-les, ou annulez leurs réservations</translation>
        </message>
        <message>
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} n'est pas une tournée : le budget de thérapie est celui d'une tournée</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>budget</translation>
        </message>
        <message>
            <source>budget: give an amount, e.g. 2400</source>
            <translation>budget : indiquez un montant, p. ex. 2400</translation>
        </message>
        <message>
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>devise : {currency} n'est pas un code comme USD ou EUR</translation>
        </message>
        <message>
            <source>person: give a name, initials or an alias</source>
            <translation>personne : indiquez un nom, des initiales ou un pseudonyme</translation>
        </message>
        <message>
            <source>person: longer than 80 characters</source>
            <translation>personne : plus de 80 caractères</translation>
        </message>
        <message>
            <source>this slot is blocked</source>
            <translation>ce créneau est bloqué</translation>
        </message>
        <message>
            <source>this slot is already booked</source>
            <translation>ce créneau est déjà réservé</translation>
        </message>
        <message>
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>cette personne a déjà une séance à {time} ({place}) qui chevauche ce créneau</translation>
        </message>
        <message>
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>cette réservation coûte {cost} {currency} ; il ne reste que {remaining} {currency} du budget de thérapie</translation>
        </message>
        <message>
            <source>booking {booking} does not exist</source>
            <translation>la réservation {booking} n'existe pas</translation>
        </message>
        <message>
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>statut : {status} n'est ni booked, ni attended, ni no_show (annulez avec cancel_booking)</translation>
        </message>
        <message>
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>cette réservation a été annulée : réservez à nouveau le créneau</translation>
        </message>
        <message>
            <source>this booking is already cancelled</source>
            <translation>cette réservation est déjà annulée</translation>
        </message>
        <message>
            <source>this session took place (attended or no-show): it stays</source>
            <translation>cette séance a eu lieu (venu ou absent) : elle reste</translation>
        </message>
        <message>
            <source>this person is already on the waitlist for this day</source>
            <translation>cette personne est déjà sur la liste d'attente de ce jour</translation>
        </message>
        <message>
            <source>this person is no longer on the waitlist</source>
            <translation>cette personne n'est plus sur la liste d'attente</translation>
        </message>
        <message>
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>ce créneau est sur une autre journée de thérapie que la liste d'attente</translation>
        </message>
        <message>
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>cette entrée de la liste d'attente a perdu son nom : ajoutez à nouveau la personne</translation>
        </message>
        <message>
            <source>unlock the therapy section to print names</source>
            <translation>déverrouillez la section thérapie pour imprimer les noms</translation>
        </message>
        <message>
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>déverrouillez la section thérapie pour mettre le nom dans l'invitation</translation>
        </message>
        <message>
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>déverrouillez la section thérapie pour mettre des noms dans l'agenda</translation>
        </message>
        <message>
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>aucun créneau de la journée de thérapie à {stop} n'est proposé : rien à mettre dans un agenda</translation>
        </message>
        <message>
            <source>{field}: stored in an unknown format</source>
            <translation>{field} : enregistré dans un format inconnu</translation>
        </message>
        <message>
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field} : impossible à déchiffrer avec cette clé</translation>
        </message>
        <message>
            <source>Names are encrypted; the key is in this computer's keyring ({keyring}). Your PIN hides them on screen.</source>
            <translation>Les noms sont chiffrés ; la clé est dans le trousseau de cet ordinateur ({keyring}). Votre PIN les masque à l'écran.</translation>
        </message>
        <message>
            <source>Names are encrypted with a key protected by your passphrase (no system keyring is used). Without the passphrase they cannot be read.</source>
            <translation>Les noms sont chiffrés avec une clé protégée par votre phrase secrète (aucun trousseau système n'est utilisé). Sans elle, ils sont illisibles.</translation>
        </message>
        <message>
            <source>Set a PIN to start: names will be encrypted with a key kept in this computer's keyring ({keyring}).</source>
            <translation>Choisissez un PIN pour commencer : les noms seront chiffrés avec une clé gardée dans le trousseau de cet ordinateur ({keyring}).</translation>
        </message>
        <message>
            <source>No system keyring works on this computer. Set a passphrase to start: names will be encrypted with a key derived from it. Keep it safe: without it nobody can read them.</source>
            <translation>Aucun trousseau système ne fonctionne sur cet ordinateur. Choisissez une phrase secrète pour commencer : les noms seront chiffrés avec une clé qui en est dérivée. Gardez-la en lieu sûr : sans elle, personne ne pourra les lire.</translation>
        </message>
        <message>
            <source>the key is already set up: unlock instead</source>
            <translation>la clé est déjà configurée : déverrouillez plutôt</translation>
        </message>
        <message>
            <source>PIN: use at least {minimum} characters</source>
            <translation>code PIN : utilisez au moins {minimum} caractères</translation>
        </message>
        <message>
            <source>passphrase: use at least {minimum} characters</source>
            <translation>phrase secrète : utilisez au moins {minimum} caractères</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>le trousseau ({keyring_name}) a refusé d'enregistrer la clé ({error_type})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>pas encore de clé : définissez d'abord un code PIN ou une phrase secrète</translation>
        </message>
        <message>
            <source>too many wrong tries: wait {wait} s</source>
            <translation>trop d'essais erronés : attendez {wait} s</translation>
        </message>
        <message>
            <source>wrong PIN: try again in {delay} s</source>
            <translation>code PIN incorrect : réessayez dans {delay} s</translation>
        </message>
        <message>
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>phrase secrète incorrecte : réessayez dans {delay} s</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>le trousseau ({keyring_name}) ne peut pas être lu ({error_type})</translation>
        </message>
        <message>
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>la clé de cette base de données n'est pas dans le trousseau de cet ordinateur ({name}) : les noms ne peuvent pas être lus sur cet ordinateur</translation>
        </message>
        <message>
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>la clé de cette base de données dans le trousseau ({name} : service {SERVICE}, entrée 'data-key:{db_id}') n'est pas celle que cette application a enregistrée ({fault}) : remettez cette entrée depuis une sauvegarde du trousseau ; d'ici là, les noms ne peuvent pas être lus (rien n'a été modifié)</translation>
        </message>
    </context>
    <context>
        <name>ActivationsPage</name>
        <message>
            <source>Activations: festivals and tours</source>
            <translation>Activations : festivals et tournées</translation>
        </message>
        <message>
            <source>&amp;Activations</source>
            <translation>&amp;Activations</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <source>&amp;Places</source>
            <translation>&amp;Lieux</translation>
        </message>
        <message>
            <source>Places of the activation</source>
            <translation>Lieux de l'activation</translation>
        </message>
        <message>
            <source>&amp;Use this activation</source>
            <translation>&amp;Utiliser cette activation</translation>
        </message>
        <message>
            <source>&amp;New activation…</source>
            <translation>&amp;Nouvelle activation…</translation>
        </message>
        <message>
            <source>Add &amp;location…</source>
            <translation>Ajouter un &amp;lieu…</translation>
        </message>
        <message>
            <source>&amp;Capacity and changeover…</source>
            <translation>&amp;Capacité et changement…</translation>
        </message>
        <message>
            <source>How many people the space holds, and the minutes needed between two sessions there.</source>
            <translation>Combien de personnes l'espace accueille, et les minutes nécessaires entre deux séances.</translation>
        </message>
        <message>
            <source>&amp;Edit stop…</source>
            <translation>&amp;Modifier l'étape…</translation>
        </message>
        <message>
            <source>&amp;Delete stop…</source>
            <translation>&amp;Supprimer l'étape…</translation>
        </message>
        <message>
            <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
            <translation>Seulement une étape vide : aucune journée de thérapie, aucun atelier ni kit enregistré.</translation>
        </message>
        <message>
            <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
            <translation>Aucune activation pour l'instant. Une activation est un festival ou une tournée : créez-en une, puis ajoutez ses tentes et salles, ou ses étapes.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Créer une activation</translation>
        </message>
        <message>
            <source>{kind} · {start} to {end} · {zone}</source>
            <translation>{kind} · du {start} au {end} · {zone}</translation>
        </message>
        <message>
            <source>{name}  ✓ current
{details}</source>
            <translation>{name}  ✓ en cours
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
            <translation>Capacité : {capacity}</translation>
        </message>
        <message numerus="yes">
            <source>%n min changeover</source>
            <translation>
                <numerusform>%n min de changement</numerusform>
                <numerusform>%n min de changement</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Tour stops</source>
            <translation>É&amp;tapes de la tournée</translation>
        </message>
        <message>
            <source>Add a &amp;stop…</source>
            <translation>Ajouter une é&amp;tape…</translation>
        </message>
        <message>
            <source>People the space holds (0: no limit):</source>
            <translation>Personnes accueillies dans l'espace (0 : sans limite) :</translation>
        </message>
        <message>
            <source>Changeover minutes needed between two sessions:</source>
            <translation>Minutes de changement nécessaires entre deux séances :</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
            <translation>Supprimer l'étape {stop} ? C'est définitif (ajoutez-la de nouveau si besoin).</translation>
        </message>
    </context>
    <context>
        <name>AddSlotDialog</name>
        <message>
            <source>Add a slot by hand</source>
            <translation>Ajouter un créneau à la main</translation>
        </message>
        <message>
            <source>Slot starts</source>
            <translation>Début du créneau</translation>
        </message>
        <message>
            <source>Slot ends</source>
            <translation>Fin du créneau</translation>
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
            <translation>quotidienne</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuelle</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>avant une mise à jour</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Backups of this laptop's database</source>
            <translation>Sauvegardes de la base de données de cet ordinateur</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day and before every upgrade, in {folder}.</source>
            <translation>Une sauvegarde est faite au premier démarrage de chaque jour et avant chaque mise à jour, dans {folder}.</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>Pas encore de sauvegarde</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backed up: {file} ({size}).</source>
            <translation>Sauvegarde faite : {file} ({size}).</translation>
        </message>
        <message>
            <source>Wellness Desk backups (*.sqlite3)</source>
            <translation>Sauvegardes de Wellness Desk (*.sqlite3)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Vérification de {file}…</translation>
        </message>
        <message>
            <source>it cannot be read (damaged?)</source>
            <translation>elle est illisible (endommagée ?)</translation>
        </message>
        <message>
            <source>Put back the backup {file}?

It holds: {holds}.

It replaces the current database ({now}). The current database is not deleted: it is kept as {aside} in {folder}.

Wellness Desk closes after the restore; open it again to carry on.</source>
            <translation>Remettre la sauvegarde {file} ?

Elle contient : {holds}.

Elle remplace la base de données actuelle ({now}). La base actuelle n’est pas supprimée : elle est gardée sous le nom {aside} dans {folder}.

Wellness Desk se ferme après la restauration ; rouvrez-le pour continuer.</translation>
        </message>
        <message>
            <source>nothing readable</source>
            <translation>rien de lisible</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
    </context>
    <context>
        <name>BatchProblems</name>
        <message>
            <source>Batch from a locations CSV</source>
            <translation>Lot à partir d'un CSV de lieux</translation>
        </message>
        <message numerus="yes">
            <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
            <translation>
                <numerusform>{file} : rien n'a été imprimé, %n problème. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
                <numerusform>{file} : rien n'a été imprimé, %n problèmes. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problèmes du fichier</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the list of problems</source>
            <translation>Fermer la liste des problèmes</translation>
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <source>full name, initials or an alias</source>
            <translation>nom complet, initiales ou un pseudonyme</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Contact (optional)</source>
            <translation>Contact (facultatif)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Names, contacts and notes are stored encrypted.</source>
            <translation>Les noms, contacts et notes sont enregistrés chiffrés.</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Budget dépassé</translation>
        </message>
        <message>
            <source>{reason}.

Book anyway?</source>
            <translation>{reason}.

Réserver quand même ?</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Therapy budget</source>
            <translation>Budget thérapie</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>p. ex. {amount}</translation>
        </message>
        <message>
            <source>e.g. USD</source>
            <translation>p. ex. EUR</translation>
        </message>
        <message>
            <source>Amount for the tour</source>
            <translation>Montant pour la tournée</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Nothing counted yet</source>
            <translation>Rien de compté pour l'instant</translation>
        </message>
        <message>
            <source>{title} ({unit})</source>
            <translation>{title} ({unit})</translation>
        </message>
        <message>
            <source>{category}: {values}</source>
            <translation>{category} : {values}</translation>
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
            <translation>{title} : {empty}</translation>
        </message>
        <message>
            <source>{category} {values}</source>
            <translation>{category} {values}</translation>
        </message>
        <message>
            <source>{title}: {figures}</source>
            <translation>{title} : {figures}</translation>
        </message>
        <message>
            <source>Kits handed out today per hour</source>
            <translation>Kits distribués aujourd'hui par heure</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Aucune distribution aujourd'hui pour l'instant</translation>
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
            <translation>Se connecter à un hub</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
            <translation>Un·e coordinateur·rice crée sur le hub un code d'inscription à usage unique (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Avec ce code, cet ordinateur envoie les comptages anonymes de &lt;b&gt;{activation}&lt;/b&gt; : jamais de noms, de contacts ni de notes.</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
            <translation>Un·e coordinateur·rice crée sur le hub un code d'inscription à usage unique (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Avec ce code, cet ordinateur envoie les comptages anonymes de l'activation en cours : jamais de noms, de contacts ni de notes.</translation>
        </message>
        <message>
            <source>e.g. https://hub.example.org</source>
            <translation>p. ex. https://hub.example.org</translation>
        </message>
        <message>
            <source>Sync hub address</source>
            <translation>Adresse du hub de synchronisation</translation>
        </message>
        <message>
            <source>Sync hub &amp;address</source>
            <translation>&amp;Adresse du hub de synchronisation</translation>
        </message>
        <message>
            <source>e.g. K7QF-2MXD-9PLA</source>
            <translation>p. ex. K7QF-2MXD-9PLA</translation>
        </message>
        <message>
            <source>Case and dashes do not matter. A code works once.</source>
            <translation>Majuscules et tirets n'ont pas d'importance. Un code ne sert qu'une fois.</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Code d'inscription</translation>
        </message>
        <message>
            <source>Enrolment &amp;code</source>
            <translation>&amp;Code d'inscription</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Noted, thank you: it will be re-checked.</source>
            <translation>C'est noté, merci : il sera revérifié.</translation>
        </message>
        <message>
            <source>This number did not work</source>
            <translation>Ce numéro n'a pas fonctionné</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>✕ Stale: not verified for over a year</source>
            <translation>✕ Périmé : non vérifié depuis plus d'un an</translation>
        </message>
        <message>
            <source>⚠ Verified over 6 months ago</source>
            <translation>⚠ Vérifié il y a plus de 6 mois</translation>
        </message>
        <message>
            <source>Report that {number} did not work</source>
            <translation>Signaler que le {number} n'a pas fonctionné</translation>
        </message>
        <message>
            <source>Copy {number} ({kind}, {name})</source>
            <translation>Copier le {number} ({kind}, {name})</translation>
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
            <translation>Corriger le comptage</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>{kit} in the box at {location}</source>
            <translation>{kit} dans la boîte à {location}</translation>
        </message>
        <message>
            <source>The books say {count}.</source>
            <translation>Les registres indiquent {count}.</translation>
        </message>
        <message>
            <source>recount</source>
            <translation>recomptage</translation>
        </message>
        <message>
            <source>Why was the count off?</source>
            <translation>Pourquoi le comptage était-il faux ?</translation>
        </message>
        <message>
            <source>&amp;Why was the count off?</source>
            <translation>&amp;Pourquoi le comptage était-il faux ?</translation>
        </message>
    </context>
    <context>
        <name>CountryCardDialog</name>
        <message>
            <source>Country card</source>
            <translation>Carte pays</translation>
        </message>
        <message>
            <source>two letters, e.g. CA</source>
            <translation>deux lettres, par ex. CA</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>Country, two letters</source>
            <translation>Pays, deux lettres</translation>
        </message>
        <message>
            <source>C&amp;ards</source>
            <translation>&amp;Cartes</translation>
        </message>
        <message>
            <source>Number of cards</source>
            <translation>Nombre de cartes</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
            <translation>Dix cartes par feuille avec traits de coupe ; une seconde page porte le verso dans une deuxième langue, pour l'impression recto verso.</translation>
        </message>
    </context>
    <context>
        <name>DoorPanel</name>
        <message>
            <source>Door</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>FULL</source>
            <translation>COMPLET</translation>
        </message>
        <message>
            <source>Take one person off the door count</source>
            <translation>Retirer une personne du comptage à l'entrée</translation>
        </message>
        <message>
            <source>Add one person at the door</source>
            <translation>Ajouter une personne à l'entrée</translation>
        </message>
        <message>
            <source>Take one person off the waitlist</source>
            <translation>Retirer une personne de la liste d'attente</translation>
        </message>
        <message>
            <source>Add one person to the waitlist</source>
            <translation>Ajouter une personne à la liste d'attente</translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Marquer comme tenue</translation>
        </message>
        <message>
            <source>No session now or later today in this space.</source>
            <translation>Aucune séance en ce moment ni plus tard aujourd'hui dans cet espace.</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · cancelled</source>
            <translation>{kind} · {times} à {space} · annulée</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · held</source>
            <translation>{kind} · {times} à {space} · tenue</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space}</source>
            <translation>{kind} · {times} à {space}</translation>
        </message>
        <message>
            <source>{count} / {capacity}</source>
            <translation>{count} / {capacity}</translation>
        </message>
        <message>
            <source>At the door: {count}</source>
            <translation>À l'entrée : {count}</translation>
        </message>
        <message>
            <source>Count newcomers on the waitlist</source>
            <translation>Comptez les nouveaux venus sur la liste d'attente</translation>
        </message>
        <message>
            <source>Put back (not held)</source>
            <translation>Annuler (non tenue)</translation>
        </message>
        <message>
            <source>Walk-ins waiting: {count}</source>
            <translation>Personnes sans réservation en attente : {count}</translation>
        </message>
        <message>
            <source>FULL: {title}. Count newcomers on the waitlist</source>
            <translation>COMPLET : {title}. Comptez les nouveaux venus sur la liste d'attente</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
            <translation>
                <numerusform>« {title} » commence à {time}, dans %n minute. La marquer comme tenue maintenant ?

Vous pourrez revenir en arrière avec « Annuler (non tenue) ».</numerusform>
                <numerusform>« {title} » commence à {time}, dans %n minutes. La marquer comme tenue maintenant ?

Vous pourrez revenir en arrière avec « Annuler (non tenue) ».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Include personal details (names, contacts and notes of therapy bookings)</source>
            <translation>Inclure les données personnelles (noms, contacts et notes des réservations de thérapie)</translation>
        </message>
        <message>
            <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
            <translation>Ces fichiers contiendront les noms et contacts de personnes en thérapie. Gardez-les sur cet ordinateur : ne les envoyez jamais par e-mail, ne les mettez jamais en ligne ni ne les partagez, et supprimez-les une fois terminé.</translation>
        </message>
        <message>
            <source>To include personal details, unlock the Therapy days section first.</source>
            <translation>Pour inclure les données personnelles, déverrouillez d'abord la section Journées de thérapie.</translation>
        </message>
        <message>
            <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
            <translation>La section Journées de thérapie s'est verrouillée : déverrouillez-la pour inclure les données personnelles, ou exportez sans elles (rien n'a été écrit)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Choisir le dossier</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
            <translation>Les comptages anonymes (aggregates.csv) sont le fichier à partager : les chiffres de thérapie inférieurs à 5 y figurent comme &lt;5. Les autres fichiers sont les journaux propres à cet ordinateur. Un README.txt dans le dossier explique le contenu de chaque fichier.</translation>
        </message>
        <message>
            <source>Export CSV into</source>
            <translation>Exporter le CSV dans</translation>
        </message>
        <message>
            <source>Folder: choose where to export</source>
            <translation>Dossier : choisissez où exporter</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
    </context>
    <context>
        <name>HandOutSeveralDialog</name>
        <message>
            <source>Hand out several</source>
            <translation>Distribuer plusieurs</translation>
        </message>
        <message>
            <source>{kit}: how many went over the table at once?</source>
            <translation>{kit} : combien en avez-vous distribué d'un coup ?</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Pour :</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>Combien</translation>
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation>&amp;Combien :</translation>
        </message>
        <message>
            <source>Hand out {count} × {kit} for {role}?</source>
            <translation>Distribuer {count} × {kit} pour {role} ?</translation>
        </message>
        <message>
            <source>{question}

That is more than {most} at once.</source>
            <translation>{question}

C'est plus de {most} d'un coup.</translation>
        </message>
    </context>
    <context>
        <name>HelpLineBanner</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Set the help line…</source>
            <translation>Définir la ligne d'écoute…</translation>
        </message>
        <message>
            <source>Set the industry help line in Settings</source>
            <translation>Définir la ligne d'écoute du secteur dans les Paramètres</translation>
        </message>
        <message>
            <source>24/7 music-industry help line</source>
            <translation>Ligne d'écoute 24 h/24 de l'industrie musicale</translation>
        </message>
        <message>
            <source>Copy the help line number {number}</source>
            <translation>Copier le numéro de la ligne d'écoute {number}</translation>
        </message>
        <message>
            <source>Help line: {name}, {number}</source>
            <translation>Ligne d'écoute : {name}, {number}</translation>
        </message>
        <message>
            <source>No help line set</source>
            <translation>Aucune ligne d'écoute définie</translation>
        </message>
        <message>
            <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
            <translation>La ligne d'écoute 24 h/24 du secteur n'est pas encore définie : définissez-la pour qu'elle s'affiche ici et s'imprime sur chaque carte.</translation>
        </message>
        <message>
            <source>No industry help line is set</source>
            <translation>Aucune ligne d'écoute du secteur n'est définie</translation>
        </message>
    </context>
    <context>
        <name>KitCataloguePage</name>
        <message>
            <source>Kit catalogue and stock</source>
            <translation>Catalogue des kits et stock</translation>
        </message>
        <message>
            <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
            <translation>Pas encore de kits. Ajoutez ce que la tente distribue (bouchons d'oreilles, eau, préservatifs…) : chaque kit devient une tuile du compteur de kits.</translation>
        </message>
        <message>
            <source>Add kit…</source>
            <translation>Ajouter un kit…</translation>
        </message>
        <message>
            <source>Kits and their stock</source>
            <translation>Kits et leur stock</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Couleur…</translation>
        </message>
        <message>
            <source>Low-stock level…</source>
            <translation>Seuil de stock bas…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Stock at</source>
            <translation>Stock à</translation>
        </message>
        <message>
            <source>&amp;Stock at:</source>
            <translation>&amp;Stock à :</translation>
        </message>
        <message>
            <source>Receive stock…</source>
            <translation>Réceptionner du stock…</translation>
        </message>
        <message>
            <source>Correct count…</source>
            <translation>Corriger le comptage…</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>Low-stock at</source>
            <translation>Stock bas à</translation>
        </message>
        <message>
            <source>Stock · {location}</source>
            <translation>Stock · {location}</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Colour of {kit}: {colour}</source>
            <translation>Couleur de {kit} : {colour}</translation>
        </message>
        <message>
            <source>Below zero: more handed out than received. Count the box.</source>
            <translation>Sous zéro : plus distribué que reçu. Comptez la boîte.</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Stock bas</translation>
        </message>
        <message>
            <source>{count}: {warning}</source>
            <translation>{count} : {warning}</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>en service</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Remettre en service</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Catalogue des kits</translation>
        </message>
    </context>
    <context>
        <name>KitColourDialog</name>
        <message>
            <source>Colour of {kit}</source>
            <translation>Couleur de {kit}</translation>
        </message>
        <message>
            <source>Other colour…</source>
            <translation>Autre couleur…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Use this colour</source>
            <translation>Utiliser cette couleur</translation>
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
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Next tap is for:</source>
            <translation>Le prochain appui est pour :</translation>
        </message>
        <message>
            <source>Next tap is for: {role}</source>
            <translation>Le prochain appui est pour : {role}</translation>
        </message>
        <message>
            <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
            <translation>Le prochain appui sur une tuile est compté pour ce profil, puis on revient à « Tout le monde »</translation>
        </message>
        <message>
            <source>Today per hour</source>
            <translation>Aujourd'hui par heure</translation>
        </message>
        <message>
            <source>Recent actions</source>
            <translation>Actions récentes</translation>
        </message>
        <message>
            <source>Undo selected</source>
            <translation>Annuler la sélection</translation>
        </message>
        <message>
            <source>Undo the selected action</source>
            <translation>Annuler l'action sélectionnée</translation>
        </message>
        <message>
            <source>Undo the last tap (Ctrl+Z)</source>
            <translation>Annuler le dernier appui (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Compteur de kits</translation>
        </message>
        <message>
            <source>No activation yet. Create one under Activations.</source>
            <translation>Aucune activation pour l'instant. Créez-en une dans Activations.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Ouvrir Activations</translation>
        </message>
        <message>
            <source>This activation has no location yet. Add one under Activations.</source>
            <translation>Cette activation n'a pas encore de lieu. Ajoutez-en un dans Activations.</translation>
        </message>
        <message>
            <source>No kit types yet. Add some under Kit catalogue.</source>
            <translation>Aucun type de kit pour l'instant. Ajoutez-en dans Catalogue des kits.</translation>
        </message>
        <message>
            <source>Open the kit catalogue</source>
            <translation>Ouvrir le catalogue des kits</translation>
        </message>
        <message>
            <source>{activation} · {location}</source>
            <translation>{activation} · {location}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out today</source>
            <translation>
                <numerusform>%Ln kit distribué aujourd'hui</numerusform>
                <numerusform>%Ln kits distribués aujourd'hui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit}, {time}</source>
            <translation>
                <numerusform>Annuler : %Ln × {kit}, {time}</numerusform>
                <numerusform>Annuler : %Ln × {kit}, {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit} for {role}, {time}</source>
            <translation>
                <numerusform>Annuler : %Ln × {kit} pour {role}, {time}</numerusform>
                <numerusform>Annuler : %Ln × {kit} pour {role}, {time}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>Undo: nothing to undo</source>
            <translation>Annuler : rien à annuler</translation>
        </message>
        <message numerus="yes">
            <source>No tile {key}: there are %Ln kit(s)</source>
            <translation>
                <numerusform>Pas de tuile {key} : il y a %Ln kit</numerusform>
                <numerusform>Pas de tuile {key} : il y a %Ln kits</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
            <translation>Compté : {kit} ×{count} · stock {stock} · sous zéro : comptez la boîte</translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock}</source>
            <translation>Compté : {kit} ×{count} · stock {stock}</translation>
        </message>
        <message>
            <source>Not counted: {reason}</source>
            <translation>Non compté : {reason}</translation>
        </message>
        <message>
            <source>Not undone: the hand-out still counts</source>
            <translation>Non annulé : la distribution compte toujours</translation>
        </message>
        <message>
            <source>Not undone: {reason}</source>
            <translation>Non annulé : {reason}</translation>
        </message>
        <message>
            <source>Counting at {location} ({activation})</source>
            <translation>Comptage à {location} ({activation})</translation>
        </message>
        <message>
            <source>Undone: {kit} ×{count} handed out</source>
            <translation>Annulé : {kit} ×{count} distribué</translation>
        </message>
        <message>
            <source>Undone: {kit} stock {change}</source>
            <translation>Annulé : {kit} stock {change}</translation>
        </message>
        <message>
            <source>Hand out one to {role}</source>
            <translation>En distribuer un à {role}</translation>
        </message>
        <message>
            <source>Hand out several…</source>
            <translation>Distribuer plusieurs…</translation>
        </message>
    </context>
    <context>
        <name>KitNameDialog</name>
        <message>
            <source>Rename kit</source>
            <translation>Renommer le kit</translation>
        </message>
        <message>
            <source>Add kit</source>
            <translation>Ajouter un kit</translation>
        </message>
        <message>
            <source>e.g. Earplugs</source>
            <translation>p. ex. Bouchons d'oreilles</translation>
        </message>
        <message>
            <source>Kit name</source>
            <translation>Nom du kit</translation>
        </message>
        <message>
            <source>Kit &amp;name</source>
            <translation>&amp;Nom du kit</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
    </context>
    <context>
        <name>KitTileButton</name>
        <message>
            <source>Key {key} · stock {stock} · below zero, count the box</source>
            <translation>Touche {key} · stock {stock} · sous zéro, comptez la boîte</translation>
        </message>
        <message>
            <source>Stock {stock} · below zero, count the box</source>
            <translation>Stock {stock} · sous zéro, comptez la boîte</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock} · LOW</source>
            <translation>Touche {key} · stock {stock} · BAS</translation>
        </message>
        <message>
            <source>Stock {stock} · LOW</source>
            <translation>Stock {stock} · BAS</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock}</source>
            <translation>Touche {key} · stock {stock}</translation>
        </message>
        <message>
            <source>Stock {stock}</source>
            <translation>Stock {stock}</translation>
        </message>
        <message>
            <source>Tap to log one {kit} handed out. Right-click for more.</source>
            <translation>Appuyez pour compter un {kit} distribué. Clic droit pour plus d'options.</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
            <translation>{kit} : {today} aujourd'hui, stock {stock}, sous zéro : comptez la boîte</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, low</source>
            <translation>{kit} : {today} aujourd'hui, stock {stock}, bas</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}</source>
            <translation>{kit} : {today} aujourd'hui, stock {stock}</translation>
        </message>
    </context>
    <context>
        <name>KitsTodayBox</name>
        <message>
            <source>Kits today</source>
            <translation>Kits aujourd'hui</translation>
        </message>
        <message>
            <source>Kits handed out today</source>
            <translation>Kits remis aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out</source>
            <translation>
                <numerusform>%Ln kit distribué</numerusform>
                <numerusform>%Ln kits distribués</numerusform>
            </translation>
        </message>
        <message>
            <source>{kit}: {count}</source>
            <translation>{kit} : {count}</translation>
        </message>
        <message>
            <source>No kit types yet.</source>
            <translation>Aucun type de kit pour l'instant.</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
            <translation>⚠ {kit} à {location} : stock {stock}, sous zéro : comptez la boîte</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
            <translation>⚠ {kit} à {location} : stock {stock}, BAS</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Add location</source>
            <translation>Ajouter un lieu</translation>
        </message>
        <message>
            <source>A place at {activation}, e.g. Wellness tent</source>
            <translation>Un lieu de {activation}, p. ex. Tente bien-être</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>LowStockDialog</name>
        <message>
            <source>Low-stock level</source>
            <translation>Seuil de stock bas</translation>
        </message>
        <message>
            <source>Warn when {kit} stock is at or below</source>
            <translation>Avertir quand le stock de {kit} atteint ou passe sous</translation>
        </message>
    </context>
    <context>
        <name>LunchRow</name>
        <message>
            <source>Lunch</source>
            <translation>Déjeuner</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Pause déjeuner</translation>
        </message>
        <message>
            <source>Lunch starts</source>
            <translation>Début du déjeuner</translation>
        </message>
        <message>
            <source>Lunch ends</source>
            <translation>Fin du déjeuner</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Compteur de kits</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Journées de thérapie</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Catalogue des kits</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Resource directory: {problem}</source>
            <translation>Annuaire des ressources : {problem}</translation>
        </message>
        <message>
            <source>No activation yet</source>
            <translation>Aucune activation pour l'instant</translation>
        </message>
        <message>
            <source>Create one under Activations</source>
            <translation>Créez-en une dans Activations</translation>
        </message>
        <message>
            <source>{activation} · today: {stop}</source>
            <translation>{activation} · aujourd'hui : {stop}</translation>
        </message>
        <message>
            <source>{activation} · next: {stop}, {day}</source>
            <translation>{activation} · prochaine étape : {stop}, {day}</translation>
        </message>
        <message>
            <source>{activation} · {place}</source>
            <translation>{activation} · {place}</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Tournée</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
        <message>
            <source>{kind} · times in {zone}</source>
            <translation>{kind} · heure de {zone}</translation>
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
            <translation>Sections</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Activation &amp;report…</source>
            <translation>&amp;Rapport d'activation…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About Wellness Desk</source>
            <translation>À &amp;propos de Wellness Desk</translation>
        </message>
        <message>
            <source>Page header</source>
            <translation>En-tête de page</translation>
        </message>
        <message>
            <source>Sync: checking…</source>
            <translation>Synchronisation : vérification…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>About Wellness Desk</source>
            <translation>À propos de Wellness Desk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
            <translation>Tentes bien-être, distribution de kits et journées de thérapie lors d'événements de musique live ; fonctionne sans réseau et n'envoie que des comptages anonymes.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier des données</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>&amp;Ouvrir le dossier des données</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
            <translation>Logiciel libre sous licence MIT. Icônes : Lucide (licence ISC). Polices : DejaVu, Droid Sans Fallback et Symbola, sous leurs propres licences (dans le dossier assets).</translation>
        </message>
        <message numerus="yes">
            <source>{file} (%n row(s))</source>
            <translation>
                <numerusform>{file} (%n ligne)</numerusform>
                <numerusform>{file} (%n lignes)</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {folder}: {files}</source>
            <translation>Enregistré dans {folder} : {files}</translation>
        </message>
        <message>
            <source>{text} — it holds names and contacts: keep it on this laptop</source>
            <translation>{text} — il contient des noms et des contacts : gardez-le sur cet ordinateur</translation>
        </message>
        <message>
            <source>The daily backup was not made: {problem}</source>
            <translation>La sauvegarde quotidienne n'a pas été faite : {problem}</translation>
        </message>
        <message>
            <source>Restoring {file}…</source>
            <translation>Restauration de {file}…</translation>
        </message>
        <message>
            <source>The restore failed ({kind}); the current database was left as it was.</source>
            <translation>La restauration a échoué ({kind}) ; la base de données actuelle est restée telle quelle.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>{file} restauré : c'est désormais la base de données. Celle qu'il remplace est conservée sous {aside}.

Wellness Desk se ferme maintenant : rouvrez-le pour continuer avec les données restaurées.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>{file} restauré : c'est désormais la base de données.

Wellness Desk se ferme maintenant : rouvrez-le pour continuer avec les données restaurées.</translation>
        </message>
        <message>
            <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
            <translation>{problem}

Wellness Desk se ferme maintenant : rouvrez-le pour continuer (avec la base de données telle qu'elle était).</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>NewActivationDialog</name>
        <message>
            <source>New activation</source>
            <translation>Nouvelle activation</translation>
        </message>
        <message>
            <source>e.g. Riverside Sound Festival 2027</source>
            <translation>p. ex. Riverside Sound Festival 2027</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Premier jour</translation>
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation>&amp;Dernier jour</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Fuseau horaire</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
    </context>
    <context>
        <name>NewDayDialog</name>
        <message>
            <source>New therapy day</source>
            <translation>Nouvelle journée de thérapie</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Étape de la tournée</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Thérapeute</translation>
        </message>
        <message>
            <source>e.g. LCSW, licensed in NY</source>
            <translation>p. ex. psychologue clinicienne, ADELI</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Qualifications</translation>
        </message>
        <message>
            <source>phone or email (kept encrypted)</source>
            <translation>téléphone ou e-mail (gardé chiffré)</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Provider's contact</source>
            <translation>Contact du thérapeute</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>À distance</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>p. ex. {amount}</translation>
        </message>
        <message>
            <source>Cost per session</source>
            <translation>Coût par séance</translation>
        </message>
        <message>
            <source>Cost per day</source>
            <translation>Coût par jour</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Change the day's plan</source>
            <translation>Modifier le planning de la journée</translation>
        </message>
        <message>
            <source>Booked slots do not fit</source>
            <translation>Des créneaux réservés ne tiennent plus</translation>
        </message>
        <message>
            <source>Keep those slots</source>
            <translation>Garder ces créneaux</translation>
        </message>
        <message>
            <source>Cancel those bookings</source>
            <translation>Annuler ces réservations</translation>
        </message>
        <message>
            <source>Leave the day as it is</source>
            <translation>Laisser la journée telle quelle</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>What will be sent</source>
            <translation>Ce qui sera envoyé</translation>
        </message>
        <message>
            <source>Nothing waits to be sent: the hub already holds every count.</source>
            <translation>Rien n'attend d'être envoyé : le hub a déjà tous les comptages.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
            <translation>
                <numerusform>%Ln cellule de comptage, exactement comme elle sera envoyée (compressée avec gzip en route).</numerusform>
                <numerusform>%Ln cellules de comptage, exactement comme elles seront envoyées (compressées avec gzip en route).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They go to the hub in %Ln batch(es).</source>
            <translation>
                <numerusform>Elles partent vers le hub en %Ln lot.</numerusform>
                <numerusform>Elles partent vers le hub en %Ln lots.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln batch(es) are shown.</source>
            <translation>
                <numerusform>Le premier lot est affiché.</numerusform>
                <numerusform>Les %Ln premiers lots sont affichés.</numerusform>
            </translation>
        </message>
        <message>
            <source>What will be sent, exactly</source>
            <translation>Ce qui sera envoyé, à l'identique</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print cards and signs</source>
            <translation>Imprimer cartes et affiches</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Modèle</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Language of the card</source>
            <translation>Langue de la carte</translation>
        </message>
        <message>
            <source>e.g. green-room-chicago-2026</source>
            <translation>par ex. green-room-chicago-2026</translation>
        </message>
        <message>
            <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
            <translation>Ajoutée au lien (?src=…) pour que le hub compte quelles affiches sont scannées.</translation>
        </message>
        <message>
            <source>T&amp;ag</source>
            <translation>É&amp;tiquette</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>&amp;Copies</source>
            <translation>E&amp;xemplaires</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Exemplaires</translation>
        </message>
        <message>
            <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
            <translation>Un code &amp;unique sur chaque carte (&amp;&amp;c=0001…)</translation>
        </message>
        <message>
            <source>A unique code on every card</source>
            <translation>Un code unique sur chaque carte</translation>
        </message>
        <message>
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <source>what the paper serves</source>
            <translation>ce que permet le papier</translation>
        </message>
        <message>
            <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
            <translation>La distance d'où l'on scanne une affiche : son code doit faire au moins un dixième de cette distance. Laissée à 0 : aussi loin que le permet le code sur le papier choisi.</translation>
        </message>
        <message>
            <source>Scan &amp;distance (signs)</source>
            <translation>&amp;Distance de scan (affiches)</translation>
        </message>
        <message>
            <source>Scan distance, in metres</source>
            <translation>Distance de scan, en mètres</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sans logo</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>L&amp;ogo</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>In the &amp;middle of the QR code (stronger error correction)</source>
            <translation>Au &amp;milieu du code QR (correction d'erreurs renforcée)</translation>
        </message>
        <message>
            <source>Logo in the middle of the QR code</source>
            <translation>Logo au milieu du code QR</translation>
        </message>
        <message>
            <source>choose one in Resources: Print a card for this</source>
            <translation>choisissez-en un dans Ressources : Imprimer une carte</translation>
        </message>
        <message>
            <source>The number comes from the resource directory, as checked there.</source>
            <translation>Le numéro vient du répertoire des ressources, tel qu'il y a été vérifié.</translation>
        </message>
        <message>
            <source>&amp;Resource</source>
            <translation>&amp;Ressource</translation>
        </message>
        <message>
            <source>Resource name</source>
            <translation>Nom de la ressource</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>&amp;Numéro</translation>
        </message>
        <message>
            <source>Resource number</source>
            <translation>Numéro de la ressource</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Horaires</translation>
        </message>
        <message>
            <source>Resource hours</source>
            <translation>Horaires de la ressource</translation>
        </message>
        <message>
            <source>Why it cannot print</source>
            <translation>Pourquoi l'impression est impossible</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Enregistrer le PDF…</translation>
        </message>
        <message>
            <source>Save the cards as a PDF (Ctrl+S)</source>
            <translation>Enregistrer les cartes en PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Im&amp;primer…</translation>
        </message>
        <message>
            <source>Send the cards to a printer (Ctrl+P)</source>
            <translation>Envoyer les cartes à une imprimante (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Batch from a locations CSV…</source>
            <translation>&amp;Lot à partir d'un CSV de lieux…</translation>
        </message>
        <message>
            <source>From the resource directory</source>
            <translation>Depuis le répertoire des ressources</translation>
        </message>
        <message>
            <source>Tour s&amp;heet…</source>
            <translation>&amp;Feuille de tournée…</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines</source>
            <translation>La date et la ville de chaque étape avec les lignes de crise de son pays</translation>
        </message>
        <message>
            <source>Country car&amp;d…</source>
            <translation>&amp;Carte pays…</translation>
        </message>
        <message>
            <source>Wallet cards with one country's crisis lines</source>
            <translation>Cartes de poche avec les lignes de crise d'un pays</translation>
        </message>
        <message>
            <source>Save the cards as a PDF</source>
            <translation>Enregistrer les cartes en PDF</translation>
        </message>
        <message>
            <source>Print the cards</source>
            <translation>Imprimer les cartes</translation>
        </message>
        <message>
            <source>Batch signs from a locations CSV</source>
            <translation>Affiches en lot à partir d'un CSV de lieux</translation>
        </message>
        <message>
            <source>Tour sheet from the resource directory</source>
            <translation>Feuille de tournée depuis le répertoire des ressources</translation>
        </message>
        <message>
            <source>Country card from the resource directory</source>
            <translation>Carte pays depuis le répertoire des ressources</translation>
        </message>
        <message>
            <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
            <translation>Aucun numéro de ligne d'écoute n'est défini : ces cartes et affiches s'impriment sans ligne d'écoute. Définissez-le dans Fichier → Paramètres → Ligne d'écoute.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation>Aperçu de la première page</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Rien à imprimer</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Choisir un logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg)</source>
            <translation>Images (*.png *.jpg)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>this paper</source>
            <translation>ce papier</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
            <translation>Sur {paper}, le code mesure {size} cm : il se scanne à environ {reach} m ({asked} m demandés).</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
            <translation>Sur {paper}, le code mesure {size} cm : il se scanne à environ {reach} m, la distance pour laquelle il est imprimé.</translation>
        </message>
        <message>
            <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
            <translation>Aucune ressource sur la carte pour l'instant : dans Ressources, trouvez la ligne et appuyez sur « Imprimer une carte ».</translation>
        </message>
        <message>
            <source>Print wallet cards instead</source>
            <translation>Imprimer plutôt des cartes de poche</translation>
        </message>
        <message>
            <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
            <translation>Rien à imprimer pour l'instant : en l'état, le travail s'imprimerait mal. Ce qu'il faut corriger est indiqué sous le formulaire.</translation>
        </message>
        <message>
            <source>Back to the defaults</source>
            <translation>Revenir aux réglages par défaut</translation>
        </message>
        <message>
            <source>Save cards</source>
            <translation>Enregistrer les cartes</translation>
        </message>
        <message>
            <source>cards.pdf</source>
            <translation>cartes.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The last print is still being saved or sent: try again once it is done.</source>
            <translation>La dernière impression est encore en cours d'enregistrement ou d'envoi : réessayez une fois terminée.</translation>
        </message>
        <message>
            <source>Locations CSV</source>
            <translation>CSV de lieux</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>Save the signs of %n location(s)</source>
            <translation>
                <numerusform>Enregistrer les affiches de %n lieu</numerusform>
                <numerusform>Enregistrer les affiches de %n lieux</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
            <translation>Imprimé une fois : les codes uniques ne se répètent jamais, indiquez donc plus d'exemplaires sur cette page plutôt que dans la boîte d'impression.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>L'imprimante n'a pas pu être démarrée.</translation>
        </message>
        <message>
            <source>Printing stopped, nothing recorded. {problem}</source>
            <translation>Impression arrêtée, rien n'a été enregistré. {problem}</translation>
        </message>
        <message>
            <source>Sent to the printer. {note}</source>
            <translation>Envoyé à l'imprimante. {note}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyé à l'imprimante.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveStockDialog</name>
        <message>
            <source>Receive stock</source>
            <translation>Réceptionner du stock</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçus</translation>
        </message>
        <message>
            <source>{kit} received at {location}</source>
            <translation>{kit} reçus à {location}</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Réceptionner</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Activation report</source>
            <translation>Rapport d'activation</translation>
        </message>
        <message>
            <source>Make PDF</source>
            <translation>Créer le PDF</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Tous les lieux</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>La&amp;ngue</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>where to save the PDF</source>
            <translation>où enregistrer le PDF</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>F&amp;ile</source>
            <translation>F&amp;ichier</translation>
        </message>
        <message>
            <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
            <translation>Les totaux principaux face à leurs objectifs, des graphiques avec leurs tableaux, un tableau par jour et ce qui a changé depuis le dernier rapport. Les chiffres de thérapie inférieurs à 5 ne sont pas affichés.</translation>
        </message>
        <message>
            <source>{activation} report.pdf</source>
            <translation>Rapport {activation}.pdf</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>activation</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>No activation yet: create one in Activations</source>
            <translation>Pas encore d'activation : créez-en une dans Activations</translation>
        </message>
        <message>
            <source>File: say where to save the PDF</source>
            <translation>Fichier : indiquez où enregistrer le PDF</translation>
        </message>
    </context>
    <context>
        <name>ResourcePrintDialog</name>
        <message>
            <source>Save PDF…</source>
            <translation>Enregistrer le PDF…</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months (marked so)</source>
            <translation>Aussi les lignes non revérifiées depuis 12 mois (signalées comme telles)</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months</source>
            <translation>Aussi les lignes non revérifiées depuis 12 mois</translation>
        </message>
        <message>
            <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
            <translation>Une ligne vérifiée pour la dernière fois il y a plus de 12 mois n'est pas imprimée, sauf si cette case est cochée ; elle s'imprime alors avec la mention « non revérifiée depuis &lt;date&gt; ».</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problème : {field}</translation>
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
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Reading the directory…</source>
            <translation>Lecture du répertoire…</translation>
        </message>
        <message>
            <source>Directory edition</source>
            <translation>Édition du répertoire</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Kind of resource</source>
            <translation>Type de ressource</translation>
        </message>
        <message>
            <source>Search a name, a need, a city… (just type)</source>
            <translation>Cherchez un nom, un besoin, une ville… (tapez simplement)</translation>
        </message>
        <message>
            <source>Search the resources</source>
            <translation>Chercher dans les ressources</translation>
        </message>
        <message>
            <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
            <translation>Entrée copie le premier numéro ; Haut et Bas parcourent les résultats ; Échap efface les filtres</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Ouvert maintenant</translation>
        </message>
        <message>
            <source>Only what is open now</source>
            <translation>Seulement ce qui est ouvert maintenant</translation>
        </message>
        <message>
            <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
            <translation>Entrée copie le premier numéro · ↑ ↓ parcourent les résultats · Échap efface les filtres</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
        <message>
            <source>Show the rest of the results</source>
            <translation>Afficher le reste des résultats</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <source>The directory has no entry for {country}.</source>
            <translation>Le répertoire n'a aucune entrée pour {country}.</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more result(s)</source>
            <translation>
                <numerusform>Afficher %n résultat de plus</numerusform>
                <numerusform>Afficher %n résultats de plus</numerusform>
            </translation>
        </message>
        <message>
            <source>These lines go together</source>
            <translation>Ces lignes vont ensemble</translation>
        </message>
        <message>
            <source>Paired lines: {names}</source>
            <translation>Lignes associées : {names}</translation>
        </message>
        <message>
            <source>any country</source>
            <translation>tous les pays</translation>
        </message>
        <message>
            <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
            <translation>Rien ne correspond à « {words} » dans {where}. Essayez moins de lettres ou effacez les filtres ; la ligne d'écoute ci-dessus est toujours là.</translation>
        </message>
        <message>
            <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
            <translation>Aucune ressource dans {where} avec ces filtres. Effacez-les pour en voir plus ; la ligne d'écoute ci-dessus est toujours là.</translation>
        </message>
        <message>
            <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
            <translation>Le répertoire n'a encore aucune ressource : elles arrivent avec l'application et à chaque synchronisation. La ligne d'écoute ci-dessus est toujours là.</translation>
        </message>
        <message>
            <source>Filters cleared: every resource in the directory</source>
            <translation>Filtres effacés : toutes les ressources du répertoire</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>pas de numéro</translation>
        </message>
        <message>
            <source>{position} of {count}: {name}, {number}</source>
            <translation>{position} sur {count} : {name}, {number}</translation>
        </message>
        <message>
            <source>Copied {number}: {kind}, {name}</source>
            <translation>Copié : {number}, {kind}, {name}</translation>
        </message>
        <message>
            <source>Nothing to copy: no result.</source>
            <translation>Rien à copier : aucun résultat.</translation>
        </message>
        <message>
            <source>{name} lists no number.</source>
            <translation>{name} n'indique aucun numéro.</translation>
        </message>
        <message>
            <source>Copied {number}: {name}</source>
            <translation>Copié : {number}, {name}</translation>
        </message>
        <message>
            <source>{name} is a favourite: shown first</source>
            <translation>{name} est un favori : affiché en premier</translation>
        </message>
        <message>
            <source>{name} is no longer a favourite</source>
            <translation>{name} n'est plus un favori</translation>
        </message>
        <message>
            <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
            <translation>C'est noté, le {number} n'a pas fonctionné : c'est compté pour que le hub le revérifie.</translation>
        </message>
        <message>
            <source>No card for {number}: {problem}.</source>
            <translation>Pas de carte pour le {number} : {problem}.</translation>
        </message>
        <message>
            <source>The directory could not be read. {problem}</source>
            <translation>Le répertoire n'a pas pu être lu. {problem}</translation>
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <source>Favourite: shown first for this country</source>
            <translation>Favori : affiché en premier pour ce pays</translation>
        </message>
        <message>
            <source>Print a card for this</source>
            <translation>Imprimer une carte</translation>
        </message>
        <message>
            <source>No number listed: see the organization's website.</source>
            <translation>Aucun numéro indiqué : voir le site de l'organisation.</translation>
        </message>
        <message>
            <source>Remove {name} from favourites</source>
            <translation>Retirer {name} des favoris</translation>
        </message>
        <message>
            <source>Add {name} to favourites</source>
            <translation>Ajouter {name} aux favoris</translation>
        </message>
        <message>
            <source>Print a card for {name}</source>
            <translation>Imprimer une carte pour {name}</translation>
        </message>
        <message>
            <source>Any country</source>
            <translation>Tous pays</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Non vérifié</translation>
        </message>
        <message>
            <source>✕ Stale: last verified {date}</source>
            <translation>✕ Périmé : vérifié pour la dernière fois le {date}</translation>
        </message>
        <message>
            <source>⚠ Verified {date}, over 6 months ago</source>
            <translation>⚠ Vérifié le {date}, il y a plus de 6 mois</translation>
        </message>
        <message>
            <source>✓ Verified {date}</source>
            <translation>✓ Vérifié le {date}</translation>
        </message>
    </context>
    <context>
        <name>RhythmFields</name>
        <message>
            <source>Day starts</source>
            <translation>Début de la journée</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>Fin de la journée</translation>
        </message>
        <message>
            <source>Day window</source>
            <translation>Plage horaire</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Pause déjeuner</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Schedule</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nouvel atelier…</translation>
        </message>
        <message>
            <source>Add a session to the program (Ctrl+N)</source>
            <translation>Ajouter une séance au programme (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importer un CSV…</translation>
        </message>
        <message>
            <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
            <translation>Ajoute tout un programme depuis un fichier CSV (voir le README pour ses colonnes). Un fichier avec une seule ligne erronée n'ajoute rien.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Export the program</source>
            <translation>Exporter le programme</translation>
        </message>
        <message>
            <source>Day program</source>
            <translation>Programme du jour</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <source>S&amp;pace:</source>
            <translation>&amp;Espace :</translation>
        </message>
        <message>
            <source>Space filter</source>
            <translation>Filtre d'espace</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtre de type</translation>
        </message>
        <message>
            <source>F&amp;acilitator:</source>
            <translation>&amp;Animateur :</translation>
        </message>
        <message>
            <source>Facilitator filter</source>
            <translation>Filtre d'animateur</translation>
        </message>
        <message>
            <source>Sessions of the day</source>
            <translation>Séances du jour</translation>
        </message>
        <message>
            <source>Enter or a double click opens a session.</source>
            <translation>Entrée ou un double-clic ouvre une séance.</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
            <translation>Aucune activation pour l'instant. Créez un festival ou une tournée dans Activations, ajoutez ses espaces, puis planifiez son programme ici.</translation>
        </message>
        <message>
            <source>Go to Activations</source>
            <translation>Aller aux Activations</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Animateurs</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Fréquentation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Complète</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Schedule · {activation}</source>
            <translation>Programme · {activation}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
            <translation>
                <numerusform>⚠ %n séance en conflit ce jour (encadrée en rouge ; survolez-la ou ouvrez-la pour voir pourquoi)</numerusform>
                <numerusform>⚠ %n séances en conflit ce jour (encadrées en rouge ; survolez-en une ou ouvrez-la pour voir pourquoi)</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Calendar (.ics), whole program…</source>
            <translation>Agenda (.ics), tout le programme…</translation>
        </message>
        <message>
            <source>Calendar (.ics), one space</source>
            <translation>Agenda (.ics), un espace</translation>
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
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Day program PDF ({paper})…</source>
            <translation>PDF du programme du jour ({paper})…</translation>
        </message>
        <message>
            <source>Import a workshop program</source>
            <translation>Importer un programme d'ateliers</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exporter l'agenda</translation>
        </message>
        <message>
            <source>program.ics</source>
            <translation>programme.ics</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Agenda (*.ics)</translation>
        </message>
        <message>
            <source>Save the day program</source>
            <translation>Enregistrer le programme du jour</translation>
        </message>
        <message>
            <source>program.pdf</source>
            <translation>programme.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n workshop(s).</source>
            <translation>
                <numerusform>%n atelier importé.</numerusform>
                <numerusform>%n ateliers importés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path}: %n page(s)</source>
            <translation>
                <numerusform>Enregistré {path} : %n page</numerusform>
                <numerusform>Enregistré {path} : %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>How long the Undo button stays live after a tap.</source>
            <translation>Combien de temps le bouton Annuler reste actif après un appui.</translation>
        </message>
        <message>
            <source>&amp;Undo a tap for</source>
            <translation>&amp;Annuler un appui pendant</translation>
        </message>
        <message>
            <source>The online resource hub that printed QR codes point to. It has nothing to do with the sync hub below.</source>
            <translation>Le portail de ressources en ligne vers lequel pointent les codes QR imprimés. Il n’a rien à voir avec le hub de synchronisation ci-dessous.</translation>
        </message>
        <message>
            <source>Resource &amp;hub address
(printed on cards)</source>
            <translation>Adresse du &amp;portail de ressources
(imprimée sur les cartes)</translation>
        </message>
        <message>
            <source>Resource hub address (printed on cards)</source>
            <translation>Adresse du portail de ressources (imprimée sur les cartes)</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>The Therapy days section hides names again after this long without a touch.</source>
            <translation>La section Journées de thérapie masque de nouveau les noms après ce délai sans action.</translation>
        </message>
        <message>
            <source>Lock &amp;therapy names after</source>
            <translation>Verrouiller les noms de &amp;thérapie après</translation>
        </message>
        <message>
            <source>Change it with --data-dir or WELLNESS_DESK_DATA.</source>
            <translation>Modifiable avec --data-dir ou WELLNESS_DESK_DATA.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Language and appearance (this laptop)</source>
            <translation>Langue et apparence (cet ordinateur)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>The language of every screen; dates and numbers follow it.</source>
            <translation>La langue de tous les écrans ; les dates et les nombres la suivent.</translation>
        </message>
        <message>
            <source>System (follows light or dark mode)</source>
            <translation>Système (suit le mode clair ou sombre)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>Appa&amp;rence</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Ouvrir le dossier du journal</translation>
        </message>
        <message>
            <source>Help line (printed on cards and signs)</source>
            <translation>Ligne d’écoute (imprimée sur les cartes et les affiches)</translation>
        </message>
        <message>
            <source>e.g. Music Minds Matter (empty: “24/7 music-industry help line”)</source>
            <translation>p. ex. Music Minds Matter (vide : « ligne d’écoute 24 h/24 de la filière musicale »)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Help line name</source>
            <translation>Nom de la ligne d’écoute</translation>
        </message>
        <message>
            <source>e.g. +44 800 088 2045</source>
            <translation>p. ex. +44 800 088 2045</translation>
        </message>
        <message>
            <source>The real number of your help line. Until one is set, cards and signs print without a help line.</source>
            <translation>Le vrai numéro de votre ligne d’écoute. Tant qu’il n’est pas saisi, les cartes et les affiches s’impriment sans ligne d’écoute.</translation>
        </message>
        <message>
            <source>Nu&amp;mber</source>
            <translation>Numé&amp;ro</translation>
        </message>
        <message>
            <source>Help line number</source>
            <translation>Numéro de la ligne d’écoute</translation>
        </message>
        <message>
            <source>Refuse to print cards and signs while no number is set</source>
            <translation>Refuser d’imprimer cartes et affiches tant qu’aucun numéro n’est saisi</translation>
        </message>
        <message>
            <source>Activation report (title page)</source>
            <translation>Rapport de l’activation (page de titre)</translation>
        </message>
        <message>
            <source>Your nonprofit's name</source>
            <translation>Le nom de votre association</translation>
        </message>
        <message>
            <source>N&amp;onprofit</source>
            <translation>&amp;Association</translation>
        </message>
        <message>
            <source>Nonprofit's name on the report</source>
            <translation>Nom de l’association sur le rapport</translation>
        </message>
        <message>
            <source>No logo (optional: a PNG or JPEG file)</source>
            <translation>Pas de logo (facultatif : un fichier PNG ou JPEG)</translation>
        </message>
        <message>
            <source>Logo on the report</source>
            <translation>Logo sur le rapport</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose a logo file</source>
            <translation>Choisir un fichier de logo</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>Lo&amp;go</translation>
        </message>
        <message>
            <source>Logo for the report</source>
            <translation>Logo pour le rapport</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Sync hub (where anonymous counts are sent)</source>
            <translation>Hub de synchronisation (où sont envoyés les comptages anonymes)</translation>
        </message>
        <message>
            <source>Connect to a sync hub…</source>
            <translation>Se connecter à un hub de synchronisation…</translation>
        </message>
        <message>
            <source>Connect to a sync hub</source>
            <translation>Se connecter à un hub de synchronisation</translation>
        </message>
        <message>
            <source>Sync now, the preview of what is sent, past syncs and Disconnect are in the Sync section.</source>
            <translation>Synchroniser maintenant, l’aperçu de ce qui est envoyé, les synchronisations passées et Déconnecter sont dans la section Synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>Afficher les raccourcis clavier</translation>
        </message>
        <message>
            <source>Go to the first … ninth section of the sidebar</source>
            <translation>Aller à la première … neuvième section de la barre latérale</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Ouvrir les paramètres</translation>
        </message>
        <message>
            <source>Quit Wellness Desk</source>
            <translation>Quitter Wellness Desk</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Compteur de kits</translation>
        </message>
        <message>
            <source>Hand out one kit of the first … ninth tile</source>
            <translation>Distribuer un kit de la première … neuvième tuile</translation>
        </message>
        <message>
            <source>Undo the last hand-out</source>
            <translation>Annuler la dernière distribution</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Type anywhere on the page to search</source>
            <translation>Tapez n'importe où sur la page pour chercher</translation>
        </message>
        <message>
            <source>Move through the numbers found</source>
            <translation>Parcourir les numéros trouvés</translation>
        </message>
        <message>
            <source>Copy the chosen number</source>
            <translation>Copier le numéro choisi</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <source>Move between sessions (across spaces, in time)</source>
            <translation>Passer d'une séance à l'autre (entre espaces, dans le temps)</translation>
        </message>
        <message>
            <source>First or last session of the space</source>
            <translation>Première ou dernière séance de l'espace</translation>
        </message>
        <message>
            <source>Open the chosen session</source>
            <translation>Ouvrir la séance choisie</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Journées de thérapie</translation>
        </message>
        <message>
            <source>Move through the slots</source>
            <translation>Parcourir les créneaux</translation>
        </message>
        <message>
            <source>The chosen slot's main action (book, check in)</source>
            <translation>L'action principale du créneau choisi (réserver, noter l'arrivée)</translation>
        </message>
        <message>
            <source>All actions on the chosen slot</source>
            <translation>Toutes les actions du créneau choisi</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Save the cards or signs as a PDF</source>
            <translation>Enregistrer les cartes ou affiches en PDF</translation>
        </message>
        <message>
            <source>Print the cards or signs</source>
            <translation>Imprimer les cartes ou affiches</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Boîtes de dialogue</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>Champ suivant ou précédent</translation>
        </message>
        <message>
            <source>OK: save what the dialog holds</source>
            <translation>OK : enregistrer le contenu de la boîte</translation>
        </message>
        <message>
            <source>Cancel: close without saving</source>
            <translation>Annuler : fermer sans enregistrer</translation>
        </message>
    </context>
    <context>
        <name>SpaceCard</name>
        <message>
            <source>At the door</source>
            <translation>À l'entrée</translation>
        </message>
        <message>
            <source>Nothing on now</source>
            <translation>Rien en ce moment</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (annulée)</translation>
        </message>
        <message>
            <source>Now: {title}{cancelled}</source>
            <translation>En cours : {title}{cancelled}</translation>
        </message>
        <message>
            <source>{count} of {capacity}</source>
            <translation>{count} sur {capacity}</translation>
        </message>
        <message>
            <source>{count} in</source>
            <translation>{count} entrés</translation>
        </message>
        <message>
            <source>Headcount of {title}</source>
            <translation>Fréquentation de {title}</translation>
        </message>
        <message>
            <source>Next: {title}, {times}</source>
            <translation>Ensuite : {title}, {times}</translation>
        </message>
        <message>
            <source>Nothing next today</source>
            <translation>Rien d'autre aujourd'hui</translation>
        </message>
        <message>
            <source>Count at the door for {space}</source>
            <translation>Compter à l'entrée de {space}</translation>
        </message>
    </context>
    <context>
        <name>SpaceHeader</name>
        <message>
            <source>Spaces: {names}</source>
            <translation>Espaces : {names}</translation>
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation>Capacité : {capacity}</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Nothing new to send</source>
            <translation>Rien de nouveau à envoyer</translation>
        </message>
        <message>
            <source>Hub unreachable</source>
            <translation>Hub injoignable</translation>
        </message>
        <message>
            <source>Refused: reconnect this laptop</source>
            <translation>Refusé : reconnectez cet ordinateur</translation>
        </message>
        <message>
            <source>Hub busy, waited</source>
            <translation>Hub occupé, attente</translation>
        </message>
        <message>
            <source>Hub had a problem</source>
            <translation>Le hub a eu un problème</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Batch refused, set aside</source>
            <translation>Lot refusé, mis de côté</translation>
        </message>
        <message>
            <source>Time up, the rest waits</source>
            <translation>Temps écoulé, le reste attend</translation>
        </message>
        <message>
            <source>Put back from a copy: the hub's later counts kept</source>
            <translation>Restauré depuis une copie : les comptages plus récents du hub sont gardés</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>{when} UTC</source>
            <translation>{when} UTC</translation>
        </message>
        <message>
            <source>Sync with the hub</source>
            <translation>Synchroniser avec le hub</translation>
        </message>
        <message>
            <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
            <translation>Seuls des comptages anonymes quittent cet ordinateur (kits distribués, séances tenues et fréquentées, séances de thérapie, cartes imprimées), jamais de noms, de contacts ni de notes. L'aperçu montre les octets exacts.</translation>
        </message>
        <message>
            <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
            <translation>Cet ordinateur n'envoie encore ses comptages à aucun hub. Demandez un code d'inscription à la coordination, puis connectez-vous.</translation>
        </message>
        <message>
            <source>Connect to a hub…</source>
            <translation>Se connecter à un hub…</translation>
        </message>
        <message>
            <source>Connect to a hub</source>
            <translation>Se connecter à un hub</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Dernière synchronisation</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>Modifications en attente</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>Counted there as</source>
            <translation>Compté là-bas comme</translation>
        </message>
        <message>
            <source>Sends the counts of</source>
            <translation>Envoie les comptages de</translation>
        </message>
        <message>
            <source>Last problem</source>
            <translation>Dernier problème</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Preview what will be sent…</source>
            <translation>Aperçu de ce qui sera envoyé…</translation>
        </message>
        <message>
            <source>Connect to another hub…</source>
            <translation>Se connecter à un autre hub…</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
            <translation>Arrête l'envoi. Les comptages restent sur cet ordinateur ; le hub garde ce qu'il a.</translation>
        </message>
        <message>
            <source>Past syncs</source>
            <translation>Synchronisations passées</translation>
        </message>
        <message>
            <source>newest first</source>
            <translation>les plus récentes d'abord</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Cellules</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Octets</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
            <translation>Mis de côté pour ne jamais bloquer le reste ; renvoyez-en un une fois le hub réparé.</translation>
        </message>
        <message>
            <source>Hub's answer</source>
            <translation>Réponse du hub</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Batches the hub refused</source>
            <translation>Lots refusés par le hub</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>comptage…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Batches the hub refused ({count})</source>
            <translation>Lots refusés par le hub ({count})</translation>
        </message>
        <message>
            <source>Batches the hub refused: none</source>
            <translation>Lots refusés par le hub : aucun</translation>
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation>HTTP {status}</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <source>Send again the batch refused at {when}</source>
            <translation>Renvoyer le lot refusé le {when}</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Disconnect from the hub</source>
            <translation>Se déconnecter du hub</translation>
        </message>
        <message>
            <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
            <translation>Arrêter d'envoyer les comptages à ce hub ? Les comptages restent sur cet ordinateur et le hub garde ce qu'il a. Pour se reconnecter, il faudra un nouveau code de la coordination.</translation>
        </message>
        <message>
            <source>Connected to the hub as “{name}”.</source>
            <translation>Connecté au hub sous « {name} ».</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synchronisé</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <source>Sync: checking…</source>
            <translation>Synchronisation : vérification…</translation>
        </message>
        <message>
            <source>Sync: not connected to a hub</source>
            <translation>Synchronisation : non connecté à un hub</translation>
        </message>
        <message>
            <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
            <translation>Synchronisation arrêtée : le hub n'accepte plus cet ordinateur — reconnectez-le sur la page Synchronisation</translation>
        </message>
        <message>
            <source>Sending {activation}: all sent</source>
            <translation>Envoi de {activation} : tout est envoyé</translation>
        </message>
        <message numerus="yes">
            <source>Sending {activation}: %n change(s) waiting</source>
            <translation>
                <numerusform>Envoi de {activation} : %n modification en attente</numerusform>
                <numerusform>Envoi de {activation} : %n modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>pas encore synchronisé</translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) refused (see the Sync page)</source>
            <translation>
                <numerusform>%n lot refusé (voir la page Synchronisation)</numerusform>
                <numerusform>%n lots refusés (voir la page Synchronisation)</numerusform>
            </translation>
        </message>
        <message>
            <source>synced at {time} UTC</source>
            <translation>synchronisé à {time} UTC</translation>
        </message>
        <message>
            <source>synced on {date} at {time} UTC</source>
            <translation>synchronisé le {date} à {time} UTC</translation>
        </message>
        <message>
            <source>synced at {time}</source>
            <translation>synchronisé à {time}</translation>
        </message>
        <message>
            <source>synced on {date} at {time}</source>
            <translation>synchronisé le {date} à {time}</translation>
        </message>
        <message>
            <source>Sync: off (the database could not be opened)</source>
            <translation>Synchronisation : désactivée (la base de données n'a pas pu être ouverte)</translation>
        </message>
        <message>
            <source>The database is not open, so this laptop cannot connect.</source>
            <translation>La base de données n'est pas ouverte : cet ordinateur ne peut pas se connecter.</translation>
        </message>
        <message>
            <source>Sync not recorded: {problem}</source>
            <translation>Synchronisation non enregistrée : {problem}</translation>
        </message>
        <message>
            <source>Sync: something went wrong ({kind}); nothing was lost.</source>
            <translation>Synchronisation : un problème est survenu ({kind}) ; rien n'a été perdu.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cannot open the database {path} ({kind}).</source>
            <translation>Impossible d'ouvrir la base de données {path} ({kind}).</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}): that action was NOT saved.</source>
            <translation>Un problème est survenu ({kind}) : cette action n'a PAS été enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>TherapyPage</name>
        <message>
            <source>Therapy days</source>
            <translation>Journées de thérapie</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Journée :</translation>
        </message>
        <message>
            <source>Therapy day</source>
            <translation>Journée de thérapie</translation>
        </message>
        <message>
            <source>New therapy day…</source>
            <translation>Nouvelle journée de thérapie…</translation>
        </message>
        <message>
            <source>New therapy day</source>
            <translation>Nouvelle journée de thérapie</translation>
        </message>
        <message>
            <source>Print / export</source>
            <translation>Imprimer / exporter</translation>
        </message>
        <message>
            <source>Print or export</source>
            <translation>Imprimer ou exporter</translation>
        </message>
        <message>
            <source>PIN or passphrase</source>
            <translation>PIN ou phrase secrète</translation>
        </message>
        <message>
            <source>again, to confirm</source>
            <translation>à nouveau, pour confirmer</translation>
        </message>
        <message>
            <source>PIN or passphrase, again</source>
            <translation>PIN ou phrase secrète, à nouveau</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Lock now: hide the names</source>
            <translation>Verrouiller : masquer les noms</translation>
        </message>
        <message>
            <source>Therapy budget…</source>
            <translation>Budget thérapie…</translation>
        </message>
        <message>
            <source>Add a slot by hand…</source>
            <translation>Ajouter un créneau à la main…</translation>
        </message>
        <message>
            <source>Change the day's plan…</source>
            <translation>Modifier le planning de la journée…</translation>
        </message>
        <message>
            <source>Slots of the day</source>
            <translation>Créneaux de la journée</translation>
        </message>
        <message>
            <source>Arrows move between slots; Enter does the slot's main action; the menu key lists everything you can do with it.</source>
            <translation>Les flèches passent d'un créneau à l'autre ; Entrée lance l'action principale du créneau ; la touche menu liste tout ce qu'on peut en faire.</translation>
        </message>
        <message>
            <source>This day has no slots left: add one by hand, or lay the day out again.</source>
            <translation>Cette journée n'a plus de créneau : ajoutez-en un à la main ou refaites le planning.</translation>
        </message>
        <message>
            <source>Selected slot</source>
            <translation>Créneau sélectionné</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>Réserver…</translation>
        </message>
        <message>
            <source>Mark attended</source>
            <translation>Marquer comme honorée</translation>
        </message>
        <message>
            <source>Mark no-show</source>
            <translation>Marquer comme absence</translation>
        </message>
        <message>
            <source>Back to booked</source>
            <translation>Revenir à réservée</translation>
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation>Annuler la réservation…</translation>
        </message>
        <message>
            <source>Late cancel…</source>
            <translation>Annulation tardive…</translation>
        </message>
        <message>
            <source>Block slot</source>
            <translation>Bloquer le créneau</translation>
        </message>
        <message>
            <source>Undo attended or no-show: the session is booked again.</source>
            <translation>Annule honorée ou absence : la séance redevient réservée.</translation>
        </message>
        <message>
            <source>The slot becomes free, but the session stays billable.</source>
            <translation>Le créneau se libère, mais la séance reste facturable.</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Liste d'attente</translation>
        </message>
        <message>
            <source>Book the selected slot for them</source>
            <translation>Lui réserver le créneau sélectionné</translation>
        </message>
        <message>
            <source>Add to waitlist…</source>
            <translation>Ajouter à la liste d'attente…</translation>
        </message>
        <message>
            <source>Add to waitlist</source>
            <translation>Ajouter à la liste d'attente</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove from the waitlist</source>
            <translation>Retirer de la liste d'attente</translation>
        </message>
        <message>
            <source>Type the PIN or passphrase first.</source>
            <translation>Saisissez d'abord le PIN ou la phrase secrète.</translation>
        </message>
        <message>
            <source>The two entries differ: type the same PIN or passphrase twice.</source>
            <translation>Les deux saisies diffèrent : tapez deux fois le même PIN ou la même phrase.</translation>
        </message>
        <message>
            <source>Unlocked: names are shown. {how}</source>
            <translation>Déverrouillé : les noms sont affichés. {how}</translation>
        </message>
        <message numerus="yes">
            <source>{text} (wait %n s)</source>
            <translation>
                <numerusform>{text} (attendez %n s)</numerusform>
                <numerusform>{text} (attendez %n s)</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>phrase secrète</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Configurer</translation>
        </message>
        <message>
            <source>Therapy days belong to a tour: pick or create one under Activations.</source>
            <translation>Les journées de thérapie appartiennent à une tournée : choisissez-en ou créez-en une sous Activations.</translation>
        </message>
        <message>
            <source>Therapy days · {tour}</source>
            <translation>Journées de thérapie · {tour}</translation>
        </message>
        <message>
            <source>{stop} · {provider}</source>
            <translation>{stop} · {provider}</translation>
        </message>
        <message>
            <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
            <translation>Pas encore de journée de thérapie : planifiez la première, avec son thérapeute, ses horaires et ses coûts.</translation>
        </message>
        <message>
            <source>Plan the first therapy day</source>
            <translation>Planifier la première journée de thérapie</translation>
        </message>
        <message>
            <source>No therapy day yet: add the tour's stops under Activations, then plan the first therapy day here.</source>
            <translation>Pas encore de journée de thérapie : ajoutez les étapes de la tournée sous Activations, puis planifiez ici la première journée.</translation>
        </message>
        <message>
            <source>No therapy budget set.</source>
            <translation>Aucun budget thérapie défini.</translation>
        </message>
        <message>
            <source>Set a therapy budget…</source>
            <translation>Définir un budget thérapie…</translation>
        </message>
        <message>
            <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
            <translation>Budget thérapie {amount} · dépensé {spent} · engagé {committed}</translation>
        </message>
        <message>
            <source>Over budget: remaining {remaining}</source>
            <translation>Budget dépassé : reste {remaining}</translation>
        </message>
        <message>
            <source>Remaining {remaining}</source>
            <translation>Reste {remaining}</translation>
        </message>
        <message>
            <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
            <translation>Budget thérapie {amount} : dépensé {spent}, engagé {committed}, reste {remaining}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>{provider} · %n slot(s) free of {total}</source>
            <translation>
                <numerusform>{provider} · %n créneau libre sur {total}</numerusform>
                <numerusform>{provider} · %n créneaux libres sur {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Name hidden</source>
            <translation>Nom masqué</translation>
        </message>
        <message>
            <source>{time}, {status}</source>
            <translation>{time}, {status}</translation>
        </message>
        <message>
            <source>name hidden</source>
            <translation>nom masqué</translation>
        </message>
        <message>
            <source>{time}, {status}, {person}, {role}</source>
            <translation>{time}, {status}, {person}, {role}</translation>
        </message>
        <message>
            <source>Unblock slot</source>
            <translation>Débloquer le créneau</translation>
        </message>
        <message>
            <source>No slot selected</source>
            <translation>Aucun créneau sélectionné</translation>
        </message>
        <message>
            <source>Pick a slot in the day column to see what you can do with it.</source>
            <translation>Choisissez un créneau dans la colonne de la journée pour voir ce que vous pouvez en faire.</translation>
        </message>
        <message>
            <source>{person} · {role}</source>
            <translation>{person} · {role}</translation>
        </message>
        <message>
            <source>Unlock the section to book: a booking takes a name.</source>
            <translation>Déverrouillez la section pour réserver : une réservation demande un nom.</translation>
        </message>
        <message>
            <source>Free: book someone, or block it so nobody can.</source>
            <translation>Libre : réservez pour quelqu'un, ou bloquez-le pour que personne ne puisse.</translation>
        </message>
        <message>
            <source>Blocked: nobody can book it until it is unblocked.</source>
            <translation>Bloqué : personne ne peut le réserver tant qu'il n'est pas débloqué.</translation>
        </message>
        <message>
            <source>After the session, mark it attended or a no-show.</source>
            <translation>Après la séance, marquez-la honorée ou absence.</translation>
        </message>
        <message>
            <source>The session was held (or missed): only undoing that is left.</source>
            <translation>La séance a eu lieu (ou a été manquée) : il ne reste qu'à l'annuler.</translation>
        </message>
        <message>
            <source>Unlock the section first: a booking takes a name.</source>
            <translation>Déverrouillez d'abord la section : une réservation demande un nom.</translation>
        </message>
        <message>
            <source>Slot actions</source>
            <translation>Actions du créneau</translation>
        </message>
        <message>
            <source>The section locked itself: unlock it and book again.</source>
            <translation>La section s'est verrouillée : déverrouillez-la et réservez à nouveau.</translation>
        </message>
        <message>
            <source>Book a session</source>
            <translation>Réserver une séance</translation>
        </message>
        <message>
            <source>Booked.</source>
            <translation>Réservé.</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Pas encore commencée</translation>
        </message>
        <message>
            <source>Late cancel</source>
            <translation>Annulation tardive</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Annuler la réservation</translation>
        </message>
        <message>
            <source>Cancelled: the slot is free again.</source>
            <translation>Annulée : le créneau est de nouveau libre.</translation>
        </message>
        <message>
            <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
            <translation>Annulée. Quelqu'un attend : proposez le créneau au premier de la liste d'attente.</translation>
        </message>
        <message>
            <source>Therapist's day sheet with names (PDF)…</source>
            <translation>Feuille de journée du thérapeute, avec les noms (PDF)…</translation>
        </message>
        <message>
            <source>Crew sign-up sheet, times only (PDF)…</source>
            <translation>Feuille d'inscription de l'équipe, horaires seulement (PDF)…</translation>
        </message>
        <message>
            <source>Provider's day calendar, no names (.ics)…</source>
            <translation>Agenda de la journée du thérapeute, sans noms (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, no name (.ics)…</source>
            <translation>Invitation pour la réservation sélectionnée, sans nom (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, WITH the client's name (.ics)…</source>
            <translation>Invitation pour la réservation sélectionnée, AVEC le nom de la personne (.ics)…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>Booked from the waitlist.</source>
            <translation>Réservé depuis la liste d'attente.</translation>
        </message>
        <message>
            <source>The day was laid out again.</source>
            <translation>Le planning de la journée a été refait.</translation>
        </message>
        <message>
            <source>Add to the waitlist</source>
            <translation>Ajouter à la liste d'attente</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Complète</translation>
        </message>
        <message>
            <source>Full: </source>
            <translation>Complète : </translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {capacity}</source>
            <translation>
                <numerusform>%n sur {capacity}</numerusform>
                <numerusform>%n sur {capacity}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
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
            <translation>Avec {people}</translation>
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
            <translation>Aucun espace pour l'instant : ajoutez les tentes et salles dans Activations.</translation>
        </message>
        <message>
            <source>Day timeline</source>
            <translation>Chronologie du jour</translation>
        </message>
        <message>
            <source>Arrow keys move between sessions; Enter opens the focused one.</source>
            <translation>Les flèches passent d'une séance à l'autre ; Entrée ouvre celle qui a le focus.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
            <translation>Aucune activation pour l'instant. Créez le festival ou la tournée où vous travaillez : Aujourd'hui affichera ses espaces, ses kits et l'entrée.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Créer une activation</translation>
        </message>
        <message>
            <source>Now and next</source>
            <translation>En cours et ensuite</translation>
        </message>
        <message>
            <source>Now and next in every space</source>
            <translation>En cours et à suivre dans chaque espace</translation>
        </message>
        <message>
            <source>Today · {activation} · {day} {time}</source>
            <translation>Aujourd'hui · {activation} · {day} {time}</translation>
        </message>
        <message>
            <source>No spaces yet: add them under Activations.</source>
            <translation>Aucun espace pour l'instant : ajoutez-les dans Activations.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Ouvrir Activations</translation>
        </message>
        <message>
            <source>No sessions today. Plan them in the schedule.</source>
            <translation>Aucune séance aujourd'hui. Planifiez-les dans le programme.</translation>
        </message>
        <message>
            <source>Open the schedule</source>
            <translation>Ouvrir le programme</translation>
        </message>
    </context>
    <context>
        <name>TourSheetDialog</name>
        <message>
            <source>Tour sheet</source>
            <translation>Feuille de tournée</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Tournée</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Tournée</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Language of the sheet</source>
            <translation>Langue de la feuille</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
            <translation>La date et la ville de chaque étape avec les lignes de crise de son pays et quelques services, depuis le répertoire des ressources ; la ligne d'écoute, depuis les Paramètres.</translation>
        </message>
        <message>
            <source>No tour yet: create one in Activations</source>
            <translation>Pas encore de tournée : créez-en une dans Activations</translation>
        </message>
    </context>
    <context>
        <name>TourStopDialog</name>
        <message>
            <source>Change {stop}</source>
            <translation>Modifier {stop}</translation>
        </message>
        <message>
            <source>Add a stop to {tour}</source>
            <translation>Ajouter une étape à {tour}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>The tour runs {start} to {end}.</source>
            <translation>La tournée va du {start} au {end}.</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>e.g. US</source>
            <translation>p. ex. US</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Salle</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Fuseau horaire</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <source>Edit workshop</source>
            <translation>Modifier l'atelier</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <source>e.g. Morning breathwork</source>
            <translation>p. ex. Respiration du matin</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>New kind…</source>
            <translation>Nouveau type…</translation>
        </message>
        <message>
            <source>New kind of session</source>
            <translation>Nouveau type de séance</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>S&amp;pace</source>
            <translation>&amp;Espace</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Jour</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Commence à</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Finit à</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Noms, séparés par des virgules</translation>
        </message>
        <message>
            <source>&amp;Facilitators</source>
            <translation>&amp;Animateurs</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Animateurs</translation>
        </message>
        <message>
            <source>The space's</source>
            <translation>Celle de l'espace</translation>
        </message>
        <message>
            <source>People who can take part; 0 uses what the space holds.</source>
            <translation>Personnes pouvant participer ; 0 reprend la capacité de l'espace.</translation>
        </message>
        <message>
            <source>&amp;Capacity</source>
            <translation>&amp;Capacité</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;escription</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Every day of the activation at this time</source>
            <translation>Chaque jour de l'activation à cette heure</translation>
        </message>
        <message>
            <source>Repeat every day of the activation</source>
            <translation>Répéter chaque jour de l'activation</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Répéter</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>En&amp;registrer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <source>Put &amp;back on</source>
            <translation>Re&amp;programmer</translation>
        </message>
        <message>
            <source>Cancel sessi&amp;on</source>
            <translation>Annuler la sé&amp;ance</translation>
        </message>
        <message>
            <source>&amp;Mark held</source>
            <translation>&amp;Marquer comme tenue</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>Supprime&amp;r</translation>
        </message>
        <message>
            <source>{day} (outside the dates)</source>
            <translation>{day} (hors des dates)</translation>
        </message>
        <message>
            <source>Pick a space first.</source>
            <translation>Choisissez d'abord un espace.</translation>
        </message>
        <message>
            <source>(ends the next day)</source>
            <translation>(finit le lendemain)</translation>
        </message>
        <message>
            <source>You can save anyway; the program keeps the mark until it is fixed.</source>
            <translation>Vous pouvez enregistrer quand même ; le programme garde la marque jusqu'à correction.</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Nouveau type</translation>
        </message>
        <message>
            <source>Kind of session (e.g. Drum circle):</source>
            <translation>Type de séance (p. ex. Cercle de percussions) :</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
            <translation>
                <numerusform>« {title} » commence à {time}, dans %n minute. La marquer comme tenue maintenant ?

Vous pouvez revenir en arrière depuis la porte, sur la page Aujourd'hui (« Rétablir (non tenue) »).</numerusform>
                <numerusform>« {title} » commence à {time}, dans %n minutes. La marquer comme tenue maintenant ?

Vous pouvez revenir en arrière depuis la porte, sur la page Aujourd'hui (« Rétablir (non tenue) »).</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Marquer comme tenue</translation>
        </message>
    </context>
    <context>
        <name>activations_page</name>
        <message>
            <source>Tent</source>
            <translation>Tente</translation>
        </message>
        <message>
            <source>Green room</source>
            <translation>Loge</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Scène</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Étape de tournée</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Tournée</translation>
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

Il n'y en a aucune sauvegarde dans {folder} à remettre en place.</translation>
        </message>
        <message>
            <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
            <translation>{problem}

La dernière sauvegarde valide date du {when}. La restaurer met cette copie en place ; le fichier endommagé est mis de côté juste à côté, pas supprimé. Ce qui a été compté après la sauvegarde n'y figure pas.</translation>
        </message>
        <message>
            <source>Restore the newest backup ({when})…</source>
            <translation>Restaurer la dernière sauvegarde ({when})…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
            <translation>Remplacer la base de données endommagée par la sauvegarde du {when} ? Le fichier endommagé est conservé dans {folder}.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
            <translation>Sauvegarde du {when} restaurée ; le fichier endommagé a été mis de côté sous {file}.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}.</source>
            <translation>Sauvegarde du {when} restaurée.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
            <translation>Un problème est survenu dans Wellness Desk ({kind}). Il a été noté dans le journal {log} ; vos comptages sont enregistrés. Vous pouvez continuer ; si cela se reproduit, envoyez ce fichier à la personne qui s'occupe de l'application.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>Un problème est survenu dans Wellness Desk ({kind}). Il n'a pas pu être noté dans le journal (impossible d'écrire dans le dossier {folder}) ; vos comptages sont enregistrés. Vous pouvez continuer ; si cela se reproduit, prévenez la personne qui s'occupe de l'application.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>Un problème est survenu dans Wellness Desk ({kind}). Il n'a pu être noté dans aucun journal ; vos comptages sont enregistrés. Vous pouvez continuer ; si cela se reproduit, prévenez la personne qui s'occupe de l'application.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
    </context>
    <context>
        <name>kit_catalogue</name>
        <message>
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Bluish green</source>
            <translation>Vert bleuté</translation>
        </message>
        <message>
            <source>Reddish purple</source>
            <translation>Pourpre rougeâtre</translation>
        </message>
        <message>
            <source>Sky blue</source>
            <translation>Bleu ciel</translation>
        </message>
        <message>
            <source>Vermilion</source>
            <translation>Vermillon</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Gris</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <source>Teal</source>
            <translation>Bleu canard</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Violet</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rose</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Noir</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Blanc</translation>
        </message>
    </context>
    <context>
        <name>kit_counter</name>
        <message>
            <source>Anyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Artiste</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Équipe technique</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Personnel du site</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>anyone</source>
            <comment>in a sentence: for anyone</comment>
            <translation>tout le monde</translation>
        </message>
        <message>
            <source>artists</source>
            <comment>in a sentence: for artists</comment>
            <translation>les artistes</translation>
        </message>
        <message>
            <source>crew</source>
            <comment>in a sentence: for crew</comment>
            <translation>l'équipe technique</translation>
        </message>
        <message>
            <source>venue staff</source>
            <comment>in a sentence: for venue staff</comment>
            <translation>le personnel du site</translation>
        </message>
        <message>
            <source>family</source>
            <comment>in a sentence: for family</comment>
            <translation>la famille</translation>
        </message>
        <message>
            <source>others</source>
            <comment>in a sentence: for others</comment>
            <translation>d'autres personnes</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out</source>
            <translation>{kit} ×{count} distribué</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out · {role}</source>
            <translation>{kit} ×{count} distribué · {role}</translation>
        </message>
        <message>
            <source>{kit} +{count} received</source>
            <translation>{kit} +{count} reçu</translation>
        </message>
        <message>
            <source>{kit} count corrected ({change}): {reason}</source>
            <translation>{kit} comptage corrigé ({change}) : {reason}</translation>
        </message>
        <message>
            <source>{time}  {what}</source>
            <translation>{time}  {what}</translation>
        </message>
        <message>
            <source>{what}  — undone</source>
            <translation>{what}  — annulé</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} ({role}) handed out</source>
            <translation>Annuler : {kit} ×{count} ({role}) distribué</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} handed out</source>
            <translation>Annuler : {kit} ×{count} distribué</translation>
        </message>
        <message>
            <source>Undo: {kit} ({role}) handed out</source>
            <translation>Annuler : {kit} ({role}) distribué</translation>
        </message>
        <message>
            <source>Undo: {kit} handed out</source>
            <translation>Annuler : {kit} distribué</translation>
        </message>
        <message>
            <source>Undo: {kit} +{count} received</source>
            <translation>Annuler : {kit} +{count} reçu</translation>
        </message>
        <message>
            <source>Undo: {kit} count correction ({change})</source>
            <translation>Annuler : correction du comptage de {kit} ({change})</translation>
        </message>
        <message>
            <source>{what} at {time}</source>
            <translation>{what} à {time}</translation>
        </message>
        <message>
            <source>Type how many, as a whole number</source>
            <translation>Indiquez combien, en nombre entier</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number</source>
            <translation>« {text} » n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>Plus de {most}, le maximum qu'une distribution peut compter : vérifiez le nombre ou comptez-le en plusieurs fois</translation>
        </message>
        <message>
            <source>Hand out at least 1</source>
            <translation>Distribuez-en au moins 1</translation>
        </message>
        <message>
            <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>{count} dépasse {most}, le maximum qu'une distribution peut compter : vérifiez le nombre ou comptez-le en plusieurs fois</translation>
        </message>
        <message>
            <source>That tap was not counted, so there is nothing to undo</source>
            <translation>Cet appui n'a pas été compté : il n'y a rien à annuler</translation>
        </message>
    </context>
    <context>
        <name>resources_page</name>
        <message>
            <source>Crisis lines</source>
            <translation>Lignes de crise</translation>
        </message>
        <message>
            <source>Counselling and therapy</source>
            <translation>Accompagnement et thérapie</translation>
        </message>
        <message>
            <source>Financial aid</source>
            <translation>Aide financière</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Consommation de substances</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Soutien par les pairs</translation>
        </message>
        <message>
            <source>Music industry</source>
            <translation>Industrie musicale</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Ligne de crise</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Accompagnement</translation>
        </message>
        <message>
            <source>crisis line</source>
            <translation>ligne de crise</translation>
        </message>
        <message>
            <source>counselling</source>
            <translation>accompagnement</translation>
        </message>
        <message>
            <source>financial aid</source>
            <translation>aide financière</translation>
        </message>
        <message>
            <source>substance use</source>
            <translation>consommation de substances</translation>
        </message>
        <message>
            <source>peer support</source>
            <translation>soutien par les pairs</translation>
        </message>
        <message>
            <source>music industry</source>
            <translation>industrie musicale</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appeler</translation>
        </message>
        <message>
            <source>Text (SMS)</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Textphone</source>
            <translation>Téléscripteur</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Appel vidéo</translation>
        </message>
        <message>
            <source>hours not known</source>
            <translation>horaires inconnus</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>ouvert maintenant</translation>
        </message>
        <message>
            <source>closed now</source>
            <translation>fermé maintenant</translation>
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
            <translation>Réservé</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Honorée</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqué</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Artiste</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Équipe technique</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Personnel du lieu</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no budget currency set yet</source>
            <translation>pas encore de devise de budget</translation>
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
            <translation>{count} entrés</translation>
        </message>
        <message>
            <source>Now: —</source>
            <translation>En cours : —</translation>
        </message>
        <message>
            <source>Next: —</source>
            <translation>Ensuite : —</translation>
        </message>
        <message>
            <source>Now: {times} {title} (cancelled)</source>
            <translation>En cours : {times} {title} (annulée)</translation>
        </message>
        <message>
            <source>Next: {times} {title} (cancelled)</source>
            <translation>Ensuite : {times} {title} (annulée)</translation>
        </message>
        <message>
            <source>Now: {times} {title} · {people}</source>
            <translation>En cours : {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Next: {times} {title} · {people}</source>
            <translation>Ensuite : {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Kits per hour today</source>
            <translation>Kits par heure aujourd'hui</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Aucune distribution aujourd'hui pour l'instant</translation>
        </message>
        <message>
            <source>Kits by type today</source>
            <translation>Kits par type aujourd'hui</translation>
        </message>
        <message>
            <source>Attendance against capacity</source>
            <translation>Fréquentation par rapport à la capacité</translation>
        </message>
        <message>
            <source>No sessions today</source>
            <translation>Aucune séance aujourd'hui</translation>
        </message>
    </context>
</TS>
