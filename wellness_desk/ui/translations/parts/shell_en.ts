<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main_window.py" line="101"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="102"/>
        <source>Kit counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="103"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="104"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="105"/>
        <source>Therapy days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="106"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="107"/>
        <source>Kit catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="108"/>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="109"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="366"/>
        <source>Resource directory: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="557"/>
        <source>No activation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="558"/>
        <source>Create one under Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="565"/>
        <source>{activation} · today: {stop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="567"/>
        <source>{activation} · next: {stop}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="571"/>
        <source>{activation} · {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574"/>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="574"/>
        <source>Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="575"/>
        <source>{kind} · times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="583"/>
        <location filename="../../main_window.py" line="728"/>
        <location filename="../../main_window.py" line="785"/>
        <source>Wellness Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="588"/>
        <source>{section} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="591"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="592"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="593"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="594"/>
        <source>Activation &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="595"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="596"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="597"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="598"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="599"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="600"/>
        <source>&amp;About Wellness Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="601"/>
        <source>Page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="603"/>
        <source>Sync: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="680"/>
        <location filename="../../main_window.py" line="686"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="685"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="724"/>
        <source>About Wellness Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="731"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="735"/>
        <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="739"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="748"/>
        <source>&amp;Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="755"/>
        <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="840"/>
        <source>The daily backup was not made: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="853"/>
        <source>Restoring {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="868"/>
        <source>The restore failed ({kind}); the current database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="879"/>
        <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="885"/>
        <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="892"/>
        <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="896"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../main_window.py" line="149"/>
        <location filename="../../main_window.py" line="151"/>
        <location filename="../../main_window.py" line="154"/>
        <location filename="../../main_window.py" line="156"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="150"/>
        <source>Show the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="152"/>
        <source>Go to the first … ninth section of the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="155"/>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="157"/>
        <source>Quit Wellness Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="158"/>
        <location filename="../../main_window.py" line="161"/>
        <source>Kit counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="159"/>
        <source>Hand out one kit of the first … ninth tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="162"/>
        <source>Undo the last hand-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="184"/>
        <location filename="../../app.py" line="233"/>
        <location filename="../../app.py" line="244"/>
        <location filename="../../app.py" line="280"/>
        <source>Wellness Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="188"/>
        <source>{problem}

There is no backup of it in {folder} to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="193"/>
        <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="199"/>
        <source>Restore the newest backup ({when})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="201"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="234"/>
        <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="255"/>
        <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="258"/>
        <source>Restored the backup made {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
