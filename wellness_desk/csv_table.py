"""The one reader for the CSV files people bring: the workshop program and the locations batch.

It takes what spreadsheets write: a UTF-8 BOM, Excel's `sep=;` first line, `,`, `;` or tab
separators (whichever the header line uses), columns in any order under a few spellings,
blank lines and blank trailing fields. Anything else it cannot read is a `Problem` naming the
line (the file's own line, counting each line of a quoted line break) and, where it can, the
field; the caller adds its own problems about the values and reports them all.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import WellnessError
from .messages import msg

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

NOT_UTF8 = msg("is not UTF-8 text (save the sheet as “CSV UTF-8”)")
NEVER_CLOSED = msg("a quote opens here and is never closed (the rest of the file would be this "
                   "one field)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Excel writes "sep=;" as the first line when the separator is not the locale's own.
_SEP_HINT = re.compile(r"sep=(.)")
_SEPARATORS = (",", ";", "\t")


@dataclass(frozen=True)
class Problem:
    line: int | None  # None: the file as a whole
    field: str | None  # None: the line as a whole
    message: str

    def describe(self, file: str) -> str:
        """The problem as every import reports it: "program.csv line 3, field start: …"."""
        if self.line and self.field:
            return msg("{file} line {line}, field {field}: {problem}", file=file,
                       line=self.line, field=self.field, problem=self.message)
        if self.line:
            return msg("{file} line {line}: {problem}", file=file, line=self.line,
                       problem=self.message)
        if self.field:
            return msg("{file}, field {field}: {problem}", file=file, field=self.field,
                       problem=self.message)
        return msg("{file}: {problem}", file=file, problem=self.message)


@dataclass(frozen=True)
class Row:
    line: int  # where the record starts (a quoted line break makes it run on)
    values: dict[str, str]  # every known column, stripped; "" for a column the file lacks


@dataclass
class Table:
    file: str  # the file's name, as problems name it
    rows: list[Row]
    problems: list[Problem]

    def _add(self, line: int | None, field: str | None, message: str) -> None:
        self.problems.append(Problem(line, field, message))


def read_table(path: str | os.PathLike[str], *, required: Sequence[str],
               optional: Sequence[str] = (), aliases: Mapping[str, str] | None = None,
               no_rows: str) -> Table:
    """The rows of a CSV whose header names `required` (and any of `optional`) columns.

    A header cell is matched in any case, with spaces or hyphens for underscores, and
    through `aliases` (spelling → column). `no_rows` is the problem of a file with a header
    and nothing under it, one whole sentence (`msg("no workshops after the header line")`).
    A row the reader cannot take is left out and its problem listed; a problem with the
    header or the file leaves no rows at all.
    Raises WellnessError only when the file cannot be read from the disk.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise WellnessError(msg("{path}: cannot read it ({reason})",
                                path=path, reason=e.strerror)) from e
    table = Table(path.name, [], [])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        table._add(raw[: e.start].count(b"\n") + 1, None, NOT_UTF8)
        return table
    known = (*required, *optional)
    if not text.strip():
        table._add(1, None, msg("the file is empty (the first line names the columns: "
                                "{known})", known=", ".join(known)))
        return table
    lines = _Lines(text)
    first_line = _LINE_BREAK.split(text, maxsplit=1)[0]
    hint = _SEP_HINT.fullmatch(first_line.strip(" "))
    if hint:
        next(lines)
        delimiter = hint.group(1)
    else:
        counts = {d: first_line.count(d) for d in _SEPARATORS}
        delimiter = max(_SEPARATORS, key=lambda d: counts[d])
        if not counts[delimiter]:
            delimiter = ","
    columns: dict[str, int] | None = None
    width = 0
    try:
        for line, cells in _records(lines, delimiter):
            if columns is None:
                columns = _columns(cells, line, required, known, aliases or {}, table)
                if columns is None:
                    return table
                width = len(cells)
                continue
            if not any(cell.strip() for cell in cells):
                continue
            if any(cell.strip() for cell in cells[width:]):
                table._add(line, None, msg("{fields} fields but the header has {width} (a "
                                           "separator inside a field needs quotes)",
                                           fields=len(cells), width=width))
                continue
            values = dict.fromkeys(known, "")
            values.update({name: cells[i].strip() for name, i in columns.items()
                           if i < len(cells)})
            table.rows.append(Row(line, values))
    except _Unreadable as e:
        named = {i: name for name, i in (columns or {}).items()}
        table._add(e.line, named.get(e.index) if e.index is not None else None, e.message)
        return table
    if columns is None:
        table._add(lines.count + 1, None, msg("the first line must name the columns: "
                                              "{known}", known=", ".join(known)))
    elif not table.rows and not table.problems:
        table._add(lines.count, None, no_rows)
    return table


def _columns(header: list[str], line: int, required: Sequence[str], known: Sequence[str],
             aliases: Mapping[str, str], table: Table) -> dict[str, int] | None:
    """Each known column's place in the header, or None (and the problems) when it is not
    a header this file can be read by."""
    if not any(cell.strip() for cell in header):
        table._add(line, None, msg("the first line must name the columns: {known}",
                                   known=", ".join(known)))
        return None
    columns: dict[str, int] = {}
    before = len(table.problems)
    for i, cell in enumerate(header):
        key = re.sub(r"[\s\-]+", "_", cell.strip().casefold())
        key = aliases.get(key, key)
        if not key:
            table._add(line, None, msg("column {number} has no name", number=i + 1))
        elif key not in known:
            table._add(line, None, msg("unknown column {column} (the columns are: "
                                       "{known})",
                                       column=repr(cell.strip()), known=", ".join(known)))
        elif key in columns:
            table._add(line, None, msg("column {key} appears twice", key=repr(key)))
        else:
            columns[key] = i
    missing = [c for c in required if c not in columns]
    if missing:
        needed = ", ".join(required)
        table._add(line, None, msg("missing columns: {missing} (needed: {needed})",
                                   missing=", ".join(missing), needed=needed)
                   if len(missing) > 1 else
                   msg("missing column: {missing} (needed: {needed})",
                       missing=missing[0], needed=needed))
    return None if len(table.problems) > before else columns


class _Unreadable(Exception):
    def __init__(self, line: int, index: int | None, message: str) -> None:
        super().__init__(message)
        self.line, self.index, self.message = line, index, message


class _Lines:
    """The text's lines for csv.reader, counted, noting when it asked past the last one."""

    def __init__(self, text: str) -> None:
        self._lines = iter(io.StringIO(text, newline=""))
        self.count = 0
        self.ended = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            line = next(self._lines)
        except StopIteration:
            self.ended = True
            raise
        self.count += 1
        return line


def _records(lines: _Lines, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on; _Unreadable where the CSV breaks."""
    reader = csv.reader(lines, delimiter=delimiter)
    while True:
        line = lines.count + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise _Unreadable(line, None, msg("cannot be read as CSV ({reason})", reason=e)) from e
        if lines.ended:
            # Only an open quote makes the reader ask past the end and still give a record
            # (Python's lenient csv closes it silently at the end of the file).
            opened = line + sum(len(_LINE_BREAK.findall(cell)) for cell in cells[:-1])
            raise _Unreadable(opened, len(cells) - 1, NEVER_CLOSED)
        yield line, cells
