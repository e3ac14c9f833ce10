<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../sync_page.py" line="112" />
        <source>Connect to a hub</source>
        <translation>Se connecter à un hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="121" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
        <translation>Un·e coordinateur·rice crée sur le hub un code d'inscription à usage unique (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Avec ce code, cet ordinateur envoie les comptages anonymes de &lt;b&gt;{activation}&lt;/b&gt; : jamais de noms, de contacts ni de notes.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="127" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
        <translation>Un·e coordinateur·rice crée sur le hub un code d'inscription à usage unique (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Avec ce code, cet ordinateur envoie les comptages anonymes de l'activation en cours : jamais de noms, de contacts ni de notes.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="138" />
        <source>e.g. https://hub.example.org</source>
        <translation>p. ex. https://hub.example.org</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="139" />
        <source>Sync hub address</source>
        <translation>Adresse du hub de synchronisation</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="140" />
        <source>Sync hub &amp;address</source>
        <translation>&amp;Adresse du hub de synchronisation</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="144" />
        <source>e.g. K7QF-2MXD-9PLA</source>
        <translation>p. ex. K7QF-2MXD-9PLA</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="145" />
        <source>Case and dashes do not matter. A code works once.</source>
        <translation>Majuscules et tirets n'ont pas d'importance. Un code ne sert qu'une fois.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="147" />
        <source>Enrolment code</source>
        <translation>Code d'inscription</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="149" />
        <source>Enrolment &amp;code</source>
        <translation>&amp;Code d'inscription</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="157" />
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="179" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="224" />
        <source>Correct count</source>
        <translation>Corriger le comptage</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="229" />
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="230" />
        <source>{kit} in the box at {location}</source>
        <translation>{kit} dans la boîte à {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="232" />
        <source>The books say {count}.</source>
        <translation>Les registres indiquent {count}.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="234" />
        <source>recount</source>
        <translation>recomptage</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="235" />
        <source>Why was the count off?</source>
        <translation>Pourquoi le comptage était-il faux ?</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="236" />
        <source>&amp;Why was the count off?</source>
        <translation>&amp;Pourquoi le comptage était-il faux ?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../export_dialog.py" line="48" />
        <source>Include personal details (names, contacts and notes of therapy bookings)</source>
        <translation>Inclure les données personnelles (noms, contacts et notes des réservations de thérapie)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="53" />
        <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
        <translation>Ces fichiers contiendront les noms et contacts de personnes en thérapie. Gardez-les sur cet ordinateur : ne les envoyez jamais par e-mail, ne les mettez jamais en ligne ni ne les partagez, et supprimez-les une fois terminé.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="61" />
        <source>To include personal details, unlock the Therapy days section first.</source>
        <translation>Pour inclure les données personnelles, déverrouillez d'abord la section Journées de thérapie.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="66" />
        <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
        <translation>La section Journées de thérapie s'est verrouillée : déverrouillez-la pour inclure les données personnelles, ou exportez sans elles (rien n'a été écrit)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="83" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="87" />
        <location filename="../../export_dialog.py" line="111" />
        <location filename="../../export_dialog.py" line="177" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="90" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="92" />
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="97" />
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="125" />
        <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
        <translation>Les comptages anonymes (aggregates.csv) sont le fichier à partager : les chiffres de thérapie inférieurs à 5 y figurent comme &lt;5. Les autres fichiers sont les journaux propres à cet ordinateur. Un README.txt dans le dossier explique le contenu de chaque fichier.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="145" />
        <source>Export CSV into</source>
        <translation>Exporter le CSV dans</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="163" />
        <source>Folder: choose where to export</source>
        <translation>Dossier : choisissez où exporter</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="168" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>KitCataloguePage</name>
    <message>
        <location filename="../../kit_catalogue.py" line="254" />
        <source>Kit catalogue and stock</source>
        <translation>Catalogue des kits et stock</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="260" />
        <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
        <translation>Pas encore de kits. Ajoutez ce que la tente distribue (bouchons d'oreilles, eau, préservatifs…) : chaque kit devient une tuile du compteur de kits.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="262" />
        <location filename="../../kit_catalogue.py" line="278" />
        <source>Add kit…</source>
        <translation>Ajouter un kit…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="266" />
        <source>Kits and their stock</source>
        <translation>Kits et leur stock</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="279" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="280" />
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="281" />
        <source>Low-stock level…</source>
        <translation>Seuil de stock bas…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="282" />
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="288" />
        <source>Stock at</source>
        <translation>Stock à</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="289" />
        <source>&amp;Stock at:</source>
        <translation>&amp;Stock à :</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="292" />
        <source>Receive stock…</source>
        <translation>Réceptionner du stock…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="293" />
        <source>Correct count…</source>
        <translation>Corriger le comptage…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Low-stock at</source>
        <translation>Stock bas à</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="323" />
        <source>Stock · {location}</source>
        <translation>Stock · {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="336" />
        <source>Colour of {kit}: {colour}</source>
        <translation>Couleur de {kit} : {colour}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="347" />
        <source>Below zero: more handed out than received. Count the box.</source>
        <translation>Sous zéro : plus distribué que reçu. Comptez la boîte.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="350" />
        <source>Low stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="353" />
        <source>{count}: {warning}</source>
        <translation>{count} : {warning}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="357" />
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="358" />
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Bring back</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="391" />
        <source>Kit catalogue</source>
        <translation>Catalogue des kits</translation>
    </message>
</context>
<context>
    <name>KitColourDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="120" />
        <source>Colour of {kit}</source>
        <translation>Couleur de {kit}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="132" />
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="135" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="141" />
        <source>Use this colour</source>
        <translation>Utiliser cette couleur</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="150" />
        <source>{colour} ({code})</source>
        <translation>{colour} ({code})</translation>
    </message>
</context>
<context>
    <name>KitNameDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <source>Rename kit</source>
        <translation>Renommer le kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Add kit</source>
        <translation>Ajouter un kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="102" />
        <source>e.g. Earplugs</source>
        <translation>p. ex. Bouchons d'oreilles</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="103" />
        <source>Kit name</source>
        <translation>Nom du kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="104" />
        <source>Kit &amp;name</source>
        <translation>&amp;Nom du kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="184" />
        <location filename="../../kit_catalogue.py" line="189" />
        <source>Low-stock level</source>
        <translation>Seuil de stock bas</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="190" />
        <source>Warn when {kit} stock is at or below</source>
        <translation>Avertir quand le stock de {kit} atteint ou passe sous</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../sync_page.py" line="208" />
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="214" />
        <source>Nothing waits to be sent: the hub already holds every count.</source>
        <translation>Rien n'attend d'être envoyé : le hub a déjà tous les comptages.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="217" />
        <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
        <translation><numerusform>%Ln cellule de comptage, exactement comme elle sera envoyée (compressée avec gzip en route).</numerusform><numerusform>%Ln cellules de comptage, exactement comme elles seront envoyées (compressées avec gzip en route).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="219" />
        <source>They go to the hub in %Ln batch(es).</source>
        <translation><numerusform>Elles partent vers le hub en %Ln lot.</numerusform><numerusform>Elles partent vers le hub en %Ln lots.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="222" />
        <source>The first %Ln batch(es) are shown.</source>
        <translation><numerusform>Le premier lot est affiché.</numerusform><numerusform>Les %Ln premiers lots sont affichés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="229" />
        <source>What will be sent, exactly</source>
        <translation>Ce qui sera envoyé, à l'identique</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="203" />
        <source>Receive stock</source>
        <translation>Réceptionner du stock</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="208" />
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="209" />
        <source>{kit} received at {location}</source>
        <translation>{kit} reçus à {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="211" />
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../report_dialog.py" line="80" />
        <source>Activation report</source>
        <translation>Rapport d'activation</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="83" />
        <source>Make PDF</source>
        <translation>Créer le PDF</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="89" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="90" />
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="92" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="93" />
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="95" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="96" />
        <source>Every location</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="99" />
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="101" />
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="104" />
        <source>Lan&amp;guage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="106" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="107" />
        <source>where to save the PDF</source>
        <translation>où enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="108" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="109" />
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="114" />
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="117" />
        <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
        <translation>Les totaux principaux face à leurs objectifs, des graphiques avec leurs tableaux, un tableau par jour et ce qui a changé depuis le dernier rapport. Les chiffres de thérapie inférieurs à 5 ne sont pas affichés.</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="123" />
        <source>{activation} report.pdf</source>
        <translation>Rapport {activation}.pdf</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="124" />
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="127" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="137" />
        <source>No activation yet: create one in Activations</source>
        <translation>Pas encore d'activation : créez-en une dans Activations</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="141" />
        <source>File: say where to save the PDF</source>
        <translation>Fichier : indiquez où enregistrer le PDF</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sync_page.py" line="63" />
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="64" />
        <source>Nothing new to send</source>
        <translation>Rien de nouveau à envoyer</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="65" />
        <source>Hub unreachable</source>
        <translation>Hub injoignable</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="66" />
        <source>Refused: reconnect this laptop</source>
        <translation>Refusé : reconnectez cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="67" />
        <source>Hub busy, waited</source>
        <translation>Hub occupé, attente</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="68" />
        <source>Hub had a problem</source>
        <translation>Le hub a eu un problème</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="69" />
        <location filename="../../sync_page.py" line="419" />
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="70" />
        <source>Batch refused, set aside</source>
        <translation>Lot refusé, mis de côté</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="71" />
        <source>Time up, the rest waits</source>
        <translation>Temps écoulé, le reste attend</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="72" />
        <source>Put back from a copy: the hub's later counts kept</source>
        <translation>Restauré depuis une copie : les comptages plus récents du hub sont gardés</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="73" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="74" />
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="96" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="99" />
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="274" />
        <source>Sync with the hub</source>
        <translation>Synchroniser avec le hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="278" />
        <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
        <translation>Seuls des comptages anonymes quittent cet ordinateur (kits distribués, séances tenues et fréquentées, séances de thérapie, cartes imprimées), jamais de noms, de contacts ni de notes. L'aperçu montre les octets exacts.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="288" />
        <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
        <translation>Cet ordinateur n'envoie encore ses comptages à aucun hub. Demandez un code d'inscription à la coordination, puis connectez-vous.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="290" />
        <source>Connect to a hub…</source>
        <translation>Se connecter à un hub…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="291" />
        <source>Connect to a hub</source>
        <translation>Se connecter à un hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="296" />
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="317" />
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="318" />
        <source>Changes waiting</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="319" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="320" />
        <source>Counted there as</source>
        <translation>Compté là-bas comme</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="321" />
        <source>Sends the counts of</source>
        <translation>Envoie les comptages de</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="322" />
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="331" />
        <location filename="../../sync_page.py" line="333" />
        <location filename="../../sync_page.py" line="471" />
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="335" />
        <source>Preview what will be sent…</source>
        <translation>Aperçu de ce qui sera envoyé…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="337" />
        <source>Connect to another hub…</source>
        <translation>Se connecter à un autre hub…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="339" />
        <location filename="../../sync_page.py" line="495" />
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="341" />
        <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
        <translation>Arrête l'envoi. Les comptages restent sur cet ordinateur ; le hub garde ce qu'il a.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="354" />
        <location filename="../../sync_page.py" line="364" />
        <source>Past syncs</source>
        <translation>Synchronisations passées</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="356" />
        <source>newest first</source>
        <translation>les plus récentes d'abord</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="375" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="376" />
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="370" />
        <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
        <translation>Mis de côté pour ne jamais bloquer le reste ; renvoyez-en un une fois le hub réparé.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="375" />
        <source>Hub's answer</source>
        <translation>Réponse du hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="376" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="377" />
        <source>Batches the hub refused</source>
        <translation>Lots refusés par le hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="407" />
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="424" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="447" />
        <source>Batches the hub refused ({count})</source>
        <translation>Lots refusés par le hub ({count})</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="449" />
        <source>Batches the hub refused: none</source>
        <translation>Lots refusés par le hub : aucun</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="457" />
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="461" />
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="462" />
        <source>Send again the batch refused at {when}</source>
        <translation>Renvoyer le lot refusé le {when}</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="471" />
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="490" />
        <source>Disconnect from the hub</source>
        <translation>Se déconnecter du hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="491" />
        <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
        <translation>Arrêter d'envoyer les comptages à ce hub ? Les comptages restent sur cet ordinateur et le hub garde ce qu'il a. Pour se reconnecter, il faudra un nouveau code de la coordination.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="510" />
        <source>Connected to the hub as “{name}”.</source>
        <translation>Connecté au hub sous « {name} ».</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="515" />
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../sync_worker.py" line="99" />
        <source>Sync: checking…</source>
        <translation>Synchronisation : vérification…</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="107" />
        <source>Sync: not connected to a hub</source>
        <translation>Synchronisation : non connecté à un hub</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="109" />
        <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
        <translation>Synchronisation arrêtée : le hub n'accepte plus cet ordinateur — reconnectez-le sur la page Synchronisation</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="116" />
        <source>Sending {activation}: all sent</source>
        <translation>Envoi de {activation} : tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="118" />
        <source>Sending {activation}: %n change(s) waiting</source>
        <translation><numerusform>Envoi de {activation} : %n modification en attente</numerusform><numerusform>Envoi de {activation} : %n modifications en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="126" />
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="129" />
        <source>%n batch(es) refused (see the Sync page)</source>
        <translation><numerusform>%n lot refusé (voir la page Synchronisation)</numerusform><numerusform>%n lots refusés (voir la page Synchronisation)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="154" />
        <source>synced at {time} UTC</source>
        <translation>synchronisé à {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="155" />
        <source>synced on {date} at {time} UTC</source>
        <translation>synchronisé le {date} à {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="158" />
        <source>synced at {time}</source>
        <translation>synchronisé à {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="159" />
        <source>synced on {date} at {time}</source>
        <translation>synchronisé le {date} à {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="227" />
        <source>Sync: off (the database could not be opened)</source>
        <translation>Synchronisation : désactivée (la base de données n'a pas pu être ouverte)</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="326" />
        <source>The database is not open, so this laptop cannot connect.</source>
        <translation>La base de données n'est pas ouverte : cet ordinateur ne peut pas se connecter.</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="503" />
        <source>Sync not recorded: {problem}</source>
        <translation>Synchronisation non enregistrée : {problem}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="511" />
        <source>Sync: something went wrong ({kind}); nothing was lost.</source>
        <translation>Synchronisation : un problème est survenu ({kind}) ; rien n'a été perdu.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../tasks.py" line="82" />
        <source>Cannot open the database {path} ({kind}).</source>
        <translation>Impossible d'ouvrir la base de données {path} ({kind}).</translation>
    </message>
    <message>
        <location filename="../../tasks.py" line="159" />
        <source>Something went wrong ({kind}): that action was NOT saved.</source>
        <translation>Un problème est survenu ({kind}) : cette action n'a PAS été enregistrée.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../crash.py" line="36" />
        <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
        <translation>Un problème est survenu dans Wellness Desk ({kind}). Il a été noté dans le journal {log} ; vos comptages sont enregistrés. Vous pouvez continuer ; si cela se reproduit, envoyez ce fichier à la personne qui s'occupe de l'application.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="41" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>Un problème est survenu dans Wellness Desk ({kind}). Il n'a pas pu être noté dans le journal (impossible d'écrire dans le dossier {folder}) ; vos comptages sont enregistrés. Vous pouvez continuer ; si cela se reproduit, prévenez la personne qui s'occupe de l'application.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="47" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>Un problème est survenu dans Wellness Desk ({kind}). Il n'a pu être noté dans aucun journal ; vos comptages sont enregistrés. Vous pouvez continuer ; si cela se reproduit, prévenez la personne qui s'occupe de l'application.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="110" />
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>kit_catalogue</name>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="58" />
        <source>Bluish green</source>
        <translation>Vert bleuté</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="59" />
        <source>Reddish purple</source>
        <translation>Pourpre rougeâtre</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="60" />
        <source>Sky blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="62" />
        <source>Vermilion</source>
        <translation>Vermillon</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="63" />
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="64" />
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="65" />
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="66" />
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="69" />
        <source>White</source>
        <translation>Blanc</translation>
    </message>
</context>
</TS>
