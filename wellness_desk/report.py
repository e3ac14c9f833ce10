"""The activation report: what is counted, grouped and compared, once for every rendering.

`build_report` reads the scope (an activation's dates, or a range of them; every location,
or one) and returns a `Report`: headline totals with their targets, the charts' data with
one sentence each, a table per day, footnotes, and what changed since the last report made.
The Today dashboard draws its headlines and charts; `report_pdf` draws all of it on paper.

Numbers are the core's own: hand-outs from `handout_tally` as `kits.today_counts` and
`kits.hourly_tally` read it, workshops held / attendance / capacity by the rule the hub's
count cells use (`sync.cells`), therapy sessions as `therapy.weekly_counts` counts them,
cards from the print jobs attributed to the activation. Every therapy figure goes through
`suppression.therapy_table` before it is put anywhere: the report never holds a raw one.

Pure reading: `build_report` never writes. `record_report` (after a PDF is saved) keeps its
headline figures, so the next report can say what changed.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from . import settings
from .activations import (
    Activation,
    Location,
    current_activation,
    get_activation,
    get_location,
    list_locations,
)
from .clock import from_utc_text, local_day_quarters, quarter_of, quarter_start, to_utc_text, zone
from .errors import WellnessError
from .messages import msg
from .report_words import (
    LANGUAGES,
    date_range,
    day_long,
    day_short,
    money,
    number,
    percent,
    template_name,
    words,
)
from .suppression import THRESHOLD, Figure, TherapyTable, shown, therapy_table

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["LANGUAGES", "Change", "Chart", "DayRow", "Headline", "Previous", "Report",
           "Series", "build_report", "record_report"]

# The headline figures a PDF kept, to compare the next report with (m013).
_TABLE = "report_made"
# Kept beside the others but never compared by difference: two reports' therapy totals
# would tell what happened between them.
_THERAPY_KEYS = ("therapy", "no_show", "budget")


@dataclass(frozen=True)
class Series:
    name: str  # "Earplugs", "Attendance", "Capacity", ...
    values: tuple[Figure, ...]  # one per category; Figure(value, None) when not sensitive
    colour: str | None = None  # "#0072B2": a kit type's own colour, else the chart's


@dataclass(frozen=True)
class Chart:
    key: str  # kits_per_hour (one-day scope only), kits_per_day, kits_by_type,
    #           attendance_by_kind, therapy, cards_by_template
    title: str  # in the report's language
    kind: str  # "bar" | "stacked" | "line"
    categories: tuple[str, ...]  # x-axis labels (hours "14:00", days "Fri 3 Jul", names)
    series: tuple[Series, ...]
    sentence: str  # one sentence of what it shows
    unit: str  # "kits", "people", "sessions", "cards" (in the report's language)
    # Columns its table shows beside the drawn series (therapy: offered and booked).
    extra: tuple[Series, ...] = ()
    # The table's total row, one per column of `series + extra` (therapy: suppressed).
    totals: tuple[Figure, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.categories


@dataclass(frozen=True)
class Headline:
    key: str  # kits, workshops, attendance, therapy, no_show, budget, cards
    label: str
    actual: Figure
    target: int | None  # when one is set
    actual_text: str = ""  # actual as printed in the report's language ("12,400", "<5")
    target_text: str | None = None  # "of 15,000 stocked"


@dataclass(frozen=True)
class DayRow:
    day: date
    label: str
    kits: int
    workshops: int
    attendance: int
    capacity: int
    cards: int


@dataclass(frozen=True)
class Previous:
    made: datetime
    start: date
    end: date
    location: str | None


@dataclass(frozen=True)
class Change:
    key: str
    label: str
    text: str  # "9,800 → 12,400 (+2,600)", in the report's language


@dataclass(frozen=True)
class Report:
    activation: str | None  # name; None when there is no activation
    start: date
    end: date  # the scope's local dates (inclusive)
    location: str | None  # None = every location
    lang: str
    headlines: tuple[Headline, ...]
    charts: tuple[Chart, ...]
    footnotes: tuple[str, ...]
    # What the PDF needs beyond the dashboard's part.
    title: str = ""
    made: datetime | None = None
    tz: str = "UTC"
    locations: tuple[str, ...] = ()  # the names in scope
    org_name: str = ""
    org_logo: str | None = None  # a path; None: no logo
    days: tuple[DayRow, ...] = ()
    previous: Previous | None = None
    changes: tuple[Change, ...] = ()
    activation_id: int | None = None
    location_id: int | None = None
    # The headline figures as `record_report` keeps them (shown values only).
    figures: dict[str, int | None] = field(default_factory=dict)

    def chart(self, key: str) -> Chart | None:
        return next((c for c in self.charts if c.key == key), None)

    def headline(self, key: str) -> Headline | None:
        return next((h for h in self.headlines if h.key == key), None)


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise WellnessError(msg("language: {lang} is not one of {languages}",
                                lang=repr(lang), languages=", ".join(LANGUAGES)),
                            field="lang")
    return lang


# -- the scope ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scope:
    activation: Activation
    start: date
    end: date
    spaces: tuple[Location, ...]
    location: Location | None

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


def _bounds(start: date, end: date, tz: str) -> tuple[datetime, datetime]:
    """[local midnight of start, local midnight after end) as UTC instants."""
    z = zone(tz)
    return (datetime.combine(start, time(0), z).astimezone(UTC),
            datetime.combine(end + timedelta(days=1), time(0), z).astimezone(UTC))


def _day_of(instant: datetime, tz: str) -> date:
    return instant.astimezone(zone(tz)).date()


# -- kits -----------------------------------------------------------------------------------


@dataclass
class _Kits:
    per_day: dict[date, dict[int, int]]  # day -> kit type id -> hand-outs
    per_hour: dict[datetime, int]  # UTC instant of the local hour -> hand-outs
    stocked: int


def _kits(db: Database, scope: _Scope, now: datetime) -> _Kits:
    per_day: dict[date, dict[int, int]] = {d: defaultdict(int) for d in scope.days}
    per_hour: dict[datetime, int] = {}
    stocked = 0
    for space in scope.spaces:
        tz = zone(space.tz)
        firsts = [local_day_quarters(d, tz)[0] for d in scope.days]
        end = local_day_quarters(scope.end, tz)[1]
        # handout_tally is kept by kits.TOTALS_TRIGGER: undos already subtracted, the
        # same rows kits.today_counts and kits.hourly_tally read.
        rows = db.execute(
            "SELECT quarter, kit_type_id, sum(count) FROM handout_tally"
            " WHERE location_id = ? AND quarter >= ? AND quarter < ?"
            " GROUP BY quarter, kit_type_id", [space.id, firsts[0], end]).fetchall()
        for quarter, kit_id, count in rows:
            day = scope.days[bisect.bisect_right(firsts, quarter) - 1]
            per_day[day][kit_id] += count
        if scope.start == scope.end:
            # As kits.hourly_tally: every hour from midnight to the hour of `now` (or of
            # the last hand-out), keyed by the UTC instant so a repeated hour stays two.
            first = firsts[0]
            last = max([min(quarter_of(now), end - 1), *(q for q, _, _ in rows)])
            for quarter in range(first, last + 1):
                per_hour.setdefault(_hour_of(quarter, tz), 0)
            for quarter, _, count in rows:
                per_hour[_hour_of(quarter, tz)] += count
        stocked += db.execute(
            "SELECT coalesce(sum(m.stock_delta), 0) FROM stock_movement m"
            " WHERE m.location_id = ? AND m.kind = 'received' AND m.at_utc < ?"
            " AND NOT EXISTS (SELECT 1 FROM stock_movement u WHERE u.undoes_id = m.id)",
            [space.id, to_utc_text(quarter_start(end))]).fetchone()[0]
    return _Kits(per_day, per_hour, stocked)


def _hour_of(quarter: int, tz: ZoneInfo) -> datetime:
    local = quarter_start(quarter).astimezone(tz)
    return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


# -- workshops ------------------------------------------------------------------------------


@dataclass
class _Kind:
    planned: int = 0
    held: int = 0
    attendance: int = 0
    capacity: int = 0


def _workshops(db: Database, scope: _Scope
               ) -> tuple[dict[str, _Kind], dict[date, _Kind]]:
    """Per kind and per day: planned (not cancelled), and held with their attendance and
    capacity, by sync.cells' rule: held when marked held or anyone was counted in."""
    # Wide UTC bounds, then each workshop's own space's local day decides.
    lo = datetime.combine(scope.start - timedelta(days=2), time(0), UTC)
    hi = datetime.combine(scope.end + timedelta(days=3), time(0), UTC)
    where = ["w.activation_id = ?", "w.start_utc >= ?", "w.start_utc < ?"]
    params: list[object] = [scope.activation.id, to_utc_text(lo), to_utc_text(hi)]
    if scope.location is not None:
        where.append("w.location_id = ?")
        params.append(scope.location.id)
    by_kind: dict[str, _Kind] = defaultdict(_Kind)
    by_day: dict[date, _Kind] = defaultdict(_Kind)
    for kind, start, status, capacity, headcount, tz in db.execute(
        "SELECT coalesce(wk.name, w.kind), w.start_utc, w.status,"
        " coalesce(w.capacity, l.capacity),"
        " (SELECT coalesce(sum(d.delta), 0) FROM door_tap d"
        "  WHERE d.workshop_id = w.id AND d.counter = 'headcount'),"
        " coalesce(l.tz, a.tz)"
        " FROM workshop w JOIN activation a ON a.id = w.activation_id"
        " JOIN location l ON l.id = w.location_id"
        " LEFT JOIN workshop_kind wk ON wk.name = w.kind"
        f" WHERE {' AND '.join(where)}", params,
    ):
        day = _day_of(from_utc_text(start), tz)
        if not scope.start <= day <= scope.end or status == "cancelled":
            continue
        for cell in (by_kind[kind], by_day[day]):
            cell.planned += 1
            if status == "held" or headcount > 0:
                cell.held += 1
                cell.attendance += max(headcount, 0)
                cell.capacity += capacity or 0
    return by_kind, by_day


