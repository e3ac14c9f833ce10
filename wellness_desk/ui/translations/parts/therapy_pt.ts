<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <source>Provider&apos;s contact</source>
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
        <source>Change the day&apos;s plan</source>
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
        <source>Change the day&apos;s plan…</source>
        <translation>Alterar o plano do dia…</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Horários do dia</translation>
    </message>
    <message>
        <source>Arrows move between slots; Enter does the slot&apos;s main action; the menu key lists everything you can do with it.</source>
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
        <source>No therapy day yet: add the tour&apos;s stops under Activations, then plan the first therapy day here.</source>
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
        <source>Therapist&apos;s day sheet with names (PDF)…</source>
        <translation>Folha do dia do terapeuta, com nomes (PDF)…</translation>
    </message>
    <message>
        <source>Crew sign-up sheet, times only (PDF)…</source>
        <translation>Folha de inscrição da equipe, só horários (PDF)…</translation>
    </message>
    <message>
        <source>Provider&apos;s day calendar, no names (.ics)…</source>
        <translation>Agenda do dia do terapeuta, sem nomes (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, no name (.ics)…</source>
        <translation>Convite para a reserva selecionada, sem nome (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, WITH the client&apos;s name (.ics)…</source>
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
</TS>
