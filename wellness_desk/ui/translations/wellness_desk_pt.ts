<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>ActivationsPage</name>
        <message>
            <source>Activations: festivals and tours</source>
            <translation>Ativações: festivais e turnês</translation>
        </message>
        <message>
            <source>&amp;Activations</source>
            <translation>&amp;Ativações</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Ativações</translation>
        </message>
        <message>
            <source>&amp;Places</source>
            <translation>&amp;Locais</translation>
        </message>
        <message>
            <source>Places of the activation</source>
            <translation>Locais da ativação</translation>
        </message>
        <message>
            <source>&amp;Use this activation</source>
            <translation>&amp;Usar esta ativação</translation>
        </message>
        <message>
            <source>&amp;New activation…</source>
            <translation>&amp;Nova ativação…</translation>
        </message>
        <message>
            <source>Add &amp;location…</source>
            <translation>Adicionar &amp;local…</translation>
        </message>
        <message>
            <source>&amp;Capacity and changeover…</source>
            <translation>&amp;Capacidade e troca…</translation>
        </message>
        <message>
            <source>How many people the space holds, and the minutes needed between two sessions there.</source>
            <translation>Quantas pessoas cabem no espaço e os minutos necessários entre duas sessões ali.</translation>
        </message>
        <message>
            <source>&amp;Edit stop…</source>
            <translation>&amp;Editar parada…</translation>
        </message>
        <message>
            <source>&amp;Delete stop…</source>
            <translation>E&amp;xcluir parada…</translation>
        </message>
        <message>
            <source>Only a stop with nothing on it: no therapy day, workshop or kits logged.</source>
            <translation>Só uma parada sem nada: nenhum dia de terapia, oficina ou kit registrado.</translation>
        </message>
        <message>
            <source>No activation yet. An activation is a festival or a tour: create one, then add its tents and rooms, or its tour stops.</source>
            <translation>Ainda não há ativação. Uma ativação é um festival ou uma turnê: crie uma e depois adicione suas tendas e salas, ou suas paradas da turnê.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Criar uma ativação</translation>
        </message>
        <message>
            <source>{kind} · {start} to {end} · {zone}</source>
            <translation>{kind} · de {start} a {end} · {zone}</translation>
        </message>
        <message>
            <source>{name}  ✓ current
{details}</source>
            <translation>{name}  ✓ atual
{details}</translation>
        </message>
        <message>
            <source>{name}
{details}</source>
            <translation>{name}
{details}</translation>
        </message>
        <message>
            <source>{day} · {city}</source>
            <translation>{day} · {city}</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation>Capacidade: {capacity}</translation>
        </message>
        <message numerus="yes">
            <source>%n min changeover</source>
            <translation>
                <numerusform>%n min de troca</numerusform>
                <numerusform>%n min de troca</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Tour stops</source>
            <translation>&amp;Paradas da turnê</translation>
        </message>
        <message>
            <source>Add a &amp;stop…</source>
            <translation>Adicionar &amp;parada…</translation>
        </message>
        <message>
            <source>People the space holds (0: no limit):</source>
            <translation>Pessoas que cabem no espaço (0: sem limite):</translation>
        </message>
        <message>
            <source>Changeover minutes needed between two sessions:</source>
            <translation>Minutos de troca necessários entre duas sessões:</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>Excluir parada</translation>
        </message>
        <message>
            <source>Delete the stop {stop}? This cannot be undone (add it again if needed).</source>
            <translation>Excluir a parada {stop}? Isso não pode ser desfeito (adicione de novo se precisar).</translation>
        </message>
    </context>
    <context>
        <name>AddSlotDialog</name>
        <message>
            <source>Add a slot by hand</source>
            <translation>Adicionar um horário à mão</translation>
        </message>
        <message>
            <source>Slot starts</source>
            <translation>Início do horário</translation>
        </message>
        <message>
            <source>Slot ends</source>
            <translation>Fim do horário</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
    </context>
    <context>
        <name>BackupsGroup</name>
        <message>
            <source>daily</source>
            <translation>diária</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>antes de uma atualização</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cópias de segurança</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Backups of this laptop's database</source>
            <translation>Cópias de segurança da base de dados deste portátil</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Fazer cópia agora</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar uma cópia de segurança</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day and before every upgrade, in {folder}.</source>
            <translation>É feita uma cópia de segurança no primeiro arranque de cada dia e antes de cada atualização, em {folder}.</translation>
        </message>
        <message>
            <source>No backups yet</source>
            <translation>Ainda não há cópias de segurança</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>A fazer a cópia…</translation>
        </message>
        <message>
            <source>Backed up: {file} ({size}).</source>
            <translation>Cópia feita: {file} ({size}).</translation>
        </message>
        <message>
            <source>Wellness Desk backups (*.sqlite3)</source>
            <translation>Cópias de segurança do Wellness Desk (*.sqlite3)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>A verificar {file}…</translation>
        </message>
        <message>
            <source>it cannot be read (damaged?)</source>
            <translation>não se consegue ler (danificada?)</translation>
        </message>
        <message>
            <source>Put back the backup {file}?

It holds: {holds}.

It replaces the current database ({now}). The current database is not deleted: it is kept as {aside} in {folder}.

Wellness Desk closes after the restore; open it again to carry on.</source>
            <translation>Repor a cópia de segurança {file}?

Contém: {holds}.

Substitui a base de dados atual ({now}). A base de dados atual não é apagada: fica guardada como {aside} em {folder}.

O Wellness Desk fecha depois do restauro; abra-o de novo para continuar.</translation>
        </message>
        <message>
            <source>nothing readable</source>
            <translation>nada legível</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
    </context>
    <context>
        <name>BatchProblems</name>
        <message>
            <source>Batch from a locations CSV</source>
            <translation>Lote a partir de um CSV de locais</translation>
        </message>
        <message numerus="yes">
            <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
            <translation>
                <numerusform>{file}: nada foi impresso, %n problema. Corrija o arquivo e escolha-o de novo.</numerusform>
                <numerusform>{file}: nada foi impresso, %n problemas. Corrija o arquivo e escolha-o de novo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problemas no arquivo</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the list of problems</source>
            <translation>Fechar a lista de problemas</translation>
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <source>full name, initials or an alias</source>
            <translation>nome completo, iniciais ou um apelido</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Contact (optional)</source>
            <translation>Contato (opcional)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Names, contacts and notes are stored encrypted.</source>
            <translation>Nomes, contatos e notas são guardados criptografados.</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Acima do orçamento</translation>
        </message>
        <message>
            <source>{reason}.

Book anyway?</source>
            <translation>{reason}.

Reservar mesmo assim?</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Therapy budget</source>
            <translation>Orçamento de terapia</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>ex.: {amount}</translation>
        </message>
        <message>
            <source>e.g. USD</source>
            <translation>ex.: BRL</translation>
        </message>
        <message>
            <source>Amount for the tour</source>
            <translation>Valor para a turnê</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Nothing counted yet</source>
            <translation>Ainda nada contado</translation>
        </message>
        <message>
            <source>{title} ({unit})</source>
            <translation>{title} ({unit})</translation>
        </message>
        <message>
            <source>{category}: {values}</source>
            <translation>{category}: {values}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{series} {value}</source>
            <translation>{series} {value}</translation>
        </message>
        <message>
            <source>{title}: {empty}</source>
            <translation>{title}: {empty}</translation>
        </message>
        <message>
            <source>{category} {values}</source>
            <translation>{category} {values}</translation>
        </message>
        <message>
            <source>{title}: {figures}</source>
            <translation>{title}: {figures}</translation>
        </message>
        <message>
            <source>Kits handed out today per hour</source>
            <translation>Kits entregues hoje por hora</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Ainda nenhuma entrega hoje</translation>
        </message>
        <message>
            <source>kits</source>
            <translation>kits</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to a hub</source>
            <translation>Ligar a um hub</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of &lt;b&gt;{activation}&lt;/b&gt;: never names, contacts or notes.</source>
            <translation>Um coordenador cria no hub um código de inscrição de uso único (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Com ele, este portátil envia as contagens anónimas de &lt;b&gt;{activation}&lt;/b&gt;: nunca nomes, contactos ou notas.</translation>
        </message>
        <message>
            <source>A coordinator makes a one-time enrolment code on the hub (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). With it, this laptop sends the anonymous counts of the current activation: never names, contacts or notes.</source>
            <translation>Um coordenador cria no hub um código de inscrição de uso único (&lt;tt&gt;wellness-hub enroll --activation …&lt;/tt&gt;). Com ele, este portátil envia as contagens anónimas da ativação atual: nunca nomes, contactos ou notas.</translation>
        </message>
        <message>
            <source>e.g. https://hub.example.org</source>
            <translation>p. ex. https://hub.example.org</translation>
        </message>
        <message>
            <source>Sync hub address</source>
            <translation>Endereço do hub de sincronização</translation>
        </message>
        <message>
            <source>Sync hub &amp;address</source>
            <translation>&amp;Endereço do hub de sincronização</translation>
        </message>
        <message>
            <source>e.g. K7QF-2MXD-9PLA</source>
            <translation>p. ex. K7QF-2MXD-9PLA</translation>
        </message>
        <message>
            <source>Case and dashes do not matter. A code works once.</source>
            <translation>Maiúsculas e hífenes não importam. Cada código funciona uma só vez.</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Código de inscrição</translation>
        </message>
        <message>
            <source>Enrolment &amp;code</source>
            <translation>&amp;Código de inscrição</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Ligar</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>A ligar…</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Noted, thank you: it will be re-checked.</source>
            <translation>Anotado, obrigado: será verificado de novo.</translation>
        </message>
        <message>
            <source>This number did not work</source>
            <translation>Este número não funcionou</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>✕ Stale: not verified for over a year</source>
            <translation>✕ Desatualizado: sem verificação há mais de um ano</translation>
        </message>
        <message>
            <source>⚠ Verified over 6 months ago</source>
            <translation>⚠ Verificado há mais de 6 meses</translation>
        </message>
        <message>
            <source>Report that {number} did not work</source>
            <translation>Informar que {number} não funcionou</translation>
        </message>
        <message>
            <source>Copy {number} ({kind}, {name})</source>
            <translation>Copiar {number} ({kind}, {name})</translation>
        </message>
        <message>
            <source>{name}, {kind}, {number}, {open}</source>
            <translation>{name}, {kind}, {number}, {open}</translation>
        </message>
    </context>
    <context>
        <name>CorrectCountDialog</name>
        <message>
            <source>Correct count</source>
            <translation>Corrigir contagem</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contados</translation>
        </message>
        <message>
            <source>{kit} in the box at {location}</source>
            <translation>{kit} na caixa em {location}</translation>
        </message>
        <message>
            <source>The books say {count}.</source>
            <translation>O registo diz {count}.</translation>
        </message>
        <message>
            <source>recount</source>
            <translation>recontagem</translation>
        </message>
        <message>
            <source>Why was the count off?</source>
            <translation>Porque é que a contagem não batia certo?</translation>
        </message>
        <message>
            <source>&amp;Why was the count off?</source>
            <translation>&amp;Porque é que a contagem não batia certo?</translation>
        </message>
    </context>
    <context>
        <name>CountryCardDialog</name>
        <message>
            <source>Country card</source>
            <translation>Cartão do país</translation>
        </message>
        <message>
            <source>two letters, e.g. CA</source>
            <translation>duas letras, p. ex. CA</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>Country, two letters</source>
            <translation>País, duas letras</translation>
        </message>
        <message>
            <source>C&amp;ards</source>
            <translation>&amp;Cartões</translation>
        </message>
        <message>
            <source>Number of cards</source>
            <translation>Número de cartões</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
            <translation>Dez cartões por folha com marcas de corte; uma segunda página traz o verso em um segundo idioma, para imprimir frente e verso.</translation>
        </message>
    </context>
    <context>
        <name>DoorPanel</name>
        <message>
            <source>Door</source>
            <translation>Porta</translation>
        </message>
        <message>
            <source>FULL</source>
            <translation>LOTADO</translation>
        </message>
        <message>
            <source>Take one person off the door count</source>
            <translation>Retirar uma pessoa da contagem da porta</translation>
        </message>
        <message>
            <source>Add one person at the door</source>
            <translation>Adicionar uma pessoa na porta</translation>
        </message>
        <message>
            <source>Take one person off the waitlist</source>
            <translation>Retirar uma pessoa da lista de espera</translation>
        </message>
        <message>
            <source>Add one person to the waitlist</source>
            <translation>Adicionar uma pessoa à lista de espera</translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Marcar como realizada</translation>
        </message>
        <message>
            <source>No session now or later today in this space.</source>
            <translation>Nenhuma sessão agora nem mais tarde hoje neste espaço.</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · cancelled</source>
            <translation>{kind} · {times} em {space} · cancelada</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space} · held</source>
            <translation>{kind} · {times} em {space} · realizada</translation>
        </message>
        <message>
            <source>{kind} · {times} in {space}</source>
            <translation>{kind} · {times} em {space}</translation>
        </message>
        <message>
            <source>{count} / {capacity}</source>
            <translation>{count} / {capacity}</translation>
        </message>
        <message>
            <source>At the door: {count}</source>
            <translation>Na porta: {count}</translation>
        </message>
        <message>
            <source>Count newcomers on the waitlist</source>
            <translation>Conte quem chegar na lista de espera</translation>
        </message>
        <message>
            <source>Put back (not held)</source>
            <translation>Desfazer (não realizada)</translation>
        </message>
        <message>
            <source>Walk-ins waiting: {count}</source>
            <translation>Pessoas sem reserva à espera: {count}</translation>
        </message>
        <message>
            <source>FULL: {title}. Count newcomers on the waitlist</source>
            <translation>LOTADO: {title}. Conte quem chegar na lista de espera</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
            <translation>
                <numerusform>«{title}» começa às {time}, daqui a %n minuto. Marcar já como realizada?

