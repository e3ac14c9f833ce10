"""Reading, checking and writing a directory package: HSDS 3.0 CSV tables or the JSON form.

A package is a folder of `<table>.csv` files (the tables of `hsds.TABLES`) with a
Frictionless `datapackage.json`, or one `.json` file in the HSDS JSON form (services with
their phones, schedules, languages, areas and attributes nested, as HSDS 3.0's
`service.json`). Both read into the same `model.Directory`, through the same checks:

- every cell against OUR Table Schema of its table (built from `hsds.TABLES`; the schema a
  package declares is never used, because its sender controls it): required, enum, uuid,
  uri, email, date, boolean, "%H:%M" times;
- our rules: ids unique per table, every reference resolves, real ISO 3166-1 countries and
  ISO 639 languages, real IANA zones, weekdays, dialable and never fictional numbers, an
  always-open line without hours, pairs of at least two, every active service reachable.

Every problem names its file, its line (as a spreadsheet shows it: the header is line 1)
or, in the JSON form, its record path ("services[3].phones[0]"), and its field. All of
them are collected (up to `MAX_PROBLEMS`) before the package is refused with
`DirectoryError`: nothing of a refused package is returned, so nothing is installed.

What a read returns is canonical (`canonical()`): organizations, services and contacts by
id, kinds in `KINDS` order, languages and areas sorted, hours by weekday. The ids of the
rows the model does not keep (languages, areas, schedules, attributes, terms) are made
from what they link (uuid5), so the same directory always writes the same bytes.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import errno
import gc
import hashlib
import io
import itertools
import json
import operator
import os
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from .. import paths
from ..errors import WellnessError
from ..messages import joined, msg, unlabelled
from . import hsds, iso_codes
from .model import (
    KINDS,
    LANGUAGES,
    TAXONOMY,
    WEEKDAYS,
    Area,
    Contact,
    Directory,
    Hours,
    Organization,
    Service,
)

SHIPPED = paths.ASSETS / "resources"
DATAPACKAGE = "datapackage.json"
DIRECTORY_JSON = "directory.json"  # the JSON form, written beside the CSV tables
MAX_PROBLEMS = 200  # past this a package is wrong throughout: the first ones say how
SHOWN_PROBLEMS = 20  # in the message; all of `problems` for a reader that lists them
# frictionless checks the first rows of each table as well (see _frictionless_sample).
FRICTIONLESS_ROWS = 200
REQUIRED_TABLES = ("organization", "service")
# Ids of the rows the model does not keep are uuid5 of what they link, in this namespace.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, hsds.PROFILE)

# The kinds as taxonomy terms (HSDS requires a name and a description for each).
KIND_TERMS = {
    "crisis-line": ("Crisis line", "A line answering people in crisis, often around the clock."),
    "counselling": ("Counselling and therapy", "Talking therapy with a trained counsellor."),
    "financial-aid": ("Financial aid", "Grants and money help for people who need it."),
    "substance-use": ("Substance use", "Support with alcohol and drugs."),
    "peer-support": ("Peer support", "Support from people with lived experience."),
    "music-industry": ("Music industry", "Services for people who work in music."),
}


@dataclass(frozen=True)
class Problem:
    file: str  # "phone.csv", "datapackage.json", "directory.json"
    line: int | None  # CSV: the line as a spreadsheet shows it (header = 1); None otherwise
    field: str | None  # the column, or the JSON path of the field ("services[3].name")
    message: str

    def __str__(self) -> str:
        return self.describe()

    def describe(self) -> str:
        """The problem as a line of the refusal (a Message, each part translated)."""
        if self.line and self.field:
            return msg("{file} line {line}, field {field}: {problem}", file=self.file,
                       line=self.line, field=self.field, problem=self.message)
        if self.line:
            return msg("{file} line {line}: {problem}", file=self.file, line=self.line,
                       problem=self.message)
        if self.field:
            return msg("{file}, field {field}: {problem}", file=self.file, field=self.field,
                       problem=self.message)
        return msg("{file}: {problem}", file=self.file, problem=self.message)


class DirectoryError(WellnessError):
    """A package that was refused whole; `problems` lists what is wrong and where."""

    def __init__(self, problems: Sequence[Problem], *, more: int = 0) -> None:
        self.problems = list(problems)
        self.more = more  # problems found past MAX_PROBLEMS, not kept
        total = len(self.problems) + more
        rest = total - min(total, SHOWN_PROBLEMS)
        # One problem a line, as the program CSV's import says them (schedule_io).
        lines: list[str] = [
            msg("the directory package was refused, nothing was changed: 1 problem:")
            if total == 1 else
            msg("the directory package was refused, nothing was changed: {count} problems:",
                count=total)]
        lines += [p.describe() for p in self.problems[:SHOWN_PROBLEMS]]
        if rest:
            lines.append(msg("… and {rest} more", rest=rest))
        text = joined(lines)
        first = self.problems[0] if self.problems else None
        super().__init__(text, field=first.field if first else None,
                         line=first.line if first else None)


class _Problems:
    """The problems found so far: one per file, line and field (the first found)."""

    def __init__(self) -> None:
        self.kept: list[Problem] = []
        self.more = 0
        self._seen: set[tuple[str, int | None, str | None]] = set()

    def add(self, problem: Problem) -> None:
        key = (problem.file, problem.line, problem.field)
        if key in self._seen:
            return
        self._seen.add(key)
        if len(self.kept) < MAX_PROBLEMS:
            self.kept.append(problem)
        else:
            self.more += 1

    def lines_with_problems(self, file: str, *, whole_line: bool = False) -> set[int | None]:
        """The lines of a file with a problem (only problems about the whole line)."""
        return {line for f, line, field in self._seen
                if f == file and (field is None or not whole_line)}

    def __bool__(self) -> bool:
        return bool(self.kept)

    def refuse(self) -> None:
        if self.kept:
            raise DirectoryError(self.kept, more=self.more)


# ---------------------------------------------------------------------------------------
# Table Schemas


def table_schema(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema of one table, as written in datapackage.json."""
    fields = []
    for column in hsds.TABLES[table]:
        descriptor: dict[str, Any] = {"name": column.name, "type": column.type}
        if column.format:
            descriptor["format"] = column.format
        constraints: dict[str, Any] = {}
        if column.required:
            constraints["required"] = True
        if column.enum:
            constraints["enum"] = list(column.enum)
        if constraints:
            descriptor["constraints"] = constraints
        if column.type == "boolean":
            descriptor["trueValues"] = ["true"]
            descriptor["falseValues"] = ["false"]
        fields.append(descriptor)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if any(c.name == "id" for c in hsds.TABLES[table]):
        schema["primaryKey"] = ["id"]
    return schema


def datapackage(directory: Directory) -> dict[str, Any]:
    """The datapackage.json of a directory: our schemas, the HSDS version and this profile."""
    return {
        "profile": "tabular-data-package",
        "name": directory.name,
        "title": directory.title,
        "hsds_version": hsds.HSDS_VERSION,
        "hsds_profile": hsds.PROFILE,
        "published": _datetime_text(directory.published),
        "created": _datetime_text(directory.published),  # the Data Package standard's name
        "resources": [
            {"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource",
             "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
             "schema": table_schema(table)}
            for table in hsds.TABLES
        ],
    }


# ---------------------------------------------------------------------------------------
# The cells: the Table Schema's types, checked a whole column at a time
#
# Measured (bench/resources.py: 50,000 services, 830,000 rows over nine tables, on this
# project's 2-core machine): frictionless's row-by-row validation costs 17 µs a row with
# every field a plain string and about 70 µs with our types (each uuid, uri and date cell
# goes through `validators`, `rfc3986` or `strptime`, a Python call or three per cell;
# cProfile puts 90% of its time in Field.cell_reader): 15 to 60 s, against the 10 s
# for the whole import. So frictionless validates each table's header and first
# FRICTIONLESS_ROWS rows against our Table Schema (a small package, the shipped one, it
# checks entirely), and this module checks every cell of every row against the same
# schema a column at a time, each distinct value once, in C where it can (joined-column
# regexes, str.translate, set and map): about 1 µs a row. The read of the bench's package
# takes about 7 s of CPU, of which the csv module's parsing is 1.6 s and building the
# frozen dataclasses of the Directory 1.7 s.

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_URI = re.compile(r"https?://[^\s/?#]+[^\s]*")
_EMAIL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_REGION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_DIALABLE = re.compile(r"\+?[0-9(][0-9 ().\-]*")  # as settings.check_help_line_number
_BOOLEANS = {"true": True, "false": False}


