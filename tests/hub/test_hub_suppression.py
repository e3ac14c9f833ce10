"""The hub's non-admin views: a viewer token (every hub activation) and a device token (its
own) see `/v1/totals` and the dashboard with therapy figures suppressed, and nothing they are
shown lets a subtraction give back a figure from 1 to 4. The admin API stays exact.

The attacker here is independent of the suppression: it lists every table of whole numbers
that agrees with what a response shows (each week booked ≥ held + no-show, booked ≤ the
week's offered slots, the weeks summing to the totals, "<5" meaning 1 to 4) and checks that
every figure not shown has more than one possible value.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, time

import httpx
import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from tests.hubserver import OTHER_UID, UID, HubServer, kit_cell, sync_body, therapy_cell
from wellness_desk import activations, therapy, vault
from wellness_desk.suppression import FOOTNOTE_SMALL, HIDDEN_MARK, SMALL_MARK, therapy_table
from wellness_desk.sync import enrol, push
from wellness_desk.therapy import DayPlan
from wellness_hub.cli import main
from wellness_hub.views import suppressed_answer

FEST = "Summer Fest 2026"
TOUR = "Autumn Tour 2026"
TOUR_UID = "c" * 32
PEOPLE = ("therapy_booked", "therapy_held", "therapy_no_show")
THERAPY = ("therapy_offered", *PEOPLE)
# Weeks of (offered, booked, held, no-show): small figures beside and below bigger ones.
TABLES = {
    "no-show small, a zero week": {"2026-W27": (18, 11, 7, 4), "2026-W28": (12, 7, 7, 0)},
    "three weeks": {"2026-W27": (10, 6, 5, 1), "2026-W28": (10, 8, 6, 2),
                    "2026-W29": (10, 9, 9, 0)},
    "one small week": {"2026-W30": (8, 3, 2, 1)},
    "bookings not yet held": {"2026-W27": (20, 12, 8, 3), "2026-W28": (20, 15, 10, 5)},
}


# -- helpers --------------------------------------------------------------------------------


def _get(hub: HubServer, token: str | None, *, detail: bool = False) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{hub.url}/v1/totals", params={"detail": "cells"} if detail else None,
                     headers=headers, timeout=10)


def _viewer(hub: HubServer, label: str = "Arts Council") -> str:
    with hub.store() as store:
        return store.new_viewer_token(label)


def _push_table(hub: HubServer, activation: str, weeks: dict, *, uids=(UID, OTHER_UID),
                revision: int = 1) -> None:
    """Two laptops of one hub activation, each sending about half of every week's
    figures (each half adds up on its own), so the hub sums over devices."""
    halves: list[list[dict]] = [[], []]
    for period, (offered, booked, held, no_show) in weeks.items():
        rest = booked - held - no_show
        first = (offered // 2, held // 2, no_show // 2, rest // 2)
        second = (offered - first[0], held - first[1], no_show - first[2], rest - first[3])
        for cells, uid, (o, h, n, r) in zip(halves, uids, (first, second), strict=True):
            for metric, value in (("therapy_offered", o), ("therapy_booked", h + n + r),
                                  ("therapy_held", h), ("therapy_no_show", n)):
                cells.append(therapy_cell(value, revision + len(cells), metric=metric,
                                          period=period, activation=uid))
    for cells, label in zip(halves, ("Tent", "Bar"), strict=True):
        device_id, token = hub.device(activation, label=label)
        answer = hub.sync(token, sync_body(device_id, cells))
        assert answer.status_code == 200, answer.text


def _therapy_of(answer: dict, activation: str) -> tuple[dict, dict]:
    """({period: {metric: entry}}, {metric: entry}) of one activation's therapy figures."""
    weeks: dict[str, dict[str, dict]] = defaultdict(dict)
    for c in answer.get("cells", []):
        if c["activation"] == activation and c["metric"] in THERAPY:
            weeks[c["period"]][c["metric"]] = c
    totals = {t["metric"]: t for t in answer["totals"]
              if t["activation"] == activation and t["metric"] in THERAPY}
    return dict(weeks), totals


