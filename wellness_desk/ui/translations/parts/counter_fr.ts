<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../charts.py" line="173" />
        <source>Nothing counted yet</source>
        <translation>Rien de compté pour l'instant</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="226" />
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="235" />
        <source>{category}: {values}</source>
        <translation>{category} : {values}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="247" />
        <location filename="../../charts.py" line="263" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../charts.py" line="248" />
        <source>{series} {value}</source>
        <translation>{series} {value}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="257" />
        <source>{title}: {empty}</source>
        <translation>{title} : {empty}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="259" />
        <source>{category} {values}</source>
        <translation>{category} {values}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="262" />
        <source>{title}: {figures}</source>
        <translation>{title} : {figures}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="513" />
        <source>Kits handed out today per hour</source>
        <translation>Kits distribués aujourd'hui par heure</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="514" />
        <source>No hand-outs yet today</source>
        <translation>Aucune distribution aujourd'hui pour l'instant</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="521" />
        <source>kits</source>
        <translation>kits</translation>
    </message>
</context>
<context>
    <name>DoorPanel</name>
    <message>
        <location filename="../../today_page.py" line="201" />
        <source>Door</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="214" />
        <source>FULL</source>
        <translation>COMPLET</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="224" />
        <source>Take one person off the door count</source>
        <translation>Retirer une personne du comptage à l'entrée</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="226" />
        <source>Add one person at the door</source>
        <translation>Ajouter une personne à l'entrée</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="235" />
        <source>Take one person off the waitlist</source>
        <translation>Retirer une personne de la liste d'attente</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="238" />
        <source>Add one person to the waitlist</source>
        <translation>Ajouter une personne à la liste d'attente</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="242" />
        <location filename="../../today_page.py" line="332" />
        <location filename="../../today_page.py" line="361" />
        <source>Mark held</source>
        <translation>Marquer comme tenue</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="305" />
        <source>No session now or later today in this space.</source>
        <translation>Aucune séance en ce moment ni plus tard aujourd'hui dans cet espace.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="313" />
        <source>{kind} · {times} in {space} · cancelled</source>
        <translation>{kind} · {times} à {space} · annulée</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="315" />
        <source>{kind} · {times} in {space} · held</source>
        <translation>{kind} · {times} à {space} · tenue</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="317" />
        <source>{kind} · {times} in {space}</source>
        <translation>{kind} · {times} à {space}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="320" />
        <source>{count} / {capacity}</source>
        <translation>{count} / {capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="323" />
        <source>At the door: {count}</source>
        <translation>À l'entrée : {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="325" />
        <source>Count newcomers on the waitlist</source>
        <translation>Comptez les nouveaux venus sur la liste d'attente</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="331" />
        <source>Put back (not held)</source>
        <translation>Annuler (non tenue)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="334" />
        <source>Walk-ins waiting: {count}</source>
        <translation>Personnes sans réservation en attente : {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="337" />
        <source>FULL: {title}. Count newcomers on the waitlist</source>
        <translation>COMPLET : {title}. Comptez les nouveaux venus sur la liste d'attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="362" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
        <translation>
            <numerusform>« {title} » commence à {time}, dans %n minute. La marquer comme tenue maintenant ?

Vous pourrez revenir en arrière avec « Annuler (non tenue) ».</numerusform><numerusform>« {title} » commence à {time}, dans %n minutes. La marquer comme tenue maintenant ?

Vous pourrez revenir en arrière avec « Annuler (non tenue) ».</numerusform></translation>
    </message>
</context>
<context>
    <name>HandOutSeveralDialog</name>
    <message>
        <location filename="../../kit_counter.py" line="182" />
        <location filename="../../kit_counter.py" line="262" />
        <source>Hand out several</source>
        <translation>Distribuer plusieurs</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="186" />
        <source>{kit}: how many went over the table at once?</source>
        <translation>{kit} : combien en avez-vous distribué d'un coup ?</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="198" />
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="199" />
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="204" />
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="218" />
        <source>How &amp;many:</source>
        <translation>&amp;Combien :</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="233" />
        <source>Hand out {count} × {kit} for {role}?</source>
        <translation>Distribuer {count} × {kit} pour {role} ?</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="263" />
        <source>{question}

That is more than {most} at once.</source>
        <translation>{question}

C'est plus de {most} d'un coup.</translation>
    </message>
</context>
<context>
    <name>KitCounterPage</name>
    <message>
        <location filename="../../kit_counter.py" line="341" />
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="345" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="353" />
        <source>Next tap is for:</source>
        <translation>Le prochain appui est pour :</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="365" />
        <source>Next tap is for: {role}</source>
        <translation>Le prochain appui est pour : {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="368" />
        <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
        <translation>Le prochain appui sur une tuile est compté pour ce profil, puis on revient à « Tout le monde »</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="397" />
        <source>Today per hour</source>
        <translation>Aujourd'hui par heure</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="405" />
        <location filename="../../kit_counter.py" line="408" />
        <source>Recent actions</source>
        <translation>Actions récentes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="411" />
        <source>Undo selected</source>
        <translation>Annuler la sélection</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="412" />
        <source>Undo the selected action</source>
        <translation>Annuler l'action sélectionnée</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="432" />
        <source>Undo the last tap (Ctrl+Z)</source>
        <translation>Annuler le dernier appui (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="478" />
        <source>Kit counter</source>
        <translation>Compteur de kits</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="479" />
        <source>No activation yet. Create one under Activations.</source>
        <translation>Aucune activation pour l'instant. Créez-en une dans Activations.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="480" />
        <location filename="../../kit_counter.py" line="485" />
        <source>Open Activations</source>
        <translation>Ouvrir Activations</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="484" />
        <source>This activation has no location yet. Add one under Activations.</source>
        <translation>Cette activation n'a pas encore de lieu. Ajoutez-en un dans Activations.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="488" />
        <source>No kit types yet. Add some under Kit catalogue.</source>
        <translation>Aucun type de kit pour l'instant. Ajoutez-en dans Catalogue des kits.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="489" />
        <source>Open the kit catalogue</source>
        <translation>Ouvrir le catalogue des kits</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="491" />
        <source>{activation} · {location}</source>
        <translation>{activation} · {location}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="494" />
        <source>%Ln kit(s) handed out today</source>
        <translation>
            <numerusform>%Ln kit distribué aujourd'hui</numerusform><numerusform>%Ln kits distribués aujourd'hui</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="557" />
        <source>Undo: %Ln × {kit}, {time}</source>
        <translation>
            <numerusform>Annuler : %Ln × {kit}, {time}</numerusform><numerusform>Annuler : %Ln × {kit}, {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="558" />
        <source>Undo: %Ln × {kit} for {role}, {time}</source>
        <translation>
            <numerusform>Annuler : %Ln × {kit} pour {role}, {time}</numerusform><numerusform>Annuler : %Ln × {kit} pour {role}, {time}</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="567" />
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="568" />
        <source>Undo: nothing to undo</source>
        <translation>Annuler : rien à annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="580" />
        <source>No tile {key}: there are %Ln kit(s)</source>
        <translation>
            <numerusform>Pas de tuile {key} : il y a %Ln kit</numerusform><numerusform>Pas de tuile {key} : il y a %Ln kits</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="613" />
        <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
        <translation>Compté : {kit} ×{count} · stock {stock} · sous zéro : comptez la boîte</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="615" />
        <source>Counted: {kit} ×{count} · stock {stock}</source>
        <translation>Compté : {kit} ×{count} · stock {stock}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="621" />
        <source>Not counted: {reason}</source>
        <translation>Non compté : {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="645" />
        <source>Not undone: the hand-out still counts</source>
        <translation>Non annulé : la distribution compte toujours</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="647" />
        <source>Not undone: {reason}</source>
        <translation>Non annulé : {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="659" />
        <source>Counting at {location} ({activation})</source>
        <translation>Comptage à {location} ({activation})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="670" />
        <source>Undone: {kit} ×{count} handed out</source>
        <translation>Annulé : {kit} ×{count} distribué</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="673" />
        <source>Undone: {kit} stock {change}</source>
        <translation>Annulé : {kit} stock {change}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="702" />
        <source>Hand out one to {role}</source>
        <translation>En distribuer un à {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="705" />
        <source>Hand out several…</source>
        <translation>Distribuer plusieurs…</translation>
    </message>
</context>
<context>
    <name>KitTileButton</name>
    <message>
        <location filename="../../widgets.py" line="220" />
        <source>Key {key} · stock {stock} · below zero, count the box</source>
        <translation>Touche {key} · stock {stock} · sous zéro, comptez la boîte</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="221" />
        <source>Stock {stock} · below zero, count the box</source>
        <translation>Stock {stock} · sous zéro, comptez la boîte</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="223" />
        <source>Key {key} · stock {stock} · LOW</source>
        <translation>Touche {key} · stock {stock} · BAS</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="224" />
        <source>Stock {stock} · LOW</source>
        <translation>Stock {stock} · BAS</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Key {key} · stock {stock}</source>
        <translation>Touche {key} · stock {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Stock {stock}</source>
        <translation>Stock {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="229" />
        <source>Tap to log one {kit} handed out. Right-click for more.</source>
        <translation>Appuyez pour compter un {kit} distribué. Clic droit pour plus d'options.</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="246" />
        <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
        <translation>{kit} : {today} aujourd'hui, stock {stock}, sous zéro : comptez la boîte</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="249" />
        <source>{kit}: {today} today, stock {stock}, low</source>
        <translation>{kit} : {today} aujourd'hui, stock {stock}, bas</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="250" />
        <source>{kit}: {today} today, stock {stock}</source>
        <translation>{kit} : {today} aujourd'hui, stock {stock}</translation>
    </message>
</context>
<context>
    <name>KitsTodayBox</name>
    <message>
        <location filename="../../today_page.py" line="389" />
        <source>Kits today</source>
        <translation>Kits aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="415" />
        <source>%Ln kit(s) handed out</source>
        <translation>
            <numerusform>%Ln kit distribué</numerusform><numerusform>%Ln kits distribués</numerusform></translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="417" />
        <source>{kit}: {count}</source>
        <translation>{kit} : {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="418" />
        <source>No kit types yet.</source>
        <translation>Aucun type de kit pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="426" />
        <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
        <translation>⚠ {kit} à {location} : stock {stock}, sous zéro : comptez la boîte</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="428" />
        <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
        <translation>⚠ {kit} à {location} : stock {stock}, BAS</translation>
    </message>
</context>
<context>
    <name>SpaceCard</name>
    <message>
        <location filename="../../today_page.py" line="118" />
        <source>At the door</source>
        <translation>À l'entrée</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="146" />
        <source>Nothing on now</source>
        <translation>Rien en ce moment</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="152" />
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="153" />
        <source>Now: {title}{cancelled}</source>
        <translation>En cours : {title}{cancelled}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="162" />
        <source>{count} of {capacity}</source>
        <translation>{count} sur {capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="167" />
        <source>{count} in</source>
        <translation>{count} entrés</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="169" />
        <source>Headcount of {title}</source>
        <translation>Fréquentation de {title}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="172" />
        <source>Next: {title}, {times}</source>
        <translation>Ensuite : {title}, {times}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="173" />
        <source>Nothing next today</source>
        <translation>Rien d'autre aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="174" />
        <source>Count at the door for {space}</source>
        <translation>Compter à l'entrée de {space}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../today_page.py" line="470" />
        <location filename="../../today_page.py" line="571" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="481" />
        <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
        <translation>Aucune activation pour l'instant. Créez le festival ou la tournée où vous travaillez : Aujourd'hui affichera ses espaces, ses kits et l'entrée.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="483" />
        <source>Create an activation</source>
        <translation>Créer une activation</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="494" />
        <source>Now and next</source>
        <translation>En cours et ensuite</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="575" />
        <source>Today · {activation} · {day} {time}</source>
        <translation>Aujourd'hui · {activation} · {day} {time}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="607" />
        <source>No spaces yet: add them under Activations.</source>
        <translation>Aucun espace pour l'instant : ajoutez-les dans Activations.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="608" />
        <source>Open Activations</source>
        <translation>Ouvrir Activations</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="611" />
        <source>No sessions today. Plan them in the schedule.</source>
        <translation>Aucune séance aujourd'hui. Planifiez-les dans le programme.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="612" />
        <source>Open the schedule</source>
        <translation>Ouvrir le programme</translation>
    </message>
</context>
<context>
    <name>kit_counter</name>
    <message>
        <location filename="../../kit_counter.py" line="48" />
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="49" />
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="50" />
        <source>Crew</source>
        <translation>Équipe technique</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="51" />
        <source>Venue staff</source>
        <translation>Personnel du site</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="52" />
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="53" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="61" />
        <source>anyone</source>
        <comment>in a sentence: for anyone</comment>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="63" />
        <source>artists</source>
        <comment>in a sentence: for artists</comment>
        <translation>les artistes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="65" />
        <source>crew</source>
        <comment>in a sentence: for crew</comment>
        <translation>l'équipe technique</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="66" />
        <source>venue staff</source>
        <comment>in a sentence: for venue staff</comment>
        <translation>le personnel du site</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="68" />
        <source>family</source>
        <comment>in a sentence: for family</comment>
        <translation>la famille</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="70" />
        <source>others</source>
        <comment>in a sentence: for others</comment>
        <translation>d'autres personnes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="85" />
        <source>{kit} ×{count} handed out</source>
        <translation>{kit} ×{count} distribué</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="87" />
        <source>{kit} ×{count} handed out · {role}</source>
        <translation>{kit} ×{count} distribué · {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="90" />
        <source>{kit} +{count} received</source>
        <translation>{kit} +{count} reçu</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="93" />
        <source>{kit} count corrected ({change}): {reason}</source>
        <translation>{kit} comptage corrigé ({change}) : {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="99" />
        <source>{time}  {what}</source>
        <translation>{time}  {what}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="102" />
        <source>{what}  — undone</source>
        <translation>{what}  — annulé</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="119" />
        <source>Undo: {kit} ×{count} ({role}) handed out</source>
        <translation>Annuler : {kit} ×{count} ({role}) distribué</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="122" />
        <source>Undo: {kit} ×{count} handed out</source>
        <translation>Annuler : {kit} ×{count} distribué</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="124" />
        <source>Undo: {kit} ({role}) handed out</source>
        <translation>Annuler : {kit} ({role}) distribué</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="126" />
        <source>Undo: {kit} handed out</source>
        <translation>Annuler : {kit} distribué</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="128" />
        <source>Undo: {kit} +{count} received</source>
        <translation>Annuler : {kit} +{count} reçu</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="130" />
        <source>Undo: {kit} count correction ({change})</source>
        <translation>Annuler : correction du comptage de {kit} ({change})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="133" />
        <source>{what} at {time}</source>
        <translation>{what} à {time}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="146" />
        <source>Type how many, as a whole number</source>
        <translation>Indiquez combien, en nombre entier</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="148" />
        <source>“{text}” is not a whole number</source>
        <translation>« {text} » n'est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="153" />
        <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>Plus de {most}, le maximum qu'une distribution peut compter : vérifiez le nombre ou comptez-le en plusieurs fois</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="158" />
        <source>Hand out at least 1</source>
        <translation>Distribuez-en au moins 1</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="161" />
        <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>{count} dépasse {most}, le maximum qu'une distribution peut compter : vérifiez le nombre ou comptez-le en plusieurs fois</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="307" />
        <source>That tap was not counted, so there is nothing to undo</source>
        <translation>Cet appui n'a pas été compté : il n'y a rien à annuler</translation>
    </message>
</context>
<context>
    <name>today_page</name>
    <message>
        <location filename="../../today_page.py" line="63" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="69" />
        <source>{count}/{capacity}</source>
        <translation>{count}/{capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="71" />
        <source>{count} in</source>
        <translation>{count} entrés</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="78" />
        <source>Now: —</source>
        <translation>En cours : —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="79" />
        <source>Next: —</source>
        <translation>Ensuite : —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="82" />
        <source>Now: {times} {title} (cancelled)</source>
        <translation>En cours : {times} {title} (annulée)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="84" />
        <source>Next: {times} {title} (cancelled)</source>
        <translation>Ensuite : {times} {title} (annulée)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="86" />
        <source>Now: {times} {title} · {people}</source>
        <translation>En cours : {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="88" />
        <source>Next: {times} {title} · {people}</source>
        <translation>Ensuite : {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="435" />
        <source>Kits per hour today</source>
        <translation>Kits par heure aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="436" />
        <location filename="../../today_page.py" line="438" />
        <source>No hand-outs yet today</source>
        <translation>Aucune distribution aujourd'hui pour l'instant</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="437" />
        <source>Kits by type today</source>
        <translation>Kits par type aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="440" />
        <source>Attendance against capacity</source>
        <translation>Fréquentation par rapport à la capacité</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="441" />
        <source>No sessions today</source>
        <translation>Aucune séance aujourd'hui</translation>
    </message>
</context>
</TS>