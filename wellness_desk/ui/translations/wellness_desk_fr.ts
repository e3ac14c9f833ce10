<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <message>
            <source>Nu&amp;mber</source>
            <translation>Numé&amp;ro</translation>
        </message>
    </context>
</TS>
