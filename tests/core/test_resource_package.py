"""The directory package in and out: HSDS 3.0 CSV tables with datapackage.json, and the
canonical JSON form. Every refused package names file, line (or record) and field, and
nothing of it comes back."""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import frictionless
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.resources_fixture import make_directory
from wellness_desk.errors import WellnessError
from wellness_desk.resources import hsds
from wellness_desk.resources import package as pkg
from wellness_desk.resources.model import (
    Area,
    Contact,
    Directory,
    Hours,
    Organization,
    Service,
)
from wellness_desk.resources.package import (
    DirectoryError,
    Problem,
    from_json_bytes,
    read_package,
    to_json_bytes,
    write_package,
)
from wellness_desk.settings import check_help_line_number

ORG_US = "0b6f7f34-8f4e-4f0e-9a43-1f0c9c1e2a01"
ORG_CA = "0b6f7f34-8f4e-4f0e-9a43-1f0c9c1e2a02"
LIFELINE = "5a0d3c1e-1111-4b6e-8c1d-0000000000a1"
TEXT_LINE = "5a0d3c1e-1111-4b6e-8c1d-0000000000a2"
ADULT = "5a0d3c1e-1111-4b6e-8c1d-0000000000a3"
YOUTH = "5a0d3c1e-1111-4b6e-8c1d-0000000000a4"
WEB_ONLY = "5a0d3c1e-1111-4b6e-8c1d-0000000000a5"
CALL_988 = "9c2e4b7a-2222-4c1e-9f00-0000000000b1"
TEXT_988 = "9c2e4b7a-2222-4c1e-9f00-0000000000b2"
NIGHT = "9c2e4b7a-2222-4c1e-9f00-0000000000b3"
ADULT_PHONE = "9c2e4b7a-2222-4c1e-9f00-0000000000b4"
YOUTH_PHONE = "9c2e4b7a-2222-4c1e-9f00-0000000000b5"
PUBLISHED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
CHECKED = date(2026, 2, 10)


def small_directory() -> Directory:
    """Two countries: a 24/7 line, a text line open late (past midnight), an adult and a
    youth line shown as a pair, a service reached by its web page; names in five languages."""
    lifeline = Service(
        id=LIFELINE, organization_id=ORG_US, name="988 Suicide & Crisis Lifeline",
        status="active", tz="America/New_York", description="Call or text 988, any time.",
        url="https://988lifeline.org", assured_date=CHECKED,
        kinds=("crisis-line", "peer-support"), areas=(Area("US"),), languages=("en", "es"),
        contacts=(
            Contact(id=CALL_988, number="988", type="voice", always_open=True,
                    languages=("en", "es"), assured_date=CHECKED,
                    source_url="https://988lifeline.org"),
            Contact(id=TEXT_988, number="988", type="text", description="Text us",
                    descriptions={"es": "Envíanos un mensaje", "fr": "Écrivez-nous"},
                    hours=(Hours(0, "09:00", "17:00"), Hours(4, "22:00", "02:00")),
                    assured_date=CHECKED, source_url="https://988lifeline.org/chat"),
        ),
        names={"es": "Línea 988 de Prevención del Suicidio", "fr": "Ligne 988",
               "de": "988 Krisenhotline", "pt": "Linha 988"},
        descriptions={"es": "Llame o envíe un mensaje al 988."})
    night = Service(
        id=TEXT_LINE, organization_id=ORG_US, name="Night line", status="active",
        tz="America/Los_Angeles", kinds=("music-industry",),
        areas=(Area("US", "US-CA", "California"),), languages=("en",),
        contacts=(Contact(id=NIGHT, number="+1 (833) 456-4566", type="voice",
                          hours=tuple(Hours(d, "20:00", "04:00") for d in range(7))),))
    adult = Service(
        id=ADULT, organization_id=ORG_CA, name="Crisis line (adults)", status="active",
        tz="America/Toronto", kinds=("crisis-line",), areas=(Area("CA"),),
        languages=("en", "fr"), pair_group="ca-national",
        contacts=(Contact(id=ADULT_PHONE, number="1-833-456-4566", type="voice",
                          always_open=True),))
    youth = Service(
        id=YOUTH, organization_id=ORG_CA, name="Kids Help Phone", status="active",
        tz="America/Toronto", kinds=("crisis-line",), areas=(Area("CA"),),
        languages=("en", "fr"), pair_group="ca-national",
        contacts=(Contact(id=YOUTH_PHONE, number="1-800-668-6868", type="voice",
                          always_open=True),),
        names={"fr": "Jeunesse, J'écoute"})
    web = Service(id=WEB_ONLY, organization_id=ORG_CA, name="Financial aid for musicians",
                  status="active", tz="America/Toronto", url="https://example.org/aid",
                  kinds=("financial-aid", "music-industry"), areas=(Area("CA", "CA-ON"),))
    return pkg.canonical(Directory(
        organizations=(
            Organization(id=ORG_US, name="Vibrant Emotional Health",
                         website="https://vibrant.org", names={"es": "Vibrant Salud"}),
            Organization(id=ORG_CA, name="Crisis services of Canada",
                         description="National lines", email="info@example.org",
                         descriptions={"fr": "Lignes nationales"}),
        ),
        services=(lifeline, night, adult, youth, web), published=PUBLISHED,
        title="Test directory"))