def _date_problem(value: str) -> str | None:
    if _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return None
        except ValueError:
            pass
    return msg("{value} is not a date (YYYY-MM-DD, e.g. 2025-03-31)", value=repr(value))


def _cell_check(column: hsds.Column) -> Callable[[str], str | None]:
    """The Table Schema check of one non-empty cell: None, or what is wrong with it."""
    if column.enum:
        allowed = frozenset(column.enum)
        listed = ", ".join(column.enum)
        return lambda v: None if v in allowed else msg("{value} is not one of: {listed}",
                                                       value=repr(v), listed=listed)
    if column.type == "date":
        return _date_problem
    if column.type == "boolean":
        return lambda v: None if v in _BOOLEANS else msg("{value} is not true or false",
                                                         value=repr(v))
    if column.type == "time":
        return lambda v: None if _TIME.fullmatch(v) else msg(
            "{value} is not a time (HH:MM, 00:00 to 23:59)", value=repr(v))
    if column.format == "uuid":
        return lambda v: None if _UUID.fullmatch(v) else msg("{value} is not a UUID",
                                                             value=repr(v))
    if column.format == "uri":
        return lambda v: None if _URI.fullmatch(v) else msg(
            "{value} is not a web address (http:// or https://)", value=repr(v))
    if column.format == "email":
        return lambda v: None if _EMAIL.fullmatch(v) else msg(
            "{value} is not an email address", value=repr(v))
    return _any_text


def _any_text(value: str) -> str | None:
    return None


# ---------------------------------------------------------------------------------------
# Tables as read, before they become a Directory


@dataclass
class _Table:
    """One table's records, a column at a time; each record knows where it came from."""

    name: str
    file: str
    columns: dict[str, Sequence[str]]  # every column ("" where the file has none)
    lines: Sequence[int] | None = None  # CSV: each record's line
    paths: list[str] | None = None  # JSON: each record's path
    sample: bytes = b""  # CSV: its header and first rows, for frictionless
    header: list[str] | None = None  # CSV: its columns, in the file's order

    def where(self, i: int, field: str | None) -> tuple[int | None, str | None]:
        if self.lines is not None:
            return self.lines[i], field
        assert self.paths is not None
        path = self.paths[i]
        return None, f"{path}.{field}" if field else path

    def problem(self, i: int, field: str | None, message: str) -> Problem:
        line, where = self.where(i, field)
        return Problem(self.file, line, where, message)


def _empty_table(name: str, file: str, *, csv_form: bool) -> _Table:
    columns: dict[str, Sequence[str]] = {c.name: () for c in hsds.TABLES[name]}
    return _Table(name, file, columns, [] if csv_form else None, None if csv_form else [])


@dataclass(frozen=True)
class _Meta:
    published: datetime | None
    name: str
    title: str


# ---------------------------------------------------------------------------------------
# Reading


def read_package(path: Path) -> Directory:
    """The directory a package holds: a folder with datapackage.json, or a .json file.

    Raises DirectoryError (every problem with its file, line or record, and field) if
    anything is wrong; then nothing is returned.
    """
    path = Path(path)
    if path.is_dir():
        with _no_cycle_collection():
            return _read_folder(path)
    if not path.exists():
        raise DirectoryError([Problem(path.name, None, None,
                                      msg("there is no file or folder {path}", path=path))])
    if path.suffix.lower() != ".json":
        raise DirectoryError([Problem(
            path.name, None, None, msg("is not a directory package: give a folder with "
            "datapackage.json and one CSV file per table, or the HSDS JSON form (.json)"))])
    return from_json_bytes(_read_bytes(path, path.name), source=path.name)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused while a package is read or written.

    A big package makes millions of small lists, tuples and records, none in a cycle, and
    each batch of them set the collector scanning the whole growing heap again: a third of
    the read of the 50,000-service bench. It runs once at the end instead.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def from_json_bytes(data: bytes, *, source: str) -> Directory:
    """The directory of the HSDS JSON form (`to_json_bytes`), checked as a package is.

    `source` names the file in problems (e.g. "directory.json", or the hub's address).
    """
    with _no_cycle_collection():
        return _from_json(data, source)


def _from_json(data: bytes, source: str) -> Directory:
    problems = _Problems()
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise DirectoryError([Problem(source, None, None, msg(
            "is not UTF-8 text (byte {byte})", byte=e.start + 1))]) from None
    except json.JSONDecodeError as e:
        raise DirectoryError([Problem(source, e.lineno, None, msg(
            "is not JSON: {reason} (column {column})", reason=e.msg, column=e.colno))]) from None
    except RecursionError:
        raise DirectoryError([Problem(source, None, None, msg(
            "is not the HSDS JSON form: its objects are nested thousands deep"))]) from None
    if not isinstance(document, dict):
        raise DirectoryError([Problem(source, None, None, msg(
            "is not the HSDS JSON form (an object with services)"))])
    tables, meta = _tables_from_json(document, source, problems)
    return _directory(tables, meta, problems)


def _read_bytes(path: Path, file: str) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise DirectoryError([Problem(file, None, None, msg("is a folder, not a file"))]
                             ) from None
    except OSError as e:
        raise DirectoryError([Problem(file, None, None, msg(
            "cannot be read ({reason})", reason=e.strerror or e))]) from None


def _read_folder(folder: Path) -> Directory:
    problems = _Problems()
    descriptor_path = folder / DATAPACKAGE
    if not descriptor_path.exists():
        raise DirectoryError([Problem(DATAPACKAGE, None, None, msg(
            "{folder} is not a directory package: it has no datapackage.json (a package is "
            "a folder of CSV tables described by datapackage.json, or one .json file)",
            folder=folder))])
    raw = _read_bytes(descriptor_path, DATAPACKAGE)
    try:
        descriptor = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DirectoryError([Problem(DATAPACKAGE, None, None, msg("is not UTF-8 text"))]
                             ) from None
    except json.JSONDecodeError as e:
        raise DirectoryError([Problem(DATAPACKAGE, e.lineno, None, msg(
            "is not JSON: {reason} (column {column})", reason=e.msg, column=e.colno))]
                             ) from None
    if not isinstance(descriptor, dict):
        raise DirectoryError([Problem(DATAPACKAGE, None, None, msg(
            "is not a data package descriptor (a JSON object)"))])
    meta = _meta(descriptor, DATAPACKAGE, "hsds_profile", problems)
    files = _listed_tables(descriptor, problems)
    tables: dict[str, _Table] = {}
    for table, file in files.items():
        read = _read_csv(folder / file, table, file, problems)
        if read is not None:
            tables[table] = read
    if problems:
        # A table missing or unreadable would make every reference to it look broken:
        # the cells of the tables that were read are still checked, the references not.
        for t in tables.values():
            _check_cells(t, problems)
            _frictionless_sample(t, problems)
        problems.refuse()
    for table in hsds.TABLES:
        tables.setdefault(table, _empty_table(table, f"{table}.csv", csv_form=True))
    return _directory(tables, meta, problems)


