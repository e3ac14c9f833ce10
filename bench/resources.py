"""The resource directory at the issue's size: 50,000 services, 40 countries, 5 languages.

Prints `name: value` lines. The package part (`bench_import`) writes the fixture's
directory as a package once into a scratch folder and reads it back with
`package.read_package` (every check of an import, nothing installed): `read_package_s` is
the best of `--rounds`. The store's part (install, search) adds its own figures here.

    .venv/bin/python bench/resources.py [--services 50000] [--rounds 3]

`import_s` is the whole import: read_package, then store.install into a new directory
file; `import_unchanged_s` the same package a second time (nothing written).

`bench_search()`: a keystroke's search, as the Resources section makes it: every prefix of
a few words a person types ("s", "sa", "sam", …), each with and without a country filter,
through `search.search` (FTS5 over the normalised copy, filters, the order with open now
decided in every service's zone, pairs, the records read back into Results). Each query is
asked at a new minute, so the "open now" of every schedule is decided afresh each time
(the worst case: within one minute the store reuses it). Baseline, in the same run over
the same rows: a plain `SELECT … WHERE text LIKE '%q%'` scan of the same normalised text
(no index, no filters, no order, no records read), with the country filter as a join,
every match read (an order with crisis lines first must see them all).
`search_vs_like_ratio` is search p95 / LIKE p95.

    .venv/bin/python bench/resources.py --only search [--services 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.resources_fixture import make_directory
from wellness_desk.resources import package, search, store

TARGETS = ("# targets: import_s <= 10 (read_package_s is its reading and checking part), "
           "search_ms_p95 <= 30")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a fixed "now": the bench never reads the clock


def bench_import(services: int = 50_000, rounds: int = 3) -> dict[str, float]:
    """Figures of reading a written package of `services` services: the best of `rounds`."""
    directory = make_directory(services, countries=40)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "package"
        started = time.perf_counter()
        package.write_package(directory, folder)
        figures["write_package_s"] = time.perf_counter() - started
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            back = package.read_package(folder)
            best = min(best, time.perf_counter() - started)
        assert back == directory, "the package did not read back as written"
        figures["read_package_s"] = best
        started = time.perf_counter()
        package.from_json_bytes((folder / package.DIRECTORY_JSON).read_bytes(),
                                source=package.DIRECTORY_JSON)
        figures["read_json_s"] = time.perf_counter() - started
        figures["package_mb"] = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        # The whole import, as `wellness-desk resources import` does it: read and check,
        # then install into a new directory file; then the same package again.
        path = store.store_path(Path(scratch) / "data")
        with store.open_store(path) as directory_store:
            started = time.perf_counter()
            installed = store.install(directory_store, package.read_package(folder),
                                      source=str(folder), now=NOW)
            figures["import_s"] = time.perf_counter() - started
            assert installed.changed and installed.services == services
            started = time.perf_counter()
            again = store.install(directory_store, package.read_package(folder),
                                  source=str(folder), now=NOW)
            figures["import_unchanged_s"] = time.perf_counter() - started
            assert not again.changed
    figures["services"] = services
    return figures


# What a person types into the search box, a keystroke at a time.
WORDS = ("samaritan", "santé mentale", "strasse", "helpline", "crisis line", "ayuda",
         "backstage", "116 123")
COUNTRIES = ("", "FR", "DE", "US", "JP")
# Monday 6 July 2026, 10:30 in Paris: office hours open in Europe, closed in the Americas.
START = datetime(2026, 7, 6, 8, 30, tzinfo=UTC)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def keystrokes() -> list[tuple[str, str]]:
    """(text, country) for every prefix of every word, each without and with a country."""
    queries = []
    for n, word in enumerate(WORDS):
        country = COUNTRIES[1 + n % (len(COUNTRIES) - 1)]
        for end in range(1, len(word) + 1):
            prefix = word[:end]
            if prefix.endswith(" "):
                continue  # the same query as the one before
            queries.append((prefix, ""))
            queries.append((prefix, country))
    return queries


def bench_search(services: int = 50_000, repeat: int = 3) -> dict[str, float]:
    """Figures of keystroke searches in a store of `services` services."""
    directory = make_directory(services, countries=40)
    with tempfile.TemporaryDirectory(prefix="bench-resources-") as folder:
        path = store.store_path(Path(folder))
        with store.open_store(path) as directory_store:
            started = time.perf_counter()
            store.install(directory_store, directory, source="bench", now=START)
            install_s = time.perf_counter() - started
            conn = directory_store.conn
            # The baseline's rows: the same normalised text, in a plain table.
            conn.execute("CREATE TEMP TABLE plain (rowid INTEGER PRIMARY KEY, text TEXT)")
            organizations = {o.id: o for o in directory.organizations}
            rowids = dict(conn.execute("SELECT id, rowid FROM service"))
            conn.executemany("INSERT INTO plain VALUES (?, ?)", (
                (rowids[s.id], search.index_texts(s, organizations.get(s.organization_id))[0])
                for s in directory.services))
            queries = keystrokes()
            fts_ms: list[float] = []
            like_ms: list[float] = []
            now = START
            sizes = []
            for _ in range(repeat):
                for text, country in queries:
                    now += timedelta(minutes=1)
                    started = time.perf_counter()
                    found = search.search(directory_store, search.Query(text=text,
                                                                        country=country),
                                          now=now)
                    fts_ms.append((time.perf_counter() - started) * 1000)
                    sizes.append(len(found))
                    started = time.perf_counter()
                    _like(conn, text, country)
                    like_ms.append((time.perf_counter() - started) * 1000)
    figures = {
        "search_queries": len(fts_ms),
        "store_install_s": install_s,
        "search_ms_median": statistics.median(fts_ms),
        "search_ms_p95": percentile(fts_ms, 95),
        "search_ms_max": max(fts_ms),
        "search_results_median": statistics.median(sizes),
        "like_ms_median": statistics.median(like_ms),
        "like_ms_p95": percentile(like_ms, 95),
    }
    figures["search_vs_like_ratio"] = figures["search_ms_p95"] / figures["like_ms_p95"]
    return figures


def _like(conn: sqlite3.Connection, text: str, country: str) -> list[int]:
    pattern = "%" + search.normalise(text).replace("%", "").replace("_", "") + "%"
    # Every match, not the first 50: to put crisis lines first, a scan must see them all.
    if country:
        rows = conn.execute(
            "SELECT p.rowid FROM plain p JOIN service_country c ON c.service = p.rowid "
            "WHERE c.country = ? AND p.text LIKE ?", [country, pattern])
    else:
        rows = conn.execute("SELECT rowid FROM plain WHERE text LIKE ?", [pattern])
    return [r[0] for r in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3,
                        help="times each keystroke query of bench_search is asked")
    parser.add_argument("--only", choices=("import", "search", "pull"), default=None)
    args = parser.parse_args()
    print(TARGETS)
    figures: dict[str, float] = {}
    if args.only in (None, "import"):
        figures.update(bench_import(args.services, args.rounds))
    if args.only in (None, "search"):
        figures.update(bench_search(args.services, args.repeat))
    for name, value in figures.items():
        print(f"{name}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}")
    if args.only in (None, "pull"):
        # The hub's side: an unchanged directory's 304 against the full download (res-trust).
        from bench.resources_pull import bench_pull, print_figures

        print("# target: pull_304_ms small against full_download_ms (the ratio)")
        print_figures(bench_pull(args.services))
    return 0


if __name__ == "__main__":
    sys.exit(main())
