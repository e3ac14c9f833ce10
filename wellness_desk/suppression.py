"""Figures about people in therapy, suppressed so that no subtraction gives one back.

A therapy figure from 1 to 4 could single someone out, so it is never shown ("<5"). Hiding
it alone is not enough: booked − held = no-show, and a weekly figure is the total minus the
other weeks. So before anything is drawn (the report, the Today page, the CSV exports, the
hub's non-admin views) the whole table goes through `suppress`, the one function both ends
use:

1. **Small cells** (1 to 4), totals included, are blanked: shown "<5".
2. **Complementary cells**: while a row or column (its total counted as one of its figures)
   has exactly one blanked figure, or blanked figures that sum to less than 5, the next
   smallest figure of that line is blanked too: shown "–".
3. **The audit**: the table is then attacked the way a reader could, with every row and
   column equation and everything the marks tell (a "<5" is 1 to 4; a "–" is at least 5,
   since zeros and small cells are never chosen as complements; nothing is negative). A
   blanked figure is *exposed* when those leave it one possible value. While one is, the
   smallest shown figure beside it is blanked and the audit runs again. When nothing is
   left to blank (a tiny table whose zeros pin the rest), the whole table is withheld:
   every figure "–", none "<5", so the marks tell nothing.

Why the audit is exact: the published totals make the table a transportation problem, and
two tables that agree on everything shown differ by a sum of alternating cycles of blanked
cells, each of which can be applied by ±1 on its own and still fit every bound (conformal
decomposition; the constraint matrix is totally unimodular). So a blanked figure has
another possible value exactly when some alternating cycle through it can move by one, which
is a path search in the bipartite graph of rows and columns (`_can_move`). The property
test checks this against an independent linear-programming attacker (tests/core/
test_suppression.py).

Zeros are shown: a zero singles no one out, and never hiding one keeps the "–" bound honest.
Rounding, if ever used, must come after this.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

THRESHOLD = 5
SMALL = "small"
HIDDEN = "hidden"
SMALL_MARK = "<5"
HIDDEN_MARK = "–"
FOOTNOTE_SMALL = "<5: fewer than 5, not shown so that no one can be singled out."
FOOTNOTE_HIDDEN = "–: not shown, so that a figure marked <5 cannot be worked out from it."
FOOTNOTE_WITHHELD = "–: too few to show any of these figures without singling someone out."
_NO_BOUND = 1 << 62


@dataclass(frozen=True)
class Figure:
    """A figure as it may be shown: its value, or None and why not."""

    value: int | None
    why: str | None = None  # None: shown; SMALL: "<5"; HIDDEN: "–"

    @property
    def shown(self) -> bool:
        return self.why is None

    def text(self, number: Callable[[int], str] = str) -> str:
        if self.why == SMALL:
            return SMALL_MARK
        if self.why == HIDDEN or self.value is None:
            return HIDDEN_MARK
        return number(self.value)


@dataclass(frozen=True)
class Suppressed:
    """A table as it may be shown: its cells, row totals, column totals and grand total."""

    cells: tuple[tuple[Figure, ...], ...]
    row_totals: tuple[Figure, ...]
    column_totals: tuple[Figure, ...]
    total: Figure
    unpublished: frozenset[int] = frozenset()  # columns never shown (see `suppress`)
    # Caps (see `suppress`) that pinned a figure: the caller must stop showing what caps them.
    uncapped: frozenset[tuple[int, int]] = frozenset()

    def _all(self) -> list[Figure]:
        return [f for row in self.cells for j, f in enumerate(row) if j not in self.unpublished
                ] + [*self.row_totals, self.total, *(
                    f for j, f in enumerate(self.column_totals) if j not in self.unpublished)]

    @property
    def hidden(self) -> int:
        """How many figures are not shown (either mark)."""
        return sum(not f.shown for f in self._all())

    @property
    def small(self) -> int:
        """How many figures are shown as "<5"."""
        return sum(f.why == SMALL for f in self._all())

    @property
    def withheld(self) -> bool:
        """The whole table is blanked: too few to show any of it safely."""
        return all(not f.shown for f in self._all()) and self.small == 0 and bool(self._all())


def shown(value: int) -> Figure:
    """A figure that needs no suppression (kits, cards, workshops)."""
    return Figure(value)


def suppress(table: Sequence[Sequence[int]], *, threshold: int = THRESHOLD,
             unpublished: frozenset[int] = frozenset(),
             caps: Mapping[tuple[int, int], int] | None = None) -> Suppressed:
    """`table` (rows × columns of counts) with its row, column and grand totals, every
    figure that could give away a small count blanked (see the module's notes).

    `unpublished` names columns that are never shown but are part of the sums (therapy's
    "booked, not yet held"): a reader knows only that they are 0 or more, and blanking one
    of them as a complement costs nothing; a small one must not be worked out either.

    `caps` are upper bounds a reader knows from figures shown elsewhere, by position in the
    table with its totals (the row total of row i is (i, columns); the grand total is
    (rows, columns)): a week's bookings are at most its slots offered. A blanked figure that
    a cap pins loses the cap, and `Suppressed.uncapped` names it, with the grand total's
    whenever any is lost: the caller then must not show what capped them.
    """
    rows = len(table)
    columns = len(table[0]) if rows else 0
    for number, row in enumerate(table, start=1):
        if len(row) != columns:
            raise ValueError(f"row {number} has {len(row)} figures, the first has {columns}")
        for value in row:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"row {number}: {value!r} is not a count (0 or more)")
    if threshold < 1:
        raise ValueError("the threshold must be at least 1")
    if any(not 0 <= j < columns for j in unpublished):
        raise ValueError(f"unpublished columns {sorted(unpublished)} are not all in the table")
    grid = _with_totals(table, rows, columns)
    never_shown = {(i, j) for i in range(rows + 1) for j in unpublished}
    small = {(i, j) for i, line in enumerate(grid) for j, v in enumerate(line)
             if 0 < v < threshold and (i, j) not in never_shown}
    blanked = small | never_shown
    bounds = _Bounds(small, never_shown, threshold, dict(caps or {}))
    uncapped: set[tuple[int, int]] = set()
    # An unshown figure of 0 or 5+ gives no one away: it starts no line's second blank.
    quiet = {c for c in never_shown if not 0 < grid[c[0]][c[1]] < threshold}
    _complete_lines(grid, blanked, threshold, quiet)
    while (exposed := _first_exposed(grid, blanked, bounds)) is not None:
        if exposed in bounds.caps:
            # Whatever else is blanked, the cap may be what pins it: let it go first.
            for cell in (exposed, (rows, columns)):
                if bounds.caps.pop(cell, None) is not None:
                    uncapped.add(cell)
            continue
        extra = _complement(grid, blanked, exposed)
        if extra is None and bounds.caps:
            # Nothing left to blank, but what caps the figures can go instead of them all.
            uncapped.update(bounds.caps)
            bounds.caps.clear()
            continue
        if extra is None:
            # Every figure above 0 is blanked and the zeros and marks still pin one: the
            # table is too small to show any of it. Withheld whole, its marks say nothing.
            return _withheld(rows, columns, unpublished, frozenset(uncapped))
        blanked.add(extra)
        _complete_lines(grid, blanked, threshold, quiet)

    def figure(i: int, j: int) -> Figure:
        if (i, j) in small:
            return Figure(None, SMALL)
        if (i, j) in blanked:
            return Figure(None, HIDDEN)
        return Figure(grid[i][j])

    return Suppressed(
        cells=tuple(tuple(figure(i, j) for j in range(columns)) for i in range(rows)),
        row_totals=tuple(figure(i, columns) for i in range(rows)),
        column_totals=tuple(figure(rows, j) for j in range(columns)),
        total=figure(rows, columns),
        unpublished=unpublished,
        uncapped=frozenset(uncapped),
    )


def _withheld(rows: int, columns: int, unpublished: frozenset[int],
              uncapped: frozenset[tuple[int, int]]) -> Suppressed:
    gone = Figure(None, HIDDEN)
    return Suppressed(cells=tuple((gone,) * columns for _ in range(rows)),
                      row_totals=(gone,) * rows, column_totals=(gone,) * columns, total=gone,
                      unpublished=unpublished, uncapped=uncapped)


def _with_totals(table: Sequence[Sequence[int]], rows: int, columns: int) -> list[list[int]]:
    """The table with a totals column on the right and a totals row at the bottom."""
    grid = [[*row, sum(row)] for row in table]
    grid.append([sum(grid[i][j] for i in range(rows)) for j in range(columns + 1)])
    return grid


def _lines(grid: list[list[int]]) -> list[list[tuple[int, int]]]:
    """Every row and every column of the grid, its total included."""
    height, width = len(grid), len(grid[0])
    return ([[(i, j) for j in range(width)] for i in range(height)]
            + [[(i, j) for i in range(height)] for j in range(width)])


def _smallest_shown(grid: list[list[int]], blanked: set[tuple[int, int]],
                    cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    # Never a zero: a blanked zero would pin the cells around it (it cannot go lower).
    choices = [c for c in cells if c not in blanked and grid[c[0]][c[1]] > 0]
    return min(choices, key=lambda c: (grid[c[0]][c[1]], c)) if choices else None


def _complete_lines(grid: list[list[int]], blanked: set[tuple[int, int]],
                    threshold: int, quiet: set[tuple[int, int]]) -> None:
    """Step 2: no line with a single blanked figure, or blanked figures under the threshold."""
    changed = True
    while changed:
        changed = False
        for line in _lines(grid):
            hidden = [c for c in line if c in blanked]
            if not any(c not in quiet for c in hidden):
                continue
            if len(hidden) == 1 or sum(grid[i][j] for i, j in hidden) < threshold:
                extra = _smallest_shown(grid, blanked, line)
                if extra is not None:
                    blanked.add(extra)
                    changed = True


@dataclass(frozen=True)
class _Bounds:
    """What a reader knows of a blanked figure from its mark."""

    small: set[tuple[int, int]]
    never_shown: set[tuple[int, int]]
    threshold: int
    caps: dict[tuple[int, int], int]

    def __call__(self, cell: tuple[int, int]) -> tuple[int, int]:
        if cell in self.small:
            low, high = 1, self.threshold - 1
        elif cell in self.never_shown:
            low, high = 0, _NO_BOUND
        else:
            low, high = self.threshold, _NO_BOUND
        return low, min(high, self.caps.get(cell, _NO_BOUND))


def _first_exposed(grid: list[list[int]], blanked: set[tuple[int, int]],
                   bounds: _Bounds) -> tuple[int, int] | None:
    """A blanked figure (one shown "<5" or "–", or a small one never shown) that everything
    shown pins to one value."""
    small_unshown = {c for c in bounds.never_shown if 0 < grid[c[0]][c[1]] < bounds.threshold}
    for cell in sorted((blanked - bounds.never_shown) | small_unshown):
        if not (_can_move(grid, blanked, bounds, cell, +1)
                or _can_move(grid, blanked, bounds, cell, -1)):
            return cell
    return None


def _can_move(grid: list[list[int]], blanked: set[tuple[int, int]], bounds: _Bounds,
              start: tuple[int, int], step: int) -> bool:
    """Whether `start` can change by `step` with every other blanked figure adjusting within
    its bounds and every line still adding up: an alternating cycle through it.

    Rows and columns are the graph's two sides, each blanked cell an edge. With every
    total's sign flipped (`_sign`), each line says "these add up to 0", so around a cycle the
    changes alternate +δ, −δ: edges leave a column with −δ and a row with +δ.
    """
    height, width = len(grid), len(grid[0])

    def fits(cell: tuple[int, int], change: int) -> bool:
        low, high = bounds(cell)
        return low <= grid[cell[0]][cell[1]] + change <= high

    if not fits(start, step):
        return False
    delta = _sign(start, height, width) * step
    by_row: dict[int, list[tuple[int, int]]] = {}
    by_column: dict[int, list[tuple[int, int]]] = {}
    for cell in blanked:
        if cell != start:
            by_row.setdefault(cell[0], []).append(cell)
            by_column.setdefault(cell[1], []).append(cell)
    # From start's column, find a way back to start's row.
    seen_rows: set[int] = set()
    seen_columns = {start[1]}
    queue: deque[tuple[str, int]] = deque([("column", start[1])])
    while queue:
        side, index = queue.popleft()
        if side == "column":
            for cell in by_column.get(index, []):
                if cell[0] in seen_rows or not fits(cell, _sign(cell, height, width) * -delta):
                    continue
                if cell[0] == start[0]:
                    return True
                seen_rows.add(cell[0])
                queue.append(("row", cell[0]))
        else:
            for cell in by_row.get(index, []):
                if cell[1] in seen_columns or not fits(cell, _sign(cell, height, width) * delta):
                    continue
                seen_columns.add(cell[1])
                queue.append(("column", cell[1]))
    return False


def _sign(cell: tuple[int, int], height: int, width: int) -> int:
    """−1 for a row or column total, +1 for a cell and for the grand total."""
    return -1 if (cell[0] == height - 1) != (cell[1] == width - 1) else 1


def _complement(grid: list[list[int]], blanked: set[tuple[int, int]],
                exposed: tuple[int, int]) -> tuple[int, int] | None:
    """The figure to blank next for an exposed one: the smallest beside it in its row or
    column, else the smallest anywhere."""
    i, j = exposed
    beside = [(i, c) for c in range(len(grid[0]))] + [(r, j) for r in range(len(grid))]
    anywhere = [(r, c) for r in range(len(grid)) for c in range(len(grid[0]))]
    return _smallest_shown(grid, blanked, beside) or _smallest_shown(grid, blanked, anywhere)


# -- therapy figures -------------------------------------------------------------------------


@dataclass(frozen=True)
class TherapyRow:
    """One row of therapy figures (a week, a day, or the total) as it may be shown."""

    label: str
    offered: Figure  # slots, not people; blanked only where it would give bookings away
    booked: Figure
    held: Figure
    no_show: Figure


@dataclass(frozen=True)
class TherapyTable:
    rows: tuple[TherapyRow, ...]
    total: TherapyRow
    hidden: int  # figures not shown, either mark
    small: int   # figures shown "<5"

    @property
    def withheld(self) -> bool:
        """Every figure blanked and none marked "<5": the table is withheld whole."""
        seen = [f for r in (*self.rows, self.total) for f in (r.booked, r.held, r.no_show)]
        return bool(self.rows) and self.small == 0 and all(not f.shown for f in seen)

    @property
    def footnotes(self) -> tuple[str, ...]:
        if self.withheld:
            return (FOOTNOTE_WITHHELD,)
        return tuple(note for note, used in ((FOOTNOTE_SMALL, self.small),
                                             (FOOTNOTE_HIDDEN, self.hidden - self.small))
                     if used)


def therapy_table(rows: Sequence[tuple[str, int, int, int, int]], *, total_label: str = "Total",
                  threshold: int = THRESHOLD) -> TherapyTable:
    """Rows of (label, offered, booked, held, no-show), suppressed together.

    Booked is the row's total of held, no-show and the rest (booked, not yet held or
    marked): so "booked − held = no-show" is one of the table's row equations, and the
    weeks' sums its column equations. Free slots (offered − booked) are never shown, so
    "offered" tells a reader only that bookings are no more than it: a cap, which the audit
    counts in. Where that cap pins a blanked bookings figure (1 slot, "<5" booked), that
    row's offered is blanked, and then the total offered too.
    """
    if not rows:  # no therapy days yet: nothing to hide, and no table to suppress
        zero = Figure(0)
        return TherapyTable((), TherapyRow(total_label, zero, zero, zero, zero), 0, 0)
    parts = []
    for label, _offered, booked, held, no_show in rows:
        rest = booked - held - no_show
        if min(booked, held, no_show, rest) < 0:
            raise ValueError(f"{label}: held ({held}) and no-shows ({no_show}) are more than "
                             f"the booked sessions ({booked})")
        parts.append([held, no_show, rest])
    width = 3
    # A cap only where it is true: bookings on slots blocked since are more than offered.
    caps = {(i, width): r[1] for i, r in enumerate(rows) if r[1] >= r[2]}
    if sum(r[1] for r in rows) >= sum(r[2] for r in rows):
        caps[(len(rows), width)] = sum(r[1] for r in rows)
    table = suppress(parts, threshold=threshold, unpublished=frozenset({2}), caps=caps)

    def offered(i: int, value: int) -> Figure:
        return Figure(None, HIDDEN) if (i, width) in table.uncapped else Figure(value)

    shown_rows = tuple(
        TherapyRow(label, offered(i, slots), table.row_totals[i], table.cells[i][0],
                   table.cells[i][1])
        for i, (label, slots, *_counts) in enumerate(rows))
    total = TherapyRow(total_label, offered(len(rows), sum(r[1] for r in rows)), table.total,
                       table.column_totals[0] if rows else Figure(0),
                       table.column_totals[1] if rows else Figure(0))
    # The "rest" column is never shown: count what the reader sees.
    seen = [f for r in (*shown_rows, total) for f in (r.offered, r.booked, r.held, r.no_show)]
    return TherapyTable(shown_rows, total, hidden=sum(not f.shown for f in seen),
                        small=sum(f.why == SMALL for f in seen))
