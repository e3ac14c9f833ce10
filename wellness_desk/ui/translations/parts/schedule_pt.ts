<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../activations_page.py" line="207" />
        <source>Activations: festivals and tours</source>
        <translation>Ativações: festivais e turnês</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="216" />
        <source>&amp;Activations</source>
        <translation>&amp;Ativações</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="220" />
        <location filename="../../activations_page.py" line="356" />
        <source>Activations</source>
        <translation>Ativações</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="225" />
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Places</source>
        <translation>&amp;Locais</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="229" />
        <source>Places of the activation</source>
        <translation>Locais da ativação</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="238" />
        <source>&amp;Use this activation</source>
        <translation>&amp;Usar esta ativação</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="241" />
        <source>&amp;New activation…</source>
        <translation>&amp;Nova ativação…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="243" />
        <location filename="../../activations_page.py" line="334" />
        <source>Add &amp;location…</source>
        <translation>Adicionar &amp;local…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="245" />
        <source>&amp;Capacity and changeover…</source>
        <translation>&amp;Capacidade e troca…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="246" />
        <source>How many people the space holds, and the minutes needed between two sessions there.</source>
        <translation>Quantas pessoas cabem no espaço e os minutos necessários entre duas sessões ali.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="249" />
        <source>&amp;Edit stop…</source>
        <translation>&amp;Editar parada…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="251" />
        <source>&amp;Delete stop…</source>
        <translation>E&amp;xcluir parada…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="254" />
        <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
        <translation>Só uma parada sem nada: nenhum dia de terapia, oficina ou kit registrado.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="265" />
        <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
        <translation>Ainda não há ativação. Uma ativação é um festival ou uma turnê: crie uma e depois adicione suas tendas e salas, ou suas paradas da turnê.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="267" />
        <source>Create an activation</source>
        <translation>Criar uma ativação</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="285" />
        <source>{kind} · {start} to {end} · {zone}</source>
        <translation>{kind} · de {start} a {end} · {zone}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="288" />
        <source>{name}  ✓ current
{details}</source>
        <translation>{name}  ✓ atual
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
        <translation>Capacidade: {capacity}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../activations_page.py" line="322" />
        <source>%n min changeover</source>
        <translation><numerusform>%n min de troca</numerusform><numerusform>%n min de troca</numerusform></translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="332" />
        <source>&amp;Tour stops</source>
        <translation>&amp;Paradas da turnê</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="333" />
        <source>Add a &amp;stop…</source>
        <translation>Adicionar &amp;parada…</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="378" />
        <source>People the space holds (0: no limit):</source>
        <translation>Pessoas que cabem no espaço (0: sem limite):</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="383" />
        <source>Changeover minutes needed between two sessions:</source>
        <translation>Minutos de troca necessários entre duas sessões:</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="408" />
        <source>Delete stop</source>
        <translation>Excluir parada</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="409" />
        <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
        <translation>Excluir a parada {stop}? Isso não pode ser desfeito (adicione de novo se precisar).</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="137" />
        <source>Add location</source>
        <translation>Adicionar local</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="140" />
        <source>A place at {activation}, e.g. Wellness tent</source>
        <translation>Um local de {activation}, ex.: Tenda de bem-estar</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="142" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="147" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>NewActivationDialog</name>
    <message>
        <location filename="../../activations_page.py" line="105" />
        <source>New activation</source>
        <translation>Nova ativação</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="107" />
        <source>e.g. Riverside Sound Festival 2027</source>
        <translation>ex.: Riverside Sound Festival 2027</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="108" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="112" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="114" />
        <location filename="../../activations_page.py" line="116" />
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="115" />
        <location filename="../../activations_page.py" line="117" />
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="116" />
        <source>&amp;First day</source>
        <translation>&amp;Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="117" />
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo dia</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="119" />
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../schedule_page.py" line="61" />
        <location filename="../../schedule_page.py" line="193" />
        <location filename="../../schedule_page.py" line="354" />
        <source>Schedule</source>
        <translation>Programação</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="64" />
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="68" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="73" />
        <source>&amp;New workshop…</source>
        <translation>&amp;Nova oficina…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="76" />
        <source>Add a session to the program (Ctrl+N)</source>
        <translation>Adicionar uma sessão à programação (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="79" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="81" />
        <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
        <translation>Adiciona uma programação inteira de um arquivo CSV (veja as colunas no README). Um arquivo com qualquer linha errada não adiciona nada.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="85" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="86" />
        <source>Export the program</source>
        <translation>Exportar a programação</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="97" />
        <source>Day program</source>
        <translation>Programação do dia</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="98" />
        <source>&amp;Timeline</source>
        <translation>&amp;Linha do tempo</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>S&amp;pace:</source>
        <translation>&amp;Espaço:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="106" />
        <source>Space filter</source>
        <translation>Filtro de espaço</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="107" />
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>F&amp;acilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="108" />
        <source>Facilitator filter</source>
        <translation>Filtro de facilitador</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="122" />
        <source>Sessions of the day</source>
        <translation>Sessões do dia</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="123" />
        <source>Enter or a double click opens a session.</source>
        <translation>Enter ou um clique duplo abre uma sessão.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="131" />
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="134" />
        <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
        <translation>Ainda não há ativação. Crie um festival ou uma turnê em Ativações, adicione seus espaços e planeje a programação aqui.</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="136" />
        <source>Go to Activations</source>
        <translation>Ir para Ativações</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="149" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="150" />
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Headcount</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="151" />
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="155" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="157" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Full</source>
        <translation>Lotada</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="158" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="199" />
        <source>Schedule · {activation}</source>
        <translation>Programação · {activation}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="227" />
        <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
        <translation><numerusform>⚠ %n sessão com conflito neste dia (contorno vermelho; passe o mouse ou abra para ver o motivo)</numerusform><numerusform>⚠ %n sessões com conflito neste dia (contorno vermelho; passe o mouse ou abra uma para ver o motivo)</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="236" />
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="247" />
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="284" />
        <source>Calendar (.ics), whole program…</source>
        <translation>Calendário (.ics), programação completa…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="285" />
        <source>Calendar (.ics), one space</source>
        <translation>Calendário (.ics), um espaço</translation>
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
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="291" />
        <source>Day program PDF ({paper})…</source>
        <translation>PDF da programação do dia ({paper})…</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="295" />
        <source>Import a workshop program</source>
        <translation>Importar uma programação de oficinas</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="296" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="301" />
        <source>Export calendar</source>
        <translation>Exportar calendário</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="302" />
        <source>Calendar (*.ics)</source>
        <translation>Calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="307" />
        <source>Save the day program</source>
        <translation>Salvar a programação do dia</translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="316" />
        <source>Imported %n workshop(s).</source>
        <translation><numerusform>%n oficina importada.</numerusform><numerusform>%n oficinas importadas.</numerusform></translation>
    </message>
    <message>
        <location filename="../../schedule_page.py" line="328" />
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../schedule_page.py" line="336" />
        <source>Saved {path}: %n page(s)</source>
        <translation><numerusform>Salvo {path}: %n página</numerusform><numerusform>Salvo {path}: %n páginas</numerusform></translation>
    </message>
</context>
<context>
    <name>SpaceHeader</name>
    <message>
        <location filename="../../timeline.py" line="438" />
        <source>Spaces: {names}</source>
        <translation>Espaços: {names}</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="453" />
        <source>Holds {capacity}</source>
        <translation>Capacidade: {capacity}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../timeline.py" line="172" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="174" />
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="176" />
        <source>Full</source>
        <translation>Lotada</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="184" />
        <source>Full: </source>
        <translation>Lotada: </translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="188" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="193" />
        <source>%n of {capacity}</source>
        <translation><numerusform>%n de {capacity}</numerusform><numerusform>%n de {capacity}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline.py" line="195" />
        <source>%n person(s)</source>
        <translation><numerusform>%n pessoa</numerusform><numerusform>%n pessoas</numerusform></translation>
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
        <translation>Com {people}</translation>
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
        <translation>Ainda não há espaços: adicione as tendas e salas em Ativações.</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="348" />
        <source>Day timeline</source>
        <translation>Linha do tempo do dia</translation>
    </message>
    <message>
        <location filename="../../timeline.py" line="350" />
        <source>Arrow keys move between sessions; Enter opens the focused one.</source>
        <translation>As setas movem entre as sessões; Enter abre a selecionada.</translation>
    </message>
</context>
<context>
    <name>TourStopDialog</name>
    <message>
        <location filename="../../activations_page.py" line="164" />
        <source>Change {stop}</source>
        <translation>Alterar {stop}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="165" />
        <source>Add a stop to {tour}</source>
        <translation>Adicionar uma parada a {tour}</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="169" />
        <location filename="../../activations_page.py" line="170" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="170" />
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="171" />
        <source>The tour runs {start} to {end}.</source>
        <translation>A turnê vai de {start} a {end}.</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>&amp;City</source>
        <translation>&amp;Cidade</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="175" />
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="177" />
        <source>e.g. US</source>
        <translation>ex.: US</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="178" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>&amp;Venue</source>
        <translation>&amp;Local do show</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="180" />
        <source>Venue</source>
        <translation>Local do show</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="182" />
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>Edit workshop</source>
        <translation>Editar oficina</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="61" />
        <source>New workshop</source>
        <translation>Nova oficina</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="72" />
        <source>e.g. Morning breathwork</source>
        <translation>ex.: Respiração matinal</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="73" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="78" />
        <source>New kind…</source>
        <translation>Novo tipo…</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="79" />
        <source>New kind of session</source>
        <translation>Novo tipo de sessão</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="82" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>S&amp;pace</source>
        <translation>&amp;Espaço</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="86" />
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>&amp;Day</source>
        <translation>&amp;Dia</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="91" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="95" />
        <source>Starts at</source>
        <translation>Começa às</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="98" />
        <source>Ends at</source>
        <translation>Termina às</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="101" />
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="107" />
        <source>T&amp;ime</source>
        <translation>&amp;Horário</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="109" />
        <source>Names, separated by commas</source>
        <translation>Nomes, separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>&amp;Facilitators</source>
        <translation>&amp;Facilitadores</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="110" />
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="114" />
        <source>The space's</source>
        <translation>A do espaço</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="116" />
        <source>People who can take part; 0 uses what the space holds.</source>
        <translation>Pessoas que podem participar; 0 usa a capacidade do espaço.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>&amp;Capacity</source>
        <translation>&amp;Capacidade</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="117" />
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>D&amp;escription</source>
        <translation>D&amp;escrição</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="121" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="123" />
        <source>Every day of the activation at this time</source>
        <translation>Todos os dias da ativação neste horário</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="124" />
        <source>Repeat every day of the activation</source>
        <translation>Repetir todos os dias da ativação</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="126" />
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="140" />
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="143" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="150" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="151" />
        <source>Put &amp;back on</source>
        <translation>&amp;Voltar a programar</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="152" />
        <source>Cancel sessi&amp;on</source>
        <translation>Cancelar s&amp;essão</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="153" />
        <source>&amp;Mark held</source>
        <translation>&amp;Marcar como realizada</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="154" />
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="217" />
        <source>{day} (outside the dates)</source>
        <translation>{day} (fora das datas)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="226" />
        <source>Pick a space first.</source>
        <translation>Escolha um espaço primeiro.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="244" />
        <source>(ends the next day)</source>
        <translation>(termina no dia seguinte)</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="272" />
        <source>You can save anyway; the program keeps the mark until it is fixed.</source>
        <translation>Você pode salvar mesmo assim; a programação mantém a marca até ser corrigida.</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="330" />
        <source>New kind</source>
        <translation>Novo tipo</translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="331" />
        <source>Kind of session (e.g. Drum circle):</source>
        <translation>Tipo de sessão (ex.: Roda de tambores):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_editor.py" line="369" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
        <translation><numerusform>“{title}” começa às {time}, daqui a %n minuto. Marcar como realizada agora?

Você pode desfazer pela porta na página Hoje (“Desfazer (não realizada)”).</numerusform><numerusform>“{title}” começa às {time}, daqui a %n minutos. Marcar como realizada agora?

Você pode desfazer pela porta na página Hoje (“Desfazer (não realizada)”).</numerusform></translation>
    </message>
    <message>
        <location filename="../../workshop_editor.py" line="373" />
        <source>Mark held</source>
        <translation>Marcar como realizada</translation>
    </message>
</context>
<context>
    <name>activations_page</name>
    <message>
        <location filename="../../activations_page.py" line="41" />
        <source>Tent</source>
        <translation>Tenda</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="42" />
        <source>Green room</source>
        <translation>Camarim</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="43" />
        <source>Stage</source>
        <translation>Palco</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="44" />
        <source>Tour stop</source>
        <translation>Parada da turnê</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="45" />
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="55" />
        <source>Tour</source>
        <translation>Turnê</translation>
    </message>
    <message>
        <location filename="../../activations_page.py" line="56" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
</context>
</TS>