@pytest.fixture
def written(tmp_path: Path) -> Path:
    folder = tmp_path / "package"
    write_package(small_directory(), folder)
    return folder


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def put_rows(folder: Path, table: str, records: list[dict[str, str]],
             header: list[str] | None = None) -> None:
    header = header or [c.name for c in hsds.TABLES[table]]
    with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)


def refused(path: Path) -> list[Problem]:
    with pytest.raises(DirectoryError) as caught:
        read_package(path)
    assert isinstance(caught.value, WellnessError)
    return caught.value.problems


def line_of(folder: Path, table: str, column: str, value: str) -> int:
    """The spreadsheet line (header = 1) of the first record whose column holds value."""
    for i, record in enumerate(rows(folder, table)):
        if record[column] == value:
            return i + 2
    raise AssertionError(f"no {table} record with {column}={value}")


def edit(folder: Path, table: str, match: tuple[str, str], **changes: str) -> int:
    """Change the first record of a table matching (column, value); return its line."""
    records = rows(folder, table)
    line = line_of(folder, table, *match)
    records[line - 2].update(changes)
    put_rows(folder, table, records)
    return line


# --- round trips ---------------------------------------------------------------------


def test_a_written_package_reads_back_as_the_same_directory(written):
    back = read_package(written)
    assert back == small_directory()
    lifeline = next(s for s in back.services if s.id == LIFELINE)
    text = next(c for c in lifeline.contacts if c.id == TEXT_988)
    assert Hours(4, "22:00", "02:00") in text.hours  # Friday late, past midnight
    assert text.descriptions["es"] == "Envíanos un mensaje"
    assert next(c for c in lifeline.contacts if c.id == CALL_988).always_open
    assert lifeline.names["de"] == "988 Krisenhotline"
    assert {s.id for s in back.services if s.pair_group == "ca-national"} == {ADULT, YOUTH}


def test_the_json_form_reads_back_and_is_the_same_bytes_whatever_the_order():
    directory = small_directory()
    data = to_json_bytes(directory)
    assert from_json_bytes(data, source="directory.json") == directory
    shuffled = list(directory.services)
    random.Random(3).shuffle(shuffled)
    jumbled = replace(directory, services=tuple(
        replace(s, contacts=tuple(reversed(s.contacts)), languages=tuple(reversed(s.languages)))
        for s in shuffled), organizations=tuple(reversed(directory.organizations)))
    assert to_json_bytes(jumbled) == data
    assert to_json_bytes(from_json_bytes(data, source="x")) == data


