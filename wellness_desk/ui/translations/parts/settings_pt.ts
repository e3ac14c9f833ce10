<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
</TS>
