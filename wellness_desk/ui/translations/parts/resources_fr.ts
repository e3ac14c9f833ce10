<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BatchProblems</name>
    <message>
        <location filename="../../print_page.py" line="618" />
        <source>Batch from a locations CSV</source>
        <translation>Lot à partir d'un CSV de lieux</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="623" />
        <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
        <translation><numerusform>{file} : rien n'a été imprimé, %n problème. Corrigez le fichier et choisissez-le à nouveau.</numerusform><numerusform>{file} : rien n'a été imprimé, %n problèmes. Corrigez le fichier et choisissez-le à nouveau.</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="635" />
        <source>Problems in the file</source>
        <translation>Problèmes du fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="638" />
        <source>… and %n more</source>
        <translation><numerusform>… et %n autre</numerusform><numerusform>… et %n autres</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="644" />
        <source>Close the list of problems</source>
        <translation>Fermer la liste des problèmes</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../resources_page.py" line="309" />
        <source>Noted, thank you: it will be re-checked.</source>
        <translation>C'est noté, merci : il sera revérifié.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="312" />
        <source>This number did not work</source>
        <translation>Ce numéro n'a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="315" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="350" />
        <source>✕ Stale: not verified for over a year</source>
        <translation>✕ Périmé : non vérifié depuis plus d'un an</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="352" />
        <source>⚠ Verified over 6 months ago</source>
        <translation>⚠ Vérifié il y a plus de 6 mois</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="358" />
        <source>Report that {number} did not work</source>
        <translation>Signaler que le {number} n'a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="359" />
        <source>Copy {number} ({kind}, {name})</source>
        <translation>Copier le {number} ({kind}, {name})</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="361" />
        <source>{name}, {kind}, {number}, {open}</source>
        <translation>{name}, {kind}, {number}, {open}</translation>
    </message>
</context>
<context>
    <name>CountryCardDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="200" />
        <source>Country card</source>
        <translation>Carte pays</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="202" />
        <source>two letters, e.g. CA</source>
        <translation>deux lettres, par ex. CA</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="204" />
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="205" />
        <source>Country, two letters</source>
        <translation>Pays, deux lettres</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>C&amp;ards</source>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>Number of cards</source>
        <translation>Nombre de cartes</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>&amp;Paper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="212" />
        <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
        <translation>Dix cartes par feuille avec traits de coupe ; une seconde page porte le verso dans une deuxième langue, pour l'impression recto verso.</translation>
    </message>
