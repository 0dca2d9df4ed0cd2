"""De-identified statistics: age and response-time bands, and small-cell suppression of tables.

A table is a two-way count with its totals. Before a table leaves the program, `protect`
hides every count from 1 to threshold-1 (primary suppression: shown as "<5") and then hides
further counts (complementary suppression: shown as "x") until no hidden count can be worked
out from the counts and totals still shown. Zero counts stay shown: a zero names nobody.

"Worked out" is checked exactly, not by a rule of thumb. A reader knows every shown number,
that a "<5" count lies between 1 and threshold-1, that an "x" count is at least the threshold
(smaller ones would say "<5"), and that each row and column adds up to its total. A hidden
count is safe when some other table with the same shown numbers, within those bounds, has a
different value in that place. Because totals make the constraints of a transportation
problem, that is so exactly when the count can move by one along a cycle of hidden entries
(row, column, row, ...) whose other members can move by one the other way within their
bounds: `pinned` searches for such cycles. Tables that share their column totals (the same
people counted by sex in several tables) are checked together: a move that changes a shared
total must be possible in every one of them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

UNKNOWN = "unknown"
DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3  # "<2" would say "exactly 1"


@dataclass(frozen=True)
class Band:
    """A closed range of whole numbers; `high` None means "and over"."""

    code: str
    low: int
    high: int | None
    label: str

    def holds(self, value: int) -> bool:
        return value >= self.low and (self.high is None or value <= self.high)


AGE_BANDS: tuple[Band, ...] = (
    Band("0_4", 0, 4, "0–4"), Band("5_11", 5, 11, "5–11"), Band("12_17", 12, 17, "12–17"),
    Band("18_29", 18, 29, "18–29"), Band("30_44", 30, 44, "30–44"),
    Band("45_59", 45, 59, "45–59"), Band("60_plus", 60, None, "60+"),
)
# Days from the letter being sent to the provider's first answer (acknowledged, accepted
# or declined).
RESPONSE_BANDS: tuple[Band, ...] = (
    Band("0_1", 0, 1, "0–1 days"), Band("2_3", 2, 3, "2–3 days"),
    Band("4_7", 4, 7, "4–7 days"), Band("8_14", 8, 14, "8–14 days"),
    Band("15_30", 15, 30, "15–30 days"), Band("over_30", 31, None, "over 30 days"),
)


def band_of(bands: Sequence[Band], value: int | None) -> str:
    """The code of the band holding `value`; UNKNOWN for none or a value below every band."""
    if value is None:
        return UNKNOWN
    for band in bands:
        if band.holds(value):
            return band.code
    return UNKNOWN


def age_band(age: int | None) -> str:
    return band_of(AGE_BANDS, age)


def response_band(days: int | None) -> str:
    return band_of(RESPONSE_BANDS, days)


def whole_years(start: dt.date, end: dt.date) -> int:
    """Whole years from `start` to `end`, rounded down (negative when `end` is earlier)."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def years_apart(start: dt.date, end: dt.date) -> int:
    """Whole years between two days, counted from the earlier one (negative when `end` is
    earlier): an estimate made a few days after the incident stays the same age."""
    return whole_years(start, end) if end >= start else -whole_years(end, start)


def age_on(on: dt.date, date_of_birth: dt.date | None, age_estimate: int | None,
           estimated_on: dt.date | None) -> int | None:
    """Age on a day, from the date of birth or else from an estimate made on another day."""
    if date_of_birth is not None:
        age = whole_years(date_of_birth, on)
    elif age_estimate is not None:
        age = age_estimate + years_apart(estimated_on or on, on)
    else:
        return None
    return age if age >= 0 else None