def _choices(entry: dict, cap: int) -> range:
    """What a reader knows a figure to be from how it is shown."""
    if entry.get("suppressed") is None:
        assert isinstance(entry["value"], int)
        return range(entry["value"], entry["value"] + 1)
    assert entry["value"] is None and entry["suppressed"] in ("small", "hidden")
    return range(1, 5) if entry["suppressed"] == "small" else range(0, cap + 1)


def _possible(weeks: dict, totals: dict, *, slots_bound: bool = True) -> dict:
    """Every value each therapy figure can take in some table that fits what is shown:
    {(period or "total", metric): set of values}. `slots_bound`: the reader also knows
    that a week's bookings are at most its offered slots."""
    periods = sorted(weeks)
    # A week whose offered slots are blanked (they would have pinned its bookings) caps
    # nothing.
    caps = {p: weeks[p]["therapy_offered"]["value"] if slots_bound
            and weeks[p]["therapy_offered"]["value"] is not None else 40 for p in periods}
    cap = sum(caps.values())
    candidates = []
    for p in periods:
        b_, h_, n_ = (_choices(weeks[p][m], caps[p]) for m in PEOPLE)
        candidates.append([(b, h, n) for b in b_ for h in h_ for n in n_
                           if h + n <= b <= caps[p]])
    wanted = [set(_choices(totals[m], cap)) for m in PEOPLE]

    def fits(total):
        return all(v in ok for v, ok in zip(total, wanted, strict=True))

    def add(a, b):
        return tuple(x + y for x, y in zip(a, b, strict=True))

    forward = [{(0, 0, 0)}]
    for options in candidates:
        forward.append({add(s, c) for s in forward[-1] for c in options})
    backward = [{(0, 0, 0)}]
    for options in reversed(candidates):
        backward.insert(0, {add(s, c) for s in backward[0] for c in options})
    found: dict = defaultdict(set)
    for total in forward[-1]:
        if fits(total):
            for metric, value in zip(PEOPLE, total, strict=True):
                found[("total", metric)].add(value)
    for k, (p, options) in enumerate(zip(periods, candidates, strict=True)):
        for c in options:
            if any(fits(add(add(f, c), g)) for f in forward[k] for g in backward[k + 1]):
                for metric, value in zip(PEOPLE, c, strict=True):
                    found[(p, metric)].add(value)
    return found


def _assert_nothing_recovers(answer: dict, activation: str, truth: dict, *,
                             slots_bound: bool = True) -> int:
    """No figure not shown has one possible value; the true table is one of the possible
    ones; "<5" is 1 to 4. Returns how many figures were not shown."""
    weeks, totals = _therapy_of(answer, activation)
    assert sorted(weeks) == sorted(truth)
    possible = _possible(weeks, totals, slots_bound=slots_bound)
    exact_totals = [sum(truth[p][i] for p in truth) for i in range(4)]
    blanked = 0
    for where, shown_as, true in (
        *[((p, m), weeks[p][m], truth[p][i + 1]) for p in truth for i, m in enumerate(PEOPLE)],
        *[(("total", m), totals[m], exact_totals[i + 1]) for i, m in enumerate(PEOPLE)],
    ):
        assert true in possible[where], where  # what is shown is the truth, suppressed
        if shown_as.get("suppressed") is not None:
            blanked += 1
            assert len(possible[where]) > 1, (where, possible[where])
            if shown_as["suppressed"] == "small":
                assert 1 <= true <= 4
        else:
            assert not 1 <= true <= 4, where  # a small figure never shown as it is
    # The plain subtraction too: a total minus the other weeks, for each metric.
    for m in PEOPLE:
        column = [weeks[p][m] for p in weeks] + [totals[m]]
        assert sum(e["value"] is None for e in column) != 1, m
    # Offered is slots, not people: exact, unless it would pin a week's bookings.
    for i, p in enumerate(sorted(truth)):
        if weeks[p]["therapy_offered"]["value"] is None:
            assert weeks[p]["therapy_offered"]["suppressed"] == "hidden"
            continue
        assert weeks[p]["therapy_offered"] == {
            "activation": activation, "metric": "therapy_offered", "period": p,
            "dims": {}, "value": truth[p][0]}, i
    assert totals["therapy_offered"]["value"] in (exact_totals[0], None)
    return blanked


