"""Qt item models: thin table models over lists of rows, tested with qtmodeltester.

`PagedTableModel` is the base of the long lists (cases, incidents): it never holds more rows
than the user has scrolled to. A page is asked for on the task runner (the database's one
worker thread) and its rows are inserted when they arrive on the UI thread. Asking the loader
synchronously from `fetchMore` would be simpler, but it would run on the UI thread on a
connection the worker may be using, and a long task in the queue (an import) would freeze
scrolling. With the synchronous task runner of the tests the page arrives inside `fetchMore`,
which is exactly what Qt's model tester expects of a simple model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from victimcare.gui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1    # the record's id (str)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2   # the whole row object


class PagedTableModel(QAbstractTableModel):
    """Rows fetched in pages of `PAGE`; `reload()` starts over (new filters, new sort, a write).

    Subclasses give `headers()`, `cell(row, column, role)` and the service calls
    `_load_page(session, query, offset, limit)` and `_count(session, query)`, where `query` is
    what `current_query()` returned when the request was made (the worker never reads the
    model's changing state)."""

    PAGE = 100
    page_loaded = Signal()          # after every page, also an empty first one
    total_changed = Signal(int)     # how many rows the whole list has
    failed = Signal(object)         # the error of a page or count that could not be read

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[Any] = []
        self._generation = 0  # results of an older query are dropped when they arrive late
        self._fetching = False
        self._exhausted = False
        self.total: int | None = None
        self.loaded_once = False

    # -- for subclasses --------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def current_query(self) -> Any:
        return None

    def _load_page(self, session: Any, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def _count(self, session: Any, query: Any) -> int:
        raise NotImplementedError

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._fetching = False
        self._exhausted = False
        self.loaded_once = False
        self.endResetModel()
        if not self.ctx.signed_in:
            return
        generation = self._generation
        self.ctx.call(self._count, self.current_query(),
                      on_done=lambda n: self._counted(generation, n),
                      on_error=lambda e: self._failed(generation, e))
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Drop every row (on lock or sign-out) and ignore answers still on their way."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._fetching = False
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt default)
        return (not parent.isValid() and not self._exhausted and not self._fetching
                and self.ctx.signed_in)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 (Qt default)
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        self.ctx.call(self._load_page, self.current_query(), offset, self.PAGE,
                      on_done=lambda rows: self._arrived(generation, rows),
                      on_error=lambda e: self._failed(generation, e))

    def _arrived(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if len(rows) < self.PAGE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded_once = True
        self.page_loaded.emit()

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.total_changed.emit(total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._exhausted = True
        self.failed.emit(error)

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def row_at(self, row: int) -> Any:
        return self._rows[row]