# -- tables ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    """Counts by row category × column category; totals are computed, never stored."""

    key: str
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.rows) or any(len(r) != len(self.cols)
                                                    for r in self.cells):
            raise ValueError(f"table {self.key}: cells do not match rows × columns")
        if any(v < 0 for r in self.cells for v in r):
            raise ValueError(f"table {self.key}: negative count")

    @property
    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(r) for r in self.cells)

    @property
    def col_totals(self) -> tuple[int, ...]:
        return tuple(sum(r[j] for r in self.cells) for j in range(len(self.cols)))

    @property
    def total(self) -> int:
        return sum(self.row_totals)

    def entry(self, i: int, j: int) -> int:
        """A cell, or a total: row len(rows) holds the column totals, column len(cols) the
        row totals, and both together the grand total."""
        n, m = len(self.rows), len(self.cols)
        if i == n and j == m:
            return self.total
        if i == n:
            return self.col_totals[j]
        if j == m:
            return self.row_totals[i]
        return self.cells[i][j]

    def augmented(self) -> list[list[int]]:
        return [[self.entry(i, j) for j in range(len(self.cols) + 1)]
                for i in range(len(self.rows) + 1)]


class Mark(StrEnum):
    SHOWN = "shown"
    SMALL = "small"            # primary: 1 .. threshold-1, shown as "<5"
    COMPLEMENT = "complement"  # secondary: hidden so that a small count stays hidden, "x"
    WITHHELD = "withheld"      # the whole table is hidden, zeros too, "x"


@dataclass(frozen=True)
class Protected:
    """A table as it may be published. Entries are addressed like Table.entry."""

    table: Table
    threshold: int
    marks: tuple[tuple[Mark, ...], ...]

    @property
    def withheld(self) -> bool:
        """Nothing of the table is shown: it counts fewer than `threshold` units in all, or
        its small counts could not be hidden any other way."""
        return self.marks[-1][-1] == Mark.WITHHELD

    @property
    def rows(self) -> tuple[str, ...]:
        return self.table.rows

    @property
    def cols(self) -> tuple[str, ...]:
        return self.table.cols

    def shown(self, i: int, j: int) -> int | None:
        """The published number, or None where it is hidden."""
        return self.table.entry(i, j) if self.marks[i][j] == Mark.SHOWN else None

    def text(self, i: int, j: int) -> str:
        mark = self.marks[i][j]
        if mark == Mark.SHOWN:
            return str(self.table.entry(i, j))
        return f"<{self.threshold}" if mark == Mark.SMALL else "x"

    def suppressed(self) -> Iterator[tuple[int, int]]:
        for i, row in enumerate(self.marks):
            for j, mark in enumerate(row):
                if mark != Mark.SHOWN:
                    yield i, j


def bounds(mark: Mark, threshold: int) -> tuple[float, float]:
    """What a reader knows of a hidden entry from its mark alone (zeros are always shown,
    except in a withheld table)."""
    if mark == Mark.SMALL:
        return 1, threshold - 1
    if mark == Mark.COMPLEMENT:
        return threshold, math.inf
    if mark == Mark.WITHHELD:
        return 0, math.inf
    raise ValueError("shown entries are known exactly")


# -- suppression ------------------------------------------------------------------------------
def protect(tables: Sequence[Table], threshold: int = DEFAULT_THRESHOLD) -> tuple[Protected, ...]:
    """Suppress small counts in one table, or in tables linked by the same column totals
    (same columns, same column totals): shared totals are hidden alike in all of them."""
    if threshold < MIN_THRESHOLD:
        raise ValueError(f"threshold must be at least {MIN_THRESHOLD}")
    if not tables:
        return ()
    first = tables[0]
    for t in tables[1:]:
        if t.cols != first.cols or t.col_totals != first.col_totals:
            raise ValueError(f"tables {first.key} and {t.key} do not share their column totals")
    grid = _Grid([t.augmented() for t in tables], threshold)
    if 0 < first.total < threshold:
        grid.withhold()
    else:
        grid.primary()
        if not grid.complement():
            grid.withhold()
    return tuple(Protected(t, threshold, grid.marks_of(k)) for k, t in enumerate(tables))


def pinned(group: Sequence[Protected]) -> list[tuple[int, int, int]]:
    """Hidden entries (table index, row, column) a reader could work out exactly from what the
    linked tables show; empty for a safe publication."""
    if not group:
        return []
    grid = _Grid([p.table.augmented() for p in group], group[0].threshold)
    for k, p in enumerate(group):
        grid.marks[k] = [list(r) for r in p.marks]
    return grid.pinned()


