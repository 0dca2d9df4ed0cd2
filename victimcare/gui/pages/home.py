"""Home, "My work": follow-ups due and overdue, risk reviews due, high-risk and recent cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.enums import FollowUpKind
from victimcare.domain.permissions import Action
from victimcare.gui import messages
from victimcare.gui.context import AppContext
from victimcare.gui.models.case_table import risk_label, status_label
from victimcare.gui.pages import Page, heading, hint
from victimcare.gui.style import SPACING, format_date, mark_icon, set_role
from victimcare.gui.widgets.labels import enum_label
from victimcare.gui.widgets.marks import risk_icon
from victimcare.services import cases
from victimcare.services.attention import Attention, attention
from victimcare.services.cases import CaseRow, FollowUpDue, Home

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class Section(QFrame):
    """A titled list whose rows open their case; a friendly sentence when it is empty."""

    def __init__(self, name: str, on_open: Callable[[object], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        set_role(self.title, "section")
        self.tree = QTreeWidget()
        self.tree.setObjectName(name)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemActivated.connect(
            lambda item, _column: on_open(item.data(0, CASE_ROLE)))
        # Columns fit their contents and the name takes what is left, elided: no sideways
        # scrolling in a card.
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionsMovable(False)
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()

    def set_texts(self, title: str, columns: list[str], empty: str) -> None:
        self.title.setText(title)
        self.tree.setHeaderLabels(columns)
        self.tree.setAccessibleName(title)
        self.empty.setText(empty)

    def set_rows(self, rows: list[tuple[str, list[str], dict[int, QIcon]]]) -> None:
        self.tree.clear()
        for case_id, texts, icons in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, CASE_ROLE, case_id)
            for column, mark in icons.items():
                item.setIcon(column, mark)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        for column in range(self.tree.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def row_count(self) -> int:
        return self.tree.topLevelItemCount()


class HomePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("homePage")
        self._generation = 0
        self.home: Home | None = None
        self.title = heading()
        self.intro = hint()
        self.pending = QLabel()
        self.pending.setObjectName("pendingReviews")
        self.pending.setWordWrap(True)
        self.pending.hide()
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingWork")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self.error = QLabel()
        self.error.setObjectName("homeError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.no_casework = hint()
        self.no_casework.setObjectName("noCasework")
        self.no_casework.hide()
        self.follow_ups = Section("followUps", self._open)
        self.reviews = Section("reviewsDue", self._open)
        self.high_risk = Section("highRisk", self._open)
        self.recent = Section("recent", self._open)
        grid = QGridLayout()
        grid.setSpacing(2 * SPACING)
        grid.addWidget(self.follow_ups, 0, 0)
        grid.addWidget(self.reviews, 0, 1)
        grid.addWidget(self.high_risk, 1, 0)
        grid.addWidget(self.recent, 1, 1)
        for i in range(2):
            grid.setColumnStretch(i, 1)
            grid.setRowStretch(i, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.pending)
        layout.addWidget(self.waiting)
        layout.addWidget(self.error)
        layout.addWidget(self.no_casework)
        layout.addLayout(grid, 1)
        self._sections = (self.follow_ups, self.reviews, self.high_risk, self.recent)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("My work"))
        self.intro.setText(self.tr("What needs doing today. Double-click a row, or select it "
                                   "and press Enter, to open the case."))
        self.no_casework.setText(self.tr(
            "Your role does not include case files, so there is no casework to show here."))
        self.follow_ups.set_texts(
            self.tr("Follow-ups due"), [self.tr("When"), self.tr("What"), self.tr("Case"),
                                        self.tr("Name")],
            self.tr("No follow-ups are due today or overdue."))
        self.reviews.set_texts(
            self.tr("Risk reviews due"), [self.tr("Review due"), self.tr("Risk"),
                                          self.tr("Case"), self.tr("Name")],
            self.tr("No risk review is due. Reviews appear here on the day they fall due."))
        self.high_risk.set_texts(
            self.tr("High risk"), [self.tr("Case"), self.tr("Next review"), self.tr("Name")],
            self.tr("No open case is rated high risk."))
        self.recent.set_texts(
            self.tr("Recent cases"), [self.tr("Case"), self.tr("Opened"), self.tr("Status"),
                                      self.tr("Name")],
            self.tr("No cases yet. Register an incident to open the first ones (Ctrl+N)."))
        if self.home is not None:
            self._fill(self.home)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ctx.call(attention, on_done=self._show_attention, on_error=self._failed)
        casework = self.ctx.can(Action.CASE_VIEW)
        self.no_casework.setVisible(not casework)
        for section in self._sections:
            section.setVisible(casework)
        if not casework:
            return
        self._generation += 1
        generation = self._generation
        self.ctx.call(cases.home, on_done=lambda home: self._arrived(generation, home),
                      on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(messages.describe(error))
        self.error.show()

    def _arrived(self, generation: int, home: Home) -> None:
        if generation == self._generation:
            self.error.hide()
            self.home = home
            self._fill(home)

    def _fill(self, home: Home) -> None:
        today = dt.date.today().isoformat()
        self.follow_ups.set_rows([self._follow_up(f, today) for f in home.follow_ups])
        self.reviews.set_rows([
            (r.id, [format_date(r.next_review_on), risk_label(r.risk_level), r.case_number,
                    _name(r)], {1: risk_icon(r.risk_level)}) for r in home.reviews_due])
        self.high_risk.set_rows([
            (r.id, [r.case_number, format_date(r.next_review_on), _name(r)], {})
            for r in home.high_risk])
        self.recent.set_rows([
            (r.id, [r.case_number, format_date(r.opened_on), status_label(r.status), _name(r)],
             {}) for r in home.recent])
        show_pending = self.ctx.can(Action.RISK_REVIEW) and home.pending_risk_reviews > 0
        self.pending.setText(
            self.tr("1 risk rating waits for a supervisor's review.")
            if home.pending_risk_reviews == 1 else
            self.tr("%1 risk ratings wait for a supervisor's review.").replace(
                "%1", str(home.pending_risk_reviews)))
        self.pending.setVisible(show_pending)

    def _show_attention(self, a: Attention) -> None:
        counted = (
            (a.returned_referrals, self.tr("Referrals returned to you by a supervisor: %1.")),
            (a.awaiting_approval, self.tr("Referrals waiting for your approval: %1.")),
            (a.overdue_referrals, self.tr("Referrals the provider has not answered in time: "
                                          "%1.")),
            (a.open_conflicts, self.tr("Clashes from imported bundles to settle: %1.")),
            (a.incoming_transfers, self.tr("Cases another office offers to yours: %1.")),
            (a.closures_to_decide, self.tr("Case closures waiting for your decision: %1.")))
        lines = [text.replace("%1", str(n)) for n, text in counted if n]
        self.waiting.setText("\n".join(lines))
        self.waiting.setVisible(bool(lines))

    def _follow_up(self, f: FollowUpDue,
                   today: str) -> tuple[str, list[str], dict[int, QIcon]]:
        if f.overdue:
            when = self.tr("Overdue since %1").replace("%1", format_date(f.due_on))
        else:
            when = self.tr("Due today") if f.due_on == today else format_date(f.due_on)
        return (f.case_id, [when, enum_label(FollowUpKind, f.kind), f.case_number, f.name],
                {0: mark_icon("overdue" if f.overdue else "due")})

    def _open(self, case_id: object) -> None:
        if case_id:
            self.ctx.open_case_requested.emit(str(case_id))

    def section_rows(self, name: str) -> list[list[str]]:
        """The texts of a section's rows, as a person reads them (used by tests)."""
        tree = {s.tree.objectName(): s for s in self._sections}[name].tree
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [[item.text(c) for c in range(tree.columnCount())] for item in items if item]


def _name(row: CaseRow) -> str:
    return " · ".join(n for n in (row.name, row.name_ur) if n)
