<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../../activations.py" line="76" />
            <source>activation name: must not be empty</source>
            <translation>nom de l'activation : ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="78" />
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>type d'activation : {kind} n'est pas l'un de {kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="82" />
            <source>activation dates: end {end} is before start {start}</source>
            <translation>dates de l'activation : la fin {end} est avant le début {start}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="87" />
            <source>activation name: {name} already exists</source>
            <translation>nom de l'activation : {name} existe déjà</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="106" />
            <source>activation {activation} does not exist</source>
            <translation>l'activation {activation} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="142" />
            <source>location name: must not be empty</source>
            <translation>nom du lieu : ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="145" />
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>type de lieu : {kind} n'est pas l'un de {location_kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="155" />
            <location filename="../../../activations.py" line="252" />
            <source>location name: {name} already exists in {activation}</source>
            <translation>nom du lieu : {name} existe déjà dans {activation}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="173" />
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} est un festival : les étapes appartiennent aux tournées</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="192" />
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>date de l'étape : {date} est hors de {activation} (du {start_date} au {end_date})</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="199" />
            <source>city: must not be empty</source>
            <translation>ville : ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="206" />
            <source>{stop} is not a tour stop</source>
            <translation>{stop} n'est pas une étape de tournée</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="238" />
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop} : sa journée de thérapie a des réservations, donc la date et le fuseau horaire restent (annulez d'abord les réservations, ou ajoutez une nouvelle étape)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="244" />
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop} : des ateliers y sont prévus, donc la date et le fuseau horaire restent (déplacez d'abord les ateliers)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="287" />
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} a une journée de thérapie avec {count} réservation(s) : elle reste. Modifiez plutôt l'étape, ou gardez-la.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="289" />
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} a une journée de thérapie : elle reste. Modifiez plutôt l'étape, ou gardez-la.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="292" />
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} a des ateliers : elle reste.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="293" />
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} a des kits enregistrés : elle reste.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="303" />
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>capacité de l'espace : {capacity} n'est pas un nombre de personnes à partir de 1</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="307" />
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>battement entre séances : {minutes} n'est pas entre 0 et 1440 minutes</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="343" />
            <source>location {location} does not exist</source>
            <translation>le lieu {location} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="358" />
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>cette activation n'a encore aucun lieu : ajoutez une tente ou une loge</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="365" />
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>le lieu {name} n'est pas dans cette activation (lieux : {known})</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="135" />
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path} : il n'y a pas encore de base de données ici, donc rien à sauvegarder.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="146" />
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target} : un fichier de ce nom existe déjà (il n'a pas été touché) : choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="149" />
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target} : c'est la base de données elle-même : choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="245" />
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin} : ce n'est pas une base de données Wellness Desk ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="300" />
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path} : il n'y a pas de fichier à cet endroit (ou c'est un dossier) : choisissez un fichier de sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="306" />
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path} : impossible de lire le fichier ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="309" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path} : ce n'est pas une base de données Wellness Desk (pas un fichier SQLite) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="323" />
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path} : ce fichier échoue au contrôle d'intégrité (SQLite : {why}), il est donc endommagé ; rien n'a été modifié. Choisissez une autre sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="339" />
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path} : ce n'est pas une base de données Wellness Desk (un fichier SQLite d'un autre programme) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="344" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path} : écrit par une version plus récente de Wellness Desk (schéma {schema}) ; rien n'a été modifié. Installez la version plus récente pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="456" />
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source} : c'est la base de données elle-même, pas une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="605" />
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>Wellness Desk est ouvert sur ce dossier de données ({folder}, {who}) : fermez-le d'abord, ou restaurez depuis ses Paramètres → Sauvegardes. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="681" />
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder} : le dossier est en lecture seule, aucune sauvegarde n'a pu y être écrite (rien n'a été modifié). Rendez-le accessible en écriture, ou choisissez un dossier sur un disque qui l'est.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="689" />
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder} : le disque est plein ({free} libres) : rien n'a été écrit ni modifié. Il faut environ {needed} libres à cet endroit ; faites de la place et réessayez.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="713" />
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder} : le disque n'a pas pu écrire la copie ({reason}) ; rien n'a été modifié. Vérifiez le disque et réessayez.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="731" />
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source} : le fichier a disparu ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="736" />
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source} : impossible de copier la base de données ({reason}) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="37" />
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file} : rien n'a été imprimé, 1 problème :</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="38" />
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file} : rien n'a été imprimé, {count} problèmes :</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="41" />
            <location filename="../../../schedule_io.py" line="78" />
            <source>… and {count} more</source>
            <translation>… et {count} de plus</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="53" />
            <source>no locations after the header line</source>
            <translation>aucun lieu après la ligne d'en-tête</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="70" />
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} ligne {line}, champ scan_distance : {distance} n'est pas un nombre de mètres entre 0,1 et 50</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="82" />
            <location filename="../../../cards.py" line="511" />
            <location filename="../../../resource_print.py" line="724" />
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>exemplaires : {copies} n'est pas un nombre de 1 à {max}</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="84" />
            <location filename="../../../card_batch.py" line="108" />
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} ligne {line}, champ {problem}</translation>
        </message>
        <message>
            <location filename="../../../card_render.py" line="112" />
            <location filename="../../../cards.py" line="664" />
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>logo : {logo} n'est pas une image que reportlab sait lire ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="316" />
            <location filename="../../../resource_print.py" line="89" />
            <source>refused to print:</source>
            <translation>impression refusée :</translation>
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
            <translation>langue : {language} n'est pas l'une de {languages}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="348" />
            <location filename="../../../csv_table.py" line="87" />
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path} : illisible ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="351" />
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path} : JSON non valide ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="353" />
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path} : doit contenir un objet avec {text_fields}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="359" />
            <source>{path}: field {name} must be text</source>
            <translation>{path} : le champ {name} doit être du texte</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="362" />
            <source>{path}: field headline is empty</source>
            <translation>{path} : le champ headline est vide</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="500" />
            <source>template: {template} is not one of {templates}</source>
            <translation>modèle : {template} n'est pas l'un de {templates}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="504" />
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>papier : {template} s'imprime sur {papers}, pas sur {paper}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="515" />
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>étiquette : vide (elle indique au hub quelles affiches ont été scannées)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="517" />
            <source>tag: longer than {max} characters</source>
            <translation>étiquette : plus de {max} caractères</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="519" />
            <source>tag: holds a control character</source>
            <translation>étiquette : contient un caractère de contrôle</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="521" />
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>distance de scan : {distance} m n'est pas entre 0,1 et 50 mètres</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="525" />
            <source>first code: {first} is not a number from 1</source>
            <translation>premier code : {first} n'est pas un nombre à partir de 1</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="535" />
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>ressource : le modèle {short_title} n'a pas de place pour le numéro d'une ressource : choisissez la carte de ressource</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="540" />
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>ressource : aucun numéro : choisissez-en un dans Ressources (Imprimer une carte pour ceci)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="547" />
            <source>resource number: {reason}</source>
            <translation>numéro de la ressource : {reason}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="552" />
            <source>{label}: longer than {max} characters</source>
            <translation>{label} : plus de {max} caractères</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="555" />
            <source>{label}: holds a control character</source>
            <translation>{label} : contient un caractère de contrôle</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="577" />
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Fichier → Paramètres → Ligne d'écoute)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="579" />
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>ligne d'écoute : aucun numéro n'est défini, et les Paramètres demandent de refuser les cartes et affiches sans numéro : définissez-le dans Fichier → Paramètres → Ligne d'écoute</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="583" />
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>adresse du hub : {hub} n'est pas une adresse web (https://…)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="588" />
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>lien : {length} octets, plus que ce qu'un code imprimé devrait contenir ({max})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>the resource</source>
            <translation>la ressource</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="617" />
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="636" />
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}) : ne tient pas dans le modèle {short_title}, même en {smallest} pt ({length} caractères dans un cadre de {w}×{h} mm) : raccourcissez-le</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="641" />
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} : ne tient pas dans le modèle {short_title}, même en {smallest} pt ({length} caractères dans un cadre de {w}×{h} mm) : raccourcissez-le</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="760" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>distance de scan : le code QR mesure {code_cm} cm et se scanne à environ {supports} m, pas aux {distance} m demandés : réglez la distance de scan sur {supports} m ou moins</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="764" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>distance de scan : le code QR mesure {code_cm} cm et se scanne à environ {supports} m, pas aux {distance} m demandés : imprimez sur {paper}, ou réglez la distance de scan sur {supports} m ou moins</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="650" />
            <source>logo: {logo} is not a readable file</source>
            <translation>logo : {logo} n'est pas un fichier lisible</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="729" />
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>zone de silence : {quiet} modules de blanc autour du code QR, les lecteurs en demandent {minimum}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="736" />
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>les modules du QR mesurent {size} mm (version {version}, niveau {level}, pour un lien de {length} caractères) : au moins {minimum} mm s'impriment de façon fiable ; utilisez une étiquette ou une adresse de hub plus courte</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="752" />
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>distance de scan : le code QR mesure {code_cm} cm, trop petit pour une affiche : utilisez une étiquette ou une adresse de hub plus courte</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="795" />
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>étiquette {tag} : un autre travail a imprimé entre-temps les codes à partir de c={first} ; rien n'a été enregistré : imprimez à nouveau pour avoir de nouveaux numéros</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="602" />
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>aucune activation pour l'instant : créez-en une dans l'application, ou lancez 'wellness-desk demo'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="626" />
            <source>nothing to undo at {location}</source>
            <translation>rien à annuler à {location}</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="671" />
            <source>--personal goes with --csv DIR</source>
            <translation>--personal s'utilise avec --csv DOSSIER</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="683" />
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper est pour --program-pdf, pas pour --ics</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="714" />
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option} : {text} n'est pas une date comme 2026-07-03</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="734" />
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space et --paper sont pour le programme, pas pour --csv (l'export CSV contient toutes les activations)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="748" />
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations prend le modèle et l'étiquette dans le CSV : retirez --template et --tag</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="759" />
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>--template et --tag sont nécessaires (ou --locations FICHIER.csv)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="810" />
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll et --activation s'utilisent avec --hub URL</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="812" />
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size s'utilise avec --once ou --preview</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="814" />
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout : {timeout} n'est pas entre 0 et 300 secondes</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="848" />
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>pas connecté à un hub : connectez-vous d'abord avec 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="875" />
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub demande --enroll CODE (le code à usage unique donné par la coordination du hub)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="886" />
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>l'activation {activation} n'existe pas (activations : {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="932" />
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} est un festival : les journées de thérapie sont pour les tournées (choisissez la tournée dans l'application)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="957" />
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} n'a pas encore d'étapes : ajoutez-les dans l'application</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="969" />
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>étape {wanted} : {count} étapes à {city} ({names}) : donnez le nom complet de l'étape</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="974" />
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>l'étape {wanted} n'est pas une étape de {tour_name} (étapes : {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="986" />
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>pas encore de clé : définissez d'abord un code PIN ou une phrase secrète dans la section Thérapie de l'application</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="1000" />
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option} : aucun {what} donné (tapez-le à l'invite, ou passez-le sur une ligne par l'entrée standard)</translation>
        </message>
        <message>
            <location filename="../../../clock.py" line="68" />
            <location filename="../../../clock.py" line="83" />
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>le fuseau horaire {name} n'est pas une zone IANA connue (p. ex. Europe/London)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="26" />
            <location filename="../../../resources/package.py" line="543" />
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation>n'est pas du texte UTF-8 (enregistrez la feuille en « CSV UTF-8 »)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="27" />
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>un guillemet s'ouvre ici et ne se ferme jamais (le reste du fichier serait ce seul champ)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="44" />
            <location filename="../../../resources/package.py" line="102" />
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} ligne {line}, champ {field} : {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="47" />
            <location filename="../../../resources/package.py" line="105" />
            <source>{file} line {line}: {problem}</source>
            <translation>{file} ligne {line} : {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="50" />
            <location filename="../../../resources/package.py" line="108" />
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, champ {field} : {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="52" />
            <location filename="../../../resources/package.py" line="110" />
            <source>{file}: {problem}</source>
            <translation>{file} : {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="97" />
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>le fichier est vide (la première ligne nomme les colonnes : {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="124" />
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} champs alors que l'en-tête en a {width} (un séparateur dans un champ doit être entre guillemets)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="137" />
            <location filename="../../../csv_table.py" line="149" />
            <source>the first line must name the columns: {known}</source>
            <translation>la première ligne doit nommer les colonnes : {known}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="158" />
            <source>column {number} has no name</source>
            <translation>la colonne {number} n'a pas de nom</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="160" />
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>colonne inconnue {column} (les colonnes sont : {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="164" />
            <source>column {key} appears twice</source>
            <translation>la colonne {key} apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="170" />
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>colonnes manquantes : {missing} (nécessaires : {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="173" />
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>colonne manquante : {missing} (nécessaires : {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="215" />
            <location filename="../../../resources/package.py" line="579" />
            <source>cannot be read as CSV ({reason})</source>
            <translation>illisible en CSV ({reason})</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="51" />
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path} : c'est un dossier, pas un fichier de base de données.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="64" />
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path} : impossible de lire le fichier de base de données ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="68" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path} : ce n'est pas une base de données Wellness Desk (pas un fichier SQLite). Il n'a pas été touché ; déplacez-le ou choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="104" />
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path} : le disque n'a pas pu lire ou écrire le fichier de base de données ({name}) ; rien n'a été enregistré. Laissez le fichier tel quel, vérifiez le disque (a-t-il été débranché ?) et recommencez.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="116" />
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path} : impossible d'ouvrir le fichier de base de données ({name}). Il n'a pas été touché ; vérifiez que le fichier et son dossier sont là et lisibles.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="121" />
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path} : SQLite ne peut pas écrire dans le fichier de base de données ({name}) ; rien n'a été enregistré. Vérifiez que le fichier est toujours dans son dossier et accessible en écriture, puis recommencez.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="128" />
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path} : la base de données est occupée (un autre programme y écrit) : cette action n'a PAS été enregistrée. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="136" />
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path} : le fichier de base de données est endommagé (SQLite signale {name}) ; rien n'a été enregistré et il ne sera plus touché. Laissez le fichier tel quel (copiez-le en lieu sûr), puis remettez une sauvegarde faite avant les dégâts ou choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="148" />
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder} : le disque du dossier de données est passé en lecture seule (le système le fait pour un disque en erreur) : cette action n'a PAS été enregistrée, et rien ne pourra l'être tant qu'il ne sera pas de nouveau accessible en écriture. Laissez les fichiers tels quels, vérifiez le disque et recommencez, ou copiez le dossier sur un disque qui fonctionne et choisissez-le avec --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="174" />
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder} : le disque est plein ({free} libres) : rien n'a été enregistré. Wellness Desk a besoin d'au moins {needed} libres à cet endroit ; faites de la place et réessayez.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="208" />
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path} : impossible de créer son dossier ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="219" />
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder} : le dossier de données est en lecture seule, Wellness Desk ne peut donc rien y enregistrer (rien n'a été modifié). Rendez le dossier accessible en écriture (ou copiez-le sur un disque qui l'est), ou choisissez un autre dossier avec --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="226" />
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path} : le fichier de base de données est en lecture seule, Wellness Desk ne peut donc rien y enregistrer (rien n'a été modifié). Rendez le fichier accessible en écriture, ou choisissez un autre dossier avec --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="291" />
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path} : impossible d'ouvrir le fichier de base de données ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="335" />
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path} : impossible de mettre à jour la base de données ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="433" />
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path} : ce fichier SQLite appartient à un autre programme, pas à Wellness Desk. Il n'a pas été touché ; choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="444" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path} : écrit par une version plus récente de Wellness Desk (schéma {schema}). Il n'a pas été touché ; installez la version plus récente pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../../demo.py" line="55" />
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>la base de données contient déjà des activations : la démo ne remplit qu'une base vide (utilisez --data-dir avec un nouveau dossier)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="518" />
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>aucun export nommé {unknown} (exports : {exports})</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="523" />
            <source>choose at least one export</source>
            <translation>choisissez au moins un export</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="525" />
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>données personnelles : déverrouillez la section Thérapie (code PIN ou phrase secrète) pour les inclure</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="587" />
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder} : c'est un fichier, pas un dossier ; choisissez un dossier pour l'export</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="591" />
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder} : ce dossier contient d'autres fichiers ; choisissez un dossier vide ou nouveau (un export est un dossier à lui seul, remplacé en entier la fois suivante)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="666" />
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder} : ce dossier n'est pas accessible en écriture, l'export n'a donc pas été écrit (rien n'a été modifié). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="673" />
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder} : le disque est plein, l'export n'a donc pas été écrit (rien n'a été modifié). Il faut plus de {size} libres à cet endroit : faites de la place, ou choisissez un autre disque.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="677" />
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder} : l'export n'a pas pu être écrit ({reason}) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="157" />
            <source>kit name: must not be empty</source>
            <translation>nom du kit : ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="159" />
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>nom du kit : {name} dépasse {max} caractères</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="167" />
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>couleur du kit : {colour} n'est pas une couleur comme #1A2B3C</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="174" />
            <source>{what}: {count} is not a whole number</source>
            <translation>{what} : {count} n'est pas un nombre entier</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="178" />
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what} : {count} n'est pas entre {low} et {max}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="186" />
            <source>kit name: {name} already exists</source>
            <translation>nom du kit : {name} existe déjà</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="193" />
            <location filename="../../../kits.py" line="249" />
            <source>low-stock threshold</source>
            <translation>seuil de stock bas</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="210" />
            <source>kit type {kit_type} does not exist</source>
            <translation>le type de kit {kit_type} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="228" />
            <source>kit {name} does not exist (known: {known})</source>
            <translation>le kit {name} n'existe pas (kits : {known})</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="294" />
            <source>action {action} does not exist</source>
            <translation>l'action {action} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="323" />
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>le kit {kit} est retiré : remettez-le d'abord dans le catalogue</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="333" />
            <source>hand-out count</source>
            <translation>nombre distribué</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="335" />
            <location filename="../../../therapy.py" line="568" />
            <source>role: {role} is not one of {roles}</source>
            <translation>rôle : {role} n'est pas l'un de {roles}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="352" />
            <source>received count</source>
            <translation>nombre reçu</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="367" />
            <source>counted stock</source>
            <translation>stock compté</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="370" />
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>motif de la correction : dites pourquoi le compte a changé (p. ex. 'recomptage')</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="388" />
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>une annulation ne peut pas être annulée : redonnez le kit</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="390" />
            <source>action {action} was already undone</source>
            <translation>l'action {action} a déjà été annulée</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="24" />
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="42" />
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label} : indiquez un montant, p. ex. 150,00 ou 150.00</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="46" />
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label} : {typed} n'est pas un montant (des chiffres, avec une virgule ou un point avant les centimes, p. ex. 150,00)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="52" />
            <location filename="../../../money.py" line="98" />
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label} : {typed} n'est pas un montant</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="70" />
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label} : {typed} mélange les séparateurs d'une façon qui n'est pas un montant (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="77" />
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label} : {typed} n'est pas un montant (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="86" />
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label} : {typed} est ambigu (milliers ou décimales ?) : écrivez {whole}{after} sans le {sep}, ou deux décimales, p. ex. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="103" />
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label} : {typed} est bien plus d'argent que ce qu'un budget contient</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="107" />
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label} : {typed} a plus de deux décimales (centimes)</translation>
        </message>
        <message>
            <location filename="../../../program_print.py" line="80" />
            <source>no workshops in {where} to print</source>
            <translation>aucun atelier à imprimer dans {where}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="164" />
            <source>language: {lang} is not one of {languages}</source>
            <translation>langue : {lang} n'est pas l'une de {languages}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="362" />
            <source>dates: the end {end} is before the start {start}</source>
            <translation>dates : la fin {end} est avant le début {start}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="368" />
            <source>location {location} is not in {activation}</source>
            <translation>le lieu {location} n'est pas dans {activation}</translation>
        </message>
        <message>
            <location filename="../../../report_pdf.py" line="214" />
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>logo (Paramètres) : {path} n'est pas une image imprimable ({error_type}) : choisissez un autre fichier, ou aucun</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="177" />
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number} : {problem}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="319" />
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} est un festival : une fiche de tournée est pour une tournée</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="324" />
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} n'a pas encore d'étapes : ajoutez-les dans Activations</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="331" />
            <location filename="../../../resource_print.py" line="748" />
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Fichier → Paramètres → Ligne d'écoute)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="359" />
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number} : trop long pour être imprimé en grand ({width} mm)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="720" />
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>pays : {country} n'est pas un code pays à deux lettres (p. ex. CA)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="729" />
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>papier : la carte de poche s'imprime sur {sheets}, pas sur {paper}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="740" />
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>pays : aucune ligne de crise vérifiée pour {code} dans cet annuaire, il n'y a donc pas de carte à imprimer (la fiche de tournée invite à appeler les services d'urgence locaux)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="773" />
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>les modules du QR mesurent {module} mm pour un lien de {length} caractères : au moins {minimum} mm s'impriment de façon fiable ; utilisez une adresse de hub plus courte</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="787" />
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>pays : les {count} lignes de crise de {code} ne tiennent pas sur une carte de poche, même en petits caractères : imprimez plutôt la fiche de tournée</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="947" />
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>activation : {activation} n'est pas l'une de celles de cet ordinateur (activations : {known})</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="986" />
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>l'annuaire des ressources se trouve à côté d'un fichier de base de données, et celle-ci est en mémoire</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="996" />
            <source>no tour yet: create one in Activations</source>
            <translation>aucune tournée pour l'instant : créez-en une dans Activations</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="116" />
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} n'existe pas dans {tz} : les horloges avancent à ce moment-là</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="170" />
            <source>workshop kind: must not be empty</source>
            <translation>type d'atelier : ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="172" />
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>type d'atelier : plus de {max} caractères (il en a {length}) ; les comptes du hub portent ce libellé : raccourcissez-le</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="177" />
            <source>workshop kind: {name} already exists</source>
            <translation>type d'atelier : {name} existe déjà</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="190" />
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>type : {kind} n'est pas l'un de {kinds} (ajoutez-le d'abord à la liste)</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="245" />
            <source>workshop {workshop} does not exist</source>
            <translation>l'atelier {workshop} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="460" />
            <source>title: must not be empty</source>
            <translation>titre : ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="462" />
            <source>title: longer than {max} characters</source>
            <translation>titre : plus de {max} caractères</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="469" />
            <source>end: must be after the start</source>
            <translation>fin : doit être après le début</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="471" />
            <source>end: a session cannot last more than 24 hours</source>
            <translation>fin : une séance ne peut pas durer plus de 24 heures</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="474" />
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>capacité : {capacity} n'est pas un nombre de personnes à partir de 1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="549" />
            <source>space: belongs to another activation</source>
            <translation>espace : appartient à une autre activation</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="577" />
            <source>status: {status} is not one of {statuses}</source>
            <translation>statut : {status} n'est pas l'un de {statuses}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="584" />
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>« {title} » a eu lieu (tenu, ou des personnes comptées à l'entrée), il ne peut donc pas être annulé</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="614" />
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>« {title} » a été tenu ou compté à l'entrée : annulez-le plutôt</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="644" />
            <source>counter: {counter} is not one of {counters}</source>
            <translation>compteur : {counter} n'est pas l'un de {counters}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="647" />
            <source>a door tap is +1 or −1</source>
            <translation>un appui à l'entrée vaut +1 ou −1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="651" />
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>« {title} » est annulé : personne à compter</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="654" />
            <source>the headcount is already 0</source>
            <translation>le comptage est déjà à 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="655" />
            <source>the waitlist is already 0</source>
            <translation>la liste d'attente est déjà à 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="658" />
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>« {title} » est complet ({capacity} sur {capacity}) : comptez-les sur la liste d'attente</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="74" />
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file} : rien n'a été importé, 1 problème :</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="75" />
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file} : rien n'a été importé, {count} problèmes :</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="90" />
            <source>no workshops after the header line</source>
            <translation>aucun atelier après la ligne d'en-tête</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="151" />
            <location filename="../../../schedule_io.py" line="162" />
            <location filename="../../../schedule_io.py" line="216" />
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="156" />
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} n'est pas un espace de {activation} (espaces : {known})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="164" />
            <source>longer than {max} characters</source>
            <translation>plus de {max} caractères</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="168" />
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} n'est pas un type d'atelier (types : {kinds})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="174" />
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} n'est pas un nombre de personnes à partir de 1 (laissez vide pour la capacité de l'espace)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="199" />
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} n'est pas après le début {start} (une séance qui passe minuit : mettez le jour où elle finit dans la colonne end_date)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="203" />
            <source>a session cannot last more than 24 hours</source>
            <translation>une séance ne peut pas durer plus de 24 heures</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="222" />
            <source>{text} is not a date of the calendar</source>
            <translation>{text} n'est pas une date du calendrier</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="226" />
            <location filename="../../../schedule_io.py" line="238" />
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} n'est pas une date (utilisez 2026-07-04)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="243" />
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} pourrait être le {day} {month} ou le {day2} {month2} : écrivez {date} ou {date2}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="250" />
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} n'est pas dans {activation} (du {start} au {end}) ; écrivez les dates en AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="260" />
            <source>is empty ({hint})</source>
            <translation>est vide ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="276" />
            <source>{text} is not a time ({hint})</source>
            <translation>{text} n'est pas une heure ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="310" />
            <source>space {space} is not in {activation}</source>
            <translation>l'espace {space} n'est pas dans {activation}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="316" />
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>aucun atelier dans {where} à mettre dans un agenda : ajoutez-en un d'abord</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="53" />
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path} : quick_check indique {integrity}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="83" />
            <source>card sheet refused: {problems}</source>
            <translation>planche de cartes refusée : {problems}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="114" />
            <source>{written}: the log line was not written</source>
            <translation>{written} : la ligne du journal n'a pas été écrite</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="41" />
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>délai d'annulation : {seconds} n'est pas entre 3 et 600 secondes</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="63" />
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>adresse du hub : {url} n'est pas une adresse web (https://…)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="86" />
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>verrouillage de la thérapie : {minutes} n'est pas entre 1 et 120 minutes</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="128" />
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>numéro de la ligne d'écoute : {number} n'est pas un numéro de téléphone (chiffres, espaces, + - ( ) uniquement, p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="133" />
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>numéro de la ligne d'écoute : {number} a {digits} chiffres ; un numéro de téléphone en a de 3 (un numéro court comme le 988) à 15</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="144" />
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>numéro de la ligne d'écoute : {number} n'est pas un vrai numéro ({why}) : mettez le numéro de votre propre ligne d'écoute</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="148" />
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>numéro de la ligne d'écoute : {number} ressemble à un numéro fictif (un chiffre répété) : mettez le numéro de votre propre ligne d'écoute</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="152" />
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>numéro de la ligne d'écoute : {number} ressemble à un numéro fictif (des chiffres qui se suivent) : mettez le numéro de votre propre ligne d'écoute</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="160" />
            <source>help line name: longer than {max} characters</source>
            <translation>nom de la ligne d'écoute : plus de {max} caractères</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="163" />
            <source>help line name: holds a control character</source>
            <translation>nom de la ligne d'écoute : contient un caractère de contrôle</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="193" />
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>nom de l'association : plus de {max} caractères</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="195" />
            <source>nonprofit's name: holds a control character</source>
            <translation>nom de l'association : contient un caractère de contrôle</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="203" />
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>logo : {path} n'est pas un fichier (choisissez une image PNG ou JPEG, ou laissez vide)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="151" />
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} n'est pas une étape de tournée avec une date</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="165" />
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>plage de la journée : finit à {window_end}, pas après son début ({window_start})</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="170" />
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>durée de la séance : {minutes} n'est pas entre 10 et 240 minutes</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="174" />
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>pause : {minutes} n'est pas entre 0 et 120 minutes</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="177" />
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>pause déjeuner : indiquez son début et sa fin, ou aucun des deux</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="181" />
            <source>lunch break: ends before it starts</source>
            <translation>pause déjeuner : finit avant de commencer</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="183" />
            <source>lunch break: outside the day window</source>
            <translation>pause déjeuner : en dehors de la plage de la journée</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="188" />
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>plage de la journée : {window_start}–{window_end} ne contient pas une séance de {minutes} minutes</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="221" />
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>plage de la journée : aucune séance de {minutes} minutes ne tient le {day} ({window_start}–{window_end}, moins le déjeuner et tout changement d'heure)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="252" />
            <location filename="../../../therapy.py" line="253" />
            <source>cost</source>
            <translation>coût</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="260" />
            <source>therapy day {therapy_day} does not exist</source>
            <translation>la journée de thérapie {therapy_day} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="285" />
            <source>provider name: must not be empty</source>
            <translation>nom du ou de la thérapeute : ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="287" />
            <source>mode: {mode} is not one of {modes}</source>
            <translation>mode : {mode} n'est pas l'un de {modes}</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="289" />
            <source>cost per session</source>
            <translation>coût par séance</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="291" />
            <source>cost per day</source>
            <translation>coût par jour</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="293" />
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>déverrouillez la section thérapie pour enregistrer le contact du ou de la thérapeute</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="360" />
            <source>slot {slot} does not exist</source>
            <translation>le créneau {slot} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="367" />
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>ce créneau est réservé : annulez la réservation avant de le bloquer</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="378" />
            <source>slot: ends before it starts</source>
            <translation>créneau : finit avant de commencer</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="380" />
            <source>slot: longer than 4 hours</source>
            <translation>créneau : dure plus de 4 heures</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="385" />
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>créneau : chevauche le créneau de {time} du même jour</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="397" />
            <source>slot: starts and ends at the same time</source>
            <translation>créneau : commence et finit à la même heure</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="452" />
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} créneau(x) réservé(s) ne rentrent pas dans le nouveau plan ({times}) : gardez-les, ou annulez leurs réservations</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="501" />
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} n'est pas une tournée : le budget de thérapie est celui d'une tournée</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="503" />
            <source>budget</source>
            <translation>budget</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="505" />
            <source>budget: give an amount, e.g. 2400</source>
            <translation>budget : indiquez un montant, p. ex. 2400</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="508" />
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>devise : {currency} n'est pas un code comme USD ou EUR</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="576" />
            <source>person: give a name, initials or an alias</source>
            <translation>personne : indiquez un nom, des initiales ou un pseudonyme</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="578" />
            <source>person: longer than 80 characters</source>
            <translation>personne : plus de 80 caractères</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="595" />
            <source>this slot is blocked</source>
            <translation>ce créneau est bloqué</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="597" />
            <source>this slot is already booked</source>
            <translation>ce créneau est déjà réservé</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="609" />
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>cette personne a déjà une séance à {time} ({place}) qui chevauche ce créneau</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="619" />
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>cette réservation coûte {cost} {currency} ; il ne reste que {remaining} {currency} du budget de thérapie</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="636" />
            <source>booking {booking} does not exist</source>
            <translation>la réservation {booking} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="643" />
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>statut : {status} n'est ni booked, ni attended, ni no_show (annulez avec cancel_booking)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="647" />
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>cette réservation a été annulée : réservez à nouveau le créneau</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="708" />
            <source>this booking is already cancelled</source>
            <translation>cette réservation est déjà annulée</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="710" />
            <source>this session took place (attended or no-show): it stays</source>
            <translation>cette séance a eu lieu (venu ou absent) : elle reste</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="726" />
            <source>this person is already on the waitlist for this day</source>
            <translation>cette personne est déjà sur la liste d'attente de ce jour</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="741" />
            <location filename="../../../therapy.py" line="763" />
            <source>this person is no longer on the waitlist</source>
            <translation>cette personne n'est plus sur la liste d'attente</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="765" />
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>ce créneau est sur une autre journée de thérapie que la liste d'attente</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="768" />
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>cette entrée de la liste d'attente a perdu son nom : ajoutez à nouveau la personne</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="270" />
            <source>unlock the therapy section to print names</source>
            <translation>déverrouillez la section thérapie pour imprimer les noms</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="552" />
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>déverrouillez la section thérapie pour mettre le nom dans l'invitation</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="594" />
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>déverrouillez la section thérapie pour mettre des noms dans l'agenda</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="632" />
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>aucun créneau de la journée de thérapie à {stop} n'est proposé : rien à mettre dans un agenda</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="93" />
            <source>{field}: stored in an unknown format</source>
            <translation>{field} : enregistré dans un format inconnu</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="97" />
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field} : impossible à déchiffrer avec cette clé</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="154" />
            <source>the key is already set up: unlock instead</source>
            <translation>la clé est déjà configurée : déverrouillez plutôt</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="158" />
            <source>PIN: use at least {minimum} characters</source>
            <translation>code PIN : utilisez au moins {minimum} caractères</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="160" />
            <source>passphrase: use at least {minimum} characters</source>
            <translation>phrase secrète : utilisez au moins {minimum} caractères</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="171" />
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>le trousseau ({keyring_name}) a refusé d'enregistrer la clé ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="212" />
            <source>wrong PIN: try again in {delay} s</source>
            <translation>code PIN incorrect : réessayez dans {delay} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="214" />
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>phrase secrète incorrecte : réessayez dans {delay} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="227" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>le trousseau ({keyring_name}) ne peut pas être lu ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="189" />
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>pas encore de clé : définissez d'abord un code PIN ou une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="192" />
            <source>too many wrong tries: wait {wait} s</source>
            <translation>trop d'essais erronés : attendez {wait} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="232" />
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>la clé de cette base de données n'est pas dans le trousseau de cet ordinateur ({name}) : les noms ne peuvent pas être lus sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="240" />
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>la clé de cette base de données dans le trousseau ({name} : service {SERVICE}, entrée 'data-key:{db_id}') n'est pas celle que cette application a enregistrée ({fault}) : remettez cette entrée depuis une sauvegarde du trousseau ; d'ici là, les noms ne peuvent pas être lus (rien n'a été modifié)</translation>
        </message>
        <message>
            <location filename="../../../print/drawing.py" line="37" />
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>Le processus de dessin s'est arrêté avant la fin (l'ordinateur manque peut-être de mémoire) : rien n'a été enregistré. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../../print/files.py" line="32" />
            <location filename="../../../print/files.py" line="64" />
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path} : impossible d'écrire ({reason})</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="69" />
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>la police du programme manque dans {folder} ({reason}) : réinstallez Wellness Desk</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="200" />
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field} : le caractère {character} (U+{code}) n'est pas dans les polices {what} ({fonts}) : remplacez-le</translation>
        </message>
        <message>
            <location filename="../../../print/page.py" line="50" />
            <source>paper: {paper} is not one of {papers}</source>
            <translation>papier : {paper} n'est pas l'un de {papers}</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="89" />
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>le lien fait {longest} octets : trop long pour tout code QR</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="163" />
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} octets ne tiennent pas dans un code QR de version {version}-{level}</translation>
        </message>
        <message>
            <location filename="../../../sync/bodies.py" line="31" />
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>taille du lot : {batch_size} n'est pas entre 1 et {max} cellules</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="65" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>pas de trousseau système sûr sur cet ordinateur ({keyring_name}) : le jeton du hub n'aurait aucun endroit sûr où aller, cet ordinateur ne peut donc pas se connecter. Configurez le trousseau système (p. ex. GNOME Keyring ou KWallet) et réessayez ; le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="145" />
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>code d'inscription : vide (il ressemble à K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="148" />
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>code d'inscription : lettres, chiffres et tirets uniquement (comme K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="160" />
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>aucune activation pour l'instant : créez d'abord le festival ou la tournée ; le hub reçoit les comptes d'une activation</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="191" />
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} a répondu {answer} ({reason}) : vérifiez l'adresse ; le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="201" />
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>impossible de se connecter à {hub_url} : {words} (le même code fonctionnera quand vous réessaierez)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="211" />
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>le hub a refusé le code : {reason} (demandez-en un nouveau à la coordination)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="214" />
            <source>the hub is busy: try again in a minute</source>
            <translation>le hub est occupé : réessayez dans une minute</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="216" />
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>le hub à {hub_url} a un problème (HTTP {status}) : réessayez plus tard</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="220" />
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>le hub n'a pas accepté la forme du code (il ressemble à K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="222" />
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} ne répond pas comme un hub Wellness (HTTP {status}) : vérifiez l'adresse</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="41" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>le trousseau ({keyring_name}) ne peut pas être lu ({error_type}) : est-il verrouillé ? Le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="49" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>le trousseau ({keyring_name}) a refusé d'enregistrer le jeton du hub ({error_type}) : rien n'a été envoyé, et le code n'est toujours pas utilisé</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="64" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>le trousseau ({keyring_name}) a refusé d'enregistrer le jeton du hub ({error_type}) : rien n'a été enregistré ; réessayez avec le même code</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="85" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>pas de trousseau système sûr sur cet ordinateur ({keyring_name}) : le jeton du hub ne peut pas être lu</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="88" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>le trousseau ({keyring_name}) ne peut pas être lu ({error_type}) : est-il verrouillé ?</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="92" />
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>le jeton du hub de cet ordinateur n'est pas dans le trousseau : reconnectez-le sur la page Synchronisation</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="98" />
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>le jeton du hub dans le trousseau ({entry}) n'est pas celui que cette application a enregistré ({fault}) : reconnectez cet ordinateur sur la page Synchronisation avec un nouveau code de la coordination (cela enregistre un nouveau jeton)</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="121" />
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>toujours connecté, et le jeton est toujours là ({entry}) ; déverrouillez le trousseau et réessayez</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="126" />
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>le trousseau est inaccessible ({keyring_name}), le jeton du hub n'a donc pas été supprimé : {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="138" />
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>le trousseau ({keyring_name}) n'a pas pu retirer le jeton du hub ({error_type}) : {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="150" />
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>le trousseau ({keyring_name}) a gardé le jeton du hub alors qu'on lui a demandé de le supprimer : {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/push.py" line="305" />
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>le lot {batch} a été refusé lors d'une connexion précédente au hub ; la connexion actuelle renvoie ces comptes, il n'a donc pas besoin d'être réessayé</translation>
        </message>
        <message>
            <location filename="../../../sync/quarantine.py" line="57" />
            <source>there is no refused batch {batch}</source>
            <translation>il n'y a pas de lot refusé {batch}</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="18" />
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>adresse du hub : vide (donnez-la sous la forme https://hub.example.org)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="20" />
            <source>hub address: {text} has a space in it</source>
            <translation>adresse du hub : {text} contient une espace</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="25" />
            <source>hub address: {text} is not a web address</source>
            <translation>adresse du hub : {text} n'est pas une adresse web</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="28" />
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>adresse du hub : {text} n'est pas une adresse web (elle commence par https:// ou http://)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="33" />
            <source>hub address: leave the user name and password out of it</source>
            <translation>adresse du hub : n'y mettez ni le nom d'utilisateur ni le mot de passe</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="35" />
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>adresse du hub : {text} a une partie '?' ou '#' : donnez l'adresse du hub</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="39" />
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>adresse du hub : utilisez https:// pour un hub sur internet ({text}) : le jeton traverserait le réseau en clair</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="156" />
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country} : donnez un code ISO 3166-1 de deux lettres, p. ex. FR</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="160" />
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind} : l'un de {kinds}</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="229" />
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>non connecté à un hub : connectez-vous d'abord (wellness-desk sync --hub URL --enroll CODE) ; l'annuaire que vous aviez est conservé</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="123" />
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>le paquet d'annuaire a été refusé, rien n'a été modifié : 1 problème :</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="125" />
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>le paquet d'annuaire a été refusé, rien n'a été modifié : {count} problèmes :</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="129" />
            <source>… and {rest} more</source>
            <translation>… et {rest} de plus</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="248" />
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} n'est pas une date (AAAA-MM-JJ, p. ex. 2025-03-31)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="256" />
            <source>{value} is not one of: {listed}</source>
            <translation>{value} n'est pas l'une des valeurs : {listed}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="261" />
            <source>{value} is not true or false</source>
            <translation>{value} n'est ni true ni false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="265" />
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} n'est pas une heure (HH:MM, de 00:00 à 23:59)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="267" />
            <source>{value} is not a UUID</source>
            <translation>{value} n'est pas un UUID</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="271" />
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} n'est pas une adresse web (http:// ou https://)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="274" />
            <source>{value} is not an email address</source>
            <translation>{value} n'est pas une adresse e-mail</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="338" />
            <source>there is no file or folder {path}</source>
            <translation>il n'y a pas de fichier ni de dossier {path}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="341" />
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>n'est pas un paquet d'annuaire : donnez un dossier avec datapackage.json et un fichier CSV par table, ou la forme JSON HSDS (.json)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="378" />
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>n'est pas du texte UTF-8 (octet {byte})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="381" />
            <location filename="../../../resources/package.py" line="419" />
            <source>is not JSON: {reason} (column {column})</source>
            <translation>n'est pas du JSON : {reason} (colonne {column})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="384" />
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>n'est pas la forme JSON HSDS : ses objets sont imbriqués sur des milliers de niveaux</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="387" />
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>n'est pas la forme JSON HSDS (un objet avec services)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="396" />
            <source>is a folder, not a file</source>
            <translation>est un dossier, pas un fichier</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="400" />
            <location filename="../../../resources/package.py" line="535" />
            <source>cannot be read ({reason})</source>
            <translation>ne peut pas être lu ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="408" />
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} n'est pas un paquet d'annuaire : il n'a pas de datapackage.json (un paquet est un dossier de tables CSV décrites par datapackage.json, ou un seul fichier .json)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="415" />
            <source>is not UTF-8 text</source>
            <translation>n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="423" />
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>n'est pas un descripteur de paquet de données (un objet JSON)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="448" />
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>vaut {version} : cette application lit les paquets HSDS {hsds}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="450" />
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>est absent (cette application lit les paquets HSDS 3.0)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="454" />
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>vaut {profile}, un autre profil que celui de cette application ({ours})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="461" />
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>est absent : la date et l'heure auxquelles le curateur a fait cette édition (UTC)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="467" />
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} n'est pas une date et une heure (p. ex. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="471" />
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} n'a pas de fuseau horaire : ajoutez Z pour UTC</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="478" />
            <location filename="../../../resources/package.py" line="804" />
            <source>is not text</source>
            <translation>n'est pas du texte</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="488" />
            <source>is missing: a data package lists its tables in resources</source>
            <translation>est absent : un paquet de données liste ses tables dans resources</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="495" />
            <source>is not a table description</source>
            <translation>n'est pas une description de table</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="500" />
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} n'est pas une table que lit cette application ({tables})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="505" />
            <source>the table {name} is listed twice</source>
            <translation>la table {name} est listée deux fois</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="512" />
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} n'est pas un fichier CSV du dossier du paquet (p. ex. {example})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="519" />
            <source>lists no {table} table: a directory needs one</source>
            <translation>ne liste aucune table {table} : un annuaire en a besoin</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="527" />
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>est absent : datapackage.json l'indique comme la table {table}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="532" />
            <source>is a folder, not a CSV file</source>
            <translation>est un dossier, pas un fichier CSV</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="550" />
            <source>the header line cannot be read ({reason})</source>
            <translation>la ligne d'en-tête ne peut pas être lue ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="554" />
            <source>is empty: the first line names the columns</source>
            <translation>est vide : la première ligne nomme les colonnes</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="561" />
            <source>this column is named twice</source>
            <translation>cette colonne est nommée deux fois</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="566" />
            <source>unknown column: the {table} table has {known}</source>
            <translation>colonne inconnue : la table {table} a {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="571" />
            <source>this required column is missing</source>
            <translation>cette colonne obligatoire est absente</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="595" />
            <source>has {fields} fields where the header has {width}</source>
            <translation>a {fields} champs alors que l'en-tête en a {width}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="652" />
            <source>frictionless could not read it: {note}</source>
            <translation>frictionless n'a pas pu le lire : {note}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="679" />
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>champ inconnu : la forme JSON HSDS a {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="685" />
            <source>is not a list</source>
            <translation>n'est pas une liste</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="692" />
            <source>is not an object</source>
            <translation>n'est pas un objet</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="719" />
            <source>unknown field: a {table} has {known}</source>
            <translation>champ inconnu : un enregistrement {table} a {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="742" />
            <source>is not an organization object with an id</source>
            <translation>n'est pas un objet organization avec un id</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="768" />
            <source>differs from the term {term} given at {given_at}</source>
            <translation>diffère du terme {term} donné en {given_at}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="772" />
            <source>is not a taxonomy term object</source>
            <translation>n'est pas un objet de terme de taxonomie</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="804" />
            <source>is not true or false</source>
            <translation>n'est ni true ni false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="814" />
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>vaut {value} mais l'enregistrement dans lequel il est imbriqué est {given}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="854" />
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} n'est pas un numéro de téléphone (chiffres, espaces, + - ( ) . uniquement, p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="952" />
            <source>is empty: it is required</source>
            <translation>est vide : il est obligatoire</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="983" />
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} est utilisé deux fois dans {table} (la première à la ligne {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="985" />
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} est utilisé deux fois dans {table} (la première en {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="995" />
            <source>no organization has the id {key}</source>
            <translation>aucune organisation n'a l'id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="997" />
            <source>no service has the id {key}</source>
            <translation>aucun service n'a l'id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="999" />
            <source>no phone has the id {key}</source>
            <translation>aucun téléphone n'a l'id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1001" />
            <source>no taxonomy term has the id {key}</source>
            <translation>aucun terme de taxonomie n'a l'id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1002" />
            <source>no {table} has the id {key}</source>
            <translation>aucun enregistrement {table} n'a l'id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1009" />
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} n'est pas une liste de jours de la semaine ({weekdays}, séparés par des virgules, p. ex. MO,TU,WE)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1012" />
            <source>{value} names a weekday twice</source>
            <translation>{value} nomme un jour de la semaine deux fois</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1029" />
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} n'est pas un fuseau horaire IANA (p. ex. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1035" />
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} n'est pas un code de pays ISO 3166-1 (deux lettres majuscules, p. ex. FR)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1039" />
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} n'est pas un code de langue ISO 639 (p. ex. en, fr, ou un code 639-3)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1042" />
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} n'est pas une langue dans laquelle les noms sont traduits ({languages})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1071" />
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>le téléphone {phone} appartient au service {service}, pas à {other}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1075" />
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>vaut {zone} mais le fuseau du service est {service_zone} : ce profil garde les horaires d'un service dans le fuseau du service lui-même</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1083" />
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>une langue est celle d'un service ou d'un téléphone : donnez exactement l'un de service_id et phone_id</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1089" />
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} n'est pas une subdivision ISO 3166-2 de {country} (p. ex. {country}-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1091" />
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} n'est pas une subdivision ISO 3166-2 de son pays (p. ex. US-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1099" />
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>vaut {taxonomy} : les types d'un service sont des termes de la taxonomie {ours}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1103" />
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} n'est pas un type ({kinds})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1133" />
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>le champ {field} de {table} {record} en {language} est donné deux fois (la première à la ligne {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1136" />
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>le champ {field} de {table} {record} en {language} est donné deux fois (la première en {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1149" />
            <source>a phone has no name to translate, only its description</source>
            <translation>un téléphone n'a pas de nom à traduire, seulement sa description</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1155" />
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>le téléphone {phone} est toujours ouvert : il n'a pas d'horaires</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1163" />
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>ces horaires sont ceux du service dans son ensemble, mais il n'a pas de téléphone : ce profil garde les horaires par moyen de contact</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1171" />
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>aucun autre service n'est dans la paire {group} : les services appariés sont affichés ensemble, une paire en demande donc deux ou plus</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1175" />
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>ce service actif n'a ni téléphone, ni adresse web, ni e-mail : personne ne pourrait le joindre</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1185" />
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>vérifié le {day}, après la publication de l'annuaire ({edition}) : une vérification ne peut pas être dans le futur</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1540" />
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder} : le disque est plein ; le paquet n'a pas été écrit (le dossier est tel qu'il était). Faites de la place et exportez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1543" />
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder} : ce dossier n'est pas accessible en écriture ; choisissez-en un autre pour le paquet.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1546" />
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder} : est un fichier, pas un dossier ; choisissez un dossier pour le paquet.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1548" />
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder} : le paquet n'a pas pu être écrit ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="28" />
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>pas de source ni de date de vérification dans l'annuaire, donc jamais imprimé : vérifiez-le et mettez l'annuaire à jour</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="35" />
            <source>the number is empty</source>
            <translation>le numéro est vide</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="37" />
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>vérifié pour la dernière fois le {day}, il y a plus de {months} mois : revérifiez-le, ou imprimez les lignes anciennes marquées « pas revérifié depuis »</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="46" />
            <source>the service is inactive: a closed line is not printed</source>
            <translation>le service est inactif : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="48" />
            <source>the service is defunct: a closed line is not printed</source>
            <translation>le service n'existe plus : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="50" />
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>le service est temporairement fermé : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="51" />
            <source>the service is {status}: a closed line is not printed</source>
            <translation>le service est à l'état {status} : une ligne fermée n'est pas imprimée</translation>
        </message>
        <message>
            <location filename="../../../resources/reports.py" line="30" />
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field} : {text} n'est pas un id de l'annuaire (un uuid)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="43" />
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>l'annuaire du hub n'est pas signé par un curateur auquel cet ordinateur fait confiance : il a été refusé et celui que vous aviez est conservé</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="85" />
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>le fichier de clé n'est pas une clé privée Ed25519 non chiffrée au format PEM (créez-en une avec : wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="89" />
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>le fichier de clé contient une clé privée, mais pas une clé Ed25519 (créez-en une avec : wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="103" />
            <source>a curator key is base64 text (44 characters)</source>
            <translation>une clé de curateur est un texte base64 (44 caractères)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="106" />
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>une clé de curateur est le base64 de 32 octets (44 caractères, comme l'affiche `wellness-hub resources keygen`)</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="217" />
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>Le fichier de l'annuaire n'a pas pu être lu (endommagé) ; il a été mis de côté sous le nom {aside} et l'annuaire fourni avec l'application a pris sa place (une récupération depuis le hub ramène son édition plus récente).</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="232" />
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path} : ce fichier SQLite n'est pas un annuaire des ressources de Wellness Desk. Il n'a pas été modifié ; déplacez-le ou choisissez un autre --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="237" />
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path} : a été écrit par un Wellness Desk plus récent (schéma d'annuaire {version}). Il n'a pas été modifié ; installez la version plus récente pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="573" />
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path} : aucun annuaire des ressources n'est encore installé.</translation>
        </message>
    </context>
</TS>