def _meta(document: dict[str, Any], file: str, profile_key: str,
          problems: _Problems) -> _Meta:
    version = document.get("hsds_version")
    if version != hsds.HSDS_VERSION:
        problems.add(Problem(file, None, "hsds_version", (
            msg("is {version}: this app reads HSDS {hsds} packages", version=repr(version),
                hsds=hsds.HSDS_VERSION)
            if version is not None else msg("is missing (this app reads HSDS 3.0 packages)"))))
    profile = document.get(profile_key)
    if profile is not None and profile != hsds.PROFILE:
        problems.add(Problem(file, None, profile_key, msg(
            "is {profile}, another profile than this app's ({ours})", profile=repr(profile),
            ours=hsds.PROFILE)))
    published: datetime | None = None
    # "created" is the Data Package standard's own name for it, that other tools write.
    text = document.get("published", document.get("created"))
    if not isinstance(text, str) or not text:
        problems.add(Problem(file, None, "published", msg(
            "is missing: the date and time the curator made this edition (UTC)")))
    else:
        try:
            published = datetime.fromisoformat(text)
        except ValueError:
            problems.add(Problem(file, None, "published", msg(
                "{text} is not a date and time (e.g. 2026-03-01T12:00:00Z)", text=repr(text))))
        else:
            if published.tzinfo is None:
                problems.add(Problem(file, None, "published", msg(
                    "{text} has no time zone: add Z for UTC", text=repr(text))))
                published = None
            else:
                published = published.astimezone(UTC)
    name, title = document.get("name", ""), document.get("title", "")
    for key, value in (("name", name), ("title", title)):
        if not isinstance(value, str):
            problems.add(Problem(file, None, key, msg("is not text")))
    return _Meta(published, name if isinstance(name, str) else "",
                 title if isinstance(title, str) else "")


def _listed_tables(descriptor: dict[str, Any], problems: _Problems) -> dict[str, str]:
    """table -> its CSV file name, as datapackage.json lists them (our schemas, not its)."""
    resources = descriptor.get("resources")
    if not isinstance(resources, list):
        problems.add(Problem(DATAPACKAGE, None, "resources",
                             msg("is missing: a data package lists its tables in resources")))
        return {}
    files: dict[str, str] = {}
    listed: set[str] = set()
    for i, resource in enumerate(resources):
        where = f"resources[{i}]"
        if not isinstance(resource, dict):
            problems.add(Problem(DATAPACKAGE, None, where, msg("is not a table description")))
            continue
        name, file = resource.get("name"), resource.get("path")
        if name not in hsds.TABLES:
            problems.add(Problem(DATAPACKAGE, None, f"{where}.name", msg(
                "{name} is not a table this app reads ({tables})", name=repr(name),
                tables=", ".join(hsds.TABLES))))
            continue
        if name in listed:
            problems.add(Problem(DATAPACKAGE, None, f"{where}.name",
                                 msg("the table {name} is listed twice", name=name)))
            continue
        listed.add(name)
        # Only a plain file name inside the folder: a descriptor must not point elsewhere.
        if (not isinstance(file, str) or not file or "/" in file or "\\" in file
                or file.startswith(".")):
            problems.add(Problem(DATAPACKAGE, None, f"{where}.path", msg(
                "{file} is not a CSV file in the package folder (e.g. {example})",
                file=repr(file), example=f"{name}.csv")))
            continue
        files[name] = file
    for table in REQUIRED_TABLES:
        if table not in listed:
            problems.add(Problem(DATAPACKAGE, None, "resources",
                                 msg("lists no {table} table: a directory needs one",
                                     table=table)))
    return files


def _read_csv(path: Path, table: str, file: str, problems: _Problems) -> _Table | None:
    if not path.exists():
        problems.add(Problem(file, None, None, msg(
            "is missing: datapackage.json lists it as the {table} table", table=table)))
        return None
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        problems.add(Problem(file, None, None, msg("is a folder, not a CSV file")))
        return None
    except OSError as e:
        problems.add(Problem(file, None, None, msg("cannot be read ({reason})",
                                                   reason=e.strerror or e)))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line, field = _locate_byte(raw, e.start)
        problems.add(Problem(file, line, field,
                             msg("is not UTF-8 text (save the sheet as “CSV UTF-8”)")))
        return None
    known = {c.name: c for c in hsds.TABLES[table]}
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        problems.add(Problem(file, 1, None, msg("the header line cannot be read ({reason})",
                                                reason=e)))
        return None
    if not header:
        problems.add(Problem(file, 1, None, msg("is empty: the first line names the columns")))
        return None
    header = [label.strip() for label in header]  # "id, name" as a hand-edited header has it
    header_ok = True
    seen: set[str] = set()
    for label in header:
        if label in seen:
            problems.add(Problem(file, 1, label, msg("this column is named twice")))
            header_ok = False
        seen.add(label)
        if label not in known:
            problems.add(Problem(file, 1, label or "(blank)", msg(
                "unknown column: the {table} table has {known}", table=table,
                known=", ".join(known))))
            header_ok = False
    for column in hsds.TABLES[table]:
        if column.required and column.name not in seen:
            problems.add(Problem(file, 1, column.name, msg("this required column is missing")))
            header_ok = False
    if not header_ok:
        return None
    width = len(header)
    try:
        records = list(reader)
    except csv.Error as e:
        problems.add(Problem(file, reader.line_num, None, msg("cannot be read as CSV ({reason})",
                                                              reason=e)))
        return None
    # A record's line is its place after the header (a quoted line break stays in one
    # record, as a spreadsheet shows it), kept as a list only if some lines are left out.
    # What frictionless reads: the header and first records written again as CSV, cells
    # as they are (given the whole file, it reads every byte of it, 0.17 s for 30 MB).
    sample = io.StringIO(newline="")
    csv.writer(sample, lineterminator="\r\n").writerows([header, *records[:FRICTIONLESS_ROWS]])
    lines: Sequence[int] = range(2, len(records) + 2)
    odd = [] if set(map(len, records)) <= {width} and all(map(any, records)) else [
        i for i, record in enumerate(records) if len(record) != width or not any(record)]
    if odd:
        for i in odd:
            if any(records[i]):  # a blank line is left out quietly
                problems.add(Problem(file, i + 2, None, msg(
                    "has {fields} fields where the header has {width}",
                    fields=len(records[i]), width=width)))
        left_out = set(odd)
        lines = [i + 2 for i in range(len(records)) if i not in left_out]
        records = [r for i, r in enumerate(records) if i not in left_out]
    by_position = list(zip(*records, strict=True)) if records else [()] * width
    columns: dict[str, Sequence[str]] = dict(zip(header, by_position, strict=True))
    n = len(records)
    for column in hsds.TABLES[table]:
        columns.setdefault(column.name, [""] * n)
    return _Table(table, file, columns, lines=lines, sample=sample.getvalue().encode("utf-8"),
                  header=header)


def _locate_byte(raw: bytes, offset: int) -> tuple[int, str | None]:
    """The line (record) and column of a byte in a CSV file, for an encoding problem."""
    before = raw[:offset].decode("utf-8", "replace")
    records = list(csv.reader(io.StringIO(before, newline="")))
    line = max(len(records), 1)
    header = records[0] if records else []
    if line == 1 or not records:
        return line, None
    index = len(records[-1]) - 1
    return line, header[index] if 0 <= index < len(header) else None


def _frictionless_sample(t: _Table, problems: _Problems) -> None:
    """frictionless's report on the header and first rows of a CSV, against our schema.

    Run after this module's own checks: a cell is named once, in our words, and a line
    we said something about gets no second row-level problem.
    """
    if t.header is None:
        return
    # frictionless lifts the csv module's field limit for the whole process when its CSV
    # parser is first imported; every other CSV reader of the app (the program, the
    # locations) keeps the standard limit, so it is put back.
    limit = csv.field_size_limit()
    try:
        _frictionless_report(t, problems)
    finally:
        csv.field_size_limit(limit)


