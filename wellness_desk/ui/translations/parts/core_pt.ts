<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../../activations.py" line="76" />
            <source>activation name: must not be empty</source>
            <translation>nome da ativação: não pode ficar vazio</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="78" />
            <source>activation kind: {kind} is not one of {kinds}</source>
            <translation>tipo de ativação: {kind} não é um de {kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="82" />
            <source>activation dates: end {end} is before start {start}</source>
            <translation>datas da ativação: o fim {end} é anterior ao início {start}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="87" />
            <source>activation name: {name} already exists</source>
            <translation>nome da ativação: {name} já existe</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="106" />
            <source>activation {activation} does not exist</source>
            <translation>a ativação {activation} não existe</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="142" />
            <source>location name: must not be empty</source>
            <translation>nome do local: não pode ficar vazio</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="145" />
            <source>location kind: {kind} is not one of {location_kinds}</source>
            <translation>tipo de local: {kind} não é um de {location_kinds}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="155" />
            <location filename="../../../activations.py" line="252" />
            <source>location name: {name} already exists in {activation}</source>
            <translation>nome do local: {name} já existe em {activation}</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="173" />
            <source>{activation} is a festival: tour stops belong to tours</source>
            <translation>{activation} é um festival: as paragens pertencem às digressões</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="192" />
            <source>stop date: {date} is outside {activation} ({start_date} to {end_date})</source>
            <translation>data da paragem: {date} está fora de {activation} ({start_date} a {end_date})</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="199" />
            <source>city: must not be empty</source>
            <translation>cidade: não pode ficar vazia</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="206" />
            <source>{stop} is not a tour stop</source>
            <translation>{stop} não é uma paragem da digressão</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="238" />
            <source>{stop}: its therapy day has bookings, so the date and time zone stay (cancel the bookings first, or add a new stop)</source>
            <translation>{stop}: o dia de terapia tem marcações, por isso a data e o fuso horário ficam (cancele primeiro as marcações, ou adicione uma nova paragem)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="244" />
            <source>{stop}: workshops are scheduled there, so the date and time zone stay (move the workshops first)</source>
            <translation>{stop}: há workshops marcados lá, por isso a data e o fuso horário ficam (mude primeiro os workshops)</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="287" />
            <source>{stop} has a therapy day with {count} booking(s): it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tem um dia de terapia com {count} marcação(ões): fica. Altere antes a paragem, ou mantenha-a.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="289" />
            <source>{stop} has a therapy day: it stays. Change the stop instead, or keep it.</source>
            <translation>{stop} tem um dia de terapia: fica. Altere antes a paragem, ou mantenha-a.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="292" />
            <source>{stop} has workshops at it: it stays.</source>
            <translation>{stop} tem workshops: fica.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="293" />
            <source>{stop} has kits logged at it: it stays.</source>
            <translation>{stop} tem kits registados: fica.</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="303" />
            <source>space capacity: {capacity} is not a number of people from 1</source>
            <translation>capacidade do espaço: {capacity} não é um número de pessoas a partir de 1</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="307" />
            <source>changeover buffer: {minutes} is not 0 to 1440 minutes</source>
            <translation>intervalo entre sessões: {minutes} não está entre 0 e 1440 minutos</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="343" />
            <source>location {location} does not exist</source>
            <translation>o local {location} não existe</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="358" />
            <source>this activation has no location yet: add a tent or green room</source>
            <translation>esta ativação ainda não tem nenhum local: adicione uma tenda ou um camarim</translation>
        </message>
        <message>
            <location filename="../../../activations.py" line="365" />
            <source>location {name} is not in this activation (known: {known})</source>
            <translation>o local {name} não está nesta ativação (existentes: {known})</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="135" />
            <source>{path}: there is no database here yet, so there is nothing to back up.</source>
            <translation>{path}: ainda não há base de dados aqui, por isso não há nada para copiar.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="146" />
            <source>{target}: a file of that name is already there (it was left untouched): pick another name.</source>
            <translation>{target}: já existe um ficheiro com esse nome (não foi mexido): escolha outro nome.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="149" />
            <source>{target}: that is the database itself: pick another name.</source>
            <translation>{target}: essa é a própria base de dados: escolha outro nome.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="245" />
            <source>{origin}: this is not a Wellness Desk database; no backup was made.</source>
            <translation>{origin}: não é uma base de dados do Wellness Desk; não foi feita nenhuma cópia.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="300" />
            <source>{path}: there is no file there (or it is a folder): pick a backup file.</source>
            <translation>{path}: não há nenhum ficheiro aí (ou é uma pasta): escolha um ficheiro de cópia.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="306" />
            <source>{path}: cannot read the file ({reason}).</source>
            <translation>{path}: não é possível ler o ficheiro ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="309" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file); nothing was changed.</source>
            <translation>{path}: não é uma base de dados do Wellness Desk (não é um ficheiro SQLite); nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="323" />
            <source>{path}: this file fails its integrity check (SQLite: {why}), so it is damaged; nothing was changed. Pick another backup.</source>
            <translation>{path}: este ficheiro falha a verificação de integridade (SQLite: {why}), por isso está danificado; nada foi alterado. Escolha outra cópia.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="339" />
            <source>{path}: this is not a Wellness Desk database (an SQLite file of another program); nothing was changed.</source>
            <translation>{path}: não é uma base de dados do Wellness Desk (é um ficheiro SQLite de outro programa); nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="344" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}); nothing was changed. Install the newer version to open it.</source>
            <translation>{path}: foi escrita por uma versão mais recente do Wellness Desk (esquema {schema}); nada foi alterado. Instale a versão mais recente para a abrir.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="456" />
            <source>{source}: that is the database itself, not a backup of it.</source>
            <translation>{source}: essa é a própria base de dados, não uma cópia dela.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="605" />
            <source>Wellness Desk is open on this data folder ({folder}, {who}): close it first, or restore from its Settings → Backups. Nothing was changed.</source>
            <translation>O Wellness Desk está aberto nesta pasta de dados ({folder}, {who}): feche-o primeiro, ou restaure a partir das Definições → Cópias de segurança dele. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="681" />
            <source>{folder}: the folder is read-only, so no backup could be written there (nothing was changed). Make it writable, or pick a folder on a disk that is.</source>
            <translation>{folder}: a pasta é só de leitura, por isso não foi possível escrever nenhuma cópia (nada foi alterado). Permita a escrita, ou escolha uma pasta num disco que a permita.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="689" />
            <source>{folder}: the disk is full ({free} free): nothing was written and nothing was changed. This needs about {needed} free there; make room and try again.</source>
            <translation>{folder}: o disco está cheio ({free} livres): nada foi escrito nem alterado. São precisos cerca de {needed} livres aí; liberte espaço e tente de novo.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="713" />
            <source>{folder}: the disk could not write the copy ({reason}); nothing was changed. Check the disk and try again.</source>
            <translation>{folder}: o disco não conseguiu escrever a cópia ({reason}); nada foi alterado. Verifique o disco e tente de novo.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="731" />
            <source>{source}: the file is gone; nothing was changed.</source>
            <translation>{source}: o ficheiro desapareceu; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../../backups.py" line="736" />
            <source>{source}: cannot copy the database ({reason}); nothing was changed.</source>
            <translation>{source}: não é possível copiar a base de dados ({reason}); nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="37" />
            <source>{file}: nothing printed, 1 problem:</source>
            <translation>{file}: nada foi impresso, 1 problema:</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="38" />
            <source>{file}: nothing printed, {count} problems:</source>
            <translation>{file}: nada foi impresso, {count} problemas:</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="41" />
            <location filename="../../../schedule_io.py" line="78" />
            <source>… and {count} more</source>
            <translation>… e mais {count}</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="53" />
            <source>no locations after the header line</source>
            <translation>não há locais depois do cabeçalho</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="70" />
            <source>{file} line {line}, field scan_distance: {distance} is not metres from 0.1 to 50</source>
            <translation>{file} linha {line}, campo scan_distance: {distance} não são metros entre 0,1 e 50</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="82" />
            <location filename="../../../cards.py" line="511" />
            <location filename="../../../resource_print.py" line="724" />
            <source>copies: {copies} is not a number from 1 to {max}</source>
            <translation>cópias: {copies} não é um número de 1 a {max}</translation>
        </message>
        <message>
            <location filename="../../../card_batch.py" line="84" />
            <location filename="../../../card_batch.py" line="108" />
            <source>{file} line {line}, field {problem}</source>
            <translation>{file} linha {line}, campo {problem}</translation>
        </message>
        <message>
            <location filename="../../../card_render.py" line="112" />
            <location filename="../../../cards.py" line="664" />
            <source>logo: {logo} is not an image reportlab can read ({reason})</source>
            <translation>logótipo: {logo} não é uma imagem que o reportlab consiga ler ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="316" />
            <location filename="../../../resource_print.py" line="89" />
            <source>refused to print:</source>
            <translation>impressão recusada:</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="317" />
            <location filename="../../../resource_print.py" line="90" />
            <source>- {problem}</source>
            <translation>- {problem}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="340" />
            <location filename="../../../cards.py" line="507" />
            <location filename="../../../resource_print.py" line="273" />
            <source>language: {language} is not one of {languages}</source>
            <translation>idioma: {language} não é um de {languages}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="348" />
            <location filename="../../../csv_table.py" line="87" />
            <source>{path}: cannot read it ({reason})</source>
            <translation>{path}: não é possível ler ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="351" />
            <source>{path}: not valid JSON ({reason})</source>
            <translation>{path}: não é JSON válido ({reason})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="353" />
            <source>{path}: must hold an object with {text_fields}</source>
            <translation>{path}: tem de conter um objeto com {text_fields}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="359" />
            <source>{path}: field {name} must be text</source>
            <translation>{path}: o campo {name} tem de ser texto</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="362" />
            <source>{path}: field headline is empty</source>
            <translation>{path}: o campo headline está vazio</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="500" />
            <source>template: {template} is not one of {templates}</source>
            <translation>modelo: {template} não é um de {templates}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="504" />
            <source>paper: {template} prints on {papers}, not {paper}</source>
            <translation>papel: {template} imprime-se em {papers}, não em {paper}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="515" />
            <source>tag: is empty (it tells the hub which signs were scanned)</source>
            <translation>etiqueta: está vazia (diz ao hub que cartazes foram lidos)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="517" />
            <source>tag: longer than {max} characters</source>
            <translation>etiqueta: mais de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="519" />
            <source>tag: holds a control character</source>
            <translation>etiqueta: contém um carácter de controlo</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="521" />
            <source>scan distance: {distance} m is not 0.1 to 50 metres</source>
            <translation>distância de leitura: {distance} m não está entre 0,1 e 50 metros</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="525" />
            <source>first code: {first} is not a number from 1</source>
            <translation>primeiro código: {first} não é um número a partir de 1</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="535" />
            <source>resource: the {short_title} has no place for a resource's number: choose the resource card</source>
            <translation>recurso: o modelo {short_title} não tem lugar para o número de um recurso: escolha o cartão de recurso</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="540" />
            <source>resource: no number: choose one in Resources (Print a card for this)</source>
            <translation>recurso: sem número: escolha um em Recursos (Imprimir um cartão para isto)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="547" />
            <source>resource number: {reason}</source>
            <translation>número do recurso: {reason}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="552" />
            <source>{label}: longer than {max} characters</source>
            <translation>{label}: mais de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="555" />
            <source>{label}: holds a control character</source>
            <translation>{label}: contém um carácter de controlo</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="577" />
            <source>{problem} (File → Settings → Help line)</source>
            <translation>{problem} (Ficheiro → Definições → Linha de apoio)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="579" />
            <source>help line: no number is set, and Settings asks to refuse cards and signs without one: set it in File → Settings → Help line</source>
            <translation>linha de apoio: não há nenhum número definido, e as Definições pedem para recusar cartões e cartazes sem ele: defina-o em Ficheiro → Definições → Linha de apoio</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="583" />
            <source>hub address: {hub} is not a web address (https://…)</source>
            <translation>endereço do hub: {hub} não é um endereço web (https://…)</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="588" />
            <source>link: {length} bytes, more than a printed code should hold ({max})</source>
            <translation>ligação: {length} bytes, mais do que um código impresso deve conter ({max})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="599" />
            <source>the resource</source>
            <translation>o recurso</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="617" />
            <source>{box} ({origin})</source>
            <translation>{box} ({origin})</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="636" />
            <source>{kind} ({origin}): does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind} ({origin}): não cabe no modelo {short_title} nem a {smallest} pt ({length} caracteres numa caixa de {w}×{h} mm): encurte-o</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="641" />
            <source>{kind}: does not fit the {short_title} even at {smallest} pt ({length} characters in a {w}×{h} mm box): shorten it</source>
            <translation>{kind}: não cabe no modelo {short_title} nem a {smallest} pt ({length} caracteres numa caixa de {w}×{h} mm): encurte-o</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="760" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: set the scan distance to {supports} m or less</source>
            <translation>distância de leitura: o código QR mede {code_cm} cm e lê-se a cerca de {supports} m, não aos {distance} m pedidos: defina a distância de leitura para {supports} m ou menos</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="764" />
            <source>scan distance: the QR code is {code_cm} cm, which scans from about {supports} m, not the {distance} m asked for: print on {paper}, or set the scan distance to {supports} m or less</source>
            <translation>distância de leitura: o código QR mede {code_cm} cm e lê-se a cerca de {supports} m, não aos {distance} m pedidos: imprima em {paper}, ou defina a distância de leitura para {supports} m ou menos</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="650" />
            <source>logo: {logo} is not a readable file</source>
            <translation>logótipo: {logo} não é um ficheiro legível</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="729" />
            <source>quiet zone: {quiet} modules of blank space around the QR code, scanners need {minimum}</source>
            <translation>zona de silêncio: {quiet} módulos de espaço em branco à volta do código QR, os leitores precisam de {minimum}</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="736" />
            <source>QR modules are {size} mm (version {version}, level {level}, for a {length}-character link): at least {minimum} mm prints reliably; use a shorter tag or hub address</source>
            <translation>os módulos do QR medem {size} mm (versão {version}, nível {level}, para uma ligação de {length} caracteres): só a partir de {minimum} mm se imprime com fiabilidade; use uma etiqueta ou um endereço do hub mais curto</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="752" />
            <source>scan distance: the QR code is {code_cm} cm, too small for a sign: use a shorter tag or hub address</source>
            <translation>distância de leitura: o código QR mede {code_cm} cm, pequeno demais para um cartaz: use uma etiqueta ou um endereço do hub mais curto</translation>
        </message>
        <message>
            <location filename="../../../cards.py" line="795" />
            <source>tag {tag}: codes from c={first} were printed by another job meanwhile; nothing recorded: print again for new numbers</source>
            <translation>etiqueta {tag}: outro trabalho imprimiu entretanto os códigos a partir de c={first}; nada foi registado: imprima de novo para ter números novos</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="602" />
            <source>no activation yet: create one in the app, or run 'wellness-desk demo'</source>
            <translation>ainda não há nenhuma ativação: crie uma na aplicação, ou execute 'wellness-desk demo'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="626" />
            <source>nothing to undo at {location}</source>
            <translation>não há nada para anular em {location}</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="671" />
            <source>--personal goes with --csv DIR</source>
            <translation>--personal usa-se com --csv PASTA</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="683" />
            <source>--paper is for --program-pdf, not --ics</source>
            <translation>--paper é para --program-pdf, não para --ics</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="714" />
            <source>{option}: {text} is not a date like 2026-07-03</source>
            <translation>{option}: {text} não é uma data como 2026-07-03</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="734" />
            <source>--space and --paper are for the program, not --csv (the CSV export holds every activation)</source>
            <translation>--space e --paper são para o programa, não para --csv (a exportação CSV inclui todas as ativações)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="748" />
            <source>--locations takes template and tag from the CSV: drop --template and --tag</source>
            <translation>--locations tira o modelo e a etiqueta do CSV: retire --template e --tag</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="759" />
            <source>--template and --tag are needed (or --locations FILE.csv)</source>
            <translation>são precisos --template e --tag (ou --locations FICHEIRO.csv)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="810" />
            <source>--enroll and --activation go with --hub URL</source>
            <translation>--enroll e --activation usam-se com --hub URL</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="812" />
            <source>--batch-size goes with --once or --preview</source>
            <translation>--batch-size usa-se com --once ou --preview</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="814" />
            <source>--timeout: {timeout} is not between 0 and 300 seconds</source>
            <translation>--timeout: {timeout} não está entre 0 e 300 segundos</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="848" />
            <source>not connected to a hub: connect first with 'wellness-desk sync --hub URL --enroll CODE'</source>
            <translation>sem ligação a um hub: ligue primeiro com 'wellness-desk sync --hub URL --enroll CODE'</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="875" />
            <source>--hub needs --enroll CODE (the one-time code from the hub's coordinator)</source>
            <translation>--hub precisa de --enroll CODE (o código de uso único dado pela coordenação do hub)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="886" />
            <source>activation {activation} does not exist (activations: {known})</source>
            <translation>a ativação {activation} não existe (ativações: {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="932" />
            <source>{activation} is a festival: therapy days are on tours (pick the tour in the app)</source>
            <translation>{activation} é um festival: os dias de terapia são das digressões (escolha a digressão na aplicação)</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="957" />
            <source>{tour_name} has no tour stops yet: add them in the app</source>
            <translation>{tour_name} ainda não tem paragens: adicione-as na aplicação</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="969" />
            <source>stop {wanted}: {count} stops in {city} ({names}): give the stop's full name</source>
            <translation>paragem {wanted}: {count} paragens em {city} ({names}): escreva o nome completo da paragem</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="974" />
            <source>stop {wanted} is not a stop of {tour_name} (stops: {known})</source>
            <translation>a paragem {wanted} não é uma paragem de {tour_name} (paragens: {known})</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="986" />
            <source>no key yet: set a PIN or passphrase in the app's Therapy section first</source>
            <translation>ainda não há chave: defina primeiro um PIN ou uma frase-passe na secção Terapia da aplicação</translation>
        </message>
        <message>
            <location filename="../../../cli.py" line="1000" />
            <source>{option}: no {what} given (type it at the prompt, or pass it as one line on standard input)</source>
            <translation>{option}: não foi dado {what} (escreva-o quando for pedido, ou passe-o como uma linha na entrada padrão)</translation>
        </message>
        <message>
            <location filename="../../../clock.py" line="68" />
            <location filename="../../../clock.py" line="83" />
            <source>time zone {name} is not a known IANA zone (e.g. Europe/London)</source>
            <translation>o fuso horário {name} não é uma zona IANA conhecida (p. ex. Europe/London)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="26" />
            <location filename="../../../resources/package.py" line="543" />
            <source>is not UTF-8 text (save the sheet as “CSV UTF-8”)</source>
            <translation>não é texto UTF-8 (guarde a folha como “CSV UTF-8”)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="27" />
            <source>a quote opens here and is never closed (the rest of the file would be this one field)</source>
            <translation>aqui abrem-se aspas que nunca se fecham (o resto do ficheiro seria este único campo)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="44" />
            <location filename="../../../resources/package.py" line="102" />
            <source>{file} line {line}, field {field}: {problem}</source>
            <translation>{file} linha {line}, campo {field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="47" />
            <location filename="../../../resources/package.py" line="105" />
            <source>{file} line {line}: {problem}</source>
            <translation>{file} linha {line}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="50" />
            <location filename="../../../resources/package.py" line="108" />
            <source>{file}, field {field}: {problem}</source>
            <translation>{file}, campo {field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="52" />
            <location filename="../../../resources/package.py" line="110" />
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="97" />
            <source>the file is empty (the first line names the columns: {known})</source>
            <translation>o ficheiro está vazio (a primeira linha indica as colunas: {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="124" />
            <source>{fields} fields but the header has {width} (a separator inside a field needs quotes)</source>
            <translation>{fields} campos mas o cabeçalho tem {width} (um separador dentro de um campo precisa de aspas)</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="137" />
            <location filename="../../../csv_table.py" line="149" />
            <source>the first line must name the columns: {known}</source>
            <translation>a primeira linha tem de indicar as colunas: {known}</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="158" />
            <source>column {number} has no name</source>
            <translation>a coluna {number} não tem nome</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="160" />
            <source>unknown column {column} (the columns are: {known})</source>
            <translation>coluna desconhecida {column} (as colunas são: {known})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="164" />
            <source>column {key} appears twice</source>
            <translation>a coluna {key} aparece duas vezes</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="170" />
            <source>missing columns: {missing} (needed: {needed})</source>
            <translation>faltam colunas: {missing} (precisas: {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="173" />
            <source>missing column: {missing} (needed: {needed})</source>
            <translation>falta uma coluna: {missing} (precisas: {needed})</translation>
        </message>
        <message>
            <location filename="../../../csv_table.py" line="215" />
            <location filename="../../../resources/package.py" line="579" />
            <source>cannot be read as CSV ({reason})</source>
            <translation>não é possível ler como CSV ({reason})</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="51" />
            <source>{path}: is a folder, not a database file.</source>
            <translation>{path}: é uma pasta, não um ficheiro de base de dados.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="64" />
            <source>{path}: cannot read the database file ({reason}).</source>
            <translation>{path}: não é possível ler o ficheiro da base de dados ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="68" />
            <source>{path}: this is not a Wellness Desk database (not an SQLite file). It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: não é uma base de dados do Wellness Desk (não é um ficheiro SQLite). Não foi mexido; mova-o ou escolha outro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="104" />
            <source>{path}: the disk could not read or write the database file ({name}); nothing was saved. Keep the file as it is, check the disk (was it unplugged?) and start again.</source>
            <translation>{path}: o disco não conseguiu ler nem escrever o ficheiro da base de dados ({name}); nada foi guardado. Deixe o ficheiro como está, verifique o disco (foi desligado?) e comece de novo.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="116" />
            <source>{path}: cannot open the database file ({name}). It was left untouched; check that the file and its folder are there and may be read.</source>
            <translation>{path}: não é possível abrir o ficheiro da base de dados ({name}). Não foi mexido; verifique se o ficheiro e a pasta estão lá e se podem ser lidos.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="121" />
            <source>{path}: SQLite may not write to the database file ({name}); nothing was saved. Check that the file is still in its folder and may be written, then start again.</source>
            <translation>{path}: o SQLite não pode escrever no ficheiro da base de dados ({name}); nada foi guardado. Verifique se o ficheiro continua na pasta e pode ser escrito, e depois comece de novo.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="128" />
            <source>{path}: the database is busy (another program is writing to it): that action was NOT saved. Try again.</source>
            <translation>{path}: a base de dados está ocupada (outro programa está a escrever nela): essa ação NÃO foi guardada. Tente de novo.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="136" />
            <source>{path}: the database file is damaged (SQLite reports {name}); nothing was saved, and it is left untouched from here on. Keep the file as it is (copy it somewhere safe), then put back a copy made before the damage or pick another --data-dir.</source>
            <translation>{path}: o ficheiro da base de dados está danificado (o SQLite indica {name}); nada foi guardado e a partir de agora não será mexido. Deixe o ficheiro como está (copie-o para um sítio seguro), e depois reponha uma cópia feita antes do dano ou escolha outro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="148" />
            <source>{folder}: the disk holding the data folder turned read-only (the system does that to a disk with errors): that action was NOT saved, and nothing can be until it is writable again. Keep the files as they are, check the disk and start again, or copy the folder to a disk that works and pick it with --data-dir.</source>
            <translation>{folder}: o disco da pasta de dados passou a só de leitura (o sistema faz isso a um disco com erros): essa ação NÃO foi guardada, e nada poderá ser guardado até voltar a permitir a escrita. Deixe os ficheiros como estão, verifique o disco e comece de novo, ou copie a pasta para um disco que funcione e escolha-a com --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="174" />
            <source>{folder}: the disk is full ({free} free): nothing was saved. Wellness Desk needs at least {needed} free there; make room and try again.</source>
            <translation>{folder}: o disco está cheio ({free} livres): nada foi guardado. O Wellness Desk precisa de pelo menos {needed} livres aí; liberte espaço e tente de novo.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="208" />
            <source>{path}: cannot create its folder ({reason}).</source>
            <translation>{path}: não é possível criar a pasta ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="219" />
            <source>{folder}: the data folder is read-only, so Wellness Desk cannot save anything there (nothing was changed). Make the folder writable (or copy it to a disk that is), or pick another folder with --data-dir.</source>
            <translation>{folder}: a pasta de dados é só de leitura, por isso o Wellness Desk não pode guardar nada aí (nada foi alterado). Permita a escrita na pasta (ou copie-a para um disco que a permita), ou escolha outra pasta com --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="226" />
            <source>{path}: the database file is read-only, so Wellness Desk cannot save anything in it (nothing was changed). Make the file writable, or pick another folder with --data-dir.</source>
            <translation>{path}: o ficheiro da base de dados é só de leitura, por isso o Wellness Desk não pode guardar nada nele (nada foi alterado). Permita a escrita no ficheiro, ou escolha outra pasta com --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="291" />
            <source>{path}: cannot open the database file ({reason}).</source>
            <translation>{path}: não é possível abrir o ficheiro da base de dados ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="335" />
            <source>{path}: cannot upgrade the database ({reason}).</source>
            <translation>{path}: não é possível atualizar a base de dados ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="433" />
            <source>{path}: this SQLite file belongs to another program, not Wellness Desk. It was left untouched; pick another --data-dir.</source>
            <translation>{path}: este ficheiro SQLite é de outro programa, não do Wellness Desk. Não foi mexido; escolha outro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../db.py" line="444" />
            <source>{path}: was written by a newer Wellness Desk (schema {schema}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: foi escrita por uma versão mais recente do Wellness Desk (esquema {schema}). Não foi mexida; instale a versão mais recente para a abrir.</translation>
        </message>
        <message>
            <location filename="../../../demo.py" line="55" />
            <source>the database already holds activations: the demo only fills an empty one (use --data-dir with a new folder)</source>
            <translation>a base de dados já tem ativações: a demonstração só preenche uma vazia (use --data-dir com uma pasta nova)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="518" />
            <source>no export called {unknown} (exports: {exports})</source>
            <translation>não há nenhuma exportação chamada {unknown} (exportações: {exports})</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="523" />
            <source>choose at least one export</source>
            <translation>escolha pelo menos uma exportação</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="525" />
            <source>personal details: unlock the Therapy section (PIN or passphrase) to include them</source>
            <translation>dados pessoais: desbloqueie a secção Terapia (PIN ou frase-passe) para os incluir</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="587" />
            <source>{folder}: is a file, not a folder; choose a folder for the export</source>
            <translation>{folder}: é um ficheiro, não uma pasta; escolha uma pasta para a exportação</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="591" />
            <source>{folder}: this folder holds other files; choose an empty or a new folder (an export is a folder of its own, replaced whole the next time)</source>
            <translation>{folder}: esta pasta tem outros ficheiros; escolha uma pasta vazia ou nova (uma exportação é uma pasta própria, substituída por inteiro da próxima vez)</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="666" />
            <source>{folder}: this folder cannot be written to, so the export was not written (nothing was changed). Choose another folder.</source>
            <translation>{folder}: não é possível escrever nesta pasta, por isso a exportação não foi escrita (nada foi alterado). Escolha outra pasta.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="673" />
            <source>{folder}: the disk is full, so the export was not written (nothing was changed). It needs more than {size} free there: make room, or choose another disk.</source>
            <translation>{folder}: o disco está cheio, por isso a exportação não foi escrita (nada foi alterado). Precisa de mais de {size} livres aí: liberte espaço, ou escolha outro disco.</translation>
        </message>
        <message>
            <location filename="../../../exports.py" line="677" />
            <source>{folder}: the export could not be written ({reason}); nothing was changed.</source>
            <translation>{folder}: não foi possível escrever a exportação ({reason}); nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="157" />
            <source>kit name: must not be empty</source>
            <translation>nome do kit: não pode ficar vazio</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="159" />
            <source>kit name: {name} is longer than {max} characters</source>
            <translation>nome do kit: {name} tem mais de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="167" />
            <source>kit colour: {colour} is not a colour like #1A2B3C</source>
            <translation>cor do kit: {colour} não é uma cor como #1A2B3C</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="174" />
            <source>{what}: {count} is not a whole number</source>
            <translation>{what}: {count} não é um número inteiro</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="178" />
            <source>{what}: {count} is not between {low} and {max}</source>
            <translation>{what}: {count} não está entre {low} e {max}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="186" />
            <source>kit name: {name} already exists</source>
            <translation>nome do kit: {name} já existe</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="193" />
            <location filename="../../../kits.py" line="249" />
            <source>low-stock threshold</source>
            <translation>limite de stock baixo</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="210" />
            <source>kit type {kit_type} does not exist</source>
            <translation>o tipo de kit {kit_type} não existe</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="228" />
            <source>kit {name} does not exist (known: {known})</source>
            <translation>o kit {name} não existe (existentes: {known})</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="294" />
            <source>action {action} does not exist</source>
            <translation>a ação {action} não existe</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="323" />
            <source>kit {kit} is retired: bring it back in the catalogue first</source>
            <translation>o kit {kit} está retirado: reponha-o primeiro no catálogo</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="333" />
            <source>hand-out count</source>
            <translation>quantidade entregue</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="335" />
            <location filename="../../../therapy.py" line="568" />
            <source>role: {role} is not one of {roles}</source>
            <translation>função: {role} não é uma de {roles}</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="352" />
            <source>received count</source>
            <translation>quantidade recebida</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="367" />
            <source>counted stock</source>
            <translation>stock contado</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="370" />
            <source>correction reason: say why the count changed (e.g. 'recount')</source>
            <translation>motivo da correção: diga porque mudou a contagem (p. ex. 'recontagem')</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="388" />
            <source>an undo cannot itself be undone: hand the kit out again</source>
            <translation>uma anulação não pode ser anulada: entregue o kit outra vez</translation>
        </message>
        <message>
            <location filename="../../../kits.py" line="390" />
            <source>action {action} was already undone</source>
            <translation>a ação {action} já foi anulada</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="24" />
            <source>amount</source>
            <translation>montante</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="42" />
            <source>{label}: give an amount, e.g. 150,00 or 150.00</source>
            <translation>{label}: indique um montante, p. ex. 150,00 ou 150.00</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="46" />
            <source>{label}: {typed} is not an amount of money (digits, with a comma or a point before the cents, e.g. 150,00)</source>
            <translation>{label}: {typed} não é um montante (algarismos, com vírgula ou ponto antes dos cêntimos, p. ex. 150,00)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="52" />
            <location filename="../../../money.py" line="98" />
            <source>{label}: {typed} is not an amount of money</source>
            <translation>{label}: {typed} não é um montante</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="70" />
            <source>{label}: {typed} mixes separators in a way that is not an amount (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} mistura separadores de uma forma que não é um montante (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="77" />
            <source>{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)</source>
            <translation>{label}: {typed} não é um montante (p. ex. 1.234,56 ou 1,234.56)</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="86" />
            <source>{label}: {typed} is unclear (thousands, or decimals?): write {whole}{after} without the {sep}, or two decimals, e.g. {whole}{sep2}{cents}</source>
            <translation>{label}: {typed} não é claro (milhares ou decimais?): escreva {whole}{after} sem o {sep}, ou duas casas decimais, p. ex. {whole}{sep2}{cents}</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="103" />
            <source>{label}: {typed} is far more money than a budget holds</source>
            <translation>{label}: {typed} é muito mais dinheiro do que cabe num orçamento</translation>
        </message>
        <message>
            <location filename="../../../money.py" line="107" />
            <source>{label}: {typed} has more than two decimals (cents)</source>
            <translation>{label}: {typed} tem mais de duas casas decimais (cêntimos)</translation>
        </message>
        <message>
            <location filename="../../../program_print.py" line="80" />
            <source>no workshops in {where} to print</source>
            <translation>não há workshops em {where} para imprimir</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="164" />
            <source>language: {lang} is not one of {languages}</source>
            <translation>idioma: {lang} não é um de {languages}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="362" />
            <source>dates: the end {end} is before the start {start}</source>
            <translation>datas: o fim {end} é anterior ao início {start}</translation>
        </message>
        <message>
            <location filename="../../../report.py" line="368" />
            <source>location {location} is not in {activation}</source>
            <translation>o local {location} não está em {activation}</translation>
        </message>
        <message>
            <location filename="../../../report_pdf.py" line="214" />
            <source>logo (Settings): {path} is not an image that can be printed ({error_type}): pick another file, or none</source>
            <translation>logótipo (Definições): {path} não é uma imagem que se possa imprimir ({error_type}): escolha outro ficheiro, ou nenhum</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="177" />
            <source>{country} · {service} · {number}: {problem}</source>
            <translation>{country} · {service} · {number}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="319" />
            <source>{tour} is a festival: a tour sheet is for a tour</source>
            <translation>{tour} é um festival: uma folha de digressão é para uma digressão</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="324" />
            <source>{tour} has no tour stops yet: add them in Activations</source>
            <translation>{tour} ainda não tem paragens: adicione-as em Ativações</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="331" />
            <location filename="../../../resource_print.py" line="748" />
            <source>{reason} (File → Settings → Help line)</source>
            <translation>{reason} (Ficheiro → Definições → Linha de apoio)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="359" />
            <source>{country} · {service} · {number}: too long to print large ({width} mm)</source>
            <translation>{country} · {service} · {number}: demasiado longo para imprimir em grande ({width} mm)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="720" />
            <source>country: {country} is not a two-letter country code (e.g. CA)</source>
            <translation>país: {country} não é um código de país de duas letras (p. ex. CA)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="729" />
            <source>paper: the wallet card prints on {sheets}, not {paper}</source>
            <translation>papel: o cartão de bolso imprime-se em {sheets}, não em {paper}</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="740" />
            <source>country: no verified crisis line for {code} in this directory, so there is no card to print (the tour sheet tells people to call local emergency services)</source>
            <translation>país: não há nenhuma linha de crise verificada para {code} neste diretório, por isso não há cartão para imprimir (a folha de digressão diz às pessoas para ligarem para os serviços de emergência locais)</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="773" />
            <source>QR modules are {module} mm for a {length}-character link: at least {minimum} mm prints reliably; use a shorter hub address</source>
            <translation>os módulos do QR medem {module} mm para uma ligação de {length} caracteres: só a partir de {minimum} mm se imprime com fiabilidade; use um endereço do hub mais curto</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="787" />
            <source>country: the {count} crisis lines of {code} do not fit a wallet card even in small print: print the tour sheet instead</source>
            <translation>país: as {count} linhas de crise de {code} não cabem num cartão de bolso nem em letra pequena: imprima antes a folha de digressão</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="947" />
            <source>activation: {activation} is not one of this laptop's (known: {known})</source>
            <translation>ativação: {activation} não é uma das deste portátil (existentes: {known})</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="986" />
            <source>the resource directory lives beside a database file, and this one is in memory</source>
            <translation>o diretório de recursos fica junto a um ficheiro de base de dados, e esta está em memória</translation>
        </message>
        <message>
            <location filename="../../../resource_print.py" line="996" />
            <source>no tour yet: create one in Activations</source>
            <translation>ainda não há nenhuma digressão: crie uma em Ativações</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="116" />
            <source>{day} {wall} does not exist in {tz}: the clocks go forward then</source>
            <translation>{day} {wall} não existe em {tz}: nessa altura os relógios adiantam</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="170" />
            <source>workshop kind: must not be empty</source>
            <translation>tipo de workshop: não pode ficar vazio</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="172" />
            <source>workshop kind: longer than {max} characters (it has {length}); the hub's counts are labelled with it: shorten it</source>
            <translation>tipo de workshop: mais de {max} caracteres (tem {length}); as contagens do hub usam esta etiqueta: encurte-a</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="177" />
            <source>workshop kind: {name} already exists</source>
            <translation>tipo de workshop: {name} já existe</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="190" />
            <source>kind: {kind} is not one of {kinds} (add it to the list first)</source>
            <translation>tipo: {kind} não é um de {kinds} (adicione-o primeiro à lista)</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="245" />
            <source>workshop {workshop} does not exist</source>
            <translation>o workshop {workshop} não existe</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="460" />
            <source>title: must not be empty</source>
            <translation>título: não pode ficar vazio</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="462" />
            <source>title: longer than {max} characters</source>
            <translation>título: mais de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="469" />
            <source>end: must be after the start</source>
            <translation>fim: tem de ser depois do início</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="471" />
            <source>end: a session cannot last more than 24 hours</source>
            <translation>fim: uma sessão não pode durar mais de 24 horas</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="474" />
            <source>capacity: {capacity} is not a number of people from 1</source>
            <translation>lotação: {capacity} não é um número de pessoas a partir de 1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="549" />
            <source>space: belongs to another activation</source>
            <translation>espaço: pertence a outra ativação</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="577" />
            <source>status: {status} is not one of {statuses}</source>
            <translation>estado: {status} não é um de {statuses}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="584" />
            <source>“{title}” took place (held, or people counted in), so it cannot be cancelled</source>
            <translation>“{title}” já aconteceu (realizado, ou com pessoas contadas à entrada), por isso não pode ser cancelado</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="614" />
            <source>“{title}” was held or counted at the door: cancel it instead</source>
            <translation>“{title}” foi realizado ou contado à entrada: cancele-o em vez disso</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="644" />
            <source>counter: {counter} is not one of {counters}</source>
            <translation>contador: {counter} não é um de {counters}</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="647" />
            <source>a door tap is +1 or −1</source>
            <translation>um toque à entrada é +1 ou −1</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="651" />
            <source>“{title}” is cancelled: nobody to count</source>
            <translation>“{title}” está cancelado: não há ninguém para contar</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="654" />
            <source>the headcount is already 0</source>
            <translation>a contagem já está em 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="655" />
            <source>the waitlist is already 0</source>
            <translation>a lista de espera já está em 0</translation>
        </message>
        <message>
            <location filename="../../../schedule.py" line="658" />
            <source>“{title}” is full ({capacity} of {capacity}): count them on the waitlist</source>
            <translation>“{title}” está cheio ({capacity} de {capacity}): conte-os na lista de espera</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="74" />
            <source>{file}: nothing imported, 1 problem:</source>
            <translation>{file}: nada foi importado, 1 problema:</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="75" />
            <source>{file}: nothing imported, {count} problems:</source>
            <translation>{file}: nada foi importado, {count} problemas:</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="90" />
            <source>no workshops after the header line</source>
            <translation>não há workshops depois do cabeçalho</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="151" />
            <location filename="../../../schedule_io.py" line="162" />
            <location filename="../../../schedule_io.py" line="216" />
            <source>is empty</source>
            <translation>está vazio</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="156" />
            <source>{space} is not a space of {activation} (known: {known})</source>
            <translation>{space} não é um espaço de {activation} (existentes: {known})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="164" />
            <source>longer than {max} characters</source>
            <translation>mais de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="168" />
            <source>{shown} is not a workshop kind (known: {kinds})</source>
            <translation>{shown} não é um tipo de workshop (existentes: {kinds})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="174" />
            <source>{text} is not a number of people from 1 (leave it empty for the space's capacity)</source>
            <translation>{text} não é um número de pessoas a partir de 1 (deixe vazio para usar a lotação do espaço)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="199" />
            <source>{end} is not after the start {start} (a session past midnight: put the day it ends in the end_date column)</source>
            <translation>{end} não é depois do início {start} (uma sessão que passa da meia-noite: ponha o dia em que acaba na coluna end_date)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="203" />
            <source>a session cannot last more than 24 hours</source>
            <translation>uma sessão não pode durar mais de 24 horas</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="222" />
            <source>{text} is not a date of the calendar</source>
            <translation>{text} não é uma data do calendário</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="226" />
            <location filename="../../../schedule_io.py" line="238" />
            <source>{text} is not a date (use 2026-07-04)</source>
            <translation>{text} não é uma data (use 2026-07-04)</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="243" />
            <source>{text} could be {day} {month} or {day2} {month2}: write {date} or {date2}</source>
            <translation>{text} pode ser {day} {month} ou {day2} {month2}: escreva {date} ou {date2}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="250" />
            <source>{text} is not within {activation} ({start} to {end}); write dates as YYYY-MM-DD</source>
            <translation>{text} não está dentro de {activation} ({start} a {end}); escreva as datas como AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="260" />
            <source>is empty ({hint})</source>
            <translation>está vazio ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="276" />
            <source>{text} is not a time ({hint})</source>
            <translation>{text} não é uma hora ({hint})</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="310" />
            <source>space {space} is not in {activation}</source>
            <translation>o espaço {space} não está em {activation}</translation>
        </message>
        <message>
            <location filename="../../../schedule_io.py" line="316" />
            <source>no workshops in {where} to put in a calendar: add one first</source>
            <translation>não há workshops em {where} para pôr num calendário: adicione um primeiro</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="53" />
            <source>{path}: quick_check says {integrity}</source>
            <translation>{path}: o quick_check indica {integrity}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="83" />
            <source>card sheet refused: {problems}</source>
            <translation>folha de cartões recusada: {problems}</translation>
        </message>
        <message>
            <location filename="../../../self_test.py" line="114" />
            <source>{written}: the log line was not written</source>
            <translation>{written}: a linha do registo não foi escrita</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="41" />
            <source>undo window: {seconds} is not between 3 and 600 seconds</source>
            <translation>tempo para anular: {seconds} não está entre 3 e 600 segundos</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="63" />
            <source>hub address: {url} is not a web address (https://…)</source>
            <translation>endereço do hub: {url} não é um endereço web (https://…)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="86" />
            <source>therapy lock: {minutes} is not 1 to 120 minutes</source>
            <translation>bloqueio da terapia: {minutes} não é de 1 a 120 minutos</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="128" />
            <source>help line number: {number} is not a phone number (digits, spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)</source>
            <translation>número da linha de apoio: {number} não é um número de telefone (só algarismos, espaços, + - ( ), p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="133" />
            <source>help line number: {number} has {digits} digits; a phone number has 3 (a short code such as 988) to 15</source>
            <translation>número da linha de apoio: {number} tem {digits} algarismos; um número de telefone tem de 3 (um número curto como o 988) a 15</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="144" />
            <source>help line number: {number} is not a real number ({why}): put your help line's own number</source>
            <translation>número da linha de apoio: {number} não é um número real ({why}): ponha o número da sua linha de apoio</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="148" />
            <source>help line number: {number} looks like a placeholder (one digit repeated): put your help line's own number</source>
            <translation>número da linha de apoio: {number} parece um número fictício (um algarismo repetido): ponha o número da sua linha de apoio</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="152" />
            <source>help line number: {number} looks like a placeholder (digits in a row): put your help line's own number</source>
            <translation>número da linha de apoio: {number} parece um número fictício (algarismos seguidos): ponha o número da sua linha de apoio</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="160" />
            <source>help line name: longer than {max} characters</source>
            <translation>nome da linha de apoio: mais de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="163" />
            <source>help line name: holds a control character</source>
            <translation>nome da linha de apoio: contém um carácter de controlo</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="193" />
            <source>nonprofit's name: longer than {max} characters</source>
            <translation>nome da organização: mais de {max} caracteres</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="195" />
            <source>nonprofit's name: holds a control character</source>
            <translation>nome da organização: contém um carácter de controlo</translation>
        </message>
        <message>
            <location filename="../../../settings.py" line="203" />
            <source>logo: {path} is not a file (pick a PNG or JPEG image, or leave it empty)</source>
            <translation>logótipo: {path} não é um ficheiro (escolha uma imagem PNG ou JPEG, ou deixe vazio)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="151" />
            <source>{stop} is not a tour stop with a date</source>
            <translation>{stop} não é uma paragem da digressão com data</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="165" />
            <source>day window: ends at {window_end}, not after it starts ({window_start})</source>
            <translation>janela do dia: acaba às {window_end}, não depois de começar ({window_start})</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="170" />
            <source>session length: {minutes} is not 10 to 240 minutes</source>
            <translation>duração da sessão: {minutes} não é de 10 a 240 minutos</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="174" />
            <source>break: {minutes} is not 0 to 120 minutes</source>
            <translation>pausa: {minutes} não é de 0 a 120 minutos</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="177" />
            <source>lunch break: give both its start and its end, or neither</source>
            <translation>pausa para almoço: indique o início e o fim, ou nenhum</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="181" />
            <source>lunch break: ends before it starts</source>
            <translation>pausa para almoço: acaba antes de começar</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="183" />
            <source>lunch break: outside the day window</source>
            <translation>pausa para almoço: fora da janela do dia</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="188" />
            <source>day window: {window_start}–{window_end} does not fit one {minutes}-minute session</source>
            <translation>janela do dia: {window_start}–{window_end} não dá para uma sessão de {minutes} minutos</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="221" />
            <source>day window: no {minutes}-minute session fits on {day} ({window_start}–{window_end}, less lunch and any clock change)</source>
            <translation>janela do dia: não cabe nenhuma sessão de {minutes} minutos em {day} ({window_start}–{window_end}, sem o almoço e qualquer mudança de hora)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="252" />
            <location filename="../../../therapy.py" line="253" />
            <source>cost</source>
            <translation>custo</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="260" />
            <source>therapy day {therapy_day} does not exist</source>
            <translation>o dia de terapia {therapy_day} não existe</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="285" />
            <source>provider name: must not be empty</source>
            <translation>nome do profissional: não pode ficar vazio</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="287" />
            <source>mode: {mode} is not one of {modes}</source>
            <translation>modalidade: {mode} não é uma de {modes}</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="289" />
            <source>cost per session</source>
            <translation>custo por sessão</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="291" />
            <source>cost per day</source>
            <translation>custo por dia</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="293" />
            <source>unlock the therapy section to store the provider's contact</source>
            <translation>desbloqueie a secção de terapia para guardar o contacto do profissional</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="360" />
            <source>slot {slot} does not exist</source>
            <translation>o horário {slot} não existe</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="367" />
            <source>this slot is booked: cancel the booking before blocking it</source>
            <translation>este horário está marcado: cancele a marcação antes de o bloquear</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="378" />
            <source>slot: ends before it starts</source>
            <translation>horário: acaba antes de começar</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="380" />
            <source>slot: longer than 4 hours</source>
            <translation>horário: dura mais de 4 horas</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="385" />
            <source>slot: overlaps the slot at {time} of the same day</source>
            <translation>horário: sobrepõe-se ao horário das {time} do mesmo dia</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="397" />
            <source>slot: starts and ends at the same time</source>
            <translation>horário: começa e acaba à mesma hora</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="452" />
            <source>{count} booked slot(s) do not fit the new plan ({times}): keep them, or cancel their bookings</source>
            <translation>{count} horário(s) marcado(s) não cabem no novo plano ({times}): mantenha-os, ou cancele as marcações</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="501" />
            <source>{activation} is not a tour: the therapy budget is a tour's</source>
            <translation>{activation} não é uma digressão: o orçamento de terapia é de uma digressão</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="503" />
            <source>budget</source>
            <translation>orçamento</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="505" />
            <source>budget: give an amount, e.g. 2400</source>
            <translation>orçamento: indique um montante, p. ex. 2400</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="508" />
            <source>currency: {currency} is not a code like USD or EUR</source>
            <translation>moeda: {currency} não é um código como USD ou EUR</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="576" />
            <source>person: give a name, initials or an alias</source>
            <translation>pessoa: indique um nome, iniciais ou um pseudónimo</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="578" />
            <source>person: longer than 80 characters</source>
            <translation>pessoa: mais de 80 caracteres</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="595" />
            <source>this slot is blocked</source>
            <translation>este horário está bloqueado</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="597" />
            <source>this slot is already booked</source>
            <translation>este horário já está marcado</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="609" />
            <source>this person already has a session at {time} ({place}) that overlaps this slot</source>
            <translation>esta pessoa já tem uma sessão às {time} ({place}) que se sobrepõe a este horário</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="619" />
            <source>this booking costs {cost} {currency}; only {remaining} {currency} of the therapy budget is left</source>
            <translation>esta marcação custa {cost} {currency}; só restam {remaining} {currency} do orçamento de terapia</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="636" />
            <source>booking {booking} does not exist</source>
            <translation>a marcação {booking} não existe</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="643" />
            <source>status: {status} is not booked, attended or no_show (cancel with cancel_booking)</source>
            <translation>estado: {status} não é booked, attended nem no_show (cancele com cancel_booking)</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="647" />
            <source>this booking was cancelled: book the slot again instead</source>
            <translation>esta marcação foi cancelada: marque o horário outra vez</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="708" />
            <source>this booking is already cancelled</source>
            <translation>esta marcação já está cancelada</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="710" />
            <source>this session took place (attended or no-show): it stays</source>
            <translation>esta sessão já aconteceu (compareceu ou faltou): fica</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="726" />
            <source>this person is already on the waitlist for this day</source>
            <translation>esta pessoa já está na lista de espera deste dia</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="741" />
            <location filename="../../../therapy.py" line="763" />
            <source>this person is no longer on the waitlist</source>
            <translation>esta pessoa já não está na lista de espera</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="765" />
            <source>this slot is on another therapy day than the waitlist</source>
            <translation>este horário é de outro dia de terapia que a lista de espera</translation>
        </message>
        <message>
            <location filename="../../../therapy.py" line="768" />
            <source>this waitlist entry has lost its name: add the person again</source>
            <translation>esta entrada da lista de espera perdeu o nome: adicione a pessoa outra vez</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="270" />
            <source>unlock the therapy section to print names</source>
            <translation>desbloqueie a secção de terapia para imprimir nomes</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="552" />
            <source>unlock the therapy section to put the name in the invite</source>
            <translation>desbloqueie a secção de terapia para pôr o nome no convite</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="594" />
            <source>unlock the therapy section to put names in the calendar</source>
            <translation>desbloqueie a secção de terapia para pôr nomes no calendário</translation>
        </message>
        <message>
            <location filename="../../../therapy_io.py" line="632" />
            <source>no slot of the therapy day in {stop} is offered: nothing to put in a calendar</source>
            <translation>não é oferecido nenhum horário do dia de terapia em {stop}: nada para pôr num calendário</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="93" />
            <source>{field}: stored in an unknown format</source>
            <translation>{field}: guardado num formato desconhecido</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="97" />
            <source>{field}: cannot be decrypted with this key</source>
            <translation>{field}: não é possível decifrar com esta chave</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="154" />
            <source>the key is already set up: unlock instead</source>
            <translation>a chave já está configurada: desbloqueie em vez disso</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="158" />
            <source>PIN: use at least {minimum} characters</source>
            <translation>PIN: use pelo menos {minimum} caracteres</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="160" />
            <source>passphrase: use at least {minimum} characters</source>
            <translation>frase-passe: use pelo menos {minimum} caracteres</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="171" />
            <source>the keyring ({keyring_name}) refused to store the key ({error_type})</source>
            <translation>o porta-chaves ({keyring_name}) recusou guardar a chave ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="212" />
            <source>wrong PIN: try again in {delay} s</source>
            <translation>PIN errado: tente de novo daqui a {delay} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="214" />
            <source>wrong passphrase: try again in {delay} s</source>
            <translation>frase-passe errada: tente de novo daqui a {delay} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="227" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type})</source>
            <translation>o porta-chaves ({keyring_name}) não pode ser lido ({error_type})</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="189" />
            <source>no key yet: set a PIN or passphrase first</source>
            <translation>ainda não há chave: defina primeiro um PIN ou uma frase-passe</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="192" />
            <source>too many wrong tries: wait {wait} s</source>
            <translation>demasiadas tentativas erradas: espere {wait} s</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="232" />
            <source>the key of this database is not in this computer's keyring ({name}): names cannot be read on this computer</source>
            <translation>a chave desta base de dados não está no porta-chaves deste computador ({name}): os nomes não podem ser lidos neste computador</translation>
        </message>
        <message>
            <location filename="../../../vault.py" line="240" />
            <source>the key of this database in the keyring ({name}: service {SERVICE}, entry 'data-key:{db_id}') is not the one this app stored ({fault}): put back that entry from a backup of the keyring; until then names cannot be read (nothing was changed)</source>
            <translation>a chave desta base de dados no porta-chaves ({name}: serviço {SERVICE}, entrada 'data-key:{db_id}') não é a que esta aplicação guardou ({fault}): reponha essa entrada a partir de uma cópia do porta-chaves; até lá os nomes não podem ser lidos (nada foi alterado)</translation>
        </message>
        <message>
            <location filename="../../../print/drawing.py" line="37" />
            <source>The drawing process stopped before it finished (the computer may be short of memory): nothing was saved. Try again.</source>
            <translation>O processo de desenho parou antes de terminar (o computador pode ter pouca memória): nada foi guardado. Tente de novo.</translation>
        </message>
        <message>
            <location filename="../../../print/files.py" line="32" />
            <location filename="../../../print/files.py" line="64" />
            <source>{path}: cannot write it ({reason})</source>
            <translation>{path}: não é possível escrever ({reason})</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="69" />
            <source>the program's font is missing from {folder} ({reason}): reinstall Wellness Desk</source>
            <translation>falta o tipo de letra do programa em {folder} ({reason}): reinstale o Wellness Desk</translation>
        </message>
        <message>
            <location filename="../../../print/fonts.py" line="200" />
            <source>{field}: the character {character} (U+{code}) is not in the {what} fonts ({fonts}): replace it</source>
            <translation>{field}: o carácter {character} (U+{code}) não está nos tipos de letra de {what} ({fonts}): substitua-o</translation>
        </message>
        <message>
            <location filename="../../../print/page.py" line="50" />
            <source>paper: {paper} is not one of {papers}</source>
            <translation>papel: {paper} não é um de {papers}</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="89" />
            <source>the link is {longest} bytes: too long for any QR code</source>
            <translation>a ligação tem {longest} bytes: demasiado longa para qualquer código QR</translation>
        </message>
        <message>
            <location filename="../../../print/qr.py" line="163" />
            <source>{size} bytes do not fit a version {version}-{level} QR code</source>
            <translation>{size} bytes não cabem num código QR da versão {version}-{level}</translation>
        </message>
        <message>
            <location filename="../../../sync/bodies.py" line="31" />
            <source>batch size: {batch_size} is not 1 to {max} cells</source>
            <translation>tamanho do lote: {batch_size} não é de 1 a {max} células</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="65" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token would have nowhere safe to go, so this laptop cannot connect. Set up the system keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused</source>
            <translation>não há um porta-chaves do sistema seguro neste computador ({keyring_name}): o token do hub não teria onde ficar em segurança, por isso este portátil não pode ligar-se. Configure o porta-chaves do sistema (p. ex. GNOME Keyring ou KWallet) e tente de novo; o código continua por usar</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="145" />
            <source>enrolment code: empty (it looks like K7QF-2MXD-9PLA)</source>
            <translation>código de inscrição: vazio (tem este aspeto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="148" />
            <source>enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)</source>
            <translation>código de inscrição: só letras, algarismos e hífenes (como K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="160" />
            <source>no activation yet: create the festival or tour first; the hub receives the counts of one activation</source>
            <translation>ainda não há nenhuma ativação: crie primeiro o festival ou a digressão; o hub recebe as contagens de uma ativação</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="191" />
            <source>{hub_url} gave {answer} ({reason}): check the address; the code is still unused</source>
            <translation>{hub_url} respondeu {answer} ({reason}): verifique o endereço; o código continua por usar</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="201" />
            <source>cannot connect to {hub_url}: {words} (the same code works when you try again)</source>
            <translation>não é possível ligar a {hub_url}: {words} (o mesmo código serve quando tentar de novo)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="211" />
            <source>the hub refused the code: {reason} (ask the coordinator for a new one)</source>
            <translation>o hub recusou o código: {reason} (peça um novo à coordenação)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="214" />
            <source>the hub is busy: try again in a minute</source>
            <translation>o hub está ocupado: tente de novo daqui a um minuto</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="216" />
            <source>the hub at {hub_url} has a problem (HTTP {status}): try again later</source>
            <translation>o hub em {hub_url} tem um problema (HTTP {status}): tente de novo mais tarde</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="220" />
            <source>the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)</source>
            <translation>o hub não aceitou a forma do código (tem este aspeto: K7QF-2MXD-9PLA)</translation>
        </message>
        <message>
            <location filename="../../../sync/enrol.py" line="222" />
            <source>{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address</source>
            <translation>{hub_url} não responde como um hub Wellness (HTTP {status}): verifique o endereço</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="41" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The code is still unused</source>
            <translation>o porta-chaves ({keyring_name}) não pode ser lido ({error_type}): está bloqueado? O código continua por usar</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="49" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was sent, and the code is still unused</source>
            <translation>o porta-chaves ({keyring_name}) recusou guardar o token do hub ({error_type}): nada foi enviado, e o código continua por usar</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="64" />
            <source>the keyring ({keyring_name}) refused to store the hub token ({error_type}): nothing was stored; try again with the same code</source>
            <translation>o porta-chaves ({keyring_name}) recusou guardar o token do hub ({error_type}): nada foi guardado; tente de novo com o mesmo código</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="85" />
            <source>no safe system keyring on this computer ({keyring_name}): the hub token cannot be read</source>
            <translation>não há um porta-chaves do sistema seguro neste computador ({keyring_name}): não é possível ler o token do hub</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="88" />
            <source>the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?</source>
            <translation>o porta-chaves ({keyring_name}) não pode ser lido ({error_type}): está bloqueado?</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="92" />
            <source>the hub token of this laptop is not in the keyring: reconnect it on the Sync page</source>
            <translation>o token do hub deste portátil não está no porta-chaves: volte a ligá-lo na página Sincronizar</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="98" />
            <source>the hub token in the keyring ({entry}) is not the one this app stored ({fault}): reconnect this laptop on the Sync page with a new code from the coordinator (that stores a new token)</source>
            <translation>o token do hub no porta-chaves ({entry}) não é o que esta aplicação guardou ({fault}): volte a ligar este portátil na página Sincronizar com um código novo da coordenação (isso guarda um token novo)</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="121" />
            <source>still connected, and the token is still there ({entry}); unlock the keyring and try again</source>
            <translation>continua ligado, e o token continua lá ({entry}); desbloqueie o porta-chaves e tente de novo</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="126" />
            <source>the keyring cannot be reached ({keyring_name}), so the hub token was not removed: {still}</source>
            <translation>não é possível aceder ao porta-chaves ({keyring_name}), por isso o token do hub não foi removido: {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="138" />
            <source>the keyring ({keyring_name}) could not remove the hub token ({error_type}): {still}</source>
            <translation>o porta-chaves ({keyring_name}) não conseguiu remover o token do hub ({error_type}): {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/hub_token.py" line="150" />
            <source>the keyring ({keyring_name}) kept the hub token although asked to remove it: {still}</source>
            <translation>o porta-chaves ({keyring_name}) manteve o token do hub apesar de lhe ter sido pedido para o remover: {still}</translation>
        </message>
        <message>
            <location filename="../../../sync/push.py" line="305" />
            <source>batch {batch} was refused under an earlier connection to the hub; the present connection sends those counts anew, so it needs no retry</source>
            <translation>o lote {batch} foi recusado numa ligação anterior ao hub; a ligação atual volta a enviar essas contagens, por isso não é preciso tentar de novo</translation>
        </message>
        <message>
            <location filename="../../../sync/quarantine.py" line="57" />
            <source>there is no refused batch {batch}</source>
            <translation>não há nenhum lote recusado {batch}</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="18" />
            <source>hub address: empty (give it as https://hub.example.org)</source>
            <translation>endereço do hub: vazio (escreva-o como https://hub.example.org)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="20" />
            <source>hub address: {text} has a space in it</source>
            <translation>endereço do hub: {text} tem um espaço</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="25" />
            <source>hub address: {text} is not a web address</source>
            <translation>endereço do hub: {text} não é um endereço web</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="28" />
            <source>hub address: {text} is not a web address (it starts with https:// or http://)</source>
            <translation>endereço do hub: {text} não é um endereço web (começa por https:// ou http://)</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="33" />
            <source>hub address: leave the user name and password out of it</source>
            <translation>endereço do hub: não ponha o nome de utilizador nem a palavra-passe</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="35" />
            <source>hub address: {text} has a '?' or '#' part: give the hub's address</source>
            <translation>endereço do hub: {text} tem uma parte '?' ou '#': escreva o endereço do hub</translation>
        </message>
        <message>
            <location filename="../../../sync/urls.py" line="39" />
            <source>hub address: use https:// for a hub on the internet ({text}): the token would cross the network in clear</source>
            <translation>endereço do hub: use https:// para um hub na internet ({text}): o token atravessaria a rede sem cifra</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="156" />
            <source>--country {country}: give an ISO 3166-1 code of two letters, e.g. FR</source>
            <translation>--country {country}: indique um código ISO 3166-1 de duas letras, p. ex. FR</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="160" />
            <source>--kind {kind}: one of {kinds}</source>
            <translation>--kind {kind}: um de {kinds}</translation>
        </message>
        <message>
            <location filename="../../../resources/commands.py" line="229" />
            <source>not connected to a hub: connect first (wellness-desk sync --hub URL --enroll CODE); the directory you had is kept</source>
            <translation>não ligado a um hub: ligue-se primeiro (wellness-desk sync --hub URL --enroll CODE); o diretório que tinha é mantido</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="123" />
            <source>the directory package was refused, nothing was changed: 1 problem:</source>
            <translation>o pacote do diretório foi recusado, nada foi alterado: 1 problema:</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="125" />
            <source>the directory package was refused, nothing was changed: {count} problems:</source>
            <translation>o pacote do diretório foi recusado, nada foi alterado: {count} problemas:</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="129" />
            <source>… and {rest} more</source>
            <translation>… e mais {rest}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="248" />
            <source>{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)</source>
            <translation>{value} não é uma data (AAAA-MM-DD, p. ex. 2025-03-31)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="256" />
            <source>{value} is not one of: {listed}</source>
            <translation>{value} não é um de: {listed}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="261" />
            <source>{value} is not true or false</source>
            <translation>{value} não é true nem false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="265" />
            <source>{value} is not a time (HH:MM, 00:00 to 23:59)</source>
            <translation>{value} não é uma hora (HH:MM, de 00:00 a 23:59)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="267" />
            <source>{value} is not a UUID</source>
            <translation>{value} não é um UUID</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="271" />
            <source>{value} is not a web address (http:// or https://)</source>
            <translation>{value} não é um endereço web (http:// ou https://)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="274" />
            <source>{value} is not an email address</source>
            <translation>{value} não é um endereço de e-mail</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="338" />
            <source>there is no file or folder {path}</source>
            <translation>não existe nenhum ficheiro nem pasta {path}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="341" />
            <source>is not a directory package: give a folder with datapackage.json and one CSV file per table, or the HSDS JSON form (.json)</source>
            <translation>não é um pacote de diretório: indique uma pasta com datapackage.json e um ficheiro CSV por tabela, ou a forma JSON do HSDS (.json)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="378" />
            <source>is not UTF-8 text (byte {byte})</source>
            <translation>não é texto UTF-8 (byte {byte})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="381" />
            <location filename="../../../resources/package.py" line="419" />
            <source>is not JSON: {reason} (column {column})</source>
            <translation>não é JSON: {reason} (coluna {column})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="384" />
            <source>is not the HSDS JSON form: its objects are nested thousands deep</source>
            <translation>não é a forma JSON do HSDS: os seus objetos estão aninhados milhares de níveis</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="387" />
            <source>is not the HSDS JSON form (an object with services)</source>
            <translation>não é a forma JSON do HSDS (um objeto com services)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="396" />
            <source>is a folder, not a file</source>
            <translation>é uma pasta, não um ficheiro</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="400" />
            <location filename="../../../resources/package.py" line="535" />
            <source>cannot be read ({reason})</source>
            <translation>não pode ser lido ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="408" />
            <source>{folder} is not a directory package: it has no datapackage.json (a package is a folder of CSV tables described by datapackage.json, or one .json file)</source>
            <translation>{folder} não é um pacote de diretório: não tem datapackage.json (um pacote é uma pasta de tabelas CSV descritas por datapackage.json, ou um único ficheiro .json)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="415" />
            <source>is not UTF-8 text</source>
            <translation>não é texto UTF-8</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="423" />
            <source>is not a data package descriptor (a JSON object)</source>
            <translation>não é um descritor de pacote de dados (um objeto JSON)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="448" />
            <source>is {version}: this app reads HSDS {hsds} packages</source>
            <translation>é {version}: esta aplicação lê pacotes HSDS {hsds}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="450" />
            <source>is missing (this app reads HSDS 3.0 packages)</source>
            <translation>está em falta (esta aplicação lê pacotes HSDS 3.0)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="454" />
            <source>is {profile}, another profile than this app's ({ours})</source>
            <translation>é {profile}, um perfil diferente do desta aplicação ({ours})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="461" />
            <source>is missing: the date and time the curator made this edition (UTC)</source>
            <translation>está em falta: a data e hora em que o curador fez esta edição (UTC)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="467" />
            <source>{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)</source>
            <translation>{text} não é uma data e hora (p. ex. 2026-03-01T12:00:00Z)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="471" />
            <source>{text} has no time zone: add Z for UTC</source>
            <translation>{text} não tem fuso horário: acrescente Z para UTC</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="478" />
            <location filename="../../../resources/package.py" line="804" />
            <source>is not text</source>
            <translation>não é texto</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="488" />
            <source>is missing: a data package lists its tables in resources</source>
            <translation>está em falta: um pacote de dados lista as suas tabelas em resources</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="495" />
            <source>is not a table description</source>
            <translation>não é uma descrição de tabela</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="500" />
            <source>{name} is not a table this app reads ({tables})</source>
            <translation>{name} não é uma tabela que esta aplicação leia ({tables})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="505" />
            <source>the table {name} is listed twice</source>
            <translation>a tabela {name} aparece duas vezes</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="512" />
            <source>{file} is not a CSV file in the package folder (e.g. {example})</source>
            <translation>{file} não é um ficheiro CSV da pasta do pacote (p. ex. {example})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="519" />
            <source>lists no {table} table: a directory needs one</source>
            <translation>não inclui nenhuma tabela {table}: um diretório precisa de uma</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="527" />
            <source>is missing: datapackage.json lists it as the {table} table</source>
            <translation>está em falta: o datapackage.json indica-o como a tabela {table}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="532" />
            <source>is a folder, not a CSV file</source>
            <translation>é uma pasta, não um ficheiro CSV</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="550" />
            <source>the header line cannot be read ({reason})</source>
            <translation>não é possível ler o cabeçalho ({reason})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="554" />
            <source>is empty: the first line names the columns</source>
            <translation>está vazio: a primeira linha indica as colunas</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="561" />
            <source>this column is named twice</source>
            <translation>esta coluna tem o nome repetido</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="566" />
            <source>unknown column: the {table} table has {known}</source>
            <translation>coluna desconhecida: a tabela {table} tem {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="571" />
            <source>this required column is missing</source>
            <translation>falta esta coluna obrigatória</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="595" />
            <source>has {fields} fields where the header has {width}</source>
            <translation>tem {fields} campos onde o cabeçalho tem {width}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="652" />
            <source>frictionless could not read it: {note}</source>
            <translation>o frictionless não o conseguiu ler: {note}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="679" />
            <source>unknown field: the HSDS JSON form has {known}</source>
            <translation>campo desconhecido: a forma JSON do HSDS tem {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="685" />
            <source>is not a list</source>
            <translation>não é uma lista</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="692" />
            <source>is not an object</source>
            <translation>não é um objeto</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="719" />
            <source>unknown field: a {table} has {known}</source>
            <translation>campo desconhecido: um registo {table} tem {known}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="742" />
            <source>is not an organization object with an id</source>
            <translation>não é um objeto organization com um id</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="768" />
            <source>differs from the term {term} given at {given_at}</source>
            <translation>difere do termo {term} dado em {given_at}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="772" />
            <source>is not a taxonomy term object</source>
            <translation>não é um objeto de termo de taxonomia</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="804" />
            <source>is not true or false</source>
            <translation>não é true nem false</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="814" />
            <source>is {value} but the record it is nested in is {given}</source>
            <translation>é {value} mas o registo em que está aninhado é {given}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="854" />
            <source>{number} is not a phone number (digits, spaces, + - ( ) . only, e.g. +44 800 123 4567 or 988)</source>
            <translation>{number} não é um número de telefone (só algarismos, espaços, + - ( ) ., p. ex. +44 800 123 4567 ou 988)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="952" />
            <source>is empty: it is required</source>
            <translation>está vazio: é obrigatório</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="983" />
            <source>{key} is used twice in {table} (first at line {line})</source>
            <translation>{key} é usado duas vezes em {table} (a primeira na linha {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="985" />
            <source>{key} is used twice in {table} (first at {first})</source>
            <translation>{key} é usado duas vezes em {table} (a primeira em {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="995" />
            <source>no organization has the id {key}</source>
            <translation>nenhuma organização tem o id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="997" />
            <source>no service has the id {key}</source>
            <translation>nenhum serviço tem o id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="999" />
            <source>no phone has the id {key}</source>
            <translation>nenhum telefone tem o id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1001" />
            <source>no taxonomy term has the id {key}</source>
            <translation>nenhum termo de taxonomia tem o id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1002" />
            <source>no {table} has the id {key}</source>
            <translation>nenhum registo {table} tem o id {key}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1009" />
            <source>{value} is not a list of weekdays ({weekdays}, comma separated, e.g. MO,TU,WE)</source>
            <translation>{value} não é uma lista de dias da semana ({weekdays}, separados por vírgulas, p. ex. MO,TU,WE)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1012" />
            <source>{value} names a weekday twice</source>
            <translation>{value} indica um dia da semana duas vezes</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1029" />
            <source>{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)</source>
            <translation>{value} não é um fuso horário IANA (p. ex. Europe/Paris, America/New_York)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1035" />
            <source>{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)</source>
            <translation>{value} não é um código de país ISO 3166-1 (duas letras maiúsculas, p. ex. FR)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1039" />
            <source>{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)</source>
            <translation>{value} não é um código de língua ISO 639 (p. ex. en, fr, ou um código 639-3)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1042" />
            <source>{value} is not a language names are translated into ({languages})</source>
            <translation>{value} não é uma língua para a qual os nomes sejam traduzidos ({languages})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1071" />
            <source>the phone {phone} belongs to the service {service}, not to {other}</source>
            <translation>o telefone {phone} pertence ao serviço {service}, não a {other}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1075" />
            <source>is {zone} but the service's zone is {service_zone}: this profile keeps a service's hours in the service's own zone</source>
            <translation>é {zone} mas o fuso do serviço é {service_zone}: este perfil guarda o horário de um serviço no fuso do próprio serviço</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1083" />
            <source>a language is for a service or for a phone: give exactly one of service_id and phone_id</source>
            <translation>uma língua é de um serviço ou de um telefone: indique exatamente um de service_id e phone_id</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1089" />
            <source>{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)</source>
            <translation>{region} não é uma subdivisão ISO 3166-2 de {country} (p. ex. {country}-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1091" />
            <source>{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)</source>
            <translation>{region} não é uma subdivisão ISO 3166-2 do seu país (p. ex. US-CA)</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1099" />
            <source>is {taxonomy}: a service's kinds are terms of the taxonomy {ours}</source>
            <translation>é {taxonomy}: os tipos de um serviço são termos da taxonomia {ours}</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1103" />
            <source>{code} is not a kind ({kinds})</source>
            <translation>{code} não é um tipo ({kinds})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1133" />
            <source>the {field} of {table} {record} in {language} is given twice (first at line {line})</source>
            <translation>o campo {field} de {table} {record} em {language} aparece duas vezes (a primeira na linha {line})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1136" />
            <source>the {field} of {table} {record} in {language} is given twice (first at {first})</source>
            <translation>o campo {field} de {table} {record} em {language} aparece duas vezes (a primeira em {first})</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1149" />
            <source>a phone has no name to translate, only its description</source>
            <translation>um telefone não tem nome para traduzir, só a sua descrição</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1155" />
            <source>the phone {phone} is always open: it has no hours</source>
            <translation>o telefone {phone} está sempre aberto: não tem horário</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1163" />
            <source>these hours are for the service as a whole, but it has no phone: this profile keeps hours per contact method</source>
            <translation>este horário é do serviço no seu todo, mas ele não tem telefone: este perfil guarda o horário por meio de contacto</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1171" />
            <source>no other service is in the pair {group}: paired services are shown together, so a pair needs two or more</source>
            <translation>nenhum outro serviço está no par {group}: os serviços emparelhados são mostrados juntos, por isso um par precisa de dois ou mais</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1175" />
            <source>this active service has no phone, web address or email: people could not reach it</source>
            <translation>este serviço ativo não tem telefone, endereço web nem e-mail: as pessoas não o conseguiriam contactar</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1185" />
            <source>checked on {day}, after the directory was published ({edition}): a check cannot be in the future</source>
            <translation>verificado em {day}, depois de o diretório ser publicado ({edition}): uma verificação não pode estar no futuro</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1540" />
            <source>{folder}: the disk is full; the package was not written (the folder is as it was). Make room and export again.</source>
            <translation>{folder}: o disco está cheio; o pacote não foi escrito (a pasta está como estava). Liberte espaço e exporte de novo.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1543" />
            <source>{folder}: this folder cannot be written to; choose another for the package.</source>
            <translation>{folder}: não é possível escrever nesta pasta; escolha outra para o pacote.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1546" />
            <source>{folder}: is a file, not a folder; choose a folder for the package.</source>
            <translation>{folder}: é um ficheiro, não uma pasta; escolha uma pasta para o pacote.</translation>
        </message>
        <message>
            <location filename="../../../resources/package.py" line="1548" />
            <source>{folder}: the package could not be written ({reason}).</source>
            <translation>{folder}: não foi possível escrever o pacote ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="28" />
            <source>no source and check date in the directory, so it is never printed: check it and update the directory</source>
            <translation>sem fonte nem data de verificação no diretório, por isso nunca é impresso: verifique-o e atualize o diretório</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="35" />
            <source>the number is empty</source>
            <translation>o número está vazio</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="37" />
            <source>last checked {day}, more than {months} months ago: re-check it, or print stale lines marked "not re-checked since"</source>
            <translation>verificado pela última vez em {day}, há mais de {months} meses: volte a verificá-lo, ou imprima as linhas antigas marcadas "não reverificado desde"</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="46" />
            <source>the service is inactive: a closed line is not printed</source>
            <translation>o serviço está inativo: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="48" />
            <source>the service is defunct: a closed line is not printed</source>
            <translation>o serviço já não existe: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="50" />
            <source>the service is temporarily closed: a closed line is not printed</source>
            <translation>o serviço está temporariamente fechado: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <location filename="../../../resources/printable.py" line="51" />
            <source>the service is {status}: a closed line is not printed</source>
            <translation>o serviço está no estado {status}: uma linha fechada não é impressa</translation>
        </message>
        <message>
            <location filename="../../../resources/reports.py" line="30" />
            <source>{field}: {text} is not a directory id (a uuid)</source>
            <translation>{field}: {text} não é um id do diretório (um uuid)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="43" />
            <source>the directory from the hub is not signed by a curator this laptop trusts: it was refused and the one you had is kept</source>
            <translation>o diretório do hub não está assinado por um curador em quem este portátil confie: foi recusado e o que tinha é mantido</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="85" />
            <source>the key file is not an unencrypted Ed25519 private key in PEM form (make one with: wellness-hub resources keygen)</source>
            <translation>o ficheiro de chave não é uma chave privada Ed25519 não cifrada em formato PEM (crie uma com: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="89" />
            <source>the key file holds a private key, but not an Ed25519 one (make one with: wellness-hub resources keygen)</source>
            <translation>o ficheiro de chave contém uma chave privada, mas não Ed25519 (crie uma com: wellness-hub resources keygen)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="103" />
            <source>a curator key is base64 text (44 characters)</source>
            <translation>uma chave de curador é texto base64 (44 caracteres)</translation>
        </message>
        <message>
            <location filename="../../../resources/signing.py" line="106" />
            <source>a curator key is the base64 of 32 bytes (44 characters, as `wellness-hub resources keygen` prints it)</source>
            <translation>uma chave de curador é o base64 de 32 bytes (44 caracteres, como o `wellness-hub resources keygen` a mostra)</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="217" />
            <source>The directory file could not be read (damaged); it was set aside as {aside} and the directory shipped with the app put in its place (a pull from the hub brings its newer edition back).</source>
            <translation>Não foi possível ler o ficheiro do diretório (danificado); foi posto de lado como {aside} e no seu lugar ficou o diretório que vem com a aplicação (uma transferência do hub traz de volta a edição mais recente).</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="232" />
            <source>{path}: this SQLite file is not a Wellness Desk resource directory. It was left untouched; move it away or pick another --data-dir.</source>
            <translation>{path}: este ficheiro SQLite não é um diretório de recursos do Wellness Desk. Não foi mexido; mova-o ou escolha outro --data-dir.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="237" />
            <source>{path}: was written by a newer Wellness Desk (directory schema {version}). It was left untouched; install the newer version to open it.</source>
            <translation>{path}: foi escrito por um Wellness Desk mais recente (esquema do diretório {version}). Não foi mexido; instale a versão mais recente para o abrir.</translation>
        </message>
        <message>
            <location filename="../../../resources/store.py" line="573" />
            <source>{path}: no resource directory is installed yet.</source>
            <translation>{path}: ainda não há nenhum diretório de recursos instalado.</translation>
        </message>
    </context>
</TS>
