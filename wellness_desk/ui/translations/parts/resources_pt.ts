<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BatchProblems</name>
    <message>
        <location filename="../../print_page.py" line="618" />
        <source>Batch from a locations CSV</source>
        <translation>Lote a partir de um CSV de locais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="623" />
        <source>{file}: nothing printed, %n problem(s). Fix the file and choose it again.</source>
        <translation><numerusform>{file}: nada foi impresso, %n problema. Corrija o arquivo e escolha-o de novo.</numerusform><numerusform>{file}: nada foi impresso, %n problemas. Corrija o arquivo e escolha-o de novo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="635" />
        <source>Problems in the file</source>
        <translation>Problemas no arquivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="638" />
        <source>… and %n more</source>
        <translation><numerusform>… e mais %n</numerusform><numerusform>… e mais %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="644" />
        <source>Close the list of problems</source>
        <translation>Fechar a lista de problemas</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <location filename="../../resources_page.py" line="309" />
        <source>Noted, thank you: it will be re-checked.</source>
        <translation>Anotado, obrigado: será verificado de novo.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="312" />
        <source>This number did not work</source>
        <translation>Este número não funcionou</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="315" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="350" />
        <source>✕ Stale: not verified for over a year</source>
        <translation>✕ Desatualizado: sem verificação há mais de um ano</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="352" />
        <source>⚠ Verified over 6 months ago</source>
        <translation>⚠ Verificado há mais de 6 meses</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="358" />
        <source>Report that {number} did not work</source>
        <translation>Informar que {number} não funcionou</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="359" />
        <source>Copy {number} ({kind}, {name})</source>
        <translation>Copiar {number} ({kind}, {name})</translation>
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
        <translation>Cartão do país</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="202" />
        <source>two letters, e.g. CA</source>
        <translation>duas letras, p. ex. CA</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="204" />
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="205" />
        <source>Country, two letters</source>
        <translation>País, duas letras</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>C&amp;ards</source>
        <translation>&amp;Cartões</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="209" />
        <source>Number of cards</source>
        <translation>Número de cartões</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>&amp;Paper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="210" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="212" />
        <source>Ten cards a sheet with crop marks; a second page is the cards' backs in a second language, for printing on both sides.</source>
        <translation>Dez cartões por folha com marcas de corte; uma segunda página traz o verso em um segundo idioma, para imprimir frente e verso.</translation>
    </message>