def _frictionless_report(t: _Table, problems: _Problems) -> None:
    import frictionless

    assert t.header is not None
    raw, file, header = t.sample, t.file, t.header
    known = {f["name"]: f for f in table_schema(t.name)["fields"]}
    schema = {"fields": [known[label] for label in header], "missingValues": [""]}
    resource = frictionless.Resource(
        raw, schema=frictionless.Schema.from_descriptor(schema), format="csv",
        encoding="utf-8", detector=frictionless.Detector(schema_sync=False))
    try:
        report = resource.validate(limit_rows=FRICTIONLESS_ROWS, limit_errors=MAX_PROBLEMS)
    except frictionless.FrictionlessException as e:
        problems.add(Problem(file, None, None, msg("frictionless could not read it: {note}",
                                                   note=e.error.note)))
        return
    said = problems.lines_with_problems(file, whole_line=True)
    said_cells = problems.lines_with_problems(file)
    for task in report.tasks:
        for error in task.errors:
            if error.type in ("blank-row",):
                continue  # blank lines are skipped on purpose
            line = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None)
            if line in said or (field is None and line in said_cells):
                continue
            # frictionless's own English words, as it gives them: nothing here to translate.
            problems.add(Problem(file, line, field, joined([error.title.lower(), error.note],
                                                           ": ")))


def _tables_from_json(document: dict[str, Any], source: str,
                      problems: _Problems) -> tuple[dict[str, _Table], _Meta]:
    """The HSDS JSON form, flattened into the tables a CSV package has."""
    meta = _meta(document, source, "profile", problems)
    top = {"hsds_version", "profile", "published", "name", "title", "organizations",
           "services", "translations"}
    for key in document:
        if key not in top:
            problems.add(Problem(source, None, key, msg(
                "unknown field: the HSDS JSON form has {known}", known=", ".join(sorted(top)))))

    def records(value: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
        if value is None:
            return []
        if not isinstance(value, list):
            problems.add(Problem(source, None, path, msg("is not a list")))
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                out.append((f"{path}[{i}]", item))
            else:
                problems.add(Problem(source, None, f"{path}[{i}]", msg("is not an object")))
        return out

    # Records are taken as rows (a tuple of the table's fields, in C by map) and turned
    # into columns at the end, each column's types checked at once: a big directory has a
    # third of a million records, and a Python loop over each one's fields cost 11 µs each.
    names = {table: tuple(c.name for c in columns) for table, columns in hsds.TABLES.items()}
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in hsds.TABLES}
    paths: dict[str, list[str]] = {table: [] for table in hsds.TABLES}
    # table -> link column -> (the records nested in a parent, the parent's id for each)
    links: dict[str, dict[str, tuple[list[int], list[str]]]] = {
        table: defaultdict(lambda: ([], [])) for table in hsds.TABLES}
    nesting = {"service": ("organization", "phones", "schedules", "languages",
                           "service_areas", "attributes"),
               "phone": ("languages", "schedules"), "attribute": ("taxonomy_term",)}
    allowed = {table: frozenset(names[table]) | frozenset(nesting.get(table, ()))
               for table in hsds.TABLES}

    def add(table: str, path: str, record: dict[str, Any],
            parent: dict[str, str] | None = None) -> str:
        """One record into its table; `parent` fills (or must match) its link columns.

        Returns the record's id (or "" if it has none that is text)."""
        if not record.keys() <= allowed[table]:
            for key in record:
                if key not in allowed[table]:
                    problems.add(Problem(source, None, f"{path}.{key}", msg(
                        "unknown field: a {table} has {known}", table=table,
                        known=", ".join(sorted(allowed[table])))))
        table_rows = rows[table]
        if parent:
            for name, given in parent.items():
                at, expected = links[table][name]
                at.append(len(table_rows))
                expected.append(given)
        table_rows.append(tuple(map(record.get, names[table])))
        paths[table].append(path)
        own_id = record.get("id")
        return own_id if isinstance(own_id, str) else ""

    for path, org in records(document.get("organizations"), "organizations"):
        add("organization", path, org)
    terms: dict[str, tuple[str, dict[str, Any]]] = {}
    for path, service in records(document.get("services"), "services"):
        organization = service.get("organization")
        parent_org: dict[str, str] = {}
        if isinstance(organization, dict) and isinstance(organization.get("id"), str):
            parent_org = {"organization_id": organization["id"]}
        elif organization is not None:
            problems.add(Problem(source, None, f"{path}.organization",
                                 msg("is not an organization object with an id")))
        service_id = add("service", path, service, parent_org)
        sid = {"service_id": service_id}
        for p_path, phone in records(service.get("phones"), f"{path}.phones"):
            pid = {"phone_id": add("phone", p_path, phone, sid)}
            for l_path, language in records(phone.get("languages"), f"{p_path}.languages"):
                add("language", l_path, language, pid)
            for s_path, schedule in records(phone.get("schedules"), f"{p_path}.schedules"):
                add("schedule", s_path, schedule, {**sid, **pid})
        for s_path, schedule in records(service.get("schedules"), f"{path}.schedules"):
            add("schedule", s_path, schedule, sid)
        for l_path, language in records(service.get("languages"), f"{path}.languages"):
            add("language", l_path, language, sid)
        for a_path, area in records(service.get("service_areas"), f"{path}.service_areas"):
            add("service_area", a_path, area, sid)
        for a_path, attribute in records(service.get("attributes"), f"{path}.attributes"):
            term = attribute.get("taxonomy_term")
            term_id: dict[str, str] = {}
            if isinstance(term, dict):
                term_key = term.get("id")
                if isinstance(term_key, str) and term_key:
                    term_id = {"taxonomy_term_id": term_key}
                    if term_key not in terms:
                        terms[term_key] = (f"{a_path}.taxonomy_term", term)
                    elif terms[term_key][1] != term:
                        problems.add(Problem(source, None, f"{a_path}.taxonomy_term", msg(
                            "differs from the term {term} given at {given_at}",
                            term=term_key, given_at=terms[term_key][0])))
            elif term is not None:
                problems.add(Problem(source, None, f"{a_path}.taxonomy_term",
                                     msg("is not a taxonomy term object")))
            add("attribute", a_path, attribute, {"link_id": service_id, **term_id})
    for t_path, term in terms.values():
        add("taxonomy_term", t_path, term)
    for path, translation in records(document.get("translations"), "translations"):
        add("translation", path, translation)
    tables = {table: _json_table(table, source, rows[table], paths[table], links[table],
                                 problems) for table in hsds.TABLES}
    return tables, meta


def _json_table(table: str, source: str, rows: list[tuple[Any, ...]], paths: list[str],
                links: dict[str, tuple[list[int], list[str]]], problems: _Problems) -> _Table:
    """The JSON form's records of one table as its columns of text: null is "", true and
    false are "true" and "false" in a boolean field, anything else not text is a problem;
    a link left out is the parent's, a link that differs from it a problem."""
    booleans = {c.name for c in hsds.TABLES[table] if c.type == "boolean"}
    by_position = list(zip(*rows, strict=True)) if rows else [()] * len(hsds.TABLES[table])
    columns: dict[str, Sequence[str]] = {}
    for column, values in zip(hsds.TABLES[table], by_position, strict=True):
        name = column.name
        cells = list(values)
        if not set(map(type, cells)) <= {str}:
            for i, value in enumerate(cells):
                if value.__class__ is str:
                    continue
                if value is None:
                    cells[i] = ""
                elif value.__class__ is bool and name in booleans:
                    cells[i] = "true" if value else "false"
                else:
                    problems.add(Problem(source, None, f"{paths[i]}.{name}", (
                        msg("is not true or false") if name in booleans else msg("is not text"))))
                    cells[i] = ""
        if name in links:
            at, expected = links[name]
            if [cells[i] for i in at] != expected:
                for i, given in zip(at, expected, strict=True):
                    if not cells[i]:
                        cells[i] = given
                    elif cells[i] != given:
                        problems.add(Problem(source, None, f"{paths[i]}.{name}", msg(
                            "is {value} but the record it is nested in is {given}",
                            value=repr(cells[i]), given=repr(given))))
        columns[name] = cells
    return _Table(table, source, columns, paths=paths)


# ---------------------------------------------------------------------------------------
# The checks, then the Directory


@cache
def _zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


@cache
def _fictional_check() -> Callable[[str], str]:
    from ..settings import check_help_line_number

    return check_help_line_number


# What settings.check_help_line_number refuses, loosened: a number none of these match
# passes it, so the 100,000 numbers of a big package skip its regular expressions.
_MAYBE_FICTIONAL = re.compile(
    r"55501|79460|7700900|1632960|(\d)\1{5}|^(\d)\2{3,}$|012345|123456|234567|345678|"
    r"456789|567890|678901|789012|890123|901234|987654|876543|765432|654321|543210|432109|"
    r"321098|210987|109876|098765", re.MULTILINE)
