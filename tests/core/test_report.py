"""The activation report's numbers, as a coordinator checks them against the app's own:
"the report says 482 kits; the tiles said 182, 209 and 91 on the three days"."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellness_desk import activations, cards, kits, report, schedule, therapy, vault
from wellness_desk.clock import set_wrong, zone
from wellness_desk.db import memory_db
from wellness_desk.errors import WellnessError
from wellness_desk.report import build_report, record_report
from wellness_desk.suppression import therapy_table
from wellness_desk.sync.cells import compute_cells
from wellness_desk.therapy import DayPlan

LONDON = zone("Europe/London")
DAYS = (date(2026, 7, 3), date(2026, 7, 4), date(2026, 7, 5))
AFTER = datetime(2026, 7, 6, 12, 0, tzinfo=UTC)


def _festival(db):
    fest = activations.create_activation(db, name="Riverside", kind="festival", start=DAYS[0],
                                         end=DAYS[-1], tz="Europe/London")
    tent = activations.add_location(db, activation_id=fest.id, name="Tent", capacity=30)
    room = activations.add_location(db, activation_id=fest.id, name="Quiet room",
                                    capacity=12)
    kit_types = [kits.add_kit_type(db, name=n) for n in ("Earplugs", "Water", "Sleep kit")]
    for space in (tent, room):
        for kit in kit_types:
            kits.receive_stock(db, kit_type_id=kit.id, location_id=space.id, count=500,
                               now=datetime(2026, 7, 2, 9, tzinfo=UTC))
    return fest, (tent, room), kit_types


def _local(day: date, minute: int) -> datetime:
    return datetime.combine(day, time(0), LONDON) + timedelta(minutes=minute)


def _printed_at(db, when: datetime, template: str, copies: int) -> None:
    """A print job recorded at `when` (cards.record stamps the laptop's clock)."""
    job = cards.CardJob(template=template, tag="t", language="en", copies=copies,
                        paper="a4")
    with set_wrong(when - datetime.now(UTC)):
        cards.record(db, [(job, copies)])


activity = st.fixed_dictionaries({
    # (day, location, kit, minute of the local day, count, undone)
    "handouts": st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1), st.integers(0, 2),
                                   st.integers(0, 1439), st.integers(1, 6), st.booleans()),
                         max_size=40),
    # (day, location, kind, start hour, status, heads in)
    "workshops": st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1), st.integers(0, 2),
                                    st.integers(9, 20),
                                    st.sampled_from(["scheduled", "held", "cancelled"]),
                                    st.integers(0, 8)), max_size=8),
    # (day, hour, template, copies)
    "prints": st.lists(st.tuples(st.integers(0, 2), st.integers(8, 22),
                                 st.sampled_from(["wallet", "postcard", "poster"]),
                                 st.integers(1, 30)), max_size=4),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(activity)
def test_the_report_counts_what_the_core_counts(plan):
    db = memory_db()
    fest, spaces, kit_types = _festival(db)
    for day, where, kit, minute, count, undone in plan["handouts"]:
        out = kits.hand_out(db, kit_type_id=kit_types[kit].id, location_id=spaces[where].id,
                            count=count, now=_local(DAYS[day], minute))
        if undone:
            kits.undo(db, out.movement.id, now=AFTER)
    kinds = schedule.workshop_kinds(db)
    for i, (day, where, kind, hour, status, heads) in enumerate(plan["workshops"]):
        start = datetime.combine(DAYS[day], time(hour), LONDON)
        w = schedule.create_workshop(db, schedule.Draft(
            location_id=spaces[where].id, title=f"Session {i}", kind=kinds[kind], start=start,
            end=start + timedelta(minutes=45)), now=AFTER)
        if status != "cancelled":
            for _ in range(heads):
                schedule.door_tap(db, w.id, now=start)
        if status != "scheduled" and not (status == "cancelled" and heads):
            schedule.set_status(db, w.id, status, now=start)
    for day, hour, template, copies in plan["prints"]:
        _printed_at(db, datetime.combine(DAYS[day], time(hour), LONDON), template, copies)

    whole = build_report(db, now=AFTER)
    # Per day and location, what the kit tiles showed at noon that day.
    for row in whole.days:
        noon = datetime.combine(row.day, time(12), LONDON)
        assert row.kits == sum(sum(kits.today_counts(db, location_id=s.id, now=noon).values())
                               for s in spaces)
    by_type = dict(zip(whole.chart("kits_by_type").categories,
                       [f.value for f in whole.chart("kits_by_type").series[0].values],
                       strict=True))
    expected: dict[str, int] = defaultdict(int)
    for day in DAYS:
        noon = datetime.combine(day, time(12), LONDON)
        for s in spaces:
            for kit_id, n in kits.today_counts(db, location_id=s.id, now=noon).items():
                expected[kits.get_kit_type(db, kit_id).name] += n
    assert by_type == {k: v for k, v in expected.items() if v}
    assert whole.headline("kits").actual.value == sum(expected.values())
    assert whole.headline("kits").target == 3000

    # Workshops and cards against the hub's own count cells, summed by kind and template.
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for (metric, _, _, dims), value in compute_cells(db).items():
        cells[(metric, next(iter(json.loads(dims).values()), ""))] += value
    attendance = whole.chart("attendance_by_kind")
    for i, kind in enumerate(attendance.categories):
        assert attendance.series[0].values[i].value == cells[("workshop_attendance", kind)]
        assert attendance.series[1].values[i].value == cells[("workshop_capacity", kind)]
    assert whole.headline("workshops").actual.value == sum(
        v for (m, _), v in cells.items() if m == "workshops_held")
    assert whole.headline("workshops").target in (None, len(schedule.list_workshops(
        db, fest.id, include_cancelled=False)))
    printed = whole.chart("cards_by_template")
    assert sum(f.value for f in printed.series[0].values) == sum(
        v for (m, _), v in cells.items() if m == "cards_printed")

    # One day at one location: the hours are the kit counter's own bars.
    noon = datetime.combine(DAYS[1], time(12), LONDON)
    day = build_report(db, now=noon, start=DAYS[1], end=DAYS[1], location_id=spaces[0].id)
    hours = day.chart("kits_per_hour")
    tally = kits.hourly_tally(db, location_id=spaces[0].id, now=noon)
    assert hours.categories == tuple(h.strftime("%H:%M") for h, _ in tally)
    assert [f.value for f in hours.series[0].values] == [n for _, n in tally]


