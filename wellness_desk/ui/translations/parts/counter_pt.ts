<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../charts.py" line="173" />
        <source>Nothing counted yet</source>
        <translation>Ainda nada contado</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="226" />
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="235" />
        <source>{category}: {values}</source>
        <translation>{category}: {values}</translation>
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
        <translation>{title}: {empty}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="259" />
        <source>{category} {values}</source>
        <translation>{category} {values}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="262" />
        <source>{title}: {figures}</source>
        <translation>{title}: {figures}</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="513" />
        <source>Kits handed out today per hour</source>
        <translation>Kits entregues hoje por hora</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="514" />
        <source>No hand-outs yet today</source>
        <translation>Ainda nenhuma entrega hoje</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="214" />
        <source>FULL</source>
        <translation>LOTADO</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="224" />
        <source>Take one person off the door count</source>
        <translation>Retirar uma pessoa da contagem da porta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="226" />
        <source>Add one person at the door</source>
        <translation>Adicionar uma pessoa na porta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="235" />
        <source>Take one person off the waitlist</source>
        <translation>Retirar uma pessoa da lista de espera</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="238" />
        <source>Add one person to the waitlist</source>
        <translation>Adicionar uma pessoa à lista de espera</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="242" />
        <location filename="../../today_page.py" line="332" />
        <location filename="../../today_page.py" line="361" />
        <source>Mark held</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="305" />
        <source>No session now or later today in this space.</source>
        <translation>Nenhuma sessão agora nem mais tarde hoje neste espaço.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="313" />
        <source>{kind} · {times} in {space} · cancelled</source>
        <translation>{kind} · {times} em {space} · cancelada</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="315" />
        <source>{kind} · {times} in {space} · held</source>
        <translation>{kind} · {times} em {space} · realizada</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="317" />
        <source>{kind} · {times} in {space}</source>
        <translation>{kind} · {times} em {space}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="320" />
        <source>{count} / {capacity}</source>
        <translation>{count} / {capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="323" />
        <source>At the door: {count}</source>
        <translation>Na porta: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="325" />
        <source>Count newcomers on the waitlist</source>
        <translation>Conte quem chegar na lista de espera</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="331" />
        <source>Put back (not held)</source>
        <translation>Desfazer (não realizada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="334" />
        <source>Walk-ins waiting: {count}</source>
        <translation>Pessoas sem reserva à espera: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="337" />
        <source>FULL: {title}. Count newcomers on the waitlist</source>
        <translation>LOTADO: {title}. Conte quem chegar na lista de espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="362" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
        <translation>
            <numerusform>«{title}» começa às {time}, daqui a %n minuto. Marcar já como realizada?

Pode desfazer com «Desfazer (não realizada)».</numerusform><numerusform>«{title}» começa às {time}, daqui a %n minutos. Marcar já como realizada?

Pode desfazer com «Desfazer (não realizada)».</numerusform></translation>
    </message>
</context>
<context>
    <name>HandOutSeveralDialog</name>
    <message>
        <location filename="../../kit_counter.py" line="182" />
        <location filename="../../kit_counter.py" line="262" />
        <source>Hand out several</source>
        <translation>Entregar vários</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="186" />
        <source>{kit}: how many went over the table at once?</source>
        <translation>{kit}: quantos foram entregues de uma vez?</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="198" />
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="199" />
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="204" />
        <source>How many</source>
        <translation>Quantos</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="218" />
        <source>How &amp;many:</source>
        <translation>&amp;Quantos:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="233" />
        <source>Hand out {count} × {kit} for {role}?</source>
        <translation>Entregar {count} × {kit} para {role}?</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="263" />
        <source>{question}

That is more than {most} at once.</source>
        <translation>{question}

São mais de {most} de uma vez.</translation>
    </message>
</context>
<context>
    <name>KitCounterPage</name>
    <message>
        <location filename="../../kit_counter.py" line="341" />
        <source>&amp;Location:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="345" />
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="353" />
        <source>Next tap is for:</source>
        <translation>O próximo toque é para:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="365" />
        <source>Next tap is for: {role}</source>
        <translation>O próximo toque é para: {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="368" />
        <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
        <translation>O próximo toque num bloco é registado para este perfil e depois volta a «Qualquer pessoa»</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="397" />
        <source>Today per hour</source>
        <translation>Hoje por hora</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="405" />
        <location filename="../../kit_counter.py" line="408" />
        <source>Recent actions</source>
        <translation>Ações recentes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="411" />
        <source>Undo selected</source>
        <translation>Desfazer a selecionada</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="412" />
        <source>Undo the selected action</source>
        <translation>Desfazer a ação selecionada</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="432" />
        <source>Undo the last tap (Ctrl+Z)</source>
        <translation>Desfazer o último toque (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="478" />
        <source>Kit counter</source>
        <translation>Contador de kits</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="479" />
        <source>No activation yet. Create one under Activations.</source>
        <translation>Ainda não há ativação. Crie uma em Ativações.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="480" />
        <location filename="../../kit_counter.py" line="485" />
        <source>Open Activations</source>
        <translation>Abrir Ativações</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="484" />
        <source>This activation has no location yet. Add one under Activations.</source>
        <translation>Esta ativação ainda não tem local. Adicione um em Ativações.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="488" />
        <source>No kit types yet. Add some under Kit catalogue.</source>
        <translation>Ainda não há tipos de kit. Adicione-os no Catálogo de kits.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="489" />
        <source>Open the kit catalogue</source>
        <translation>Abrir o catálogo de kits</translation>
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
            <numerusform>%Ln kit entregue hoje</numerusform><numerusform>%Ln kits entregues hoje</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="557" />
        <source>Undo: %Ln × {kit}, {time}</source>
        <translation>
            <numerusform>Desfazer: %Ln × {kit}, {time}</numerusform><numerusform>Desfazer: %Ln × {kit}, {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="558" />
        <source>Undo: %Ln × {kit} for {role}, {time}</source>
        <translation>
            <numerusform>Desfazer: %Ln × {kit} para {role}, {time}</numerusform><numerusform>Desfazer: %Ln × {kit} para {role}, {time}</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="567" />
        <source>Nothing to undo</source>
        <translation>Nada para desfazer</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="568" />
        <source>Undo: nothing to undo</source>
        <translation>Desfazer: nada para desfazer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="580" />
        <source>No tile {key}: there are %Ln kit(s)</source>
        <translation>
            <numerusform>Não há bloco {key}: há %Ln kit</numerusform><numerusform>Não há bloco {key}: há %Ln kits</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="613" />
        <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
        <translation>Contado: {kit} ×{count} · stock {stock} · abaixo de zero: conte a caixa</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="615" />
        <source>Counted: {kit} ×{count} · stock {stock}</source>
        <translation>Contado: {kit} ×{count} · stock {stock}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="621" />
        <source>Not counted: {reason}</source>
        <translation>Não contado: {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="645" />
        <source>Not undone: the hand-out still counts</source>
        <translation>Não desfeito: a entrega continua a contar</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="647" />
        <source>Not undone: {reason}</source>
        <translation>Não desfeito: {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="659" />
        <source>Counting at {location} ({activation})</source>
        <translation>A contar em {location} ({activation})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="670" />
        <source>Undone: {kit} ×{count} handed out</source>
        <translation>Desfeito: {kit} ×{count} entregue</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="673" />
        <source>Undone: {kit} stock {change}</source>
        <translation>Desfeito: {kit} stock {change}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="702" />
        <source>Hand out one to {role}</source>
        <translation>Entregar um a {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="705" />
        <source>Hand out several…</source>
        <translation>Entregar vários…</translation>
    </message>
</context>
<context>
    <name>KitTileButton</name>
    <message>
        <location filename="../../widgets.py" line="220" />
        <source>Key {key} · stock {stock} · below zero, count the box</source>
        <translation>Tecla {key} · stock {stock} · abaixo de zero, conte a caixa</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="221" />
        <source>Stock {stock} · below zero, count the box</source>
        <translation>Stock {stock} · abaixo de zero, conte a caixa</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="223" />
        <source>Key {key} · stock {stock} · LOW</source>
        <translation>Tecla {key} · stock {stock} · BAIXO</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="224" />
        <source>Stock {stock} · LOW</source>
        <translation>Stock {stock} · BAIXO</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Key {key} · stock {stock}</source>
        <translation>Tecla {key} · stock {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Stock {stock}</source>
        <translation>Stock {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="229" />
        <source>Tap to log one {kit} handed out. Right-click for more.</source>
        <translation>Toque para registar uma entrega de {kit}. Clique com o botão direito para mais.</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="246" />
        <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
        <translation>{kit}: {today} hoje, stock {stock}, abaixo de zero: conte a caixa</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="249" />
        <source>{kit}: {today} today, stock {stock}, low</source>
        <translation>{kit}: {today} hoje, stock {stock}, baixo</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="250" />
        <source>{kit}: {today} today, stock {stock}</source>
        <translation>{kit}: {today} hoje, stock {stock}</translation>
    </message>
</context>
<context>
    <name>KitsTodayBox</name>
    <message>
        <location filename="../../today_page.py" line="389" />
        <source>Kits today</source>
        <translation>Kits de hoje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="415" />
        <source>%Ln kit(s) handed out</source>
        <translation>
            <numerusform>%Ln kit entregue</numerusform><numerusform>%Ln kits entregues</numerusform></translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="417" />
        <source>{kit}: {count}</source>
        <translation>{kit}: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="418" />
        <source>No kit types yet.</source>
        <translation>Ainda não há tipos de kit.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="426" />
        <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
        <translation>⚠ {kit} em {location}: stock {stock}, abaixo de zero: conte a caixa</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="428" />
        <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
        <translation>⚠ {kit} em {location}: stock {stock}, BAIXO</translation>
    </message>
</context>
<context>
    <name>SpaceCard</name>
    <message>
        <location filename="../../today_page.py" line="118" />
        <source>At the door</source>
        <translation>Na porta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="146" />
        <source>Nothing on now</source>
        <translation>Nada a decorrer agora</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="152" />
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="153" />
        <source>Now: {title}{cancelled}</source>
        <translation>Agora: {title}{cancelled}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="162" />
        <source>{count} of {capacity}</source>
        <translation>{count} de {capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="167" />
        <source>{count} in</source>
        <translation>{count} dentro</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="169" />
        <source>Headcount of {title}</source>
        <translation>Presenças em {title}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="172" />
        <source>Next: {title}, {times}</source>
        <translation>A seguir: {title}, {times}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="173" />
        <source>Nothing next today</source>
        <translation>Nada mais hoje</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="174" />
        <source>Count at the door for {space}</source>
        <translation>Contar na porta de {space}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../today_page.py" line="470" />
        <location filename="../../today_page.py" line="571" />
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="481" />
        <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
        <translation>Ainda não há ativação. Crie o festival ou a digressão em que trabalha e Hoje mostra os espaços, os kits e a porta.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="483" />
        <source>Create an activation</source>
        <translation>Criar uma ativação</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="494" />
        <source>Now and next</source>
        <translation>Agora e a seguir</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="575" />
        <source>Today · {activation} · {day} {time}</source>
        <translation>Hoje · {activation} · {day} {time}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="607" />
        <source>No spaces yet: add them under Activations.</source>
        <translation>Ainda não há espaços: adicione-os em Ativações.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="608" />
        <source>Open Activations</source>
        <translation>Abrir Ativações</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="611" />
        <source>No sessions today. Plan them in the schedule.</source>
        <translation>Nenhuma sessão hoje. Planeie-as no programa.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="612" />
        <source>Open the schedule</source>
        <translation>Abrir o programa</translation>
    </message>
</context>
<context>
    <name>kit_counter</name>
    <message>
        <location filename="../../kit_counter.py" line="48" />
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="49" />
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="50" />
        <source>Crew</source>
        <translation>Equipa técnica</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="51" />
        <source>Venue staff</source>
        <translation>Pessoal do recinto</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="52" />
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="53" />
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="61" />
        <source>anyone</source>
        <comment>in a sentence: for anyone</comment>
        <translation>qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="63" />
        <source>artists</source>
        <comment>in a sentence: for artists</comment>
        <translation>artistas</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="65" />
        <source>crew</source>
        <comment>in a sentence: for crew</comment>
        <translation>a equipa técnica</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="66" />
        <source>venue staff</source>
        <comment>in a sentence: for venue staff</comment>
        <translation>o pessoal do recinto</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="68" />
        <source>family</source>
        <comment>in a sentence: for family</comment>
        <translation>familiares</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="70" />
        <source>others</source>
        <comment>in a sentence: for others</comment>
        <translation>outras pessoas</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="85" />
        <source>{kit} ×{count} handed out</source>
        <translation>{kit} ×{count} entregue</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="87" />
        <source>{kit} ×{count} handed out · {role}</source>
        <translation>{kit} ×{count} entregue · {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="90" />
        <source>{kit} +{count} received</source>
        <translation>{kit} +{count} recebido</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="93" />
        <source>{kit} count corrected ({change}): {reason}</source>
        <translation>{kit} contagem corrigida ({change}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="99" />
        <source>{time}  {what}</source>
        <translation>{time}  {what}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="102" />
        <source>{what}  — undone</source>
        <translation>{what}  — desfeito</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="119" />
        <source>Undo: {kit} ×{count} ({role}) handed out</source>
        <translation>Desfazer: {kit} ×{count} ({role}) entregue</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="122" />
        <source>Undo: {kit} ×{count} handed out</source>
        <translation>Desfazer: {kit} ×{count} entregue</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="124" />
        <source>Undo: {kit} ({role}) handed out</source>
        <translation>Desfazer: {kit} ({role}) entregue</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="126" />
        <source>Undo: {kit} handed out</source>
        <translation>Desfazer: {kit} entregue</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="128" />
        <source>Undo: {kit} +{count} received</source>
        <translation>Desfazer: {kit} +{count} recebido</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="130" />
        <source>Undo: {kit} count correction ({change})</source>
        <translation>Desfazer: correção da contagem de {kit} ({change})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="133" />
        <source>{what} at {time}</source>
        <translation>{what} às {time}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="146" />
        <source>Type how many, as a whole number</source>
        <translation>Escreva quantos, como número inteiro</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="148" />
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» não é um número inteiro</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="153" />
        <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>Mais de {most}, o máximo que uma entrega pode registar: verifique o número ou registe-o em partes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="158" />
        <source>Hand out at least 1</source>
        <translation>Entregue pelo menos 1</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="161" />
        <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>{count} é mais de {most}, o máximo que uma entrega pode registar: verifique o número ou registe-o em partes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="307" />
        <source>That tap was not counted, so there is nothing to undo</source>
        <translation>Esse toque não foi contado, por isso não há nada para desfazer</translation>
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
        <translation>{count} dentro</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="78" />
        <source>Now: —</source>
        <translation>Agora: —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="79" />
        <source>Next: —</source>
        <translation>A seguir: —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="82" />
        <source>Now: {times} {title} (cancelled)</source>
        <translation>Agora: {times} {title} (cancelada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="84" />
        <source>Next: {times} {title} (cancelled)</source>
        <translation>A seguir: {times} {title} (cancelada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="86" />
        <source>Now: {times} {title} · {people}</source>
        <translation>Agora: {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="88" />
        <source>Next: {times} {title} · {people}</source>
        <translation>A seguir: {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="435" />
        <source>Kits per hour today</source>
        <translation>Kits por hora hoje</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="436" />
        <location filename="../../today_page.py" line="438" />
        <source>No hand-outs yet today</source>
        <translation>Ainda nenhuma entrega hoje</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="437" />
        <source>Kits by type today</source>
        <translation>Kits por tipo hoje</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="440" />
        <source>Attendance against capacity</source>
        <translation>Presença face à lotação</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="441" />
        <source>No sessions today</source>
        <translation>Nenhuma sessão hoje</translation>
    </message>
</context>
</TS>