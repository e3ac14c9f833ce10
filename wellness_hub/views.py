"""What a viewer or a device sees of the totals: never a raw therapy figure.

Per hub activation, the therapy cells summed over devices make one table, a row per ISO
week (offered, booked, held, no-show), and that table goes through the one suppression
function both ends use (`wellness_desk.suppression.therapy_table`). The weekly cells shown
are its rows and the therapy totals shown are its total row, so no subtraction among the
figures a response holds (booked − held, a total minus the other weeks) recovers a figure
from 1 to 4. The other metrics are not about people in therapy and are shown as they are.

Every week and hub activation with any therapy cell lists all four therapy metrics, zeros
included: a figure left out would say it was zero, which suppression may have hidden.

The hub sums what laptops sent, and a week's cells can disagree for a while (held counted
before the booking's own cell arrived, a laptop partway through its batches): held and
no-shows above the booked sessions. The suppression cannot take such a table, and any
figure of it could be wrong, so that hub activation's people figures are all withheld ("–")
until its cells add up again; offered is still shown.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wellness_desk.suppression import HIDDEN, Figure, TherapyRow, TherapyTable, therapy_table

from .schema import THERAPY_METRICS

# The footnote of a hub activation whose therapy figures are withheld until they add up.
FOOTNOTE_UNSETTLED = ("–: not shown while this activation's therapy figures do not add up "
                      "(a laptop's counts are partway through reaching the hub).")


@dataclass(frozen=True)
class TherapyShown:
    """One hub activation's therapy figures as a non-admin view shows them."""

    table: TherapyTable
    footnotes: tuple[str, ...]  # one for each kind of mark the table holds


def therapy_tables(cells: Iterable[Mapping[str, Any]]) -> dict[str, TherapyShown]:
    """Per hub activation, its therapy cells (summed over devices, as `Store.detail` gives
    them) through the suppression; the other metrics' cells are passed over."""
    weeks: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for c in cells:
        if c["metric"] in THERAPY_METRICS:
            weeks[c["activation"]][c["period"]][c["metric"]] = int(c["value"])
    tables = {}
    for name, periods in weeks.items():
        offered, booked, held, no_show = THERAPY_METRICS
        rows = [(period, w.get(offered, 0), w.get(booked, 0), w.get(held, 0),
                 w.get(no_show, 0)) for period, w in sorted(periods.items())]
        if all(row[3] + row[4] <= row[2] for row in rows):  # held + no-show <= booked
            table = therapy_table(rows)
            tables[name] = TherapyShown(table, table.footnotes)
        else:
            tables[name] = TherapyShown(_withheld(rows), (FOOTNOTE_UNSETTLED,))
    return tables


def _withheld(rows: list[tuple[str, int, int, int, int]]) -> TherapyTable:
    gone = Figure(None, HIDDEN)
    shown_rows = tuple(TherapyRow(label, Figure(offered), gone, gone, gone)
                       for label, offered, *_ in rows)
    total = TherapyRow("Total", Figure(sum(r[1] for r in rows)), gone, gone, gone)
    return TherapyTable(shown_rows, total, hidden=3 * (len(rows) + 1), small=0)


def figure_fields(figure: Figure) -> dict[str, Any]:
    """A figure as the JSON holds it: {"value": n}, or null and why it is not shown."""
    if figure.shown:
        return {"value": figure.value}
    return {"value": None, "suppressed": figure.why}


def _row_fields(row: TherapyRow) -> list[tuple[str, dict[str, Any]]]:
    return [(THERAPY_METRICS[0], figure_fields(row.offered)),
            (THERAPY_METRICS[1], figure_fields(row.booked)),
            (THERAPY_METRICS[2], figure_fields(row.held)),
            (THERAPY_METRICS[3], figure_fields(row.no_show))]


def suppressed_totals(totals: Iterable[Mapping[str, Any]],
                      tables: Mapping[str, TherapyShown]) -> list[dict[str, Any]]:
    """The totals with each hub activation's therapy figures replaced by its table's total
    row; sorted by activation, then metric."""
    shown = [dict(t) for t in totals if t["metric"] not in THERAPY_METRICS]
    for name, therapy in tables.items():
        shown += [{"activation": name, "metric": metric, **fields}
                  for metric, fields in _row_fields(therapy.table.total)]
    return sorted(shown, key=lambda t: (t["activation"], t["metric"]))


def suppressed_cells(cells: Iterable[Mapping[str, Any]],
                     tables: Mapping[str, TherapyShown]) -> list[dict[str, Any]]:
    """The cells with each hub activation's therapy cells replaced by its table's weekly
    rows; sorted by activation, metric, period, then dimensions."""
    shown = [dict(c) for c in cells if c["metric"] not in THERAPY_METRICS]
    for name, therapy in tables.items():
        for row in therapy.table.rows:
            shown += [{"activation": name, "metric": metric, "period": row.label,
                       "dims": {}, **fields} for metric, fields in _row_fields(row)]
    return sorted(shown, key=lambda c: (c["activation"], c["metric"], c["period"],
                                        json.dumps(c["dims"], sort_keys=True)))


def suppressed_answer(totals: Iterable[Mapping[str, Any]],
                      cells: Iterable[Mapping[str, Any]], *,
                      with_cells: bool) -> dict[str, Any]:
    """`/v1/totals` for a viewer or a device. `cells` holds at least every therapy cell of
    the hub activations shown (every cell when `with_cells`)."""
    cells = list(cells)
    tables = therapy_tables(cells)
    answer: dict[str, Any] = {"totals": suppressed_totals(totals, tables)}
    if with_cells:
        answer["cells"] = suppressed_cells(cells, tables)
    return answer
