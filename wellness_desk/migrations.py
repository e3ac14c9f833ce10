"""The schema, as versioned migrations. Never edit a released migration: add a new one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("wellness_desk")


def known_names() -> list[str]:
    """Every migration this version knows, in order (all are pending on an empty database)."""
    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]


def _run(db: Database, *statements: str) -> None:
    for sql in statements:
        db.execute(sql)


@migrations()
def m001_activations_and_kits(db: Database) -> None:
    _run(
        db,
        """CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE activation (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL CHECK (kind IN ('festival', 'tour')),
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL CHECK (end_date >= start_date),
            tz TEXT NOT NULL,
            created_utc TEXT NOT NULL
        )""",
        """CREATE TABLE location (
            id INTEGER PRIMARY KEY,
            activation_id INTEGER NOT NULL REFERENCES activation(id),
            name TEXT NOT NULL COLLATE NOCASE,
            kind TEXT NOT NULL
                CHECK (kind IN ('tent', 'green_room', 'stage', 'tour_stop', 'other')),
            tz TEXT,
            UNIQUE (activation_id, name)
        )""",
        """CREATE TABLE kit_type (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            colour TEXT NOT NULL,
            low_stock INTEGER NOT NULL DEFAULT 10 CHECK (low_stock >= 0),
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0
        )""",
        # One row per action, never updated or deleted: an undo is a new row.
        # `quarter` is the 15-minute UTC bucket the row counts in (every real time zone
        # offset is a multiple of 15 minutes, so local hours and days are unions of them);
        # an undo counts in the bucket of the row it undoes.
        """CREATE TABLE stock_movement (
            id INTEGER PRIMARY KEY,
            kit_type_id INTEGER NOT NULL REFERENCES kit_type(id),
            location_id INTEGER NOT NULL REFERENCES location(id),
            kind TEXT NOT NULL CHECK (kind IN ('received', 'handed_out', 'corrected', 'undo')),
            stock_delta INTEGER NOT NULL,
            handed_out INTEGER NOT NULL DEFAULT 0,
            role TEXT NOT NULL DEFAULT 'unspecified' CHECK (role IN
                ('unspecified', 'artist', 'crew', 'venue_staff', 'family', 'other')),
            reason TEXT,
            undoes_id INTEGER REFERENCES stock_movement(id),
            at_utc TEXT NOT NULL,
            quarter INTEGER NOT NULL
        )""",
        "CREATE INDEX stock_movement_location ON stock_movement (location_id, id)",
        """CREATE UNIQUE INDEX stock_movement_undone_once ON stock_movement (undoes_id)
            WHERE undoes_id IS NOT NULL""",
        """CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
            BEGIN SELECT RAISE(ABORT, 'stock movements are never changed: add a correcting row');
            END""",
        """CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement
            BEGIN SELECT RAISE(ABORT, 'stock movements are never deleted: add a correcting row');
            END""",
    )


@migrations()
def m002_kit_running_totals(db: Database) -> None:
    """Stock on hand and hand-outs per 15 minutes, kept by triggers in the same transaction.

    With a million hand-outs the tiles must not sum the whole history on every tap. The
    trigger's name is `kits.TOTALS_TRIGGER`, where the tiles read what it writes.
    """
    _run(
        db,
        """CREATE TABLE stock (
            kit_type_id INTEGER NOT NULL REFERENCES kit_type(id),
            location_id INTEGER NOT NULL REFERENCES location(id),
            on_hand INTEGER NOT NULL,
            PRIMARY KEY (kit_type_id, location_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE handout_tally (
            location_id INTEGER NOT NULL REFERENCES location(id),
            quarter INTEGER NOT NULL,
            kit_type_id INTEGER NOT NULL REFERENCES kit_type(id),
            role TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (location_id, quarter, kit_type_id, role)
        ) WITHOUT ROWID""",
        """CREATE TRIGGER stock_movement_totals AFTER INSERT ON stock_movement BEGIN
            INSERT INTO stock (kit_type_id, location_id, on_hand)
                VALUES (NEW.kit_type_id, NEW.location_id, NEW.stock_delta)
                ON CONFLICT (kit_type_id, location_id)
                DO UPDATE SET on_hand = on_hand + excluded.on_hand;
            INSERT INTO handout_tally (location_id, quarter, kit_type_id, role, count)
                SELECT NEW.location_id, NEW.quarter, NEW.kit_type_id, NEW.role, NEW.handed_out
                WHERE NEW.handed_out != 0
                ON CONFLICT (location_id, quarter, kit_type_id, role)
                DO UPDATE SET count = count + excluded.count;
        END""",
        # Databases from m001 already hold movements: bring the totals up to date.
        """INSERT INTO stock (kit_type_id, location_id, on_hand)
            SELECT kit_type_id, location_id, sum(stock_delta) FROM stock_movement
            GROUP BY kit_type_id, location_id""",
        """INSERT INTO handout_tally (location_id, quarter, kit_type_id, role, count)
            SELECT location_id, quarter, kit_type_id, role, sum(handed_out) FROM stock_movement
            WHERE handed_out != 0 GROUP BY location_id, quarter, kit_type_id, role""",
    )


DEFAULT_WORKSHOP_KINDS = (
    "Breathwork", "Yoga", "Meditation", "Sound bath", "Support group", "Workshop",
)


@migrations()
def m003_workshop_schedule(db: Database) -> None:
    """Spaces get a capacity and a changeover buffer; workshops and door headcounts."""
    _run(
        db,
        "ALTER TABLE location ADD COLUMN capacity INTEGER CHECK (capacity > 0)",
        "ALTER TABLE location ADD COLUMN buffer_min INTEGER NOT NULL DEFAULT 0"
        " CHECK (buffer_min >= 0)",
        """CREATE TABLE workshop_kind (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            position INTEGER NOT NULL
        )""",
        # Times are UTC instants; `uid` stays the same through edits and exports, so a
        # calendar that imported the program updates instead of duplicating.
        """CREATE TABLE workshop (
            id INTEGER PRIMARY KEY,
            activation_id INTEGER NOT NULL REFERENCES activation(id),
            location_id INTEGER NOT NULL REFERENCES location(id),
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            start_utc TEXT NOT NULL,
            end_utc TEXT NOT NULL CHECK (end_utc > start_utc),
            capacity INTEGER CHECK (capacity > 0),
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'scheduled'
                CHECK (status IN ('scheduled', 'cancelled', 'held')),
            uid TEXT NOT NULL UNIQUE,
            series TEXT,
            held_utc TEXT,  -- first marked held; never cleared, so it is never deleted
            created_utc TEXT NOT NULL
        )""",
        "CREATE INDEX workshop_space_time ON workshop (location_id, start_utc)",
        "CREATE INDEX workshop_activation_time ON workshop (activation_id, start_utc)",
        """CREATE TABLE workshop_facilitator (
            workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (workshop_id, name)
        )""",
        "CREATE INDEX workshop_facilitator_name ON workshop_facilitator (name)",
        # The door: one row per tap on +1 / −1 (heads in, or walk-ins waiting), like kits.
        """CREATE TABLE door_tap (
            id INTEGER PRIMARY KEY,
            workshop_id INTEGER NOT NULL REFERENCES workshop(id),
            counter TEXT NOT NULL CHECK (counter IN ('headcount', 'waitlist')),
            delta INTEGER NOT NULL CHECK (delta IN (1, -1)),
            at_utc TEXT NOT NULL
        )""",
        "CREATE INDEX door_tap_workshop ON door_tap (workshop_id)",
        """CREATE TRIGGER door_tap_no_update BEFORE UPDATE ON door_tap
            BEGIN SELECT RAISE(ABORT, 'door taps are never changed: tap again'); END""",
    )
    for position, name in enumerate(DEFAULT_WORKSHOP_KINDS):
        db.execute("INSERT INTO workshop_kind (name, position) VALUES (?, ?)", [name, position])


@migrations()
def m004_therapy_days(db: Database) -> None:
    """Tour stops get a date and a place; therapy days, slots, bookings and a waitlist.

    Columns ending in `_enc` hold personal data encrypted with the laptop's data key
    (wellness_desk.vault): names, contacts and notes never sit in the file in clear.
    """
    _run(
        db,
        "ALTER TABLE location ADD COLUMN stop_date TEXT",
        "ALTER TABLE location ADD COLUMN city TEXT",
        "ALTER TABLE location ADD COLUMN country TEXT",
        "ALTER TABLE location ADD COLUMN venue TEXT",
        """CREATE TABLE therapy_budget (
            activation_id INTEGER PRIMARY KEY REFERENCES activation(id),
            amount TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3)
        )""",
        # Money as decimal text, never a float.
        """CREATE TABLE therapy_day (
            id INTEGER PRIMARY KEY,
            location_id INTEGER NOT NULL REFERENCES location(id),
            provider_name TEXT NOT NULL,
            provider_credentials TEXT NOT NULL DEFAULT '',
            provider_contact_enc BLOB,
            mode TEXT NOT NULL CHECK (mode IN ('in_person', 'remote')),
            window_start TEXT NOT NULL,
            window_end TEXT NOT NULL,
            session_min INTEGER NOT NULL CHECK (session_min BETWEEN 10 AND 240),
            break_min INTEGER NOT NULL CHECK (break_min BETWEEN 0 AND 120),
            lunch_start TEXT,
            lunch_end TEXT,
            cost_per_session TEXT,
            cost_per_day TEXT,
            created_utc TEXT NOT NULL
        )""",
        """CREATE TABLE therapy_slot (
            id INTEGER PRIMARY KEY,
            therapy_day_id INTEGER NOT NULL REFERENCES therapy_day(id),
            start_utc TEXT NOT NULL,
            end_utc TEXT NOT NULL CHECK (end_utc > start_utc),
            origin TEXT NOT NULL CHECK (origin IN ('generated', 'added')),
            blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
            removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
        )""",
        "CREATE INDEX therapy_slot_day ON therapy_slot (therapy_day_id, start_utc)",
        # person_tag: a keyed hash of the normalised name, so "one person, one slot at a
        # time" can be checked without decrypting every booking.
        """CREATE TABLE therapy_booking (
            id INTEGER PRIMARY KEY,
            slot_id INTEGER NOT NULL REFERENCES therapy_slot(id),
            person_enc BLOB NOT NULL,
            person_tag TEXT NOT NULL,
            contact_enc BLOB,
            notes_enc BLOB,
            role TEXT NOT NULL CHECK (role IN
                ('unspecified', 'artist', 'crew', 'venue_staff', 'family', 'other')),
            status TEXT NOT NULL DEFAULT 'booked'
                CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled')),
            late_cancel INTEGER NOT NULL DEFAULT 0 CHECK (late_cancel IN (0, 1)),
            created_utc TEXT NOT NULL
        )""",
        "CREATE INDEX therapy_booking_slot ON therapy_booking (slot_id)",
        "CREATE INDEX therapy_booking_person ON therapy_booking (person_tag)",
        """CREATE UNIQUE INDEX therapy_booking_live ON therapy_booking (slot_id)
            WHERE status != 'cancelled'""",
        """CREATE TABLE therapy_waitlist (
            id INTEGER PRIMARY KEY,
            therapy_day_id INTEGER NOT NULL REFERENCES therapy_day(id),
            person_enc BLOB NOT NULL,
            person_tag TEXT NOT NULL,
            contact_enc BLOB,
            role TEXT NOT NULL,
            added_utc TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
        )""",
    )


@migrations()
def m005_print_jobs(db: Database) -> None:
    """What was printed, for the anonymous count of cards out there: no personal data.

    `copies` is what was asked for; `cards` what the pages hold (a job without unique codes
    fills its last sheet). A row is never changed: a reprint is a new row.
    """
    _run(
        db,
        """CREATE TABLE print_job (
            id INTEGER PRIMARY KEY,
            template TEXT NOT NULL,
            tag TEXT NOT NULL,
            language TEXT NOT NULL,
            copies INTEGER NOT NULL CHECK (copies > 0),
            cards INTEGER NOT NULL CHECK (cards >= copies),
            paper TEXT NOT NULL,
            unique_codes INTEGER NOT NULL CHECK (unique_codes IN (0, 1)),
            printed_utc TEXT NOT NULL
        )""",
        "CREATE INDEX print_job_template ON print_job (template, printed_utc)",
        """CREATE TRIGGER print_job_no_update BEFORE UPDATE ON print_job
            BEGIN SELECT RAISE(ABORT, 'print jobs are never changed: print again'); END""",
    )


@migrations()
def m006_sync_cells(db: Database) -> None:
    """Anonymous count cells for the hub (wellness_desk.sync.cells).

    - Every activation gets a stable random `uid`: the hub keys cells by it, never by a
      local row id (two laptops' "activation 1" are not the same festival). Set by a
      trigger, so every way of creating an activation gets one.
    - A print job is attributed, when it is recorded, to the activation current then
      (print_job rows never change, so the link is a side table kept by a trigger).
    - `sync_cell`: the last value computed for each allow-listed cell, with the revision
      (from the device-wide counter in `sync_state`) at which that value was set.
    """
    _run(
        db,
        "ALTER TABLE activation ADD COLUMN uid TEXT",
        "UPDATE activation SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
        "CREATE UNIQUE INDEX activation_uid ON activation (uid)",
        """CREATE TRIGGER activation_uid_on_insert AFTER INSERT ON activation
            WHEN NEW.uid IS NULL
            BEGIN UPDATE activation SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
            END""",
        """CREATE TRIGGER activation_uid_no_change BEFORE UPDATE OF uid ON activation
            WHEN OLD.uid IS NOT NULL AND NEW.uid IS NOT OLD.uid
            BEGIN SELECT RAISE(ABORT, 'an activation keeps its uid'); END""",
        """CREATE TABLE print_job_activation (
            print_job_id INTEGER PRIMARY KEY REFERENCES print_job(id),
            activation_id INTEGER NOT NULL REFERENCES activation(id)
        )""",
        # The current activation as activations.current_activation() picks it: the
        # remembered one, else the most recent. No activation at all: not attributed.
        """CREATE TRIGGER print_job_attribute AFTER INSERT ON print_job BEGIN
            INSERT INTO print_job_activation (print_job_id, activation_id)
                SELECT NEW.id, a.id FROM activation a
                WHERE a.id = coalesce(
                    (SELECT a2.id FROM activation a2 JOIN setting s
                        ON s.key = 'current_activation' AND a2.id = CAST(s.value AS INTEGER)),
                    (SELECT a3.id FROM activation a3 ORDER BY a3.start_date DESC, a3.id DESC
                        LIMIT 1));
        END""",
        """INSERT INTO print_job_activation (print_job_id, activation_id)
            SELECT p.id, a.id FROM print_job p JOIN activation a
            ON a.id = coalesce(
                (SELECT a2.id FROM activation a2 JOIN setting s
                    ON s.key = 'current_activation' AND a2.id = CAST(s.value AS INTEGER)),
                (SELECT a3.id FROM activation a3 ORDER BY a3.start_date DESC, a3.id DESC
                    LIMIT 1))""",
        """CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            revision INTEGER NOT NULL CHECK (revision >= 0)
        )""",
        "INSERT INTO sync_state (id, revision) VALUES (1, 0)",
        # `dims` is the canonical JSON of the cell's dimensions ('{}' for none).
        """CREATE TABLE sync_cell (
            metric TEXT NOT NULL,
            activation_uid TEXT NOT NULL,
            period TEXT NOT NULL,
            dims TEXT NOT NULL,
            value INTEGER NOT NULL,
            revision INTEGER NOT NULL,
            PRIMARY KEY (metric, activation_uid, period, dims)
        ) WITHOUT ROWID""",
        "CREATE INDEX sync_cell_revision ON sync_cell (revision)",
        """CREATE TRIGGER sync_cell_no_delete BEFORE DELETE ON sync_cell
            BEGIN SELECT RAISE(ABORT, 'a count cell is never deleted: it goes down to 0'); END""",
    )


@migrations()
def m007_hub_link(db: Database) -> None:
    """The connection to the hub and what happened on it (wellness_desk.sync: link, log,
    quarantine).

    - `sync_link`: at most one row. The device id the hub gave this laptop (its token is in
      the OS keyring, never here), the local activation whose cells it sends, and the highest
      revision the hub has acknowledged for this binding. `stopped` is set when the hub
      answers 401 and cleared only by connecting again.
    - `sync_log`: one row per request to the hub: counts and outcomes, never cell contents,
      tokens or names.
    - `sync_quarantine`: batches the hub refused as malformed, kept with the hub's reason so
      they can be shown and sent again; the queue moves past them.
    """
    _run(
        db,
        """CREATE TABLE sync_link (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hub_url TEXT NOT NULL,
            device_id TEXT NOT NULL,
            hub_activation TEXT NOT NULL,
            activation_uid TEXT NOT NULL,
            acked_revision INTEGER NOT NULL DEFAULT 0 CHECK (acked_revision >= 0),
            connected_utc TEXT NOT NULL,
            stopped INTEGER NOT NULL DEFAULT 0 CHECK (stopped IN (0, 1)),
            last_sync_utc TEXT,
            last_error TEXT
        )""",
        """CREATE TABLE sync_log (
            id INTEGER PRIMARY KEY,
            at_utc TEXT NOT NULL,
            cells INTEGER NOT NULL CHECK (cells >= 0),
            bytes INTEGER NOT NULL CHECK (bytes >= 0),
            outcome TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE sync_quarantine (
            id INTEGER PRIMARY KEY,
            at_utc TEXT NOT NULL,
            status INTEGER NOT NULL,
            reason TEXT NOT NULL,
            cells INTEGER NOT NULL CHECK (cells >= 0),
            first_revision INTEGER NOT NULL,
            last_revision INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            body BLOB NOT NULL
        )""",
    )


@migrations()
def m009_print(db: Database) -> None:
    """The first unique code of each print job, so the numbering of a tag continues across
    runs (`cards.next_code`). NULL: no unique codes, or a job recorded before, whose codes
    started at 1 (its last one is then `cards`)."""
    _run(
        db,
        "ALTER TABLE print_job ADD COLUMN first_code INTEGER "
        "CHECK (first_code IS NULL OR first_code >= 1)",
        "CREATE INDEX print_job_tag ON print_job (tag, unique_codes)",
    )


@migrations()
def m011_calendar_revisions(db: Database) -> None:
    """The revision of every event a calendar file (.ics) has carried, by its UID.

    `fingerprint` is a hash of what the last export wrote for the event (never a name in
    clear); an export that writes it differently raises `sequence` by one and sets
    `modified_utc`, which the file gives as SEQUENCE and LAST-MODIFIED.
    """
    _run(
        db,
        """CREATE TABLE calendar_revision (
            uid TEXT PRIMARY KEY,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            fingerprint TEXT NOT NULL,
            modified_utc TEXT NOT NULL
        ) WITHOUT ROWID""",
    )


@migrations()
def m012_resource_reports(db: Database) -> None:
    """"This number did not work" taps on the resource directory (`resources.reports`), for
    the anonymous count of which entries to re-check (sync cell `resource_not_working`).

    One row per tap: the contact method (its HSDS phone id) and service it was about, when,
    and the activation current then (NULL when there was none: kept, counted nowhere, as
    print jobs are). Nothing about the person or the call. A row is never changed.
    """
    _run(
        db,
        """CREATE TABLE resource_report (
            id INTEGER PRIMARY KEY,
            contact_id TEXT NOT NULL,
            service_id TEXT NOT NULL,
            reported_utc TEXT NOT NULL,
            activation_id INTEGER REFERENCES activation(id)
        )""",
        "CREATE INDEX resource_report_contact ON resource_report (contact_id)",
        """CREATE TRIGGER resource_report_no_update BEFORE UPDATE ON resource_report
            BEGIN SELECT RAISE(ABORT, 'a report is never changed'); END""",
    )


@migrations()
def m013_report_made(db: Database) -> None:
    """The headline figures of every activation report saved as a PDF (`report`), so the
    next one can say what changed since. Counts only: a therapy figure the report did not
    show (suppressed) is kept as null, never as its value. `location_id` is not a foreign
    key: a tour stop may be deleted later, and its reports stay what they were.

    The report's "kits stocked" reads a location's received stock: without the partial
    index it walks every hand-out of the location (0.4 s for 750,000 of them, on the
    database worker, after every tap while Today is on screen); with it, 0.04 ms.
    """
    _run(
        db,
        """CREATE TABLE report_made (
            id INTEGER PRIMARY KEY,
            made_utc TEXT NOT NULL,
            activation_id INTEGER NOT NULL REFERENCES activation(id),
            location_id INTEGER,
            location_name TEXT,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL CHECK (end_date >= start_date),
            lang TEXT NOT NULL,
            figures TEXT NOT NULL
        )""",
        "CREATE INDEX report_made_activation ON report_made (activation_id, made_utc)",
        "CREATE INDEX stock_movement_received ON stock_movement (location_id, at_utc)"
        " WHERE kind = 'received'",
    )
