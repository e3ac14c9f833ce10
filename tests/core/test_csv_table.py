"""The one CSV reader: what spreadsheets write goes in; what it cannot read names its line."""

from __future__ import annotations

import csv

import pytest

from wellness_desk.csv_table import NEVER_CLOSED, NOT_UTF8, Problem, read_table
from wellness_desk.errors import WellnessError

REQUIRED = ("name", "tag")
OPTIONAL = ("paper", "scan_distance")


def _read(tmp_path, content: str | bytes):
    path = tmp_path / "venues.csv"
    if isinstance(content, str):
        path.write_bytes(content.encode())
    else:
        path.write_bytes(content)
    return read_table(path, required=REQUIRED, optional=OPTIONAL,
                      aliases={"location": "name"}, no_rows="no venues after the header line")


def _rows(table) -> list[tuple[int, dict[str, str]]]:
    return [(row.line, row.values) for row in table.rows]


def _problems(table) -> list[tuple[int | None, str | None, str]]:
    return [(p.line, p.field, p.message) for p in table.problems]


@pytest.mark.parametrize("separator", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_the_separator_is_the_one_the_header_line_uses(tmp_path, separator):
    table = _read(tmp_path, f"name{separator}tag\n"
                            f'Chicago{separator}gr-chicago\n"Berlin, Mitte; Ost"{separator}gr-b\n')

    assert _problems(table) == []
    assert [(line, v["name"], v["tag"]) for line, v in _rows(table)] == [
        (2, "Chicago", "gr-chicago"), (3, "Berlin, Mitte; Ost", "gr-b")]


@pytest.mark.parametrize("hint", ["sep=;", "sep=,", "sep=\t", "sep=|"])
def test_excels_sep_line_names_the_separator_and_still_counts_as_line_one(tmp_path, hint):
    separator = hint[-1]
    # The other separators are text in a file that names its own.
    name = "Chicago" + "".join(f"{s}x" for s in ",;\t|" if s != separator)
    table = _read(tmp_path, f"{hint}\r\nname{separator}tag\r\n{name}{separator}gr-chicago\r\n")

    assert _problems(table) == []
    assert _rows(table) == [(3, {"name": name, "tag": "gr-chicago", "paper": "",
                                 "scan_distance": ""})]


def test_a_bom_before_the_header_or_the_sep_line_is_not_part_of_a_name(tmp_path):
    plain = _read(tmp_path, b"\xef\xbb\xbfname;tag\nChicago;gr-chicago\n")
    hinted = _read(tmp_path, b"\xef\xbb\xbfsep=;\nname;tag\nChicago;gr-chicago\n")

    assert _problems(plain) == _problems(hinted) == []
    assert [v["name"] for _, v in _rows(plain)] == [v["name"] for _, v in _rows(hinted)] == [
        "Chicago"]


def test_columns_in_any_order_any_case_with_spaces_or_hyphens_and_by_an_alias(tmp_path):
    table = _read(tmp_path, "Scan Distance,TAG,Location\n1.5,gr-a,Main stage\n")

    assert _problems(table) == []
    assert _rows(table) == [(2, {"name": "Main stage", "tag": "gr-a", "paper": "",
                                 "scan_distance": "1.5"})]
    assert _rows(_read(tmp_path, "scan-distance,tag,name\n2,gr-a,A\n"))[0][1][
        "scan_distance"] == "2"


def test_blank_lines_are_skipped_and_lines_are_the_files_own_counting_quoted_line_breaks(
        tmp_path):
    table = _read(tmp_path, 'name,tag\n\nChicago,gr-chicago\n"Berlin\r\nMitte",gr-b\n'
                            ' , \n\n"Paris\n\nnord",gr-p\nLyon,gr-l')

    assert _problems(table) == []
    assert [(line, v["name"]) for line, v in _rows(table)] == [
        (3, "Chicago"), (4, "Berlin\r\nMitte"), (8, "Paris\n\nnord"), (11, "Lyon")]


def test_blank_fields_past_the_header_are_ignored_and_filled_ones_are_named(tmp_path):
    table = _read(tmp_path, "name,tag\nChicago,gr-chicago,,\nBerlin,gr-b, ,x\nParis\n")

    assert [(line, v["name"], v["tag"]) for line, v in _rows(table)] == [
        (2, "Chicago", "gr-chicago"), (4, "Paris", "")]
    assert _problems(table) == [
        (3, None, "4 fields but the header has 2 (a separator inside a field needs quotes)")]


def test_a_quote_never_closed_names_the_line_and_field_it_opens_on(tmp_path):
    table = _read(tmp_path, 'name,tag,paper\nChicago,gr-chicago,a4\n"Berlin\nMitte",gr-b,"a3\n'
                            "Paris,gr-p,a4\n")

    assert [line for line, _ in _rows(table)] == [2]
    assert _problems(table) == [(4, "paper", NEVER_CLOSED)]
    assert table.problems[0].describe(table.file) == (
        f"venues.csv line 4, field paper: {NEVER_CLOSED}")


def test_a_quote_never_closed_in_the_header_leaves_no_rows(tmp_path):
    table = _read(tmp_path, 'name,"tag\nChicago,gr-chicago\n')

    assert table.rows == []
    assert _problems(table) == [(1, None, NEVER_CLOSED)]


@pytest.fixture
def csv_limit():
    """The csv module's standard field limit, set here: it is process-wide, and a library
    that lifts it (frictionless does, for the resource packages, which put it back) would
    make the field past it too big to build."""
    before = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(before)


def test_a_line_the_csv_module_cannot_read_is_named_and_reading_stops(tmp_path, csv_limit):
    huge = "x" * (csv.field_size_limit() + 1)
    table = _read(tmp_path, f"name,tag\nChicago,gr-chicago\n\nBerlin,{huge}\nParis,gr-p\n")

    assert [line for line, _ in _rows(table)] == [2]
    assert _problems(table) == [(4, None, "cannot be read as CSV (field larger than field "
                                          f"limit ({csv.field_size_limit()}))")]


@pytest.mark.parametrize(("header", "problems"), [
    ("tag,paper", ["missing column: name (needed: name, tag)"]),
    ("paper", ["missing columns: name, tag (needed: name, tag)"]),
    ("name,tag,room", ["unknown column 'room' (the columns are: name, tag, paper, "
                       "scan_distance)"]),
    ("name,tag,Location", ["column 'name' appears twice"]),
    ("name,tag,,paper", ["column 3 has no name"]),
    (" , ", ["the first line must name the columns: name, tag, paper, scan_distance"]),
    ("Name,Name,Paper,paper", ["column 'name' appears twice", "column 'paper' appears twice",
                               "missing column: tag (needed: name, tag)"]),
], ids=["missing-one", "missing-two", "unknown", "alias-twice", "no-name", "blank",
        "each-problem"])
def test_a_header_the_file_cannot_be_read_by_is_refused_on_its_line(tmp_path, header,
                                                                      problems):
    table = _read(tmp_path, f"sep=,\n{header}\nChicago,gr-chicago,a4\n")

    assert table.rows == []
    assert _problems(table) == [(2, None, p) for p in problems]


@pytest.mark.parametrize(("content", "problem"), [
    (b"", (1, None, "the file is empty (the first line names the columns: name, tag, paper, "
                    "scan_distance)")),
    (b"\xef\xbb\xbf\r\n \r\n", (1, None, "the file is empty (the first line names the "
                                         "columns: name, tag, paper, scan_distance)")),
    (b"sep=;\n", (2, None, "the first line must name the columns: name, tag, paper, "
                           "scan_distance")),
    (b"name,tag\n\n , \n", (3, None, "no venues after the header line")),
    (b"name,tag\nChicago,gr-chicago\nK\xf6ln,gr-k\n", (3, None, NOT_UTF8)),
], ids=["empty", "bom-and-blanks", "sep-only", "header-only", "latin-1"])
def test_a_file_with_nothing_to_read_says_why_on_its_line(tmp_path, content, problem):
    table = _read(tmp_path, content)

    assert table.rows == []
    assert _problems(table) == [problem]


def test_a_file_that_is_not_there_is_named_with_its_path(tmp_path):
    with pytest.raises(WellnessError, match=r"nowhere\.csv: cannot read it \(No such file"):
        read_table(tmp_path / "nowhere.csv", required=REQUIRED,
                   no_rows="no venues after the header line")


def test_a_problem_names_file_line_and_field_as_far_as_it_knows_them():
    assert Problem(3, "tag", "is empty").describe("v.csv") == "v.csv line 3, field tag: is empty"
    assert Problem(3, None, "2 fields").describe("v.csv") == "v.csv line 3: 2 fields"
    assert Problem(None, None, "a clash").describe("v.csv") == "v.csv: a clash"