_TRIES = 8  # candidates tried per step (the smallest ones)
_Node = int  # row i is node i, column j is node rows + j (of the one table's graph)
_Adjacency = dict[_Node, list[tuple[_Node, tuple[int, int]]]]


class _Grid:
    """The augmented tables of one linked group and their marks; the last row of every table
    (its column totals and grand total) is shared by the whole group."""

    def __init__(self, values: list[list[list[int]]], threshold: int) -> None:
        self.values = values
        self.threshold = threshold
        self.marks = [[[Mark.SHOWN] * len(r) for r in v] for v in values]
        self.ncols = len(values[0][0])

    def marks_of(self, k: int) -> tuple[tuple[Mark, ...], ...]:
        return tuple(tuple(r) for r in self.marks[k])

    def _total_row(self, k: int) -> int:
        return len(self.values[k]) - 1

    def _set(self, k: int, i: int, j: int, mark: Mark) -> None:
        if i == self._total_row(k):
            for kk in range(len(self.values)):
                self.marks[kk][self._total_row(kk)][j] = mark
        else:
            self.marks[k][i][j] = mark

    def entries(self) -> Iterator[tuple[int, int, int]]:
        """Every entry once: the shared row is listed with the first table only."""
        for k, v in enumerate(self.values):
            for i, row in enumerate(v):
                if k and i == len(v) - 1:
                    continue
                for j in range(len(row)):
                    yield k, i, j

    def withhold(self) -> None:
        for k, i, j in self.entries():
            self._set(k, i, j, Mark.WITHHELD)

    def primary(self) -> None:
        for k, i, j in self.entries():
            if 0 < self.values[k][i][j] < self.threshold:
                self._set(k, i, j, Mark.SMALL)

    def complement(self) -> bool:
        """Hide one more entry at a time until none is pinned; False when every non-zero
        entry is hidden and the marks still give one away (tiny tables: withhold them).
        Each step tries the smallest entries on the lines that leave a pinned entry alone,
        and takes the first, cells before totals and smallest first, that leaves fewer
        entries pinned (or else simply the first)."""
        while True:
            found = self.pinned()
            if not found:
                return True
            tries = sorted((is_total, value, k, i, j) for value, is_total, k, i, j
                           in self._candidates(found))[:_TRIES]
            if not tries:
                return False
            choice = tries[0][2:]
            for _is_total, _value, k, i, j in tries:
                self._set(k, i, j, Mark.COMPLEMENT)
                progress = len(self.pinned()) < len(found)
                self._set(k, i, j, Mark.SHOWN)
                if progress:
                    choice = (k, i, j)
                    break
            self._set(*choice, Mark.COMPLEMENT)

    def _line(self, k: int, i: int | None, j: int | None) -> list[tuple[int, int, int]]:
        """Row i of table k, or column j of table k (None: the other coordinate varies)."""
        if i is not None:
            return [(k, i, jj) for jj in range(self.ncols)]
        return [(k, ii, j) for ii in range(len(self.values[k]))]  # type: ignore[misc]

    def _candidates(self, found: list[tuple[int, int, int]]) -> list[tuple[int, bool, int, int,
                                                                             int]]:
        """Shown non-zero entries on the lines where a pinned entry is the only hidden one;
        else on any line of a pinned entry; else anywhere in the group."""
        lines: list[list[tuple[int, int, int]]] = []
        for k, i, j in found:
            tables = range(len(self.values)) if i == self._total_row(k) else (k,)
            lines.append(self._line(k, i, None))
            lines += [self._line(kk, None, j) for kk in tables]
        alone = [line for line in lines
                 if sum(self.marks[k][i][j] != Mark.SHOWN for k, i, j in line) == 1]
        for pool in (alone, lines, [list(self.entries())]):
            out = {self._open(e) for line in pool for e in line} - {None}
            if out:
                return list(out)  # type: ignore[arg-type]
        return []

    def _open(self, entry: tuple[int, int, int]) -> tuple[int, bool, int, int, int] | None:
        k, i, j = entry
        if i == self._total_row(k):
            k = 0  # the shared row is one entry, named by the first table
            i = self._total_row(0)
        value = self.values[k][i][j]
        if value == 0 or self.marks[k][i][j] != Mark.SHOWN:
            return None
        return value, i == self._total_row(k) or j == self.ncols - 1, k, i, j

    # -- the exact check --------------------------------------------------------------------
    def _moves(self, k: int, i: int, j: int) -> tuple[bool, bool]:
        """Whether hidden entry (i, j) can go up / down by one in the signed form in which
        every row and column sums to zero (totals enter with a minus sign)."""
        lo, hi = bounds(self.marks[k][i][j], self.threshold)
        last_row, last_col = self._total_row(k), self.ncols - 1
        sign = -1 if (i == last_row) != (j == last_col) else 1
        value = self.values[k][i][j]
        return lo <= value + sign <= hi, lo <= value - sign <= hi

    def _graph(self, k: int) -> _Adjacency:
        """Arcs between hidden entries' rows and columns, leaving out the shared row:
        row → column raises an entry, column → row lowers it."""
        rows = len(self.values[k])
        adj: _Adjacency = {}
        for i in range(rows - 1):
            for j in range(self.ncols):
                if self.marks[k][i][j] == Mark.SHOWN:
                    continue
                up, down = self._moves(k, i, j)
                if up:
                    adj.setdefault(i, []).append((rows + j, (i, j)))
                if down:
                    adj.setdefault(rows + j, []).append((i, (i, j)))
        return adj

    @staticmethod
    def _reach(adj: _Adjacency, start: _Node, skip: tuple[int, int] | None = None) -> set[_Node]:
        seen = {start}
        todo = [start]
        while todo:
            node = todo.pop()
            for nxt, entry in adj.get(node, ()):
                if entry != skip and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    def pinned(self) -> list[tuple[int, int, int]]:
        group = range(len(self.values))
        graphs = [self._graph(k) for k in group]
        rows = [len(v) for v in self.values]
        cols = range(self.ncols)
        # Which shared totals can rise / fall, and between which columns each table can pass
        # a change of one (a shared total up, another down) through its own hidden entries.
        shared = [self.marks[0][rows[0] - 1][j] != Mark.SHOWN for j in cols]
        up = [shared[j] and self._moves(0, rows[0] - 1, j)[0] for j in cols]
        down = [shared[j] and self._moves(0, rows[0] - 1, j)[1] for j in cols]
        reach = [[self._reach(graphs[k], rows[k] + a) for a in cols] for k in group]

        def carried(a: int, b: int, but: int | None = None) -> bool:
            """A shared total a rises and b falls, and every table (but one) balances it."""
            return a != b and up[a] and down[b] and all(
                rows[k] + b in reach[k][a] for k in group if k != but)

        moves = [[(a, b) for a in cols for b in cols if carried(a, b, k)] for k in group]
        out = []
        for k, i, j in self.entries():
            if self.marks[k][i][j] == Mark.SHOWN:
                continue
            if i == rows[k] - 1:
                if not any(carried(j, b) or carried(b, j) for b in cols):
                    out.append((k, i, j))
            elif not self._free(k, i, j, graphs[k], rows[k], moves[k]):
                out.append((k, i, j))
        return out

    def _free(self, k: int, i: int, j: int, adj: _Adjacency, rows: int,
              moves: list[tuple[int, int]]) -> bool:
        """Whether a hidden entry of table k (not of the shared row) can move: around a
        cycle inside the table, or around one through the shared row whose change of shared
        totals (`moves`: a up, b down) the other tables can balance."""
        up, down = self._moves(k, i, j)
        arcs = ([(i, rows + j)] if up else []) + ([(rows + j, i)] if down else [])
        for tail, head in arcs:
            after = self._reach(adj, head, (i, j))
            if tail in after:
                return True
            starts = {a for a, b in moves if rows + b in after}
            if any(tail in self._reach(adj, rows + a, (i, j)) for a in starts):
                return True
        return False