_NOT_DIGITS = str.maketrans("", "", " ().-+")
# The same, for a whole column of numbers joined by line breaks (empty ones are required
# cells, said elsewhere; here they fail the match and are checked one by one).
_DIALABLE_ALL = re.compile(r"\+?[0-9(][0-9 ().\-]*(?:\n\+?[0-9(][0-9 ().\-]*)*")
_DIGIT_COUNTS = re.compile(r"\d{3,15}(?:\n\d{3,15})*")


def _number_problem(number: str) -> str | None:
    """Why a phone number cannot be listed (not dialable, fictional, a placeholder), or None."""
    if not _DIALABLE.fullmatch(number) or not any(ch.isdigit() for ch in number):
        return msg("{number} is not a phone number (digits, spaces, + - ( ) . only, "
                   "e.g. +44 800 123 4567 or 988)", number=repr(number))
    digits = number.translate(_NOT_DIGITS)
    if 3 <= len(digits) <= 15 and not _MAYBE_FICTIONAL.search(digits):
        return None  # nothing the settings' check below could refuse
    try:
        _fictional_check()(number)
    except WellnessError as e:
        # The settings' check, which words its messages for the help line setting.
        return unlabelled(e.args[0], "help line number")
    return None


# An address column (nearly all values distinct) is matched at once: its distinct values
# joined by line breaks against one pattern, in C. Only a column that fails is checked a
# value at a time, to name its cells. A value with a line break of its own fails the
# joined match and is then checked as itself.
_BULK = {
    "uuid": _UUID.pattern, "uri": _URI.pattern.replace(r"[^\s]", r"\S"),
    "email": _EMAIL.pattern, "time": _TIME.pattern, "date": _DATE.pattern,
}


_HEX_AS_H = str.maketrans("0123456789abcdefABCDEF", "h" * 22)
_UUID_SHAPE = "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh"


def _bulk_pattern(column: hsds.Column) -> re.Pattern[str] | None:
    if column.enum:
        one = "|".join(re.escape(v) for v in column.enum)
    elif column.type == "boolean":
        one = "true|false"
    elif column.type in ("time", "date"):
        one = _BULK[column.type]
    elif column.format in _BULK:
        one = _BULK[column.format]
    else:
        return None
    return re.compile(f"(?:{one})?(?:\n(?:{one})?)*")


_BULK_PATTERNS = {(table, c.name): _bulk_pattern(c)
                  for table, columns in hsds.TABLES.items() for c in columns}


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _check_numbers(phone: _Table, problems: _Problems) -> None:
    """Every number dialable, none fictional: the whole column matched at once, and only
    the numbers the loosened pattern finds given to the settings' check."""
    numbers = phone.columns["number"]
    joined = "\n".join(numbers)
    digits = joined.translate(_NOT_DIGITS)
    if not (_DIALABLE_ALL.fullmatch(joined) and _DIGIT_COUNTS.fullmatch(digits)):
        suspects: Iterable[int] = range(len(numbers))
    else:
        found = [m.start() for m in _MAYBE_FICTIONAL.finditer(digits)]
        # Where each number's digits start in `digits`, to know whose digits matched.
        starts = list(itertools.accumulate(map(len, digits.split("\n")),
                                           lambda at, n: at + n + 1, initial=0)) if found else []
        suspects = sorted({bisect.bisect_right(starts, at) - 1 for at in found})
    for i in suspects:
        if numbers[i]:
            message = _number_problem(numbers[i])
            if message is not None:
                problems.add(phone.problem(i, "number", message))


def _check_cells(t: _Table, problems: _Problems) -> None:
    for column in hsds.TABLES[t.name]:
        values = t.columns[column.name]
        check = _cell_check(column)
        if check is not _any_text:
            pattern = _BULK_PATTERNS[(t.name, column.name)]
            distinct = set(values)
            distinct.discard("")
            if column.format == "uuid":
                # Every hex digit made "h": all the ids then have one shape (5x a regex).
                shapes = set("\n".join(distinct).translate(_HEX_AS_H).split("\n"))
                ok = shapes <= {_UUID_SHAPE, ""}
            elif column.format in ("uri", "email") and pattern is not None:
                ok = pattern.fullmatch("\n".join(distinct)) is not None
            else:  # enums, dates, times (few distinct values): each distinct one checked
                ok = False
            if distinct and not ok:
                bad: dict[str, str] = {}
                for value in distinct:
                    message = check(value)
                    if message is not None:
                        bad[value] = message
                if bad:
                    for i, value in enumerate(values):
                        if value in bad:
                            problems.add(t.problem(i, column.name, bad[value]))
        if column.required and "" in values:
            for i, value in enumerate(values):
                if value == "":
                    problems.add(t.problem(i, column.name, msg("is empty: it is required")))


def _check_values(t: _Table, column: str, problem: Callable[[str], str | None],
                  problems: _Problems, *, cache_values: bool = True) -> None:
    """Our rule for the non-empty values of a column, each distinct value checked once."""
    values = t.columns[column]
    bad = {}
    for value in set(values) if cache_values else values:
        if value:
            message = problem(value)
            if message is not None:
                bad[value] = message
    if bad:
        for i, value in enumerate(values):
            if value in bad:
                problems.add(t.problem(i, column, bad[value]))


def _unique_ids(t: _Table, problems: _Problems) -> dict[str, int]:
    """id -> its record; a repeated id is a problem at each repeat."""
    ids = t.columns["id"]
    index = dict(zip(ids, range(len(ids)), strict=True))  # in C; the last of a repeat wins
    index.pop("", None)
    if len(index) == len(ids):
        return index
    index = {}
    for i, key in enumerate(ids):
        if key in index:
            line, field = t.where(index[key], None)
            problems.add(t.problem(i, "id", msg(
                "{key} is used twice in {table} (first at line {line})", key=repr(key),
                table=t.name, line=line) if line else msg(
                "{key} is used twice in {table} (first at {first})", key=repr(key),
                table=t.name, first=field)))
        elif key:
            index[key] = i
    return index


def _no_such_id(table: str, key: str) -> str:
    """A reference to a record that is not there, in a sentence for its table."""
    if table == "organization":
        return msg("no organization has the id {key}", key=repr(key))
    if table == "service":
        return msg("no service has the id {key}", key=repr(key))
    if table == "phone":
        return msg("no phone has the id {key}", key=repr(key))
    if table == "taxonomy_term":
        return msg("no taxonomy term has the id {key}", key=repr(key))
    return msg("no {table} has the id {key}", table=table, key=repr(key))


def _byday_problem(value: str) -> str | None:
    days = value.split(",")
    wrong = [d for d in days if d not in WEEKDAYS]
    if wrong:
        return msg("{value} is not a list of weekdays ({weekdays}, comma separated, "
                   "e.g. MO,TU,WE)", value=repr(value), weekdays=",".join(WEEKDAYS))
    if len(set(days)) != len(days):
        return msg("{value} names a weekday twice", value=repr(value))
    return None


