"""The main window's pages, and what they share: a heading, and refreshing when data changes."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from victimcare.gui.context import AppContext
from victimcare.gui.style import set_role


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
