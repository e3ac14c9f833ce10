<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main_window.py" line="101" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="102" />
        <source>Kit counter</source>
        <translation>Set-Zähler</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="103" />
        <source>Resources</source>
        <translation>Hilfsangebote</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="104" />
        <source>Schedule</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="105" />
        <source>Therapy days</source>
        <translation>Therapietage</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="106" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="107" />
        <source>Kit catalogue</source>
        <translation>Set-Katalog</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="108" />
        <source>Activations</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="109" />
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="366" />
        <source>Resource directory: {problem}</source>
        <translation>Verzeichnis der Hilfsangebote: {problem}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="557" />
        <source>No activation yet</source>
        <translation>Noch kein Einsatz</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="558" />
        <source>Create one under Activations</source>
        <translation>Legen Sie einen unter Einsätze an</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="565" />
        <source>{activation} · today: {stop}</source>
        <translation>{activation} · heute: {stop}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="567" />
        <source>{activation} · next: {stop}, {day}</source>
        <translation>{activation} · nächster Halt: {stop}, {day}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="571" />
        <source>{activation} · {place}</source>
        <translation>{activation} · {place}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574" />
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="575" />
        <source>{kind} · times in {zone}</source>
        <translation>{kind} · Zeiten in {zone}</translation>
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
        <translation>{section} (Strg+{number})</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="591" />
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="592" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="593" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="594" />
        <source>Activation &amp;report…</source>
        <translation>Einsatz&amp;bericht…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="595" />
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="596" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="597" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="598" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="599" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="600" />
        <source>&amp;About Wellness Desk</source>
        <translation>&amp;Über Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="601" />
        <source>Page header</source>
        <translation>Seitenkopf</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="603" />
        <source>Sync: checking…</source>
        <translation>Synchronisierung: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="680" />
        <location filename="../../main_window.py" line="686" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685" />
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="724" />
        <source>About Wellness Desk</source>
        <translation>Über Wellness Desk</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="731" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="735" />
        <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
        <translation>Wellness-Zelte, Set-Ausgaben und Therapietage bei Live-Musik-Events; funktioniert ohne Netzwerk und sendet nur anonyme Zählungen.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="739" />
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="748" />
        <source>&amp;Open the data folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="755" />
        <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
        <translation>Freie Software unter der MIT-Lizenz. Symbole: Lucide (ISC-Lizenz). Schriften: DejaVu, Droid Sans Fallback und Symbola, unter ihren eigenen Lizenzen (im Ordner assets).</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="840" />
        <source>The daily backup was not made: {problem}</source>
        <translation>Die tägliche Sicherung wurde nicht erstellt: {problem}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="853" />
        <source>Restoring {file}…</source>
        <translation>{file} wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="868" />
        <source>The restore failed ({kind}); the current database was left as it was.</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen ({kind}); die aktuelle Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="879" />
        <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation>{file} wiederhergestellt: Das ist jetzt die Datenbank. Die ersetzte Datenbank bleibt als {aside} erhalten.

Wellness Desk wird jetzt geschlossen: Öffnen Sie es erneut, um mit den wiederhergestellten Daten weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="885" />
        <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation>{file} wiederhergestellt: Das ist jetzt die Datenbank.

Wellness Desk wird jetzt geschlossen: Öffnen Sie es erneut, um mit den wiederhergestellten Daten weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="892" />
        <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
        <translation>{problem}

Wellness Desk wird jetzt geschlossen: Öffnen Sie es erneut, um weiterzuarbeiten (mit der Datenbank wie zuvor).</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="896" />
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
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
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="150" />
        <source>Show the keyboard shortcuts</source>
        <translation>Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="152" />
        <source>Go to the first … ninth section of the sidebar</source>
        <translation>Zum ersten … neunten Bereich der Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="155" />
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="157" />
        <source>Quit Wellness Desk</source>
        <translation>Wellness Desk beenden</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="158" />
        <location filename="../../main_window.py" line="161" />
        <source>Kit counter</source>
        <translation>Set-Zähler</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="159" />
        <source>Hand out one kit of the first … ninth tile</source>
        <translation>Ein Set der ersten … neunten Kachel ausgeben</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="162" />
        <source>Undo the last hand-out</source>
        <translation>Letzte Ausgabe rückgängig machen</translation>
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

In {folder} gibt es keine Sicherung davon, die zurückgespielt werden könnte.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="193" />
        <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
        <translation>{problem}

Die neueste fehlerfreie Sicherung wurde am {when} erstellt. Beim Wiederherstellen tritt diese Kopie an ihre Stelle; die beschädigte Datei wird daneben beiseitegelegt, nicht gelöscht. Was nach der Sicherung gezählt wurde, ist in dieser Kopie nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="199" />
        <source>Restore the newest backup ({when})…</source>
        <translation>Neueste Sicherung wiederherstellen ({when})…</translation>
    </message>
    <message>
        <location filename="../../app.py" line="201" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app.py" line="234" />
        <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
        <translation>Die beschädigte Datenbank durch die Sicherung vom {when} ersetzen? Die beschädigte Datei bleibt in {folder} erhalten.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="255" />
        <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
        <translation>Sicherung vom {when} wiederhergestellt; die beschädigte Datei wurde als {file} beiseitegelegt.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="258" />
        <source>Restored the backup made {when}.</source>
        <translation>Sicherung vom {when} wiederhergestellt.</translation>
    </message>
</context>
</TS>