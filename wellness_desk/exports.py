"""CSV exports: the anonymous counts as sync sends them, and the laptop's own logs.

A folder of CSV files for the coordinator's spreadsheet (`export_csv`), chosen from
`EXPORTS`:

- `aggregates.csv`: exactly the count cells the sync sends to the hub (`sync.cells`), one
  row per cell, except that the therapy figures of each activation go through
  `suppression.therapy_table` first (rows = ISO weeks): a suppressed figure is written as
  "<5" or "–", never its number, with its reason in the row's `note` column and in
  README.txt. A count of 0 is left out: the hub counts no cell and a cell of 0 alike.
- the full local logs: kit movements, workshops and door counts, print jobs, "did not work"
  reports on resources, therapy days, slots, bookings and the waitlist. Personal fields
  (the names, contacts and notes of people booked or waiting, the provider's contact)
  are columns of their own, there only when the vault is unlocked AND the caller asks
  (`include_personal`); otherwise those columns are absent, not blank.

Decisions, so the next reader need not guess:

- Times: every instant is written three times, as the local time of the place it happened
  (a location's own zone, else its activation's; a print job or report: its activation's;
  none: UTC), the zone's IANA name, and UTC. "YYYY-MM-DD HH:MM:SS" both times: Excel and
  LibreOffice read it as a date and time, where ISO's "T…Z" stays text in Excel.
- Spreadsheet formulas: a text cell that starts with =, +, -, @, tab or carriage return
  gets a leading ' (OWASP's "CSV injection" advice), so a kit type named "=HYPERLINK(…)"
  shows as text instead of running. Every text cell is also quoted, so a separator inside
  it (Excel splits on ";" in many locales) can never start a new cell. Numbers are not
  text: a count of -1 (an undo) is written bare, -1, and reads as the number -1 — no
  formula can hide in a bare integer, since the writer only leaves a Python int bare.
- Encoding: UTF-8 with a byte-order mark. Excel opens a UTF-8 CSV correctly on a double
  click only when it starts with the BOM (without it, it reads the file in the Windows
  code page and "–", "é" or "Zürich" come out garbled); LibreOffice and Python
  ("utf-8-sig", csv_table.read_table) recognise the BOM too. Comma separated, CRLF line
  ends (RFC 4180). No "sep=," first line: with a BOM, Excel shows it as a row.
- All or nothing: every file is written and flushed in a hidden folder beside the target,
  then that folder takes the target's name (one rename). A folder holding a previous
  export is replaced whole; a folder holding anything else is refused (nothing of
  someone's is ever deleted). A full disk or a read-only folder leaves everything as it was
  and is said in one sentence (ReadOnlyData, DiskFull, DiskError: exit 1 on the command
  line, as for the backups). With personal details the folder and files are owner-only.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import shutil
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .clock import from_utc_text, zone
from .errors import DataFileError, DiskError, DiskFull, ReadOnlyData, WellnessError
from .messages import msg
from .suppression import (
    FOOTNOTE_HIDDEN,
    FOOTNOTE_SMALL,
    FOOTNOTE_WITHHELD,
    HIDDEN,
    SMALL,
    Figure,
    therapy_table,
)
from .sync import cells

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .vault import Vault

README = "README.txt"
README_TITLE = "Wellness Desk export"
# What a person may type that a spreadsheet would run as a formula (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TIME = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Export:
    title: str  # as the dialog offers it
    files: tuple[str, ...]
    personal: bool = False  # has personal columns (given only when unlocked and asked)


EXPORTS: dict[str, Export] = {
    "aggregates": Export("Anonymous counts, exactly as sync sends them (therapy figures "
                         "suppressed)", ("aggregates.csv",)),
    "handouts": Export("Kit hand-outs and stock movements", ("kit_movements.csv",)),
    "workshops": Export("Workshops and door counts", ("workshops.csv", "door_counts.csv")),
    "print_jobs": Export("Print jobs", ("print_jobs.csv",)),
    "resource_reports": Export("“Did not work” reports on resources",
                               ("resource_reports.csv",)),
    "therapy": Export("Therapy days, slots, bookings and waitlist",
                      ("therapy_days.csv", "therapy_slots.csv", "therapy_bookings.csv",
                       "therapy_waitlist.csv"), personal=True),
}
_KNOWN_FILES = frozenset({README, *(f for e in EXPORTS.values() for f in e.files)})


@dataclass(frozen=True)
class Table:
    name: str  # the file's name
    columns: tuple[str, ...]
    # Read as the file is written (a season's kit log is a million rows: never all in
    # memory at once); a list for the small tables.
    rows: Iterable[Sequence[object]]


@dataclass(frozen=True)
class Exported:
    folder: Path
    files: tuple[tuple[str, int], ...]  # (file name, rows under its header)
    personal: bool  # personal details are in it

    def summary(self) -> str:
        """One line for the command line and the dialog."""
        parts = ", ".join(f"{name} ({n} row{'s' if n != 1 else ''})" for name, n in self.files)
        kept = (" — it holds names and contacts: keep it on this laptop" if self.personal
                else "")
        return f"wrote {self.folder}: {parts}{kept}"


def neutralised(value: object) -> object:
    """A value as a spreadsheet may safely read it: numbers stay numbers; a text that a
    spreadsheet would run as a formula starts with ' instead."""
    if type(value) is str:  # most cells: checked first
        return "'" + value if value.startswith(FORMULA_START) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(out: TextIO, table: Table) -> int:
    """Write the table as CSV text (see the module's notes: BOM, quoting, CRLF) to `out`,
    opened with newline=""; return how many rows were under the header."""
    out.write("\ufeff")
    # QUOTE_NONNUMERIC: every text cell quoted, numbers bare (a Decimal counts as one).
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(table.columns)
    count = 0
    for row in table.rows:
        # `neutralised`, with its two usual cases inline (a million rows of a dozen cells).
        writer.writerow([v if type(v) is int else (
            ("'" + v if v.startswith(FORMULA_START) else v) if type(v) is str
            else neutralised(v)) for v in row])
        count += 1
    return count


