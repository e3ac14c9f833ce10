<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main_window.py" line="101" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="102" />
        <source>Kit counter</source>
        <translation>Compteur de kits</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="103" />
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="104" />
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="105" />
        <source>Therapy days</source>
        <translation>Journées de thérapie</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="106" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="107" />
        <source>Kit catalogue</source>
        <translation>Catalogue des kits</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="108" />
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="109" />
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="366" />
        <source>Resource directory: {problem}</source>
        <translation>Annuaire des ressources : {problem}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="557" />
        <source>No activation yet</source>
        <translation>Aucune activation pour l'instant</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="558" />
        <source>Create one under Activations</source>
        <translation>Créez-en une dans Activations</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="565" />
        <source>{activation} · today: {stop}</source>
        <translation>{activation} · aujourd'hui : {stop}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="567" />
        <source>{activation} · next: {stop}, {day}</source>
        <translation>{activation} · prochaine étape : {stop}, {day}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="571" />
        <source>{activation} · {place}</source>
        <translation>{activation} · {place}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574" />
        <source>Tour</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="575" />
        <source>{kind} · times in {zone}</source>
        <translation>{kind} · heure de {zone}</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="592" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="593" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="594" />
        <source>Activation &amp;report…</source>
        <translation>&amp;Rapport d'activation…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="595" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="596" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="597" />
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="598" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="599" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="600" />
        <source>&amp;About Wellness Desk</source>
        <translation>À &amp;propos de Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="601" />
        <source>Page header</source>
        <translation>En-tête de page</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="603" />
        <source>Sync: checking…</source>
        <translation>Synchronisation : vérification…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="680" />
        <location filename="../../main_window.py" line="686" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685" />
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="724" />
        <source>About Wellness Desk</source>
        <translation>À propos de Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="731" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="735" />
        <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
        <translation>Tentes bien-être, distribution de kits et journées de thérapie lors d'événements de musique live ; fonctionne sans réseau et n'envoie que des comptages anonymes.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="739" />
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="748" />
        <source>&amp;Open the data folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="755" />
        <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
        <translation>Logiciel libre sous licence MIT. Icônes : Lucide (licence ISC). Polices : DejaVu, Droid Sans Fallback et Symbola, sous leurs propres licences (dans le dossier assets).</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="840" />
        <source>The daily backup was not made: {problem}</source>
        <translation>La sauvegarde quotidienne n'a pas été faite : {problem}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="853" />
        <source>Restoring {file}…</source>
        <translation>Restauration de {file}…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="868" />
        <source>The restore failed ({kind}); the current database was left as it was.</source>
        <translation>La restauration a échoué ({kind}) ; la base de données actuelle est restée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="879" />
        <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation>{file} restauré : c'est désormais la base de données. Celle qu'il remplace est conservée sous {aside}.

Wellness Desk se ferme maintenant : rouvrez-le pour continuer avec les données restaurées.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="885" />
        <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation>{file} restauré : c'est désormais la base de données.

Wellness Desk se ferme maintenant : rouvrez-le pour continuer avec les données restaurées.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="892" />
        <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
        <translation>{problem}

Wellness Desk se ferme maintenant : rouvrez-le pour continuer (avec la base de données telle qu'elle était).</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="896" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
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
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="150" />
        <source>Show the keyboard shortcuts</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="152" />
        <source>Go to the first … ninth section of the sidebar</source>
        <translation>Aller à la première … neuvième section de la barre latérale</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="155" />
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="157" />
        <source>Quit Wellness Desk</source>
        <translation>Quitter Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="158" />
        <location filename="../../main_window.py" line="161" />
        <source>Kit counter</source>
        <translation>Compteur de kits</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="159" />
        <source>Hand out one kit of the first … ninth tile</source>
        <translation>Distribuer un kit de la première … neuvième tuile</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="162" />
        <source>Undo the last hand-out</source>
        <translation>Annuler la dernière distribution</translation>
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

Il n'y en a aucune sauvegarde dans {folder} à remettre en place.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="193" />
        <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
        <translation>{problem}

La dernière sauvegarde valide date du {when}. La restaurer met cette copie en place ; le fichier endommagé est mis de côté juste à côté, pas supprimé. Ce qui a été compté après la sauvegarde n'y figure pas.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="199" />
        <source>Restore the newest backup ({when})…</source>
        <translation>Restaurer la dernière sauvegarde ({when})…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="201" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app.py" line="234" />
        <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
        <translation>Remplacer la base de données endommagée par la sauvegarde du {when} ? Le fichier endommagé est conservé dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="255" />
        <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
        <translation>Sauvegarde du {when} restaurée ; le fichier endommagé a été mis de côté sous {file}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="258" />
        <source>Restored the backup made {when}.</source>
        <translation>Sauvegarde du {when} restaurée.</translation>
    </message>
</context>
</TS>