Pode desfazer com «Desfazer (não realizada)».</numerusform>
                <numerusform>«{title}» começa às {time}, daqui a %n minutos. Marcar já como realizada?

Pode desfazer com «Desfazer (não realizada)».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Include personal details (names, contacts and notes of therapy bookings)</source>
            <translation>Incluir dados pessoais (nomes, contactos e notas das marcações de terapia)</translation>
        </message>
        <message>
            <source>These files will hold the names and contacts of people in therapy. Keep them on this laptop: never email, upload or share them, and delete them when you are done.</source>
            <translation>Estes ficheiros vão conter os nomes e contactos de pessoas em terapia. Mantenha-os neste portátil: nunca os envie por e-mail, carregue ou partilhe, e apague-os quando terminar.</translation>
        </message>
        <message>
            <source>To include personal details, unlock the Therapy days section first.</source>
            <translation>Para incluir dados pessoais, desbloqueie primeiro a secção Dias de terapia.</translation>
        </message>
        <message>
            <source>The Therapy days section locked itself: unlock it to include personal details, or export without them (nothing was written)</source>
            <translation>A secção Dias de terapia bloqueou-se sozinha: desbloqueie-a para incluir dados pessoais, ou exporte sem eles (nada foi escrito)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Escolher a pasta</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Pasta</translation>
        </message>
        <message>
            <source>The anonymous counts (aggregates.csv) are the file to share: therapy figures under 5 are shown as &lt;5. The other files are this laptop's own logs. A README.txt in the folder says what each file holds.</source>
            <translation>As contagens anónimas (aggregates.csv) são o ficheiro a partilhar: os números de terapia abaixo de 5 aparecem como &lt;5. Os outros ficheiros são os registos próprios deste portátil. Um README.txt na pasta diz o que cada ficheiro contém.</translation>
        </message>
        <message>
            <source>Export CSV into</source>
            <translation>Exportar CSV para</translation>
        </message>
        <message>
            <source>Folder: choose where to export</source>
            <translation>Pasta: escolha para onde exportar</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>A exportar…</translation>
        </message>
    </context>
    <context>
        <name>HandOutSeveralDialog</name>
        <message>
            <source>Hand out several</source>
            <translation>Entregar vários</translation>
        </message>
        <message>
            <source>{kit}: how many went over the table at once?</source>
            <translation>{kit}: quantos foram entregues de uma vez?</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Para:</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>Quantos</translation>
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation>&amp;Quantos:</translation>
        </message>
        <message>
            <source>Hand out {count} × {kit} for {role}?</source>
            <translation>Entregar {count} × {kit} para {role}?</translation>
        </message>
        <message>
            <source>{question}

That is more than {most} at once.</source>
            <translation>{question}