def csv_bytes(table: Table) -> bytes:
    """The table as a file's bytes."""
    out = io.StringIO(newline="")
    write_csv(out, table)
    return out.getvalue().encode("utf-8")


# -- reading ---------------------------------------------------------------------------------


@contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction: every file of an export describes the same moment (WAL: the
    taps go on meanwhile)."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")


def time_cells(utc_text: str | None, tz: str) -> list[object]:
    """[local time, zone, UTC] of a stored instant ("2026-07-04T14:05:09.123456Z")."""
    if not utc_text:
        return ["", tz, ""]
    # A million rows: each minute's local text is worked out once (zones move by whole
    # minutes, so the seconds are the same in both), and the UTC text is cut from the row's.
    minute = utc_text[:16]
    local = _local_minutes.get((tz, minute))
    if local is None:
        if len(_local_minutes) > 200_000:
            _local_minutes.clear()
        local = from_utc_text(f"{minute}Z").astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M")
        _local_minutes[(tz, minute)] = local
    return [local + utc_text[16:19], tz, f"{utc_text[:10]} {utc_text[11:19]}"]


_local_minutes: dict[tuple[str, str], str] = {}


def _figure_cell(figure: Figure, *, withheld: bool) -> tuple[object, str]:
    """What a therapy figure is written as, and its footnote: its number only when shown
    (`withheld`: the activation's whole table is blanked, and says so)."""
    if figure.shown and figure.value is not None:
        return figure.value, ""
    if withheld:
        return figure.text(), FOOTNOTE_WITHHELD
    return figure.text(), {SMALL: FOOTNOTE_SMALL, HIDDEN: FOOTNOTE_HIDDEN}.get(
        figure.why or "", "")


_THERAPY = ("offered", "booked", "held", "no_show")


