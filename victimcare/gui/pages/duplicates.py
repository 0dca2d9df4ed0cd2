"""The Duplicates page: people who may be one person, side by side with the reasons; a
coordinator merges them, says they are two people, or undoes a merge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import enums as E
from victimcare.domain import reference
from victimcare.domain.permissions import Action
from victimcare.domain.validation import format_mobile
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe
from victimcare.gui.pages import Page, heading, hint
from victimcare.gui.style import SPACING, format_date, set_primary, set_role
from victimcare.gui.tasks import Progress
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.gui.widgets.labels import enum_label
from victimcare.services import dedupe
from victimcare.services.dedupe import Candidate, PersonView, Reason
from victimcare.services.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_CTX = "Duplicates"
# How each reason reads; %1 is a percentage or a number of years.
# (QT_TRANSLATE_NOOP is typed as returning object; the values are the source texts.)
REASONS: dict[str, object] = {
    "same_cnic": QT_TRANSLATE_NOOP("Duplicates", "Same CNIC"),
    "different_cnic": QT_TRANSLATE_NOOP("Duplicates", "Different CNICs"),
    "same_id": QT_TRANSLATE_NOOP("Duplicates", "Same ID document"),
    "same_phone": QT_TRANSLATE_NOOP("Duplicates", "Same phone number"),
    "similar_name": QT_TRANSLATE_NOOP("Duplicates", "Names alike (%1%)"),
    "similar_guardian": QT_TRANSLATE_NOOP("Duplicates",
                                          "Father's or husband's names alike (%1%)"),
    "different_guardian": QT_TRANSLATE_NOOP("Duplicates",
                                            "Different father's or husband's names"),
    "different_relation": QT_TRANSLATE_NOOP("Duplicates", "One is S/o or D/o, the other W/o"),
    "same_dob": QT_TRANSLATE_NOOP("Duplicates", "Same date of birth"),
    "different_dob": QT_TRANSLATE_NOOP("Duplicates", "Different dates of birth"),
    "age_close": QT_TRANSLATE_NOOP("Duplicates", "Years of birth close (%1 apart)"),
    "age_apart": QT_TRANSLATE_NOOP("Duplicates", "Years of birth far apart (%1)"),
    "same_district": QT_TRANSLATE_NOOP("Duplicates", "Same district"),
    "different_sex": QT_TRANSLATE_NOOP("Duplicates", "Different sex"),
}
# The reasons a list row has room for: those that speak for the pair (the comparison below the
# list shows them all).
_LIST_REASONS = frozenset({"same_cnic", "same_id", "same_phone", "similar_name",
                           "similar_guardian", "same_dob", "age_close", "same_district"})
# Rows of the side-by-side comparison: (label, how to read it from one person).
_ROWS: tuple[tuple[object, Callable[[PersonView], str]], ...] = (
    (QT_TRANSLATE_NOOP("Duplicates", "Name"), lambda p: p.name),
    (QT_TRANSLATE_NOOP("Duplicates", "Name in Urdu"), lambda p: p.name_ur),
    (QT_TRANSLATE_NOOP("Duplicates", "Father's or husband's name"),
     lambda p: " ".join(x for x in (enum_label(E.GuardianRelation, p.guardian_relation)
                                    if p.guardian_relation else "", p.guardian_name) if x)),
    (QT_TRANSLATE_NOOP("Duplicates", "The same in Urdu"), lambda p: p.guardian_name_ur),
    (QT_TRANSLATE_NOOP("Duplicates", "Sex"),
     lambda p: enum_label(E.Sex, p.sex) if p.sex else ""),
    (QT_TRANSLATE_NOOP("Duplicates", "Date of birth or age"), lambda p: _born(p)),
    (QT_TRANSLATE_NOOP("Duplicates", "CNIC"), lambda p: p.cnic),
    (QT_TRANSLATE_NOOP("Duplicates", "Other ID"), lambda p: p.other_id),
    (QT_TRANSLATE_NOOP("Duplicates", "Phone"),
     lambda p: ", ".join(format_mobile(v) for v in p.phones)),
    (QT_TRANSLATE_NOOP("Duplicates", "District"),
     lambda p: reference.label("admin_units", p.district) if p.district else ""),
    (QT_TRANSLATE_NOOP("Duplicates", "Registered by"), lambda p: p.office),
    (QT_TRANSLATE_NOOP("Duplicates", "Cases"),
     lambda p: ", ".join(f"{number} ({enum_label(E.CaseStatus, status)})"
                         for _id, number, status in p.cases)),
)


def _scan(session: Session, progress: Progress) -> dedupe.ScanResult:
    # The first look after an upgrade reads every person: worth a progress line.
    return dedupe.scan(session, progress=progress.report)


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


def _born(p: PersonView) -> str:
    if p.date_of_birth:
        return format_date(p.date_of_birth)
    if p.age_estimate is not None:
        return _tr("about %1 years (born about %2)").replace("%1", str(p.age_estimate)) \
            .replace("%2", str(p.birth_year or "?"))
    return ""


def reason_text(reason: Reason) -> str:
    text = REASONS.get(reason.code)
    if text is None:
        return reason.code.replace("_", " ")
    return _tr(text).replace("%1", "" if reason.value is None else str(reason.value))


def _person_line(p: PersonView) -> str:
    name = " · ".join(x for x in (p.name, p.name_ur) if x)
    return f"{name} ({p.office})" if p.office else name


class DuplicatesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("duplicatesPage")
        self._open: dict[str, Candidate] = {}
        self._merged: dict[str, Candidate] = {}
        # Replaced in tests; asks before a merge (which can be undone from the Merged tab).
        self.confirm: Callable[[str], bool] = self._confirm

        self.count = QLabel(self)
        self.count.setObjectName("duplicateCount")
        self.scan_button = QPushButton(self.tr("&Look for duplicates again"), self)
        self.scan_button.setObjectName("scanButton")
        self.scan_button.clicked.connect(self.scan)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.scan_button)

        self.tree = self._list("candidateList", [self.tr("Score"), self.tr("First person"),
                                                 self.tr("Second person"), self.tr("Why")])
        self.tree.itemSelectionChanged.connect(self._selection)
        self.merged_tree = self._list("mergedList", [self.tr("Kept"), self.tr("Merged into it"),
                                                     self.tr("By"), self.tr("When")])
        self.merged_tree.itemSelectionChanged.connect(self._merged_selection)

        self.reasons = QLabel(self)
        self.reasons.setObjectName("duplicateReasons")
        self.reasons.setWordWrap(True)
        self.comparison = QTableWidget(len(_ROWS), 2, self)
        self.comparison.setObjectName("comparison")
        self.comparison.setVerticalHeaderLabels([_tr(label) for label, _ in _ROWS])
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        # One line per row, so the table's height is known and the list above gets the rest.
        self.comparison.setWordWrap(False)
        rows = self.comparison.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + SPACING)
        self.comparison.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)

        self.keep_first_button = QPushButton(self.tr("Keep the &first, merge the second into it"),
                                             self)
        self.keep_first_button.setObjectName("keepFirstButton")
        set_primary(self.keep_first_button)
        self.keep_first_button.clicked.connect(lambda: self.merge(first=True))
        self.keep_second_button = QPushButton(
            self.tr("Keep the &second, merge the first into it"), self)
        self.keep_second_button.setObjectName("keepSecondButton")
        self.keep_second_button.clicked.connect(lambda: self.merge(first=False))
        self.distinct_button = QPushButton(self.tr("&Not the same person"), self)
        self.distinct_button.setObjectName("distinctButton")
        self.distinct_button.clicked.connect(self.mark_distinct)
        decide = QHBoxLayout()
        decide.addWidget(self.keep_first_button)
        decide.addWidget(self.keep_second_button)
        decide.addStretch(1)
        decide.addWidget(self.distinct_button)

        self.undo_button = QPushButton(self.tr("&Undo this merge"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        merged_page = QWidget(self)
        merged_layout = QVBoxLayout(merged_page)
        merged_layout.setContentsMargins(0, 0, 0, 0)
        merged_layout.addWidget(hint(self.tr("An undo puts every case, relative and referral "
                                             "back on the person it was moved from.")))
        merged_layout.addWidget(self.merged_tree, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        merged_layout.addLayout(undo_row)

        open_page = QWidget(self)
        open_layout = QVBoxLayout(open_page)
        open_layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, open_page)
        split.addWidget(self.tree)
        detail = QWidget(split)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.reasons)
        detail_layout.addWidget(self.comparison)
        detail_layout.addLayout(decide)
        split.addWidget(detail)
        # The list takes what the comparison (sized to its rows) leaves.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        open_layout.addWidget(split, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("duplicateTabs")
        self.tabs.addTab(open_page, self.tr("To decide"))
        self.tabs.addTab(merged_page, self.tr("Merged"))

        self.status = QLabel(self)
        self.status.setObjectName("duplicateStatus")
        self.status.setWordWrap(True)
        set_role(self.status, "hint")

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Duplicates")))
        layout.addWidget(hint(self.tr(
            "People registered twice, perhaps by two offices. Compare them; merge them if they "
            "are one person (their cases, relatives and referrals move to the one you keep, "
            "and the offices get the change with their next bundle), or say they are two "
            "people. Nothing is merged without you.")))
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._selection()
        self._merged_selection()

    def _list(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setHeaderLabels(headers)
        return tree

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.can(Action.DUPLICATE_MERGE):
            self.tree.clear()
            self.merged_tree.clear()
            self.count.setText(self.tr("Duplicates are reviewed by a coordinator."))
            self.scan_button.setEnabled(False)
            return
        self.scan_button.setEnabled(True)
        self.ctx.call(dedupe.list_candidates, on_done=self._fill, on_error=self._failed)
        self.ctx.call(dedupe.list_candidates, dedupe.MERGED, on_done=self._fill_merged,
                      on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def _fill(self, rows: list[Candidate]) -> None:
        chosen = self.selected_id()
        self.tree.clear()
        self._open = {c.id: c for c in rows}
        for c in rows:
            item = QTreeWidgetItem(self.tree, [
                str(c.score), _person_line(c.a), _person_line(c.b),
                "; ".join(reason_text(r) for r in c.reasons if r.code in _LIST_REASONS)])
            item.setData(0, ID_ROLE, c.id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c.id == chosen:
                self.tree.setCurrentItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.count.setText(self.tr("Pairs to decide: %1").replace("%1", str(len(rows))))
        if self.tree.currentItem() is None:
            self.select_first()
        self._selection()

    def _fill_merged(self, rows: list[Candidate]) -> None:
        self.merged_tree.clear()
        self._merged = {c.id: c for c in rows}
        for c in rows:
            kept, gone = (c.a, c.b) if c.winner == c.a.id else (c.b, c.a)
            item = QTreeWidgetItem(self.merged_tree, [
                _person_line(kept), _person_line(gone), c.decided_by or "",
                (c.decided_at or "")[:16].replace("T", " ")])
            item.setData(0, ID_ROLE, c.id)
        for column in range(2):
            self.merged_tree.resizeColumnToContents(column)
        self.tabs.setTabText(1, self.tr("Merged (%1)").replace("%1", str(len(rows))))
        self._merged_selection()

    # -- selection -------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ID_ROLE) if items else None

    def selected(self) -> Candidate | None:
        chosen = self.selected_id()
        return self._open.get(chosen) if chosen else None

    def select_first(self) -> None:
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _selection(self) -> None:
        c = self.selected()
        for button in (self.keep_first_button, self.keep_second_button, self.distinct_button):
            button.setEnabled(c is not None)
        self.comparison.setHorizontalHeaderLabels([self.tr("First person"),
                                                   self.tr("Second person")])
        if c is None:
            self.reasons.setText(self.tr("Choose a pair to compare the two people."))
            self.comparison.clearContents()
            self._fit_comparison()
            return
        self.reasons.setText(self.tr("Score %1 of 100: %2").replace("%1", str(c.score))
                             .replace("%2", "; ".join(reason_text(r) for r in c.reasons)))
        for row, (_label, read) in enumerate(_ROWS):
            values = (read(c.a), read(c.b))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if value and values[0] == values[1]:
                    # The same on both sides: bold, so differences stand out by contrast.
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.comparison.setItem(row, column, item)
        self._fit_comparison()

    def _fit_comparison(self) -> None:
        """No taller than its rows: the list above gets the rest of the page."""
        table = self.comparison
        table.setMaximumHeight(table.verticalHeader().length()
                               + table.horizontalHeader().height() + 2 * table.frameWidth())

    def _merged_selection(self) -> None:
        self.undo_button.setEnabled(bool(self.merged_tree.selectedItems()))

    # -- decisions ---------------------------------------------------------------------------------
    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Merge"), text)
        return answer == QMessageBox.StandardButton.Yes

    def merge(self, *, first: bool) -> None:
        c = self.selected()
        if c is None:
            return
        keep, gone = (c.a, c.b) if first else (c.b, c.a)
        text = self.tr("Keep %1 and merge %2 into it? Their cases, relatives and referrals "
                       "follow. You can undo this from the Merged tab.") \
            .replace("%1", _person_line(keep)).replace("%2", _person_line(gone))
        if not self.confirm(text):
            return
        self.ctx.call(dedupe.merge, c.id, keep.id, on_done=self._merged_done,
                      on_error=self._failed)

    def _merged_done(self, result: dedupe.Merged) -> None:
        if result.kept:
            text = self.tr("Merged. %1 links moved; %2 stay with the merged person because "
                           "another office holds them, and point to the person kept.")
        else:
            text = self.tr("Merged. %1 links moved to the person kept.")
        self.status.setText(text.replace("%1", str(result.moved))
                            .replace("%2", str(result.kept)))
        self._changed()

    def mark_distinct(self) -> None:
        c = self.selected()
        if c is None:
            return
        self.ctx.call(dedupe.mark_distinct, c.id, on_error=self._failed,
                      on_done=lambda _r: self._done(self.tr(
                          "Marked as two people. This pair will not be suggested again.")))

    def undo(self) -> None:
        items = self.merged_tree.selectedItems()
        if not items:
            return
        self.ctx.call(dedupe.unmerge, items[0].data(0, ID_ROLE), on_error=self._failed,
                      on_done=lambda r: self._done(self.tr(
                          "Merge undone: %1 links moved back. The pair is waiting for a "
                          "decision again.").replace("%1", str(r.moved))))

    def scan(self) -> None:
        self.status.setText(self.tr("Looking for duplicates ..."))
        self.ctx.tasks.run(_scan, self.ctx.session, with_progress=True, on_error=self._failed,
                           on_progress=self._step, on_done=lambda r: self._done(
                               self.tr("Looked at %1 people: %2 new pairs.")
                               .replace("%1", str(r.scanned)).replace("%2", str(r.found))))

    def _step(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Looking for duplicates: %1 of %2 people ...")
                            .replace("%1", str(done)).replace("%2", str(total)))

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self._changed()

    def _changed(self) -> None:
        self.ctx.data_changed.emit("")
        self.refresh()