# -- tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_subtraction_recovers_a_small_figure_for_a_viewer_or_a_device(any_hub, name):
    weeks = TABLES[name]
    _push_table(any_hub, FEST, weeks)
    _device_id, device_token = any_hub.device(FEST, label="Door")
    viewer = _viewer(any_hub)

    for token in (viewer, device_token):
        answer = _get(any_hub, token, detail=True)
        assert answer.status_code == 200 and answer.headers["cache-control"] == "no-store"
        body = answer.json()
        blanked = _assert_nothing_recovers(body, FEST, weeks)
        assert blanked > 0  # every table here has a small figure
        # The totals without cells are the same figures.
        assert _get(any_hub, token).json()["totals"] == body["totals"]

    # The admin sees every figure exact, small ones too.
    exact = any_hub.totals(detail=True)
    assert all("suppressed" not in t for t in exact["totals"] + exact["cells"])
    held = {c["period"]: c["value"] for c in exact["cells"] if c["metric"] == "therapy_held"}
    assert held == {p: w[2] for p, w in weeks.items()}
    assert {t["metric"]: t["value"] for t in exact["totals"]}["therapy_no_show"] == sum(
        w[3] for w in weeks.values())


def test_a_viewer_sees_every_activation_and_a_device_only_its_own(any_hub, capsys):
    fest = TABLES["no-show small, a zero week"]
    _push_table(any_hub, FEST, fest)
    bus, bus_token = any_hub.device(TOUR, label="Bus")
    any_hub.sync(bus_token, sync_body(bus, [
        kit_cell(3, 1, activation=TOUR_UID),
        therapy_cell(9, 2, metric="therapy_offered", period="2026-W30", activation=TOUR_UID),
        therapy_cell(3, 3, metric="therapy_booked", period="2026-W30", activation=TOUR_UID),
        therapy_cell(2, 4, metric="therapy_held", period="2026-W30", activation=TOUR_UID),
        therapy_cell(1, 5, metric="therapy_no_show", period="2026-W30", activation=TOUR_UID),
    ]))
    tent, tent_token = any_hub.device(FEST, label="Kits")
    any_hub.sync(tent_token, sync_body(tent, [kit_cell(1234, 1, activation="d" * 32)]))
    # The viewer token as a coordinator makes it: the last line printed.
    assert main(["--db", any_hub.db_url, "viewer-token", "--label", "Arts Council"]) == 0
    viewer = capsys.readouterr().out.splitlines()[-1]

    seen = _get(any_hub, viewer, detail=True).json()
    assert {t["activation"] for t in seen["totals"]} == {FEST, TOUR}
    exact = any_hub.totals(detail=True)
    # Everything but therapy is exact, cell by cell.
    assert [t for t in seen["totals"] if t["metric"] not in THERAPY] == [
        t for t in exact["totals"] if t["metric"] not in THERAPY]
    assert [c for c in seen["cells"] if c["metric"] not in THERAPY] == [
        c for c in exact["cells"] if c["metric"] not in THERAPY]
    tour = {t["metric"]: t for t in seen["totals"] if t["activation"] == TOUR}
    assert tour["kits_handed_out"]["value"] == 3 and tour["therapy_offered"]["value"] == 9
    for metric in PEOPLE:  # 3, 2 and 1: none shown, none to be worked out
        assert tour[metric]["value"] is None and tour[metric]["suppressed"] in ("small",
                                                                                 "hidden")
    _assert_nothing_recovers(seen, TOUR, {"2026-W30": (9, 3, 2, 1)})

    def of(answer, activation):
        return ([t for t in answer["totals"] if t["activation"] == activation],
                [c for c in answer["cells"] if c["activation"] == activation])

    for token, own, other in ((tent_token, FEST, TOUR), (bus_token, TOUR, FEST)):
        mine = _get(any_hub, token, detail=True).json()
        assert {t["activation"] for t in mine["totals"] + mine["cells"]} == {own}
        assert of(mine, own) == of(seen, own)  # the same suppression as the viewer's
        assert other not in _get(any_hub, token).text


