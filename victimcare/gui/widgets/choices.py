"""Pickers over code lists: reference lists (en/ur labels) and enums (translated words)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from victimcare.domain import reference
from victimcare.gui.widgets.labels import enum_items
from victimcare.gui.widgets.lang import ui_lang

Items = Sequence[tuple[str, str]]


def reference_items(name: str, lang: str | None = None) -> list[tuple[str, str]]:
    lang = lang or ui_lang()
    return [(i.code, i.label(lang)) for i in reference.items(name)]


def district_items(lang: str | None = None) -> list[tuple[str, str]]:
    """Districts labelled with their province, so same-named places stay apart."""
    lang = lang or ui_lang()
    sep = "، " if lang == "ur" else ", "
    return [(d.code, d.label(lang) + sep + reference.label(
        "admin_units", reference.district_province(d.code), lang)) for d in reference.districts()]


def items_for(source: str | type[StrEnum], lang: str | None = None) -> list[tuple[str, str]]:
    """`source` is a reference list name or an enum class."""
    if isinstance(source, str):
        return district_items(lang) if source == "districts" else reference_items(source, lang)
    return enum_items(source)


class ChoiceCombo(QComboBox):
    """One code from a list. With `blank`, an empty first entry means "not chosen". With
    `searchable`, typing any part of a label narrows the list (for 170 districts)."""

    def __init__(self, items: Items, parent: QWidget | None = None, *, blank: str | None = None,
                 searchable: bool = False) -> None:
        super().__init__(parent)
        self._blank = blank is not None
        if blank is not None:
            self.addItem(blank, None)
        for code, text in items:
            self.addItem(text, code)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.model(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    @classmethod
    def of(cls, source: str | type[StrEnum], parent: QWidget | None = None,
           **kw: object) -> ChoiceCombo:
        return cls(items_for(source), parent, **kw)  # type: ignore[arg-type]

    def code(self) -> str | None:
        if self.isEditable():
            i = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
            return self.itemData(i) if i >= 0 else None
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        i = self.findData(code) if code is not None else (0 if self._blank else -1)
        self.setCurrentIndex(max(i, 0) if code is None else i)

    def error_code(self) -> str | None:
        """'invalid_choice' when a searchable combo holds text that names no entry."""
        if self.isEditable() and self.currentText().strip() and self.code() is None:
            return "invalid_choice"
        return None


class CheckableCombo(QComboBox):
    """Several codes from a list in the space of one combo box: the popup is a checkable list
    (click or Space toggles, Enter or Esc closes) and the box shows what is ticked."""

    changed = Signal()

    def __init__(self, items: Items, parent: QWidget | None = None, *,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        model = QStandardItemModel(self)
        for code, text in items:
            item = QStandardItem(text)
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            model.appendRow(item)
        self.setModel(model)
        model.itemChanged.connect(self._on_item_changed)
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)

    @classmethod
    def of(cls, source: str | type[StrEnum], parent: QWidget | None = None,
           **kw: object) -> CheckableCombo:
        return cls(items_for(source), parent, **kw)  # type: ignore[arg-type]

    def _items(self) -> Iterable[QStandardItem]:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        return (model.item(r) for r in range(model.rowCount()))

    def codes(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for i in self._items():
            state = Qt.CheckState.Checked if i.data(Qt.ItemDataRole.UserRole) in wanted \
                else Qt.CheckState.Unchecked
            if i.checkState() != state:
                i.setCheckState(state)

    def summary(self) -> str:
        names = [i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked]
        return "; ".join(names)

    def _on_item_changed(self, _item: QStandardItem) -> None:
        self.setToolTip(self.summary())
        self.setAccessibleDescription(self.summary())
        self.update()
        self.changed.emit()

    def _toggle(self, row: int) -> None:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(row)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs before the popup's own filter: keep the popup open while ticking several items.
        if watched is self.view().viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            index = self.view().indexAt(event.position().toPoint())  # type: ignore[attr-defined]
            if index.isValid():
                self._toggle(index.row())
            return True
        if watched is self.view() and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space:
                self._toggle(self.view().currentIndex().row())
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.hidePopup()
                return True
        return super().eventFilter(watched, event)

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.currentText = self.summary() or self._placeholder
        opt.currentIcon = opt.currentIcon.__class__()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class CheckList(QListWidget):
    """Several codes from a short list, all visible at once (e.g. data categories)."""

    changed = Signal()

    def __init__(self, items: Items, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _i: self.changed.emit())
        rows = min(self.count(), 6)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)

    def codes(self) -> list[str]:
        return [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())
                if self.item(r).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for r in range(self.count()):
            item = self.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)