def _directory(tables: dict[str, _Table], meta: _Meta, problems: _Problems) -> Directory:
    for t in tables.values():
        _check_cells(t, problems)
        _frictionless_sample(t, problems)
    svc, phone = tables["service"], tables["phone"]
    lang, area, sched = tables["language"], tables["service_area"], tables["schedule"]
    term, attr, trans = tables["taxonomy_term"], tables["attribute"], tables["translation"]
    ids = {name: _unique_ids(t, problems) for name, t in tables.items() if name != "translation"}
    org_ix, svc_ix, phone_ix, term_ix = (ids["organization"], ids["service"], ids["phone"],
                                         ids["taxonomy_term"])
    zones = _zones()
    def not_a_zone(v: str) -> str | None:
        return None if v in zones else msg(
            "{value} is not an IANA time zone (e.g. Europe/Paris, America/New_York)",
            value=repr(v))

    _check_values(svc, "tzid", not_a_zone, problems)
    _check_values(sched, "tzid", not_a_zone, problems)
    _check_values(area, "country", lambda v: None if v in iso_codes.COUNTRIES else msg(
        "{value} is not an ISO 3166-1 country code (two capital letters, e.g. FR)",
        value=repr(v)), problems)
    languages = iso_codes.LANGUAGES_639_1 | iso_codes.LANGUAGES_639_3
    _check_values(lang, "code", lambda v: None if v in languages else msg(
        "{value} is not an ISO 639 language code (e.g. en, fr, or a 639-3 code)",
        value=repr(v)), problems)
    _check_values(trans, "language", lambda v: None if v in LANGUAGES else msg(
        "{value} is not a language names are translated into ({languages})", value=repr(v),
        languages=", ".join(LANGUAGES)), problems)
    _check_values(sched, "byday", _byday_problem, problems)
    _check_numbers(phone, problems)

    def must_exist(t: _Table, column: str, index: dict[str, int], what: str) -> None:
        missing = set(t.columns[column]) - index.keys() - {""}
        if missing:
            for i, key in enumerate(t.columns[column]):
                if key in missing:
                    problems.add(t.problem(i, column, _no_such_id(what, key)))

    must_exist(svc, "organization_id", org_ix, "organization")
    must_exist(phone, "service_id", svc_ix, "service")
    must_exist(area, "service_id", svc_ix, "service")
    must_exist(sched, "service_id", svc_ix, "service")
    must_exist(sched, "phone_id", phone_ix, "phone")
    must_exist(lang, "service_id", svc_ix, "service")
    must_exist(lang, "phone_id", phone_ix, "phone")
    must_exist(attr, "link_id", svc_ix, "service")
    must_exist(attr, "taxonomy_term_id", term_ix, "taxonomy_term")

    phone_service = phone.columns["service_id"]
    svc_tz = dict(zip(svc.columns["id"], svc.columns["tzid"], strict=True))
    for i, (sid, pid, tz) in enumerate(zip(sched.columns["service_id"],
                                           sched.columns["phone_id"], sched.columns["tzid"],
                                           strict=True)):
        if pid in phone_ix and sid and phone_service[phone_ix[pid]] != sid:
            problems.add(sched.problem(i, "phone_id", msg(
                "the phone {phone} belongs to the service {service}, not to {other}",
                phone=pid, service=phone_service[phone_ix[pid]], other=sid)))
        if tz and sid in svc_tz and svc_tz[sid] and tz != svc_tz[sid]:
            problems.add(sched.problem(i, "tzid", msg(
                "is {zone} but the service's zone is {service_zone}: this profile keeps a "
                "service's hours in the service's own zone", zone=tz, service_zone=svc_tz[sid])))
    # Each rule over a big table is first tested whole with C-level builtins (map, set,
    # all) and walked row by row only when it fails, to name the rows.
    sids, pids = lang.columns["service_id"], lang.columns["phone_id"]
    for i in () if all(map(operator.xor, map(bool, sids), map(bool, pids))) else range(len(sids)):
        if bool(sids[i]) == bool(pids[i]):
            problems.add(lang.problem(i, "service_id", msg(
                "a language is for a service or for a phone: give exactly one of service_id "
                "and phone_id")))
    for i, region in enumerate(area.columns["region"] if any(area.columns["region"]) else ()):
        country = area.columns["country"][i]
        if region and not (_REGION.fullmatch(region) and region[:2] == country):
            problems.add(area.problem(i, "region", msg(
                "{region} is not an ISO 3166-2 subdivision of {country} (e.g. {country}-CA)",
                region=repr(region), country=country) if country else msg(
                "{region} is not an ISO 3166-2 subdivision of its country (e.g. US-CA)",
                region=repr(region))))
    for key in set(attr.columns["taxonomy_term_id"]):
        if key in term_ix:
            j = term_ix[key]
            taxonomy, code = term.columns["taxonomy"][j], term.columns["code"][j]
            if taxonomy != TAXONOMY:
                problems.add(term.problem(j, "taxonomy", msg(
                    "is {taxonomy}: a service's kinds are terms of the taxonomy {ours}",
                    taxonomy=repr(taxonomy), ours=TAXONOMY)))
            elif code not in KINDS:
                problems.add(term.problem(j, "code", msg(
                    "{code} is not a kind ({kinds})", code=repr(code), kinds=", ".join(KINDS))))
    # Translations: of an existing record, a field it has, once. Gathered here as the
    # Directory holds them (table -> field -> record -> language -> text), a language
    # given twice for one field of one record found on the way.
    tables_ix = {"organization": org_ix, "service": svc_ix, "phone": phone_ix}
    t_tables, t_records = trans.columns["table_name"], trans.columns["record_id"]
    t_fields, t_languages = trans.columns["field_name"], trans.columns["language"]
    texts: dict[str, dict[str, dict[str, dict[str, str]]]] = {
        table: {"name": {}, "description": {}} for table in tables_ix}
    twice = []
    for i, (table, record, field, language, text) in enumerate(zip(
            t_tables, t_records, t_fields, t_languages, trans.columns["translation"],
            strict=True)):
        of_table = texts.get(table)
        of_field = of_table.get(field) if of_table is not None else None
        if of_field is None:
            continue  # not one of the enum's values: said by the cell check
        of_record = of_field.get(record)
        if of_record is None:
            of_field[record] = {language: text}
        elif language in of_record:
            twice.append(i)
        else:
            of_record[language] = text
    for i in twice:
        once = (t_tables[i], t_records[i], t_fields[i], t_languages[i])
        first = next(j for j in range(i) if (t_tables[j], t_records[j], t_fields[j],
                                             t_languages[j]) == once)
        line, where = trans.where(first, None)
        problems.add(trans.problem(i, "translation", msg(
            "the {field} of {table} {record} in {language} is given twice (first at line "
            "{line})", field=once[2], table=once[0], record=once[1], language=once[3],
            line=line) if line else msg(
            "the {field} of {table} {record} in {language} is given twice (first at "
            "{first})", field=once[2], table=once[0], record=once[1], language=once[3],
            first=where)))
    owner = {key: table for table, index in tables_ix.items() for key in index}
    fine = (all(map(operator.eq, map(owner.get, t_records), t_tables))
            and not any(map(operator.and_, map("phone".__eq__, t_tables),
                            map("name".__eq__, t_fields))))
    for i, (table, record, field) in enumerate(() if fine else zip(
            t_tables, t_records, t_fields, strict=True)):
        if table in tables_ix and record and record not in tables_ix[table]:
            problems.add(trans.problem(i, "record_id", _no_such_id(table, record)))
        if table == "phone" and field == "name":
            problems.add(trans.problem(i, "field_name", msg(
                "a phone has no name to translate, only its description")))
    # Hours per contact method; an always-open line has none.
    always = {key: phone.columns["always_open"][i] == "true" for key, i in phone_ix.items()}
    for i, pid in enumerate(sched.columns["phone_id"]):
        if always.get(pid):
            problems.add(sched.problem(i, "phone_id", msg(
                "the phone {phone} is always open: it has no hours", phone=pid)))
    phones_of: dict[str, list[int]] = defaultdict(list)
    for i, sid in enumerate(phone_service):
        phones_of[sid].append(i)
    for i, (sid, pid) in enumerate(zip(sched.columns["service_id"], sched.columns["phone_id"],
                                       strict=True)):
        if not pid and sid in svc_ix and not phones_of.get(sid):
            problems.add(sched.problem(i, "phone_id", msg(
                "these hours are for the service as a whole, but it has no phone: this "
                "profile keeps hours per contact method")))
    groups = Counter(g for g in svc.columns["pair_group"] if g)
    for i, (group, status, url, email, key) in enumerate(zip(
            svc.columns["pair_group"], svc.columns["status"], svc.columns["url"],
            svc.columns["email"], svc.columns["id"], strict=True)):
        if group and groups[group] < 2:
            problems.add(svc.problem(i, "pair_group", msg(
                "no other service is in the pair {group}: paired services are shown "
                "together, so a pair needs two or more", group=repr(group))))
        if status == "active" and not url and not email and not phones_of.get(key):
            problems.add(svc.problem(i, "id", msg(
                "this active service has no phone, web address or email: people could not "
                "reach it")))
    # A check dated after the edition (a typo: 2062) would keep a line "fresh" for ever
    # and past the print's stale refusal.
    if meta.published is not None:
        edition = meta.published.date().isoformat()
        for checked in (svc, phone):
            for i, value in enumerate(checked.columns["assured_date"]):
                if value > edition and _ISO_DAY.fullmatch(value):
                    problems.add(checked.problem(i, "assured_date", msg(
                        "checked on {day}, after the directory was published "
                        "({edition}): a check cannot be in the future", day=value,
                        edition=edition)))
    problems.refuse()
    assert meta.published is not None  # _meta said so otherwise
    return _build(tables, meta, texts)


