<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AddSlotDialog</name>
    <message>
        <source>Add a slot by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>full name, initials or an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, contacts and notes are stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.

Book anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Therapy budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount for the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LunchRow</name>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDayDialog</name>
    <message>
        <source>New therapy day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LCSW, licensed in NY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone or email (kept encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change the day&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked slots do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep those slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel those bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the day as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmFields</name>
    <message>
        <source>Day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapyPage</name>
    <message>
        <source>Therapy days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New therapy day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New therapy day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>again, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now: hide the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a slot by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the day&apos;s plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between slots; Enter does the slot&apos;s main action; the menu key lists everything you can do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day has no slots left: add one by hand, or lay the day out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo attended or no-show: the session is booked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot becomes free, but the session stays billable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the selected slot for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to waitlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN or passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ: type the same PIN or passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked: names are shown. {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{text} (wait %n s)</source>
        <translation>
            <numerusform>{text} (wait %n s)</numerusform>
            <numerusform>{text} (wait %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy days belong to a tour: pick or create one under Activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy days · {tour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stop} · {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapy day yet: plan the first one, with its provider, hours and costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the first therapy day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapy day yet: add the tour&apos;s stops under Activations, then plan the first therapy day here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapy budget set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a therapy budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy budget {amount} · spent {spent} · committed {committed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget: remaining {remaining}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining {remaining}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy budget {amount}: spent {spent}, committed {committed}, remaining {remaining}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{provider} · %n slot(s) free of {total}</source>
        <translation>
            <numerusform>{provider} · %n slot free of {total}</numerusform>
            <numerusform>{provider} · %n slots free of {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Name hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}, {status}, {person}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a slot in the day column to see what you can do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the section to book: a booking takes a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: book someone, or block it so nobody can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: nobody can book it until it is unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session, mark it attended or a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was held (or missed): only undoing that is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the section first: a booking takes a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section locked itself: unlock it and book again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the slot is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Someone is waiting: offer the slot to the first on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist&apos;s day sheet with names (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew sign-up sheet, times only (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s day calendar, no names (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite for the selected booking, no name (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite for the selected booking, WITH the client&apos;s name (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked from the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day was laid out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>therapy_page</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget currency set yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