def test_a_laptop_that_synced_its_therapy_days_is_suppressed_for_others_exact_for_the_admin(
        db, hub):
    """Real desk data: a tour's therapy days and bookings, pushed by the desk's sync."""
    tour = activations.create_activation(
        db, name="Crew tour", kind="tour", start=date(2026, 3, 27), end=date(2026, 10, 31),
        tz="Europe/London")
    key = vault.set_up(db, "4821")
    days = []
    for day in (date(2026, 7, 10), date(2026, 7, 11), date(2026, 7, 14)):
        stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=day,
                                         city="Leeds", venue="Arena", tz="Europe/London")
        days.append(therapy.slots(db, therapy.create_therapy_day(
            db, key, location_id=stop.id, provider_name="Dr Canary",
            plan=DayPlan(time(10), time(16))).id))
    statuses = [("attended", 0, 0), ("attended", 0, 1), ("no_show", 0, 2), ("attended", 1, 0),
                ("booked", 1, 1), ("attended", 1, 2), ("attended", 1, 3), ("attended", 1, 4),
                ("attended", 2, 0)]
    for n, (status, day, slot) in enumerate(statuses):
        booking = therapy.book(db, key, days[day][slot].id, person=f"Crew member {n}")
        if status != "booked":
            therapy.set_status(db, booking.id, status)
    enrol.connect(db, hub.url, hub.enrol(TOUR, label="Tour laptop"), activation_id=tour.id)
    assert push.sync_once(db).outcome == "synced"

    exact = hub.totals(detail=True)
    truth: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for c in exact["cells"]:
        if c["metric"] in THERAPY:
            truth[c["period"]][THERAPY.index(c["metric"])] = c["value"]
    # W28: 8 booked, 6 held, 1 no-show; W29: 1 booked and held. Exact for the admin.
    assert {p: tuple(v[1:]) for p, v in truth.items()} == {
        "2026-W28": (8, 6, 1), "2026-W29": (1, 1, 0)}
    seen = _get(hub, _viewer(hub), detail=True).json()
    blanked = _assert_nothing_recovers(seen, TOUR, {p: tuple(v) for p, v in truth.items()})
    assert blanked >= 3
    assert "Crew member" not in str(seen) and "Dr Canary" not in hub.log_text()


def test_figures_that_do_not_add_up_yet_are_withheld_not_refused(hub):
    # Held counted before the booking's own cell reached the hub: held > booked for now.
    device_id, token = hub.device(FEST)
    hub.sync(token, sync_body(device_id, [
        therapy_cell(12, 1, metric="therapy_offered"), therapy_cell(6, 2, metric="therapy_held"),
        therapy_cell(2, 3, metric="therapy_booked"),
    ]))
    answer = _get(hub, _viewer(hub), detail=True)
    assert answer.status_code == 200
    totals = {t["metric"]: t for t in answer.json()["totals"]}
    assert totals["therapy_offered"]["value"] == 12
    assert all(totals[m] == {"activation": FEST, "metric": m, "value": None,
                             "suppressed": "hidden"} for m in PEOPLE)
    assert all(c["value"] is None for c in answer.json()["cells"] if c["metric"] in PEOPLE)
    # Once the booking's cell has come, the table is suppressed as usual.
    hub.sync(token, sync_body(device_id, [therapy_cell(12, 4, metric="therapy_booked")]))
    totals = {t["metric"]: t["value"] for t in _get(hub, _viewer(hub)).json()["totals"]}
    # Nothing here is from 1 to 4 (booked − held gives the 6 not yet held, which singles
    # no one out): all shown.
    assert totals == {"therapy_offered": 12, "therapy_booked": 12, "therapy_held": 6,
                      "therapy_no_show": 0}