@pytest.fixture
def tour(db):
    tour = activations.create_activation(db, name="Long Way Home", kind="tour",
                                         start=date(2026, 7, 1), end=date(2026, 7, 31),
                                         tz="Europe/London")
    key = vault.set_up(db, "4821")
    stops = []
    for day, city in ((date(2026, 7, 10), "London"), (date(2026, 7, 17), "Paris")):
        stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=day, city=city,
                                         venue="Hall", tz="Europe/London")
        stops.append(therapy.create_therapy_day(
            db, key, location_id=stop.id, provider_name="Dr. Winter",
            plan=DayPlan(time(10), time(18)), cost_per_session=Decimal("80")))
    return tour, key, stops


def _book(db, key, day, statuses):
    free = [s for s in therapy.slots(db, day.id) if s.booking is None]
    for s, status in zip(free, statuses, strict=False):
        booking = therapy.book(db, key, s.id, person=f"Crew member {s.id}",
                               allow_over_budget=True, now=AFTER)
        if status != "booked":
            therapy.set_status(db, booking.id, status)


def test_therapy_figures_come_suppressed_as_the_weekly_counts_would_be(db, tour):
    fest, key, (london, paris) = tour
    therapy.set_budget(db, fest.id, amount="2400", currency="EUR")
    _book(db, key, london, ["attended", "attended", "no_show", "booked"])
    _book(db, key, paris, ["attended"] * 6 + ["no_show"])

    made = build_report(db, now=AFTER, activation_id=fest.id)
    weekly = therapy_table([(w.iso_week, w.offered, w.booked, w.held, w.no_show)
                            for w in therapy.weekly_counts(db, fest.id)])
    chart = made.chart("therapy")
    assert [s.values for s in chart.series] == [tuple(r.held for r in weekly.rows),
                                                tuple(r.no_show for r in weekly.rows)]
    assert chart.categories == ("Week 28", "Week 29")
    held = made.headline("therapy")
    assert held.actual == weekly.total.held and held.target == 16
    # London's 2 held is "<5", and Paris's 6 beside it "–": the total would give it away.
    assert [f.text() for f in chart.series[0].values] == ["<5", "–"]
    people = [f for s in (*chart.series, chart.extra[1]) for f in (*s.values,)]
    people += [h.actual for h in made.headlines if h.key in ("therapy", "no_show")]
    assert not [f for f in people if f.shown and 0 < (f.value or 0) < 5]
    assert any(n.startswith("<5") for n in made.footnotes)


def test_a_narrowed_report_shows_the_whole_tours_therapy_table(db, tour):
    """One stop's table, suppressed on its own, could be subtracted from the whole tour's
    (the hub's, the CSV's): a report of one stop or a few days shows the whole one."""
    fest, key, (london, paris) = tour
    _book(db, key, london, ["attended", "attended", "no_show"])
    _book(db, key, paris, ["attended"] * 6 + ["no_show"])
    whole = build_report(db, now=AFTER, activation_id=fest.id).chart("therapy")
    one_stop = build_report(db, now=AFTER, activation_id=fest.id, location_id=london.location_id)
    few_days = build_report(db, now=AFTER, activation_id=fest.id, start=paris.day, end=paris.day,
                            lang="de")
    for narrowed in (one_stop, few_days):
        chart = narrowed.chart("therapy")
        assert [x.values for x in chart.series] == [x.values for x in whole.series]
        assert len(chart.categories) == len(whole.categories) == 2
    assert "Therapy figures are the whole activation's" in " ".join(one_stop.footnotes)
    assert "Therapiezahlen gelten für die ganze Aktivierung" in " ".join(few_days.footnotes)
    full = build_report(db, now=AFTER, activation_id=fest.id)
    assert not any("whole activation's" in n for n in full.footnotes)


