"""The resource directory at the issue's size: 50,000 services, 40 countries, 5 languages.

Prints `name: value` lines. The package part (`bench_import`) writes the fixture's
directory as a package once into a scratch folder and reads it back with
`package.read_package` (every check of an import, nothing installed): `read_package_s` is
the best of `--rounds`. The store's part (install, search) adds its own figures here.

    .venv/bin/python bench/resources.py [--services 50000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.resources_fixture import make_directory
from wellness_desk.resources import package

TARGETS = "# targets: import_s <= 10 (read_package_s is its reading and checking part)"


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
    figures["services"] = services
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(TARGETS)
    for name, value in bench_import(args.services, args.rounds).items():
        print(f"{name}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