def aggregates(db: Database) -> Table:
    """The cells sync sends, therapy figures suppressed per activation and ISO week (the
    weeks' total is no cell, and is not written: less to subtract from, never more)."""
    order = {metric: i for i, metric in enumerate(cells.METRICS)}
    columns = ("activation", "metric", "period", *cells.DIMENSIONS, "value", "note")
    rows: list[tuple[tuple[object, ...], list[object]]] = []
    therapy: dict[str, dict[str, dict[str, int]]] = defaultdict(
        lambda: defaultdict(lambda: dict.fromkeys(_THERAPY, 0)))

    def row(cell: cells.Cell, value: object, note: str = "") -> None:
        dims = cell.dims
        rows.append(((cell.activation, order[cell.metric], cell.period, *cell.key[3:]),
                     [cell.activation, cell.metric, cell.period,
                      *(dims.get(name) for name in cells.DIMENSIONS), value, note]))

    for key, value in cells.compute_cells(db).items():
        try:
            cell = cells.cell_from_key(key, value, 1)
        except (cells.CellError, TypeError, ValueError):
            continue  # a cell the hub would refuse is never sent: nor is it written
        if cell.metric.startswith("therapy_"):
            therapy[cell.activation][cell.period][cell.metric.removeprefix("therapy_")] = value
        elif value:
            row(cell, value)
    for uid, weeks in therapy.items():
        table = therapy_table([(week, c["offered"], c["booked"], c["held"], c["no_show"])
                               for week, c in sorted(weeks.items())])
        for week in table.rows:
            for name in _THERAPY:
                cell = cells.Cell(metric=f"therapy_{name}", activation=uid, period=week.label)
                figure = getattr(week, name)
                # Offered is slots: never part of a withheld table, only ever "–" alone.
                row(cell, *_figure_cell(figure, withheld=table.withheld and name != "offered"))
    rows.sort(key=lambda r: r[0])
    return Table("aggregates.csv", columns, [r for _, r in rows])


_WHEN = ("local_time", "time_zone", "utc_time")


def kit_movements(db: Database) -> Table:
    rows = ([mid, activation, location, kit, kind, handed_out, delta, role, reason, undoes,
             *time_cells(at, tz)]
            for mid, activation, location, kit, kind, handed_out, delta, role, reason, undoes,
            at, tz in db.execute(
                "SELECT m.id, a.name, l.name, k.name, m.kind, m.handed_out, m.stock_delta,"
                " m.role, m.reason, m.undoes_id, m.at_utc, coalesce(l.tz, a.tz)"
                " FROM stock_movement m JOIN kit_type k ON k.id = m.kit_type_id"
                " JOIN location l ON l.id = m.location_id"
                " JOIN activation a ON a.id = l.activation_id ORDER BY m.id"))
    return Table("kit_movements.csv",
                 ("id", "activation", "location", "kit_type", "kind", "handed_out",
                  "stock_change", "role", "reason", "undoes_id", *_WHEN), rows)


def workshops(db: Database) -> Table:
    facilitators: dict[int, list[str]] = defaultdict(list)
    for workshop_id, name in db.execute(
            "SELECT workshop_id, name FROM workshop_facilitator ORDER BY workshop_id, name"):
        facilitators[workshop_id].append(name)
    rows = []
    for (wid, activation, space, title, kind, status, start, end, tz, capacity, headcount,
         waiting, description) in db.execute(
            "SELECT w.id, a.name, l.name, w.title, w.kind, w.status, w.start_utc, w.end_utc,"
            " coalesce(l.tz, a.tz), coalesce(w.capacity, l.capacity),"
            " (SELECT coalesce(sum(d.delta), 0) FROM door_tap d WHERE d.workshop_id = w.id"
            "  AND d.counter = 'headcount'),"
            " (SELECT coalesce(sum(d.delta), 0) FROM door_tap d WHERE d.workshop_id = w.id"
            "  AND d.counter = 'waitlist'), w.description"
            " FROM workshop w JOIN activation a ON a.id = w.activation_id"
            " JOIN location l ON l.id = w.location_id ORDER BY w.start_utc, w.id"):
        start_local, _, start_utc = time_cells(start, tz)
        end_local, _, end_utc = time_cells(end, tz)
        rows.append([wid, activation, space, title, kind, status, start_local, end_local, tz,
                     start_utc, end_utc, capacity, headcount, waiting,
                     "; ".join(facilitators[wid]), description])
    return Table("workshops.csv",
                 ("id", "activation", "space", "title", "kind", "status", "start_local",
                  "end_local", "time_zone", "start_utc", "end_utc", "capacity", "headcount",
                  "walk_ins_waiting", "facilitators", "description"), rows)


def door_counts(db: Database) -> Table:
    rows = ([tid, wid, title, activation, space, counter, delta, *time_cells(at, tz)]
            for tid, wid, title, activation, space, counter, delta, at, tz in db.execute(
                "SELECT d.id, w.id, w.title, a.name, l.name, d.counter, d.delta, d.at_utc,"
                " coalesce(l.tz, a.tz) FROM door_tap d JOIN workshop w ON w.id = d.workshop_id"
                " JOIN activation a ON a.id = w.activation_id"
                " JOIN location l ON l.id = w.location_id ORDER BY d.id"))
    return Table("door_counts.csv",
                 ("id", "workshop_id", "workshop", "activation", "space", "counter", "change",
                  *_WHEN), rows)


