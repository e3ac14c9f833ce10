"""The directory's own SQLite file: install in one transaction, the same directory twice
changes nothing, favourites outlive updates, and a file that is not ours is left alone."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tests.mounts import fill, make_read_only, make_writable, small_filesystem
from tests.resource_samples import PUBLISHED, by_key, sample, uid, without
from wellness_desk.errors import DamagedDatabase, DataFileError, DiskFull, ReadOnlyData
from wellness_desk.resources import package
from wellness_desk.resources import search as search_
from wellness_desk.resources import store as st

NOW = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    opened = st.open_store(st.store_path(tmp_path))
    yield opened
    opened.close()


def names(store, text="", **kw):
    return [r.service.name for r in search_.search(store, search_.Query(text=text, **kw),
                                                    now=NOW)]


def test_an_installed_directory_reads_back_exactly(store, tmp_path):
    directory = sample()
    done = st.install(store, directory, source="test package", now=NOW)
    assert done == st.Installed(changed=True, services=len(directory.services))
    assert st.load_directory(store) == directory
    assert st.get_service(store, uid("service:samaritans")) == by_key(directory, "samaritans")
    assert st.get_service(store, uid("service:nothing")) is None
    about = st.about(store)
    assert about.published == PUBLISHED
    assert about.installed_at == NOW
    assert about.source == "test package"
    assert about.services == len(directory.services)
    assert about.countries == ("CA", "DE", "FR", "GB", "JP", "US")
    # The file is where store_path says, beside the main database, and is ours.
    assert st.store_path(tmp_path) == tmp_path / "directory.sqlite"
    with sqlite3.connect(tmp_path / "directory.sqlite") as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == st.APPLICATION_ID
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_same_directory_twice_writes_nothing(store, tmp_path):
    st.install(store, sample(), source="first", now=NOW)
    watcher = sqlite3.connect(tmp_path / "directory.sqlite")
    before = watcher.execute("PRAGMA data_version").fetchone()[0]
    again = st.install(store, sample(), source="second", now=NOW + timedelta(days=1))
    assert again == st.Installed(changed=False, services=len(sample().services))
    # Another connection sees no commit that changed the file.
    assert watcher.execute("PRAGMA data_version").fetchone()[0] == before
    watcher.close()
    assert st.about(store).installed_at == NOW
    assert st.about(store).source == "first"


def test_an_empty_store_reports_nothing_installed(store):
    about = st.about(store)
    assert about == st.About(published=None, installed_at=None, source="", services=0,
                             countries=())
    assert names(store, "sa") == []
    with pytest.raises(DataFileError, match="no resource directory is installed"):
        st.load_directory(store)


def test_favourites_are_kept_over_an_update_and_come_back_with_their_service(store):
    st.install(store, sample(), source="v1", now=NOW)
    st.set_favourite(store, uid("service:strasse"), True)
    st.set_favourite(store, uid("service:kids"), True)
    st.set_favourite(store, uid("service:kids"), False)
    st.set_favourite(store, uid("service:strasse"), True)  # twice: still one
    assert st.favourites(store) == {uid("service:strasse")}

    # An update without the favourite's service: the mark stays, unseen.
    smaller = replace(without(sample(), "strasse"), published=PUBLISHED + timedelta(days=7))
    assert st.install(store, smaller, source="v2", now=NOW).changed
    assert st.favourites(store) == {uid("service:strasse")}
    assert "Beratung an der Straße" not in names(store, "beratung")

    # The next update has it again: it is a favourite again, first in Germany.
    st.install(store, replace(sample(), published=PUBLISHED + timedelta(days=14)),
               source="v3", now=NOW)
    found = search_.search(store, search_.Query(country="DE"), now=NOW)
    assert found[0].service.name == "Beratung an der Straße"
    assert found[0].favourite


def test_a_failure_midway_through_an_install_leaves_the_old_directory_whole(store):
    st.install(store, sample(), source="v1", now=NOW)
    # The write fails at the fifth service of the new directory, as a disk could.
    store.conn.execute(
        "CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON service WHEN NEW.rowid = 5 "
        "BEGIN SELECT RAISE(ABORT, 'the disk gave up'); END")
    newer = replace(without(sample(), "samaritans"), published=PUBLISHED + timedelta(days=1))
    with pytest.raises(sqlite3.IntegrityError, match="the disk gave up"):
        st.install(store, newer, source="v2", now=NOW)
    assert not store.conn.in_transaction
    assert st.load_directory(store) == sample()
    assert st.about(store).source == "v1"
    assert names(store, "samaritans") == ["Samaritans"]  # the indexes too
    store.conn.execute("DROP TRIGGER fail_midway")
    assert st.install(store, newer, source="v2", now=NOW).changed
    assert names(store, "samaritans") == []


def test_a_search_during_an_install_sees_the_old_directory_whole(store, tmp_path):
    st.install(store, sample(), source="v1", now=NOW)
    reader = st.open_store(st.store_path(tmp_path))
    seen: list[list[str]] = []

    def look() -> int:
        seen.append(names(reader, "sa"))
        return 0

    # Halfway through writing the new directory, another connection searches.
    store.conn.create_function("look", 0, look)
    store.conn.execute("CREATE TEMP TRIGGER halfway AFTER INSERT ON service "
                       "WHEN NEW.rowid = 3 BEGIN SELECT look(); END")
    newer = replace(without(sample(), "samaritans"), published=PUBLISHED + timedelta(days=1))
    st.install(store, newer, source="v2", now=NOW)
    assert seen == [["Samaritans", "SOS Amitié",
                     "3114, numéro national de prévention du suicide"]]
    assert names(reader, "sa") == ["SOS Amitié",
                                   "3114, numéro national de prévention du suicide"]
    reader.close()


def test_a_full_disk_during_an_install_is_said_and_the_old_directory_kept(tmp_path):
    with small_filesystem(tmp_path / "small", 1024) as folder:
        path = st.store_path(folder)
        with st.open_store(path) as store:
            st.install(store, sample(), source="v1", now=NOW)
            fill(folder)
            # Many services with long descriptions: more than the disk has left.
            big = replace(sample(), published=PUBLISHED + timedelta(days=1), services=tuple(
                replace(s, id=uid(f"copy:{n}:{s.id}"), description="x" * 4000 + str(n))
                for n in range(40) for s in sample().services))
            with pytest.raises(DiskFull, match="the disk is full"):
                st.install(store, big, source="v2", now=NOW)
            (folder / "filler.bin").unlink()
            assert st.load_directory(store) == sample()
            assert st.about(store).source == "v1"


def test_a_read_only_data_folder_is_said_before_anything_is_opened(tmp_path):
    with small_filesystem(tmp_path / "ro", 512) as folder:
        with st.open_store(st.store_path(folder)) as store:
            st.install(store, sample(), source="v1", now=NOW)
        make_read_only(folder)
        try:
            with pytest.raises(ReadOnlyData, match="read-only"):
                st.open_store(st.store_path(folder))
        finally:
            make_writable(folder)


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = st.store_path(tmp_path)
    path.write_bytes(b"not a database at all, just some notes\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DataFileError, match="not an SQLite file"):
        st.open_store(path)
    assert path.read_bytes() == before


def test_another_program_s_sqlite_file_and_the_main_database_are_refused(tmp_path):
    path = st.store_path(tmp_path)
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DataFileError, match="not a Wellness Desk resource directory"):
        st.open_store(path)
    path.unlink()
    with sqlite3.connect(path) as main_db:
        main_db.execute("PRAGMA application_id=0x57444B31")  # the main database's
    with pytest.raises(DataFileError, match="not a Wellness Desk resource directory"):
        st.open_store(path)


def test_a_directory_written_by_a_newer_desk_is_refused(tmp_path):
    path = st.store_path(tmp_path)
    st.open_store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version={st.SCHEMA_VERSION + 1}")
    with pytest.raises(DataFileError, match="newer Wellness Desk"):
        st.open_store(path)


def test_a_damaged_file_is_said_to_be_damaged(tmp_path):
    path = st.store_path(tmp_path)
    with st.open_store(path) as store:
        st.install(store, sample(), source="v1", now=NOW)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, past the header
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match="damaged"):
        st.open_store(path)


def test_the_app_sets_a_damaged_file_aside_and_starts_again_from_the_shipped_set(tmp_path):
    path = st.store_path(tmp_path)
    with st.open_store(path) as store:
        st.install(store, sample(), source="v1", now=NOW)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    store, note = st.open_or_set_aside(path, now=NOW)
    with store:
        assert st.about(store).services == 0
        st.ensure_shipped(store, now=NOW)
        assert st.about(store).services > 0
    aside = path.with_name(f"directory.damaged-{NOW:%Y%m%d-%H%M%S}.sqlite")
    assert aside.read_bytes() == bytes(data)  # kept as it was, never deleted
    assert note is not None and aside.name in note and "damaged" in note
    # A healthy file is opened as it is, with nothing to say.
    store, note = st.open_or_set_aside(path, now=NOW)
    with store:
        assert note is None and st.about(store).services > 0


def test_a_read_only_folder_is_not_a_damaged_file(tmp_path):
    with small_filesystem(tmp_path / "ro", 512) as folder:
        with st.open_store(st.store_path(folder)) as store:
            st.install(store, sample(), source="v1", now=NOW)
        make_read_only(folder)
        try:
            with pytest.raises(ReadOnlyData, match="read-only"):
                st.open_or_set_aside(st.store_path(folder), now=NOW)
        finally:
            make_writable(folder)
        assert sorted(p.name for p in folder.iterdir() if "damaged" in p.name) == []


def test_an_older_schema_is_rebuilt_keeping_favourites_and_the_etag(tmp_path):
    path = st.store_path(tmp_path)
    with st.open_store(path) as store:
        st.install(store, sample(), source="v1", now=NOW)
        st.set_favourite(store, uid("service:samaritans"), True)
        st.set_meta(store, "etag", '"abc"')
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version=0")
    with st.open_store(path) as store:
        assert st.favourites(store) == {uid("service:samaritans")}
        assert st.get_meta(store, "etag") == '"abc"'
        assert st.about(store).services == 0
        # The same directory installs again in full: its old hash went with the tables.
        assert st.install(store, sample(), source="v1", now=NOW).changed


def test_meta_values_are_kept_and_replaced(store):
    assert st.get_meta(store, "etag") is None
    st.set_meta(store, "etag", '"one"')
    st.set_meta(store, "etag", '"two"')
    assert st.get_meta(store, "etag") == '"two"'


def test_ensure_shipped_fills_an_empty_store_with_the_package_shipped(store, tmp_path,
                                                                     monkeypatch):
    # A real package, written and read by the package module, stands in for assets/.
    shipped = tmp_path / "assets" / "resources"
    package.write_package(sample(), shipped)
    monkeypatch.setattr(package, "SHIPPED", shipped)
    st.ensure_shipped(store, now=NOW)
    assert st.load_directory(store) == package.read_package(shipped)
    assert st.about(store).source == "shipped with the app"
    assert names(store, "samaritans") == ["Samaritans"]
    # Not again: a store that holds a directory keeps it, even when the app's changes.
    st.install(store, without(sample(), "kids"), source="test", now=NOW)
    st.ensure_shipped(store, now=NOW)
    assert st.about(store).source == "test"


def test_the_real_shipped_package_installs_into_an_empty_store(store):
    try:
        shipped = package.read_package(package.SHIPPED)
    except package.DirectoryError as e:
        # tests/core/test_shipped_directory.py fails on this too: it is the package's to fix.
        pytest.skip(f"the shipped package is refused by the reader: {e}")
    st.ensure_shipped(store, now=NOW)
    assert st.load_directory(store) == shipped
    assert st.about(store).countries == tuple(sorted(
        {a.country for s in shipped.services for a in s.areas}))


def test_ensure_shipped_leaves_an_installed_directory_alone(store):
    st.install(store, sample(), source="test", now=NOW)
    st.ensure_shipped(store, now=NOW)  # reads no package: one is installed
    assert st.about(store).source == "test"
