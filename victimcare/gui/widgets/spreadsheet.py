"""A table that types like a spreadsheet: Tab across, Enter down, Delete clears, Ctrl+V pastes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from victimcare.gui.models.victim_grid import CHOICES_ROLE, EDITOR_ROLE
from victimcare.gui.widgets.choices import CheckableCombo, ChoiceCombo
from victimcare.gui.widgets.inputs import CnicEdit, MobileEdit

Index = QModelIndex | QPersistentModelIndex


class GridDelegate(QStyledItemDelegate):
    """Picks the editor a column asks for (EDITOR_ROLE): list pickers, masked CNIC and mobile,
    right-to-left text for Urdu; remembers open editors so a save can commit them first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open: list[QWidget] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        choices = index.data(CHOICES_ROLE) or []
        editor: QWidget
        if kind == "choice":
            editor = ChoiceCombo(choices, parent, blank="")
        elif kind == "multi":
            editor = CheckableCombo(choices, parent)
        elif kind == "cnic":
            editor = CnicEdit(parent)
        elif kind == "mobile":
            editor = MobileEdit(parent)
        else:
            editor = QLineEdit(parent)
            if kind == "urdu":
                editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)))
        editor.setAutoFillBackground(True)
        self._open.append(editor)
        editor.destroyed.connect(lambda _o=None, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        if editor in self._open:
            self._open.remove(editor)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        self._forget(editor)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, ChoiceCombo):
            i = editor.findData(value) if value else 0
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, CheckableCombo):
            editor.set_codes(value or [])
        elif isinstance(editor, CnicEdit | MobileEdit):
            editor.set_value(value or "")
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, ChoiceCombo):
            value = editor.code() or ""
        elif isinstance(editor, CheckableCombo):
            value = editor.codes()
        elif isinstance(editor, CnicEdit | MobileEdit):
            value = editor.value()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        current = index.data(Qt.ItemDataRole.EditRole)
        if value != current and not (value in ("", []) and current in (None, "", [])):
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def commit_open_editors(self) -> None:
        for editor in list(self._open):
            self.commitData.emit(editor)


class SpreadsheetView(QTableView):
    """QTableView with spreadsheet keys. The model provides `clear_cells(indexes)`,
    `paste(row, col, text) -> rows` and `remove_row(row)`."""

    row_left = Signal(int)   # the cursor moved off this row
    pasted = Signal(int)     # number of rows filled from the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_delegate = GridDelegate(self)
        self.setItemDelegate(self.grid_delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.remove_row_action = QAction(self.tr("Remove row"), self)
        self.remove_row_action.setShortcut(QKeySequence("Ctrl+Delete"))
        self.remove_row_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_row_action.triggered.connect(self.remove_current_row)
        self.addAction(self.remove_row_action)
        self.paste_action = QAction(self.tr("Paste rows"), self)
        self.paste_action.triggered.connect(self.paste)

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                    and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.model().clear_cells(self.selectedIndexes() or [self.currentIndex()])
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in an editor commits with SubmitModelCache: in a spreadsheet it also moves down.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = self.model().index(current.row() + 1, max(current.column(), 0))
        if below.isValid():
            self.setCurrentIndex(below)

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if previous.isValid() and (not current.isValid() or current.row() != previous.row()):
            self.row_left.emit(previous.row())

    # -- commands ------------------------------------------------------------------------
    def paste(self) -> int:
        text = QGuiApplication.clipboard().text()
        if not text:
            return 0
        start = self.currentIndex()
        selected = self.selectedIndexes()
        if selected:
            start = min(selected, key=lambda i: (i.row(), i.column()))
        row, col = (start.row(), start.column()) if start.isValid() else (0, 0)
        count = int(self.model().paste(row, col, text))
        self.pasted.emit(count)
        return count

    def remove_current_row(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            self.model().remove_row(current.row())

    def commit_editor(self) -> None:
        """Write what is typed in an open cell editor into the model (before a save)."""
        self.grid_delegate.commit_open_editors()

    def contextMenuEvent(self, event: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.paste_action)
        menu.addAction(self.remove_row_action)
        menu.exec(event.globalPos())