# -- therapy --------------------------------------------------------------------------------


def _therapy_rows(db: Database, activation_id: int, *, start: date | None, end: date | None,
                  location_id: int | None, lang: str) -> list[tuple[str, int, int, int, int]]:
    """(week label, offered, booked, held, no-show) per ISO week, counted as
    therapy.weekly_counts counts them, for the therapy days in scope."""
    from .therapy import list_therapy_days, slots

    cells: dict[tuple[int, int], list[int]] = {}
    for therapy_day in list_therapy_days(db, activation_id):
        if start is not None and end is not None and not start <= therapy_day.day <= end:
            continue
        if location_id is not None and therapy_day.location_id != location_id:
            continue
        year, week, _ = therapy_day.day.isocalendar()
        cell = cells.setdefault((year, week), [0, 0, 0, 0])
        cell[0] += sum(1 for s in slots(db, therapy_day.id) if not s.blocked)
        for (status,) in db.execute(
            "SELECT b.status FROM therapy_booking b JOIN therapy_slot s ON s.id = b.slot_id"
            " WHERE s.therapy_day_id = ? AND b.status != 'cancelled'", [therapy_day.id]):
            cell[1] += 1
            cell[2] += status == "attended"
            cell[3] += status == "no_show"
    label = words(lang)["week"]
    return [(label.format(n=week), c[0], c[1], c[2], c[3])
            for (_, week), c in sorted(cells.items())]


