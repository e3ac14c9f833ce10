<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddSlotDialog</name>
    <message>
        <source>Add a slot by hand</source>
        <translation>Ajouter un créneau à la main</translation>
    </message>
    <message>
        <source>Slot starts</source>
        <translation>Début du créneau</translation>
    </message>
    <message>
        <source>Slot ends</source>
        <translation>Fin du créneau</translation>
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
        <translation>nom complet, initiales ou un pseudonyme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation>Contact (facultatif)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Names, contacts and notes are stored encrypted.</source>
        <translation>Les noms, contacts et notes sont enregistrés chiffrés.</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <source>{reason}.

Book anyway?</source>
        <translation>{reason}.

Réserver quand même ?</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Therapy budget</source>
        <translation>Budget thérapie</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ex. {amount}</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>Amount for the tour</source>
        <translation>Montant pour la tournée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>LunchRow</name>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Pause déjeuner</translation>
    </message>
    <message>
        <source>Lunch starts</source>
        <translation>Début du déjeuner</translation>
    </message>
    <message>
        <source>Lunch ends</source>
        <translation>Fin du déjeuner</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>NewDayDialog</name>
    <message>
        <source>New therapy day</source>
        <translation>Nouvelle journée de thérapie</translation>
    </message>
    <message>
        <source>Tour stop</source>
        <translation>Étape de la tournée</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>e.g. LCSW, licensed in NY</source>
        <translation>p. ex. psychologue clinicienne, ADELI</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>phone or email (kept encrypted)</source>
        <translation>téléphone ou e-mail (gardé chiffré)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Provider&apos;s contact</source>
        <translation>Contact du thérapeute</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ex. {amount}</translation>
    </message>
    <message>
        <source>Cost per session</source>
        <translation>Coût par séance</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>Coût par jour</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change the day&apos;s plan</source>
        <translation>Modifier le planning de la journée</translation>
    </message>
    <message>
        <source>Booked slots do not fit</source>
        <translation>Des créneaux réservés ne tiennent plus</translation>
    </message>
    <message>
        <source>Keep those slots</source>
        <translation>Garder ces créneaux</translation>
    </message>
    <message>
        <source>Cancel those bookings</source>
        <translation>Annuler ces réservations</translation>
    </message>
    <message>
        <source>Leave the day as it is</source>
        <translation>Laisser la journée telle quelle</translation>
    </message>
</context>
<context>
    <name>RhythmFields</name>
    <message>
        <source>Day starts</source>
        <translation>Début de la journée</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Fin de la journée</translation>
    </message>
    <message>
        <source>Day window</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Pause déjeuner</translation>
    </message>
