<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <source>Calendar (*.ics)</source>
            <translation>Agenda (*.ics)</translation>
        </message>
        <message>
            <source>Save the day program</source>
            <translation>Enregistrer le programme du jour</translation>
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
