"""The Conflicts page: each clash with both values, who wrote them and when; a person settles it."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe, field_label
from victimcare.gui.pages import Page, heading, hint
from victimcare.services.sync import conflicts
from victimcare.services.sync.conflicts import ConflictView, Side

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("conflictsPage")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("conflictList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Kept value"),
                                   self.tr("Kept: who, when"), self.tr("Other value"),
                                   self.tr("Other: who, when"), self.tr("Kind")])
        self.tree.itemSelectionChanged.connect(self._selection)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("conflictComment")
        self.comment.setPlaceholderText(self.tr("Why (for example: confirmed with the office "
                                                "by phone)"))
        self.keep_button = QPushButton(self.tr("&Keep the kept value"), self)
        self.keep_button.setObjectName("keepButton")
        self.keep_button.clicked.connect(lambda: self.resolve(conflicts.KEEP))
        self.other_button = QPushButton(self.tr("Use the &other value"), self)
        self.other_button.setObjectName("otherButton")
        self.other_button.clicked.connect(lambda: self.resolve(conflicts.OTHER))
        self.count = QLabel(self)
        self.count.setObjectName("conflictCount")
        self.status = QLabel(self)
        self.status.setObjectName("conflictStatus")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.comment, 1)
        bar.addWidget(self.keep_button)
        bar.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Conflicts")))
        layout.addWidget(hint(self.tr("The same field was changed in two places before they "
                                      "synced. One value was kept by a fixed rule; check it, "
                                      "then keep it or use the other one. Your choice is sent "
                                      "with the next bundles.")))
        layout.addWidget(self.count)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        self._selection()

    def refresh(self) -> None:
        if not self.ctx.can(Action.CONFLICT_RESOLVE):
            self.tree.clear()
            self.count.setText(self.tr("Conflicts are reviewed by a coordinator."))
            return
        self.ctx.call(conflicts.list_conflicts, on_done=self._fill,
                      on_error=lambda e: self.status.setText(describe(e)))

    def _who(self, side: Side) -> str:
        when = (side.at or "")[:16].replace("T", " ")
        return f"{side.office or self.tr('unknown device')}, {when}"

    def _fill(self, rows: list[ConflictView]) -> None:
        self.tree.clear()
        kinds = {"field": self.tr("both edited"), "delete": self.tr("edited and deleted"),
                 "transition": self.tr("status not reachable")}
        for c in rows:
            kept, other = (c.remote, c.local) if c.winner == "remote" else (c.local, c.remote)
            if c.kind == "delete":
                kept_text, other_text = self.tr("deleted"), self.tr("keep the record")
            else:
                kept_text, other_text = _shown(kept.value), _shown(other.value)
            item = QTreeWidgetItem(self.tree, [c.record, field_label(c.field), kept_text,
                                               self._who(kept), other_text, self._who(other),
                                               kinds.get(c.kind, c.kind)])
            item.setData(0, ID_ROLE, c.id)
        self.count.setText(self.tr("%1 open conflicts").replace("%1", str(len(rows))))
        self._selection()

    def _selection(self) -> None:
        chosen = bool(self.tree.selectedItems())
        self.keep_button.setEnabled(chosen)
        self.other_button.setEnabled(chosen)

    def select_first(self) -> None:
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def resolve(self, choice: str) -> None:
        items = self.tree.selectedItems()
        if not items:
            return
        conflict_id = items[0].data(0, ID_ROLE)
        self.ctx.call(conflicts.resolve, conflict_id, choice, self.comment.text(),
                      on_done=lambda _r: self._resolved(),
                      on_error=lambda e: self.status.setText(describe(e)))

    def _resolved(self) -> None:
        self.comment.clear()
        self.status.setText(self.tr("Settled. The choice travels with the next bundles."))
        self.ctx.data_changed.emit("")
        self.refresh()
