"""Totals on the hub: exact, per hub activation of the sending device, kept across a restart;
the admin API is exact for the admin only (viewers and devices: test_hub_suppression.py)."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.hubserver import OTHER_UID, kit_cell, sync_body, therapy_cell

FEST = "Summer Fest 2026"
TOUR = "Autumn Tour 2026"


def _totals(hub):
    return {(t["activation"], t["metric"]): t["value"] for t in hub.totals()["totals"]}


def test_totals_are_exact_per_device_activation_and_survive_a_restart(any_hub):
    tent, tent_token = any_hub.device(FEST, label="Tent")
    bar, bar_token = any_hub.device(FEST, label="Bar")
    bus, bus_token = any_hub.device(TOUR, label="Bus")
    # Two laptops at one festival, each with its own local activation uid.
    any_hub.sync(tent_token, sync_body(tent, [
        kit_cell(5, 1), kit_cell(2, 2, role="artist"), kit_cell(4, 3, kit_type="Water"),
        therapy_cell(3, 4)]))
    any_hub.sync(bar_token, sync_body(bar, [
        kit_cell(7, 1, activation=OTHER_UID), therapy_cell(1, 2, activation=OTHER_UID)]))
    # The tour laptop: its own uid, counted for the tour (the hub activation of its device).
    tour_uid = "c" * 32
    any_hub.sync(bus_token, sync_body(bus, [kit_cell(100, 1, activation=tour_uid),
                                           therapy_cell(2, 2, activation=tour_uid)]))
    # An undo on the tent laptop.
    any_hub.sync(tent_token, sync_body(tent, [kit_cell(4, 5)]))

    expected = {
        (FEST, "kits_handed_out"): 4 + 2 + 4 + 7, (FEST, "therapy_held"): 3 + 1,
        (TOUR, "kits_handed_out"): 100, (TOUR, "therapy_held"): 2,
    }
    answer = any_hub.totals()
    assert [(t["activation"], t["metric"]) for t in answer["totals"]] == sorted(expected)
    assert "cells" not in answer
    assert _totals(any_hub) == expected

    cells = any_hub.totals(detail=True)["cells"]
    earplugs_crew = [c for c in cells if c["activation"] == FEST and c["dims"] ==
                     {"kit_type": "Earplugs", "role": "crew"}]
    assert earplugs_crew == [{"activation": FEST, "metric": "kits_handed_out",
                              "period": "2026-07-04T13:00Z",
                              "dims": {"kit_type": "Earplugs", "role": "crew"}, "value": 11}]
    assert sum(c["value"] for c in cells) == sum(expected.values())

    any_hub.restart()
    assert _totals(any_hub) == expected
    assert any_hub.sync(tent_token, sync_body(tent, [kit_cell(4, 5)])).json()["held"] == [5]


def test_twenty_devices_pushing_at_once_are_all_counted(any_hub):
    devices = [any_hub.device(FEST) for _ in range(20)]

    def push(device):
        device_id, token = device
        uid = device_id[-24:].rjust(32, "0")  # each laptop its own local activation
        held = []
        for batch in range(4):
            cells = [kit_cell(1, batch * 250 + i + 1, kit_type=f"Kit {batch}-{i % 50}",
                          role=("crew", "artist", "family", "other", "unspecified")[i // 50],
                          activation=uid)
                     for i in range(250)]
            answer = any_hub.sync(token, sync_body(device_id, cells))
            assert answer.status_code == 200, answer.text
            held += answer.json()["held"]
        return held

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(push, devices))
    assert all(held == list(range(1, 1001)) for held in results)
    assert _totals(any_hub) == {(FEST, "kits_handed_out"): 20 * 1000}


def test_the_totals_api_refuses_a_token_it_does_not_know(any_hub):
    # A live device's token is let in to its own activation's suppressed totals
    # (tests/hub/test_hub_suppression.py); a revoked one is not.
    device_id, token = any_hub.device(FEST)
    with any_hub.store() as store:
        store.revoke(device_id)
    for headers in ({}, {"Authorization": f"Bearer {token}"}, {"Authorization": "Bearer nope"},
                    {"Authorization": f"Basic {token}"}):
        answer = httpx.get(f"{any_hub.url}/v1/totals", headers=headers, timeout=10)
        assert answer.status_code == 401, headers
        assert answer.headers["WWW-Authenticate"] == "Bearer"
        assert "totals" not in answer.json()

    admin = {"Authorization": f"Bearer {any_hub.admin_token()}"}
    bad = httpx.get(f"{any_hub.url}/v1/totals?detail=everything", headers=admin, timeout=10)
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["query", "detail"]
    assert "everything" not in bad.text

    # A new admin token replaces the old one.
    with any_hub.store() as store:
        fresh = store.new_admin_token()
    assert httpx.get(f"{any_hub.url}/v1/totals", headers=admin, timeout=10).status_code == 401
    answer = httpx.get(f"{any_hub.url}/v1/totals", timeout=10,
                       headers={"Authorization": f"Bearer {fresh}"})
    assert answer.json() == {"totals": []}


def test_the_dashboard_needs_the_admin_token_and_hides_small_therapy_figures(hub):
    device_id, token = hub.device(FEST)
    hub.sync(token, sync_body(device_id, [
        kit_cell(1234, 1), therapy_cell(3, 2, metric="therapy_held"),
        therapy_cell(7, 3, metric="therapy_offered"),
        therapy_cell(0, 4, metric="therapy_no_show"), therapy_cell(5, 5, metric="therapy_booked"),
    ]))
    browser = httpx.Client(base_url=hub.url, timeout=10)

    door = browser.get("/")
    assert door.status_code == 303 and door.headers["location"] == "/login"
    assert "1,234" not in door.text
    form = browser.get("/login")
    assert form.status_code == 200 and 'name=token' in form.text
    for wrong in ("nope", token, ""):
        refused = browser.post("/login", data={"token": wrong})
        assert refused.status_code == 401 and "1,234" not in refused.text
        assert "hub_session" not in browser.cookies

    login = browser.post("/login", data={"token": hub.admin_token()})
    assert login.status_code == 303
    cookie = login.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    page = browser.get("/")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    text = page.text
    assert FEST in text and "1,234" in text and "<svg" in text
    assert "<script" not in text.lower() and "http://" not in text.replace(
        "http://www.w3.org/2000/svg", "")
    rows = dict(re.findall(r"<tr><td>([^<]+)</td><td class=n>([^<]+)</td></tr>", text))
    assert rows["Therapy sessions held"] == "&lt;5"
    assert rows["Therapy sessions offered"] == "7"
    assert rows["Therapy no-shows"] == "0"
    assert rows["Therapy sessions booked"] == "5"
    # The exact figure is on the admin API only.
    assert {t["metric"]: t["value"] for t in hub.totals()["totals"]}["therapy_held"] == 3

    assert browser.post("/logout").status_code == 303
    assert browser.get("/").status_code == 303
    # A new admin token ends every dashboard session.
    browser.post("/login", data={"token": hub.admin_token()})
    assert browser.get("/").status_code == 200
    with hub.store() as store:
        store.new_admin_token()
    assert browser.get("/").status_code == 303
