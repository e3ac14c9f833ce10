<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../sync_page.py" line="112" />
        <source>Connect to a hub</source>
        <translation>Ligar a um hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="121" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
        <translation>Um coordenador cria no hub um código de inscrição de uso único (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Com ele, este portátil envia as contagens anónimas de &lt;b&gt;{activation}&lt;/b&gt;: nunca nomes, contactos ou notas.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="127" />
        <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
        <translation>Um coordenador cria no hub um código de inscrição de uso único (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Com ele, este portátil envia as contagens anónimas da ativação atual: nunca nomes, contactos ou notas.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="138" />
        <source>e.g. https://hub.example.org</source>
        <translation>p. ex. https://hub.example.org</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="139" />
        <source>Sync hub address</source>
        <translation>Endereço do hub de sincronização</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="140" />
        <source>Sync hub &amp;address</source>
        <translation>&amp;Endereço do hub de sincronização</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="144" />
        <source>e.g. K7QF-2MXD-9PLA</source>
        <translation>p. ex. K7QF-2MXD-9PLA</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="145" />
        <source>Case and dashes do not matter. A code works once.</source>
        <translation>Maiúsculas e hífenes não importam. Cada código funciona uma só vez.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="147" />
        <source>Enrolment code</source>
        <translation>Código de inscrição</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="149" />
        <source>Enrolment &amp;code</source>
        <translation>&amp;Código de inscrição</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="157" />
        <source>Connect</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="179" />
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="224" />
        <source>Correct count</source>
        <translation>Corrigir contagem</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="229" />
        <source>Counted</source>
        <translation>Contados</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="230" />
        <source>{kit} in the box at {location}</source>
        <translation>{kit} na caixa em {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="232" />
        <source>The books say {count}.</source>
        <translation>O registo diz {count}.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="234" />
        <source>recount</source>
        <translation>recontagem</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="235" />
        <source>Why was the count off?</source>
        <translation>Porque é que a contagem não batia certo?</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="236" />
        <source>&amp;Why was the count off?</source>
        <translation>&amp;Porque é que a contagem não batia certo?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../export_dialog.py" line="48" />
        <source>Include personal details (names, contacts and notes of therapy bookings)</source>
        <translation>Incluir dados pessoais (nomes, contactos e notas das marcações de terapia)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="53" />
        <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
        <translation>Estes ficheiros vão conter os nomes e contactos de pessoas em terapia. Mantenha-os neste portátil: nunca os envie por e-mail, carregue ou partilhe, e apague-os quando terminar.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="61" />
        <source>To include personal details, unlock the Therapy days section first.</source>
        <translation>Para incluir dados pessoais, desbloqueie primeiro a secção Dias de terapia.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="66" />
        <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
        <translation>A secção Dias de terapia bloqueou-se sozinha: desbloqueie-a para incluir dados pessoais, ou exporte sem eles (nada foi escrito)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="83" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="87" />
        <location filename="../../export_dialog.py" line="111" />
        <location filename="../../export_dialog.py" line="177" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="90" />
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="91" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="92" />
        <source>Choose the folder</source>
        <translation>Escolher a pasta</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="97" />
        <source>&amp;Folder</source>
        <translation>&amp;Pasta</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="125" />
        <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
        <translation>As contagens anónimas (aggregates.csv) são o ficheiro a partilhar: os números de terapia abaixo de 5 aparecem como &lt;5. Os outros ficheiros são os registos próprios deste portátil. Um README.txt na pasta diz o que cada ficheiro contém.</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="145" />
        <source>Export CSV into</source>
        <translation>Exportar CSV para</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="163" />
        <source>Folder: choose where to export</source>
        <translation>Pasta: escolha para onde exportar</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="168" />
        <source>Exporting…</source>
        <translation>A exportar…</translation>
    </message>
</context>
<context>
    <name>KitCataloguePage</name>
    <message>
        <location filename="../../kit_catalogue.py" line="254" />
        <source>Kit catalogue and stock</source>
        <translation>Catálogo de kits e stock</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="260" />
        <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
        <translation>Ainda não há kits. Adicione o que a tenda distribui (tampões, água, preservativos…): cada kit torna-se um botão no contador de kits.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="262" />
        <location filename="../../kit_catalogue.py" line="278" />
        <source>Add kit…</source>
        <translation>Adicionar kit…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="266" />
        <source>Kits and their stock</source>
        <translation>Kits e o seu stock</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="279" />
        <source>Rename…</source>
        <translation>Mudar o nome…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="280" />
        <source>Colour…</source>
        <translation>Cor…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="281" />
        <source>Low-stock level…</source>
        <translation>Nível de stock baixo…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="282" />
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="288" />
        <source>Stock at</source>
        <translation>Stock em</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="289" />
        <source>&amp;Stock at:</source>
        <translation>&amp;Stock em:</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="292" />
        <source>Receive stock…</source>
        <translation>Receber stock…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="293" />
        <source>Correct count…</source>
        <translation>Corrigir contagem…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="322" />
        <source>Low-stock at</source>
        <translation>Baixo a partir de</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="323" />
        <source>Stock · {location}</source>
        <translation>Stock · {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="324" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="336" />
        <source>Colour of {kit}: {colour}</source>
        <translation>Cor de {kit}: {colour}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="347" />
        <source>Below zero: more handed out than received. Count the box.</source>
        <translation>Abaixo de zero: distribuiu-se mais do que se recebeu. Conte a caixa.</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="350" />
        <source>Low stock</source>
        <translation>Stock baixo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="353" />
        <source>{count}: {warning}</source>
        <translation>{count}: {warning}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="357" />
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="358" />
        <source>in use</source>
        <translation>em uso</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="382" />
        <source>Bring back</source>
        <translation>Repor</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="391" />
        <source>Kit catalogue</source>
        <translation>Catálogo de kits</translation>
    </message>
</context>
<context>
    <name>KitColourDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="120" />
        <source>Colour of {kit}</source>
        <translation>Cor de {kit}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="132" />
        <source>Other colour…</source>
        <translation>Outra cor…</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="135" />
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="141" />
        <source>Use this colour</source>
        <translation>Usar esta cor</translation>
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
        <translation>Mudar o nome do kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="99" />
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Add kit</source>
        <translation>Adicionar kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="102" />
        <source>e.g. Earplugs</source>
        <translation>p. ex. Tampões para os ouvidos</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="103" />
        <source>Kit name</source>
        <translation>Nome do kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="104" />
        <source>Kit &amp;name</source>
        <translation>&amp;Nome do kit</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="105" />
        <source>Rename</source>
        <translation>Mudar o nome</translation>
    </message>
</context>
<context>
    <name>LowStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="184" />
        <location filename="../../kit_catalogue.py" line="189" />
        <source>Low-stock level</source>
        <translation>Nível de stock baixo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="190" />
        <source>Warn when {kit} stock is at or below</source>
        <translation>Avisar quando o stock de {kit} chegar a ou ficar abaixo de</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../sync_page.py" line="208" />
        <source>What will be sent</source>
        <translation>O que será enviado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="214" />
        <source>Nothing waits to be sent: the hub already holds every count.</source>
        <translation>Nada está à espera de envio: o hub já tem todas as contagens.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="217" />
        <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
        <translation><numerusform>%Ln célula de contagem, exatamente como será enviada (comprimida com gzip pelo caminho).</numerusform><numerusform>%Ln células de contagem, exatamente como serão enviadas (comprimidas com gzip pelo caminho).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="219" />
        <source>They go to the hub in %Ln batch(es).</source>
        <translation><numerusform>Vão para o hub em %Ln lote.</numerusform><numerusform>Vão para o hub em %Ln lotes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_page.py" line="222" />
        <source>The first %Ln batch(es) are shown.</source>
        <translation><numerusform>Mostra-se o primeiro lote.</numerusform><numerusform>Mostram-se os primeiros %Ln lotes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="229" />
        <source>What will be sent, exactly</source>
        <translation>O que será enviado, tal e qual</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../../kit_catalogue.py" line="203" />
        <source>Receive stock</source>
        <translation>Receber stock</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="208" />
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="209" />
        <source>{kit} received at {location}</source>
        <translation>{kit} recebidos em {location}</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="211" />
        <source>Receive</source>
        <translation>Receber</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../report_dialog.py" line="80" />
        <source>Activation report</source>
        <translation>Relatório da ativação</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="83" />
        <source>Make PDF</source>
        <translation>Criar PDF</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="89" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="90" />
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="92" />
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="93" />
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="95" />
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="96" />
        <source>Every location</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="99" />
        <source>&amp;Location</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="101" />
        <source>Language of the report</source>
        <translation>Língua do relatório</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="104" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="106" />
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="107" />
        <source>where to save the PDF</source>
        <translation>onde guardar o PDF</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="108" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="109" />
        <source>Choose the file</source>
        <translation>Escolher o ficheiro</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="114" />
        <source>F&amp;ile</source>
        <translation>F&amp;icheiro</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="117" />
        <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
        <translation>Totais principais face às metas, gráficos com as suas tabelas, uma tabela por dia e o que mudou desde o último relatório. Os números de terapia abaixo de 5 não são mostrados.</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="123" />
        <source>{activation} report.pdf</source>
        <translation>Relatório {activation}.pdf</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="124" />
        <source>activation</source>
        <translation>ativação</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="127" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="137" />
        <source>No activation yet: create one in Activations</source>
        <translation>Ainda não há ativação: crie uma em Ativações</translation>
    </message>
    <message>
        <location filename="../../report_dialog.py" line="141" />
        <source>File: say where to save the PDF</source>
        <translation>Ficheiro: indique onde guardar o PDF</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sync_page.py" line="63" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="64" />
        <source>Nothing new to send</source>
        <translation>Nada de novo para enviar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="65" />
        <source>Hub unreachable</source>
        <translation>Hub inacessível</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="66" />
        <source>Refused: reconnect this laptop</source>
        <translation>Recusado: volte a ligar este portátil</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="67" />
        <source>Hub busy, waited</source>
        <translation>Hub ocupado, esperou-se</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="68" />
        <source>Hub had a problem</source>
        <translation>O hub teve um problema</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="69" />
        <location filename="../../sync_page.py" line="419" />
        <source>Not connected</source>
        <translation>Não ligado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="70" />
        <source>Batch refused, set aside</source>
        <translation>Lote recusado, posto de lado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="71" />
        <source>Time up, the rest waits</source>
        <translation>Tempo esgotado, o resto espera</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="72" />
        <source>Put back from a copy: the hub's later counts kept</source>
        <translation>Reposto a partir de uma cópia: mantêm-se as contagens mais recentes do hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="73" />
        <source>Connected</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="74" />
        <source>Disconnected</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="96" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="99" />
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="274" />
        <source>Sync with the hub</source>
        <translation>Sincronizar com o hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="278" />
        <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
        <translation>Só saem deste portátil contagens anónimas (kits distribuídos, sessões realizadas e frequentadas, sessões de terapia, cartões impressos), nunca nomes, contactos ou notas. A pré-visualização mostra os bytes exatos.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="288" />
        <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
        <translation>Este portátil ainda não envia as suas contagens para nenhum hub. Peça um código de inscrição à coordenação e depois ligue-se.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="290" />
        <source>Connect to a hub…</source>
        <translation>Ligar a um hub…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="291" />
        <source>Connect to a hub</source>
        <translation>Ligar a um hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="296" />
        <source>Sync status</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="317" />
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="318" />
        <source>Changes waiting</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="319" />
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="320" />
        <source>Counted there as</source>
        <translation>Contado lá como</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="321" />
        <source>Sends the counts of</source>
        <translation>Envia as contagens de</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="322" />
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="331" />
        <location filename="../../sync_page.py" line="333" />
        <location filename="../../sync_page.py" line="471" />
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="335" />
        <source>Preview what will be sent…</source>
        <translation>Pré-visualizar o que será enviado…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="337" />
        <source>Connect to another hub…</source>
        <translation>Ligar a outro hub…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="339" />
        <location filename="../../sync_page.py" line="495" />
        <source>Disconnect</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="341" />
        <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
        <translation>Deixa de enviar. As contagens ficam neste portátil; o hub mantém o que tem.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="354" />
        <location filename="../../sync_page.py" line="364" />
        <source>Past syncs</source>
        <translation>Sincronizações anteriores</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="356" />
        <source>newest first</source>
        <translation>as mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="375" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <location filename="../../sync_page.py" line="376" />
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="362" />
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="363" />
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="370" />
        <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
        <translation>Postos de lado para nunca bloquearem o resto; volte a enviar um quando o hub estiver corrigido.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="375" />
        <source>Hub's answer</source>
        <translation>Resposta do hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="376" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="377" />
        <source>Batches the hub refused</source>
        <translation>Lotes que o hub recusou</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="407" />
        <source>counting…</source>
        <translation>a contar…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="424" />
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="447" />
        <source>Batches the hub refused ({count})</source>
        <translation>Lotes que o hub recusou ({count})</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="449" />
        <source>Batches the hub refused: none</source>
        <translation>Lotes que o hub recusou: nenhum</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="457" />
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="461" />
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="462" />
        <source>Send again the batch refused at {when}</source>
        <translation>Reenviar o lote recusado em {when}</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="471" />
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="490" />
        <source>Disconnect from the hub</source>
        <translation>Desligar do hub</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="491" />
        <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
        <translation>Deixar de enviar contagens para este hub? As contagens ficam neste portátil e o hub mantém o que tem. Para voltar a ligar é preciso um código novo da coordenação.</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="510" />
        <source>Connected to the hub as “{name}”.</source>
        <translation>Ligado ao hub como «{name}».</translation>
    </message>
    <message>
        <location filename="../../sync_page.py" line="515" />
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../sync_worker.py" line="99" />
        <source>Sync: checking…</source>
        <translation>Sincronização: a verificar…</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="107" />
        <source>Sync: not connected to a hub</source>
        <translation>Sincronização: não ligado a um hub</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="109" />
        <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
        <translation>Sincronização parada: o hub já não aceita este portátil — volte a ligá-lo na página Sincronizar</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="116" />
        <source>Sending {activation}: all sent</source>
        <translation>A enviar {activation}: tudo enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="118" />
        <source>Sending {activation}: %n change(s) waiting</source>
        <translation><numerusform>A enviar {activation}: %n alteração pendente</numerusform><numerusform>A enviar {activation}: %n alterações pendentes</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="126" />
        <source>not synced yet</source>
        <translation>ainda não sincronizado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync_worker.py" line="129" />
        <source>%n batch(es) refused (see the Sync page)</source>
        <translation><numerusform>%n lote recusado (ver a página Sincronizar)</numerusform><numerusform>%n lotes recusados (ver a página Sincronizar)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="154" />
        <source>synced at {time} UTC</source>
        <translation>sincronizado às {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="155" />
        <source>synced on {date} at {time} UTC</source>
        <translation>sincronizado em {date} às {time} UTC</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="158" />
        <source>synced at {time}</source>
        <translation>sincronizado às {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="159" />
        <source>synced on {date} at {time}</source>
        <translation>sincronizado em {date} às {time}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="227" />
        <source>Sync: off (the database could not be opened)</source>
        <translation>Sincronização: desligada (não foi possível abrir a base de dados)</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="326" />
        <source>The database is not open, so this laptop cannot connect.</source>
        <translation>A base de dados não está aberta, por isso este portátil não se pode ligar.</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="503" />
        <source>Sync not recorded: {problem}</source>
        <translation>Sincronização não registada: {problem}</translation>
    </message>
    <message>
        <location filename="../../sync_worker.py" line="511" />
        <source>Sync: something went wrong ({kind}); nothing was lost.</source>
        <translation>Sincronização: algo correu mal ({kind}); nada se perdeu.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../tasks.py" line="82" />
        <source>Cannot open the database {path} ({kind}).</source>
        <translation>Não é possível abrir a base de dados {path} ({kind}).</translation>
    </message>
    <message>
        <location filename="../../tasks.py" line="159" />
        <source>Something went wrong ({kind}): that action was NOT saved.</source>
        <translation>Algo correu mal ({kind}): essa ação NÃO foi guardada.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../crash.py" line="36" />
        <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
        <translation>Algo correu mal no Wellness Desk ({kind}). Ficou escrito no registo em {log}; as suas contagens estão guardadas. Pode continuar; se voltar a acontecer, envie esse ficheiro a quem cuida da aplicação.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="41" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>Algo correu mal no Wellness Desk ({kind}). Não foi possível escrever no registo (não se pode escrever na pasta {folder}); as suas contagens estão guardadas. Pode continuar; se voltar a acontecer, avise quem cuida da aplicação.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="47" />
        <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
        <translation>Algo correu mal no Wellness Desk ({kind}). Não foi possível escrever em nenhum registo; as suas contagens estão guardadas. Pode continuar; se voltar a acontecer, avise quem cuida da aplicação.</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="110" />
        <source>Something went wrong</source>
        <translation>Algo correu mal</translation>
    </message>
</context>
<context>
    <name>kit_catalogue</name>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="57" />
        <source>Orange</source>
        <translation>Laranja</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="58" />
        <source>Bluish green</source>
        <translation>Verde-azulado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="59" />
        <source>Reddish purple</source>
        <translation>Púrpura avermelhado</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="60" />
        <source>Sky blue</source>
        <translation>Azul-celeste</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="62" />
        <source>Vermilion</source>
        <translation>Vermelhão</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="63" />
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="64" />
        <source>Grey</source>
        <translation>Cinzento</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="65" />
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="66" />
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Teal</source>
        <translation>Verde-petróleo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="67" />
        <source>Purple</source>
        <translation>Roxo</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Pink</source>
        <translation>Cor-de-rosa</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="68" />
        <source>Black</source>
        <translation>Preto</translation>
    </message>
    <message>
        <location filename="../../kit_catalogue.py" line="69" />
        <source>White</source>
        <translation>Branco</translation>
    </message>
</context>
</TS>