</context>
<context>
    <name>HelpLineBanner</name>
    <message>
        <location filename="../../resources_page.py" line="228" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="233" />
        <source>Set the help line…</source>
        <translation>Definir a linha de apoio…</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="236" />
        <source>Set the industry help line in Settings</source>
        <translation>Definir a linha de apoio do setor nas Configurações</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="250" />
        <location filename="../../resources_page.py" line="251" />
        <source>24/7 music-industry help line</source>
        <translation>Linha de apoio 24/7 da indústria musical</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="255" />
        <source>Copy the help line number {number}</source>
        <translation>Copiar o número da linha de apoio {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="256" />
        <source>Help line: {name}, {number}</source>
        <translation>Linha de apoio: {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="259" />
        <source>No help line set</source>
        <translation>Nenhuma linha de apoio definida</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="260" />
        <source>The industry's 24/7 help line is not set yet: set it so it shows here and prints on every card.</source>
        <translation>A linha de apoio 24/7 do setor ainda não foi definida: defina-a para que apareça aqui e seja impressa em todos os cartões.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="263" />
        <source>No industry help line is set</source>
        <translation>Nenhuma linha de apoio do setor definida</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../print_page.py" line="69" />
        <source>Print cards and signs</source>
        <translation>Imprimir cartões e cartazes</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="78" />
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>&amp;Paper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="80" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="84" />
        <source>Language of the card</source>
        <translation>Idioma do cartão</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="86" />
        <source>e.g. green-room-chicago-2026</source>
        <translation>p. ex. green-room-chicago-2026</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="88" />
        <source>Added to the link (?src=…) so the hub counts which signs are scanned.</source>
        <translation>Adicionada ao link (?src=…) para que o hub conte quais cartazes são escaneados.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>T&amp;ag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="90" />
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>&amp;Copies</source>
        <translation>&amp;Cópias</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="94" />
        <source>Copies</source>
        <translation>Cópias</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="95" />
        <source>A &amp;unique code on every card (&amp;&amp;c=0001…)</source>
        <translation>Um código ú&amp;nico em cada cartão (&amp;&amp;c=0001…)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="96" />
        <source>A unique code on every card</source>
        <translation>Um código único em cada cartão</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="101" />
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="102" />
        <source>what the paper serves</source>
        <translation>o que o papel permite</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="104" />
        <source>How far away people scan a sign from: its code must be at least a tenth of that wide. Left at 0: as far as the code on the chosen paper serves.</source>
        <translation>De que distância se escaneia um cartaz: o código deve ter pelo menos um décimo dessa largura. Em 0: até onde o código no papel escolhido alcança.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="106" />
        <source>Scan &amp;distance (signs)</source>
        <translation>&amp;Distância de leitura (cartazes)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="107" />
        <source>Scan distance, in metres</source>
        <translation>Distância de leitura, em metros</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="113" />
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="116" />
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>L&amp;ogo</source>
        <translation>L&amp;ogotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="118" />
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="120" />
        <source>In the &amp;middle of the QR code (stronger error correction)</source>
        <translation>No &amp;centro do código QR (correção de erros mais forte)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="121" />
        <source>Logo in the middle of the QR code</source>
        <translation>Logotipo no centro do código QR</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="130" />
        <source>choose one in Resources: Print a card for this</source>
        <translation>escolha um em Recursos: Imprimir um cartão disto</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="131" />
        <source>The number comes from the resource directory, as checked there.</source>
        <translation>O número vem do diretório de recursos, como foi verificado lá.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>&amp;Resource</source>
        <translation>&amp;Recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="134" />
        <source>Resource name</source>
        <translation>Nome do recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="135" />
        <source>Resource number</source>
        <translation>Número do recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>&amp;Hours</source>
        <translation>&amp;Horário</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="136" />
        <source>Resource hours</source>
        <translation>Horário do recurso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="142" />
        <source>Why it cannot print</source>
        <translation>Por que não é possível imprimir</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="145" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="147" />
        <source>Save the cards as a PDF (Ctrl+S)</source>
        <translation>Salvar os cartões como PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="149" />
        <source>Pr&amp;int…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="150" />
        <source>Send the cards to a printer (Ctrl+P)</source>
        <translation>Enviar os cartões para uma impressora (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="152" />
        <source>&amp;Batch from a locations CSV…</source>
        <translation>&amp;Lote a partir de um CSV de locais…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="160" />
        <source>From the resource directory</source>
        <translation>Do diretório de recursos</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="165" />
        <source>Tour s&amp;heet…</source>
        <translation>&amp;Folha da turnê…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="167" />
        <source>Each stop's date and city with its country's crisis lines</source>
        <translation>A data e a cidade de cada parada com as linhas de crise do seu país</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="169" />
        <source>Country car&amp;d…</source>
        <translation>Car&amp;tão do país…</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="171" />
        <source>Wallet cards with one country's crisis lines</source>
        <translation>Cartões de bolso com as linhas de crise de um país</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="177" />
        <source>Save the cards as a PDF</source>
        <translation>Salvar os cartões como PDF</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="178" />
        <source>Print the cards</source>
        <translation>Imprimir os cartões</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="179" />
        <source>Batch signs from a locations CSV</source>
        <translation>Cartazes em lote a partir de um CSV de locais</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="180" />
        <source>Tour sheet from the resource directory</source>
        <translation>Folha da turnê do diretório de recursos</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="182" />
        <source>Country card from the resource directory</source>
        <translation>Cartão do país do diretório de recursos</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="192" />
        <source>No help line number is set: these cards and signs print without a help line. Set it in File → Settings → Help line.</source>
        <translation>Nenhum número de linha de apoio definido: estes cartões e cartazes serão impressos sem linha de apoio. Defina-o em Arquivo → Configurações → Linha de apoio.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="199" />
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="201" />
        <source>Preview of the first page</source>
        <translation>Pré-visualização da primeira página</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="209" />
        <source>Nothing to print</source>
        <translation>Nada para imprimir</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="282" />
        <source>Choose a logo</source>
        <translation>Escolher um logotipo</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="283" />
        <source>Images (*.png *.jpg)</source>
        <translation>Imagens (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="335" />
        <location filename="../../print_page.py" line="484" />
        <source>Saved {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="386" />
        <source>this paper</source>
        <translation>este papel</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="388" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m ({asked} m asked).</source>
        <translation>Em {paper} o código tem {size} cm: é lido a cerca de {reach} m ({asked} m pedidos).</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="392" />
        <source>On {paper} the code is {size} cm: it scans from about {reach} m, the distance it is printed for.</source>
        <translation>Em {paper} o código tem {size} cm: é lido a cerca de {reach} m, a distância para a qual é impresso.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="406" />
        <source>No resource on the card yet: in Resources, find the line and press “Print a card for this”.</source>
        <translation>Ainda não há recurso no cartão: em Recursos, encontre a linha e clique em “Imprimir um cartão disto”.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="407" />
        <source>Print wallet cards instead</source>
        <translation>Imprimir cartões de bolso</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="410" />
        <source>Nothing to print yet: the job as set would print badly. What to fix is said under the form.</source>
        <translation>Ainda não há nada para imprimir: do jeito que está, o trabalho sairia mal impresso. O que corrigir aparece abaixo do formulário.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="411" />
        <source>Back to the defaults</source>
        <translation>Voltar aos valores padrão</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="443" />
        <source>Save cards</source>
        <translation>Salvar cartões</translation>
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
        <translation>A última impressão ainda está sendo salva ou enviada: tente de novo quando terminar.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="497" />
        <source>Locations CSV</source>
        <translation>CSV de locais</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="498" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../print_page.py" line="510" />
        <source>Save the signs of %n location(s)</source>
        <translation><numerusform>Salvar os cartazes de %n local</numerusform><numerusform>Salvar os cartazes de %n locais</numerusform></translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="525" />
        <location filename="../../print_page.py" line="571" />
        <location filename="../../print_page.py" line="587" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="566" />
        <source>Printed once: unique codes never repeat, so set more copies on this page instead of in the print dialog.</source>
        <translation>Impresso uma vez: códigos únicos nunca se repetem, então defina mais cópias nesta página e não na janela de impressão.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="571" />
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="588" />
        <source>Printing stopped, nothing recorded. {problem}</source>
        <translation>A impressão parou, nada foi registrado. {problem}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="603" />
        <source>Sent to the printer. {note}</source>
        <translation>Enviado para a impressora. {note}</translation>
    </message>
    <message>
        <location filename="../../print_page.py" line="604" />
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
</context>
<context>
    <name>ResourcePrintDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="51" />
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="55" />
        <source>Also lines not re-checked for 12 months (marked so)</source>
        <translation>Também as linhas sem nova verificação há 12 meses (marcadas assim)</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="57" />
        <source>Also lines not re-checked for 12 months</source>
        <translation>Também as linhas sem nova verificação há 12 meses</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="59" />
        <source>A line last checked more than 12 months ago is left off paper unless this is ticked; then it prints marked “not re-checked since &lt;date&gt;”.</source>
        <translation>Uma linha verificada pela última vez há mais de 12 meses fica fora do papel, a menos que isto esteja marcado; então é impressa com a nota “sem nova verificação desde &lt;data&gt;”.</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="73" />
        <source>Problem with {field}</source>
        <translation>Problema em {field}</translation>
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
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="519" />
        <source>Reading the directory…</source>
        <translation>Lendo o diretório…</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="521" />
        <source>Directory edition</source>
        <translation>Edição do diretório</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="531" />
        <location filename="../../resources_page.py" line="653" />
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="532" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="534" />
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="537" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="539" />
        <source>Any kind</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="543" />
        <source>Kind of resource</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="545" />
        <source>Search a name, a need, a city… (just type)</source>
        <translation>Busque um nome, uma necessidade, uma cidade… (é só digitar)</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="547" />
        <source>Search the resources</source>
        <translation>Buscar nos recursos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="549" />
        <source>Enter copies the top number; Up and Down move through the results; Escape clears the filters</source>
        <translation>Enter copia o primeiro número; Cima e Baixo percorrem os resultados; Esc limpa os filtros</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="556" />
        <source>Open now</source>
        <translation>Aberto agora</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="557" />
        <source>Only what is open now</source>
        <translation>Só o que está aberto agora</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="574" />
        <source>Enter copies the top number · ↑ ↓ move through the results · Esc clears the filters</source>
        <translation>Enter copia o primeiro número · ↑ ↓ percorrem os resultados · Esc limpa os filtros</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="577" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="591" />
        <source>Clear the search and the filters</source>
        <translation>Limpar a busca e os filtros</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="596" />
        <source>Show the rest of the results</source>
        <translation>Mostrar o restante dos resultados</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="605" />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="655" />
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="665" />
        <source>The directory has no entry for {country}.</source>
        <translation>O diretório não tem nenhuma entrada para {country}.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="763" />
        <source>Clear the filters</source>
        <translation>Limpar os filtros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources_page.py" line="767" />
        <source>Show %n more result(s)</source>
        <translation><numerusform>Mostrar mais %n resultado</numerusform><numerusform>Mostrar mais %n resultados</numerusform></translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="793" />
        <source>These lines go together</source>
        <translation>Estas linhas andam juntas</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="798" />
        <source>Paired lines: {names}</source>
        <translation>Linhas em par: {names}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="811" />
        <source>any country</source>
        <translation>qualquer país</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="813" />
        <source>Nothing matches “{words}” in {where}. Try fewer letters, or clear the filters; the help line above is always there.</source>
        <translation>Nada corresponde a “{words}” em {where}. Tente menos letras ou limpe os filtros; a linha de apoio acima está sempre lá.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="817" />
        <source>No resource in {where} with these filters. Clear them to see more; the help line above is always there.</source>
        <translation>Nenhum recurso em {where} com estes filtros. Limpe-os para ver mais; a linha de apoio acima está sempre lá.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="819" />
        <source>The directory has no resource yet: it comes with the app and with each sync. The help line above is always there.</source>
        <translation>O diretório ainda não tem recursos: eles vêm com o aplicativo e a cada sincronização. A linha de apoio acima está sempre lá.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="834" />
        <source>Filters cleared: every resource in the directory</source>
        <translation>Filtros limpos: todos os recursos do diretório</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="850" />
        <source>no number</source>
        <translation>sem número</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="851" />
        <source>{position} of {count}: {name}, {number}</source>
        <translation>{position} de {count}: {name}, {number}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="860" />
        <source>Copied {number}: {kind}, {name}</source>
        <translation>Copiado {number}: {kind}, {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="871" />
        <source>Nothing to copy: no result.</source>
        <translation>Nada para copiar: nenhum resultado.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="875" />
        <source>{name} lists no number.</source>
        <translation>{name} não informa nenhum número.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="881" />
        <source>Copied {number}: {name}</source>
        <translation>Copiado {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="895" />
        <source>{name} is a favourite: shown first</source>
        <translation>{name} é um favorito: aparece primeiro</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="896" />
        <source>{name} is no longer a favourite</source>
        <translation>{name} não é mais um favorito</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="910" />
        <source>Noted that {number} did not work: it is counted for the hub to re-check it.</source>
        <translation>Anotado que {number} não funcionou: isso é contado para que o hub o verifique de novo.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="920" />
        <source>No card for {number}: {problem}.</source>
        <translation>Nenhum cartão para {number}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="951" />
        <source>The directory could not be read. {problem}</source>
        <translation>Não foi possível ler o diretório. {problem}</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../resources_page.py" line="393" />
        <source>Favourite: shown first for this country</source>
        <translation>Favorito: aparece primeiro para este país</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="409" />
        <source>Print a card for this</source>
        <translation>Imprimir um cartão disto</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="421" />
        <source>No number listed: see the organization's website.</source>
        <translation>Nenhum número informado: veja o site da organização.</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="436" />
        <source>Remove {name} from favourites</source>
        <translation>Remover {name} dos favoritos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="437" />
        <source>Add {name} to favourites</source>
        <translation>Adicionar {name} aos favoritos</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="444" />
        <source>Print a card for {name}</source>
        <translation>Imprimir um cartão de {name}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="448" />
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="472" />
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="475" />
        <source>✕ Stale: last verified {date}</source>
        <translation>✕ Desatualizado: verificado pela última vez em {date}</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="477" />
        <source>⚠ Verified {date}, over 6 months ago</source>
        <translation>⚠ Verificado em {date}, há mais de 6 meses</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="478" />
        <source>✓ Verified {date}</source>
        <translation>✓ Verificado em {date}</translation>
    </message>
</context>
<context>
    <name>TourSheetDialog</name>
    <message>
        <location filename="../../resource_print_dialogs.py" line="158" />
        <source>Tour sheet</source>
        <translation>Folha da turnê</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>&amp;Tour</source>
        <translation>&amp;Turnê</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="164" />
        <source>Tour</source>
        <translation>Turnê</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="168" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="169" />
        <source>Language of the sheet</source>
        <translation>Idioma da folha</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>&amp;Paper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="170" />
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="172" />
        <source>Each stop's date and city with its country's crisis lines and a few services, from the resource directory; the help line from Settings.</source>
        <translation>A data e a cidade de cada parada com as linhas de crise do seu país e alguns serviços, do diretório de recursos; a linha de apoio, das Configurações.</translation>
    </message>
    <message>
        <location filename="../../resource_print_dialogs.py" line="182" />
        <source>No tour yet: create one in Activations</source>
        <translation>Ainda não há turnê: crie uma em Ativações</translation>
    </message>
</context>
<context>
    <name>resources_page</name>
    <message>
        <location filename="../../resources_page.py" line="63" />
        <source>Crisis lines</source>
        <translation>Linhas de crise</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="64" />
        <source>Counselling and therapy</source>
        <translation>Aconselhamento e terapia</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="65" />
        <location filename="../../resources_page.py" line="77" />
        <source>Financial aid</source>
        <translation>Ajuda financeira</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="66" />
        <location filename="../../resources_page.py" line="78" />
        <source>Substance use</source>
        <translation>Uso de substâncias</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="67" />
        <location filename="../../resources_page.py" line="79" />
        <source>Peer support</source>
        <translation>Apoio entre pares</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="68" />
        <location filename="../../resources_page.py" line="80" />
        <source>Music industry</source>
        <translation>Indústria musical</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="75" />
        <source>Crisis line</source>
        <translation>Linha de crise</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="76" />
        <source>Counselling</source>
        <translation>Aconselhamento</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="87" />
        <source>crisis line</source>
        <translation>linha de crise</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="88" />
        <source>counselling</source>
        <translation>aconselhamento</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="89" />
        <source>financial aid</source>
        <translation>ajuda financeira</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="90" />
        <source>substance use</source>
        <translation>uso de substâncias</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="91" />
        <source>peer support</source>
        <translation>apoio entre pares</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="92" />
        <source>music industry</source>
        <translation>indústria musical</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="99" />
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="100" />
        <source>Text (SMS)</source>
        <translation>Mensagem (SMS)</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="101" />
        <source>Textphone</source>
        <translation>Telefone de texto</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="102" />
        <source>Video call</source>
        <translation>Videochamada</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="112" />
        <source>hours not known</source>
        <translation>horário desconhecido</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="114" />
        <source>open now</source>
        <translation>aberto agora</translation>
    </message>
    <message>
        <location filename="../../resources_page.py" line="115" />
        <source>closed now</source>
        <translation>fechado agora</translation>
    </message>
</context>
</TS>
