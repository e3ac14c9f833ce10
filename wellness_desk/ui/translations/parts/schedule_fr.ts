<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../activations_page.py" line="207" />
        <source>Activations: festivals and tours</source>
        <translation>Activations : festivals et tournées</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="216" />
        <source>&amp;Activations</source>
        <translation>&amp;Activations</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="220" />
        <location filename="../../activations_page.py" line="356" />
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="225" />
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Places</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="229" />
        <source>Places of the activation</source>
        <translation>Lieux de l'activation</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="238" />
        <source>&amp;Use this activation</source>
        <translation>&amp;Utiliser cette activation</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="241" />
        <source>&amp;New activation…</source>
        <translation>&amp;Nouvelle activation…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="243" />
        <location filename="../../activations_page.py" line="334" />
        <source>Add &amp;location…</source>
        <translation>Ajouter un &amp;lieu…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="245" />
        <source>&amp;Capacity and changeover…</source>
        <translation>&amp;Capacité et changement…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="246" />
        <source>How many people the space holds, and the minutes needed between two sessions there.</source>
        <translation>Combien de personnes l'espace accueille, et les minutes nécessaires entre deux séances.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="249" />
        <source>&amp;Edit stop…</source>
        <translation>&amp;Modifier l'étape…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="251" />
        <source>&amp;Delete stop…</source>
        <translation>&amp;Supprimer l'étape…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="254" />
        <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
        <translation>Seulement une étape vide : aucune journée de thérapie, aucun atelier ni kit enregistré.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="265" />
        <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
        <translation>Aucune activation pour l'instant. Une activation est un festival ou une tournée : créez-en une, puis ajoutez ses tentes et salles, ou ses étapes.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="267" />
        <source>Create an activation</source>
        <translation>Créer une activation</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="285" />
        <source>{kind} · {start} to {end} · {zone}</source>
        <translation>{kind} · du {start} au {end} · {zone}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="288" />
        <source>{name}  ✓ current
{details}</source>
        <translation>{name}  ✓ en cours
{details}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="289" />
        <source>{name}
{details}</source>
        <translation>{name}
{details}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="311" />
        <source>{day} · {city}</source>
        <translation>{day} · {city}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="315" />
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="320" />
        <source>Holds {capacity}</source>
        <translation>Capacité : {capacity}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../activations_page.py" line="322" />
        <source>%n min changeover</source>
        <translation><numerusform>%n min de changement</numerusform><numerusform>%n min de changement</numerusform></translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Tour stops</source>
        <translation>É&amp;tapes de la tournée</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="333" />
        <source>Add a &amp;stop…</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="378" />
        <source>People the space holds (0: no limit):</source>
        <translation>Personnes accueillies dans l'espace (0 : sans limite) :</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="383" />
        <source>Changeover minutes needed between two sessions:</source>
        <translation>Minutes de changement nécessaires entre deux séances :</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="408" />
        <source>Delete stop</source>
        <translation>Supprimer l'étape</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="409" />
        <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
        <translation>Supprimer l'étape {stop} ? C'est définitif (ajoutez-la de nouveau si besoin).</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="137" />
        <source>Add location</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="140" />
        <source>A place at {activation}, e.g. Wellness tent</source>
        <translation>Un lieu de {activation}, p. ex. Tente bien-être</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>NewActivationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="105" />
        <source>New activation</source>
        <translation>Nouvelle activation</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="107" />
        <source>e.g. Riverside Sound Festival 2027</source>
        <translation>p. ex. Riverside Sound Festival 2027</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="114" />
        <location filename="../../activations_page.py" line="116" />
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="115" />
        <location filename="../../activations_page.py" line="117" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="116" />
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="117" />
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../schedule_page.py" line="61" />
        <location filename="../../schedule_page.py" line="193" />
        <location filename="../../schedule_page.py" line="354" />
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="64" />
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="68" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="73" />
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="76" />
        <source>Add a session to the program (Ctrl+N)</source>
        <translation>Ajouter une séance au programme (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="79" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="81" />
        <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
        <translation>Ajoute tout un programme depuis un fichier CSV (voir le README pour ses colonnes). Un fichier avec une seule ligne erronée n'ajoute rien.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="85" />
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="86" />
        <source>Export the program</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="97" />
        <source>Day program</source>
        <translation>Programme du jour</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="98" />
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>S&amp;pace:</source>
        <translation>&amp;Espace :</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>Space filter</source>
        <translation>Filtre d'espace</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>F&amp;acilitator:</source>
        <translation>&amp;Animateur :</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>Facilitator filter</source>
        <translation>Filtre d'animateur</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="122" />
        <source>Sessions of the day</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="123" />
        <source>Enter or a double click opens a session.</source>
        <translation>Entrée ou un double-clic ouvre une séance.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="131" />
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="134" />
        <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
        <translation>Aucune activation pour l'instant. Créez un festival ou une tournée dans Activations, ajoutez ses espaces, puis planifiez son programme ici.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="136" />
        <source>Go to Activations</source>
        <translation>Aller aux Activations</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Headcount</source>
        <translation>Fréquentation</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="155" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="157" />
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="199" />
        <source>Schedule · {activation}</source>
        <translation>Programme · {activation}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="227" />
        <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
        <translation><numerusform>⚠ %n séance en conflit ce jour (encadrée en rouge ; survolez-la ou ouvrez-la pour voir pourquoi)</numerusform><numerusform>⚠ %n séances en conflit ce jour (encadrées en rouge ; survolez-en une ou ouvrez-la pour voir pourquoi)</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="236" />
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="247" />
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="284" />
        <source>Calendar (.ics), whole program…</source>
        <translation>Agenda (.ics), tout le programme…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="285" />
        <source>Calendar (.ics), one space</source>
        <translation>Agenda (.ics), un espace</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="287" />
        <source>{space}…</source>
        <translation>{space}…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="290" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="290" />
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="291" />
        <source>Day program PDF ({paper})…</source>
        <translation>PDF du programme du jour ({paper})…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="295" />
        <source>Import a workshop program</source>
        <translation>Importer un programme d'ateliers</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="296" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="301" />
        <source>Export calendar</source>
        <translation>Exporter l'agenda</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="302" />
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="307" />
        <source>Save the day program</source>
        <translation>Enregistrer le programme du jour</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="316" />
        <source>Imported %n workshop(s).</source>
        <translation><numerusform>%n atelier importé.</numerusform><numerusform>%n ateliers importés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="328" />
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="336" />
        <source>Saved {path}: %n page(s)</source>
        <translation><numerusform>Enregistré {path} : %n page</numerusform><numerusform>Enregistré {path} : %n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>SpaceHeader</name>
    <message>
        <location filename="../../timeline.py" line="438" />
        <source>Spaces: {names}</source>
        <translation>Espaces : {names}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="453" />
        <source>Holds {capacity}</source>
        <translation>Capacité : {capacity}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../timeline.py" line="172" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="174" />
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="176" />
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="184" />
        <source>Full: </source>
        <translation>Complète : </translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="188" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="193" />
        <source>%n of {capacity}</source>
        <translation><numerusform>%n sur {capacity}</numerusform><numerusform>%n sur {capacity}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="195" />
        <source>%n person(s)</source>
        <translation><numerusform>%n personne</numerusform><numerusform>%n personnes</numerusform></translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="208" />
        <source>{title} · {people}</source>
        <translation>{title} · {people}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="214" />
        <source>{time} · {state}</source>
        <translation>{time} · {state}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="222" />
        <source>{title}, {time}, {space}, {count}</source>
        <translation>{title}, {time}, {space}, {count}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="225" />
        <source>{session}, {state}</source>
        <translation>{session}, {state}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="231" />
        <source>With {people}</source>
        <translation>Avec {people}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="232" />
        <source>{time} · {space} · {kind}</source>
        <translation>{time} · {space} · {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="236" />
        <source>{count} · {state}</source>
        <translation>{count} · {state}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="256" />
        <source>No spaces yet: add the tents and rooms under Activations.</source>
        <translation>Aucun espace pour l'instant : ajoutez les tentes et salles dans Activations.</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="348" />
        <source>Day timeline</source>
        <translation>Chronologie du jour</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="350" />
        <source>Arrow keys move between sessions; Enter opens the focused one.</source>
        <translation>Les flèches passent d'une séance à l'autre ; Entrée ouvre celle qui a le focus.</translation>
    </message>
</context>
<context>
    <name>TourStopDialog</name>
    <message>
        <location filename="../../activations_page.py" line="164" />
        <source>Change {stop}</source>
        <translation>Modifier {stop}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="165" />
        <source>Add a stop to {tour}</source>
        <translation>Ajouter une étape à {tour}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="169" />
        <location filename="../../activations_page.py" line="170" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="170" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="171" />
        <source>The tour runs {start} to {end}.</source>
        <translation>La tournée va du {start} au {end}.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="177" />
        <source>e.g. US</source>
        <translation>p. ex. US</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>&amp;Venue</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>Venue</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>Edit workshop</source>
        <translation>Modifier l'atelier</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="72" />
        <source>e.g. Morning breathwork</source>
        <translation>p. ex. Respiration du matin</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="78" />
        <source>New kind…</source>
        <translation>Nouveau type…</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="79" />
        <source>New kind of session</source>
        <translation>Nouveau type de séance</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>S&amp;pace</source>
        <translation>&amp;Espace</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="95" />
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="98" />
        <source>Ends at</source>
        <translation>Finit à</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="101" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="107" />
        <source>T&amp;ime</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="109" />
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>&amp;Facilitators</source>
        <translation>&amp;Animateurs</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="114" />
        <source>The space's</source>
        <translation>Celle de l'espace</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="116" />
        <source>People who can take part; 0 uses what the space holds.</source>
        <translation>Personnes pouvant participer ; 0 reprend la capacité de l'espace.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="123" />
        <source>Every day of the activation at this time</source>
        <translation>Chaque jour de l'activation à cette heure</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="124" />
        <source>Repeat every day of the activation</source>
        <translation>Répéter chaque jour de l'activation</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="126" />
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="140" />
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="143" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="150" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="151" />
        <source>Put &amp;back on</source>
        <translation>Re&amp;programmer</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="152" />
        <source>Cancel sessi&amp;on</source>
        <translation>Annuler la sé&amp;ance</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="153" />
        <source>&amp;Mark held</source>
        <translation>&amp;Marquer comme tenue</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="154" />
        <source>De&amp;lete</source>
        <translation>Supprime&amp;r</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="217" />
        <source>{day} (outside the dates)</source>
        <translation>{day} (hors des dates)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="226" />
        <source>Pick a space first.</source>
        <translation>Choisissez d'abord un espace.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="244" />
        <source>(ends the next day)</source>
        <translation>(finit le lendemain)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="272" />
        <source>You can save anyway; the program keeps the mark until it is fixed.</source>
        <translation>Vous pouvez enregistrer quand même ; le programme garde la marque jusqu'à correction.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="330" />
        <source>New kind</source>
        <translation>Nouveau type</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="331" />
        <source>Kind of session (e.g. Drum circle):</source>
        <translation>Type de séance (p. ex. Cercle de percussions) :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_editor.py" line="369" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
        <translation><numerusform>« {title} » commence à {time}, dans %n minute. La marquer comme tenue maintenant ?

Vous pouvez revenir en arrière depuis la porte, sur la page Aujourd'hui (« Rétablir (non tenue) »).</numerusform><numerusform>« {title} » commence à {time}, dans %n minutes. La marquer comme tenue maintenant ?

Vous pouvez revenir en arrière depuis la porte, sur la page Aujourd'hui (« Rétablir (non tenue) »).</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="373" />
        <source>Mark held</source>
        <translation>Marquer comme tenue</translation>
    </message>
</context>
<context>
    <name>activations_page</name>
    <message>
        <location filename="../../activations_page.py" line="41" />
        <source>Tent</source>
        <translation>Tente</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="42" />
        <source>Green room</source>
        <translation>Loge</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="43" />
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="44" />
        <source>Tour stop</source>
        <translation>Étape de tournée</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="45" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="55" />
        <source>Tour</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="56" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
</context>
</TS>