</context>
<context>
    <name>TherapyPage</name>
    <message>
        <source>Therapy days</source>
        <translation>Journées de thérapie</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Journée :</translation>
    </message>
    <message>
        <source>Therapy day</source>
        <translation>Journée de thérapie</translation>
    </message>
    <message>
        <source>New therapy day…</source>
        <translation>Nouvelle journée de thérapie…</translation>
    </message>
    <message>
        <source>New therapy day</source>
        <translation>Nouvelle journée de thérapie</translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation>Imprimer / exporter</translation>
    </message>
    <message>
        <source>Print or export</source>
        <translation>Imprimer ou exporter</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN ou phrase secrète</translation>
    </message>
    <message>
        <source>again, to confirm</source>
        <translation>à nouveau, pour confirmer</translation>
    </message>
    <message>
        <source>PIN or passphrase, again</source>
        <translation>PIN ou phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock now: hide the names</source>
        <translation>Verrouiller : masquer les noms</translation>
    </message>
    <message>
        <source>Therapy budget…</source>
        <translation>Budget thérapie…</translation>
    </message>
    <message>
        <source>Add a slot by hand…</source>
        <translation>Ajouter un créneau à la main…</translation>
    </message>
    <message>
        <source>Change the day&apos;s plan…</source>
        <translation>Modifier le planning de la journée…</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Créneaux de la journée</translation>
    </message>
    <message>
        <source>Arrows move between slots; Enter does the slot&apos;s main action; the menu key lists everything you can do with it.</source>
        <translation>Les flèches passent d&apos;un créneau à l&apos;autre ; Entrée lance l&apos;action principale du créneau ; la touche menu liste tout ce qu&apos;on peut en faire.</translation>
    </message>
    <message>
        <source>This day has no slots left: add one by hand, or lay the day out again.</source>
        <translation>Cette journée n&apos;a plus de créneau : ajoutez-en un à la main ou refaites le planning.</translation>
    </message>
    <message>
        <source>Selected slot</source>
        <translation>Créneau sélectionné</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Réserver…</translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation>Marquer comme honorée</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marquer comme absence</translation>
    </message>
    <message>
        <source>Back to booked</source>
        <translation>Revenir à réservée</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Annuler la réservation…</translation>
    </message>
    <message>
        <source>Late cancel…</source>
        <translation>Annulation tardive…</translation>
    </message>
    <message>
        <source>Block slot</source>
        <translation>Bloquer le créneau</translation>
    </message>
    <message>
        <source>Undo attended or no-show: the session is booked again.</source>
        <translation>Annule honorée ou absence : la séance redevient réservée.</translation>
    </message>
    <message>
        <source>The slot becomes free, but the session stays billable.</source>
        <translation>Le créneau se libère, mais la séance reste facturable.</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Book the selected slot for them</source>
        <translation>Lui réserver le créneau sélectionné</translation>
    </message>
    <message>
        <source>Add to waitlist…</source>
        <translation>Ajouter à la liste d&apos;attente…</translation>
    </message>
    <message>
        <source>Add to waitlist</source>
        <translation>Ajouter à la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from the waitlist</source>
        <translation>Retirer de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Type the PIN or passphrase first.</source>
        <translation>Saisissez d&apos;abord le PIN ou la phrase secrète.</translation>
    </message>
    <message>
        <source>The two entries differ: type the same PIN or passphrase twice.</source>
        <translation>Les deux saisies diffèrent : tapez deux fois le même PIN ou la même phrase.</translation>
    </message>
    <message>
        <source>Unlocked: names are shown. {how}</source>
        <translation>Déverrouillé : les noms sont affichés. {how}</translation>
    </message>
    <message numerus="yes">
        <source>{text} (wait %n s)</source>
        <translation>
            <numerusform>{text} (attendez %n s)</numerusform>
            <numerusform>{text} (attendez %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Therapy days belong to a tour: pick or create one under Activations.</source>
        <translation>Les journées de thérapie appartiennent à une tournée : choisissez-en ou créez-en une sous Activations.</translation>
    </message>
    <message>
        <source>Therapy days · {tour}</source>
        <translation>Journées de thérapie · {tour}</translation>
    </message>
    <message>
        <source>{stop} · {provider}</source>
        <translation>{stop} · {provider}</translation>
    </message>
    <message>
        <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
        <translation>Pas encore de journée de thérapie : planifiez la première, avec son thérapeute, ses horaires et ses coûts.</translation>
    </message>
    <message>
        <source>Plan the first therapy day</source>
        <translation>Planifier la première journée de thérapie</translation>
    </message>
    <message>
        <source>No therapy day yet: add the tour&apos;s stops under Activations, then plan the first therapy day here.</source>
        <translation>Pas encore de journée de thérapie : ajoutez les étapes de la tournée sous Activations, puis planifiez ici la première journée.</translation>
    </message>
    <message>
        <source>No therapy budget set.</source>
        <translation>Aucun budget thérapie défini.</translation>
    </message>
    <message>
        <source>Set a therapy budget…</source>
        <translation>Définir un budget thérapie…</translation>
    </message>
    <message>
        <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
        <translation>Budget thérapie {amount} · dépensé {spent} · engagé {committed}</translation>
    </message>
    <message>
        <source>Over budget: remaining {remaining}</source>
        <translation>Budget dépassé : reste {remaining}</translation>
    </message>
    <message>
        <source>Remaining {remaining}</source>
        <translation>Reste {remaining}</translation>
    </message>
    <message>
        <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
        <translation>Budget thérapie {amount} : dépensé {spent}, engagé {committed}, reste {remaining}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>{provider} · %n slot(s) free of {total}</source>
        <translation>
            <numerusform>{provider} · %n créneau libre sur {total}</numerusform>
            <numerusform>{provider} · %n créneaux libres sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Name hidden</source>
        <translation>Nom masqué</translation>
    </message>
    <message>
        <source>{time}, {status}</source>
        <translation>{time}, {status}</translation>
    </message>
    <message>
        <source>name hidden</source>
        <translation>nom masqué</translation>
    </message>
    <message>
        <source>{time}, {status}, {person}, {role}</source>
        <translation>{time}, {status}, {person}, {role}</translation>
    </message>
    <message>
        <source>Unblock slot</source>
        <translation>Débloquer le créneau</translation>
    </message>
    <message>
        <source>No slot selected</source>
        <translation>Aucun créneau sélectionné</translation>
    </message>
    <message>
        <source>Pick a slot in the day column to see what you can do with it.</source>
        <translation>Choisissez un créneau dans la colonne de la journée pour voir ce que vous pouvez en faire.</translation>
    </message>
    <message>
        <source>{person} · {role}</source>
        <translation>{person} · {role}</translation>
    </message>
    <message>
        <source>Unlock the section to book: a booking takes a name.</source>
        <translation>Déverrouillez la section pour réserver : une réservation demande un nom.</translation>
    </message>
    <message>
        <source>Free: book someone, or block it so nobody can.</source>
        <translation>Libre : réservez pour quelqu&apos;un, ou bloquez-le pour que personne ne puisse.</translation>
    </message>
    <message>
        <source>Blocked: nobody can book it until it is unblocked.</source>
        <translation>Bloqué : personne ne peut le réserver tant qu&apos;il n&apos;est pas débloqué.</translation>
    </message>
    <message>
        <source>After the session, mark it attended or a no-show.</source>
        <translation>Après la séance, marquez-la honorée ou absence.</translation>
    </message>
    <message>
        <source>The session was held (or missed): only undoing that is left.</source>
        <translation>La séance a eu lieu (ou a été manquée) : il ne reste qu&apos;à l&apos;annuler.</translation>
    </message>
    <message>
        <source>Unlock the section first: a booking takes a name.</source>
        <translation>Déverrouillez d&apos;abord la section : une réservation demande un nom.</translation>
    </message>
    <message>
        <source>Slot actions</source>
        <translation>Actions du créneau</translation>
    </message>
    <message>
        <source>The section locked itself: unlock it and book again.</source>
        <translation>La section s&apos;est verrouillée : déverrouillez-la et réservez à nouveau.</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Réserver une séance</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Réservé.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Pas encore commencée</translation>
    </message>
    <message>
        <source>Late cancel</source>
        <translation>Annulation tardive</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancelled: the slot is free again.</source>
        <translation>Annulée : le créneau est de nouveau libre.</translation>
    </message>
    <message>
        <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
        <translation>Annulée. Quelqu&apos;un attend : proposez le créneau au premier de la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Therapist&apos;s day sheet with names (PDF)…</source>
        <translation>Feuille de journée du thérapeute, avec les noms (PDF)…</translation>
    </message>
    <message>
        <source>Crew sign-up sheet, times only (PDF)…</source>
        <translation>Feuille d&apos;inscription de l&apos;équipe, horaires seulement (PDF)…</translation>
    </message>
    <message>
        <source>Provider&apos;s day calendar, no names (.ics)…</source>
        <translation>Agenda de la journée du thérapeute, sans noms (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, no name (.ics)…</source>
        <translation>Invitation pour la réservation sélectionnée, sans nom (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, WITH the client&apos;s name (.ics)…</source>
        <translation>Invitation pour la réservation sélectionnée, AVEC le nom de la personne (.ics)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Booked from the waitlist.</source>
        <translation>Réservé depuis la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>The day was laid out again.</source>
        <translation>Le planning de la journée a été refait.</translation>
    </message>
    <message>
        <source>Add to the waitlist</source>
        <translation>Ajouter à la liste d&apos;attente</translation>
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
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Honorée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Équipe technique</translation>
    </message>
    <message>
        <source>Venue staff</source>
        <translation>Personnel du lieu</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no budget currency set yet</source>
        <translation>pas encore de devise de budget</translation>
    </message>
</context>
</TS>
