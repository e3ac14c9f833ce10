<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupsGroup</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this laptop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made at the first start of each day and before every upgrade, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: {file} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness Desk backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (damaged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the backup {file}?

It holds: {holds}.

It replaces the current database ({now}). The current database is not deleted: it is kept as {aside} in {folder}.

Wellness Desk closes after the restore; open it again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the Undo button stays live after a tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo a tap for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online resource hub that printed QR codes point to. It has nothing to do with the sync hub below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;hub address
(printed on cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource hub address (printed on cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Therapy days section hides names again after this long without a touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;therapy names after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it with --data-dir or WELLNESS_DESK_DATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and appearance (this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of every screen; dates and numbers follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (follows light or dark mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help line (printed on cards and signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Music Minds Matter (empty: “24/7 music-industry help line”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help line name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +44 800 088 2045</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real number of your help line. Until one is set, cards and signs print without a help line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu&amp;mber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to print cards and signs while no number is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation report (title page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your nonprofit&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;onprofit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonprofit&apos;s name on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo (optional: a PNG or JPEG file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync hub (where anonymous counts are sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a sync hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a sync hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now, the preview of what is sent, past syncs and Disconnect are in the Sync section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
