"""The hub's own schema steps on a database an older hub made."""

from __future__ import annotations

import secrets

from sqlalchemy import inspect, text

from wellness_hub.store import SCHEMA_VERSION, IncomingCell, open_store


def test_a_hub_made_before_max_revision_gains_it_at_each_devices_highest_revision(any_hub_db):
    store = open_store(any_hub_db)
    devices = []
    for revisions in ((3, 7), (2,)):
        device = store.redeem(store.create_enrolment("Festival"), secrets.token_urlsafe(32))
        store.sync(device.device_id, [
            IncomingCell("kits_handed_out", "a" * 32, f"2026-07-04T1{n}:00Z",
                         '{"kit_type":"Earplugs","role":"crew"}', 5, revision)
            for n, revision in enumerate(revisions)])
        devices.append((device.device_id, max(revisions)))
    # As a hub of schema 3 made before 3a1ffb8 left it: no column, and schema 3.
    with store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE device DROP COLUMN max_revision"))
        conn.execute(text("UPDATE hub_meta SET value = '3' WHERE key = 'schema_version'"))
    store.close()

    store = open_store(any_hub_db)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        with store.engine.connect() as conn:
            assert "max_revision" in {c["name"] for c in inspect(conn).get_columns("device")}
            held = dict(conn.execute(text("SELECT id, max_revision FROM device")).all())
        assert held == dict(devices)
        # And a push works again, above what the device had sent.
        synced = store.sync(devices[0][0], [IncomingCell(
            "kits_handed_out", "a" * 32, "2026-07-04T12:00Z",
            '{"kit_type":"Earplugs","role":"crew"}', 1, 8)])
        assert synced is not None
    finally:
        store.close()


def test_a_hub_of_schema_4_gains_viewer_tokens_and_keeps_its_admin_token(any_hub_db):
    store = open_store(any_hub_db)
    admin = store.new_admin_token()
    session = store.open_session()
    device = store.redeem(store.create_enrolment("Festival"), secrets.token_urlsafe(32))
    # As a hub of schema 4 left it: no viewer tables.
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE viewer_session"))
        conn.execute(text("DROP TABLE viewer"))
        conn.execute(text("UPDATE hub_meta SET value = '4' WHERE key = 'schema_version'"))
    store.close()

    store = open_store(any_hub_db)
    try:
        assert store.schema_version() == SCHEMA_VERSION == 5
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert {"viewer", "viewer_session"} <= tables
        assert store.is_admin_token(admin) and store.session_role(session) == "admin"
        assert store.device_for_token(device.token) == device.device_id
        assert store.viewers() == []
        viewer = store.new_viewer_token("Arts Council")
        assert store.is_viewer_token(viewer) and not store.is_admin_token(viewer)
        assert store.session_role(store.open_viewer_session(viewer)) == "viewer"
    finally:
        store.close()
