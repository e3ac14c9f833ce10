<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../charts.py" line="173" />
        <source>Nothing counted yet</source>
        <translation>Aún no hay nada contado</translation>
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
        <translation>Kits entregados hoy por hora</translation>
    </message>
    <message>
        <location filename="../../charts.py" line="514" />
        <source>No hand-outs yet today</source>
        <translation>Hoy aún no se ha entregado nada</translation>
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
        <translation>Puerta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="214" />
        <source>FULL</source>
        <translation>COMPLETO</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="224" />
        <source>Take one person off the door count</source>
        <translation>Quitar una persona del recuento de la puerta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="226" />
        <source>Add one person at the door</source>
        <translation>Sumar una persona en la puerta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="235" />
        <source>Take one person off the waitlist</source>
        <translation>Quitar una persona de la lista de espera</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="238" />
        <source>Add one person to the waitlist</source>
        <translation>Añadir una persona a la lista de espera</translation>
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
        <translation>No hay sesión ahora ni más tarde hoy en este espacio.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="313" />
        <source>{kind} · {times} in {space} · cancelled</source>
        <translation>{kind} · {times} en {space} · cancelada</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="315" />
        <source>{kind} · {times} in {space} · held</source>
        <translation>{kind} · {times} en {space} · realizada</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="317" />
        <source>{kind} · {times} in {space}</source>
        <translation>{kind} · {times} en {space}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="320" />
        <source>{count} / {capacity}</source>
        <translation>{count} / {capacity}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="323" />
        <source>At the door: {count}</source>
        <translation>En la puerta: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="325" />
        <source>Count newcomers on the waitlist</source>
        <translation>Apunta a quien llegue en la lista de espera</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="331" />
        <source>Put back (not held)</source>
        <translation>Deshacer (no realizada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="334" />
        <source>Walk-ins waiting: {count}</source>
        <translation>Personas sin reserva esperando: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="337" />
        <source>FULL: {title}. Count newcomers on the waitlist</source>
        <translation>COMPLETO: {title}. Apunta a quien llegue en la lista de espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="362" />
        <source>“{title}” starts at {time}, in %n minute(s). Mark it held now?

You can put it back with “Put back (not held)”.</source>
        <translation>
            <numerusform>«{title}» empieza a las {time}, dentro de %n minuto. ¿Marcarla ya como realizada?

Puedes deshacerlo con «Deshacer (no realizada)».</numerusform><numerusform>«{title}» empieza a las {time}, dentro de %n minutos. ¿Marcarla ya como realizada?

Puedes deshacerlo con «Deshacer (no realizada)».</numerusform></translation>
    </message>
</context>
<context>
    <name>HandOutSeveralDialog</name>
    <message>
        <location filename="../../kit_counter.py" line="182" />
        <location filename="../../kit_counter.py" line="262" />
        <source>Hand out several</source>
        <translation>Entregar varios</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="186" />
        <source>{kit}: how many went over the table at once?</source>
        <translation>{kit}: ¿cuántos se entregaron de una vez?</translation>
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
        <translation>Cuántos</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="218" />
        <source>How &amp;many:</source>
        <translation>&amp;Cuántos:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="233" />
        <source>Hand out {count} × {kit} for {role}?</source>
        <translation>¿Entregar {count} × {kit} para {role}?</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="263" />
        <source>{question}

That is more than {most} at once.</source>
        <translation>{question}

Son más de {most} de una vez.</translation>
    </message>
</context>
<context>
    <name>KitCounterPage</name>
    <message>
        <location filename="../../kit_counter.py" line="341" />
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="345" />
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="353" />
        <source>Next tap is for:</source>
        <translation>El próximo toque es para:</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="365" />
        <source>Next tap is for: {role}</source>
        <translation>El próximo toque es para: {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="368" />
        <source>The next tap on a tile is logged for this role, then it goes back to anyone</source>
        <translation>El próximo toque en una casilla se registra para este perfil y luego vuelve a «Cualquiera»</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="397" />
        <source>Today per hour</source>
        <translation>Hoy por hora</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="405" />
        <location filename="../../kit_counter.py" line="408" />
        <source>Recent actions</source>
        <translation>Acciones recientes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="411" />
        <source>Undo selected</source>
        <translation>Deshacer la seleccionada</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="412" />
        <source>Undo the selected action</source>
        <translation>Deshacer la acción seleccionada</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="432" />
        <source>Undo the last tap (Ctrl+Z)</source>
        <translation>Deshacer el último toque (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="478" />
        <source>Kit counter</source>
        <translation>Contador de kits</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="479" />
        <source>No activation yet. Create one under Activations.</source>
        <translation>Aún no hay ninguna activación. Crea una en Activaciones.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="480" />
        <location filename="../../kit_counter.py" line="485" />
        <source>Open Activations</source>
        <translation>Abrir Activaciones</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="484" />
        <source>This activation has no location yet. Add one under Activations.</source>
        <translation>Esta activación aún no tiene ubicación. Añade una en Activaciones.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="488" />
        <source>No kit types yet. Add some under Kit catalogue.</source>
        <translation>Aún no hay tipos de kit. Añádelos en Catálogo de kits.</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="489" />
        <source>Open the kit catalogue</source>
        <translation>Abrir el catálogo de kits</translation>
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
            <numerusform>%Ln kit entregado hoy</numerusform><numerusform>%Ln kits entregados hoy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="557" />
        <source>Undo: %Ln × {kit}, {time}</source>
        <translation>
            <numerusform>Deshacer: %Ln × {kit}, {time}</numerusform><numerusform>Deshacer: %Ln × {kit}, {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="558" />
        <source>Undo: %Ln × {kit} for {role}, {time}</source>
        <translation>
            <numerusform>Deshacer: %Ln × {kit} para {role}, {time}</numerusform><numerusform>Deshacer: %Ln × {kit} para {role}, {time}</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="567" />
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="568" />
        <source>Undo: nothing to undo</source>
        <translation>Deshacer: nada que deshacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kit_counter.py" line="580" />
        <source>No tile {key}: there are %Ln kit(s)</source>
        <translation>
            <numerusform>No hay casilla {key}: hay %Ln kit</numerusform><numerusform>No hay casilla {key}: hay %Ln kits</numerusform></translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="613" />
        <source>Counted: {kit} ×{count} · stock {stock} · below zero: count the box</source>
        <translation>Contado: {kit} ×{count} · existencias {stock} · bajo cero: cuenta la caja</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="615" />
        <source>Counted: {kit} ×{count} · stock {stock}</source>
        <translation>Contado: {kit} ×{count} · existencias {stock}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="621" />
        <source>Not counted: {reason}</source>
        <translation>No contado: {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="645" />
        <source>Not undone: the hand-out still counts</source>
        <translation>No se deshizo: la entrega sigue contando</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="647" />
        <source>Not undone: {reason}</source>
        <translation>No se deshizo: {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="659" />
        <source>Counting at {location} ({activation})</source>
        <translation>Contando en {location} ({activation})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="670" />
        <source>Undone: {kit} ×{count} handed out</source>
        <translation>Deshecho: {kit} ×{count} entregado</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="673" />
        <source>Undone: {kit} stock {change}</source>
        <translation>Deshecho: {kit} existencias {change}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="702" />
        <source>Hand out one to {role}</source>
        <translation>Entregar uno a {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="705" />
        <source>Hand out several…</source>
        <translation>Entregar varios…</translation>
    </message>
</context>
<context>
    <name>KitTileButton</name>
    <message>
        <location filename="../../widgets.py" line="220" />
        <source>Key {key} · stock {stock} · below zero, count the box</source>
        <translation>Tecla {key} · existencias {stock} · bajo cero, cuenta la caja</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="221" />
        <source>Stock {stock} · below zero, count the box</source>
        <translation>Existencias {stock} · bajo cero, cuenta la caja</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="223" />
        <source>Key {key} · stock {stock} · LOW</source>
        <translation>Tecla {key} · existencias {stock} · BAJO</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="224" />
        <source>Stock {stock} · LOW</source>
        <translation>Existencias {stock} · BAJO</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Key {key} · stock {stock}</source>
        <translation>Tecla {key} · existencias {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="226" />
        <source>Stock {stock}</source>
        <translation>Existencias {stock}</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="229" />
        <source>Tap to log one {kit} handed out. Right-click for more.</source>
        <translation>Toca para registrar una entrega de {kit}. Clic derecho para más.</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="246" />
        <source>{kit}: {today} today, stock {stock}, below zero: count the box</source>
        <translation>{kit}: {today} hoy, existencias {stock}, bajo cero: cuenta la caja</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="249" />
        <source>{kit}: {today} today, stock {stock}, low</source>
        <translation>{kit}: {today} hoy, existencias {stock}, bajo</translation>
    </message>
    <message>
        <location filename="../../widgets.py" line="250" />
        <source>{kit}: {today} today, stock {stock}</source>
        <translation>{kit}: {today} hoy, existencias {stock}</translation>
    </message>
</context>
<context>
    <name>KitsTodayBox</name>
    <message>
        <location filename="../../today_page.py" line="389" />
        <source>Kits today</source>
        <translation>Kits de hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../today_page.py" line="415" />
        <source>%Ln kit(s) handed out</source>
        <translation>
            <numerusform>%Ln kit entregado</numerusform><numerusform>%Ln kits entregados</numerusform></translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="417" />
        <source>{kit}: {count}</source>
        <translation>{kit}: {count}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="418" />
        <source>No kit types yet.</source>
        <translation>Aún no hay tipos de kit.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="426" />
        <source>⚠ {kit} at {location}: stock {stock}, below zero: count the box</source>
        <translation>⚠ {kit} en {location}: existencias {stock}, bajo cero: cuenta la caja</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="428" />
        <source>⚠ {kit} at {location}: stock {stock}, LOW</source>
        <translation>⚠ {kit} en {location}: existencias {stock}, BAJO</translation>
    </message>
</context>
<context>
    <name>SpaceCard</name>
    <message>
        <location filename="../../today_page.py" line="118" />
        <source>At the door</source>
        <translation>En la puerta</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="146" />
        <source>Nothing on now</source>
        <translation>Nada en curso ahora</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="152" />
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="153" />
        <source>Now: {title}{cancelled}</source>
        <translation>Ahora: {title}{cancelled}</translation>
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
        <translation>Asistentes a {title}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="172" />
        <source>Next: {title}, {times}</source>
        <translation>Después: {title}, {times}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="173" />
        <source>Nothing next today</source>
        <translation>Nada más hoy</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="174" />
        <source>Count at the door for {space}</source>
        <translation>Contar en la puerta de {space}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../today_page.py" line="470" />
        <location filename="../../today_page.py" line="571" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="481" />
        <source>No activation yet. Create the festival or tour you are working at, and Today shows its spaces, kits and door.</source>
        <translation>Aún no hay ninguna activación. Crea el festival o la gira en la que trabajas y Hoy mostrará sus espacios, kits y puerta.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="483" />
        <source>Create an activation</source>
        <translation>Crear una activación</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="494" />
        <source>Now and next</source>
        <translation>Ahora y después</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="575" />
        <source>Today · {activation} · {day} {time}</source>
        <translation>Hoy · {activation} · {day} {time}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="607" />
        <source>No spaces yet: add them under Activations.</source>
        <translation>Aún no hay espacios: añádelos en Activaciones.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="608" />
        <source>Open Activations</source>
        <translation>Abrir Activaciones</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="611" />
        <source>No sessions today. Plan them in the schedule.</source>
        <translation>No hay sesiones hoy. Prográmalas en el horario.</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="612" />
        <source>Open the schedule</source>
        <translation>Abrir el horario</translation>
    </message>
</context>
<context>
    <name>kit_counter</name>
    <message>
        <location filename="../../kit_counter.py" line="48" />
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="49" />
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="50" />
        <source>Crew</source>
        <translation>Equipo técnico</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="51" />
        <source>Venue staff</source>
        <translation>Personal del recinto</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="52" />
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="53" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="61" />
        <source>anyone</source>
        <comment>in a sentence: for anyone</comment>
        <translation>cualquiera</translation>
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
        <translation>el equipo técnico</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="66" />
        <source>venue staff</source>
        <comment>in a sentence: for venue staff</comment>
        <translation>el personal del recinto</translation>
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
        <translation>otras personas</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="85" />
        <source>{kit} ×{count} handed out</source>
        <translation>{kit} ×{count} entregado</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="87" />
        <source>{kit} ×{count} handed out · {role}</source>
        <translation>{kit} ×{count} entregado · {role}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="90" />
        <source>{kit} +{count} received</source>
        <translation>{kit} +{count} recibido</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="93" />
        <source>{kit} count corrected ({change}): {reason}</source>
        <translation>{kit} recuento corregido ({change}): {reason}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="99" />
        <source>{time}  {what}</source>
        <translation>{time}  {what}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="102" />
        <source>{what}  — undone</source>
        <translation>{what}  — deshecho</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="119" />
        <source>Undo: {kit} ×{count} ({role}) handed out</source>
        <translation>Deshacer: {kit} ×{count} ({role}) entregado</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="122" />
        <source>Undo: {kit} ×{count} handed out</source>
        <translation>Deshacer: {kit} ×{count} entregado</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="124" />
        <source>Undo: {kit} ({role}) handed out</source>
        <translation>Deshacer: {kit} ({role}) entregado</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="126" />
        <source>Undo: {kit} handed out</source>
        <translation>Deshacer: {kit} entregado</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="128" />
        <source>Undo: {kit} +{count} received</source>
        <translation>Deshacer: {kit} +{count} recibido</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="130" />
        <source>Undo: {kit} count correction ({change})</source>
        <translation>Deshacer: corrección del recuento de {kit} ({change})</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="133" />
        <source>{what} at {time}</source>
        <translation>{what} a las {time}</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="146" />
        <source>Type how many, as a whole number</source>
        <translation>Escribe cuántos, como número entero</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="148" />
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="153" />
        <source>More than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>Más de {most}, el máximo que puede registrar una entrega: revisa el número o regístralo en partes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="158" />
        <source>Hand out at least 1</source>
        <translation>Entrega al menos 1</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="161" />
        <source>{count} is more than {most}, the most one hand-out can log: check the number, or log it in parts</source>
        <translation>{count} es más de {most}, el máximo que puede registrar una entrega: revisa el número o regístralo en partes</translation>
    </message>
    <message>
        <location filename="../../kit_counter.py" line="307" />
        <source>That tap was not counted, so there is nothing to undo</source>
        <translation>Ese toque no se contó, así que no hay nada que deshacer</translation>
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
        <translation>Ahora: —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="79" />
        <source>Next: —</source>
        <translation>Después: —</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="82" />
        <source>Now: {times} {title} (cancelled)</source>
        <translation>Ahora: {times} {title} (cancelada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="84" />
        <source>Next: {times} {title} (cancelled)</source>
        <translation>Después: {times} {title} (cancelada)</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="86" />
        <source>Now: {times} {title} · {people}</source>
        <translation>Ahora: {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="88" />
        <source>Next: {times} {title} · {people}</source>
        <translation>Después: {times} {title} · {people}</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="435" />
        <source>Kits per hour today</source>
        <translation>Kits por hora hoy</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="436" />
        <location filename="../../today_page.py" line="438" />
        <source>No hand-outs yet today</source>
        <translation>Hoy aún no se ha entregado nada</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="437" />
        <source>Kits by type today</source>
        <translation>Kits por tipo hoy</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="440" />
        <source>Attendance against capacity</source>
        <translation>Asistencia frente a aforo</translation>
    </message>
    <message>
        <location filename="../../today_page.py" line="441" />
        <source>No sessions today</source>
        <translation>No hay sesiones hoy</translation>
    </message>
</context>
</TS>