"""The main window's pages, and what they share: a heading, and refreshing when data changes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from victimcare.gui.context import AppContext
from victimcare.gui.style import SPACING, set_role


def list_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only list of records, one row each, that opens a record on Enter or double-click
    (the page connects that); columns keep the widths the user gives them."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(4 * SPACING)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    set_role(label, "heading")
    return label


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


class Page(QWidget):
    """A page refreshes when it is shown after any write (`data_changed`) or a new session;
    while hidden it only notes that it is stale, so a write costs one query, not one per page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.data_changed.connect(self.mark_stale)
        ctx.session_changed.connect(self.mark_stale)

    def mark_stale(self, *_: object) -> None:
        self._stale = True
        if self.isVisible() and self.ctx.signed_in:
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Ask the services for this page's data again (on the task runner)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.ctx.signed_in:
            self.refresh_now()
