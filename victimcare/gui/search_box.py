"""The search box on top of the window: people and cases by name, CNIC, phone or case number."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QWidget

from victimcare.domain import reference
from victimcare.gui.context import AppContext
from victimcare.gui.style import icon
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import cases
from victimcare.services.cases import Found
from victimcare.store.search import MIN_TERM

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchBox(QLineEdit):
    """Matches appear in a list under the box while the user types (after a short pause, on
    the task runner; an answer to an older text is dropped). Up/Down choose, Enter opens."""

    open_case = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 debounce_ms: int = 200) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._search)
        self.textChanged.connect(self._typed)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        # A child of the window laid over the page (not a popup window): it moves with the
        # window, hides with it on lock, and never takes the focus from the box.
        self.results.hide()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setFrameShape(QFrame.Shape.Box)
        self.results.setUniformItemSizes(True)
        self.results.itemClicked.connect(self._activate)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search by name, CNIC, phone or case number (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search people and cases"))
        self.results.setAccessibleName(self.tr("Search results"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- searching -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._generation += 1  # whatever is on its way is now stale
        if len(text.strip()) < MIN_TERM:
            self._timer.stop()
            self.hide_results()
            return
        self._timer.start()

    def _search(self) -> None:
        text = self.text().strip()
        if len(text) < MIN_TERM or not self.ctx.signed_in:
            return
        generation = self._generation
        self.ctx.call(cases.find, text, 20,
                      on_done=lambda found: self._show(generation, found),
                      on_error=lambda e: self._show(generation, []))

    def _show(self, generation: int, found: list[Found]) -> None:
        if generation != self._generation or not self.isVisible():
            return
        self.results.clear()
        lang = ui_lang()
        for f in found:
            district = reference.label("admin_units", f.district, lang)
            if f.case_id:
                parts = [f.case_number or "", f.name, f.name_ur, district]
            else:
                parts = [self.tr("no case you can open"), f.name, f.name_ur, district]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(CASE_ROLE, f.case_id)
            if not f.case_id:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("Nobody found. Try part of the name, or the CNIC."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        else:
            self._select(0)
        self._place()
        self.results.show()

    def _place(self) -> None:
        window = self.window()
        if self.results.parentWidget() is not window:
            self.results.setParent(window)
        rows = min(max(self.results.count(), 1), 10)
        height = rows * max(self.results.sizeHintForRow(0), 20) + 2 * self.results.frameWidth()
        self.results.resize(max(self.width(), 480), height)
        below = self.mapTo(window, QPoint(0, self.height() + 2))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below.setX(below.x() + self.width() - self.results.width())
        self.results.move(below)
        self.results.raise_()

    def hide_results(self) -> None:
        self.results.hide()

    def reset(self) -> None:
        """Forget the text and the matches (on lock: a name typed here is personal data)."""
        self._generation += 1
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.results.clear()
        self.hide_results()

    # -- choosing --------------------------------------------------------------------------
    def _select(self, row: int) -> None:
        enabled = [i for i in range(self.results.count())
                   if self.results.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
        if not enabled:
            return
        row = min(max(row, enabled[0]), enabled[-1])
        while row not in enabled:
            row += 1
        self.results.setCurrentRow(row)

    def _activate(self, item: QListWidgetItem | None) -> None:
        if item is None or not item.data(CASE_ROLE):
            return
        case_id = str(item.data(CASE_ROLE))
        self.reset()
        self.open_case.emit(case_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.results.isVisible():
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                current = self.results.currentRow()
                target = current + step
                while 0 <= target < self.results.count() and not (
                        self.results.item(target).flags() & Qt.ItemFlag.ItemIsEnabled):
                    target += step
                if 0 <= target < self.results.count():
                    self.results.setCurrentRow(target)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.results.currentItem())
                return
            if key == Qt.Key.Key_Escape:
                self.hide_results()
                return
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self._timer.stop()
            self._search()  # Enter before the pause ended: search now
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.hide_results()
        super().focusOutEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.hide_results()
        super().hideEvent(event)