def test_wrong_viewer_and_device_tokens_are_refused_and_limited_per_address(tmp_path):
    hub = HubServer(f"sqlite:///{tmp_path / 'hub.sqlite3'}", log_path=tmp_path / "hub.log",
                    extra_args=["--caller-rate", "0.01", "--caller-burst", "5"])
    with hub:
        device_id, device_token = hub.device(FEST)
        hub.sync(device_token, sync_body(device_id, [therapy_cell(3, 1)]))
        viewer = _viewer(hub)
        old_viewer = _viewer(hub, "Old funder")
        with hub.store() as store:
            assert store.revoke_viewer("Old funder")
        # Right viewer and device tokens spend nothing from the address's limit.
        assert [_get(hub, viewer).status_code for _ in range(8)] == [200] * 8
        assert [_get(hub, device_token).status_code for _ in range(8)] == [200] * 8
        with hub.store() as store:
            store.revoke(device_id)
        # The enrolment spent one of the address's five; four refusals spend the rest.
        statuses = [_get(hub, token).status_code
                    for token in (old_viewer, device_token, "guess", None)]
        assert statuses == [401] * 4
        refused = _get(hub, viewer + "x")
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
        assert "totals" not in refused.json()
        # Over the limit a right token learns nothing either, as for the admin's.
        assert _get(hub, viewer).status_code == 429
        assert httpx.post(f"{hub.url}/login", data={"token": viewer},
                          timeout=10).status_code == 429


def _dashboard(hub: HubServer, token: str) -> str:
    browser = httpx.Client(base_url=hub.url, timeout=10)
    login = browser.post("/login", data={"token": token})
    assert login.status_code == 303, login.text
    page = browser.get("/")
    assert page.status_code == 200
    return page.text


def test_the_viewer_dashboard_shows_no_raw_small_figure(hub, capsys):
    weeks = TABLES["three weeks"]
    _push_table(hub, FEST, weeks)
    viewer = _viewer(hub)
    api = _get(hub, viewer, detail=True).json()
    text = _dashboard(hub, viewer)
    assert "<script" not in text.lower()

    # The totals table: therapy rows as the viewer's API has them, marks for the rest.
    rows = dict(re.findall(r"<tr><td>([^<]+)</td><td class=n>([^<]+)</td></tr>", text))
    marks = {None: None, "small": "&lt;5", "hidden": HIDDEN_MARK}
    labels = {"therapy_offered": "Therapy sessions offered",
              "therapy_booked": "Therapy sessions booked",
              "therapy_held": "Therapy sessions held", "therapy_no_show": "Therapy no-shows"}
    for t in api["totals"]:
        shown = marks[t.get("suppressed")] or f"{t['value']:,}"
        assert rows[labels[t["metric"]]] == shown
    # The weeks table: no figure from 1 to 4 among booked, held and no-show.
    week_rows = re.findall(r"<tr><t[dh]>(2026-W\d\d|Total)</t[dh]>((?:<td class=n>[^<]*</td>)+)",
                           text)
    assert [w for w, _ in week_rows] == [*sorted(weeks), "Total"]
    for _week, cells in week_rows:
        _offered, *people = re.findall(r"<td class=n>([^<]*)</td>", cells)
        for figure in people:
            assert figure in ("&lt;5", HIDDEN_MARK) or not 1 <= int(figure) <= 4
    assert "&lt;5" in text and FOOTNOTE_SMALL.replace("<", "&lt;") in text
    assert SMALL_MARK not in text  # only ever escaped
    # A bar for each figure shown above zero, none for a suppressed one.
    shown_above_zero = sum(1 for t in api["totals"] if t["value"])
    assert text.count("<rect") == shown_above_zero
    assert "admin API" not in text  # the viewer is not sent where they cannot go

    # The admin's dashboard is suppressed the same way, and says where the exact ones are.
    admin_text = _dashboard(hub, hub.admin_token())
    assert dict(re.findall(r"<tr><td>([^<]+)</td><td class=n>([^<]+)</td></tr>",
                           admin_text)) == rows
    assert "admin API" in admin_text

    # A viewer's new token (same label) ends its sessions; the admin's go on.
    browser = httpx.Client(base_url=hub.url, timeout=10)
    browser.post("/login", data={"token": viewer})
    assert browser.get("/").status_code == 200
    assert main(["--db", hub.db_url, "viewer-token", "--label", "Arts Council"]) == 0
    fresh = capsys.readouterr().out.splitlines()[-1]
    assert browser.get("/").status_code == 303
    assert _get(hub, viewer).status_code == 401 and _get(hub, fresh).status_code == 200
    assert main(["--db", hub.db_url, "viewers"]) == 0
    assert capsys.readouterr().out.startswith("Arts Council\tmade ")
    assert main(["--db", hub.db_url, "revoke-viewer", "Arts Council"]) == 0
    assert _get(hub, fresh).status_code == 401


