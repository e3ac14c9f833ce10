"""The resource directory the app ships: what a person in distress backstage will dial.

Every number must come with the public page it was checked against, no number may look
like a film number or a placeholder, every country the tours visit most has a crisis line,
and the research log (SOURCES.md) names every number the package holds.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from wellness_desk import paths, settings
from wellness_desk.resources import hsds, model

SHIPPED = paths.ASSETS / "resources"
SOURCES = SHIPPED / "SOURCES.md"
# The countries tours visit most (issue 12); one may only be missing if SOURCES.md says why.
TOUR_COUNTRIES = ("US", "CA", "MX", "GB", "IE", "FR", "DE", "ES", "PT", "NL", "BR", "AU", "JP")
SCRIPT = paths.ASSETS.parent / "scripts" / "build_sample_directory.py"


def _table(name: str) -> list[dict[str, str]]:
    with (SHIPPED / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("table", list(hsds.TABLES))
def test_each_table_has_exactly_the_profile_columns_and_valid_rows(table):
    columns = hsds.TABLES[table]
    with (SHIPPED / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    assert header == [c.name for c in columns]
    assert rows, f"{table}.csv is empty"
    for line, row in enumerate(rows, start=2):
        assert len(row) == len(columns), f"{table}.csv line {line}"
        for column, value in zip(columns, row, strict=True):
            where = f"{table}.csv line {line} {column.name}"
            if column.required:
                assert value, where
            if value and column.format == "uuid":
                uuid.UUID(value)
            if value and column.enum:
                assert value in column.enum, where
            if value and column.type == "date":
                date.fromisoformat(value)
            if value and column.type == "boolean":
                assert value in ("true", "false"), where


def test_the_shipped_package_reads_as_a_directory():
    package = pytest.importorskip("wellness_desk.resources.package")
    directory = package.read_package(package.SHIPPED)
    assert {a.country for s in directory.services for a in s.areas} >= set(TOUR_COUNTRIES)


def test_frictionless_finds_the_data_package_valid():
    from frictionless import Package

    report = Package(str(SHIPPED / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_every_number_has_an_https_source_and_the_date_it_was_checked():
    phones = _table("phone")
    assert len(phones) >= len(TOUR_COUNTRIES)
    for phone in phones:
        assert phone["source_url"].startswith("https://"), phone["number"]
        assert date.fromisoformat(phone["assured_date"]) == date(2026, 12, 2), phone["number"]


def test_no_number_looks_fictional_or_like_a_placeholder():
    # The same rule that keeps a film number or 000000 off a printed card (Settings).
    for phone in _table("phone"):
        assert settings.check_help_line_number(phone["number"]) == phone["number"]


def _left_out_countries() -> set[str]:
    return set(re.findall(r"^- ([A-Z]{2}) — country left out", SOURCES.read_text("utf-8"),
                          re.MULTILINE))


def test_every_tour_country_has_an_active_crisis_line_with_a_number():
    terms = {t["id"]: t["code"] for t in _table("taxonomy_term")}
    kinds = defaultdict(set)
    for a in _table("attribute"):
        kinds[a["link_id"]].add(terms[a["taxonomy_term_id"]])
    numbers = defaultdict(list)
    for p in _table("phone"):
        numbers[p["service_id"]].append(p["number"])
    active = {s["id"] for s in _table("service") if s["status"] == "active"}
    covered = {area["country"] for area in _table("service_area")
               if area["service_id"] in active and "crisis-line" in kinds[area["service_id"]]
               and numbers[area["service_id"]]}
    missing = set(TOUR_COUNTRIES) - covered
    assert missing <= _left_out_countries(), f"no crisis line and no reason given: {missing}"


def test_every_service_has_its_name_and_description_in_the_five_languages():
    texts = defaultdict(dict)
    for t in _table("translation"):
        assert t["translation"].strip()
        texts[(t["record_id"], t["field_name"])][t["language"]] = t["translation"]
    for s in _table("service"):
        for field_name in ("name", "description"):
            assert s[field_name].strip(), (s["name"], field_name)
            got = {"en", *texts[(s["id"], field_name)]}
            assert got >= set(model.LANGUAGES), (s["name"], field_name, got)


def test_the_six_kinds_are_all_in_the_taxonomy():
    terms = _table("taxonomy_term")
    assert sorted(t["code"] for t in terms) == sorted(model.KINDS)
    assert all(t["taxonomy"] == model.TAXONOMY and t["name"] and t["description"]
               for t in terms)


def test_hours_are_in_real_zones_and_belong_to_a_number_of_their_service():
    services = {s["id"]: s for s in _table("service")}
    phones = {p["id"]: p for p in _table("phone")}
    for s in services.values():
        ZoneInfo(s["tzid"])
    for row in _table("schedule"):
        ZoneInfo(row["tzid"] or services[row["service_id"]]["tzid"])
        phone = phones[row["phone_id"]]
        assert phone["service_id"] == row["service_id"]
        # A 24/7 line needs no schedule: hours on one would contradict its flag.
        assert phone["always_open"] == "false", phone["number"]
        assert set(row["byday"].split(",")) <= set(model.WEEKDAYS)


def test_paired_services_are_of_one_country_and_come_at_least_two():
    country = {a["service_id"]: a["country"] for a in _table("service_area")}
    groups = defaultdict(list)
    for s in _table("service"):
        if s["pair_group"]:
            groups[s["pair_group"]].append(country[s["id"]])
    assert groups
    for group, countries in groups.items():
        assert len(countries) >= 2 and len(set(countries)) == 1, group


def test_the_research_log_names_every_number_shipped():
    log = SOURCES.read_text("utf-8")
    for phone in _table("phone"):
        assert f"**{phone['number']}**" in log, phone["number"]
        assert phone["source_url"] in log, phone["number"]


def test_the_shipped_files_are_what_the_generator_writes(tmp_path: Path, monkeypatch):
    # The CSVs are committed; they must be the script's output, so no one edits a number
    # in a CSV without its source and quote in the script (and so in SOURCES.md).
    spec = importlib.util.spec_from_file_location("build_sample_directory", SCRIPT)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up by name while they are made.
    monkeypatch.setitem(sys.modules, spec.name, build)
    spec.loader.exec_module(build)
    build.write_csvs(tmp_path)
    # Files only: curator-keys/ (sync/resources_pull.py) is no part of the package.
    shipped = sorted(p.name for p in SHIPPED.iterdir()
                     if p.is_file() and p.name != "SOURCES.md")
    assert sorted(p.name for p in tmp_path.iterdir()) == shipped
    for name in shipped:
        assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), name
    assert build.sources_md() == SOURCES.read_text("utf-8")