</context>
<context>
    <name>HelpLineBanner</name>
    <message>
        <location filename="../../resources_page.py" line="228" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="233" />
        <source>Set the help line…</source>
        <translation>Définir la ligne d'écoute…</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="236" />
        <source>Set the industry help line in Settings</source>
        <translation>Définir la ligne d'écoute du secteur dans les Paramètres</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="250" />
        <location filename="../../resources_page.py" line="251" />
        <source>24/7 music-industry help line</source>
        <translation>Ligne d'écoute 24 h/24 de l'industrie musicale</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="255" />
        <source>Copy the help line number {number}</source>
        <translation>Copier le numéro de la ligne d'écoute {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="256" />
        <source>Help line: {name}, {number}</source>
        <translation>Ligne d'écoute : {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="259" />
        <source>No help line set</source>
        <translation>Aucune ligne d'écoute définie</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="260" />
        <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
        <translation>La ligne d'écoute 24 h/24 du secteur n'est pas encore définie : définissez-la pour qu'elle s'affiche ici et s'imprime sur chaque carte.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="263" />
        <source>No industry help line is set</source>
        <translation>Aucune ligne d'écoute du secteur n'est définie</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../print_page.py" line="69" />
        <source>Print cards and signs</source>
        <translation>Imprimer cartes et affiches</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>&amp;Paper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>Language of the card</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="86" />
        <source>e.g. green-room-chicago-2026</source>
        <translation>par ex. green-room-chicago-2026</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="88" />
        <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
        <translation>Ajoutée au lien (?src=…) pour que le hub compte quelles affiches sont scannées.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>T&amp;ag</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>&amp;Copies</source>
        <translation>E&amp;xemplaires</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="95" />
        <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
        <translation>Un code &amp;unique sur chaque carte (&amp;&amp;c=0001…)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="96" />
        <source>A unique code on every card</source>
        <translation>Un code unique sur chaque carte</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="101" />
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="102" />
        <source>what the paper serves</source>
        <translation>ce que permet le papier</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="104" />
        <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
        <translation>La distance d'où l'on scanne une affiche : son code doit faire au moins un dixième de cette distance. Laissée à 0 : aussi loin que le permet le code sur le papier choisi.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="106" />
        <source>Scan &amp;distance (signs)</source>
        <translation>&amp;Distance de scan (affiches)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="107" />
        <source>Scan distance, in metres</source>
        <translation>Distance de scan, en mètres</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="113" />
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="116" />
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>L&amp;ogo</source>
        <translation>L&amp;ogo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="120" />
        <source>In the &amp;middle of the QR code (stronger error correction)</source>
        <translation>Au &amp;milieu du code QR (correction d'erreurs renforcée)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="121" />
        <source>Logo in the middle of the QR code</source>
        <translation>Logo au milieu du code QR</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="130" />
        <source>choose one in Resources: Print a card for this</source>
        <translation>choisissez-en un dans Ressources : Imprimer une carte</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="131" />
        <source>The number comes from the resource directory, as checked there.</source>
        <translation>Le numéro vient du répertoire des ressources, tel qu'il y a été vérifié.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>Resource name</source>
        <translation>Nom de la ressource</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>Resource number</source>
        <translation>Numéro de la ressource</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>&amp;Hours</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>Resource hours</source>
        <translation>Horaires de la ressource</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="142" />
        <source>Why it cannot print</source>
        <translation>Pourquoi l'impression est impossible</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="145" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="147" />
        <source>Save the cards as a PDF (Ctrl+S)</source>
        <translation>Enregistrer les cartes en PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="149" />
        <source>Pr&amp;int…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="150" />
        <source>Send the cards to a printer (Ctrl+P)</source>
        <translation>Envoyer les cartes à une imprimante (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="152" />
        <source>&amp;Batch from a locations CSV…</source>
        <translation>&amp;Lot à partir d'un CSV de lieux…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="160" />
        <source>From the resource directory</source>
        <translation>Depuis le répertoire des ressources</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="165" />
        <source>Tour s&amp;heet…</source>
        <translation>&amp;Feuille de tournée…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="167" />
        <source>Each stop's date and city with its country's crisis lines</source>
        <translation>La date et la ville de chaque étape avec les lignes de crise de son pays</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="169" />
        <source>Country car&amp;d…</source>
        <translation>&amp;Carte pays…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="171" />
        <source>Wallet cards with one country's crisis lines</source>
        <translation>Cartes de poche avec les lignes de crise d'un pays</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="177" />
        <source>Save the cards as a PDF</source>
        <translation>Enregistrer les cartes en PDF</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="178" />
        <source>Print the cards</source>
        <translation>Imprimer les cartes</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="179" />
        <source>Batch signs from a locations CSV</source>
        <translation>Affiches en lot à partir d'un CSV de lieux</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="180" />
        <source>Tour sheet from the resource directory</source>
        <translation>Feuille de tournée depuis le répertoire des ressources</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="182" />
        <source>Country card from the resource directory</source>
        <translation>Carte pays depuis le répertoire des ressources</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="192" />
        <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
        <translation>Aucun numéro de ligne d'écoute n'est défini : ces cartes et affiches s'impriment sans ligne d'écoute. Définissez-le dans Fichier → Paramètres → Ligne d'écoute.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="199" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="201" />
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="209" />
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="282" />
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="283" />
        <source>Images (*.png *.jpg)</source>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="335" />
        <location filename="../../print_page.py" line="484" />
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="386" />
        <source>this paper</source>
        <translation>ce papier</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="388" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
        <translation>Sur {paper}, le code mesure {size} cm : il se scanne à environ {reach} m ({asked} m demandés).</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="392" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
        <translation>Sur {paper}, le code mesure {size} cm : il se scanne à environ {reach} m, la distance pour laquelle il est imprimé.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="406" />
        <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
        <translation>Aucune ressource sur la carte pour l'instant : dans Ressources, trouvez la ligne et appuyez sur « Imprimer une carte ».</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="407" />
        <source>Print wallet cards instead</source>
        <translation>Imprimer plutôt des cartes de poche</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="410" />
        <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
        <translation>Rien à imprimer pour l'instant : en l'état, le travail s'imprimerait mal. Ce qu'il faut corriger est indiqué sous le formulaire.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="411" />
        <source>Back to the defaults</source>
        <translation>Revenir aux réglages par défaut</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="443" />
        <source>Save cards</source>
        <translation>Enregistrer les cartes</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="444" />
        <location filename="../../print_page.py" line="511" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="459" />
        <source>The last print is still being saved or sent: try again once it is done.</source>
        <translation>La dernière impression est encore en cours d'enregistrement ou d'envoi : réessayez une fois terminée.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="497" />
        <source>Locations CSV</source>
        <translation>CSV de lieux</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="498" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="510" />
        <source>Save the signs of %n location(s)</source>
        <translation><numerusform>Enregistrer les affiches de %n lieu</numerusform><numerusform>Enregistrer les affiches de %n lieux</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="525" />
        <location filename="../../print_page.py" line="571" />
        <location filename="../../print_page.py" line="587" />
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="566" />
        <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
        <translation>Imprimé une fois : les codes uniques ne se répètent jamais, indiquez donc plus d'exemplaires sur cette page plutôt que dans la boîte d'impression.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="571" />
        <source>The printer could not be started.</source>
        <translation>L'imprimante n'a pas pu être démarrée.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="588" />
        <source>Printing stopped, nothing recorded. {problem}</source>
        <translation>Impression arrêtée, rien n'a été enregistré. {problem}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="603" />
        <source>Sent to the printer. {note}</source>
        <translation>Envoyé à l'imprimante. {note}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="604" />
        <source>Sent to the printer.</source>
        <translation>Envoyé à l'imprimante.</translation>
    </message>
</context>
<context>
    <name>ResourcePrintDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="51" />
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="55" />
        <source>Also lines not re-checked for 12 months (marked so)</source>
        <translation>Aussi les lignes non revérifiées depuis 12 mois (signalées comme telles)</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="57" />
        <source>Also lines not re-checked for 12 months</source>
        <translation>Aussi les lignes non revérifiées depuis 12 mois</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="59" />
        <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
        <translation>Une ligne vérifiée pour la dernière fois il y a plus de 12 mois n'est pas imprimée, sauf si cette case est cochée ; elle s'imprime alors avec la mention « non revérifiée depuis &lt;date&gt; ».</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="73" />
        <source>Problem with {field}</source>
        <translation>Problème : {field}</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="81" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../resources_page.py" line="516" />
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="519" />
        <source>Reading the directory…</source>
        <translation>Lecture du répertoire…</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="521" />
        <source>Directory edition</source>
        <translation>Édition du répertoire</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="531" />
        <location filename="../../resources_page.py" line="653" />
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="532" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="534" />
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="537" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="539" />
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="543" />
        <source>Kind of resource</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="545" />
        <source>Search a name, a need, a city… (just type)</source>
        <translation>Cherchez un nom, un besoin, une ville… (tapez simplement)</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="547" />
        <source>Search the resources</source>
        <translation>Chercher dans les ressources</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="549" />
        <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
        <translation>Entrée copie le premier numéro ; Haut et Bas parcourent les résultats ; Échap efface les filtres</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="556" />
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="557" />
        <source>Only what is open now</source>
        <translation>Seulement ce qui est ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="574" />
        <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
        <translation>Entrée copie le premier numéro · ↑ ↓ parcourent les résultats · Échap efface les filtres</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="577" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="591" />
        <source>Clear the search and the filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="596" />
        <source>Show the rest of the results</source>
        <translation>Afficher le reste des résultats</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="605" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="655" />
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="665" />
        <source>The directory has no entry for {country}.</source>
        <translation>Le répertoire n'a aucune entrée pour {country}.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="763" />
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources_page.py" line="767" />
        <source>Show %n more result(s)</source>
        <translation><numerusform>Afficher %n résultat de plus</numerusform><numerusform>Afficher %n résultats de plus</numerusform></translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="793" />
        <source>These lines go together</source>
        <translation>Ces lignes vont ensemble</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="798" />
        <source>Paired lines: {names}</source>
        <translation>Lignes associées : {names}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="811" />
        <source>any country</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="813" />
        <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
        <translation>Rien ne correspond à « {words} » dans {where}. Essayez moins de lettres ou effacez les filtres ; la ligne d'écoute ci-dessus est toujours là.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="817" />
        <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
        <translation>Aucune ressource dans {where} avec ces filtres. Effacez-les pour en voir plus ; la ligne d'écoute ci-dessus est toujours là.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="819" />
        <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
        <translation>Le répertoire n'a encore aucune ressource : elles arrivent avec l'application et à chaque synchronisation. La ligne d'écoute ci-dessus est toujours là.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="834" />
        <source>Filters cleared: every resource in the directory</source>
        <translation>Filtres effacés : toutes les ressources du répertoire</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="850" />
        <source>no number</source>
        <translation>pas de numéro</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="851" />
        <source>{position} of {count}: {name}, {number}</source>
        <translation>{position} sur {count} : {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="860" />
        <source>Copied {number}: {kind}, {name}</source>
        <translation>Copié : {number}, {kind}, {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="871" />
        <source>Nothing to copy: no result.</source>
        <translation>Rien à copier : aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="875" />
        <source>{name} lists no number.</source>
        <translation>{name} n'indique aucun numéro.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="881" />
        <source>Copied {number}: {name}</source>
        <translation>Copié : {number}, {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="895" />
        <source>{name} is a favourite: shown first</source>
        <translation>{name} est un favori : affiché en premier</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="896" />
        <source>{name} is no longer a favourite</source>
        <translation>{name} n'est plus un favori</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="910" />
        <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
        <translation>C'est noté, le {number} n'a pas fonctionné : c'est compté pour que le hub le revérifie.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="920" />
        <source>No card for {number}: {problem}.</source>
        <translation>Pas de carte pour le {number} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="951" />
        <source>The directory could not be read. {problem}</source>
        <translation>Le répertoire n'a pas pu être lu. {problem}</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../resources_page.py" line="393" />
        <source>Favourite: shown first for this country</source>
        <translation>Favori : affiché en premier pour ce pays</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="409" />
        <source>Print a card for this</source>
        <translation>Imprimer une carte</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="421" />
        <source>No number listed: see the organization's website.</source>
        <translation>Aucun numéro indiqué : voir le site de l'organisation.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="436" />
        <source>Remove {name} from favourites</source>
        <translation>Retirer {name} des favoris</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="437" />
        <source>Add {name} to favourites</source>
        <translation>Ajouter {name} aux favoris</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="444" />
        <source>Print a card for {name}</source>
        <translation>Imprimer une carte pour {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="448" />
        <source>Any country</source>
        <translation>Tous pays</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="472" />
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="475" />
        <source>✕ Stale: last verified {date}</source>
        <translation>✕ Périmé : vérifié pour la dernière fois le {date}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="477" />
        <source>⚠ Verified {date}, over 6 months ago</source>
        <translation>⚠ Vérifié le {date}, il y a plus de 6 mois</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="478" />
        <source>✓ Verified {date}</source>
        <translation>✓ Vérifié le {date}</translation>
    </message>
</context>
<context>
    <name>TourSheetDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="158" />
        <source>Tour sheet</source>
        <translation>Feuille de tournée</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>&amp;Tour</source>
        <translation>&amp;Tournée</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>Tour</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="168" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="169" />
        <source>Language of the sheet</source>
        <translation>Langue de la feuille</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>&amp;Paper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="172" />
        <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
        <translation>La date et la ville de chaque étape avec les lignes de crise de son pays et quelques services, depuis le répertoire des ressources ; la ligne d'écoute, depuis les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="182" />
        <source>No tour yet: create one in Activations</source>
        <translation>Pas encore de tournée : créez-en une dans Activations</translation>
    </message>
</context>
<context>
    <name>resources_page</name>
    <message>
        <location filename="../../resources_page.py" line="63" />
        <source>Crisis lines</source>
        <translation>Lignes de crise</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="64" />
        <source>Counselling and therapy</source>
        <translation>Accompagnement et thérapie</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="65" />
        <location filename="../../resources_page.py" line="77" />
        <source>Financial aid</source>
        <translation>Aide financière</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="66" />
        <location filename="../../resources_page.py" line="78" />
        <source>Substance use</source>
        <translation>Consommation de substances</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="67" />
        <location filename="../../resources_page.py" line="79" />
        <source>Peer support</source>
        <translation>Soutien par les pairs</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="68" />
        <location filename="../../resources_page.py" line="80" />
        <source>Music industry</source>
        <translation>Industrie musicale</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="75" />
        <source>Crisis line</source>
        <translation>Ligne de crise</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="76" />
        <source>Counselling</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="87" />
        <source>crisis line</source>
        <translation>ligne de crise</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="88" />
        <source>counselling</source>
        <translation>accompagnement</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="89" />
        <source>financial aid</source>
        <translation>aide financière</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="90" />
        <source>substance use</source>
        <translation>consommation de substances</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="91" />
        <source>peer support</source>
        <translation>soutien par les pairs</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="92" />
        <source>music industry</source>
        <translation>industrie musicale</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="99" />
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="100" />
        <source>Text (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="101" />
        <source>Textphone</source>
        <translation>Téléscripteur</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="102" />
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="112" />
        <source>hours not known</source>
        <translation>horaires inconnus</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="114" />
        <source>open now</source>
        <translation>ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="115" />
        <source>closed now</source>
        <translation>fermé maintenant</translation>
    </message>
</context>
</TS>