def _through_views(truth: dict) -> dict:
    """`/v1/totals?detail=cells` of a viewer for these weeks, straight through the views."""
    cells = [{"activation": FEST, "metric": m, "period": p, "dims": {}, "value": v}
             for p, figures in truth.items() for m, v in zip(THERAPY, figures, strict=True)]
    totals = [{"activation": FEST, "metric": m,
               "value": sum(figures[i] for figures in truth.values())}
              for i, m in enumerate(THERAPY)]
    return suppressed_answer(totals, cells, with_cells=True)


@hyp_settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 9),
                          st.integers(0, 9)), min_size=1, max_size=5))
def test_the_views_put_every_figure_where_the_suppression_put_it(weeks):
    """Over random tables, straight through the views (no HTTP): each week's cells are its
    row of `therapy_table`, the totals its total row, none swapped or left out."""
    truth = {f"2026-W{27 + i}": (h + n + r + free, h + n + r, h, n)
             for i, (h, n, r, free) in enumerate(weeks)}
    answer = _through_views(truth)
    table = therapy_table([(p, *figures) for p, figures in truth.items()])
    weeks_shown, totals = _therapy_of(answer, FEST)

    def as_json(row, entries):
        expected = {"therapy_offered": ({"value": row.offered.value} if row.offered.shown else
                                        {"value": None, "suppressed": row.offered.why})}
        for metric, figure in zip(PEOPLE, (row.booked, row.held, row.no_show), strict=True):
            expected[metric] = ({"value": figure.value} if figure.shown else
                                {"value": None, "suppressed": figure.why})
        got = {m: {k: v for k, v in e.items() if k in ("value", "suppressed")}
               for m, e in entries.items()}
        assert got == expected

    assert [row.label for row in table.rows] == sorted(weeks_shown)
    for row in table.rows:
        as_json(row, weeks_shown[row.label])
    as_json(table.total, totals)
    # And never a figure from 1 to 4 as it is.
    for entry in [*answer["totals"], *answer["cells"]]:
        if entry["metric"] in PEOPLE and entry["value"] is not None:
            assert not 1 <= entry["value"] <= 4


def test_offered_slots_do_not_bound_a_small_booking_to_one_value():
    truth = {"2026-W27": (1, 1, 1, 0)}
    _assert_nothing_recovers(_through_views(truth), FEST, truth, slots_bound=True)