def test_the_json_form_uses_hsds_names_and_nests_as_hsds_does():
    document = json.loads(to_json_bytes(small_directory()))
    assert document["hsds_version"] == "3.0" and document["profile"] == hsds.PROFILE
    assert document["published"] == "2026-03-01T12:00:00Z"
    service = next(s for s in document["services"] if s["id"] == LIFELINE)
    assert service["organization"] == {"id": ORG_US}
    phone = next(p for p in service["phones"] if p["id"] == TEXT_988)
    assert {s["byday"] for s in phone["schedules"]} == {"MO", "FR"}
    assert {lang["code"] for lang in service["languages"]} == {"en", "es"}
    assert service["service_areas"][0]["country"] == "US"
    codes = {a["taxonomy_term"]["code"] for a in service["attributes"]}
    assert codes == {"crisis-line", "peer-support"}
    assert all(a["taxonomy_term"]["taxonomy"] == "wellness-desk-kinds"
               for a in service["attributes"])
    assert any(t["record_id"] == LIFELINE and t["language"] == "de"
               for t in document["translations"])


def test_the_package_folder_holds_the_json_form_too_and_it_reads_as_a_package(written):
    assert read_package(written / "directory.json") == small_directory()


def test_frictionless_finds_the_written_package_valid_against_its_own_schemas(written):
    report = frictionless.Package(str(written / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["hsds_profile"] == hsds.PROFILE
    assert descriptor["published"] == "2026-03-01T12:00:00Z"
    assert descriptor["title"] == "Test directory"
    assert [r["name"] for r in descriptor["resources"]] == list(hsds.TABLES)


def test_the_big_bench_directory_round_trips(tmp_path):
    directory = make_directory(300, countries=40, seed=5)
    assert make_directory(300, countries=40, seed=5) == directory  # deterministic
    write_package(directory, tmp_path / "big")
    assert read_package(tmp_path / "big") == directory
    assert from_json_bytes(to_json_bytes(directory), source="big.json") == directory


def test_hours_for_the_service_as_a_whole_become_each_phone_s_hours(written):
    """A package from another HSDS tool gives hours without a phone_id."""
    records = rows(written, "schedule")
    night = [r for r in records if r["phone_id"] == NIGHT]
    for r in night:
        r["phone_id"] = ""
    put_rows(written, "schedule", records)
    back = read_package(written)
    service = next(s for s in back.services if s.id == TEXT_LINE)
    assert len(service.contacts[0].hours) == 7


# --- refused packages: the folder and its descriptor --------------------------------


def test_a_folder_that_is_not_a_package_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    [problem] = refused(tmp_path)
    assert problem.file == "datapackage.json"
    assert "not a directory package" in problem.message


def test_a_file_that_is_neither_folder_nor_json_is_refused(tmp_path):
    path = tmp_path / "directory.xlsx"
    path.write_bytes(b"PK")
    [problem] = refused(path)
    assert problem.file == "directory.xlsx" and "not a directory package" in problem.message


def test_a_datapackage_json_that_is_not_json_is_refused(written):
    (written / "datapackage.json").write_text('{"resources": [', encoding="utf-8")
    [problem] = refused(written)
    assert problem.file == "datapackage.json" and problem.line == 1
    assert "not JSON" in problem.message


def test_a_datapackage_listing_an_unknown_table_is_refused(written):
    descriptor = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"].append({"name": "location", "path": "location.csv"})
    (written / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    [problem] = refused(written)
    assert (problem.file, problem.field) == ("datapackage.json", "resources[9].name")
    assert "'location' is not a table" in problem.message


def test_a_datapackage_pointing_outside_its_folder_is_refused(written):
    descriptor = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][2]["path"] = "../phone.csv"
    (written / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    [problem] = refused(written)
    assert problem.field == "resources[2].path"


def test_a_missing_csv_is_named(written):
    (written / "phone.csv").unlink()
    problems = refused(written)
    assert problems[0] == Problem("phone.csv", None, None,
                                  "is missing: datapackage.json lists it as the phone table")


def test_an_unreadable_csv_is_named(written):
    (written / "schedule.csv").unlink()
    (written / "schedule.csv").mkdir()  # root reads any file: a folder cannot be read as one
    problems = refused(written)
    assert problems[0].file == "schedule.csv" and "folder" in problems[0].message


def test_a_csv_that_is_not_utf8_names_its_line_and_field(written):
    raw = (written / "service.csv").read_bytes()
    lines = raw.split(b"\r\n")
    lines[3] = lines[3].replace(b"Crisis", "Crísis".encode("latin-1"), 1)
    assert b"Cr\xedsis" in lines[3]
    (written / "service.csv").write_bytes(b"\r\n".join(lines))
    [problem] = refused(written)
    assert (problem.file, problem.line, problem.field) == ("service.csv", 4, "name")
    assert "not UTF-8" in problem.message


def test_a_header_missing_a_required_column_or_with_an_unknown_one_is_refused(written):
    records = rows(written, "phone")
    header = [c.name for c in hsds.TABLES["phone"] if c.name != "number"] + ["extension"]
    put_rows(written, "phone", records, header)
    problems = refused(written)
    where = {(p.file, p.line, p.field) for p in problems}
    assert ("phone.csv", 1, "number") in where  # required, missing
    assert ("phone.csv", 1, "extension") in where  # unknown: a typo never drops data
    assert any("unknown column" in p.message for p in problems)


def test_a_hand_edited_header_with_spaces_and_a_byte_order_mark_reads(written):
    path = written / "service_area.csv"
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    lines[0] = ", ".join(lines[0].split(","))
    path.write_bytes(("\ufeff" + "\r\n".join(lines)).encode("utf-8"))
    assert read_package(written) == small_directory()


def test_a_row_of_the_wrong_width_is_named(written):
    path = written / "organization.csv"
    path.write_text(path.read_text(encoding="utf-8") + "only,three,fields\r\n",
                    encoding="utf-8")
    [problem] = refused(written)
    assert (problem.file, problem.line) == ("organization.csv", 4)
    assert "3 fields where the header has 5" in problem.message


# --- refused packages: cells and rules ----------------------------------------------


def test_wrong_types_name_file_line_and_field(written):
    line = edit(written, "phone", ("id", TEXT_988), assured_date="2026-02-30",
                always_open="yes")
    sched = edit(written, "schedule", ("phone_id", TEXT_988), opens_at="25:00")
    problems = refused(written)
    where = {(p.file, p.line, p.field): p.message for p in problems}
    assert "is not a date" in where[("phone.csv", line, "assured_date")]
    assert "is not true or false" in where[("phone.csv", line, "always_open")]
    assert "is not a time" in where[("schedule.csv", sched, "opens_at")]


def test_a_broken_reference_is_named_and_nothing_is_returned(written):
    line = edit(written, "phone", ("id", NIGHT),
                service_id="5a0d3c1e-1111-4b6e-8c1d-00000000ffff")
    problems = refused(written)
    assert Problem("phone.csv", line, "service_id",
                   "no service has the id '5a0d3c1e-1111-4b6e-8c1d-00000000ffff'") in problems


def test_a_check_dated_after_the_edition_is_refused(written):
    # 2062 for 2026: such a line would stay "fresh" for ever and pass the print's check.
    line = edit(written, "phone", ("id", CALL_988), assured_date="2062-03-01")
    problems = refused(written)
    assert Problem("phone.csv", line, "assured_date", (
        "checked on 2062-03-01, after the directory was published (2026-03-01): a check "
        "cannot be in the future")) in problems


def test_hours_of_a_phone_of_another_service_are_refused(written):
    line = edit(written, "schedule", ("phone_id", NIGHT), service_id=LIFELINE)
    problems = refused(written)
    assert any((p.file, p.line, p.field) == ("schedule.csv", line, "phone_id")
               and "belongs to the service" in p.message for p in problems)


def test_a_language_for_both_a_service_and_a_phone_is_refused(written):
    line = edit(written, "language", ("phone_id", CALL_988), service_id=LIFELINE)
    [problem] = refused(written)
    assert (problem.file, problem.line, problem.field) == ("language.csv", line, "service_id")
    assert "exactly one" in problem.message


@pytest.mark.parametrize(("table", "match", "field", "value", "says"), [
    ("service_area", ("service_id", ADULT), "country", "XX", "ISO 3166-1"),
    ("service_area", ("service_id", ADULT), "country", "USA", "ISO 3166-1"),
    ("service_area", ("service_id", WEB_ONLY), "region", "US-CA", "ISO 3166-2"),
    ("language", ("phone_id", CALL_988), "code", "english", "ISO 639"),
    ("service", ("id", ADULT), "tzid", "America/Totonto", "IANA time zone"),
    ("service", ("id", ADULT), "status", "open", "is not one of"),
    ("service", ("id", ADULT), "url", "www.example.org", "web address"),
    ("schedule", ("phone_id", NIGHT), "byday", "MO,XX", "weekdays"),
    ("schedule", ("phone_id", NIGHT), "tzid", "Europe/Paris", "service's own zone"),
    ("phone", ("id", NIGHT), "number", "1-800-HELP-NOW", "not a phone number"),
    ("phone", ("id", NIGHT), "number", "+1 202 555 0143", "fictional"),
    ("phone", ("id", NIGHT), "number", "020 7946 0123", "drama"),
    ("phone", ("id", NIGHT), "number", "000000", "placeholder"),
    ("phone", ("id", NIGHT), "type", "fax", "is not one of"),
    ("translation", ("record_id", YOUTH), "language", "it", "translated into"),
    ("translation", ("record_id", YOUTH), "record_id",
     "5a0d3c1e-1111-4b6e-8c1d-00000000eeee", "no service has the id"),
    ("service", ("id", YOUTH), "pair_group", "alone", "pair needs two"),
    ("service", ("id", YOUTH), "id", ADULT, "used twice"),
    ("taxonomy_term", ("code", "crisis-line"), "taxonomy", "another", "taxonomy"),
    ("taxonomy_term", ("code", "crisis-line"), "code", "hotline", "is not a kind"),
    ("organization", ("id", ORG_CA), "email", "info at example", "email address"),
    ("organization", ("id", ORG_CA), "email", "info..desk@example.org", "email address"),
])
def test_each_rule_names_its_cell(written, table, match, field, value, says):
    line = edit(written, table, match, **{field: value})
    problems = refused(written)
    mine = [p for p in problems if (p.file, p.line, p.field) == (f"{table}.csv", line, field)]
    assert mine, problems
    assert says in mine[0].message


def test_an_always_open_line_with_hours_is_refused(written):
    edit(written, "phone", ("id", NIGHT), always_open="true")
    problems = refused(written)
    assert {(p.file, p.field) for p in problems} == {("schedule.csv", "phone_id")}
    # its seven evenings are one schedule row (the same hours, byday MO,...,SU)
    assert len(problems) == 1 and "always open" in problems[0].message


def test_an_active_service_no_one_can_reach_is_refused(written):
    line = edit(written, "service", ("id", WEB_ONLY), url="")
    [problem] = refused(written)
    assert (problem.file, problem.line, problem.field) == ("service.csv", line, "id")
    assert "could not reach it" in problem.message


def test_a_required_cell_left_empty_is_named(written):
    line = edit(written, "service", ("id", ADULT), name="")
    [problem] = refused(written)
    assert (problem.file, problem.line, problem.field) == ("service.csv", line, "name")
    assert "required" in problem.message


def test_every_problem_of_every_file_is_listed_before_refusing(written):
    a = edit(written, "phone", ("id", NIGHT), number="555-NIGHT")
    b = edit(written, "service_area", ("service_id", ADULT), country="ZZ")
    c = edit(written, "organization", ("id", ORG_US), website="vibrant")
    with pytest.raises(DirectoryError) as caught:
        read_package(written)
    where = {(p.file, p.line, p.field) for p in caught.value.problems}
    assert where == {("phone.csv", a, "number"), ("service_area.csv", b, "country"),
                     ("organization.csv", c, "website")}
    text = str(caught.value).splitlines()
    assert "3 problems" in text[0]
    assert f"phone.csv line {a}, field number: '555-NIGHT' is not a phone number" in "\n".join(
        text[1:])


def test_a_wrong_package_through_and_through_is_cut_at_the_cap(written):
    records = rows(written, "translation")
    extra = [dict(records[0], language="xx") for _ in range(pkg.MAX_PROBLEMS + 50)]
    put_rows(written, "translation", records + extra)
    with pytest.raises(DirectoryError) as caught:
        read_package(written)
    error = caught.value
    assert len(error.problems) == pkg.MAX_PROBLEMS and error.more > 0
    text = str(error).splitlines()
    assert len(text) == 1 + pkg.SHOWN_PROBLEMS + 1
    assert text[-1] == f"… and {len(error.problems) + error.more - pkg.SHOWN_PROBLEMS} more"


def test_what_frictionless_finds_in_the_first_rows_is_reported_too(written):
    """frictionless checks each table's first rows against the same schema: an email with
    a local part past RFC 5321's 64 characters is its finding, not ours."""
    line = edit(written, "organization", ("id", ORG_CA), email="x" * 70 + "@example.org")
    [problem] = refused(written)
    assert (problem.file, problem.line, problem.field) == ("organization.csv", line, "email")
    assert "string/email" in problem.message


def test_a_line_is_counted_as_a_spreadsheet_shows_it_past_a_quoted_line_break(written):
    records = rows(written, "service")
    records[0]["description"] = "First line\nsecond line"
    records[2]["status"] = "unknown"
    put_rows(written, "service", records)
    [problem] = refused(written)
    assert (problem.line, problem.field) == (4, "status")


def test_the_problem_names_the_file_line_and_field_in_its_words():
    assert str(Problem("phone.csv", 7, "number", "is bad")) == (
        "phone.csv line 7, field number: is bad")
    assert str(Problem("directory.json", None, "services[0].name", "is bad")) == (
        "directory.json, field services[0].name: is bad")


# --- the JSON form refused --------------------------------------------------------------


def test_a_json_form_problem_names_its_record_path():
    document = json.loads(to_json_bytes(small_directory()))
    document["services"][1]["phones"][0]["number"] = "+1 212 555 0199"
    document["services"][0]["service_areas"][0]["country"] = "Atlantis"
    document["services"][2]["colour"] = "red"
    data = json.dumps(document).encode()
    with pytest.raises(DirectoryError) as caught:
        from_json_bytes(data, source="hub")
    where = {p.field for p in caught.value.problems}
    assert where == {"services[1].phones[0].number", "services[0].service_areas[0].country",
                     "services[2].colour"}
    assert all(p.file == "hub" and p.line is None for p in caught.value.problems)


def test_a_json_form_field_of_the_wrong_json_type_is_named():
    document = json.loads(to_json_bytes(small_directory()))
    document["organizations"][0]["name"] = 42
    document["services"][0]["phones"][0]["always_open"] = "always"
    document["services"][1]["phones"][0]["always_open"] = 1
    with pytest.raises(DirectoryError) as caught:
        from_json_bytes(json.dumps(document).encode(), source="d.json")
    said = {p.field: p.message for p in caught.value.problems}
    assert said == {"organizations[0].name": "is not text",
                    "services[0].phones[0].always_open": "'always' is not true or false",
                    "services[1].phones[0].always_open": "is not true or false"}


def test_a_json_form_that_is_not_json_or_not_an_object_is_refused():
    with pytest.raises(DirectoryError, match="not JSON"):
        from_json_bytes(b'{"services": [', source="d.json")
    with pytest.raises(DirectoryError, match="not the HSDS JSON form"):
        from_json_bytes(b"[]", source="d.json")
    with pytest.raises(DirectoryError, match="not UTF-8"):
        from_json_bytes(b'{"name": "\xff"}', source="d.json")


def test_a_json_form_without_its_edition_date_is_refused():
    document = json.loads(to_json_bytes(small_directory()))
    del document["published"]
    with pytest.raises(DirectoryError) as caught:
        from_json_bytes(json.dumps(document).encode(), source="d.json")
    assert [p.field for p in caught.value.problems] == ["published"]


def test_a_nested_record_that_names_another_parent_is_refused():
    document = json.loads(to_json_bytes(small_directory()))
    document["services"][0]["phones"][0]["service_id"] = YOUTH
    with pytest.raises(DirectoryError) as caught:
        from_json_bytes(json.dumps(document).encode(), source="d.json")
    assert caught.value.problems[0].field == "services[0].phones[0].service_id"


# --- the fast paths say what the slow ones say ---------------------------------------

_NUMBER = st.text(alphabet="0123456789 +-().", min_size=1, max_size=18)


@settings(max_examples=300, deadline=None)
@given(_NUMBER)
def test_the_number_check_refuses_what_the_settings_check_refuses(number):
    try:
        check_help_line_number(number)
        settings_ok = True
    except WellnessError:
        settings_ok = False
    ours = pkg._number_problem(number)
    if settings_ok and pkg._DIALABLE.fullmatch(number):
        assert ours is None
    if not settings_ok:
        assert ours is not None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_NUMBER, st.sampled_from(
    ["988", "+1 202 555 0143", "07700 900123", "116 123", "1111", "0123456789"])),
    min_size=1, max_size=40))
