<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name />
        <message>
            <source>activation name: must not be empty</source>
            <translation>nome da ativação: não pode ficar vazio</translation>
        </message>
        <message>
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>tipo de ativação: {kind} não é um de {kinds}</translation>
        </message>
        <message>
            <source>activation dates: end {end} is before start {start}</source>
            <translation>datas da ativação: o fim {end} é anterior ao início {start}</translation>
        </message>
        <message>
            <source>activation name: {name} already exists</source>
            <translation>nome da ativação: {name} já existe</translation>
        </message>
        <message>
            <source>activation {activation} does not exist</source>
            <translation>a ativação {activation} não existe</translation>
        </message>
        <message>
            <source>location name: must not be empty</source>
            <translation>nome do local: não pode ficar vazio</translation>
        </message>
        <message>
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>tipo de local: {kind} não é um de {location_kinds}</translation>
        </message>
        <message>
            <source>location name: {name} already exists in {activation}</source>
            <translation>nome do local: {name} já existe em {activation}</translation>
        </message>
        <message>
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} é um festival: as paragens pertencem às digressões</translation>
        </message>
        <message>
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>data da paragem: {date} está fora de {activation} ({start_date} a {end_date})</translation>
        </message>
        <message>
            <source>city: must not be empty</source>
            <translation>cidade: não pode ficar vazia</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop</source>
            <translation>{stop} não é uma paragem da digressão</translation>
        </message>
        <message>
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop}: o dia de terapia tem marcações, por isso a data e o fuso horário ficam (cancele primeiro as marcações, ou adicione uma nova paragem)</translation>
        </message>
        <message>
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop}: há workshops marcados lá, por isso a data e o fuso horário ficam (mude primeiro os workshops)</translation>
        </message>
        <message>
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tem um dia de terapia com {count} marcação(ões): fica. Altere antes a paragem, ou mantenha-a.</translation>
        </message>
        <message>
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tem um dia de terapia: fica. Altere antes a paragem, ou mantenha-a.</translation>
        </message>
        <message>
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} tem workshops: fica.</translation>
        </message>
        <message>
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} tem kits registados: fica.</translation>
        </message>
        <message>
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>capacidade do espaço: {capacity} não é um número de pessoas a partir de 1</translation>
        </message>
        <message>
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>intervalo entre sessões: {minutes} não está entre 0 e 1440 minutos</translation>
        </message>
        <message>
            <source>location {location} does not exist</source>
            <translation>o local {location} não existe</translation>
        </message>
        <message>
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>esta ativação ainda não tem nenhum local: adicione uma tenda ou um camarim</translation>
        </message>
        <message>
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>o local {name} não está nesta ativação (existentes: {known})</translation>
        </message>
        <message>
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path}: ainda não há base de dados aqui, por isso não há nada para copiar.</translation>
        </message>
        <message>
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target}: já existe um ficheiro com esse nome (não foi mexido): escolha outro nome.</translation>
        </message>
        <message>
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target}: essa é a própria base de dados: escolha outro nome.</translation>
        </message>
        <message>
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin}: não é uma base de dados do Wellness Desk; não foi feita nenhuma cópia.</translation>
        </message>
        <message>
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path}: não há nenhum ficheiro aí (ou é uma pasta): escolha um ficheiro de cópia.</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path}: não é possível ler o ficheiro ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path}: não é uma base de dados do Wellness Desk (não é um ficheiro SQLite); nada foi alterado.</translation>
        </message>
        <message>
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path}: este ficheiro falha a verificação de integridade (SQLite: {why}), por isso está danificado; nada foi alterado. Escolha outra cópia.</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path}: não é uma base de dados do Wellness Desk (é um ficheiro SQLite de outro programa); nada foi alterado.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path}: foi escrita por uma versão mais recente do Wellness Desk (esquema {schema}); nada foi alterado. Instale a versão mais recente para a abrir.</translation>
        </message>
        <message>
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source}: essa é a própria base de dados, não uma cópia dela.</translation>
        </message>
        <message>
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>O Wellness Desk está aberto nesta pasta de dados ({folder}, {who}): feche-o primeiro, ou restaure a partir das Definições → Cópias de segurança dele. Nada foi alterado.</translation>
        </message>
        <message>
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder}: a pasta é só de leitura, por isso não foi possível escrever nenhuma cópia (nada foi alterado). Permita a escrita, ou escolha uma pasta num disco que a permita.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder}: o disco está cheio ({free} livres): nada foi escrito nem alterado. São precisos cerca de {needed} livres aí; liberte espaço e tente de novo.</translation>
        </message>
        <message>
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder}: o disco não conseguiu escrever a cópia ({reason}); nada foi alterado. Verifique o disco e tente de novo.</translation>
        </message>
        <message>
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source}: o ficheiro desapareceu; nada foi alterado.</translation>
        </message>
        <message>
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source}: não é possível copiar a base de dados ({reason}); nada foi alterado.</translation>
        </message>
        <message>
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file}: nada foi impresso, 1 problema:</translation>
        </message>
        <message>
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file}: nada foi impresso, {count} problemas:</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… e mais {count}</translation>
        </message>
        <message>
            <source>no locations after the header line</source>
            <translation>não há locais depois do cabeçalho</translation>
        </message>
        <message>
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} linha {line}, campo scan_distance: {distance} não são metros entre 0,1 e 50</translation>
        </message>
        <message>
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>cópias: {copies} não é um número de 1 a {max}</translation>
        </message>
        <message>
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} linha {line}, campo {problem}</translation>
        </message>
        <message>
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>logótipo: {logo} não é uma imagem que o reportlab consiga ler ({reason})</translation>
        </message>
        <message>
            <source>refused to print:</source>
            <translation>impressão recusada:</translation>
        </message>
        <message>
            <source>- {problem}</source>
            <translation>- {problem}</translation>
        </message>
        <message>
            <source>language: {language} is not one of {languages}</source>
            <translation>idioma: {language} não é um de {languages}</translation>
        </message>
        <message>
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path}: não é possível ler ({reason})</translation>
        </message>
        <message>
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path}: não é JSON válido ({reason})</translation>
        </message>
        <message>
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path}: tem de conter um objeto com {text_fields}</translation>
        </message>
        <message>
            <source>{path}: field {name} must be text</source>
            <translation>{path}: o campo {name} tem de ser texto</translation>
        </message>
        <message>
            <source>{path}: field headline is empty</source>
            <translation>{path}: o campo headline está vazio</translation>
        </message>
        <message>
            <source>template: {template} is not one of {templates}</source>
            <translation>modelo: {template} não é um de {templates}</translation>
        </message>
        <message>
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>papel: {template} imprime-se em {papers}, não em {paper}</translation>
        </message>
        <message>
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>etiqueta: está vazia (diz ao hub que cartazes foram lidos)</translation>
        </message>
        <message>
            <source>tag: longer than {max} characters</source>
            <translation>etiqueta: mais de {max} caracteres</translation>
        </message>
        <message>
            <source>tag: holds a control character</source>
            <translation>etiqueta: contém um carácter de controlo</translation>
        </message>
        <message>
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>distância de leitura: {distance} m não está entre 0,1 e 50 metros</translation>
        </message>
        <message>
            <source>first code: {first} is not a number from 1</source>
            <translation>primeiro código: {first} não é um número a partir de 1</translation>
        </message>
        <message>
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>recurso: o modelo {short_title} não tem lugar para o número de um recurso: escolha o cartão de recurso</translation>
        </message>
        <message>
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>recurso: sem número: escolha um em Recursos (Imprimir um cartão para isto)</translation>
        </message>
        <message>
            <source>resource number: {reason}</source>
            <translation>número do recurso: {reason}</translation>
        </message>
        <message>
            <source>{label}: longer than {max} characters</source>
            <translation>{label}: mais de {max} caracteres</translation>
        </message>
        <message>
            <source>{label}: holds a control character</source>
            <translation>{label}: contém um carácter de controlo</translation>
        </message>
        <message>
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Ficheiro → Definições → Linha de apoio)</translation>
        </message>
        <message>
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>linha de apoio: não há nenhum número definido, e as Definições pedem para recusar cartões e cartazes sem ele: defina-o em Ficheiro → Definições → Linha de apoio</translation>
        </message>
        <message>
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>endereço do hub: {hub} não é um endereço web (https://…)</translation>
        </message>
        <message>
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>ligação: {length} bytes, mais do que um código impresso deve conter ({max})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <source>the resource</source>
            <translation>o recurso</translation>
        </message>
        <message>
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}): não cabe no modelo {short_title} nem a {smallest} pt ({length} caracteres numa caixa de {w}×{h} mm): encurte-o</translation>
        </message>
        <message>
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind}: não cabe no modelo {short_title} nem a {smallest} pt ({length} caracteres numa caixa de {w}×{h} mm): encurte-o</translation>
        </message>
        <message>
            <source>logo: {logo} is not a readable file</source>
            <translation>logótipo: {logo} não é um ficheiro legível</translation>
        </message>
        <message>
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>zona de silêncio: {quiet} módulos de espaço em branco à volta do código QR, os leitores precisam de {minimum}</translation>
        </message>
        <message>
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>os módulos do QR medem {size} mm (versão {version}, nível {level}, para uma ligação de {length} caracteres): só a partir de {minimum} mm se imprime com fiabilidade; use uma etiqueta ou um endereço do hub mais curto</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>distância de leitura: o código QR mede {code_cm} cm, pequeno demais para um cartaz: use uma etiqueta ou um endereço do hub mais curto</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>distância de leitura: o código QR mede {code_cm} cm e lê-se a cerca de {supports} m, não aos {distance} m pedidos: defina a distância de leitura para {supports} m ou menos</translation>
        </message>
        <message>
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>distância de leitura: o código QR mede {code_cm} cm e lê-se a cerca de {supports} m, não aos {distance} m pedidos: imprima em {paper}, ou defina a distância de leitura para {supports} m ou menos</translation>
        </message>
        <message>
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>etiqueta {tag}: outro trabalho imprimiu entretanto os códigos a partir de c={first}; nada foi registado: imprima de novo para ter números novos</translation>
        </message>
        <message>
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>ainda não há nenhuma ativação: crie uma na aplicação, ou execute 'wellness-desk demo'</translation>
        </message>
        <message>
            <source>nothing to undo at {location}</source>
            <translation>não há nada para anular em {location}</translation>
        </message>
        <message>
            <source>--personal goes with --csv DIR</source>
            <translation>--personal usa-se com --csv PASTA</translation>
        </message>
        <message>
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper é para --program-pdf, não para --ics</translation>
        </message>
        <message>
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option}: {text} não é uma data como 2026-07-03</translation>
        </message>
        <message>
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space e --paper são para o programa, não para --csv (a exportação CSV inclui todas as ativações)</translation>
        </message>
        <message>
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations tira o modelo e a etiqueta do CSV: retire --template e --tag</translation>
        </message>
        <message>
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>são precisos --template e --tag (ou --locations FICHEIRO.csv)</translation>
        </message>
        <message>
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll e --activation usam-se com --hub URL</translation>
        </message>
        <message>
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size usa-se com --once ou --preview</translation>
        </message>
        <message>
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout: {timeout} não está entre 0 e 300 segundos</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>sem ligação a um hub: ligue primeiro com 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub precisa de --enroll CODE (o código de uso único dado pela coordenação do hub)</translation>
        </message>
        <message>
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>a ativação {activation} não existe (ativações: {known})</translation>
        </message>
        <message>
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} é um festival: os dias de terapia são das digressões (escolha a digressão na aplicação)</translation>
        </message>
        <message>
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} ainda não tem paragens: adicione-as na aplicação</translation>
        </message>
        <message>
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>paragem {wanted}: {count} paragens em {city} ({names}): escreva o nome completo da paragem</translation>
        </message>
        <message>
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>a paragem {wanted} não é uma paragem de {tour_name} (paragens: {known})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>ainda não há chave: defina primeiro um PIN ou uma frase-passe na secção Terapia da aplicação</translation>
        </message>
        <message>
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option}: não foi dado {what} (escreva-o quando for pedido, ou passe-o como uma linha na entrada padrão)</translation>
        </message>
        <message>
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>o fuso horário {name} não é uma zona IANA conhecida (p. ex. Europe/London)</translation>
        </message>
        <message>
            <source>a hand-out</source>
            <translation>uma entrega</translation>
        </message>
        <message>
            <source>an undo</source>
            <translation>uma anulação</translation>
        </message>
        <message>
            <source>a door count</source>
            <translation>uma contagem à porta</translation>
        </message>
        <message>
            <source>a booking</source>
            <translation>uma marcação</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} ahead of the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>o relógio deste portátil está {span} adiantado em relação ao do hub: acerte-o (o que foi registado é mantido e contado tal como está)</translation>
        </message>
        <message>
            <source>this laptop's clock is {span} behind the hub's: set it right (what was recorded is kept and counted as it is)</source>
            <translation>o relógio deste portátil está {span} atrasado em relação ao do hub: acerte-o (o que foi registado é mantido e contado tal como está)</translation>
        </message>
        <message>
            <source>This laptop's clock reads {now}, {span} before the last action recorded here ({action} at {then}): it may be set wrong. Set it right; what you record meanwhile is kept and counted.</source>
            <translation>O relógio deste portátil marca {now}, {span} antes da última ação registada aqui ({action} às {then}): pode estar mal acertado. Acerte-o; o que registar entretanto é mantido e contado.</translation>
        </message>
        <message>
            <source>1 day {hours} h</source>
            <translation>1 dia {hours} h</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 dia</translation>
        </message>
        <message>
            <source>{days} days {hours} h</source>
            <translation>{days} dias {hours} h</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} dias</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation>não é texto UTF-8 (guarde a folha como “CSV UTF-8”)</translation>
        </message>
        <message>
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>aqui abrem-se aspas que nunca se fecham (o resto do ficheiro seria este único campo)</translation>
        </message>
        <message>
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} linha {line}, campo {field}: {problem}</translation>
        </message>
        <message>
            <source>{file} line {line}: {problem}</source>
            <translation>{file} linha {line}: {problem}</translation>
        </message>
        <message>
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, campo {field}: {problem}</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>o ficheiro está vazio (a primeira linha indica as colunas: {known})</translation>
        </message>
        <message>
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} campos mas o cabeçalho tem {width} (um separador dentro de um campo precisa de aspas)</translation>
        </message>
        <message>
            <source>the first line must name the columns: {known}</source>
            <translation>a primeira linha tem de indicar as colunas: {known}</translation>
        </message>
        <message>
            <source>column {number} has no name</source>
            <translation>a coluna {number} não tem nome</translation>
        </message>
        <message>
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>coluna desconhecida {column} (as colunas são: {known})</translation>
        </message>
        <message>
            <source>column {key} appears twice</source>
            <translation>a coluna {key} aparece duas vezes</translation>
        </message>
        <message>
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>faltam colunas: {missing} (precisas: {needed})</translation>
        </message>
        <message>
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>falta uma coluna: {missing} (precisas: {needed})</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({reason})</source>
            <translation>não é possível ler como CSV ({reason})</translation>
        </message>
        <message>
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path}: é uma pasta, não um ficheiro de base de dados.</translation>
        </message>
        <message>
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path}: não é possível ler o ficheiro da base de dados ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: não é uma base de dados do Wellness Desk (não é um ficheiro SQLite). Não foi mexido; mova-o ou escolha outro --data-dir.</translation>
        </message>
        <message>
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path}: o disco não conseguiu ler nem escrever o ficheiro da base de dados ({name}); nada foi guardado. Deixe o ficheiro como está, verifique o disco (foi desligado?) e comece de novo.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path}: não é possível abrir o ficheiro da base de dados ({name}). Não foi mexido; verifique se o ficheiro e a pasta estão lá e se podem ser lidos.</translation>
        </message>
        <message>
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path}: o SQLite não pode escrever no ficheiro da base de dados ({name}); nada foi guardado. Verifique se o ficheiro continua na pasta e pode ser escrito, e depois comece de novo.</translation>
        </message>
        <message>
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path}: a base de dados está ocupada (outro programa está a escrever nela): essa ação NÃO foi guardada. Tente de novo.</translation>
        </message>
        <message>
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path}: o ficheiro da base de dados está danificado (o SQLite indica {name}); nada foi guardado e a partir de agora não será mexido. Deixe o ficheiro como está (copie-o para um sítio seguro), e depois reponha uma cópia feita antes do dano ou escolha outro --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder}: o disco da pasta de dados passou a só de leitura (o sistema faz isso a um disco com erros): essa ação NÃO foi guardada, e nada poderá ser guardado até voltar a permitir a escrita. Deixe os ficheiros como estão, verifique o disco e comece de novo, ou copie a pasta para um disco que funcione e escolha-a com --data-dir.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder}: o disco está cheio ({free} livres): nada foi guardado. O Wellness Desk precisa de pelo menos {needed} livres aí; liberte espaço e tente de novo.</translation>
        </message>
        <message>
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path}: não é possível criar a pasta ({reason}).</translation>
        </message>
        <message>
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder}: a pasta de dados é só de leitura, por isso o Wellness Desk não pode guardar nada aí (nada foi alterado). Permita a escrita na pasta (ou copie-a para um disco que a permita), ou escolha outra pasta com --data-dir.</translation>
        </message>
        <message>
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path}: o ficheiro da base de dados é só de leitura, por isso o Wellness Desk não pode guardar nada nele (nada foi alterado). Permita a escrita no ficheiro, ou escolha outra pasta com --data-dir.</translation>
        </message>
        <message>
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path}: não é possível abrir o ficheiro da base de dados ({reason}).</translation>
        </message>
        <message>
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path}: não é possível atualizar a base de dados ({reason}).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path}: este ficheiro SQLite é de outro programa, não do Wellness Desk. Não foi mexido; escolha outro --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: foi escrita por uma versão mais recente do Wellness Desk (esquema {schema}). Não foi mexida; instale a versão mais recente para a abrir.</translation>
        </message>
        <message>
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>a base de dados já tem ativações: a demonstração só preenche uma vazia (use --data-dir com uma pasta nova)</translation>
        </message>
        <message>
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>não há nenhuma exportação chamada {unknown} (exportações: {exports})</translation>
        </message>
        <message>
            <source>choose at least one export</source>
            <translation>escolha pelo menos uma exportação</translation>
        </message>
        <message>
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>dados pessoais: desbloqueie a secção Terapia (PIN ou frase-passe) para os incluir</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder}: é um ficheiro, não uma pasta; escolha uma pasta para a exportação</translation>
        </message>
        <message>
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder}: esta pasta tem outros ficheiros; escolha uma pasta vazia ou nova (uma exportação é uma pasta própria, substituída por inteiro da próxima vez)</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder}: não é possível escrever nesta pasta, por isso a exportação não foi escrita (nada foi alterado). Escolha outra pasta.</translation>
        </message>
        <message>
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder}: o disco está cheio, por isso a exportação não foi escrita (nada foi alterado). Precisa de mais de {size} livres aí: liberte espaço, ou escolha outro disco.</translation>
        </message>
        <message>
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder}: não foi possível escrever a exportação ({reason}); nada foi alterado.</translation>
        </message>
        <message>
            <source>kit name: must not be empty</source>
            <translation>nome do kit: não pode ficar vazio</translation>
        </message>
        <message>
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>nome do kit: {name} tem mais de {max} caracteres</translation>
        </message>
        <message>
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>cor do kit: {colour} não é uma cor como #1A2B3C</translation>
        </message>
        <message>
            <source>{what}: {count} is not a whole number</source>
            <translation>{what}: {count} não é um número inteiro</translation>
        </message>
        <message>
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what}: {count} não está entre {low} e {max}</translation>
        </message>
        <message>
            <source>kit name: {name} already exists</source>
            <translation>nome do kit: {name} já existe</translation>
        </message>
        <message>
            <source>low-stock threshold</source>
            <translation>limite de stock baixo</translation>
        </message>
        <message>
            <source>kit type {kit_type} does not exist</source>
            <translation>o tipo de kit {kit_type} não existe</translation>
        </message>
        <message>
            <source>kit {name} does not exist (known: {known})</source>
            <translation>o kit {name} não existe (existentes: {known})</translation>
        </message>
        <message>
            <source>action {action} does not exist</source>
            <translation>a ação {action} não existe</translation>
        </message>
        <message>
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>o kit {kit} está retirado: reponha-o primeiro no catálogo</translation>
        </message>
        <message>
            <source>hand-out count</source>
            <translation>quantidade entregue</translation>
        </message>
        <message>
            <source>role: {role} is not one of {roles}</source>
            <translation>função: {role} não é uma de {roles}</translation>
        </message>
        <message>
            <source>received count</source>
            <translation>quantidade recebida</translation>
        </message>
        <message>
            <source>counted stock</source>
            <translation>stock contado</translation>
        </message>
        <message>
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>motivo da correção: diga porque mudou a contagem (p. ex. 'recontagem')</translation>
        </message>
        <message>
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>uma anulação não pode ser anulada: entregue o kit outra vez</translation>
        </message>
        <message>
            <source>action {action} was already undone</source>
            <translation>a ação {action} já foi anulada</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montante</translation>
        </message>
        <message>
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label}: indique um montante, p. ex. 150,00 ou 150.00</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label}: {typed} não é um montante (algarismos, com vírgula ou ponto antes dos cêntimos, p. ex. 150,00)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label}: {typed} não é um montante</translation>
        </message>
        <message>
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} mistura separadores de uma forma que não é um montante (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} não é um montante (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label}: {typed} não é claro (milhares ou decimais?): escreva {whole}{after} sem o {sep}, ou duas casas decimais, p. ex. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label}: {typed} é muito mais dinheiro do que cabe num orçamento</translation>
        </message>
        <message>
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label}: {typed} tem mais de duas casas decimais (cêntimos)</translation>
        </message>
        <message>
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>O processo de desenho parou antes de terminar (o computador pode ter pouca memória): nada foi guardado. Tente de novo.</translation>
        </message>
        <message>
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path}: não é possível escrever ({reason})</translation>
        </message>
        <message>
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>falta o tipo de letra do programa em {folder} ({reason}): reinstale o Wellness Desk</translation>
        </message>
        <message>
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field}: o carácter {character} (U+{code}) não está nos tipos de letra de {what} ({fonts}): substitua-o</translation>
        </message>
        <message>
            <source>paper: {paper} is not one of {papers}</source>
            <translation>papel: {paper} não é um de {papers}</translation>
        </message>
        <message>
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>a ligação tem {longest} bytes: demasiado longa para qualquer código QR</translation>
        </message>
        <message>
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} bytes não cabem num código QR da versão {version}-{level}</translation>
        </message>
        <message>
            <source>no workshops in {where} to print</source>
            <translation>não há workshops em {where} para imprimir</translation>
        </message>
        <message>
            <source>language: {lang} is not one of {languages}</source>
            <translation>idioma: {lang} não é um de {languages}</translation>
        </message>
        <message>
            <source>dates: the end {end} is before the start {start}</source>
            <translation>datas: o fim {end} é anterior ao início {start}</translation>
        </message>
        <message>
            <source>location {location} is not in {activation}</source>
            <translation>o local {location} não está em {activation}</translation>
        </message>
        <message>
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>logótipo (Definições): {path} não é uma imagem que se possa imprimir ({error_type}): escolha outro ficheiro, ou nenhum</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number}: {problem}</translation>
        </message>
        <message>
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} é um festival: uma folha de digressão é para uma digressão</translation>
        </message>
        <message>
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} ainda não tem paragens: adicione-as em Ativações</translation>
        </message>
        <message>
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Ficheiro → Definições → Linha de apoio)</translation>
        </message>
        <message>
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number}: demasiado longo para imprimir em grande ({width} mm)</translation>
        </message>
        <message>
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>país: {country} não é um código de país de duas letras (p. ex. CA)</translation>
        </message>
        <message>
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>papel: o cartão de bolso imprime-se em {sheets}, não em {paper}</translation>
        </message>
        <message>
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>país: não há nenhuma linha de crise verificada para {code} neste diretório, por isso não há cartão para imprimir (a folha de digressão diz às pessoas para ligarem para os serviços de emergência locais)</translation>
        </message>
        <message>
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>os módulos do QR medem {module} mm para uma ligação de {length} caracteres: só a partir de {minimum} mm se imprime com fiabilidade; use um endereço do hub mais curto</translation>
        </message>
        <message>
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>país: as {count} linhas de crise de {code} não cabem num cartão de bolso nem em letra pequena: imprima antes a folha de digressão</translation>
        </message>
        <message>
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>ativação: {activation} não é uma das deste portátil (existentes: {known})</translation>
        </message>
        <message>
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>o diretório de recursos fica junto a um ficheiro de base de dados, e esta está em memória</translation>
        </message>
        <message>
            <source>no tour yet: create one in Activations</source>
            <translation>ainda não há nenhuma digressão: crie uma em Ativações</translation>
        </message>
        <message>
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country}: indique um código ISO 3166-1 de duas letras, p. ex. FR</translation>
        </message>
        <message>
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind}: um de {kinds}</translation>
        </message>
        <message>
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>não ligado a um hub: ligue-se primeiro (wellness-desk sync --hub URL --enroll CODE); o diretório que tinha é mantido</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>seg</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>ter</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>qua</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>qui</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>sex</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>fev</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>set</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>out</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dez</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Open 24/7</source>
            <translation>Aberto 24 horas</translation>
        </message>
        <message>
            <source>Hours unknown</source>
            <translation>Horário desconhecido</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Aberto agora</translation>
        </message>
        <message>
            <source>Open now until {time} ({zone})</source>
            <translation>Aberto agora até {time} ({zone})</translation>
        </message>
        <message>
            <source>Open now until {time}</source>
            <translation>Aberto agora até {time}</translation>
        </message>
        <message>
            <source>Closed, opens {time} ({zone})</source>
            <translation>Fechado, abre {time} ({zone})</translation>
        </message>
        <message>
            <source>Closed, opens {time}</source>
            <translation>Fechado, abre {time}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>shipped with the app</source>
            <translation>incluído no aplicativo</translation>
        </message>
        <message>
            <source>from the hub</source>
            <translation>do hub</translation>
        </message>
        <message>
            <source>imported from {name}</source>
            <translation>importado de {name}</translation>
        </message>
        <message>
            <source>No directory installed yet</source>
            <translation>Nenhum diretório instalado ainda</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (checked {day})</source>
            <translation>Diretório de {published}, {source} (verificado em {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} (installed {day})</source>
            <translation>Diretório de {published}, {source} (instalado em {day})</translation>
        </message>
        <message>
            <source>Directory of {published}, {source} on {day}</source>
            <translation>Diretório de {published}, {source} em {day}</translation>
        </message>
        <message>
            <source>Directory of {published}, {source}</source>
            <translation>Diretório de {published}, {source}</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>o pacote do diretório foi recusado, nada foi alterado: 1 problema:</translation>
        </message>
        <message>
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>o pacote do diretório foi recusado, nada foi alterado: {count} problemas:</translation>
        </message>
        <message>
            <source>… and {rest} more</source>
            <translation>… e mais {rest}</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} não é uma data (AAAA-MM-DD, p. ex. 2025-03-31)</translation>
        </message>
        <message>
            <source>{value} is not one of: {listed}</source>
            <translation>{value} não é um de: {listed}</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} não é true nem false</translation>
        </message>
        <message>
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} não é uma hora (HH:MM, de 00:00 a 23:59)</translation>
        </message>
        <message>
            <source>{value} is not a UUID</source>
            <translation>{value} não é um UUID</translation>
        </message>
        <message>
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} não é um endereço web (http:// ou https://)</translation>
        </message>
        <message>
            <source>{value} is not an email address</source>
            <translation>{value} não é um endereço de e-mail</translation>
        </message>
        <message>
            <source>there is no file or folder {path}</source>
            <translation>não existe nenhum ficheiro nem pasta {path}</translation>
        </message>
        <message>
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>não é um pacote de diretório: indique uma pasta com datapackage.json e um ficheiro CSV por tabela, ou a forma JSON do HSDS (.json)</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>não é texto UTF-8 (byte {byte})</translation>
        </message>
        <message>
            <source>is not JSON: {reason} (column {column})</source>
            <translation>não é JSON: {reason} (coluna {column})</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>não é a forma JSON do HSDS: os seus objetos estão aninhados milhares de níveis</translation>
        </message>
        <message>
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>não é a forma JSON do HSDS (um objeto com services)</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>é uma pasta, não um ficheiro</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>não pode ser lido ({reason})</translation>
        </message>
        <message>
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} não é um pacote de diretório: não tem datapackage.json (um pacote é uma pasta de tabelas CSV descritas por datapackage.json, ou um único ficheiro .json)</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>não é texto UTF-8</translation>
        </message>
        <message>
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>não é um descritor de pacote de dados (um objeto JSON)</translation>
        </message>
        <message>
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>é {version}: esta aplicação lê pacotes HSDS {hsds}</translation>
        </message>
        <message>
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>está em falta (esta aplicação lê pacotes HSDS 3.0)</translation>
        </message>
        <message>
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>é {profile}, um perfil diferente do desta aplicação ({ours})</translation>
        </message>
        <message>
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>está em falta: a data e hora em que o curador fez esta edição (UTC)</translation>
        </message>
        <message>
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} não é uma data e hora (p. ex. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} não tem fuso horário: acrescente Z para UTC</translation>
        </message>
        <message>
            <source>is not text</source>
            <translation>não é texto</translation>
        </message>
        <message>
            <source>is missing: a data package lists its tables in resources</source>
            <translation>está em falta: um pacote de dados lista as suas tabelas em resources</translation>
        </message>
        <message>
            <source>is not a table description</source>
            <translation>não é uma descrição de tabela</translation>
        </message>
        <message>
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} não é uma tabela que esta aplicação leia ({tables})</translation>
        </message>
        <message>
            <source>the table {name} is listed twice</source>
            <translation>a tabela {name} aparece duas vezes</translation>
        </message>
        <message>
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} não é um ficheiro CSV da pasta do pacote (p. ex. {example})</translation>
        </message>
        <message>
            <source>lists no {table} table: a directory needs one</source>
            <translation>não inclui nenhuma tabela {table}: um diretório precisa de uma</translation>
        </message>
        <message>
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>está em falta: o datapackage.json indica-o como a tabela {table}</translation>
        </message>
        <message>
            <source>is a folder, not a CSV file</source>
            <translation>é uma pasta, não um ficheiro CSV</translation>
        </message>
        <message>
            <source>the header line cannot be read ({reason})</source>
            <translation>não é possível ler o cabeçalho ({reason})</translation>
        </message>
        <message>
            <source>is empty: the first line names the columns</source>
            <translation>está vazio: a primeira linha indica as colunas</translation>
        </message>
        <message>
            <source>this column is named twice</source>
            <translation>esta coluna tem o nome repetido</translation>
        </message>
        <message>
            <source>unknown column: the {table} table has {known}</source>
            <translation>coluna desconhecida: a tabela {table} tem {known}</translation>
        </message>
        <message>
            <source>this required column is missing</source>
            <translation>falta esta coluna obrigatória</translation>
        </message>
        <message>
            <source>has {fields} fields where the header has {width}</source>
            <translation>tem {fields} campos onde o cabeçalho tem {width}</translation>
        </message>
        <message>
            <source>frictionless could not read it: {note}</source>
            <translation>o frictionless não o conseguiu ler: {note}</translation>
        </message>
        <message>
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>campo desconhecido: a forma JSON do HSDS tem {known}</translation>
        </message>
        <message>
            <source>is not a list</source>
            <translation>não é uma lista</translation>
        </message>
        <message>
            <source>is not an object</source>
            <translation>não é um objeto</translation>
        </message>
        <message>
            <source>unknown field: a {table} has {known}</source>
            <translation>campo desconhecido: um registo {table} tem {known}</translation>
        </message>
        <message>
            <source>is not an organization object with an id</source>
            <translation>não é um objeto organization com um id</translation>
        </message>
        <message>
            <source>differs from the term {term} given at {given_at}</source>
            <translation>difere do termo {term} dado em {given_at}</translation>
        </message>
        <message>
            <source>is not a taxonomy term object</source>
            <translation>não é um objeto de termo de taxonomia</translation>
        </message>
        <message>
            <source>is not true or false</source>
            <translation>não é true nem false</translation>
        </message>
        <message>
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>é {value} mas o registo em que está aninhado é {given}</translation>
        </message>
        <message>
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} não é um número de telefone (só algarismos, espaços, + - ( ) ., p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <source>is empty: it is required</source>
            <translation>está vazio: é obrigatório</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} é usado duas vezes em {table} (a primeira na linha {line})</translation>
        </message>
        <message>
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} é usado duas vezes em {table} (a primeira em {first})</translation>
        </message>
        <message>
            <source>no organization has the id {key}</source>
            <translation>nenhuma organização tem o id {key}</translation>
        </message>
        <message>
            <source>no service has the id {key}</source>
            <translation>nenhum serviço tem o id {key}</translation>
        </message>
        <message>
            <source>no phone has the id {key}</source>
            <translation>nenhum telefone tem o id {key}</translation>
        </message>
        <message>
            <source>no taxonomy term has the id {key}</source>
            <translation>nenhum termo de taxonomia tem o id {key}</translation>
        </message>
        <message>
            <source>no {table} has the id {key}</source>
            <translation>nenhum registo {table} tem o id {key}</translation>
        </message>
        <message>
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} não é uma lista de dias da semana ({weekdays}, separados por vírgulas, p. ex. MO,TU,WE)</translation>
        </message>
        <message>
            <source>{value} names a weekday twice</source>
            <translation>{value} indica um dia da semana duas vezes</translation>
        </message>
        <message>
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} não é um fuso horário IANA (p. ex. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} não é um código de país ISO 3166-1 (duas letras maiúsculas, p. ex. FR)</translation>
        </message>
        <message>
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} não é um código de língua ISO 639 (p. ex. en, fr, ou um código 639-3)</translation>
        </message>
        <message>
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} não é uma língua para a qual os nomes sejam traduzidos ({languages})</translation>
        </message>
        <message>
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>o telefone {phone} pertence ao serviço {service}, não a {other}</translation>
        </message>
        <message>
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>é {zone} mas o fuso do serviço é {service_zone}: este perfil guarda o horário de um serviço no fuso do próprio serviço</translation>
        </message>
        <message>
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>uma língua é de um serviço ou de um telefone: indique exatamente um de service_id e phone_id</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} não é uma subdivisão ISO 3166-2 de {country} (p. ex. {country}-CA)</translation>
        </message>
        <message>
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} não é uma subdivisão ISO 3166-2 do seu país (p. ex. US-CA)</translation>
        </message>
        <message>
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>é {taxonomy}: os tipos de um serviço são termos da taxonomia {ours}</translation>
        </message>
        <message>
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} não é um tipo ({kinds})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>o campo {field} de {table} {record} em {language} aparece duas vezes (a primeira na linha {line})</translation>
        </message>
        <message>
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>o campo {field} de {table} {record} em {language} aparece duas vezes (a primeira em {first})</translation>
        </message>
        <message>
            <source>a phone has no name to translate, only its description</source>
            <translation>um telefone não tem nome para traduzir, só a sua descrição</translation>
        </message>
        <message>
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>o telefone {phone} está sempre aberto: não tem horário</translation>
        </message>
        <message>
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>este horário é do serviço no seu todo, mas ele não tem telefone: este perfil guarda o horário por meio de contacto</translation>
        </message>
        <message>
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>nenhum outro serviço está no par {group}: os serviços emparelhados são mostrados juntos, por isso um par precisa de dois ou mais</translation>
        </message>
        <message>
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>este serviço ativo não tem telefone, endereço web nem e-mail: as pessoas não o conseguiriam contactar</translation>
        </message>
        <message>
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>verificado em {day}, depois de o diretório ser publicado ({edition}): uma verificação não pode estar no futuro</translation>
        </message>
        <message>
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder}: o disco está cheio; o pacote não foi escrito (a pasta está como estava). Liberte espaço e exporte de novo.</translation>
        </message>
        <message>
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder}: não é possível escrever nesta pasta; escolha outra para o pacote.</translation>
        </message>
        <message>
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder}: é um ficheiro, não uma pasta; escolha uma pasta para o pacote.</translation>
        </message>
        <message>
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder}: não foi possível escrever o pacote ({reason}).</translation>
        </message>
        <message>
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>sem fonte nem data de verificação no diretório, por isso nunca é impresso: verifique-o e atualize o diretório</translation>
        </message>
        <message>
            <source>the number is empty</source>
            <translation>o número está vazio</translation>
        </message>
        <message>
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>verificado pela última vez em {day}, há mais de {months} meses: volte a verificá-lo, ou imprima as linhas antigas marcadas "não reverificado desde"</translation>
        </message>
        <message>
            <source>the service is inactive: a closed line is not printed</source>
            <translation>o serviço está inativo: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <source>the service is defunct: a closed line is not printed</source>
            <translation>o serviço já não existe: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>o serviço está temporariamente fechado: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <source>the service is {status}: a closed line is not printed</source>
            <translation>o serviço está no estado {status}: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field}: {text} não é um id do diretório (um uuid)</translation>
        </message>
        <message>
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>o diretório do hub não está assinado por um curador em quem este portátil confie: foi recusado e o que tinha é mantido</translation>
        </message>
        <message>
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>o ficheiro de chave não é uma chave privada Ed25519 não cifrada em formato PEM (crie uma com: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>o ficheiro de chave contém uma chave privada, mas não Ed25519 (crie uma com: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <source>a curator key is base64 text (44 characters)</source>
            <translation>uma chave de curador é texto base64 (44 caracteres)</translation>
        </message>
        <message>
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>uma chave de curador é o base64 de 32 bytes (44 caracteres, como o `wellness-hub resources keygen` a mostra)</translation>
        </message>
        <message>
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>Não foi possível ler o ficheiro do diretório (danificado); foi posto de lado como {aside} e no seu lugar ficou o diretório que vem com a aplicação (uma transferência do hub traz de volta a edição mais recente).</translation>
        </message>
        <message>
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: este ficheiro SQLite não é um diretório de recursos do Wellness Desk. Não foi mexido; mova-o ou escolha outro --data-dir.</translation>
        </message>
        <message>
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: foi escrito por um Wellness Desk mais recente (esquema do diretório {version}). Não foi mexido; instale a versão mais recente para o abrir.</translation>
        </message>
        <message>
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path}: ainda não há nenhum diretório de recursos instalado.</translation>
        </message>
        <message>
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} não existe em {tz}: nessa altura os relógios adiantam</translation>
        </message>
        <message>
            <source>workshop kind: must not be empty</source>
            <translation>tipo de workshop: não pode ficar vazio</translation>
        </message>
        <message>
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>tipo de workshop: mais de {max} caracteres (tem {length}); as contagens do hub usam esta etiqueta: encurte-a</translation>
        </message>
        <message>
            <source>workshop kind: {name} already exists</source>
            <translation>tipo de workshop: {name} já existe</translation>
        </message>
        <message>
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>tipo: {kind} não é um de {kinds} (adicione-o primeiro à lista)</translation>
        </message>
        <message>
            <source>workshop {workshop} does not exist</source>
            <translation>o workshop {workshop} não existe</translation>
        </message>
        <message>
            <source>title: must not be empty</source>
            <translation>título: não pode ficar vazio</translation>
        </message>
        <message>
            <source>title: longer than {max} characters</source>
            <translation>título: mais de {max} caracteres</translation>
        </message>
        <message>
            <source>end: must be after the start</source>
            <translation>fim: tem de ser depois do início</translation>
        </message>
        <message>
            <source>end: a session cannot last more than 24 hours</source>
            <translation>fim: uma sessão não pode durar mais de 24 horas</translation>
        </message>
        <message>
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>lotação: {capacity} não é um número de pessoas a partir de 1</translation>
        </message>
        <message>
            <source>space: belongs to another activation</source>
            <translation>espaço: pertence a outra ativação</translation>
        </message>
        <message>
            <source>status: {status} is not one of {statuses}</source>
            <translation>estado: {status} não é um de {statuses}</translation>
        </message>
        <message>
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>“{title}” já aconteceu (realizado, ou com pessoas contadas à entrada), por isso não pode ser cancelado</translation>
        </message>
        <message>
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>“{title}” foi realizado ou contado à entrada: cancele-o em vez disso</translation>
        </message>
        <message>
            <source>counter: {counter} is not one of {counters}</source>
            <translation>contador: {counter} não é um de {counters}</translation>
        </message>
        <message>
            <source>a door tap is +1 or −1</source>
            <translation>um toque à entrada é +1 ou −1</translation>
        </message>
        <message>
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>“{title}” está cancelado: não há ninguém para contar</translation>
        </message>
        <message>
            <source>the headcount is already 0</source>
            <translation>a contagem já está em 0</translation>
        </message>
        <message>
            <source>the waitlist is already 0</source>
            <translation>a lista de espera já está em 0</translation>
        </message>
        <message>
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>“{title}” está cheio ({capacity} de {capacity}): conte-os na lista de espera</translation>
        </message>
        <message>
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file}: nada foi importado, 1 problema:</translation>
        </message>
        <message>
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file}: nada foi importado, {count} problemas:</translation>
        </message>
        <message>
            <source>no workshops after the header line</source>
            <translation>não há workshops depois do cabeçalho</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vazio</translation>
        </message>
        <message>
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} não é um espaço de {activation} (existentes: {known})</translation>
        </message>
        <message>
            <source>longer than {max} characters</source>
            <translation>mais de {max} caracteres</translation>
        </message>
        <message>
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} não é um tipo de workshop (existentes: {kinds})</translation>
        </message>
        <message>
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} não é um número de pessoas a partir de 1 (deixe vazio para usar a lotação do espaço)</translation>
        </message>
        <message>
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} não é depois do início {start} (uma sessão que passa da meia-noite: ponha o dia em que acaba na coluna end_date)</translation>
        </message>
        <message>
            <source>a session cannot last more than 24 hours</source>
            <translation>uma sessão não pode durar mais de 24 horas</translation>
        </message>
        <message>
            <source>{text} is not a date of the calendar</source>
            <translation>{text} não é uma data do calendário</translation>
        </message>
        <message>
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} não é uma data (use 2026-07-04)</translation>
        </message>
        <message>
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} pode ser {day} {month} ou {day2} {month2}: escreva {date} ou {date2}</translation>
        </message>
        <message>
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} não está dentro de {activation} ({start} a {end}); escreva as datas como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>is empty ({hint})</source>
            <translation>está vazio ({hint})</translation>
        </message>
        <message>
            <source>{text} is not a time ({hint})</source>
            <translation>{text} não é uma hora ({hint})</translation>
        </message>
        <message>
            <source>space {space} is not in {activation}</source>
            <translation>o espaço {space} não está em {activation}</translation>
        </message>
        <message>
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>não há workshops em {where} para pôr num calendário: adicione um primeiro</translation>
        </message>
        <message>
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path}: o quick_check indica {integrity}</translation>
        </message>
        <message>
            <source>card sheet refused: {problems}</source>
            <translation>folha de cartões recusada: {problems}</translation>
        </message>
        <message>
            <source>{written}: the log line was not written</source>
            <translation>{written}: a linha do registo não foi escrita</translation>
        </message>
        <message>
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>tempo para anular: {seconds} não está entre 3 e 600 segundos</translation>
        </message>
        <message>
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>endereço do hub: {url} não é um endereço web (https://…)</translation>
        </message>
        <message>
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>bloqueio da terapia: {minutes} não é de 1 a 120 minutos</translation>
        </message>
        <message>
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>número da linha de apoio: {number} não é um número de telefone (só algarismos, espaços, + - ( ), p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>número da linha de apoio: {number} tem {digits} algarismos; um número de telefone tem de 3 (um número curto como o 988) a 15</translation>
        </message>
        <message>
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>número da linha de apoio: {number} não é um número real ({why}): ponha o número da sua linha de apoio</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>número da linha de apoio: {number} parece um número fictício (um algarismo repetido): ponha o número da sua linha de apoio</translation>
        </message>
        <message>
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>número da linha de apoio: {number} parece um número fictício (algarismos seguidos): ponha o número da sua linha de apoio</translation>
        </message>
        <message>
            <source>help line name: longer than {max} characters</source>
            <translation>nome da linha de apoio: mais de {max} caracteres</translation>
        </message>
        <message>
            <source>help line name: holds a control character</source>
            <translation>nome da linha de apoio: contém um carácter de controlo</translation>
        </message>
        <message>
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>nome da organização: mais de {max} caracteres</translation>
        </message>
        <message>
            <source>nonprofit's name: holds a control character</source>
            <translation>nome da organização: contém um carácter de controlo</translation>
        </message>
        <message>
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>logótipo: {path} não é um ficheiro (escolha uma imagem PNG ou JPEG, ou deixe vazio)</translation>
        </message>
        <message>
            <source>the hub did not keep every change it was sent</source>
            <translation>o hub não guardou todas as alterações que lhe foram enviadas</translation>
        </message>
        <message>
            <source>hub unreachable (no answer to the connection)</source>
            <translation>hub inacessível (sem resposta à ligação)</translation>
        </message>
        <message>
            <source>hub unreachable (it did not answer in time)</source>
            <translation>hub inacessível (não respondeu a tempo)</translation>
        </message>
        <message>
            <source>hub unreachable (its certificate is not trusted)</source>
            <translation>hub inacessível (o seu certificado não é de confiança)</translation>
        </message>
        <message>
            <source>hub unreachable (connection refused)</source>
            <translation>hub inacessível (ligação recusada)</translation>
        </message>
        <message>
            <source>hub unreachable (its address cannot be found: no network?)</source>
            <translation>hub inacessível (não se encontra o endereço: sem rede?)</translation>
        </message>
        <message>
            <source>hub unreachable (no network)</source>
            <translation>hub inacessível (sem rede)</translation>
        </message>
        <message>
            <source>hub unreachable (cannot connect)</source>
            <translation>hub inacessível (não é possível ligar)</translation>
        </message>
        <message>
            <source>hub unreachable (the connection broke off)</source>
            <translation>hub inacessível (a ligação foi interrompida)</translation>
        </message>
        <message>
            <source>hub unreachable</source>
            <translation>hub inacessível</translation>
        </message>
        <message>
            <source>not the hub's answer ({reason}): a proxy or a Wi-Fi login page on the way?</source>
            <translation>não é a resposta do hub ({reason}): um proxy ou uma página de acesso Wi-Fi pelo caminho?</translation>
        </message>
        <message>
            <source>the hub no longer accepts this laptop</source>
            <translation>o hub já não aceita este portátil</translation>
        </message>
        <message>
            <source>the hub asked to slow down: next try in {seconds} s</source>
            <translation>o hub pediu para abrandar: próxima tentativa daqui a {seconds} s</translation>
        </message>
        <message>
            <source>the hub asked to slow down</source>
            <translation>o hub pediu para abrandar</translation>
        </message>
        <message>
            <source>the network redirected the request (HTTP {status}; a Wi-Fi login page?)</source>
            <translation>a rede redirecionou o pedido (HTTP {status}; uma página de acesso Wi-Fi?)</translation>
        </message>
        <message>
            <source>the hub has a problem (HTTP {status})</source>
            <translation>o hub tem um problema (HTTP {status})</translation>
        </message>
        <message>
            <source>the hub holds later counts from this laptop than its database has (put back from a copy?)</source>
            <translation>o hub tem contagens deste portátil mais recentes do que a sua base de dados (reposta de uma cópia?)</translation>
        </message>
        <message>
            <source>the hub refused these counts: {reason}</source>
            <translation>o hub recusou estas contagens: {reason}</translation>
        </message>
        <message>
            <source>the hub answered oddly (HTTP {status})</source>
            <translation>o hub respondeu de forma estranha (HTTP {status})</translation>
        </message>
        <message>
            <source>the answer did not come from the hub (a Wi-Fi login page?)</source>
            <translation>a resposta não veio do hub (uma página de acesso Wi-Fi?)</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status} — is the address right?</source>
            <translation>o hub respondeu HTTP {status} — o endereço está certo?</translation>
        </message>
        <message>
            <source>a proxy on this network asks for a login (HTTP 407)</source>
            <translation>um proxy desta rede pede início de sessão (HTTP 407)</translation>
        </message>
        <message>
            <source>something on the way refused the request (HTTP {status}, not in the hub's words): a proxy?</source>
            <translation>algo pelo caminho recusou o pedido (HTTP {status}, não nas palavras do hub): um proxy?</translation>
        </message>
        <message>
            <source>the hub answered HTTP {status}</source>
            <translation>o hub respondeu HTTP {status}</translation>
        </message>
        <message>
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>tamanho do lote: {batch_size} não é de 1 a {max} células</translation>
        </message>
        <message>
            <source>the hub cannot say what it holds from this laptop (an older hub)</source>
            <translation>o hub não consegue dizer o que tem deste portátil (um hub mais antigo)</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>não há um porta-chaves do sistema seguro neste computador ({keyring_name}): o token do hub não teria onde ficar em segurança, por isso este portátil não pode ligar-se. Configure o porta-chaves do sistema (p. ex. GNOME Keyring ou KWallet) e tente de novo; o código continua por usar</translation>
        </message>
        <message>
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>código de inscrição: vazio (tem este aspeto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>código de inscrição: só letras, algarismos e hífenes (como K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>ainda não há nenhuma ativação: crie primeiro o festival ou a digressão; o hub recebe as contagens de uma ativação</translation>
        </message>
        <message>
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} respondeu {answer} ({reason}): verifique o endereço; o código continua por usar</translation>
        </message>
        <message>
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>não é possível ligar a {hub_url}: {words} (o mesmo código serve quando tentar de novo)</translation>
        </message>
        <message>
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>o hub recusou o código: {reason} (peça um novo à coordenação)</translation>
        </message>
        <message>
            <source>the hub is busy: try again in a minute</source>
            <translation>o hub está ocupado: tente de novo daqui a um minuto</translation>
        </message>
        <message>
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>o hub em {hub_url} tem um problema (HTTP {status}): tente de novo mais tarde</translation>
        </message>
        <message>
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>o hub não aceitou a forma do código (tem este aspeto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} não responde como um hub Wellness (HTTP {status}): verifique o endereço</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>o porta-chaves ({keyring_name}) não pode ser lido ({error_type}): está bloqueado? O código continua por usar</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>o porta-chaves ({keyring_name}) recusou guardar o token do hub ({error_type}): nada foi enviado, e o código continua por usar</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>o porta-chaves ({keyring_name}) recusou guardar o token do hub ({error_type}): nada foi guardado; tente de novo com o mesmo código</translation>
        </message>
        <message>
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>não há um porta-chaves do sistema seguro neste computador ({keyring_name}): não é possível ler o token do hub</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>o porta-chaves ({keyring_name}) não pode ser lido ({error_type}): está bloqueado?</translation>
        </message>
        <message>
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>o token do hub deste portátil não está no porta-chaves: volte a ligá-lo na página Sincronizar</translation>
        </message>
        <message>
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>o token do hub no porta-chaves ({entry}) não é o que esta aplicação guardou ({fault}): volte a ligar este portátil na página Sincronizar com um código novo da coordenação (isso guarda um token novo)</translation>
        </message>
        <message>
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>continua ligado, e o token continua lá ({entry}); desbloqueie o porta-chaves e tente de novo</translation>
        </message>
        <message>
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>não é possível aceder ao porta-chaves ({keyring_name}), por isso o token do hub não foi removido: {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>o porta-chaves ({keyring_name}) não conseguiu remover o token do hub ({error_type}): {still}</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>o porta-chaves ({keyring_name}) manteve o token do hub apesar de lhe ter sido pedido para o remover: {still}</translation>
        </message>
        <message>
            <source>the hub keeps receiving later counts from this laptop than its database has: is a second copy of this data folder syncing too?</source>
            <translation>o hub continua a receber deste portátil contagens mais recentes do que as da sua base de dados: há uma segunda cópia desta pasta de dados a sincronizar também?</translation>
        </message>
        <message>
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>o lote {batch} foi recusado numa ligação anterior ao hub; a ligação atual volta a enviar essas contagens, por isso não é preciso tentar de novo</translation>
        </message>
        <message>
            <source>there is no refused batch {batch}</source>
            <translation>não há nenhum lote recusado {batch}</translation>
        </message>
        <message>
            <source>Directory: {problem}; the directory you had is kept</source>
            <translation>Diretório: {problem}; mantém-se o diretório que tinha</translation>
        </message>
        <message>
            <source>Directory: unchanged</source>
            <translation>Diretório: sem alterações</translation>
        </message>
        <message>
            <source>Directory: the hub has none to give yet; the directory you had is kept</source>
            <translation>Diretório: o hub ainda não tem nenhum para dar; mantém-se o diretório que tinha</translation>
        </message>
        <message>
            <source>Directory: the hub no longer accepts this laptop (reconnect it on the Sync page); the directory you had is kept</source>
            <translation>Diretório: o hub já não aceita este portátil (volte a ligá-lo na página Sincronizar); mantém-se o diretório que tinha</translation>
        </message>
        <message>
            <source>Directory: the hub is busy; the directory you had is kept</source>
            <translation>Diretório: o hub está ocupado; mantém-se o diretório que tinha</translation>
        </message>
        <message>
            <source>Directory: the hub has a problem (HTTP {status}); the directory you had is kept</source>
            <translation>Diretório: o hub tem um problema (HTTP {status}); mantém-se o diretório que tinha</translation>
        </message>
        <message>
            <source>Directory: the hub refused the request ({reason}); the directory you had is kept</source>
            <translation>Diretório: o hub recusou o pedido ({reason}); mantém-se o diretório que tinha</translation>
        </message>
        <message>
            <source>The directory from the hub is not valid ({problem}): it was refused and the directory you had is kept.</source>
            <translation>O diretório do hub não é válido ({problem}): foi recusado e mantém-se o que tinha.</translation>
        </message>
        <message>
            <source>The directory from the hub is an older edition ({published}) than the one this laptop has ({held}): it was refused and the directory you had is kept.</source>
            <translation>O diretório do hub é uma edição mais antiga ({published}) do que a deste portátil ({held}): foi recusado e mantém-se o que tinha.</translation>
        </message>
        <message>
            <source>Directory: installed 1 service from the hub {host}</source>
            <translation>Diretório: instalado 1 serviço do hub {host}</translation>
        </message>
        <message>
            <source>Directory: installed {n} services from the hub {host}</source>
            <translation>Diretório: instalados {n} serviços do hub {host}</translation>
        </message>
        <message>
            <source>not the hub's answer</source>
            <translation>não é a resposta do hub</translation>
        </message>
        <message>
            <source>over {mib} MiB</source>
            <translation>mais de {mib} MiB</translation>
        </message>
        <message>
            <source>compressed as {coding}, which the hub never is</source>
            <translation>comprimida como {coding}, algo que o hub nunca faz</translation>
        </message>
        <message>
            <source>broken gzip</source>
            <translation>gzip danificado</translation>
        </message>
        <message>
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>endereço do hub: vazio (escreva-o como https://hub.example.org)</translation>
        </message>
        <message>
            <source>hub address: {text} has a space in it</source>
            <translation>endereço do hub: {text} tem um espaço</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address</source>
            <translation>endereço do hub: {text} não é um endereço web</translation>
        </message>
        <message>
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>endereço do hub: {text} não é um endereço web (começa por https:// ou http://)</translation>
        </message>
        <message>
            <source>hub address: leave the user name and password out of it</source>
            <translation>endereço do hub: não ponha o nome de utilizador nem a palavra-passe</translation>
        </message>
        <message>
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>endereço do hub: {text} tem uma parte '?' ou '#': escreva o endereço do hub</translation>
        </message>
        <message>
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>endereço do hub: use https:// para um hub na internet ({text}): o token atravessaria a rede sem cifra</translation>
        </message>
        <message>
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} não é uma paragem da digressão com data</translation>
        </message>
        <message>
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>janela do dia: acaba às {window_end}, não depois de começar ({window_start})</translation>
        </message>
        <message>
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>duração da sessão: {minutes} não é de 10 a 240 minutos</translation>
        </message>
        <message>
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>pausa: {minutes} não é de 0 a 120 minutos</translation>
        </message>
        <message>
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>pausa para almoço: indique o início e o fim, ou nenhum</translation>
        </message>
        <message>
            <source>lunch break: ends before it starts</source>
            <translation>pausa para almoço: acaba antes de começar</translation>
        </message>
        <message>
            <source>lunch break: outside the day window</source>
            <translation>pausa para almoço: fora da janela do dia</translation>
        </message>
        <message>
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>janela do dia: {window_start}–{window_end} não dá para uma sessão de {minutes} minutos</translation>
        </message>
        <message>
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>janela do dia: não cabe nenhuma sessão de {minutes} minutos em {day} ({window_start}–{window_end}, sem o almoço e qualquer mudança de hora)</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>custo</translation>
        </message>
        <message>
            <source>therapy day {therapy_day} does not exist</source>
            <translation>o dia de terapia {therapy_day} não existe</translation>
        </message>
        <message>
            <source>provider name: must not be empty</source>
            <translation>nome do profissional: não pode ficar vazio</translation>
        </message>
        <message>
            <source>mode: {mode} is not one of {modes}</source>
            <translation>modalidade: {mode} não é uma de {modes}</translation>
        </message>
        <message>
            <source>cost per session</source>
            <translation>custo por sessão</translation>
        </message>
        <message>
            <source>cost per day</source>
            <translation>custo por dia</translation>
        </message>
        <message>
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>desbloqueie a secção de terapia para guardar o contacto do profissional</translation>
        </message>
        <message>
            <source>slot {slot} does not exist</source>
            <translation>o horário {slot} não existe</translation>
        </message>
        <message>
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>este horário está marcado: cancele a marcação antes de o bloquear</translation>
        </message>
        <message>
            <source>slot: ends before it starts</source>
            <translation>horário: acaba antes de começar</translation>
        </message>
        <message>
            <source>slot: longer than 4 hours</source>
            <translation>horário: dura mais de 4 horas</translation>
        </message>
        <message>
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>horário: sobrepõe-se ao horário das {time} do mesmo dia</translation>
        </message>
        <message>
            <source>slot: starts and ends at the same time</source>
            <translation>horário: começa e acaba à mesma hora</translation>
        </message>
        <message>
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} horário(s) marcado(s) não cabem no novo plano ({times}): mantenha-os, ou cancele as marcações</translation>
        </message>
        <message>
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} não é uma digressão: o orçamento de terapia é de uma digressão</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>orçamento</translation>
        </message>
        <message>
            <source>budget: give an amount, e.g. 2400</source>
            <translation>orçamento: indique um montante, p. ex. 2400</translation>
        </message>
        <message>
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>moeda: {currency} não é um código como USD ou EUR</translation>
        </message>
        <message>
            <source>person: give a name, initials or an alias</source>
            <translation>pessoa: indique um nome, iniciais ou um pseudónimo</translation>
        </message>
        <message>
            <source>person: longer than 80 characters</source>
            <translation>pessoa: mais de 80 caracteres</translation>
        </message>
        <message>
            <source>this slot is blocked</source>
            <translation>este horário está bloqueado</translation>
        </message>
        <message>
            <source>this slot is already booked</source>
            <translation>este horário já está marcado</translation>
        </message>
        <message>
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>esta pessoa já tem uma sessão às {time} ({place}) que se sobrepõe a este horário</translation>
        </message>
        <message>
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>esta marcação custa {cost} {currency}; só restam {remaining} {currency} do orçamento de terapia</translation>
        </message>
        <message>
            <source>booking {booking} does not exist</source>
            <translation>a marcação {booking} não existe</translation>
        </message>
        <message>
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>estado: {status} não é booked, attended nem no_show (cancele com cancel_booking)</translation>
        </message>
        <message>
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>esta marcação foi cancelada: marque o horário outra vez</translation>
        </message>
        <message>
            <source>this booking is already cancelled</source>
            <translation>esta marcação já está cancelada</translation>
        </message>
        <message>
            <source>this session took place (attended or no-show): it stays</source>
            <translation>esta sessão já aconteceu (compareceu ou faltou): fica</translation>
        </message>
        <message>
            <source>this person is already on the waitlist for this day</source>
            <translation>esta pessoa já está na lista de espera deste dia</translation>
        </message>
        <message>
            <source>this person is no longer on the waitlist</source>
            <translation>esta pessoa já não está na lista de espera</translation>
        </message>
        <message>
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>este horário é de outro dia de terapia que a lista de espera</translation>
        </message>
        <message>
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>esta entrada da lista de espera perdeu o nome: adicione a pessoa outra vez</translation>
        </message>
        <message>
            <source>unlock the therapy section to print names</source>
            <translation>desbloqueie a secção de terapia para imprimir nomes</translation>
        </message>
        <message>
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>desbloqueie a secção de terapia para pôr o nome no convite</translation>
        </message>
        <message>
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>desbloqueie a secção de terapia para pôr nomes no calendário</translation>
        </message>
        <message>
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>não é oferecido nenhum horário do dia de terapia em {stop}: nada para pôr num calendário</translation>
        </message>
        <message>
            <source>{field}: stored in an unknown format</source>
            <translation>{field}: guardado num formato desconhecido</translation>
        </message>
        <message>
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field}: não é possível decifrar com esta chave</translation>
        </message>
        <message>
            <source>Names are encrypted; the key is in this computer's keyring ({keyring}). Your PIN hides them on screen.</source>
            <translation>Os nomes estão criptografados; a chave está no chaveiro deste computador ({keyring}). Seu PIN os oculta na tela.</translation>
        </message>
        <message>
            <source>Names are encrypted with a key protected by your passphrase (no system keyring is used). Without the passphrase they cannot be read.</source>
            <translation>Os nomes estão criptografados com uma chave protegida pela sua frase secreta (nenhum chaveiro do sistema é usado). Sem a frase eles não podem ser lidos.</translation>
        </message>
        <message>
            <source>Set a PIN to start: names will be encrypted with a key kept in this computer's keyring ({keyring}).</source>
            <translation>Defina um PIN para começar: os nomes serão criptografados com uma chave guardada no chaveiro deste computador ({keyring}).</translation>
        </message>
        <message>
            <source>No system keyring works on this computer. Set a passphrase to start: names will be encrypted with a key derived from it. Keep it safe: without it nobody can read them.</source>
            <translation>Nenhum chaveiro do sistema funciona neste computador. Defina uma frase secreta para começar: os nomes serão criptografados com uma chave derivada dela. Guarde-a bem: sem ela ninguém poderá lê-los.</translation>
        </message>
        <message>
            <source>the key is already set up: unlock instead</source>
            <translation>a chave já está configurada: desbloqueie em vez disso</translation>
        </message>
        <message>
            <source>PIN: use at least {minimum} characters</source>
            <translation>PIN: use pelo menos {minimum} caracteres</translation>
        </message>
        <message>
            <source>passphrase: use at least {minimum} characters</source>
            <translation>frase-passe: use pelo menos {minimum} caracteres</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>o porta-chaves ({keyring_name}) recusou guardar a chave ({error_type})</translation>
        </message>
        <message>
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>ainda não há chave: defina primeiro um PIN ou uma frase-passe</translation>
        </message>
        <message>
            <source>too many wrong tries: wait {wait} s</source>
            <translation>demasiadas tentativas erradas: espere {wait} s</translation>
        </message>
        <message>
            <source>wrong PIN: try again in {delay} s</source>
            <translation>PIN errado: tente de novo daqui a {delay} s</translation>
        </message>
        <message>
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>frase-passe errada: tente de novo daqui a {delay} s</translation>
        </message>
        <message>
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>o porta-chaves ({keyring_name}) não pode ser lido ({error_type})</translation>
        </message>
        <message>
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>a chave desta base de dados não está no porta-chaves deste computador ({name}): os nomes não podem ser lidos neste computador</translation>
        </message>
        <message>
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>a chave desta base de dados no porta-chaves ({name}: serviço {SERVICE}, entrada 'data-key:{db_id}') não é a que esta aplicação guardou ({fault}): reponha essa entrada a partir de uma cópia do porta-chaves; até lá os nomes não podem ser lidos (nada foi alterado)</translation>
        </message>
    </context>
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
        <message>
            <source>Kits handed out today</source>
            <translation>Kits entregues hoje</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Contador de kits</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programação</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Dias de terapia</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Kit catalogue</source>
            <translation>Catálogo de kits</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Ativações</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>Resource directory: {problem}</source>
            <translation>Diretório de recursos: {problem}</translation>
        </message>
        <message>
            <source>No activation yet</source>
            <translation>Ainda não há nenhuma ativação</translation>
        </message>
        <message>
            <source>Create one under Activations</source>
            <translation>Crie uma em Ativações</translation>
        </message>
        <message>
            <source>{activation} · today: {stop}</source>
            <translation>{activation} · hoje: {stop}</translation>
        </message>
        <message>
            <source>{activation} · next: {stop}, {day}</source>
            <translation>{activation} · próxima parada: {stop}, {day}</translation>
        </message>
        <message>
            <source>{activation} · {place}</source>
            <translation>{activation} · {place}</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>Turnê</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>Festival</translation>
        </message>
        <message>
            <source>{kind} · times in {zone}</source>
            <translation>{kind} · horários em {zone}</translation>
        </message>
        <message>
            <source>Wellness Desk</source>
            <translation>Wellness Desk</translation>
        </message>
        <message>
            <source>{section} (Ctrl+{number})</source>
            <translation>{section} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Seções</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>Activation &amp;report…</source>
            <translation>&amp;Relatório da ativação…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sa&amp;ir</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atalhos de teclado</translation>
        </message>
        <message>
            <source>&amp;About Wellness Desk</source>
            <translation>&amp;Sobre o Wellness Desk</translation>
        </message>
        <message>
            <source>Page header</source>
            <translation>Cabeçalho da página</translation>
        </message>
        <message>
            <source>Sync: checking…</source>
            <translation>Sincronização: verificando…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>O que faz</translation>
        </message>
        <message>
            <source>About Wellness Desk</source>
            <translation>Sobre o Wellness Desk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versão {version}</translation>
        </message>
        <message>
            <source>Wellness tents, kit hand-outs and therapy days at live-music events; it works with the network unplugged and sends only anonymous counts.</source>
            <translation>Tendas de bem-estar, distribuição de kits e dias de terapia em eventos de música ao vivo; funciona sem rede e envia apenas contagens anônimas.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Pasta de dados</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>&amp;Abrir a pasta de dados</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Fonts: DejaVu, Droid Sans Fallback and Symbola, under their own licences (in the assets folder).</source>
            <translation>Software livre sob a licença MIT. Ícones: Lucide (licença ISC). Fontes: DejaVu, Droid Sans Fallback e Symbola, sob suas próprias licenças (na pasta assets).</translation>
        </message>
        <message numerus="yes">
            <source>{file} (%n row(s))</source>
            <translation>
                <numerusform>{file} (%n linha)</numerusform>
                <numerusform>{file} (%n linhas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {folder}: {files}</source>
            <translation>Salvo em {folder}: {files}</translation>
        </message>
        <message>
            <source>{text} — it holds names and contacts: keep it on this laptop</source>
            <translation>{text} — contém nomes e contatos: mantenha-o neste notebook</translation>
        </message>
        <message>
            <source>The daily backup was not made: {problem}</source>
            <translation>O backup diário não foi feito: {problem}</translation>
        </message>
        <message>
            <source>Restoring {file}…</source>
            <translation>Restaurando {file}…</translation>
        </message>
        <message>
            <source>The restore failed ({kind}); the current database was left as it was.</source>
            <translation>A restauração falhou ({kind}); o banco de dados atual ficou como estava.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now. The database it replaced is kept as {aside}.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>{file} restaurado: agora é o banco de dados. O banco de dados substituído foi guardado como {aside}.

O Wellness Desk fecha agora: abra-o de novo para continuar com os dados restaurados.</translation>
        </message>
        <message>
            <source>Restored {file}: it is the database now.

Wellness Desk closes now: open it again to carry on with the restored data.</source>
            <translation>{file} restaurado: agora é o banco de dados.

O Wellness Desk fecha agora: abra-o de novo para continuar com os dados restaurados.</translation>
        </message>
        <message>
            <source>{problem}

Wellness Desk closes now: open it again to carry on (with the database as it was).</source>
            <translation>{problem}

O Wellness Desk fecha agora: abra-o de novo para continuar (com o banco de dados como estava).</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar um backup</translation>
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
            <source>cards.pdf</source>
            <translation>cartoes.pdf</translation>
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
            <source>program.ics</source>
            <translation>programa.ics</translation>
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
            <source>program.pdf</source>
            <translation>programa.pdf</translation>
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
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Em qualquer lugar</translation>
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>Mostrar os atalhos de teclado</translation>
        </message>
        <message>
            <source>Go to the first … ninth section of the sidebar</source>
            <translation>Ir para a primeira … nona seção da barra lateral</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Abrir Configurações</translation>
        </message>
        <message>
            <source>Quit Wellness Desk</source>
            <translation>Sair do Wellness Desk</translation>
        </message>
        <message>
            <source>Kit counter</source>
            <translation>Contador de kits</translation>
        </message>
        <message>
            <source>Hand out one kit of the first … ninth tile</source>
            <translation>Entregar um kit do primeiro … nono bloco</translation>
        </message>
        <message>
            <source>Undo the last hand-out</source>
            <translation>Desfazer a última entrega</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Type anywhere on the page to search</source>
            <translation>Digite em qualquer lugar da página para buscar</translation>
        </message>
        <message>
            <source>Move through the numbers found</source>
            <translation>Percorrer os números encontrados</translation>
        </message>
        <message>
            <source>Copy the chosen number</source>
            <translation>Copiar o número escolhido</translation>
        </message>
        <message>
            <source>Clear the search and the filters</source>
            <translation>Limpar a busca e os filtros</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Programação</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Nova oficina</translation>
        </message>
        <message>
            <source>Move between sessions (across spaces, in time)</source>
            <translation>Mover entre sessões (entre espaços, no tempo)</translation>
        </message>
        <message>
            <source>First or last session of the space</source>
            <translation>Primeira ou última sessão do espaço</translation>
        </message>
        <message>
            <source>Open the chosen session</source>
            <translation>Abrir a sessão escolhida</translation>
        </message>
        <message>
            <source>Therapy days</source>
            <translation>Dias de terapia</translation>
        </message>
        <message>
            <source>Move through the slots</source>
            <translation>Percorrer os horários</translation>
        </message>
        <message>
            <source>The chosen slot's main action (book, check in)</source>
            <translation>A ação principal do horário escolhido (reservar, registrar chegada)</translation>
        </message>
        <message>
            <source>All actions on the chosen slot</source>
            <translation>Todas as ações do horário escolhido</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Save the cards or signs as a PDF</source>
            <translation>Salvar os cartões ou cartazes como PDF</translation>
        </message>
        <message>
            <source>Print the cards or signs</source>
            <translation>Imprimir os cartões ou cartazes</translation>
        </message>
        <message>
            <source>Dialogs</source>
            <translation>Caixas de diálogo</translation>
        </message>
        <message>
            <source>Next or previous field</source>
            <translation>Campo seguinte ou anterior</translation>
        </message>
        <message>
            <source>OK: save what the dialog holds</source>
            <translation>OK: salvar o que a caixa contém</translation>
        </message>
        <message>
            <source>Cancel: close without saving</source>
            <translation>Cancelar: fechar sem salvar</translation>
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
            <source>Now and next in every space</source>
            <translation>Agora e a seguir em cada espaço</translation>
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
        <name>app</name>
        <message>
            <source>Wellness Desk</source>
            <translation>Wellness Desk</translation>
        </message>
        <message>
            <source>{problem}

There is no backup of it in {folder} to put back.</source>
            <translation>{problem}

Não há nenhum backup dele em {folder} para restaurar.</translation>
        </message>
        <message>
            <source>{problem}

The newest good backup was made {when}. Restoring it puts that copy in place; the damaged file is set aside beside it, not deleted. What was counted after the backup is not in that copy.</source>
            <translation>{problem}

O backup válido mais recente foi feito em {when}. Restaurá-lo coloca essa cópia no lugar; o arquivo danificado é guardado ao lado, não apagado. O que foi contado depois do backup não está nessa cópia.</translation>
        </message>
        <message>
            <source>Restore the newest backup ({when})…</source>
            <translation>Restaurar o backup mais recente ({when})…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>Replace the damaged database with the backup made {when}? The damaged file is kept in {folder}.</source>
            <translation>Substituir o banco de dados danificado pelo backup feito em {when}? O arquivo danificado fica guardado em {folder}.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}; the damaged file was set aside as {file}.</source>
            <translation>Backup feito em {when} restaurado; o arquivo danificado foi guardado como {file}.</translation>
        </message>
        <message>
            <source>Restored the backup made {when}.</source>
            <translation>Backup feito em {when} restaurado.</translation>
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
