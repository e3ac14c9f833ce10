"""Suppression: no subtraction, and no bound a reader can work out, gives a small figure back.

The attacker here is independent of the module's own audit: a linear program (SciPy's HiGHS)
over everything a reader sees — each shown figure, every row and column equation, and what
the marks say ("<5" is 1 to 4, "–" is at least 5, nothing is negative) — asked for the
least and the most each blanked figure can be. The equations' matrix is totally unimodular,
so both ends are whole numbers a real table can take: a blanked figure is safe exactly when
they differ. That covers every subtraction (any sum and difference of shown figures) and
every combination of them with the bounds.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from wellness_desk.suppression import (
    FOOTNOTE_HIDDEN,
    FOOTNOTE_SMALL,
    HIDDEN,
    SMALL,
    Figure,
    suppress,
    therapy_table,
)

THRESHOLD = 5


def _range(unknowns: list[str], bounds: dict[str, tuple[float, float]],
           equations: list[tuple[dict[str, int], int]], target: str) -> tuple[float, float]:
    """The least and the most `target` can be (math.inf when nothing caps it)."""
    index = {name: k for k, name in enumerate(unknowns)}
    a_eq = [[0] * len(unknowns) for _ in equations]
    b_eq = []
    for row, (coefficients, constant) in enumerate(equations):
        for name, c in coefficients.items():
            a_eq[row][index[name]] += c
        b_eq.append(constant)
    box = [(bounds[n][0], None if math.isinf(bounds[n][1]) else bounds[n][1]) for n in unknowns]
    ends = []
    for sense in (1, -1):
        objective = [0] * len(unknowns)
        objective[index[target]] = sense
        result = linprog(objective, A_eq=a_eq or None, b_eq=b_eq or None, bounds=box,
                         method="highs")
        if result.status == 3:  # unbounded
            ends.append(-math.inf if sense == 1 else math.inf)
            continue
        assert result.status == 0, f"the reader's view has no solution: {result.message}"
        ends.append(sense * result.fun)
    return ends[0], ends[1]


def _bound(figure: Figure, withheld: bool) -> tuple[float, float]:
    """What a reader knows from a mark; a table withheld whole says nothing but "not
    negative" (it is the one case with every figure blanked and none marked "<5")."""
    if withheld:
        return 0, math.inf
    return (1, THRESHOLD - 1) if figure.why == SMALL else (THRESHOLD, math.inf)


def _attack_table(table: list[list[int]]) -> dict[str, tuple[int, float, float]]:
    """Every blanked figure of suppress(table): its true value and the reader's range."""
    out = suppress(table)
    rows, columns = len(table), len(table[0])
    grid = [[*row, sum(row)] for row in table]
    grid.append([sum(grid[i][j] for i in range(rows)) for j in range(columns + 1)])
    shown = [[*out.cells[i], out.row_totals[i]] for i in range(rows)]
    shown.append([*out.column_totals, out.total])
    term: dict[tuple[int, int], str] = {}
    bounds = {}
    known: dict[tuple[int, int], int] = {}
    for i in range(rows + 1):
        for j in range(columns + 1):
            f = shown[i][j]
            if f.shown:
                assert f.value == grid[i][j], "a shown figure must be the true one"
                known[(i, j)] = grid[i][j]
            else:
                assert f.value is None, "a blanked figure must not carry its value"
                term[(i, j)] = f"x{i}_{j}"
                bounds[term[(i, j)]] = _bound(f, out.withheld)
    equations = []
    for i in range(rows + 1):  # each row's cells add up to its total
        _equation(equations, term, known, [(i, j) for j in range(columns)], (i, columns))
    for j in range(columns + 1):  # each column's cells add up to its total
        _equation(equations, term, known, [(i, j) for i in range(rows)], (rows, j))
    names = list(term.values())
    return {name: (grid[i][j], *_range(names, bounds, equations, name))
            for (i, j), name in term.items()}


