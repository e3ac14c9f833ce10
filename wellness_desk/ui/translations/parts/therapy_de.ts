<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddSlotDialog</name>
    <message>
        <source>Add a slot by hand</source>
        <translation>Termin von Hand hinzufügen</translation>
    </message>
    <message>
        <source>Slot starts</source>
        <translation>Termin beginnt</translation>
    </message>
    <message>
        <source>Slot ends</source>
        <translation>Termin endet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>full name, initials or an alias</source>
        <translation>voller Name, Initialen oder ein Alias</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation>Kontakt (optional)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Names, contacts and notes are stored encrypted.</source>
        <translation>Namen, Kontakte und Notizen werden verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über dem Budget</translation>
    </message>
    <message>
        <source>{reason}.

Book anyway?</source>
        <translation>{reason}.

Trotzdem buchen?</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Therapy budget</source>
        <translation>Therapiebudget</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>z. B. {amount}</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>Amount for the tour</source>
        <translation>Betrag für die Tour</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>LunchRow</name>
    <message>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>Lunch starts</source>
        <translation>Mittagspause beginnt</translation>
    </message>
    <message>
        <source>Lunch ends</source>
        <translation>Mittagspause endet</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>NewDayDialog</name>
    <message>
        <source>New therapy day</source>
        <translation>Neuer Therapietag</translation>
    </message>
    <message>
        <source>Tour stop</source>
        <translation>Tourstopp</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Therapeut·in</translation>
    </message>
    <message>
        <source>e.g. LCSW, licensed in NY</source>
        <translation>z. B. Psychologische Psychotherapeutin, approbiert</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>phone or email (kept encrypted)</source>
        <translation>Telefon oder E-Mail (verschlüsselt gespeichert)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Provider&apos;s contact</source>
        <translation>Kontakt der Therapeut·in</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>z. B. {amount}</translation>
    </message>
    <message>
        <source>Cost per session</source>
        <translation>Kosten pro Sitzung</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>Kosten pro Tag</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change the day&apos;s plan</source>
        <translation>Tagesplan ändern</translation>
    </message>
    <message>
        <source>Booked slots do not fit</source>
        <translation>Gebuchte Termine passen nicht</translation>
    </message>
    <message>
        <source>Keep those slots</source>
        <translation>Diese Termine behalten</translation>
    </message>
    <message>
        <source>Cancel those bookings</source>
        <translation>Diese Buchungen stornieren</translation>
    </message>
    <message>
        <source>Leave the day as it is</source>
        <translation>Tag so lassen</translation>
    </message>
</context>
<context>
    <name>RhythmFields</name>
    <message>
        <source>Day starts</source>
        <translation>Tag beginnt</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Tag endet</translation>
    </message>
    <message>
        <source>Day window</source>
        <translation>Tageszeitfenster</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Mittagspause</translation>
    </message>
