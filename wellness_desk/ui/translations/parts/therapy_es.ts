<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddSlotDialog</name>
    <message>
        <source>Add a slot by hand</source>
        <translation>Añadir un turno a mano</translation>
    </message>
    <message>
        <source>Slot starts</source>
        <translation>Inicio del turno</translation>
    </message>
    <message>
        <source>Slot ends</source>
        <translation>Fin del turno</translation>
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
        <translation>nombre completo, iniciales o un alias</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation>Contacto (opcional)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Names, contacts and notes are stored encrypted.</source>
        <translation>Los nombres, contactos y notas se guardan cifrados.</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Por encima del presupuesto</translation>
    </message>
    <message>
        <source>{reason}.

Book anyway?</source>
        <translation>{reason}.

¿Reservar de todos modos?</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Therapy budget</source>
        <translation>Presupuesto de terapia</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ej. {amount}</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>p. ej. EUR</translation>
    </message>
    <message>
        <source>Amount for the tour</source>
        <translation>Importe para la gira</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>LunchRow</name>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Pausa para almorzar</translation>
    </message>
    <message>
        <source>Lunch starts</source>
        <translation>Inicio del almuerzo</translation>
    </message>
    <message>
        <source>Lunch ends</source>
        <translation>Fin del almuerzo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>NewDayDialog</name>
    <message>
        <source>New therapy day</source>
        <translation>Nuevo día de terapia</translation>
    </message>
    <message>
        <source>Tour stop</source>
        <translation>Parada de la gira</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>e.g. LCSW, licensed in NY</source>
        <translation>p. ej. psicóloga sanitaria, colegiada en Madrid</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>phone or email (kept encrypted)</source>
        <translation>teléfono o correo (se guarda cifrado)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Provider&apos;s contact</source>
        <translation>Contacto del terapeuta</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ej. {amount}</translation>
    </message>
    <message>
        <source>Cost per session</source>
        <translation>Coste por sesión</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>Coste por día</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change the day&apos;s plan</source>
        <translation>Cambiar el plan del día</translation>
    </message>
    <message>
        <source>Booked slots do not fit</source>
        <translation>Los turnos reservados no caben</translation>
    </message>
    <message>
        <source>Keep those slots</source>
        <translation>Conservar esos turnos</translation>
    </message>
    <message>
        <source>Cancel those bookings</source>
        <translation>Cancelar esas reservas</translation>
    </message>
    <message>
        <source>Leave the day as it is</source>
        <translation>Dejar el día como está</translation>
    </message>
</context>
<context>
    <name>RhythmFields</name>
    <message>
        <source>Day starts</source>
        <translation>Inicio del día</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <source>Day window</source>
        <translation>Horario del día</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Pausa para almorzar</translation>
    </message>