def _equation(equations: list[tuple[dict[str, int], int]], term: dict[tuple[int, int], str],
              known: dict[tuple[int, int], int], parts: list[tuple[int, int]],
              total: tuple[int, int]) -> None:
    coefficients: dict[str, int] = {}
    constant = 0
    for cell, sign in [(p, 1) for p in parts] + [(total, -1)]:
        if cell in term:
            coefficients[term[cell]] = coefficients.get(term[cell], 0) + sign
        else:
            constant -= sign * known[cell]
    if coefficients:
        equations.append((coefficients, constant))
    else:
        assert constant == 0


counts = st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 40))
tables = st.integers(1, 5).flatmap(lambda width: st.lists(
    st.lists(counts, min_size=width, max_size=width), min_size=1, max_size=6))


@settings(max_examples=120, deadline=None)
@given(tables)
def test_no_blanked_figure_of_any_table_can_be_worked_out(table: list[list[int]]) -> None:
    for name, (true, low, high) in _attack_table(table).items():
        assert low <= true <= high, f"{name}: the reader's range {low}..{high} misses {true}"
        assert low < high, f"{name} = {true} can be worked out from {table}"


@settings(max_examples=300, deadline=None)
@given(tables)
def test_every_small_figure_is_blanked_and_only_what_is_needed_goes(
        table: list[list[int]]) -> None:
    out = suppress(table)
    grid = [[*row, sum(row)] for row in table]
    figures = [[*out.cells[i], out.row_totals[i]] for i in range(len(table))]
    grid.append([sum(col) for col in zip(*grid, strict=True)])
    figures.append([*out.column_totals, out.total])
    if out.withheld:  # too small to show: nothing is, and nothing says "<5"
        assert all(f.text() == "–" for row in figures for f in row)
        assert any(0 < v < THRESHOLD for row in grid for v in row)
        return
    for values, shown_row in zip(grid, figures, strict=True):
        for value, figure in zip(values, shown_row, strict=True):
            if 0 < value < THRESHOLD:
                assert figure.why == SMALL and figure.text() == "<5"
            elif value == 0:
                assert figure.shown and figure.text() == "0", "a zero singles no one out"
            else:
                assert figure.why in (None, HIDDEN)
    if all(v == 0 or v >= THRESHOLD for row in grid for v in row):
        assert out.hidden == 0, "nothing small, nothing hidden"


def test_the_subtractions_the_issue_names_give_nothing_back() -> None:
    # Weeks of (offered, booked, held, no-show): no-show 2 in week 1 and 3 in week 3.
    weeks = [("W1", 10, 9, 7, 2), ("W2", 10, 8, 8, 0), ("W3", 12, 11, 8, 3)]
    table = therapy_table(weeks)
    w1 = table.rows[0]
    assert w1.no_show.text() == "<5"
    # booked − held = no-show: held may not be shown beside a shown booked figure.
    assert not (w1.booked.shown and w1.held.shown)
    # total − the other weeks: the total no-show (5) cannot be shown beside week 2's.
    assert not table.total.no_show.shown or not table.rows[2].no_show.shown
    assert table.total.offered.value == 32, "slots are not people: offered stays exact"
    assert table.footnotes == (FOOTNOTE_SMALL, FOOTNOTE_HIDDEN)


therapy_weeks = st.lists(
    st.tuples(st.one_of(st.just(0), st.integers(0, 30)), st.integers(0, 12), st.integers(0, 12),
              st.integers(0, 6)).map(lambda t: (t[1] + t[2] + t[3], t[1], t[2], t[3], t[0])),
    min_size=1, max_size=6)


