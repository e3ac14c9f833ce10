"""A laptop whose activation counts for another hub activation is told why, in the hub's words."""

from __future__ import annotations

from tests.sync.conftest import run_sync, tap
from wellness_desk.sync import enrol, push


def test_counts_the_hub_gives_to_another_activation_are_refused_in_its_words(
        db, festival, hub, tmp_path, capsys):
    from wellness_desk.db import connect

    enrol.connect(db, hub.url, hub.enrol("Fest A", label="Tent laptop"))
    tap(db, festival, count=2)
    assert push.sync_once(db).outcome == "synced"

    # A second laptop set up from a copy: the same activation, connected to Fest B.
    folder = tmp_path / "laptop2"
    folder.mkdir()
    other = connect(folder / "wellness-desk.sqlite3")
    try:
        db.conn.backup(other.conn)
        tap(other, festival, count=5)
        enrol.connect(other, hub.url, hub.enrol("Fest B", label="Copied laptop"))
        result = push.sync_once(other)
        assert result.outcome != "synced"
        assert "The hub refused these counts" in result.message
        assert "another hub activation" in result.message
        assert "is the address right" not in result.message
        assert "1 change waiting" in result.message  # the queue is kept
    finally:
        other.close()
    capsys.readouterr()
    assert run_sync(str(folder), "--status") == 0
    assert "another hub activation" in capsys.readouterr().out
    # Fest A keeps the first laptop's two, and nothing of the copy landed anywhere.
    totals = {(t["activation"], t["metric"]): t["value"] for t in hub.totals()["totals"]}
    assert totals.get(("Fest A", "kits_handed_out")) == 2
    assert not totals.get(("Fest B", "kits_handed_out"))