def test_the_column_check_of_numbers_finds_what_a_number_by_number_check_finds(numbers):
    table = pkg._Table("phone", "phone.csv", {"number": numbers}, lines=range(2, 2 + len(numbers)))
    problems = pkg._Problems()
    pkg._check_numbers(table, problems)
    found = {p.line for p in problems.kept}
    expected = {i + 2 for i, n in enumerate(numbers) if n and pkg._number_problem(n)}
    assert found == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.uuids().map(str), st.text(max_size=40)), min_size=65,
                max_size=120))
def test_the_column_check_of_ids_finds_what_a_cell_by_cell_check_finds(values):
    columns = {c.name: [""] * len(values) for c in hsds.TABLES["attribute"]}
    columns["link_id"] = values
    table = pkg._Table("attribute", "attribute.csv", columns, lines=range(2, 2 + len(values)))
    problems = pkg._Problems()
    pkg._check_cells(table, problems)
    found = {p.line for p in problems.kept if p.field == "link_id" and "UUID" in p.message}
    expected = {i + 2 for i, v in enumerate(values)
                if v and not re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", v)}
    assert found == expected


# --- writing on a full disk ------------------------------------------------------------


def test_a_package_written_to_a_full_disk_is_said_and_leaves_the_folder_as_it_was(tmp_path):
    from tests.mounts import fill, small_filesystem

    with small_filesystem(tmp_path / "small", 256) as disk:
        folder = disk / "package"
        folder.mkdir()
        (folder / "service.csv").write_text("an older export", encoding="utf-8")
        fill(disk, leave_bytes=20_000)
        big = make_directory(60, countries=5, seed=2)
        with pytest.raises(WellnessError, match="the disk is full") as caught:
            write_package(big, folder)
        assert str(folder) in str(caught.value)
        assert sorted(p.name for p in folder.iterdir()) == ["service.csv"]
        assert (folder / "service.csv").read_text(encoding="utf-8") == "an older export"


def test_a_translation_given_twice_names_both_lines(written):
    records = rows(written, "translation")
    first = next(i for i, r in enumerate(records) if r["record_id"] == YOUTH)
    put_rows(written, "translation", [*records, dict(records[first], translation="Autre")])
    [problem] = refused(written)
    assert (problem.file, problem.line, problem.field) == (
        "translation.csv", len(records) + 2, "translation")
    assert f"given twice (first at line {first + 2})" in problem.message


def test_reading_a_package_leaves_the_csv_field_limit_of_the_other_readers_alone(written):
    # frictionless lifts it process-wide; the program and locations CSVs keep theirs.
    import csv

    before = csv.field_size_limit()
    read_package(written)
    assert csv.field_size_limit() == before