def print_jobs(db: Database) -> Table:
    rows = [[pid, activation or "", template, tag, language, copies, n, paper, bool(unique),
             first_code, *time_cells(printed, tz)]
            for pid, activation, template, tag, language, copies, n, paper, unique,
            first_code, printed, tz in db.execute(
                "SELECT p.id, a.name, p.template, p.tag, p.language, p.copies, p.cards,"
                " p.paper, p.unique_codes, p.first_code, p.printed_utc, coalesce(a.tz, 'UTC')"
                " FROM print_job p LEFT JOIN print_job_activation pa ON pa.print_job_id = p.id"
                " LEFT JOIN activation a ON a.id = pa.activation_id ORDER BY p.id")]
    return Table("print_jobs.csv",
                 ("id", "activation", "template", "tag", "language", "copies", "cards",
                  "paper", "unique_codes", "first_code", *_WHEN), rows)


def resource_reports(db: Database) -> Table:
    rows = [[rid, activation or "", contact, service, *time_cells(at, tz)]
            for rid, activation, contact, service, at, tz in db.execute(
                "SELECT r.id, a.name, r.contact_id, r.service_id, r.reported_utc,"
                " coalesce(a.tz, 'UTC') FROM resource_report r"
                " LEFT JOIN activation a ON a.id = r.activation_id ORDER BY r.id")]
    return Table("resource_reports.csv",
                 ("id", "activation", "contact_id", "service_id", *_WHEN), rows)


def _opened(vault: Vault | None, blob: bytes | None, field: str) -> list[object]:
    return [] if vault is None else [vault.open(blob, field=field)]


def therapy_days(db: Database, vault: Vault | None = None) -> Table:
    """`vault`: given, the provider's contact is a column (personal: only when asked)."""
    rows = []
    for (did, activation, stop, city, day, tz, provider, credentials, mode, window_start,
         window_end, session, pause, lunch_start, lunch_end, per_session, per_day, currency,
         contact) in db.execute(
            "SELECT d.id, a.name, l.name, l.city, l.stop_date, coalesce(l.tz, a.tz),"
            " d.provider_name, d.provider_credentials, d.mode, d.window_start, d.window_end,"
            " d.session_min, d.break_min, d.lunch_start, d.lunch_end, d.cost_per_session,"
            " d.cost_per_day, b.currency, d.provider_contact_enc"
            " FROM therapy_day d JOIN location l ON l.id = d.location_id"
            " JOIN activation a ON a.id = l.activation_id"
            " LEFT JOIN therapy_budget b ON b.activation_id = a.id ORDER BY l.stop_date, d.id"):
        rows.append([did, activation, stop, city, day, tz, provider, credentials, mode,
                     window_start, window_end, session, pause, lunch_start, lunch_end,
                     _money(per_session), _money(per_day), currency,
                     *_opened(vault, contact, "therapy_day.provider_contact")])
    return Table("therapy_days.csv",
                 ("id", "activation", "stop", "city", "date", "time_zone", "provider",
                  "credentials", "mode", "window_start", "window_end", "session_minutes",
                  "break_minutes", "lunch_start", "lunch_end", "cost_per_session",
                  "cost_per_day", "currency", *(["provider_contact"] if vault else [])),
                 rows)


def _money(text: str | None) -> Decimal | None:
    # Stored as decimal text (never a float): written as a number.
    return Decimal(text) if text else None


def therapy_slots(db: Database) -> Table:
    """Every slot (not removed) with its live booking's id, role and status: no names."""
    rows = []
    for (sid, did, activation, stop, start, end, tz, origin, blocked, booking, role,
         status) in db.execute(
            "SELECT s.id, d.id, a.name, l.name, s.start_utc, s.end_utc, coalesce(l.tz, a.tz),"
            " s.origin, s.blocked, b.id, b.role, b.status FROM therapy_slot s"
            " JOIN therapy_day d ON d.id = s.therapy_day_id"
            " JOIN location l ON l.id = d.location_id"
            " JOIN activation a ON a.id = l.activation_id"
            " LEFT JOIN therapy_booking b ON b.slot_id = s.id AND b.status != 'cancelled'"
            " WHERE s.removed = 0 ORDER BY s.start_utc, s.id"):
        start_local, _, start_utc = time_cells(start, tz)
        end_local, _, end_utc = time_cells(end, tz)
        state = status or ("blocked" if blocked else "free")
        rows.append([sid, did, activation, stop, start_local, end_local, tz, start_utc,
                     end_utc, origin, bool(blocked), state, booking, role])
    return Table("therapy_slots.csv",
                 ("id", "therapy_day_id", "activation", "stop", "start_local", "end_local",
                  "time_zone", "start_utc", "end_utc", "origin", "blocked", "state",
                  "booking_id", "role"), rows)