São mais de {most} de uma vez.</translation>
        </message>
    </context>
    <context>
        <name>HelpLineBanner</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Set the help line…</source>
            <translation>Definir a linha de apoio…</translation>
        </message>
        <message>
            <source>Set the industry help line in Settings</source>
            <translation>Definir a linha de apoio do setor nas Configurações</translation>
        </message>
        <message>
            <source>24/7 music-industry help line</source>
            <translation>Linha de apoio 24/7 da indústria musical</translation>
        </message>
        <message>
            <source>Copy the help line number {number}</source>
            <translation>Copiar o número da linha de apoio {number}</translation>
        </message>
        <message>
            <source>Help line: {name}, {number}</source>
            <translation>Linha de apoio: {name}, {number}</translation>
        </message>
        <message>
            <source>No help line set</source>
            <translation>Nenhuma linha de apoio definida</translation>
        </message>
        <message>
            <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
            <translation>A linha de apoio 24/7 do setor ainda não foi definida: defina-a para que apareça aqui e seja impressa em todos os cartões.</translation>
        </message>
        <message>
            <source>No industry help line is set</source>
            <translation>Nenhuma linha de apoio do setor definida</translation>
        </message>
    </context>
    <context>
        <name>KitCataloguePage</name>
        <message>
            <source>Kit catalogue and stock</source>
            <translation>Catálogo de kits e stock</translation>
        </message>
        <message>
            <source>No kits yet. Add what the tent hands out (earplugs, water, condoms…): each kit becomes a tile on the kit counter.</source>
            <translation>Ainda não há kits. Adicione o que a tenda distribui (tampões, água, preservativos…): cada kit torna-se um botão no contador de kits.</translation>
        </message>
        <message>
            <source>Add kit…</source>
            <translation>Adicionar kit…</translation>
        </message>
        <message>
            <source>Kits and their stock</source>
            <translation>Kits e o seu stock</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Mudar o nome…</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Cor…</translation>
        </message>
        <message>
            <source>Low-stock level…</source>
            <translation>Nível de stock baixo…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Stock at</source>
            <translation>Stock em</translation>
        </message>
        <message>
            <source>&amp;Stock at:</source>
            <translation>&amp;Stock em:</translation>
        </message>
        <message>
            <source>Receive stock…</source>
            <translation>Receber stock…</translation>
        </message>
        <message>
            <source>Correct count…</source>
            <translation>Corrigir contagem…</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>Low-stock at</source>
            <translation>Baixo a partir de</translation>
        </message>
        <message>
            <source>Stock · {location}</source>
            <translation>Stock · {location}</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Colour of {kit}: {colour}</source>
            <translation>Cor de {kit}: {colour}</translation>
        </message>
        <message>
            <source>Below zero: more handed out than received. Count the box.</source>
            <translation>Abaixo de zero: distribuiu-se mais do que se recebeu. Conte a caixa.</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Stock baixo</translation>
        </message>
        <message>
            <source>{count}: {warning}</source>
            <translation>{count}: {warning}</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retirado</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>em uso</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Repor</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Catálogo de kits</translation>
        </message>
    </context>
    <context>
        <name>KitColourDialog</name>
        <message>
            <source>Colour of {kit}</source>
            <translation>Cor de {kit}</translation>
        </message>
        <message>
            <source>Other colour…</source>
            <translation>Outra cor…</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <source>Use this colour</source>
            <translation>Usar esta cor</translation>
        </message>
        <message>
            <source>{colour} ({code})</source>
            <translation>{colour} ({code})</translation>
        </message>
    </context>
    <context>
        <name>KitCounterPage</name>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Local:</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Next tap is for:</source>
            <translation>O próximo toque é para:</translation>
        </message>
        <message>
            <source>Next tap is for: {role}</source>
            <translation>O próximo toque é para: {role}</translation>
        </message>
        <message>
            <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
            <translation>O próximo toque num bloco é registado para este perfil e depois volta a «Qualquer pessoa»</translation>
        </message>
        <message>
            <source>Today per hour</source>
            <translation>Hoje por hora</translation>
        </message>
        <message>
            <source>Recent actions</source>
            <translation>Ações recentes</translation>
        </message>
        <message>
            <source>Undo selected</source>
            <translation>Desfazer a selecionada</translation>
        </message>
        <message>
            <source>Undo the selected action</source>
            <translation>Desfazer a ação selecionada</translation>
        </message>
        <message>
            <source>Undo the last tap (Ctrl+Z)</source>
            <translation>Desfazer o último toque (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Contador de kits</translation>
        </message>
        <message>
            <source>No activation yet. Create one under Activations.</source>
            <translation>Ainda não há ativação. Crie uma em Ativações.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Abrir Ativações</translation>
        </message>
        <message>
            <source>This activation has no location yet. Add one under Activations.</source>
            <translation>Esta ativação ainda não tem local. Adicione um em Ativações.</translation>
        </message>
        <message>
            <source>No kit types yet. Add some under Kit catalogue.</source>
            <translation>Ainda não há tipos de kit. Adicione-os no Catálogo de kits.</translation>
        </message>
        <message>
            <source>Open the kit catalogue</source>
            <translation>Abrir o catálogo de kits</translation>
        </message>
        <message>
            <source>{activation} · {location}</source>
            <translation>{activation} · {location}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out today</source>
            <translation>
                <numerusform>%Ln kit entregue hoje</numerusform>
                <numerusform>%Ln kits entregues hoje</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit}, {time}</source>
            <translation>
                <numerusform>Desfazer: %Ln × {kit}, {time}</numerusform>
                <numerusform>Desfazer: %Ln × {kit}, {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: %Ln × {kit} for {role}, {time}</source>
            <translation>
                <numerusform>Desfazer: %Ln × {kit} para {role}, {time}</numerusform>
                <numerusform>Desfazer: %Ln × {kit} para {role}, {time}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nada para desfazer</translation>
        </message>
        <message>
            <source>Undo: nothing to undo</source>
            <translation>Desfazer: nada para desfazer</translation>
        </message>
        <message numerus="yes">
            <source>No tile {key}: there are %Ln kit(s)</source>
            <translation>
                <numerusform>Não há bloco {key}: há %Ln kit</numerusform>
                <numerusform>Não há bloco {key}: há %Ln kits</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
            <translation>Contado: {kit} ×{count} · stock {stock} · abaixo de zero: conte a caixa</translation>
        </message>
        <message>
            <source>Counted: {kit} ×{count} · stock {stock}</source>
            <translation>Contado: {kit} ×{count} · stock {stock}</translation>
        </message>
        <message>
            <source>Not counted: {reason}</source>
            <translation>Não contado: {reason}</translation>
        </message>
        <message>
            <source>Not undone: the hand-out still counts</source>
            <translation>Não desfeito: a entrega continua a contar</translation>
        </message>
        <message>
            <source>Not undone: {reason}</source>
            <translation>Não desfeito: {reason}</translation>
        </message>
        <message>
            <source>Counting at {location} ({activation})</source>
            <translation>A contar em {location} ({activation})</translation>
        </message>
        <message>
            <source>Undone: {kit} ×{count} handed out</source>
            <translation>Desfeito: {kit} ×{count} entregue</translation>
        </message>
        <message>
            <source>Undone: {kit} stock {change}</source>
            <translation>Desfeito: {kit} stock {change}</translation>
        </message>
        <message>
            <source>Hand out one to {role}</source>
            <translation>Entregar um a {role}</translation>
        </message>
        <message>
            <source>Hand out several…</source>
            <translation>Entregar vários…</translation>
        </message>
    </context>
    <context>
        <name>KitNameDialog</name>
        <message>
            <source>Rename kit</source>
            <translation>Mudar o nome do kit</translation>
        </message>
        <message>
            <source>Add kit</source>
            <translation>Adicionar kit</translation>
        </message>
        <message>
            <source>e.g. Earplugs</source>
            <translation>p. ex. Tampões para os ouvidos</translation>
        </message>
        <message>
            <source>Kit name</source>
            <translation>Nome do kit</translation>
        </message>
        <message>
            <source>Kit &amp;name</source>
            <translation>&amp;Nome do kit</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Mudar o nome</translation>
        </message>
    </context>
    <context>
        <name>KitTileButton</name>
        <message>
            <source>Key {key} · stock {stock} · below zero, count the box</source>
            <translation>Tecla {key} · stock {stock} · abaixo de zero, conte a caixa</translation>
        </message>
        <message>
            <source>Stock {stock} · below zero, count the box</source>
            <translation>Stock {stock} · abaixo de zero, conte a caixa</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock} · LOW</source>
            <translation>Tecla {key} · stock {stock} · BAIXO</translation>
        </message>
        <message>
            <source>Stock {stock} · LOW</source>
            <translation>Stock {stock} · BAIXO</translation>
        </message>
        <message>
            <source>Key {key} · stock {stock}</source>
            <translation>Tecla {key} · stock {stock}</translation>
        </message>
        <message>
            <source>Stock {stock}</source>
            <translation>Stock {stock}</translation>
        </message>
        <message>
            <source>Tap to log one {kit} handed out. Right-click for more.</source>
            <translation>Toque para registar uma entrega de {kit}. Clique com o botão direito para mais.</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
            <translation>{kit}: {today} hoje, stock {stock}, abaixo de zero: conte a caixa</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}, low</source>
            <translation>{kit}: {today} hoje, stock {stock}, baixo</translation>
        </message>
        <message>
            <source>{kit}: {today} today, stock {stock}</source>
            <translation>{kit}: {today} hoje, stock {stock}</translation>
        </message>
    </context>
    <context>
        <name>KitsTodayBox</name>
        <message>
            <source>Kits today</source>
            <translation>Kits de hoje</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kit(s) handed out</source>
            <translation>
                <numerusform>%Ln kit entregue</numerusform>
                <numerusform>%Ln kits entregues</numerusform>
            </translation>
        </message>
        <message>
            <source>{kit}: {count}</source>
            <translation>{kit}: {count}</translation>
        </message>
        <message>
            <source>No kit types yet.</source>
            <translation>Ainda não há tipos de kit.</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
            <translation>⚠ {kit} em {location}: stock {stock}, abaixo de zero: conte a caixa</translation>
        </message>
        <message>
            <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
            <translation>⚠ {kit} em {location}: stock {stock}, BAIXO</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Add location</source>
            <translation>Adicionar local</translation>
        </message>
        <message>
            <source>A place at {activation}, e.g. Wellness tent</source>
            <translation>Um local de {activation}, ex.: Tenda de bem-estar</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>LowStockDialog</name>
        <message>
            <source>Low-stock level</source>
            <translation>Nível de stock baixo</translation>
        </message>
        <message>
            <source>Warn when {kit} stock is at or below</source>
            <translation>Avisar quando o stock de {kit} chegar a ou ficar abaixo de</translation>
        </message>
    </context>
    <context>
        <name>LunchRow</name>
        <message>
            <source>Lunch</source>
            <translation>Almoço</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Intervalo de almoço</translation>
        </message>
        <message>
            <source>Lunch starts</source>
            <translation>Início do almoço</translation>
        </message>
        <message>
            <source>Lunch ends</source>
            <translation>Fim do almoço</translation>
        </message>
        <message>
            <source>to</source>
            <translation>até</translation>
        </message>
    </context>
    <context>
        <name>NewActivationDialog</name>
        <message>
            <source>New activation</source>
            <translation>Nova ativação</translation>
        </message>
        <message>
            <source>e.g. Riverside Sound Festival 2027</source>
            <translation>ex.: Riverside Sound Festival 2027</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primeiro dia</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último dia</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Primeiro dia</translation>
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation>Ú&amp;ltimo dia</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Fuso horário</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
    </context>
    <context>
        <name>NewDayDialog</name>
        <message>
            <source>New therapy day</source>
            <translation>Novo dia de terapia</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Parada da turnê</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Terapeuta</translation>
        </message>
        <message>
            <source>e.g. LCSW, licensed in NY</source>
            <translation>ex.: psicóloga, CRP 06/12345</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Qualificação</translation>
        </message>
        <message>
            <source>phone or email (kept encrypted)</source>
            <translation>telefone ou e-mail (guardado criptografado)</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contato</translation>
        </message>
        <message>
            <source>Provider's contact</source>
            <translation>Contato do terapeuta</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>A distância</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <source>e.g. {amount}</source>
            <translation>ex.: {amount}</translation>
        </message>
        <message>
            <source>Cost per session</source>
            <translation>Custo por sessão</translation>
        </message>
        <message>
            <source>Cost per day</source>
            <translation>Custo por dia</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Change the day's plan</source>
            <translation>Alterar o plano do dia</translation>
        </message>
        <message>
            <source>Booked slots do not fit</source>
            <translation>Horários reservados não cabem</translation>
        </message>
        <message>
            <source>Keep those slots</source>
            <translation>Manter esses horários</translation>
        </message>
        <message>
            <source>Cancel those bookings</source>
            <translation>Cancelar essas reservas</translation>
        </message>
        <message>
            <source>Leave the day as it is</source>
            <translation>Deixar o dia como está</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>What will be sent</source>
            <translation>O que será enviado</translation>
        </message>
        <message>
            <source>Nothing waits to be sent: the hub already holds every count.</source>
            <translation>Nada está à espera de envio: o hub já tem todas as contagens.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln count cell(s), exactly as they will be sent (compressed with gzip on the way).</source>
            <translation>
                <numerusform>%Ln célula de contagem, exatamente como será enviada (comprimida com gzip pelo caminho).</numerusform>
                <numerusform>%Ln células de contagem, exatamente como serão enviadas (comprimidas com gzip pelo caminho).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They go to the hub in %Ln batch(es).</source>
            <translation>
                <numerusform>Vão para o hub em %Ln lote.</numerusform>
                <numerusform>Vão para o hub em %Ln lotes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln batch(es) are shown.</source>
            <translation>
                <numerusform>Mostra-se o primeiro lote.</numerusform>
                <numerusform>Mostram-se os primeiros %Ln lotes.</numerusform>
            </translation>
        </message>
        <message>
            <source>What will be sent, exactly</source>
            <translation>O que será enviado, tal e qual</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print cards and signs</source>
            <translation>Imprimir cartões e cartazes</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Modelo</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language of the card</source>
            <translation>Idioma do cartão</translation>
        </message>
        <message>
            <source>e.g. green-room-chicago-2026</source>
            <translation>p. ex. green-room-chicago-2026</translation>
        </message>
        <message>
            <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
            <translation>Adicionada ao link (?src=…) para que o hub conte quais cartazes são escaneados.</translation>
        </message>
        <message>
            <source>T&amp;ag</source>
            <translation>&amp;Etiqueta</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>&amp;Copies</source>
            <translation>&amp;Cópias</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Cópias</translation>
        </message>
        <message>
            <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
            <translation>Um código ú&amp;nico em cada cartão (&amp;&amp;c=0001…)</translation>
        </message>
        <message>
            <source>A unique code on every card</source>
            <translation>Um código único em cada cartão</translation>
        </message>
        <message>
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <source>what the paper serves</source>
            <translation>o que o papel permite</translation>
        </message>
        <message>
            <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
            <translation>De que distância se escaneia um cartaz: o código deve ter pelo menos um décimo dessa largura. Em 0: até onde o código no papel escolhido alcança.</translation>
        </message>
        <message>
            <source>Scan &amp;distance (signs)</source>
            <translation>&amp;Distância de leitura (cartazes)</translation>
        </message>
        <message>
            <source>Scan distance, in metres</source>
            <translation>Distância de leitura, em metros</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sem logotipo</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Escolher um arquivo…</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>L&amp;ogotipo</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <source>In the &amp;middle of the QR code (stronger error correction)</source>
            <translation>No &amp;centro do código QR (correção de erros mais forte)</translation>
        </message>
        <message>
            <source>Logo in the middle of the QR code</source>
            <translation>Logotipo no centro do código QR</translation>
        </message>
        <message>
            <source>choose one in Resources: Print a card for this</source>
            <translation>escolha um em Recursos: Imprimir um cartão disto</translation>
        </message>
        <message>
            <source>The number comes from the resource directory, as checked there.</source>
            <translation>O número vem do diretório de recursos, como foi verificado lá.</translation>
        </message>
        <message>
            <source>&amp;Resource</source>
            <translation>&amp;Recurso</translation>
        </message>
        <message>
            <source>Resource name</source>
            <translation>Nome do recurso</translation>
        </message>
        <message>
            <source>&amp;Number</source>
            <translation>&amp;Número</translation>
        </message>
        <message>
            <source>Resource number</source>
            <translation>Número do recurso</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Horário</translation>
        </message>
        <message>
            <source>Resource hours</source>
            <translation>Horário do recurso</translation>
        </message>
        <message>
            <source>Why it cannot print</source>
            <translation>Por que não é possível imprimir</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Salvar PDF…</translation>
        </message>
        <message>
            <source>Save the cards as a PDF (Ctrl+S)</source>
            <translation>Salvar os cartões como PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>Send the cards to a printer (Ctrl+P)</source>
            <translation>Enviar os cartões para uma impressora (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Batch from a locations CSV…</source>
            <translation>&amp;Lote a partir de um CSV de locais…</translation>
        </message>
        <message>
            <source>From the resource directory</source>
            <translation>Do diretório de recursos</translation>
        </message>
        <message>
            <source>Tour s&amp;heet…</source>
            <translation>&amp;Folha da turnê…</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines</source>
            <translation>A data e a cidade de cada parada com as linhas de crise do seu país</translation>
        </message>
        <message>
            <source>Country car&amp;d…</source>
            <translation>Car&amp;tão do país…</translation>
        </message>
        <message>
            <source>Wallet cards with one country's crisis lines</source>
            <translation>Cartões de bolso com as linhas de crise de um país</translation>
        </message>
        <message>
            <source>Save the cards as a PDF</source>
            <translation>Salvar os cartões como PDF</translation>
        </message>
        <message>
            <source>Print the cards</source>
            <translation>Imprimir os cartões</translation>
        </message>
        <message>
            <source>Batch signs from a locations CSV</source>
            <translation>Cartazes em lote a partir de um CSV de locais</translation>
        </message>
        <message>
            <source>Tour sheet from the resource directory</source>
            <translation>Folha da turnê do diretório de recursos</translation>
        </message>
        <message>
            <source>Country card from the resource directory</source>
            <translation>Cartão do país do diretório de recursos</translation>
        </message>
        <message>
            <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
            <translation>Nenhum número de linha de apoio definido: estes cartões e cartazes serão impressos sem linha de apoio. Defina-o em Arquivo → Configurações → Linha de apoio.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pré-visualização</translation>
        </message>
        <message>
            <source>Preview of the first page</source>
            <translation>Pré-visualização da primeira página</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Nada para imprimir</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Escolher um logotipo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg)</source>
            <translation>Imagens (*.png *.jpg)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Salvo em {path}</translation>
        </message>
        <message>
            <source>this paper</source>
            <translation>este papel</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
            <translation>Em {paper} o código tem {size} cm: é lido a cerca de {reach} m ({asked} m pedidos).</translation>
        </message>
        <message>
            <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
            <translation>Em {paper} o código tem {size} cm: é lido a cerca de {reach} m, a distância para a qual é impresso.</translation>
        </message>
        <message>
            <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
            <translation>Ainda não há recurso no cartão: em Recursos, encontre a linha e clique em “Imprimir um cartão disto”.</translation>
        </message>
        <message>
            <source>Print wallet cards instead</source>
            <translation>Imprimir cartões de bolso</translation>
        </message>
        <message>
            <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
            <translation>Ainda não há nada para imprimir: do jeito que está, o trabalho sairia mal impresso. O que corrigir aparece abaixo do formulário.</translation>
        </message>
        <message>
            <source>Back to the defaults</source>
            <translation>Voltar aos valores padrão</translation>
        </message>
        <message>
            <source>Save cards</source>
            <translation>Salvar cartões</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The last print is still being saved or sent: try again once it is done.</source>
            <translation>A última impressão ainda está sendo salva ou enviada: tente de novo quando terminar.</translation>
        </message>
        <message>
            <source>Locations CSV</source>
            <translation>CSV de locais</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Save the signs of %n location(s)</source>
            <translation>
                <numerusform>Salvar os cartazes de %n local</numerusform>
                <numerusform>Salvar os cartazes de %n locais</numerusform>
            </translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
            <translation>Impresso uma vez: códigos únicos nunca se repetem, então defina mais cópias nesta página e não na janela de impressão.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Não foi possível iniciar a impressora.</translation>
        </message>
        <message>
            <source>Printing stopped, nothing recorded. {problem}</source>
            <translation>A impressão parou, nada foi registrado. {problem}</translation>
        </message>
        <message>
            <source>Sent to the printer. {note}</source>
            <translation>Enviado para a impressora. {note}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado para a impressora.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveStockDialog</name>
        <message>
            <source>Receive stock</source>
            <translation>Receber stock</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recebidos</translation>
        </message>
        <message>
            <source>{kit} received at {location}</source>
            <translation>{kit} recebidos em {location}</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Receber</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Activation report</source>
            <translation>Relatório da ativação</translation>
        </message>
        <message>
            <source>Make PDF</source>
            <translation>Criar PDF</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Até</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Todos os locais</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Local</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Língua do relatório</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Língua</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ficheiro</translation>
        </message>
        <message>
            <source>where to save the PDF</source>
            <translation>onde guardar o PDF</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Escolher o ficheiro</translation>
        </message>
        <message>
            <source>F&amp;ile</source>
            <translation>F&amp;icheiro</translation>
        </message>
        <message>
            <source>Headline totals against their targets, charts with their tables, a table per day and what changed since the last report. Therapy figures under 5 are not shown.</source>
            <translation>Totais principais face às metas, gráficos com as suas tabelas, uma tabela por dia e o que mudou desde o último relatório. Os números de terapia abaixo de 5 não são mostrados.</translation>
        </message>
        <message>
            <source>{activation} report.pdf</source>
            <translation>Relatório {activation}.pdf</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>ativação</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>No activation yet: create one in Activations</source>
            <translation>Ainda não há ativação: crie uma em Ativações</translation>
        </message>
        <message>
            <source>File: say where to save the PDF</source>
            <translation>Ficheiro: indique onde guardar o PDF</translation>
        </message>
    </context>
    <context>
        <name>ResourcePrintDialog</name>
        <message>
            <source>Save PDF…</source>
            <translation>Salvar PDF…</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months (marked so)</source>
            <translation>Também as linhas sem nova verificação há 12 meses (marcadas assim)</translation>
        </message>
        <message>
            <source>Also lines not re-checked for 12 months</source>
            <translation>Também as linhas sem nova verificação há 12 meses</translation>
        </message>
        <message>
            <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
            <translation>Uma linha verificada pela última vez há mais de 12 meses fica fora do papel, a menos que isto esteja marcado; então é impressa com a nota “sem nova verificação desde &lt;data&gt;”.</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problema em {field}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Reading the directory…</source>
            <translation>Lendo o diretório…</translation>
        </message>
        <message>
            <source>Directory edition</source>
            <translation>Edição do diretório</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Todos os países</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Qualquer idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Qualquer tipo</translation>
        </message>
        <message>
            <source>Kind of resource</source>
            <translation>Tipo de recurso</translation>
        </message>
        <message>
            <source>Search a name, a need, a city… (just type)</source>
            <translation>Busque um nome, uma necessidade, uma cidade… (é só digitar)</translation>
        </message>
        <message>
            <source>Search the resources</source>
            <translation>Buscar nos recursos</translation>
        </message>
        <message>
            <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
            <translation>Enter copia o primeiro número; Cima e Baixo percorrem os resultados; Esc limpa os filtros</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Aberto agora</translation>
        </message>
        <message>
            <source>Only what is open now</source>
            <translation>Só o que está aberto agora</translation>
        </message>
        <message>
            <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
            <translation>Enter copia o primeiro número · ↑ ↓ percorrem os resultados · Esc limpa os filtros</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Limpar a busca e os filtros</translation>
        </message>
        <message>
            <source>Show the rest of the results</source>
            <translation>Mostrar o restante dos resultados</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <source>The directory has no entry for {country}.</source>
            <translation>O diretório não tem nenhuma entrada para {country}.</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Limpar os filtros</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more result(s)</source>
            <translation>
                <numerusform>Mostrar mais %n resultado</numerusform>
                <numerusform>Mostrar mais %n resultados</numerusform>
            </translation>
        </message>
        <message>
            <source>These lines go together</source>
            <translation>Estas linhas andam juntas</translation>
        </message>
        <message>
            <source>Paired lines: {names}</source>
            <translation>Linhas em par: {names}</translation>
        </message>
        <message>
            <source>any country</source>
            <translation>qualquer país</translation>
        </message>
        <message>
            <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
            <translation>Nada corresponde a “{words}” em {where}. Tente menos letras ou limpe os filtros; a linha de apoio acima está sempre lá.</translation>
        </message>
        <message>
            <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
            <translation>Nenhum recurso em {where} com estes filtros. Limpe-os para ver mais; a linha de apoio acima está sempre lá.</translation>
        </message>
        <message>
            <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
            <translation>O diretório ainda não tem recursos: eles vêm com o aplicativo e a cada sincronização. A linha de apoio acima está sempre lá.</translation>
        </message>
        <message>
            <source>Filters cleared: every resource in the directory</source>
            <translation>Filtros limpos: todos os recursos do diretório</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>sem número</translation>
        </message>
        <message>
            <source>{position} of {count}: {name}, {number}</source>
            <translation>{position} de {count}: {name}, {number}</translation>
        </message>
        <message>
            <source>Copied {number}: {kind}, {name}</source>
            <translation>Copiado {number}: {kind}, {name}</translation>
        </message>
        <message>
            <source>Nothing to copy: no result.</source>
            <translation>Nada para copiar: nenhum resultado.</translation>
        </message>
        <message>
            <source>{name} lists no number.</source>
            <translation>{name} não informa nenhum número.</translation>
        </message>
        <message>
            <source>Copied {number}: {name}</source>
            <translation>Copiado {number}: {name}</translation>
        </message>
        <message>
            <source>{name} is a favourite: shown first</source>
            <translation>{name} é um favorito: aparece primeiro</translation>
        </message>
        <message>
            <source>{name} is no longer a favourite</source>
            <translation>{name} não é mais um favorito</translation>
        </message>
        <message>
            <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
            <translation>Anotado que {number} não funcionou: isso é contado para que o hub o verifique de novo.</translation>
        </message>
        <message>
            <source>No card for {number}: {problem}.</source>
            <translation>Nenhum cartão para {number}: {problem}.</translation>
        </message>
        <message>
            <source>The directory could not be read. {problem}</source>
            <translation>Não foi possível ler o diretório. {problem}</translation>
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <source>Favourite: shown first for this country</source>
            <translation>Favorito: aparece primeiro para este país</translation>
        </message>
        <message>
            <source>Print a card for this</source>
            <translation>Imprimir um cartão disto</translation>
        </message>
        <message>
            <source>No number listed: see the organization's website.</source>
            <translation>Nenhum número informado: veja o site da organização.</translation>
        </message>
        <message>
            <source>Remove {name} from favourites</source>
            <translation>Remover {name} dos favoritos</translation>
        </message>
        <message>
            <source>Add {name} to favourites</source>
            <translation>Adicionar {name} aos favoritos</translation>
        </message>
        <message>
            <source>Print a card for {name}</source>
            <translation>Imprimir um cartão de {name}</translation>
        </message>
        <message>
            <source>Any country</source>
            <translation>Qualquer país</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Não verificado</translation>
        </message>
        <message>
            <source>✕ Stale: last verified {date}</source>
            <translation>✕ Desatualizado: verificado pela última vez em {date}</translation>
        </message>
        <message>
            <source>⚠ Verified {date}, over 6 months ago</source>
            <translation>⚠ Verificado em {date}, há mais de 6 meses</translation>
        </message>
        <message>
            <source>✓ Verified {date}</source>
            <translation>✓ Verificado em {date}</translation>
        </message>
    </context>
    <context>
        <name>RhythmFields</name>
        <message>
            <source>Day starts</source>
            <translation>Início do dia</translation>
        </message>
        <message>
            <source>Day ends</source>
            <translation>Fim do dia</translation>
        </message>
        <message>
            <source>Day window</source>
            <translation>Horário do dia</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Intervalo</translation>
        </message>
        <message>
            <source>Lunch break</source>
            <translation>Intervalo de almoço</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Schedule</source>
            <translation>Programação</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dia:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nova oficina…</translation>
        </message>
        <message>
            <source>Add a session to the program (Ctrl+N)</source>
            <translation>Adicionar uma sessão à programação (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importar CSV…</translation>
        </message>
        <message>
            <source>Add a whole program from a CSV file (see the README for its columns). A file with any bad line adds nothing.</source>
            <translation>Adiciona uma programação inteira de um arquivo CSV (veja as colunas no README). Um arquivo com qualquer linha errada não adiciona nada.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Export the program</source>
            <translation>Exportar a programação</translation>
        </message>
        <message>
            <source>Day program</source>
            <translation>Programação do dia</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Linha do tempo</translation>
        </message>
        <message>
            <source>S&amp;pace:</source>
            <translation>&amp;Espaço:</translation>
        </message>
        <message>
            <source>Space filter</source>
            <translation>Filtro de espaço</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtro de tipo</translation>
        </message>
        <message>
            <source>F&amp;acilitator:</source>
            <translation>&amp;Facilitador:</translation>
        </message>
        <message>
            <source>Facilitator filter</source>
            <translation>Filtro de facilitador</translation>
        </message>
        <message>
            <source>Sessions of the day</source>
            <translation>Sessões do dia</translation>
        </message>
        <message>
            <source>Enter or a double click opens a session.</source>
            <translation>Enter ou um clique duplo abre uma sessão.</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Lista</translation>
        </message>
        <message>
            <source>No activation yet. Create a festival or a tour under Activations, add its spaces, then plan its program here.</source>
            <translation>Ainda não há ativação. Crie um festival ou uma turnê em Ativações, adicione seus espaços e planeje a programação aqui.</translation>
        </message>
        <message>
            <source>Go to Activations</source>
            <translation>Ir para Ativações</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espaço</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Facilitadores</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidade</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Público</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Lotada</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <source>Schedule · {activation}</source>
            <translation>Programação · {activation}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) with a conflict this day (outlined in red; hover or open one to see why)</source>
            <translation>
                <numerusform>⚠ %n sessão com conflito neste dia (contorno vermelho; passe o mouse ou abra para ver o motivo)</numerusform>
                <numerusform>⚠ %n sessões com conflito neste dia (contorno vermelho; passe o mouse ou abra uma para ver o motivo)</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Qualquer</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Calendar (.ics), whole program…</source>
            <translation>Calendário (.ics), programação completa…</translation>
        </message>
        <message>
            <source>Calendar (.ics), one space</source>
            <translation>Calendário (.ics), um espaço</translation>
        </message>
        <message>
            <source>{space}…</source>
            <translation>{space}…</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EUA)</translation>
        </message>
        <message>
            <source>Day program PDF ({paper})…</source>
            <translation>PDF da programação do dia ({paper})…</translation>
        </message>
        <message>
            <source>Import a workshop program</source>
            <translation>Importar uma programação de oficinas</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendário</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendário (*.ics)</translation>
        </message>
        <message>
            <source>Save the day program</source>
            <translation>Salvar a programação do dia</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n workshop(s).</source>
            <translation>
                <numerusform>%n oficina importada.</numerusform>
                <numerusform>%n oficinas importadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Salvo: {path}</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path}: %n page(s)</source>
            <translation>
                <numerusform>Salvo {path}: %n página</numerusform>
                <numerusform>Salvo {path}: %n páginas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>How long the Undo button stays live after a tap.</source>
            <translation>Quanto tempo o botão Anular fica ativo depois de um toque.</translation>
        </message>
        <message>
            <source>&amp;Undo a tap for</source>
            <translation>&amp;Anular um toque durante</translation>
        </message>
        <message>
            <source>The online resource hub that printed QR codes point to. It has nothing to do with the sync hub below.</source>
            <translation>O portal de recursos online para onde apontam os códigos QR impressos. Não tem nada a ver com o hub de sincronização abaixo.</translation>
        </message>
        <message>
            <source>Resource &amp;hub address