# -- cards ----------------------------------------------------------------------------------


def _cards(db: Database, scope: _Scope) -> tuple[dict[str, int], dict[date, int]]:
    lo, hi = _bounds(scope.start, scope.end, scope.activation.tz)
    by_template: dict[str, int] = defaultdict(int)
    by_day: dict[date, int] = defaultdict(int)
    for template, printed, count in db.execute(
        "SELECT p.template, p.printed_utc, p.cards FROM print_job p"
        " JOIN print_job_activation pa ON pa.print_job_id = p.id"
        " WHERE pa.activation_id = ? AND p.printed_utc >= ? AND p.printed_utc < ?"
        " ORDER BY p.id", [scope.activation.id, to_utc_text(lo), to_utc_text(hi)],
    ):
        by_template[template] += count
        by_day[_day_of(from_utc_text(printed), scope.activation.tz)] += count
    return dict(by_template), dict(by_day)


# -- the report -----------------------------------------------------------------------------


def build_report(db: Database, *, now: datetime, activation_id: int | None = None,
                 start: date | None = None, end: date | None = None,
                 location_id: int | None = None, lang: str = "en") -> Report:
    """The report of an activation (default: the current one) over its whole run or the
    local dates `start` to `end`, at every location or one. A one-day scope includes
    "kits_per_hour". Pure reading: it never writes."""
    check_lang(lang)
    w = words(lang)
    activation = (get_activation(db, activation_id) if activation_id is not None
                  else current_activation(db))
    if activation is None:
        today = now.astimezone(UTC).date()
        return Report(None, start or today, end or start or today, None, lang, (), (), (),
                      title=w["title"], made=now, org_name=_org_name(db),
                      org_logo=_org_logo(db))
    start = start or activation.start_date
    end = end or activation.end_date
    if end < start:
        raise WellnessError(msg("dates: the end {end} is before the start {start}",
                                end=end, start=start), field="end")
    location = None
    if location_id is not None:
        location = get_location(db, location_id)
        if location.activation_id != activation.id:
            raise WellnessError(msg("location {location} is not in {activation}",
                                    location=repr(location.name), activation=activation.name),
                                field="location")
    spaces = (location,) if location else tuple(list_locations(db, activation.id))
    scope = _Scope(activation, start, end, spaces, location)
    tz = location.tz if location else activation.tz

    kit_types = _kit_types(db)
    kits_data = _kits(db, scope, now)
    by_kind, workshop_days = _workshops(db, scope)
    has_therapy = _has_therapy(db, activation.id)
    # Therapy is always the whole activation's table, by week: a narrower one, suppressed on
    # its own, could be subtracted from the whole one (the hub's, a CSV, another report).
    therapy = therapy_table(_therapy_rows(db, activation.id, start=None, end=None,
                                          location_id=None, lang=lang),
                            total_label=w["total"]) if has_therapy else None
    narrowed_therapy = therapy is not None and (
        location_id is not None or start != activation.start_date
        or end != activation.end_date)
    cards_by_template, cards_by_day = _cards(db, scope)
    kind_order = {name.casefold(): i for i, name in enumerate(_kind_names(db))}

    footnotes: list[str] = []
    charts: list[Chart] = []
    if start == end:
        charts.append(_hour_chart(kits_data.per_hour, tz, lang))
    charts.append(_day_chart(kits_data.per_day, kit_types, lang))
    charts.append(_type_chart(kits_data.per_day, kit_types, lang))
    charts.append(_attendance_chart(by_kind, kind_order, lang))
    if therapy is not None:
        charts.append(_therapy_chart(therapy, lang))
    charts.append(_cards_chart(cards_by_template, lang))

    total_kits = sum(n for day in kits_data.per_day.values() for n in day.values())
    held = sum(k.held for k in by_kind.values())
    planned = sum(k.planned for k in by_kind.values())
    attendance = sum(k.attendance for k in by_kind.values())
    capacity = sum(k.capacity for k in by_kind.values())
    total_cards = sum(cards_by_template.values())

    def plain(key: str, label: str, n: int, target: int | None, what: str | None) -> Headline:
        return Headline(key, label, shown(n), target, number(n, lang),
                        w["of_target"].format(target=number(target, lang), what=what)
                        if target is not None and what else None)

    headlines = [
        plain("kits", w["h_kits"], total_kits, kits_data.stocked or None, w["t_kits"]),
        plain("workshops", w["h_workshops"], held, planned or None, w["t_workshops"]),
        plain("attendance", w["h_attendance"], attendance, capacity or None, w["t_attendance"]),
    ]
    if therapy is not None:
        # The total slots offered, unless it had to go with a small week's bookings.
        offered = therapy.total.offered.value if therapy.total.offered.shown else None
        headlines.append(Headline(
            "therapy", w["h_therapy"], therapy.total.held, offered or None,
            therapy.total.held.text(lambda n: number(n, lang)),
            w["of_target"].format(target=number(offered, lang), what=w["t_therapy"])
            if offered else None))
        headlines.append(Headline("no_show", w["h_no_show"], therapy.total.no_show, None,
                                  therapy.total.no_show.text(lambda n: number(n, lang))))
        if narrowed_therapy:
            footnotes.append(w["fn_therapy_whole"])
        if therapy.withheld:
            footnotes.append(w["fn_withheld"])
        else:
            if therapy.small:
                footnotes.append(w["fn_small"])
            if therapy.hidden > therapy.small:
                footnotes.append(w["fn_hidden"])
        footnotes.append(w["fn_therapy_days"])
    budget_line = _budget_headline(db, activation, lang, footnotes,
                                   narrowed=location is not None
                                   or (start, end) != (activation.start_date,
                                                       activation.end_date))
    if budget_line is not None:
        headlines.append(budget_line)
    headlines.append(plain("cards", w["h_cards"], total_cards, None, None))
    if location is not None:
        footnotes.append(w["fn_cards_all"])

    days = tuple(
        DayRow(d, day_short(d, lang), sum(kits_data.per_day[d].values()),
               workshop_days[d].held if d in workshop_days else 0,
               workshop_days[d].attendance if d in workshop_days else 0,
               workshop_days[d].capacity if d in workshop_days else 0,
               cards_by_day.get(d, 0))
        for d in scope.days)
    figures = {h.key: h.actual.value for h in headlines}
    previous, changes = _changes(db, activation.id, location_id, headlines, now, lang)
    return Report(
        activation.name, start, end, location.name if location else None, lang,
        tuple(headlines), tuple(charts), tuple(footnotes), title=w["title"], made=now, tz=tz,
        locations=tuple(s.name for s in spaces), org_name=_org_name(db),
        org_logo=_org_logo(db), days=days, previous=previous, changes=changes,
        activation_id=activation.id, location_id=location_id, figures=figures,
    )