_PERSON = ("person", "contact")


def therapy_bookings(db: Database, vault: Vault | None = None) -> Table:
    """Every booking, cancelled ones too; names, contacts and notes only with `vault`."""
    rows = []
    for (bid, sid, did, activation, stop, start, tz, role, status, late, created, person,
         contact, notes) in db.execute(
            "SELECT b.id, s.id, d.id, a.name, l.name, s.start_utc, coalesce(l.tz, a.tz),"
            " b.role, b.status, b.late_cancel, b.created_utc, b.person_enc, b.contact_enc,"
            " b.notes_enc FROM therapy_booking b JOIN therapy_slot s ON s.id = b.slot_id"
            " JOIN therapy_day d ON d.id = s.therapy_day_id"
            " JOIN location l ON l.id = d.location_id"
            " JOIN activation a ON a.id = l.activation_id ORDER BY s.start_utc, b.id"):
        start_local, _, start_utc = time_cells(start, tz)
        booked_local, _, booked_utc = time_cells(created, tz)
        rows.append([bid, sid, did, activation, stop, start_local, tz, start_utc, role, status,
                     bool(late), booked_local, booked_utc,
                     *_opened(vault, person, "booking.person"),
                     *_opened(vault, contact, "booking.contact"),
                     *_opened(vault, notes, "booking.notes")])
    return Table("therapy_bookings.csv",
                 ("id", "slot_id", "therapy_day_id", "activation", "stop", "start_local",
                  "time_zone", "start_utc", "role", "status", "late_cancel", "booked_local",
                  "booked_utc", *([*_PERSON, "notes"] if vault else [])), rows)


def therapy_waitlist(db: Database, vault: Vault | None = None) -> Table:
    rows = []
    for wid, did, activation, stop, tz, role, added, done, person, contact in db.execute(
            "SELECT w.id, d.id, a.name, l.name, coalesce(l.tz, a.tz), w.role, w.added_utc,"
            " w.done, w.person_enc, w.contact_enc FROM therapy_waitlist w"
            " JOIN therapy_day d ON d.id = w.therapy_day_id"
            " JOIN location l ON l.id = d.location_id"
            " JOIN activation a ON a.id = l.activation_id ORDER BY w.added_utc, w.id"):
        rows.append([wid, did, activation, stop, role, *time_cells(added, tz), bool(done),
                     *_opened(vault, person, "waitlist.person"),
                     *_opened(vault, contact, "waitlist.contact")])
    return Table("therapy_waitlist.csv",
                 ("id", "therapy_day_id", "activation", "stop", "role", *_WHEN,
                  "no_longer_waiting", *(_PERSON if vault else ())), rows)


def tables(db: Database, exports: Collection[str], *, vault: Vault | None = None
           ) -> Iterator[Table]:
    """The tables of the chosen exports, each read as it is asked for (inside the caller's
    snapshot: see `export_csv`). `vault`: given, the personal columns are in them."""
    for name in EXPORTS:
        if name not in exports:
            continue
        if name == "aggregates":
            yield aggregates(db)
        elif name == "handouts":
            yield kit_movements(db)
        elif name == "workshops":
            yield workshops(db)
            yield door_counts(db)
        elif name == "print_jobs":
            yield print_jobs(db)
        elif name == "resource_reports":
            yield resource_reports(db)
        else:
            yield therapy_days(db, vault)
            yield therapy_slots(db)
            yield therapy_bookings(db, vault)
            yield therapy_waitlist(db, vault)