</context>
<context>
    <name>TherapyPage</name>
    <message>
        <source>Therapy days</source>
        <translation>Días de terapia</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Therapy day</source>
        <translation>Día de terapia</translation>
    </message>
    <message>
        <source>New therapy day…</source>
        <translation>Nuevo día de terapia…</translation>
    </message>
    <message>
        <source>New therapy day</source>
        <translation>Nuevo día de terapia</translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation>Imprimir / exportar</translation>
    </message>
    <message>
        <source>Print or export</source>
        <translation>Imprimir o exportar</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN o frase de contraseña</translation>
    </message>
    <message>
        <source>again, to confirm</source>
        <translation>otra vez, para confirmar</translation>
    </message>
    <message>
        <source>PIN or passphrase, again</source>
        <translation>PIN o frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock now: hide the names</source>
        <translation>Bloquear ahora: ocultar los nombres</translation>
    </message>
    <message>
        <source>Therapy budget…</source>
        <translation>Presupuesto de terapia…</translation>
    </message>
    <message>
        <source>Add a slot by hand…</source>
        <translation>Añadir un turno a mano…</translation>
    </message>
    <message>
        <source>Change the day&apos;s plan…</source>
        <translation>Cambiar el plan del día…</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Turnos del día</translation>
    </message>
    <message>
        <source>Arrows move between slots; Enter does the slot&apos;s main action; the menu key lists everything you can do with it.</source>
        <translation>Las flechas pasan de un turno a otro; Intro hace la acción principal del turno; la tecla de menú muestra todo lo que se puede hacer con él.</translation>
    </message>
    <message>
        <source>This day has no slots left: add one by hand, or lay the day out again.</source>
        <translation>Este día ya no tiene turnos: añade uno a mano o vuelve a planificar el día.</translation>
    </message>
    <message>
        <source>Selected slot</source>
        <translation>Turno seleccionado</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation>Marcar como asistida</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marcar como no presentado</translation>
    </message>
    <message>
        <source>Back to booked</source>
        <translation>Volver a reservada</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Cancelar la reserva…</translation>
    </message>
    <message>
        <source>Late cancel…</source>
        <translation>Cancelación tardía…</translation>
    </message>
    <message>
        <source>Block slot</source>
        <translation>Bloquear el turno</translation>
    </message>
    <message>
        <source>Undo attended or no-show: the session is booked again.</source>
        <translation>Deshace asistida o no presentado: la sesión vuelve a estar reservada.</translation>
    </message>
    <message>
        <source>The slot becomes free, but the session stays billable.</source>
        <translation>El turno queda libre, pero la sesión sigue siendo facturable.</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Book the selected slot for them</source>
        <translation>Reservarle el turno seleccionado</translation>
    </message>
    <message>
        <source>Add to waitlist…</source>
        <translation>Añadir a la lista de espera…</translation>
    </message>
    <message>
        <source>Add to waitlist</source>
        <translation>Añadir a la lista de espera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove from the waitlist</source>
        <translation>Quitar de la lista de espera</translation>
    </message>
    <message>
        <source>Type the PIN or passphrase first.</source>
        <translation>Escribe primero el PIN o la frase de contraseña.</translation>
    </message>
    <message>
        <source>The two entries differ: type the same PIN or passphrase twice.</source>
        <translation>Las dos entradas no coinciden: escribe el mismo PIN o frase dos veces.</translation>
    </message>
    <message>
        <source>Unlocked: names are shown. {how}</source>
        <translation>Desbloqueado: se muestran los nombres. {how}</translation>
    </message>
    <message numerus="yes">
        <source>{text} (wait %n s)</source>
        <translation>
            <numerusform>{text} (espera %n s)</numerusform>
            <numerusform>{text} (espera %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Therapy days belong to a tour: pick or create one under Activations.</source>
        <translation>Los días de terapia pertenecen a una gira: elige o crea una en Activaciones.</translation>
    </message>
    <message>
        <source>Therapy days · {tour}</source>
        <translation>Días de terapia · {tour}</translation>
    </message>
    <message>
        <source>{stop} · {provider}</source>
        <translation>{stop} · {provider}</translation>
    </message>
    <message>
        <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
        <translation>Aún no hay ningún día de terapia: planifica el primero, con su terapeuta, horario y costes.</translation>
    </message>
    <message>
        <source>Plan the first therapy day</source>
        <translation>Planificar el primer día de terapia</translation>
    </message>
    <message>
        <source>No therapy day yet: add the tour&apos;s stops under Activations, then plan the first therapy day here.</source>
        <translation>Aún no hay ningún día de terapia: añade las paradas de la gira en Activaciones y luego planifica aquí el primer día de terapia.</translation>
    </message>
    <message>
        <source>No therapy budget set.</source>
        <translation>Sin presupuesto de terapia.</translation>
    </message>
    <message>
        <source>Set a therapy budget…</source>
        <translation>Fijar un presupuesto de terapia…</translation>
    </message>
    <message>
        <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
        <translation>Presupuesto de terapia {amount} · gastado {spent} · comprometido {committed}</translation>
    </message>
    <message>
        <source>Over budget: remaining {remaining}</source>
        <translation>Presupuesto superado: queda {remaining}</translation>
    </message>
    <message>
        <source>Remaining {remaining}</source>
        <translation>Queda {remaining}</translation>
    </message>
    <message>
        <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
        <translation>Presupuesto de terapia {amount}: gastado {spent}, comprometido {committed}, queda {remaining}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>{provider} · %n slot(s) free of {total}</source>
        <translation>
            <numerusform>{provider} · %n turno libre de {total}</numerusform>
            <numerusform>{provider} · %n turnos libres de {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Name hidden</source>
        <translation>Nombre oculto</translation>
    </message>
    <message>
        <source>{time}, {status}</source>
        <translation>{time}, {status}</translation>
    </message>
    <message>
        <source>name hidden</source>
        <translation>nombre oculto</translation>
    </message>
    <message>
        <source>{time}, {status}, {person}, {role}</source>
        <translation>{time}, {status}, {person}, {role}</translation>
    </message>
    <message>
        <source>Unblock slot</source>
        <translation>Desbloquear el turno</translation>
    </message>
    <message>
        <source>No slot selected</source>
        <translation>Ningún turno seleccionado</translation>
    </message>
    <message>
        <source>Pick a slot in the day column to see what you can do with it.</source>
        <translation>Elige un turno en la columna del día para ver qué puedes hacer con él.</translation>
    </message>
    <message>
        <source>{person} · {role}</source>
        <translation>{person} · {role}</translation>
    </message>
    <message>
        <source>Unlock the section to book: a booking takes a name.</source>
        <translation>Desbloquea la sección para reservar: una reserva lleva un nombre.</translation>
    </message>
    <message>
        <source>Free: book someone, or block it so nobody can.</source>
        <translation>Libre: reserva a alguien o bloquéalo para que nadie pueda.</translation>
    </message>
    <message>
        <source>Blocked: nobody can book it until it is unblocked.</source>
        <translation>Bloqueado: nadie puede reservarlo hasta que se desbloquee.</translation>
    </message>
    <message>
        <source>After the session, mark it attended or a no-show.</source>
        <translation>Después de la sesión, márcala como asistida o no presentado.</translation>
    </message>
    <message>
        <source>The session was held (or missed): only undoing that is left.</source>
        <translation>La sesión se celebró (o no se presentó nadie): solo queda deshacerlo.</translation>
    </message>
    <message>
        <source>Unlock the section first: a booking takes a name.</source>
        <translation>Desbloquea primero la sección: una reserva lleva un nombre.</translation>
    </message>
    <message>
        <source>Slot actions</source>
        <translation>Acciones del turno</translation>
    </message>
    <message>
        <source>The section locked itself: unlock it and book again.</source>
        <translation>La sección se ha bloqueado sola: desbloquéala y vuelve a reservar.</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Reservar una sesión</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Reservado.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Aún no ha empezado</translation>
    </message>
    <message>
        <source>Late cancel</source>
        <translation>Cancelación tardía</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <source>Cancelled: the slot is free again.</source>
        <translation>Cancelada: el turno vuelve a estar libre.</translation>
    </message>
    <message>
        <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
        <translation>Cancelada. Hay alguien esperando: ofrece el turno al primero de la lista de espera.</translation>
    </message>
    <message>
        <source>Therapist&apos;s day sheet with names (PDF)…</source>
        <translation>Hoja del día para la terapeuta, con nombres (PDF)…</translation>
    </message>
    <message>
        <source>Crew sign-up sheet, times only (PDF)…</source>
        <translation>Hoja de inscripción para el equipo, solo horarios (PDF)…</translation>
    </message>
    <message>
        <source>Provider&apos;s day calendar, no names (.ics)…</source>
        <translation>Calendario del día para la terapeuta, sin nombres (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, no name (.ics)…</source>
        <translation>Invitación para la reserva seleccionada, sin nombre (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, WITH the client&apos;s name (.ics)…</source>
        <translation>Invitación para la reserva seleccionada, CON el nombre de la persona (.ics)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Booked from the waitlist.</source>
        <translation>Reservado desde la lista de espera.</translation>
    </message>
    <message>
        <source>The day was laid out again.</source>
        <translation>Se ha vuelto a planificar el día.</translation>
    </message>
    <message>
        <source>Add to the waitlist</source>
        <translation>Añadir a la lista de espera</translation>
    </message>
</context>
<context>
    <name>therapy_page</name>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistida</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
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
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipo técnico</translation>
    </message>
    <message>
        <source>Venue staff</source>
        <translation>Personal del recinto</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no budget currency set yet</source>
        <translation>aún sin moneda de presupuesto</translation>
    </message>
</context>
</TS>