def _build(tables: dict[str, _Table], meta: _Meta,
           texts: dict[str, dict[str, dict[str, dict[str, str]]]]) -> Directory:
    org, svc, phone = tables["organization"], tables["service"], tables["phone"]
    lang, area, sched = tables["language"], tables["service_area"], tables["schedule"]
    term, attr = tables["taxonomy_term"], tables["attribute"]
    # Each distinct day parsed once ("" is no date: dates.get gives None).
    dates = {value: date.fromisoformat(value)
             for value in {*phone.columns["assured_date"], *svc.columns["assured_date"]}
             if value}
    day = dates.get

    service_languages: dict[str, set[str]] = defaultdict(set)
    phone_languages: dict[str, set[str]] = defaultdict(set)
    for sid, pid, code in zip(lang.columns["service_id"], lang.columns["phone_id"],
                              lang.columns["code"], strict=True):
        (service_languages[sid] if sid else phone_languages[pid]).add(code)
    # Hours and areas repeat across a directory: one object for each distinct one.
    windows: dict[tuple[int, str, str], Hours] = {}
    hours: dict[str, set[tuple[int, str, str]]] = defaultdict(set)
    service_hours: dict[str, set[tuple[int, str, str]]] = defaultdict(set)
    weekday_of = {day: i for i, day in enumerate(WEEKDAYS)}
    for sid, pid, byday, opens, closes in zip(
            sched.columns["service_id"], sched.columns["phone_id"], sched.columns["byday"],
            sched.columns["opens_at"], sched.columns["closes_at"], strict=True):
        target = hours[pid] if pid else service_hours[sid]
        for weekday in byday.split(","):
            target.add((weekday_of[weekday], opens, closes))

    def hours_of(keys: set[tuple[int, str, str]]) -> tuple[Hours, ...]:
        out = []
        for k in sorted(keys):
            h = windows.get(k)
            if h is None:
                h = windows[k] = Hours(*k)
            out.append(h)
        return tuple(out)

    places: dict[tuple[str, str, str], Area] = {}
    areas: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for sid, name, country, region in zip(area.columns["service_id"], area.columns["name"],
                                          area.columns["country"], area.columns["region"],
                                          strict=True):
        areas[sid].add((country, region, name))

    def areas_of(keys: set[tuple[str, str, str]]) -> tuple[Area, ...]:
        out = []
        for k in sorted(keys):
            a = places.get(k)
            if a is None:
                a = places[k] = Area(*k)
            out.append(a)
        return tuple(out)

    term_code = dict(zip(term.columns["id"], term.columns["code"], strict=True))
    kinds: dict[str, set[str]] = defaultdict(set)
    for sid, key in zip(attr.columns["link_id"], attr.columns["taxonomy_term_id"], strict=True):
        kinds[sid].add(term_code[key])
    org_names = texts["organization"]["name"]
    org_descriptions = texts["organization"]["description"]
    organizations = tuple(sorted((
        Organization(id=key, name=name, description=description, website=website,
                     email=email, names=org_names.get(key) or {},
                     descriptions=org_descriptions.get(key) or {})
        for key, name, description, website, email in zip(
            org.columns["id"], org.columns["name"], org.columns["description"],
            org.columns["website"], org.columns["email"], strict=True)),
        key=lambda o: o.id))
    p, s = phone.columns, svc.columns
    phone_descriptions = texts["phone"]["description"]
    names, descriptions = texts["service"]["name"], texts["service"]["description"]
    no_hours: set[tuple[int, str, str]] = set()
    contacts_of: dict[str, list[Contact]] = defaultdict(list)
    # Column by column through zip, not row by row through indexes: 87,000 contacts and
    # 50,000 services in the bench.
    for pid, sid, number, type_, description, assured, source, always in zip(
            p["id"], p["service_id"], p["number"], p["type"], p["description"],
            p["assured_date"], p["source_url"], p["always_open"], strict=True):
        always_open = always == "true"
        own = hours.get(pid) or (no_hours if always_open else service_hours.get(sid))
        spoken = phone_languages.get(pid)
        contacts_of[sid].append(Contact(
            id=pid, number=number, type=type_, description=description,
            descriptions=phone_descriptions.get(pid) or {},
            languages=tuple(sorted(spoken)) if spoken else (),
            always_open=always_open, hours=hours_of(own) if own else (),
            assured_date=day(assured), source_url=source))
    kind_tuples: dict[frozenset[str], tuple[str, ...]] = {}

    def kinds_of(codes: set[str]) -> tuple[str, ...]:
        key = frozenset(codes)
        found = kind_tuples.get(key)
        if found is None:
            found = kind_tuples[key] = tuple(k for k in KINDS if k in key)
        return found

    services = []
    for (key, org_id, name, description, url, email, status, assured, tz,
         pair_group) in zip(s["id"], s["organization_id"], s["name"], s["description"],
                            s["url"], s["email"], s["status"], s["assured_date"], s["tzid"],
                            s["pair_group"], strict=True):
        contacts = contacts_of.get(key, ())
        if len(contacts) > 1:
            contacts.sort(key=lambda c: c.id)
        spoken = service_languages.get(key)
        services.append(Service(
            id=key, organization_id=org_id, name=name, status=status, tz=tz,
            description=description, url=url, email=email, assured_date=day(assured),
            kinds=kinds_of(kinds[key]) if key in kinds else (),
            areas=areas_of(areas[key]) if key in areas else (),
            languages=tuple(sorted(spoken)) if spoken else (),
            contacts=tuple(contacts), pair_group=pair_group,
            names=names.get(key) or {}, descriptions=descriptions.get(key) or {}))
    services.sort(key=lambda s: s.id)
    assert meta.published is not None
    return Directory(organizations=organizations, services=tuple(services),
                     published=meta.published, name=meta.name or Directory.name,
                     title=meta.title)


def _hours_key(h: Hours) -> tuple[int, str, str]:
    return (h.weekday, h.opens, h.closes)


def _area_key(a: Area) -> tuple[str, str, str]:
    return (a.country, a.region, a.name)


def canonical(directory: Directory) -> Directory:
    """The directory in the order a read gives: what `read_package(write_package(d))` equals.

    A record already in that order is kept as it is (a directory read from a package, or
    loaded from the store, is: nothing is copied then)."""
    def contact(c: Contact) -> Contact:
        languages = tuple(sorted(set(c.languages)))
        hours = tuple(sorted(set(c.hours), key=_hours_key))
        if languages == c.languages and hours == c.hours:
            return c
        return replace(c, languages=languages, hours=hours)

    def service(s: Service) -> Service:
        kinds = tuple(k for k in KINDS if k in s.kinds)
        areas = tuple(sorted(set(s.areas), key=_area_key))
        languages = tuple(sorted(set(s.languages)))
        contacts = tuple(sorted((contact(c) for c in s.contacts), key=lambda c: c.id))
        if (kinds == s.kinds and areas == s.areas and languages == s.languages
                and all(map(operator.is_, contacts, s.contacts))):
            return s
        return replace(s, kinds=kinds, areas=areas, languages=languages, contacts=contacts)

    return replace(directory,
                   organizations=tuple(sorted(directory.organizations, key=lambda o: o.id)),
                   services=tuple(sorted((service(s) for s in directory.services),
                                         key=lambda s: s.id)))