def _readme(db: Database, written: Sequence[tuple[str, int]], *, notes: set[str] | None,
            personal: bool, now: datetime) -> str:
    """`written`: (file, rows) each; `notes`: the footnotes aggregates.csv used (None: no
    aggregates.csv)."""
    lines = [README_TITLE, "=" * len(README_TITLE), "",
             f"Written {now.astimezone(UTC).strftime(_TIME)} UTC by Wellness Desk.", ""]
    if personal:
        lines += ["THIS FOLDER HOLDS PERSONAL DETAILS: names, contacts and notes of people "
                  "booked into therapy or waiting. Keep it on this laptop, share it with no "
                  "one, and delete it when you are done.", ""]
    else:
        lines += ["No personal details: names, contacts and notes of therapy bookings are "
                  "not in these files.", ""]
    lines.append("Files:")
    for name, n in written:
        lines.append(f"- {name}: {n} row{'s' if n != 1 else ''}")
    if notes is not None:
        used = [f"  {note}" for note in (FOOTNOTE_SMALL, FOOTNOTE_HIDDEN, FOOTNOTE_WITHHELD)
                if note in notes]
        lines += ["", "aggregates.csv holds exactly the anonymous counts this laptop sends to "
                  "the hub, one row per count cell (activations by their random id, below): "
                  "the file to share. Therapy figures are protected before they are written "
                  "(the note column says why a figure is not shown)"
                  + (":" if used else "; none needed it here."), *used,
                  "Sessions offered are slots, not people: shown, except a week's where it "
                  "would give its bookings away (\"–\")."]
    if any(name.startswith("therapy_") for name, _ in written):
        lines += ["", "The therapy_*.csv files are this laptop's own records, session by "
                  "session, with nothing suppressed: for your own planning, not to share."]
    activations = db.execute("SELECT uid, name, kind, tz FROM activation ORDER BY start_date,"
                             " id").fetchall()
    if activations:
        lines += ["", "Activations (id in aggregates.csv = name):"]
        lines += [f"  {uid} = {name} ({kind}, {tz})" for uid, name, kind, tz in activations]
    lines += ["", "Times are written in the local time of the place they happened, with the "
              "time zone named, and in UTC.",
              "A text that begins with =, +, -, @, a tab or a carriage return starts with ' "
              "so that a spreadsheet shows it instead of running it as a formula.",
              "The files are UTF-8 (with a byte-order mark, for Excel), comma separated.",
              "Exporting to this folder again replaces these files whole."]
    return "\n".join(lines) + "\n"


# -- writing ---------------------------------------------------------------------------------


def export_csv(db: Database, folder: str | os.PathLike[str], *,
               exports: Collection[str] = tuple(EXPORTS), vault: Vault | None = None,
               include_personal: bool = False, now: datetime) -> Exported:
    """Write the chosen exports as a folder of CSV files, whole or not at all.

    Personal columns only when `include_personal` is asked AND `vault` (unlocked) is given;
    asked without it is refused. `now`: when it was written (README.txt)."""
    chosen = [name for name in EXPORTS if name in exports]
    unknown = sorted(set(exports) - set(EXPORTS))
    if unknown:
        raise WellnessError(msg("no export called {unknown} (exports: "
                                "{exports})",
                                unknown=", ".join(map(repr, unknown)),
                                exports=", ".join(EXPORTS)), field="exports")
    if not chosen:
        raise WellnessError(msg("choose at least one export"), field="exports")
    if include_personal and vault is None:
        raise WellnessError(msg("personal details: unlock the Therapy section (PIN or passphrase) "
                                "to include them"), field="include_personal")
    target = Path(folder)
    _check_target(target)
    personal = include_personal and any(EXPORTS[name].personal for name in chosen)
    written: list[tuple[str, int]] = []
    notes: set[str] | None = None
    with _snapshot(db), _staged(target, private=personal) as staged:
        for table in tables(db, chosen, vault=vault if personal else None):
            if table.name == "aggregates.csv":
                notes = {str(row[-1]) for row in table.rows}
            with _new_file(staged / table.name, private=personal) as out:
                written.append((table.name, write_csv(out, table)))
        readme = _readme(db, written, notes=notes, personal=personal, now=now)
        with _new_file(staged / README, private=personal) as out:
            out.write("\ufeff" + readme.replace("\n", "\r\n"))
    return Exported(target, tuple(written), personal)


def export_csv_at(db_path: str | os.PathLike[str], folder: str | os.PathLike[str], *,
                  exports: Collection[str] = tuple(EXPORTS), vault: Vault | None = None,
                  include_personal: bool = False, now: datetime) -> Exported:
    """`export_csv` on a connection of its own: for a thread that is not the one that
    writes the taps (the window's drawing pool)."""
    from .db import connect

    with closing(connect(db_path)) as db:
        return export_csv(db, folder, exports=exports, vault=vault,
                          include_personal=include_personal, now=now)