@settings(max_examples=120, deadline=None)
@given(therapy_weeks)
def test_no_therapy_figure_can_be_worked_out(
        weeks: list[tuple[int, int, int, int, int]]) -> None:
    """A reader sees offered, booked, held and no-show (never "booked, not yet held", which
    is 0 or more, nor the free slots, so bookings are at most the slots offered) per week and
    in total; no small figure, seen or unseen, can be worked out."""
    rows = [(f"W{k}", free + booked, booked, held, no_show)
            for k, (booked, held, no_show, _rest, free) in enumerate(weeks, start=1)]
    table = therapy_table(rows)
    shown = [*table.rows, table.total]
    if not any(0 < v < THRESHOLD for _l, _o, b, h, n in rows for v in (b, h, n, b - h - n)) \
            and not any(0 < sum(r[k] for r in rows) < THRESHOLD for k in (2, 3, 4)) \
            and not 0 < sum(r[2] - r[3] - r[4] for r in rows) < THRESHOLD:
        assert table.hidden == 0, "nothing small, nothing hidden"
    truth = [(b, h, n, b - h - n) for _l, _o, b, h, n in rows]
    truth.append(tuple(sum(t[k] for t in truth) for k in range(4)))  # type: ignore[arg-type]
    names: list[str] = []
    bounds: dict[str, tuple[float, float]] = {}
    value: dict[str, float] = {}
    exact: dict[str, int] = {}
    for r, row in enumerate(shown):
        for field, figure, true in zip(("booked", "held", "no_show"),
                                       (row.booked, row.held, row.no_show), truth[r], strict=False):
            name = f"{field}{r}"
            if figure.shown:
                assert figure.value == true
                exact[name] = true
            else:
                assert figure.value is None
                names.append(name)
                bounds[name] = _bound(figure, table.withheld)
            value[name] = true
        if row.offered.shown and f"booked{r}" in bounds:
            low, high = bounds[f"booked{r}"]
            bounds[f"booked{r}"] = (low, min(high, row.offered.value))  # type: ignore[type-var]
        elif not row.offered.shown:
            assert row.offered.value is None
        names.append(f"rest{r}")
        bounds[f"rest{r}"] = (0, math.inf)
        value[f"rest{r}"] = truth[r][3]
    last = len(shown) - 1

    def linear(terms: list[tuple[str, int]]) -> tuple[dict[str, int], int]:
        coefficients: dict[str, int] = {}
        constant = 0
        for name, sign in terms:
            if name in exact:
                constant -= sign * exact[name]
            else:
                coefficients[name] = coefficients.get(name, 0) + sign
        return coefficients, constant

    equations = [linear([(f"held{r}", 1), (f"no_show{r}", 1), (f"rest{r}", 1),
                         (f"booked{r}", -1)]) for r in range(len(shown))]
    for field in ("booked", "held", "no_show", "rest"):
        equations.append(linear([(f"{field}{r}", 1) for r in range(last)]
                                + [(f"{field}{last}", -1)]))
    equations = [(c, k) for c, k in equations if c or k != 0]
    for name in names:
        true = value[name]
        if name.startswith("rest") and not 0 < true < THRESHOLD:
            continue  # never shown, and 0 or 5+ singles no one out
        low, high = _range(names, bounds, equations, name)
        assert low <= true <= high
        assert low < high, f"{name} = {true} can be worked out from {rows}"


def test_a_lone_small_figure_takes_its_neighbours_with_it() -> None:
    out = suppress([[3, 20], [30, 40]])
    assert out.cells[0][0].text() == "<5"
    # Row 0 and column 0 each need a second blank (20, 30: the smallest beside it, not
    # their totals); then row 1 has one blank, so 40 goes too. The totals all stay.
    assert [f.text() for row in out.cells for f in row] == ["<5", "–", "–", "–"]
    assert [f.text() for f in (*out.row_totals, *out.column_totals, out.total)] == [
        "23", "70", "33", "60", "93"]
    assert out.hidden == 4 and out.small == 1


def test_a_table_without_small_figures_is_shown_whole() -> None:
    out = suppress([[5, 0], [12, 7]])
    assert out.hidden == 0 and out.total.value == 24


@pytest.mark.parametrize("table, message", [
    ([[1, 2], [3]], "row 2 has 1 figures, the first has 2"),
    ([[1, -1]], "row 1: -1 is not a count"),
    ([[1, True]], "row 1: True is not a count"),
])
def test_what_is_not_a_table_of_counts_is_refused(table: list[list[int]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        suppress(table)


def test_held_and_no_shows_beyond_the_bookings_are_refused() -> None:
    with pytest.raises(ValueError, match="W1: held \\(5\\) and no-shows \\(2\\) are more"):
        therapy_table([("W1", 10, 6, 5, 2)])


def test_a_tour_with_no_therapy_weeks_has_an_empty_table() -> None:
    table = therapy_table([])
    assert table.rows == () and table.total.booked.text() == "0" and table.footnotes == ()