def test_the_budget_spent_is_hidden_while_few_sessions_were_held(db, tour):
    fest, key, (london, paris) = tour
    therapy.set_budget(db, fest.id, amount="2400", currency="EUR")
    _book(db, key, london, ["attended", "attended"])
    spent = build_report(db, now=AFTER, activation_id=fest.id).headline("budget")
    assert spent.actual_text == "–" and spent.actual.value is None
    assert spent.target == 2400 and spent.target_text == "of 2,400.00 EUR budget"

    _book(db, key, london, ["attended"] * 4)
    _book(db, key, paris, ["attended"] * 6)
    spent = build_report(db, now=AFTER, activation_id=fest.id, lang="de").headline("budget")
    assert spent.actual_text == "960,00 EUR" and spent.target_text == "von 2.400,00 EUR Budget"


def test_the_report_only_reads(db, festival):
    before = db.conn.total_changes
    build_report(db, now=AFTER, lang="pt")
    build_report(db, now=AFTER, start=DAYS[1], end=DAYS[1], location_id=festival["tent"].id)
    assert db.conn.total_changes == before


def test_what_changed_since_the_last_report(db, festival):
    tent, earplugs = festival["tent"], festival["earplugs"]
    for _ in range(3):
        kits.hand_out(db, kit_type_id=earplugs.id, location_id=tent.id,
                      now=datetime(2026, 7, 3, 14, tzinfo=UTC))
    first = build_report(db, now=datetime(2026, 7, 3, 18, tzinfo=UTC))
    assert first.previous is None and report.changes_intro(first).startswith("This is the first")
    record_report(db, first, now=datetime(2026, 7, 3, 18, tzinfo=UTC))
    kits.hand_out(db, kit_type_id=earplugs.id, location_id=tent.id, count=9,
                  now=datetime(2026, 7, 4, 14, tzinfo=UTC))
    second = build_report(db, now=datetime(2026, 7, 4, 18, tzinfo=UTC), lang="fr")
    assert {c.key: c.text for c in second.changes}["kits"] == "3 → 12 (+9)"
    assert report.changes_intro(second) == ("Depuis le rapport établi le 3 juillet 2026 "
                                            "(3 juillet 2026 – 5 juillet 2026, Tous les lieux).")
    # A report of one location compares with that location's reports only.
    assert build_report(db, now=AFTER, location_id=tent.id).previous is None


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"start": date(2026, 7, 5), "end": date(2026, 7, 4)}, "end"),
    ({"lang": "it"}, "lang"),
])
def test_a_bad_scope_names_its_field(db, festival, kwargs, field):
    with pytest.raises(WellnessError) as refused:
        build_report(db, now=AFTER, **kwargs)
    assert refused.value.field == field


def test_a_location_of_another_activation_is_refused(db, festival):
    other = activations.create_activation(db, name="Other", kind="festival", start=DAYS[0],
                                          end=DAYS[0], tz="Europe/London")
    stage = activations.add_location(db, activation_id=other.id, name="Stage")
    with pytest.raises(WellnessError, match="'Stage' is not in Test Fest") as refused:
        build_report(db, now=AFTER, activation_id=festival["activation"].id,
                     location_id=stage.id)
    assert refused.value.field == "location"


@pytest.mark.parametrize("lang", report.LANGUAGES)
def test_every_language_has_every_word_and_localised_days(lang):
    from wellness_desk.report_words import WORDS, day_short

    assert WORDS[lang].keys() == WORDS["en"].keys()
    assert day_short(date(2026, 7, 3), lang) == {
        "en": "Fri 3 Jul", "es": "vie 3 jul", "fr": "ven. 3 juil.", "de": "Fr. 3. Juli",
        "pt": "sex. 3 jul."}[lang]
    if lang != "en":
        assert sum(WORDS[lang][k] != WORDS["en"][k] for k in WORDS["en"]) > 60


def test_the_nonprofit_and_its_logo_come_from_settings(db, festival, tmp_path):
    from wellness_desk import settings

    choices = settings.read_choices(db)
    missing = str(tmp_path / "missing.png")
    assert settings.choice_problems(
        settings.Choices(**{**choices.__dict__, "org_logo": missing})) == {
        "org_logo": f"logo: {missing} is not a file (pick a PNG or JPEG image, or leave it "
                    "empty)"}
    logo = str(report_words_logo())
    settings.save_choices(db, settings.Choices(**{**choices.__dict__, "org_name": "Backline",
                                                  "org_logo": logo}))
    made = build_report(db, now=AFTER)
    assert (made.org_name, made.org_logo) == ("Backline", logo)


def report_words_logo():
    from wellness_desk.paths import ASSETS

    return ASSETS / "logos" / "wellness-desk.png"