def _previous_export(folder: Path) -> bool:
    try:
        names = {p.name for p in folder.iterdir()}
        if README not in names or not names <= _KNOWN_FILES:
            return False
        with (folder / README).open(encoding="utf-8-sig") as f:
            return f.readline().strip() == README_TITLE
    except OSError:
        return False


def folder_in(chosen: Path, day: date) -> Path:
    """Where to export when `chosen` is picked: that folder when it is new, empty or a
    previous export; else a new folder in it named by the day (a Documents folder is
    never asked to hold the export's files loose among its own)."""
    try:
        if not chosen.is_dir() or not any(chosen.iterdir()) or _previous_export(chosen):
            return chosen
        base = f"wellness-desk-export-{day.isoformat()}"
        candidate, n = chosen / base, 2
        while candidate.exists() and not (candidate.is_dir() and (
                not any(candidate.iterdir()) or _previous_export(candidate))):
            candidate, n = chosen / f"{base}-{n}", n + 1
        return candidate
    except OSError:
        return chosen  # the export itself says what is wrong with it


def _check_target(folder: Path) -> None:
    """Refused before anything is read: a file there, or a folder of someone else's."""
    if folder.exists() and not folder.is_dir():
        raise WellnessError(msg("{folder}: is a file, not a folder; choose a folder for the "
                                "export", folder=folder), field="folder")
    if folder.is_dir() and any(folder.iterdir()) and not _previous_export(folder):
        raise WellnessError(
            msg("{folder}: this folder holds other files; choose an empty or a new folder (an "
                "export is a folder of its own, replaced whole the next time)",
                folder=folder), field="folder")


@contextmanager
def _staged(folder: Path, *, private: bool) -> Iterator[Path]:
    """A hidden folder beside `folder` to write the export in; when the block ends well it
    takes `folder`'s name (a previous export there set aside first, then removed), else it
    is removed and nothing else was touched. All or nothing."""
    parent = folder.parent
    tag = uuid.uuid4().hex[:12]
    staged = parent / f".{folder.name}.{tag}.part"
    aside = parent / f".{folder.name}.{tag}.old"
    try:
        try:
            parent.mkdir(parents=True, exist_ok=True)
            staged.mkdir(mode=0o700 if private else 0o777)
        except OSError as e:
            raise _write_problem(folder, e, 0) from None
        try:
            yield staged
        except OSError as e:  # a file of the export could not be written (a full disk)
            raise _write_problem(folder, e, _size(staged)) from None
        _check_target(folder)  # a folder of someone's could have appeared meanwhile
        try:
            _sync_folder(staged)
            if folder.exists():
                os.rename(folder, aside)
                try:
                    os.rename(staged, folder)
                except OSError:
                    os.rename(aside, folder)
                    raise
            else:
                os.rename(staged, folder)
            _sync_folder(parent)
        except OSError as e:
            raise _write_problem(folder, e, _size(staged)) from None
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    # The previous export stayed whole beside it until the new one had its name.
    shutil.rmtree(aside, ignore_errors=True)


@contextmanager
def _new_file(path: Path, *, private: bool) -> Iterator[TextIO]:
    """A new file in the staged folder, flushed to disk when the block ends (so a power cut
    after the rename cannot leave a name on an empty file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
    with open(fd, "w", encoding="utf-8", newline="") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def _size(folder: Path) -> int:
    with suppress(OSError):
        return sum(p.stat().st_size for p in folder.iterdir())
    return 0


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # no directory handles to sync on Windows; NTFS logs the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_problem(folder: Path, e: OSError, needed: int) -> DataFileError:
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyData(msg("{folder}: this folder cannot be written to, so the export "
                                "was not written (nothing was changed). Choose another folder.",
                                folder=folder.parent),
                            folder=str(folder.parent))
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        size = (f"{needed / 1_000_000:.1f} MB" if needed >= 1_000_000
                else f"{max(needed // 1000, 1)} kB")
        return DiskFull(msg("{folder}: the disk is full, so the export was not written "
                            "(nothing was changed). It needs more than {size} free there: make "
                            "room, or choose another disk.",
                            folder=folder.parent, size=size), needed=needed)
    return DiskError(msg("{folder}: the export could not be written ({reason}); nothing "
                         "was changed.", folder=folder, reason=e.strerror or e))