def _org_name(db: Database) -> str:
    return settings.org_name(db)


def _org_logo(db: Database) -> str | None:
    return settings.org_logo(db)


def _kit_types(db: Database) -> list[tuple[int, str, str]]:
    """(id, name, colour) of every kit type, retired too (their hand-outs still count)."""
    from .kits import list_kit_types

    return [(k.id, k.name, k.colour) for k in list_kit_types(db, include_retired=True)]


def _kind_names(db: Database) -> list[str]:
    from .schedule import workshop_kinds

    return workshop_kinds(db)


def _has_therapy(db: Database, activation_id: int) -> bool:
    return db.execute(
        "SELECT 1 FROM therapy_day d JOIN location l ON l.id = d.location_id"
        " WHERE l.activation_id = ? LIMIT 1", [activation_id]).fetchone() is not None


def _budget_headline(db: Database, activation: Activation, lang: str, footnotes: list[str],
                     *, narrowed: bool) -> Headline | None:
    """Budget against spent, for a tour with a budget. Spent counts billable sessions at a
    known price, so a few sessions' cost would tell how many people came: it is shown only
    when the tour's held and no-show totals are shown and its late cancels are 0 or 5+."""
    from .therapy import budget

    found = budget(db, activation.id) if activation.kind == "tour" else None
    if found is None:
        return None
    w = words(lang)
    whole = therapy_table(_therapy_rows(db, activation.id, start=None, end=None,
                                        location_id=None, lang=lang)).total
    amount = int(found.amount.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    target_text = w["of_target"].format(target=money(found.amount, found.currency, lang),
                                        what=w["t_budget"])
    if narrowed:
        footnotes.append(w["fn_budget_tour"])
    # Spent is a price times held + no-shows + late cancels: shown only when each of those
    # is shown or is 0 or 5 and more, so no division gives a small one back.
    late = db.execute(
        "SELECT count(*) FROM therapy_booking b JOIN therapy_slot s ON s.id = b.slot_id"
        " JOIN therapy_day d ON d.id = s.therapy_day_id JOIN location l ON l.id = d.location_id"
        " WHERE l.activation_id = ? AND b.status = 'cancelled' AND b.late_cancel",
        [activation.id]).fetchone()[0]
    if whole.held.shown and whole.no_show.shown and not 0 < late < THRESHOLD:
        spent = int(found.spent.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
        return Headline("budget", w["h_budget"], shown(spent), amount,
                        money(found.spent, found.currency, lang), target_text)
    footnotes.append(w["fn_budget_hidden"])
    hidden = Figure(None, "hidden")
    return Headline("budget", w["h_budget"], hidden, amount, hidden.text(), target_text)


# -- the charts -----------------------------------------------------------------------------


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _hour_chart(per_hour: dict[datetime, int], tz: str, lang: str) -> Chart:
    w = words(lang)
    hours = sorted(per_hour)
    z = zone(tz)
    labels = tuple(h.astimezone(z).strftime("%H:%M") for h in hours)
    values = tuple(per_hour[h] for h in hours)
    if any(values):
        top = max(range(len(values)), key=lambda i: values[i])
        sentence = w["sent_hour_busiest"].format(hour=labels[top], n=number(values[top], lang))
    else:
        sentence = w["sent_kits_none"]
    return Chart("kits_per_hour", w["c_kits_per_hour"], "bar", labels,
                 (Series(w["s_kits"], tuple(shown(v) for v in values)),), sentence,
                 w["u_kits"], totals=(shown(sum(values)),))


def _day_chart(per_day: dict[date, dict[int, int]], kit_types: list[tuple[int, str, str]],
               lang: str) -> Chart:
    w = words(lang)
    days = sorted(per_day)
    used = [k for k in kit_types if any(per_day[d].get(k[0], 0) for d in days)]
    series = tuple(Series(name, tuple(shown(per_day[d].get(kit_id, 0)) for d in days), colour)
                   for kit_id, name, colour in used)
    totals = [sum(per_day[d].values()) for d in days]
    grand = sum(totals)
    if not grand:
        sentence = w["sent_kits_none"]
    elif len(days) == 1:
        sentence = w["sent_kits_one_day"].format(n=number(grand, lang),
                                                 day=day_short(days[0], lang))
    else:
        top = max(range(len(days)), key=lambda i: totals[i])
        # "Kits up 18 % on Sat 4 Jul": the biggest rise from one day to the next, when
        # the busiest day is one.
        rises = [(totals[i] / totals[i - 1] - 1, i) for i in range(1, len(days))
                 if totals[i - 1] and totals[i] > totals[i - 1]]
        best = max(rises, default=None)
        if best is not None and best[1] == top:
            sentence = w["sent_kits_up"].format(p=percent(best[0], lang),
                                                day=day_short(days[top], lang),
                                                n=number(totals[top], lang))
        else:
            sentence = w["sent_kits_busiest"].format(
                day=day_short(days[top], lang), n=number(totals[top], lang),
                p=percent(_share(totals[top], grand), lang))
    return Chart("kits_per_day", w["c_kits_per_day"], "stacked",
                 tuple(day_short(d, lang) for d in days), series, sentence, w["u_kits"],
                 totals=tuple(shown(sum(v.value or 0 for v in s.values)) for s in series))


def _type_chart(per_day: dict[date, dict[int, int]], kit_types: list[tuple[int, str, str]],
                lang: str) -> Chart:
    w = words(lang)
    totals = {kit_id: sum(day.get(kit_id, 0) for day in per_day.values())
              for kit_id, _, _ in kit_types}
    used = [k for k in kit_types if totals[k[0]]]
    values = tuple(totals[k[0]] for k in used)
    grand = sum(values)
    if grand:
        top = max(range(len(used)), key=lambda i: values[i])
        sentence = w["sent_type_top"].format(kit=used[top][1], n=number(values[top], lang),
                                             p=percent(_share(values[top], grand), lang))
    else:
        sentence = w["sent_kits_none"]
    return Chart("kits_by_type", w["c_kits_by_type"], "bar", tuple(k[1] for k in used),
                 (Series(w["s_kits"], tuple(shown(v) for v in values)),), sentence,
                 w["u_kits"], totals=(shown(grand),))


def _attendance_chart(by_kind: dict[str, _Kind], order: dict[str, int], lang: str) -> Chart:
    w = words(lang)
    kinds = sorted((k for k, v in by_kind.items() if v.held),
                   key=lambda k: (order.get(k.casefold(), len(order)), k.casefold()))
    attendance = tuple(by_kind[k].attendance for k in kinds)
    capacity = tuple(by_kind[k].capacity for k in kinds)
    if not kinds:
        sentence = w["sent_att_none"]
    elif sum(capacity):
        fill = [(_share(a, c), k) for a, c, k in zip(attendance, capacity, kinds, strict=True)
                if c]
        best = max(fill, key=lambda f: f[0])
        sentence = w["sent_att"].format(p=percent(_share(sum(attendance), sum(capacity)), lang),
                                        kind=best[1], q=percent(best[0], lang))
    else:
        sentence = w["sent_att_no_capacity"].format(n=number(sum(attendance), lang))
    return Chart("attendance_by_kind", w["c_attendance_by_kind"], "bar", tuple(kinds),
                 (Series(w["s_attendance"], tuple(shown(a) for a in attendance)),
                  Series(w["s_capacity"], tuple(shown(c) for c in capacity))),
                 sentence, w["u_people"],
                 totals=(shown(sum(attendance)), shown(sum(capacity))))


def _therapy_chart(table: TherapyTable, lang: str) -> Chart:
    w = words(lang)

    def text(f: Figure) -> str:
        return f.text(lambda n: number(n, lang))

    rows = table.rows
    if not table.total.offered.value and table.total.offered.shown and not any(
            r.booked.value for r in rows):
        sentence = w["sent_therapy_none"]
    else:
        sentence = w["sent_therapy"].format(held=text(table.total.held),
                                            no_show=text(table.total.no_show),
                                            offered=text(table.total.offered))
    return Chart(
        "therapy", w["c_therapy"], "stacked", tuple(r.label for r in rows),
        (Series(w["s_held"], tuple(r.held for r in rows)),
         Series(w["s_no_show"], tuple(r.no_show for r in rows))),
        sentence, w["u_sessions"],
        extra=(Series(w["s_offered"], tuple(r.offered for r in rows)),
               Series(w["s_booked"], tuple(r.booked for r in rows))),
        totals=(table.total.held, table.total.no_show, table.total.offered,
                table.total.booked))


def _cards_chart(by_template: dict[str, int], lang: str) -> Chart:
    w = words(lang)
    names = sorted(by_template, key=lambda t: (-by_template[t], t))
    values = tuple(by_template[t] for t in names)
    labels = tuple(template_name(t, lang) for t in names)
    if values:
        sentence = w["sent_cards"].format(n=number(sum(values), lang),
                                          template=labels[0], m=number(values[0], lang))
    else:
        sentence = w["sent_cards_none"]
    return Chart("cards_by_template", w["c_cards_by_template"], "bar", labels,
                 (Series(w["s_cards"], tuple(shown(v) for v in values)),), sentence,
                 w["u_cards"], totals=(shown(sum(values)),))


# -- what changed since the last report -----------------------------------------------------


def _changes(db: Database, activation_id: int, location_id: int | None,
             headlines: list[Headline], now: datetime, lang: str
             ) -> tuple[Previous | None, tuple[Change, ...]]:
    row = db.execute(
        f"SELECT made_utc, start_date, end_date, location_name, figures FROM {_TABLE}"
        " WHERE activation_id = ? AND location_id IS ? AND made_utc <= ?"
        " ORDER BY made_utc DESC, id DESC LIMIT 1",
        [activation_id, location_id, to_utc_text(now)]).fetchone()
    if row is None:
        return None, ()
    made, first, last, where, figures_text = row
    previous = Previous(from_utc_text(made), date.fromisoformat(first),
                        date.fromisoformat(last), where)
    before: dict[str, int | None] = json.loads(figures_text)
    w = words(lang)
    changes = []
    for h in headlines:
        if h.key not in before:
            continue
        old, new = before[h.key], h.actual.value
        if old is None or new is None or h.key in _THERAPY_KEYS:
            # A therapy figure beside its earlier one is a subtraction away from the few
            # sessions between the two reports: neither is put here.
            text = w["not_comparable"]
        elif old == new:
            text = f"{number(new, lang)} ({w['no_change']})"
        else:
            sign = "+" if new > old else "−"
            diff = number(abs(new - old), lang)
            text = f"{number(old, lang)} → {number(new, lang)} ({sign}{diff})"
        changes.append(Change(h.key, h.label, text))
    return previous, tuple(changes)


def changes_intro(report: Report) -> str:
    """The sentence above the changes: which report they are counted from."""
    w = words(report.lang)
    if report.previous is None:
        return w["no_changes"]
    p = report.previous
    return w["changes_since"].format(
        date=day_long(p.made.astimezone(zone(report.tz)).date(), report.lang),
        dates=date_range(p.start, p.end, report.lang),
        where=p.location or w["all_locations"])


def record_report(db: Database, report: Report, *, now: datetime) -> None:
    """Keep the headline figures of a report just saved as a PDF (shown values only: a
    suppressed therapy figure is kept as null), for the next one's changes."""
    if report.activation_id is None:
        return
    db.execute(
        f"INSERT INTO {_TABLE} (made_utc, activation_id, location_id, location_name,"
        " start_date, end_date, lang, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [to_utc_text(now), report.activation_id, report.location_id, report.location,
         report.start.isoformat(), report.end.isoformat(), report.lang,
         json.dumps(report.figures, sort_keys=True)])