(printed on cards)</source>
            <translation>Endereço do &amp;portal de recursos
(impresso nos cartões)</translation>
        </message>
        <message>
            <source>Resource hub address (printed on cards)</source>
            <translation>Endereço do portal de recursos (impresso nos cartões)</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>The Therapy days section hides names again after this long without a touch.</source>
            <translation>A secção Dias de terapia volta a esconder os nomes após este tempo sem toque.</translation>
        </message>
        <message>
            <source>Lock &amp;therapy names after</source>
            <translation>Bloquear os nomes de &amp;terapia após</translation>
        </message>
        <message>
            <source>Change it with --data-dir or WELLNESS_DESK_DATA.</source>
            <translation>Altera-se com --data-dir ou WELLNESS_DESK_DATA.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de dados</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registo</translation>
        </message>
        <message>
            <source>Language and appearance (this laptop)</source>
            <translation>Idioma e aspeto (este portátil)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma do sistema</translation>
        </message>
        <message>
            <source>The language of every screen; dates and numbers follow it.</source>
            <translation>O idioma de todos os ecrãs; as datas e os números seguem-no.</translation>
        </message>
        <message>
            <source>System (follows light or dark mode)</source>
            <translation>Sistema (segue o modo claro ou escuro)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>Aspe&amp;to</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir a pasta de registos</translation>
        </message>
        <message>
            <source>Help line (printed on cards and signs)</source>
            <translation>Linha de apoio (impressa nos cartões e cartazes)</translation>
        </message>
        <message>
            <source>e.g. Music Minds Matter (empty: “24/7 music-industry help line”)</source>
            <translation>p. ex. Music Minds Matter (vazio: «linha de apoio 24/7 da indústria musical»)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>Help line name</source>
            <translation>Nome da linha de apoio</translation>
        </message>
        <message>
            <source>e.g. +44 800 088 2045</source>
            <translation>p. ex. +44 800 088 2045</translation>
        </message>
        <message>
            <source>The real number of your help line. Until one is set, cards and signs print without a help line.</source>
            <translation>O número real da sua linha de apoio. Enquanto não houver um, os cartões e cartazes imprimem-se sem linha de apoio.</translation>
        </message>
        <message>
            <source>Nu&amp;mber</source>
            <translation>Nú&amp;mero</translation>
        </message>
        <message>
            <source>Help line number</source>
            <translation>Número da linha de apoio</translation>
        </message>
        <message>
            <source>Refuse to print cards and signs while no number is set</source>
            <translation>Recusar imprimir cartões e cartazes enquanto não houver número</translation>
        </message>
        <message>
            <source>Activation report (title page)</source>
            <translation>Relatório da ativação (página de rosto)</translation>
        </message>
        <message>
            <source>Your nonprofit's name</source>
            <translation>O nome da sua associação</translation>
        </message>
        <message>
            <source>N&amp;onprofit</source>
            <translation>&amp;Associação</translation>
        </message>
        <message>
            <source>Nonprofit's name on the report</source>
            <translation>Nome da associação no relatório</translation>
        </message>
        <message>
            <source>No logo (optional: a PNG or JPEG file)</source>
            <translation>Sem logótipo (opcional: um ficheiro PNG ou JPEG)</translation>
        </message>
        <message>
            <source>Logo on the report</source>
            <translation>Logótipo no relatório</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Choose a logo file</source>
            <translation>Escolher um ficheiro de logótipo</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>&amp;Logótipo</translation>
        </message>
        <message>
            <source>Logo for the report</source>
            <translation>Logótipo para o relatório</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imagens (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Sync hub (where anonymous counts are sent)</source>
            <translation>Hub de sincronização (para onde vão as contagens anónimas)</translation>
        </message>
        <message>
            <source>Connect to a sync hub…</source>
            <translation>Ligar a um hub de sincronização…</translation>
        </message>
        <message>
            <source>Connect to a sync hub</source>
            <translation>Ligar a um hub de sincronização</translation>
        </message>
        <message>
            <source>Sync now, the preview of what is sent, past syncs and Disconnect are in the Sync section.</source>
            <translation>Sincronizar agora, a pré-visualização do que é enviado, as sincronizações anteriores e Desligar estão na secção Sincronização.</translation>
        </message>
    </context>
    <context>
        <name>SpaceCard</name>
        <message>
            <source>At the door</source>
            <translation>Na porta</translation>
        </message>
        <message>
            <source>Nothing on now</source>
            <translation>Nada a decorrer agora</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (cancelada)</translation>
        </message>
        <message>
            <source>Now: {title}{cancelled}</source>
            <translation>Agora: {title}{cancelled}</translation>
        </message>
        <message>
            <source>{count} of {capacity}</source>
            <translation>{count} de {capacity}</translation>
        </message>
        <message>
            <source>{count} in</source>
            <translation>{count} dentro</translation>
        </message>
        <message>
            <source>Headcount of {title}</source>
            <translation>Presenças em {title}</translation>
        </message>
        <message>
            <source>Next: {title}, {times}</source>
            <translation>A seguir: {title}, {times}</translation>
        </message>
        <message>
            <source>Nothing next today</source>
            <translation>Nada mais hoje</translation>
        </message>
        <message>
            <source>Count at the door for {space}</source>
            <translation>Contar na porta de {space}</translation>
        </message>
    </context>
    <context>
        <name>SpaceHeader</name>
        <message>
            <source>Spaces: {names}</source>
            <translation>Espaços: {names}</translation>
        </message>
        <message>
            <source>Holds {capacity}</source>
            <translation>Capacidade: {capacity}</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Nothing new to send</source>
            <translation>Nada de novo para enviar</translation>
        </message>
        <message>
            <source>Hub unreachable</source>
            <translation>Hub inacessível</translation>
        </message>
        <message>
            <source>Refused: reconnect this laptop</source>
            <translation>Recusado: volte a ligar este portátil</translation>
        </message>
        <message>
            <source>Hub busy, waited</source>
            <translation>Hub ocupado, esperou-se</translation>
        </message>
        <message>
            <source>Hub had a problem</source>
            <translation>O hub teve um problema</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Não ligado</translation>
        </message>
        <message>
            <source>Batch refused, set aside</source>
            <translation>Lote recusado, posto de lado</translation>
        </message>
        <message>
            <source>Time up, the rest waits</source>
            <translation>Tempo esgotado, o resto espera</translation>
        </message>
        <message>
            <source>Put back from a copy: the hub's later counts kept</source>
            <translation>Reposto a partir de uma cópia: mantêm-se as contagens mais recentes do hub</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Ligado</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Desligado</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>{when} UTC</source>
            <translation>{when} UTC</translation>
        </message>
        <message>
            <source>Sync with the hub</source>
            <translation>Sincronizar com o hub</translation>
        </message>
        <message>
            <source>Only anonymous counts leave this laptop (kits handed out, sessions held and attended, therapy sessions, cards printed), never names, contacts or notes. The preview shows the exact bytes.</source>
            <translation>Só saem deste portátil contagens anónimas (kits distribuídos, sessões realizadas e frequentadas, sessões de terapia, cartões impressos), nunca nomes, contactos ou notas. A pré-visualização mostra os bytes exatos.</translation>
        </message>
        <message>
            <source>This laptop sends its counts to no hub yet. Ask the coordinator for an enrolment code, then connect.</source>
            <translation>Este portátil ainda não envia as suas contagens para nenhum hub. Peça um código de inscrição à coordenação e depois ligue-se.</translation>
        </message>
        <message>
            <source>Connect to a hub…</source>
            <translation>Ligar a um hub…</translation>
        </message>
        <message>
            <source>Connect to a hub</source>
            <translation>Ligar a um hub</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Estado da sincronização</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronização</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>Alterações pendentes</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>Counted there as</source>
            <translation>Contado lá como</translation>
        </message>
        <message>
            <source>Sends the counts of</source>
            <translation>Envia as contagens de</translation>
        </message>
        <message>
            <source>Last problem</source>
            <translation>Último problema</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar agora</translation>
        </message>
        <message>
            <source>Preview what will be sent…</source>
            <translation>Pré-visualizar o que será enviado…</translation>
        </message>
        <message>
            <source>Connect to another hub…</source>
            <translation>Ligar a outro hub…</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Desligar</translation>
        </message>
        <message>
            <source>Stop sending. The counts stay on this laptop; the hub keeps what it has.</source>
            <translation>Deixa de enviar. As contagens ficam neste portátil; o hub mantém o que tem.</translation>
        </message>
        <message>
            <source>Past syncs</source>
            <translation>Sincronizações anteriores</translation>
        </message>
        <message>
            <source>newest first</source>
            <translation>as mais recentes primeiro</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>Células</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalhe</translation>
        </message>
        <message>
            <source>Set aside so they never block the rest; send one again once the hub is fixed.</source>
            <translation>Postos de lado para nunca bloquearem o resto; volte a enviar um quando o hub estiver corrigido.</translation>
        </message>
        <message>
            <source>Hub's answer</source>
            <translation>Resposta do hub</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Batches the hub refused</source>
            <translation>Lotes que o hub recusou</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>a contar…</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>Batches the hub refused ({count})</source>
            <translation>Lotes que o hub recusou ({count})</translation>
        </message>
        <message>
            <source>Batches the hub refused: none</source>
            <translation>Lotes que o hub recusou: nenhum</translation>
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation>HTTP {status}</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Reenviar</translation>
        </message>
        <message>
            <source>Send again the batch refused at {when}</source>
            <translation>Reenviar o lote recusado em {when}</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>A sincronizar…</translation>
        </message>
        <message>
            <source>Disconnect from the hub</source>
            <translation>Desligar do hub</translation>
        </message>
        <message>
            <source>Stop sending counts to this hub? The counts stay on this laptop and the hub keeps what it has. Connecting again needs a new code from the coordinator.</source>
            <translation>Deixar de enviar contagens para este hub? As contagens ficam neste portátil e o hub mantém o que tem. Para voltar a ligar é preciso um código novo da coordenação.</translation>
        </message>
        <message>
            <source>Connected to the hub as “{name}”.</source>
            <translation>Ligado ao hub como «{name}».</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Sincronizado</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <source>Sync: checking…</source>
            <translation>Sincronização: a verificar…</translation>
        </message>
        <message>
            <source>Sync: not connected to a hub</source>
            <translation>Sincronização: não ligado a um hub</translation>
        </message>
        <message>
            <source>Sync stopped: the hub no longer accepts this laptop — reconnect it on the Sync page</source>
            <translation>Sincronização parada: o hub já não aceita este portátil — volte a ligá-lo na página Sincronizar</translation>
        </message>
        <message>
            <source>Sending {activation}: all sent</source>
            <translation>A enviar {activation}: tudo enviado</translation>
        </message>
        <message numerus="yes">
            <source>Sending {activation}: %n change(s) waiting</source>
            <translation>
                <numerusform>A enviar {activation}: %n alteração pendente</numerusform>
                <numerusform>A enviar {activation}: %n alterações pendentes</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>ainda não sincronizado</translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es) refused (see the Sync page)</source>
            <translation>
                <numerusform>%n lote recusado (ver a página Sincronizar)</numerusform>
                <numerusform>%n lotes recusados (ver a página Sincronizar)</numerusform>
            </translation>
        </message>
        <message>
            <source>synced at {time} UTC</source>
            <translation>sincronizado às {time} UTC</translation>
        </message>
        <message>
            <source>synced on {date} at {time} UTC</source>
            <translation>sincronizado em {date} às {time} UTC</translation>
        </message>
        <message>
            <source>synced at {time}</source>
            <translation>sincronizado às {time}</translation>
        </message>
        <message>
            <source>synced on {date} at {time}</source>
            <translation>sincronizado em {date} às {time}</translation>
        </message>
        <message>
            <source>Sync: off (the database could not be opened)</source>
            <translation>Sincronização: desligada (não foi possível abrir a base de dados)</translation>
        </message>
        <message>
            <source>The database is not open, so this laptop cannot connect.</source>
            <translation>A base de dados não está aberta, por isso este portátil não se pode ligar.</translation>
        </message>
        <message>
            <source>Sync not recorded: {problem}</source>
            <translation>Sincronização não registada: {problem}</translation>
        </message>
        <message>
            <source>Sync: something went wrong ({kind}); nothing was lost.</source>
            <translation>Sincronização: algo correu mal ({kind}); nada se perdeu.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cannot open the database {path} ({kind}).</source>
            <translation>Não é possível abrir a base de dados {path} ({kind}).</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}): that action was NOT saved.</source>
            <translation>Algo correu mal ({kind}): essa ação NÃO foi guardada.</translation>
        </message>
    </context>
    <context>
        <name>TherapyPage</name>
        <message>
            <source>Therapy days</source>
            <translation>Dias de terapia</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Dia:</translation>
        </message>
        <message>
            <source>Therapy day</source>
            <translation>Dia de terapia</translation>
        </message>
        <message>
            <source>New therapy day…</source>
            <translation>Novo dia de terapia…</translation>
        </message>
        <message>
            <source>New therapy day</source>
            <translation>Novo dia de terapia</translation>
        </message>
        <message>
            <source>Print / export</source>
            <translation>Imprimir / exportar</translation>
        </message>
        <message>
            <source>Print or export</source>
            <translation>Imprimir ou exportar</translation>
        </message>
        <message>
            <source>PIN or passphrase</source>
            <translation>PIN ou frase secreta</translation>
        </message>
        <message>
            <source>again, to confirm</source>
            <translation>de novo, para confirmar</translation>
        </message>
        <message>
            <source>PIN or passphrase, again</source>
            <translation>PIN ou frase secreta, de novo</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Bloquear agora</translation>
        </message>
        <message>
            <source>Lock now: hide the names</source>
            <translation>Bloquear agora: ocultar os nomes</translation>
        </message>
        <message>
            <source>Therapy budget…</source>
            <translation>Orçamento de terapia…</translation>
        </message>
        <message>
            <source>Add a slot by hand…</source>
            <translation>Adicionar um horário à mão…</translation>
        </message>
        <message>
            <source>Change the day's plan…</source>
            <translation>Alterar o plano do dia…</translation>
        </message>
        <message>
            <source>Slots of the day</source>
            <translation>Horários do dia</translation>
        </message>
        <message>
            <source>Arrows move between slots; Enter does the slot's main action; the menu key lists everything you can do with it.</source>
            <translation>As setas passam de um horário a outro; Enter faz a ação principal do horário; a tecla de menu lista tudo o que se pode fazer com ele.</translation>
        </message>
        <message>
            <source>This day has no slots left: add one by hand, or lay the day out again.</source>
            <translation>Este dia não tem mais horários: adicione um à mão ou planeje o dia de novo.</translation>
        </message>
        <message>
            <source>Selected slot</source>
            <translation>Horário selecionado</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>Reservar…</translation>
        </message>
        <message>
            <source>Mark attended</source>
            <translation>Marcar como realizada</translation>
        </message>
        <message>
            <source>Mark no-show</source>
            <translation>Marcar como falta</translation>
        </message>
        <message>
            <source>Back to booked</source>
            <translation>Voltar para reservada</translation>
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation>Cancelar a reserva…</translation>
        </message>
        <message>
            <source>Late cancel…</source>
            <translation>Cancelamento tardio…</translation>
        </message>
        <message>
            <source>Block slot</source>
            <translation>Bloquear o horário</translation>
        </message>
        <message>
            <source>Undo attended or no-show: the session is booked again.</source>
            <translation>Desfaz realizada ou falta: a sessão volta a estar reservada.</translation>
        </message>
        <message>
            <source>The slot becomes free, but the session stays billable.</source>
            <translation>O horário fica livre, mas a sessão continua faturável.</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Lista de espera</translation>
        </message>
        <message>
            <source>Book the selected slot for them</source>
            <translation>Reservar o horário selecionado para a pessoa</translation>
        </message>
        <message>
            <source>Add to waitlist…</source>
            <translation>Adicionar à lista de espera…</translation>
        </message>
        <message>
            <source>Add to waitlist</source>
            <translation>Adicionar à lista de espera</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove from the waitlist</source>
            <translation>Remover da lista de espera</translation>
        </message>
        <message>
            <source>Type the PIN or passphrase first.</source>
            <translation>Digite primeiro o PIN ou a frase secreta.</translation>
        </message>
        <message>
            <source>The two entries differ: type the same PIN or passphrase twice.</source>
            <translation>As duas entradas são diferentes: digite o mesmo PIN ou frase duas vezes.</translation>
        </message>
        <message>
            <source>Unlocked: names are shown. {how}</source>
            <translation>Desbloqueado: os nomes estão visíveis. {how}</translation>
        </message>
        <message numerus="yes">
            <source>{text} (wait %n s)</source>
            <translation>
                <numerusform>{text} (aguarde %n s)</numerusform>
                <numerusform>{text} (aguarde %n s)</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>frase secreta</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Configurar</translation>
        </message>
        <message>
            <source>Therapy days belong to a tour: pick or create one under Activations.</source>
            <translation>Dias de terapia pertencem a uma turnê: escolha ou crie uma em Ativações.</translation>
        </message>
        <message>
            <source>Therapy days · {tour}</source>
            <translation>Dias de terapia · {tour}</translation>
        </message>
        <message>
            <source>{stop} · {provider}</source>
            <translation>{stop} · {provider}</translation>
        </message>
        <message>
            <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
            <translation>Ainda não há dia de terapia: planeje o primeiro, com terapeuta, horários e custos.</translation>
        </message>
        <message>
            <source>Plan the first therapy day</source>
            <translation>Planejar o primeiro dia de terapia</translation>
        </message>
        <message>
            <source>No therapy day yet: add the tour's stops under Activations, then plan the first therapy day here.</source>
            <translation>Ainda não há dia de terapia: adicione as paradas da turnê em Ativações e depois planeje aqui o primeiro dia de terapia.</translation>
        </message>
        <message>
            <source>No therapy budget set.</source>
            <translation>Nenhum orçamento de terapia definido.</translation>
        </message>
        <message>
            <source>Set a therapy budget…</source>
            <translation>Definir um orçamento de terapia…</translation>
        </message>
        <message>
            <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
            <translation>Orçamento de terapia {amount} · gasto {spent} · comprometido {committed}</translation>
        </message>
        <message>
            <source>Over budget: remaining {remaining}</source>
            <translation>Orçamento estourado: restam {remaining}</translation>
        </message>
        <message>
            <source>Remaining {remaining}</source>
            <translation>Restam {remaining}</translation>
        </message>
        <message>
            <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
            <translation>Orçamento de terapia {amount}: gasto {spent}, comprometido {committed}, restam {remaining}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>{provider} · %n slot(s) free of {total}</source>
            <translation>
                <numerusform>{provider} · %n horário livre de {total}</numerusform>
                <numerusform>{provider} · %n horários livres de {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Name hidden</source>
            <translation>Nome oculto</translation>
        </message>
        <message>
            <source>{time}, {status}</source>
            <translation>{time}, {status}</translation>
        </message>
        <message>
            <source>name hidden</source>
            <translation>nome oculto</translation>
        </message>
        <message>
            <source>{time}, {status}, {person}, {role}</source>
            <translation>{time}, {status}, {person}, {role}</translation>
        </message>
        <message>
            <source>Unblock slot</source>
            <translation>Desbloquear o horário</translation>
        </message>
        <message>
            <source>No slot selected</source>
            <translation>Nenhum horário selecionado</translation>
        </message>
        <message>
            <source>Pick a slot in the day column to see what you can do with it.</source>
            <translation>Escolha um horário na coluna do dia para ver o que pode fazer com ele.</translation>
        </message>
        <message>
            <source>{person} · {role}</source>
            <translation>{person} · {role}</translation>
        </message>
        <message>
            <source>Unlock the section to book: a booking takes a name.</source>
            <translation>Desbloqueie a seção para reservar: uma reserva precisa de um nome.</translation>
        </message>
        <message>
            <source>Free: book someone, or block it so nobody can.</source>
            <translation>Livre: reserve para alguém ou bloqueie para que ninguém possa.</translation>
        </message>
        <message>
            <source>Blocked: nobody can book it until it is unblocked.</source>
            <translation>Bloqueado: ninguém pode reservá-lo até ser desbloqueado.</translation>
        </message>
        <message>
            <source>After the session, mark it attended or a no-show.</source>
            <translation>Depois da sessão, marque-a como realizada ou falta.</translation>
        </message>
        <message>
            <source>The session was held (or missed): only undoing that is left.</source>
            <translation>A sessão aconteceu (ou houve falta): só resta desfazer isso.</translation>
        </message>
        <message>
            <source>Unlock the section first: a booking takes a name.</source>
            <translation>Desbloqueie primeiro a seção: uma reserva precisa de um nome.</translation>
        </message>
        <message>
            <source>Slot actions</source>
            <translation>Ações do horário</translation>
        </message>
        <message>
            <source>The section locked itself: unlock it and book again.</source>
            <translation>A seção se bloqueou sozinha: desbloqueie e reserve de novo.</translation>
        </message>
        <message>
            <source>Book a session</source>
            <translation>Reservar uma sessão</translation>
        </message>
        <message>
            <source>Booked.</source>
            <translation>Reservado.</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Ainda não começou</translation>
        </message>
        <message>
            <source>Late cancel</source>
            <translation>Cancelamento tardio</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Cancelar a reserva</translation>
        </message>
        <message>
            <source>Cancelled: the slot is free again.</source>
            <translation>Cancelada: o horário está livre de novo.</translation>
        </message>
        <message>
            <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
            <translation>Cancelada. Há alguém esperando: ofereça o horário ao primeiro da lista de espera.</translation>
        </message>
        <message>
            <source>Therapist's day sheet with names (PDF)…</source>
            <translation>Folha do dia do terapeuta, com nomes (PDF)…</translation>
        </message>
        <message>
            <source>Crew sign-up sheet, times only (PDF)…</source>
            <translation>Folha de inscrição da equipe, só horários (PDF)…</translation>
        </message>
        <message>
            <source>Provider's day calendar, no names (.ics)…</source>
            <translation>Agenda do dia do terapeuta, sem nomes (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, no name (.ics)…</source>
            <translation>Convite para a reserva selecionada, sem nome (.ics)…</translation>
        </message>
        <message>
            <source>Invite for the selected booking, WITH the client's name (.ics)…</source>
            <translation>Convite para a reserva selecionada, COM o nome da pessoa (.ics)…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Salvo: {path}</translation>
        </message>
        <message>
            <source>Booked from the waitlist.</source>
            <translation>Reservado a partir da lista de espera.</translation>
        </message>
        <message>
            <source>The day was laid out again.</source>
            <translation>O dia foi planejado de novo.</translation>
        </message>
        <message>
            <source>Add to the waitlist</source>
            <translation>Adicionar à lista de espera</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Lotada</translation>
        </message>
        <message>
            <source>Full: </source>
            <translation>Lotada: </translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {capacity}</source>
            <translation>
                <numerusform>%n de {capacity}</numerusform>
                <numerusform>%n de {capacity}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} · {people}</source>
            <translation>{title} · {people}</translation>
        </message>
        <message>
            <source>{time} · {state}</source>
            <translation>{time} · {state}</translation>
        </message>
        <message>
            <source>{title}, {time}, {space}, {count}</source>
            <translation>{title}, {time}, {space}, {count}</translation>
        </message>
        <message>
            <source>{session}, {state}</source>
            <translation>{session}, {state}</translation>
        </message>
        <message>
            <source>With {people}</source>
            <translation>Com {people}</translation>
        </message>
        <message>
            <source>{time} · {space} · {kind}</source>
            <translation>{time} · {space} · {kind}</translation>
        </message>
        <message>
            <source>{count} · {state}</source>
            <translation>{count} · {state}</translation>
        </message>
        <message>
            <source>No spaces yet: add the tents and rooms under Activations.</source>
            <translation>Ainda não há espaços: adicione as tendas e salas em Ativações.</translation>
        </message>
        <message>
            <source>Day timeline</source>
            <translation>Linha do tempo do dia</translation>
        </message>
        <message>
            <source>Arrow keys move between sessions; Enter opens the focused one.</source>
            <translation>As setas movem entre as sessões; Enter abre a selecionada.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
            <translation>Ainda não há ativação. Crie o festival ou a digressão em que trabalha e Hoje mostra os espaços, os kits e a porta.</translation>
        </message>
        <message>
            <source>Create an activation</source>
            <translation>Criar uma ativação</translation>
        </message>
        <message>
            <source>Now and next</source>
            <translation>Agora e a seguir</translation>
        </message>
        <message>
            <source>Today · {activation} · {day} {time}</source>
            <translation>Hoje · {activation} · {day} {time}</translation>
        </message>
        <message>
            <source>No spaces yet: add them under Activations.</source>
            <translation>Ainda não há espaços: adicione-os em Ativações.</translation>
        </message>
        <message>
            <source>Open Activations</source>
            <translation>Abrir Ativações</translation>
        </message>
        <message>
            <source>No sessions today. Plan them in the schedule.</source>
            <translation>Nenhuma sessão hoje. Planeie-as no programa.</translation>
        </message>
        <message>
            <source>Open the schedule</source>
            <translation>Abrir o programa</translation>
        </message>
    </context>
    <context>
        <name>TourSheetDialog</name>
        <message>
            <source>Tour sheet</source>
            <translation>Folha da turnê</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Turnê</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Turnê</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language of the sheet</source>
            <translation>Idioma da folha</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
            <translation>A data e a cidade de cada parada com as linhas de crise do seu país e alguns serviços, do diretório de recursos; a linha de apoio, das Configurações.</translation>
        </message>
        <message>
            <source>No tour yet: create one in Activations</source>
            <translation>Ainda não há turnê: crie uma em Ativações</translation>
        </message>
    </context>
    <context>
        <name>TourStopDialog</name>
        <message>
            <source>Change {stop}</source>
            <translation>Alterar {stop}</translation>
        </message>
        <message>
            <source>Add a stop to {tour}</source>
            <translation>Adicionar uma parada a {tour}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <source>The tour runs {start} to {end}.</source>
            <translation>A turnê vai de {start} a {end}.</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;Cidade</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>e.g. US</source>
            <translation>ex.: US</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Local do show</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Local do show</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Fuso horário</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso horário</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditor</name>
        <message>
            <source>Edit workshop</source>
            <translation>Editar oficina</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Nova oficina</translation>
        </message>
        <message>
            <source>e.g. Morning breathwork</source>
            <translation>ex.: Respiração matinal</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>New kind…</source>
            <translation>Novo tipo…</translation>
        </message>
        <message>
            <source>New kind of session</source>
            <translation>Novo tipo de sessão</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>S&amp;pace</source>
            <translation>&amp;Espaço</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espaço</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Dia</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Começa às</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Termina às</translation>
        </message>
        <message>
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>&amp;Horário</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Nomes, separados por vírgulas</translation>
        </message>
        <message>
            <source>&amp;Facilitators</source>
            <translation>&amp;Facilitadores</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Facilitadores</translation>
        </message>
        <message>
            <source>The space's</source>
            <translation>A do espaço</translation>
        </message>
        <message>
            <source>People who can take part; 0 uses what the space holds.</source>
            <translation>Pessoas que podem participar; 0 usa a capacidade do espaço.</translation>
        </message>
        <message>
            <source>&amp;Capacity</source>
            <translation>&amp;Capacidade</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidade</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;escrição</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Every day of the activation at this time</source>
            <translation>Todos os dias da ativação neste horário</translation>
        </message>
        <message>
            <source>Repeat every day of the activation</source>
            <translation>Repetir todos os dias da ativação</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Repetir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>Put &amp;back on</source>
            <translation>&amp;Voltar a programar</translation>
        </message>
        <message>
            <source>Cancel sessi&amp;on</source>
            <translation>Cancelar s&amp;essão</translation>
        </message>
        <message>
            <source>&amp;Mark held</source>
            <translation>&amp;Marcar como realizada</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>E&amp;xcluir</translation>
        </message>
        <message>
            <source>{day} (outside the dates)</source>
            <translation>{day} (fora das datas)</translation>
        </message>
        <message>
            <source>Pick a space first.</source>
            <translation>Escolha um espaço primeiro.</translation>
        </message>
        <message>
            <source>(ends the next day)</source>
            <translation>(termina no dia seguinte)</translation>
        </message>
        <message>
            <source>You can save anyway; the program keeps the mark until it is fixed.</source>
            <translation>Você pode salvar mesmo assim; a programação mantém a marca até ser corrigida.</translation>
        </message>
        <message>
            <source>New kind</source>
            <translation>Novo tipo</translation>
        </message>
        <message>
            <source>Kind of session (e.g. Drum circle):</source>
            <translation>Tipo de sessão (ex.: Roda de tambores):</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back from the door on the Today page (“Put back (not held)”).</source>
            <translation>
                <numerusform>“{title}” começa às {time}, daqui a %n minuto. Marcar como realizada agora?

Você pode desfazer pela porta na página Hoje (“Desfazer (não realizada)”).</numerusform>
                <numerusform>“{title}” começa às {time}, daqui a %n minutos. Marcar como realizada agora?

Você pode desfazer pela porta na página Hoje (“Desfazer (não realizada)”).</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark held</source>
            <translation>Marcar como realizada</translation>
        </message>
    </context>
    <context>
        <name>activations_page</name>
        <message>
            <source>Tent</source>
            <translation>Tenda</translation>
        </message>
        <message>
            <source>Green room</source>
            <translation>Camarim</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Palco</translation>
        </message>
        <message>
            <source>Tour stop</source>
            <translation>Parada da turnê</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Turnê</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It was written to the log at {log}; your counts are saved. You can carry on; if it happens again, send that file to whoever looks after the app.</source>
            <translation>Algo correu mal no Wellness Desk ({kind}). Ficou escrito no registo em {log}; as suas contagens estão guardadas. Pode continuar; se voltar a acontecer, envie esse ficheiro a quem cuida da aplicação.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to the log (the folder {folder} cannot be written); your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>Algo correu mal no Wellness Desk ({kind}). Não foi possível escrever no registo (não se pode escrever na pasta {folder}); as suas contagens estão guardadas. Pode continuar; se voltar a acontecer, avise quem cuida da aplicação.</translation>
        </message>
        <message>
            <source>Something went wrong inside Wellness Desk ({kind}). It could not be written to a log; your counts are saved. You can carry on; if it happens again, tell whoever looks after the app.</source>
            <translation>Algo correu mal no Wellness Desk ({kind}). Não foi possível escrever em nenhum registo; as suas contagens estão guardadas. Pode continuar; se voltar a acontecer, avise quem cuida da aplicação.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo correu mal</translation>
        </message>
    </context>
    <context>
        <name>kit_catalogue</name>
        <message>
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Laranja</translation>
        </message>
        <message>
            <source>Bluish green</source>
            <translation>Verde-azulado</translation>
        </message>
        <message>
            <source>Reddish purple</source>
            <translation>Púrpura avermelhado</translation>
        </message>
        <message>
            <source>Sky blue</source>
            <translation>Azul-celeste</translation>
        </message>
        <message>
            <source>Vermilion</source>
            <translation>Vermelhão</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Amarelo</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Cinzento</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Vermelho</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <source>Teal</source>
            <translation>Verde-petróleo</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Roxo</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Cor-de-rosa</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Preto</translation>
        </message>
        <message>
            <source>White</source>
            <translation>Branco</translation>
        </message>
    </context>
    <context>
        <name>kit_counter</name>
        <message>
            <source>Anyone</source>
            <translation>Qualquer pessoa</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Artista</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Equipa técnica</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Pessoal do recinto</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Família</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>anyone</source>
            <comment>in a sentence: for anyone</comment>
            <translation>qualquer pessoa</translation>
        </message>
        <message>
            <source>artists</source>
            <comment>in a sentence: for artists</comment>
            <translation>artistas</translation>
        </message>
        <message>
            <source>crew</source>
            <comment>in a sentence: for crew</comment>
            <translation>a equipa técnica</translation>
        </message>
        <message>
            <source>venue staff</source>
            <comment>in a sentence: for venue staff</comment>
            <translation>o pessoal do recinto</translation>
        </message>
        <message>
            <source>family</source>
            <comment>in a sentence: for family</comment>
            <translation>familiares</translation>
        </message>
        <message>
            <source>others</source>
            <comment>in a sentence: for others</comment>
            <translation>outras pessoas</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out</source>
            <translation>{kit} ×{count} entregue</translation>
        </message>
        <message>
            <source>{kit} ×{count} handed out · {role}</source>
            <translation>{kit} ×{count} entregue · {role}</translation>
        </message>
        <message>
            <source>{kit} +{count} received</source>
            <translation>{kit} +{count} recebido</translation>
        </message>
        <message>
            <source>{kit} count corrected ({change}): {reason}</source>
            <translation>{kit} contagem corrigida ({change}): {reason}</translation>
        </message>
        <message>
            <source>{time}  {what}</source>
            <translation>{time}  {what}</translation>
        </message>
        <message>
            <source>{what}  — undone</source>
            <translation>{what}  — desfeito</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} ({role}) handed out</source>
            <translation>Desfazer: {kit} ×{count} ({role}) entregue</translation>
        </message>
        <message>
            <source>Undo: {kit} ×{count} handed out</source>
            <translation>Desfazer: {kit} ×{count} entregue</translation>
        </message>
        <message>
            <source>Undo: {kit} ({role}) handed out</source>
            <translation>Desfazer: {kit} ({role}) entregue</translation>
        </message>
        <message>
            <source>Undo: {kit} handed out</source>
            <translation>Desfazer: {kit} entregue</translation>
        </message>
        <message>
            <source>Undo: {kit} +{count} received</source>
            <translation>Desfazer: {kit} +{count} recebido</translation>
        </message>
        <message>
            <source>Undo: {kit} count correction ({change})</source>
            <translation>Desfazer: correção da contagem de {kit} ({change})</translation>
        </message>
        <message>
            <source>{what} at {time}</source>
            <translation>{what} às {time}</translation>
        </message>
        <message>
            <source>Type how many, as a whole number</source>
            <translation>Escreva quantos, como número inteiro</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number</source>
            <translation>«{text}» não é um número inteiro</translation>
        </message>
        <message>
            <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>Mais de {most}, o máximo que uma entrega pode registar: verifique o número ou registe-o em partes</translation>
        </message>
        <message>
            <source>Hand out at least 1</source>
            <translation>Entregue pelo menos 1</translation>
        </message>
        <message>
            <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
            <translation>{count} é mais de {most}, o máximo que uma entrega pode registar: verifique o número ou registe-o em partes</translation>
        </message>
        <message>
            <source>That tap was not counted, so there is nothing to undo</source>
            <translation>Esse toque não foi contado, por isso não há nada para desfazer</translation>
        </message>
    </context>
    <context>
        <name>resources_page</name>
        <message>
            <source>Crisis lines</source>
            <translation>Linhas de crise</translation>
        </message>
        <message>
            <source>Counselling and therapy</source>
            <translation>Aconselhamento e terapia</translation>
        </message>
        <message>
            <source>Financial aid</source>
            <translation>Ajuda financeira</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Uso de substâncias</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Apoio entre pares</translation>
        </message>
        <message>
            <source>Music industry</source>
            <translation>Indústria musical</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Linha de crise</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Aconselhamento</translation>
        </message>
        <message>
            <source>crisis line</source>
            <translation>linha de crise</translation>
        </message>
        <message>
            <source>counselling</source>
            <translation>aconselhamento</translation>
        </message>
        <message>
            <source>financial aid</source>
            <translation>ajuda financeira</translation>
        </message>
        <message>
            <source>substance use</source>
            <translation>uso de substâncias</translation>
        </message>
        <message>
            <source>peer support</source>
            <translation>apoio entre pares</translation>
        </message>
        <message>
            <source>music industry</source>
            <translation>indústria musical</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Ligar</translation>
        </message>
        <message>
            <source>Text (SMS)</source>
            <translation>Mensagem (SMS)</translation>
        </message>
        <message>
            <source>Textphone</source>
            <translation>Telefone de texto</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videochamada</translation>
        </message>
        <message>
            <source>hours not known</source>
            <translation>horário desconhecido</translation>
        </message>
        <message>
            <source>open now</source>
            <translation>aberto agora</translation>
        </message>
        <message>
            <source>closed now</source>
            <translation>fechado agora</translation>
        </message>
    </context>
    <context>
        <name>therapy_page</name>
        <message>
            <source>Free</source>
            <translation>Livre</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Reservado</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Unspecified</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Artista</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Equipe técnica</translation>
        </message>
        <message>
            <source>Venue staff</source>
            <translation>Equipe do local</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Família</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>to</source>
            <translation>até</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no budget currency set yet</source>
            <translation>ainda sem moeda de orçamento</translation>
        </message>
    </context>
    <context>
        <name>today_page</name>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>{count}/{capacity}</source>
            <translation>{count}/{capacity}</translation>
        </message>
        <message>
            <source>{count} in</source>
            <translation>{count} dentro</translation>
        </message>
        <message>
            <source>Now: —</source>
            <translation>Agora: —</translation>
        </message>
        <message>
            <source>Next: —</source>
            <translation>A seguir: —</translation>
        </message>
        <message>
            <source>Now: {times} {title} (cancelled)</source>
            <translation>Agora: {times} {title} (cancelada)</translation>
        </message>
        <message>
            <source>Next: {times} {title} (cancelled)</source>
            <translation>A seguir: {times} {title} (cancelada)</translation>
        </message>
        <message>
            <source>Now: {times} {title} · {people}</source>
            <translation>Agora: {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Next: {times} {title} · {people}</source>
            <translation>A seguir: {times} {title} · {people}</translation>
        </message>
        <message>
            <source>Kits per hour today</source>
            <translation>Kits por hora hoje</translation>
        </message>
        <message>
            <source>No hand-outs yet today</source>
            <translation>Ainda nenhuma entrega hoje</translation>
        </message>
        <message>
            <source>Kits by type today</source>
            <translation>Kits por tipo hoje</translation>
        </message>
        <message>
            <source>Attendance against capacity</source>
            <translation>Presença face à lotação</translation>
        </message>
        <message>
            <source>No sessions today</source>
            <translation>Nenhuma sessão hoje</translation>
        </message>
    </context>
</TS>
