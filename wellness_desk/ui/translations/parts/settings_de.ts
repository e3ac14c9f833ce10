<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BackupsGroup</name>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>von Hand</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>vor einem Update</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Backups of this laptop's database</source>
            <translation>Sicherungen der Datenbank dieses Laptops</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Eine Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day and before every upgrade, in {folder}.</source>
            <translation>Eine Sicherung entsteht beim ersten Start jedes Tages und vor jedem Update, in {folder}.</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>Noch keine Sicherungen</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wird gesichert…</translation>
        </message>
        <message>
            <source>Backed up: {file} ({size}).</source>
            <translation>Gesichert: {file} ({size}).</translation>
        </message>
        <message>
            <source>Wellness Desk backups (*.sqlite3)</source>
            <translation>Wellness-Desk-Sicherungen (*.sqlite3)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>{file} wird geprüft…</translation>
        </message>
        <message>
            <source>it cannot be read (damaged?)</source>
            <translation>sie ist nicht lesbar (beschädigt?)</translation>
        </message>
        <message>
            <source>Put back the backup {file}?

It holds: {holds}.

It replaces the current database ({now}). The current database is not deleted: it is kept as {aside} in {folder}.

Wellness Desk closes after the restore; open it again to carry on.</source>
            <translation>Die Sicherung {file} zurückspielen?

Sie enthält: {holds}.

Sie ersetzt die aktuelle Datenbank ({now}). Die aktuelle Datenbank wird nicht gelöscht: Sie bleibt als {aside} in {folder} erhalten.

Wellness Desk schließt sich nach der Wiederherstellung; öffnen Sie es danach wieder.</translation>
        </message>
        <message>
            <source>nothing readable</source>
            <translation>nichts Lesbares</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>How long the Undo button stays live after a tap.</source>
            <translation>Wie lange die Schaltfläche Rückgängig nach einem Tippen aktiv bleibt.</translation>
        </message>
        <message>
            <source>&amp;Undo a tap for</source>
            <translation>Tippen &amp;rückgängig machen für</translation>
        </message>
        <message>
            <source>The online resource hub that printed QR codes point to. It has nothing to do with the sync hub below.</source>
            <translation>Das Online-Ressourcenportal, auf das die gedruckten QR-Codes verweisen. Es hat nichts mit dem Sync-Hub weiter unten zu tun.</translation>
        </message>
        <message>
            <source>Resource &amp;hub address
(printed on cards)</source>
            <translation>Adresse des Ressourcen&amp;portals
(auf Karten gedruckt)</translation>
        </message>
        <message>
            <source>Resource hub address (printed on cards)</source>
            <translation>Adresse des Ressourcenportals (auf Karten gedruckt)</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> Min.</translation>
        </message>
        <message>
            <source>The Therapy days section hides names again after this long without a touch.</source>
            <translation>Der Bereich Therapietage blendet die Namen nach dieser Zeit ohne Berührung wieder aus.</translation>
        </message>
        <message>
            <source>Lock &amp;therapy names after</source>
            <translation>&amp;Therapienamen sperren nach</translation>
        </message>
        <message>
            <source>Change it with --data-dir or WELLNESS_DESK_DATA.</source>
            <translation>Änderbar mit --data-dir oder WELLNESS_DESK_DATA.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Language and appearance (this laptop)</source>
            <translation>Sprache und Darstellung (dieser Laptop)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>The language of every screen; dates and numbers follow it.</source>
            <translation>Die Sprache aller Bildschirme; Datum und Zahlen richten sich danach.</translation>
        </message>
        <message>
            <source>System (follows light or dark mode)</source>
            <translation>System (folgt dem hellen oder dunklen Modus)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Darstellung</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Help line (printed on cards and signs)</source>
            <translation>Hilfetelefon (auf Karten und Schildern gedruckt)</translation>
        </message>
        <message>
            <source>e.g. Music Minds Matter (empty: “24/7 music-industry help line”)</source>
            <translation>z. B. Music Minds Matter (leer: „Hilfetelefon der Musikbranche, rund um die Uhr“)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Help line name</source>
            <translation>Name des Hilfetelefons</translation>
        </message>
        <message>
            <source>e.g. +44 800 088 2045</source>
            <translation>z. B. +44 800 088 2045</translation>
        </message>
        <message>
            <source>The real number of your help line. Until one is set, cards and signs print without a help line.</source>
            <translation>Die echte Nummer Ihres Hilfetelefons. Solange keine eingetragen ist, werden Karten und Schilder ohne Hilfetelefon gedruckt.</translation>
        </message>
        <message>
            <source>Nu&amp;mber</source>
            <translation>N&amp;ummer</translation>
        </message>
        <message>
            <source>Help line number</source>
            <translation>Nummer des Hilfetelefons</translation>
        </message>
        <message>
            <source>Refuse to print cards and signs while no number is set</source>
            <translation>Karten und Schilder nicht drucken, solange keine Nummer eingetragen ist</translation>
        </message>
        <message>
            <source>Activation report (title page)</source>
            <translation>Einsatzbericht (Titelseite)</translation>
        </message>
        <message>
            <source>Your nonprofit's name</source>
            <translation>Der Name Ihrer gemeinnützigen Organisation</translation>
        </message>
        <message>
            <source>N&amp;onprofit</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>Nonprofit's name on the report</source>
            <translation>Name der Organisation im Bericht</translation>
        </message>
        <message>
            <source>No logo (optional: a PNG or JPEG file)</source>
            <translation>Kein Logo (optional: eine PNG- oder JPEG-Datei)</translation>
        </message>
        <message>
            <source>Logo on the report</source>
            <translation>Logo im Bericht</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose a logo file</source>
            <translation>Eine Logodatei auswählen</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>Lo&amp;go</translation>
        </message>
        <message>
            <source>Logo for the report</source>
            <translation>Logo für den Bericht</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Sync hub (where anonymous counts are sent)</source>
            <translation>Sync-Hub (wohin die anonymen Zählungen gehen)</translation>
        </message>
        <message>
            <source>Connect to a sync hub…</source>
            <translation>Mit einem Sync-Hub verbinden…</translation>
        </message>
        <message>
            <source>Connect to a sync hub</source>
            <translation>Mit einem Sync-Hub verbinden</translation>
        </message>
        <message>
            <source>Sync now, the preview of what is sent, past syncs and Disconnect are in the Sync section.</source>
            <translation>Jetzt synchronisieren, die Vorschau des Gesendeten, frühere Synchronisierungen und Trennen finden Sie im Bereich Sync.</translation>
        </message>
    </context>
</TS>