# ---------------------------------------------------------------------------------------
# Writing
#
# One build of the records serves the CSV tables and the JSON form. An empty field is None
# from the start: null in JSON, an empty cell in CSV (the csv module writes None as "").


def _row_id(*parts: str) -> str:
    """uuid5(_NAMESPACE, "a/b/c"), made straight from the hash: uuid.uuid5 costs 15 µs, and
    a 50,000-service directory has a quarter of a million such rows."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + "/".join(parts).encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_NAMESPACE_BYTES = _NAMESPACE.bytes


def _datetime_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class _Records:
    directory: Directory  # canonical
    organizations: list[dict[str, Any]]
    services: list[dict[str, Any]]  # each with its phones, languages... nested
    translations: list[dict[str, Any]]
    terms: list[dict[str, Any]]


def _records(directory: Directory) -> _Records:
    """The directory as HSDS records, nested as the JSON form nests them, each without
    its empty fields (HSDS leaves an optional field out; a CSV has an empty cell)."""
    d = canonical(directory)
    organizations = [_kept({"id": o.id, "name": o.name, "description": o.description,
                            "website": o.website, "email": o.email})
                     for o in d.organizations]
    translations: list[dict[str, Any]] = []

    def translated(table: str, record: str, field: str, texts: dict[str, str]) -> None:
        translations.extend(_kept({"table_name": table, "record_id": record,
                                   "field_name": field, "language": language,
                                   "translation": texts[language]})
                            for language in sorted(texts))

    for o in d.organizations:
        translated("organization", o.id, "name", o.names)
        translated("organization", o.id, "description", o.descriptions)
    terms = {code: {"id": _row_id("kind", code), "code": code, "name": KIND_TERMS[code][0],
                    "description": KIND_TERMS[code][1], "taxonomy": TAXONOMY}
             for code in KINDS}
    services = []
    for s in d.services:
        translated("service", s.id, "name", s.names)
        translated("service", s.id, "description", s.descriptions)
        phones = []
        for c in s.contacts:
            translated("phone", c.id, "description", c.descriptions)
            windows: dict[tuple[str, str], list[int]] = defaultdict(list)
            for h in c.hours:
                windows[(h.opens, h.closes)].append(h.weekday)
            phones.append(_kept({
                "id": c.id, "service_id": s.id, "number": c.number, "type": c.type,
                "description": c.description,
                "assured_date": c.assured_date.isoformat() if c.assured_date else None,
                "source_url": c.source_url, "always_open": c.always_open,
                "languages": [{"id": _row_id("phone-language", c.id, code), "phone_id": c.id,
                               "code": code} for code in c.languages],
                "schedules": [{"id": _row_id("schedule", c.id, opens, closes),
                               "service_id": s.id, "phone_id": c.id, "freq": "WEEKLY",
                               "byday": ",".join(WEEKDAYS[w] for w in sorted(set(days))),
                               "opens_at": opens, "closes_at": closes, "tzid": s.tz}
                              for (opens, closes), days in sorted(windows.items())],
            }))
        services.append(_kept({
            "id": s.id, "organization_id": s.organization_id,
            "organization": {"id": s.organization_id}, "name": s.name,
            "description": s.description, "url": s.url, "email": s.email, "status": s.status,
            "assured_date": s.assured_date.isoformat() if s.assured_date else None,
            "tzid": s.tz, "pair_group": s.pair_group, "phones": phones,
            "languages": [{"id": _row_id("service-language", s.id, code), "service_id": s.id,
                           "code": code} for code in s.languages],
            "service_areas": [_kept({"id": _row_id("area", s.id, a.country, a.region, a.name),
                                     "service_id": s.id, "name": a.name, "country": a.country,
                                     "region": a.region})
                              for a in s.areas],
            "attributes": [{"id": _row_id("attribute", s.id, code), "link_id": s.id,
                            "taxonomy_term_id": terms[code]["id"], "link_entity": "service",
                            "taxonomy_term": terms[code]} for code in s.kinds],
        }))
    return _Records(d, organizations, services, translations, list(terms.values()))


def to_json_bytes(directory: Directory) -> bytes:
    """The HSDS JSON form, canonical: the same directory always gives the same bytes.

    Sorted keys, no whitespace between tokens, every list in a fixed order (by id), an
    empty field left out: this is what the curator signs and the hub serves.
    """
    with _no_cycle_collection():
        return _json_bytes(_records(directory))


def _json_bytes(records: _Records) -> bytes:
    d = records.directory
    document = {
        "hsds_version": hsds.HSDS_VERSION, "profile": hsds.PROFILE,
        "published": _datetime_text(d.published), "name": d.name, "title": d.title,
        "organizations": records.organizations, "services": records.services,
        "translations": records.translations,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, allow_nan=False).encode("utf-8")


def _kept(record: dict[str, Any]) -> dict[str, Any]:
    """The record without its empty fields (false is a value, not an empty field)."""
    return {k: v for k, v in record.items() if v or v is False}


def _table_rows(records: _Records) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in hsds.TABLES}
    rows["organization"] = records.organizations
    rows["translation"] = records.translations
    rows["taxonomy_term"] = records.terms
    for s in records.services:
        rows["service"].append(s)
        rows["language"].extend(s.get("languages", ()))
        rows["service_area"].extend(s.get("service_areas", ()))
        rows["attribute"].extend(s.get("attributes", ()))
        for p in s.get("phones", ()):
            rows["phone"].append(p)
            rows["language"].extend(p.get("languages", ()))
            rows["schedule"].extend(p.get("schedules", ()))
    return rows


def write_package(directory: Directory, folder: Path) -> None:
    """Write the directory as a package: one CSV per table, datapackage.json, directory.json.

    The folder is made if need be; the files in it of the same names are replaced.
    """
    with _no_cycle_collection():
        _write_package(directory, Path(folder))


def _write_package(directory: Directory, folder: Path) -> None:
    records = _records(directory)
    rows = _table_rows(records)
    files: dict[str, bytes] = {}
    for table, columns in hsds.TABLES.items():
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        names = [c.name for c in columns]
        writer.writerow(names)
        if table == "phone":
            writer.writerows(_phone_cells(tuple(map(row.get, names))) for row in rows[table])
        else:
            writer.writerows(tuple(map(row.get, names)) for row in rows[table])
        files[f"{table}.csv"] = out.getvalue().encode("utf-8")
    files[DATAPACKAGE] = (json.dumps(datapackage(records.directory), indent=2,
                                     ensure_ascii=False) + "\n").encode("utf-8")
    files[DIRECTORY_JSON] = _json_bytes(records)
    # Each file written beside its place first, then all moved in: a full disk leaves the
    # folder as it was, never half a package.
    parts = [(folder / f"{name}.part", folder / name) for name in files]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for (part, _), data in zip(parts, files.values(), strict=True):
            part.write_bytes(data)
        for part, final in parts:
            os.replace(part, final)
    except OSError as e:
        for part, _ in parts:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        raise WellnessError(_write_error(folder, e)) from None


_ALWAYS_OPEN = [c.name for c in hsds.TABLES["phone"]].index("always_open")


def _phone_cells(cells: tuple[Any, ...]) -> tuple[Any, ...]:
    always = "true" if cells[_ALWAYS_OPEN] else "false"
    return (*cells[:_ALWAYS_OPEN], always, *cells[_ALWAYS_OPEN + 1:])


def _write_error(folder: Path, e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return msg("{folder}: the disk is full; the package was not written (the folder is "
                   "as it was). Make room and export again.", folder=folder)
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return msg("{folder}: this folder cannot be written to; choose another for the "
                   "package.", folder=folder)
    if e.errno in (errno.ENOTDIR, errno.EEXIST):
        return msg("{folder}: is a file, not a folder; choose a folder for the package.",
                   folder=folder)
    return msg("{folder}: the package could not be written ({reason}).", folder=folder,
               reason=e.strerror or e)