</context>
<context>
    <name>TherapyPage</name>
    <message>
        <source>Therapy days</source>
        <translation>Therapietage</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Therapy day</source>
        <translation>Therapietag</translation>
    </message>
    <message>
        <source>New therapy day…</source>
        <translation>Neuer Therapietag…</translation>
    </message>
    <message>
        <source>New therapy day</source>
        <translation>Neuer Therapietag</translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation>Drucken / exportieren</translation>
    </message>
    <message>
        <source>Print or export</source>
        <translation>Drucken oder exportieren</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN oder Passphrase</translation>
    </message>
    <message>
        <source>again, to confirm</source>
        <translation>noch einmal, zur Bestätigung</translation>
    </message>
    <message>
        <source>PIN or passphrase, again</source>
        <translation>PIN oder Passphrase, noch einmal</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Lock now: hide the names</source>
        <translation>Jetzt sperren: Namen ausblenden</translation>
    </message>
    <message>
        <source>Therapy budget…</source>
        <translation>Therapiebudget…</translation>
    </message>
    <message>
        <source>Add a slot by hand…</source>
        <translation>Termin von Hand hinzufügen…</translation>
    </message>
    <message>
        <source>Change the day&apos;s plan…</source>
        <translation>Tagesplan ändern…</translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation>Termine des Tages</translation>
    </message>
    <message>
        <source>Arrows move between slots; Enter does the slot&apos;s main action; the menu key lists everything you can do with it.</source>
        <translation>Pfeiltasten wechseln zwischen Terminen; Enter führt die Hauptaktion des Termins aus; die Menütaste zeigt alles, was damit möglich ist.</translation>
    </message>
    <message>
        <source>This day has no slots left: add one by hand, or lay the day out again.</source>
        <translation>Dieser Tag hat keine Termine mehr: fügen Sie einen von Hand hinzu oder planen Sie den Tag neu.</translation>
    </message>
    <message>
        <source>Selected slot</source>
        <translation>Ausgewählter Termin</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Buchen…</translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation>Als wahrgenommen markieren</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Als nicht erschienen markieren</translation>
    </message>
    <message>
        <source>Back to booked</source>
        <translation>Zurück auf gebucht</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Buchung stornieren…</translation>
    </message>
    <message>
        <source>Late cancel…</source>
        <translation>Kurzfristig stornieren…</translation>
    </message>
    <message>
        <source>Block slot</source>
        <translation>Termin sperren</translation>
    </message>
    <message>
        <source>Undo attended or no-show: the session is booked again.</source>
        <translation>Macht wahrgenommen oder nicht erschienen rückgängig: die Sitzung ist wieder gebucht.</translation>
    </message>
    <message>
        <source>The slot becomes free, but the session stays billable.</source>
        <translation>Der Termin wird frei, die Sitzung bleibt aber abrechenbar.</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Book the selected slot for them</source>
        <translation>Ausgewählten Termin für sie buchen</translation>
    </message>
    <message>
        <source>Add to waitlist…</source>
        <translation>Auf die Warteliste…</translation>
    </message>
    <message>
        <source>Add to waitlist</source>
        <translation>Auf die Warteliste setzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from the waitlist</source>
        <translation>Von der Warteliste entfernen</translation>
    </message>
    <message>
        <source>Type the PIN or passphrase first.</source>
        <translation>Geben Sie zuerst die PIN oder Passphrase ein.</translation>
    </message>
    <message>
        <source>The two entries differ: type the same PIN or passphrase twice.</source>
        <translation>Die beiden Eingaben unterscheiden sich: geben Sie zweimal dieselbe PIN oder Passphrase ein.</translation>
    </message>
    <message>
        <source>Unlocked: names are shown. {how}</source>
        <translation>Entsperrt: Namen werden angezeigt. {how}</translation>
    </message>
    <message numerus="yes">
        <source>{text} (wait %n s)</source>
        <translation>
            <numerusform>{text} (%n s warten)</numerusform>
            <numerusform>{text} (%n s warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Therapy days belong to a tour: pick or create one under Activations.</source>
        <translation>Therapietage gehören zu einer Tour: wählen oder erstellen Sie eine unter Einsätze.</translation>
    </message>
    <message>
        <source>Therapy days · {tour}</source>
        <translation>Therapietage · {tour}</translation>
    </message>
    <message>
        <source>{stop} · {provider}</source>
        <translation>{stop} · {provider}</translation>
    </message>
    <message>
        <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
        <translation>Noch kein Therapietag: planen Sie den ersten, mit Therapeut·in, Zeiten und Kosten.</translation>
    </message>
    <message>
        <source>Plan the first therapy day</source>
        <translation>Ersten Therapietag planen</translation>
    </message>
    <message>
        <source>No therapy day yet: add the tour&apos;s stops under Activations, then plan the first therapy day here.</source>
        <translation>Noch kein Therapietag: fügen Sie unter Einsätze die Tourstopps hinzu und planen Sie dann hier den ersten Therapietag.</translation>
    </message>
    <message>
        <source>No therapy budget set.</source>
        <translation>Kein Therapiebudget festgelegt.</translation>
    </message>
    <message>
        <source>Set a therapy budget…</source>
        <translation>Therapiebudget festlegen…</translation>
    </message>
    <message>
        <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
        <translation>Therapiebudget {amount} · ausgegeben {spent} · gebunden {committed}</translation>
    </message>
    <message>
        <source>Over budget: remaining {remaining}</source>
        <translation>Budget überschritten: verbleibend {remaining}</translation>
    </message>
    <message>
        <source>Remaining {remaining}</source>
        <translation>Verbleibend {remaining}</translation>
    </message>
    <message>
        <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
        <translation>Therapiebudget {amount}: ausgegeben {spent}, gebunden {committed}, verbleibend {remaining}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>{provider} · %n slot(s) free of {total}</source>
        <translation>
            <numerusform>{provider} · %n Termin von {total} frei</numerusform>
            <numerusform>{provider} · %n Termine von {total} frei</numerusform>
        </translation>
    </message>
    <message>
        <source>Name hidden</source>
        <translation>Name verborgen</translation>
    </message>
    <message>
        <source>{time}, {status}</source>
        <translation>{time}, {status}</translation>
    </message>
    <message>
        <source>name hidden</source>
        <translation>Name verborgen</translation>
    </message>
    <message>
        <source>{time}, {status}, {person}, {role}</source>
        <translation>{time}, {status}, {person}, {role}</translation>
    </message>
    <message>
        <source>Unblock slot</source>
        <translation>Termin freigeben</translation>
    </message>
    <message>
        <source>No slot selected</source>
        <translation>Kein Termin ausgewählt</translation>
    </message>
    <message>
        <source>Pick a slot in the day column to see what you can do with it.</source>
        <translation>Wählen Sie einen Termin in der Tagesspalte, um zu sehen, was damit möglich ist.</translation>
    </message>
    <message>
        <source>{person} · {role}</source>
        <translation>{person} · {role}</translation>
    </message>
    <message>
        <source>Unlock the section to book: a booking takes a name.</source>
        <translation>Entsperren Sie den Bereich zum Buchen: eine Buchung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Free: book someone, or block it so nobody can.</source>
        <translation>Frei: buchen Sie jemanden ein oder sperren Sie ihn, damit niemand bucht.</translation>
    </message>
    <message>
        <source>Blocked: nobody can book it until it is unblocked.</source>
        <translation>Gesperrt: niemand kann ihn buchen, bis er freigegeben ist.</translation>
    </message>
    <message>
        <source>After the session, mark it attended or a no-show.</source>
        <translation>Markieren Sie die Sitzung danach als wahrgenommen oder nicht erschienen.</translation>
    </message>
    <message>
        <source>The session was held (or missed): only undoing that is left.</source>
        <translation>Die Sitzung fand statt (oder wurde versäumt): nur Rückgängigmachen bleibt.</translation>
    </message>
    <message>
        <source>Unlock the section first: a booking takes a name.</source>
        <translation>Entsperren Sie zuerst den Bereich: eine Buchung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Slot actions</source>
        <translation>Aktionen für den Termin</translation>
    </message>
    <message>
        <source>The section locked itself: unlock it and book again.</source>
        <translation>Der Bereich hat sich gesperrt: entsperren Sie ihn und buchen Sie erneut.</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Sitzung buchen</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Gebucht.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>Late cancel</source>
        <translation>Kurzfristige Stornierung</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Cancelled: the slot is free again.</source>
        <translation>Storniert: der Termin ist wieder frei.</translation>
    </message>
    <message>
        <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
        <translation>Storniert. Jemand wartet: bieten Sie den Termin der ersten Person auf der Warteliste an.</translation>
    </message>
    <message>
        <source>Therapist&apos;s day sheet with names (PDF)…</source>
        <translation>Tagesblatt für die Therapeut·in, mit Namen (PDF)…</translation>
    </message>
    <message>
        <source>Crew sign-up sheet, times only (PDF)…</source>
        <translation>Eintragliste für die Crew, nur Zeiten (PDF)…</translation>
    </message>
    <message>
        <source>Provider&apos;s day calendar, no names (.ics)…</source>
        <translation>Tageskalender der Therapeut·in, ohne Namen (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, no name (.ics)…</source>
        <translation>Einladung für die ausgewählte Buchung, ohne Namen (.ics)…</translation>
    </message>
    <message>
        <source>Invite for the selected booking, WITH the client&apos;s name (.ics)…</source>
        <translation>Einladung für die ausgewählte Buchung, MIT dem Namen der Person (.ics)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Booked from the waitlist.</source>
        <translation>Von der Warteliste gebucht.</translation>
    </message>
    <message>
        <source>The day was laid out again.</source>
        <translation>Der Tag wurde neu geplant.</translation>
    </message>
    <message>
        <source>Add to the waitlist</source>
        <translation>Auf die Warteliste setzen</translation>
    </message>
</context>
<context>
    <name>therapy_page</name>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wahrgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler·in</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Crew</translation>
    </message>
    <message>
        <source>Venue staff</source>
        <translation>Personal der Spielstätte</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>no budget currency set yet</source>
        <translation>noch keine Budgetwährung</translation>
    </message>
</context>
</TS>
