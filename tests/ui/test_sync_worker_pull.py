"""The background sync pulls the resource directory after a push round, against the real hub:
the first round pulls, later rounds only when the last pull is old enough, "Sync now" at
once; a refused directory is said in the status bar."""

from __future__ import annotations

from PySide6.QtNetwork import QNetworkInformation

from tests.resource_dirs import directory
from tests.sync.conftest import make_festival
from wellness_desk.resources import package, signing
from wellness_desk.sync import enrol
from wellness_desk.ui import sync_worker
from wellness_hub.cli import main as hub_main

WAIT = 15_000
FEST = "Summer Fest 2026"


def _publish(hub, private, tmp_path, edition="a") -> None:
    signed = tmp_path / f"d-{edition}.signed.json"
    signed.write_bytes(signing.sign(package.to_json_bytes(directory(edition=edition)), private))
    assert hub_main(["--db", hub.db_url, "resources", "import", str(signed)]) == 0


def test_the_sync_thread_pulls_after_a_push_at_most_so_often_and_on_sync_now(
        qtbot, hub, db, db_path, tmp_path, monkeypatch):
    private, public = signing.generate_key()
    assert hub_main(["--db", hub.db_url, "resources", "trust", public]) == 0
    _publish(hub, private, tmp_path)
    make_festival(db)
    enrol.connect(db, hub.url, hub.enrol(FEST))
    monkeypatch.setattr(sync_worker, "FIRST_SYNC_MS", 10)
    worker = sync_worker.SyncWorker(db_path)
    pulled = []
    worker.resources_pulled.connect(pulled.append)
    # What the sync thread did, in the order it said it (queued signals keep that order).
    events: list[str] = []
    worker.synced.connect(lambda _result: events.append("synced"))
    worker.resources_pulled.connect(lambda _result: events.append("pulled"))
    worker.log_changed.connect(lambda: events.append("log"))

    def round_over(n: int) -> bool:
        """The n-th sync round has ended (its log_changed came after its synced)."""
        ends = [i for i, e in enumerate(events) if e == "synced"]
        return len(ends) >= n and "log" in events[ends[n - 1]:]
    try:
        with qtbot.waitSignal(worker.resources_pulled, timeout=WAIT):
            worker.start()
        assert pulled[-1].outcome == "installed" and pulled[-1].services == 3

        # A push round soon after (the network came back): no pull, the last one is recent.
        _publish(hub, private, tmp_path, edition="b")
        qtbot.waitUntil(lambda: round_over(1), timeout=WAIT)
        worker._on_reachability(QNetworkInformation.Reachability.Online)
        qtbot.waitUntil(lambda: round_over(2), timeout=WAIT)
        assert events.count("pulled") == 1 and len(pulled) == 1

        with qtbot.waitSignal(worker.resources_pulled, timeout=WAIT):
            worker.sync_now()
        assert pulled[-1].outcome == "installed"

        # A directory signed by a stranger: refused, and the bar says so.
        stranger, _ = signing.generate_key()
        with hub.store() as store:
            store.put_directory(signing.sign(b"{}", stranger), services=0)
        with qtbot.waitSignal(worker.resources_pulled, timeout=WAIT):
            worker.pull_resources()
        assert pulled[-1].outcome == "refused"
        qtbot.waitUntil(lambda: "not signed by a curator this laptop trusts"
                        in worker.status_text, timeout=WAIT)
    finally:
        worker.stop()
