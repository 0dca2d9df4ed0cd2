"""Referrals: the supervisor's approval queue (approve, return, preview and print) and the list
of all referrals with overdue ones marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.enums import ReferralStatus, Urgency
from victimcare.domain.errors import ConsentMissing
from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.letter_preview import LetterPreview
from victimcare.gui.messages import describe
from victimcare.gui.pages import Page, heading, hint
from victimcare.gui.style import format_date, mark_icon, set_primary
from victimcare.gui.widgets.labels import enum_label
from victimcare.services import referrals
from victimcare.services.referrals import ReferralRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def _page_tr(text: str) -> str:
    return QCoreApplication.translate("ReferralsPage", text)


def consent_problem(error: ConsentMissing) -> str:
    """Exactly what consent is missing, in words a supervisor can act on."""
    gap = error.params.get("gap")
    if gap == "missing_categories":
        names = ", ".join(reference.label("data_categories", c)
                          for c in error.params.get("missing") or ())
        first = _page_tr("The person's consent does not cover these details: %1.").replace(
            "%1", names)
    else:
        first = {
            "no_consent": _page_tr("No consent to share this person's details with this "
                                   "provider is recorded."),
            "expired": _page_tr("The consent to share with this provider has expired."),
            "withdrawn": _page_tr("The person has withdrawn the consent to share with this "
                                  "provider."),
            "wrong_provider": _page_tr("The consent on file is for a different provider."),
        }.get(str(gap), describe(error))
    return first + " " + _page_tr("Record the person's consent, or return the referral so "
                                  "that it shares less.")


def _fit_columns(tree: QTreeWidget) -> None:
    # Case numbers, names and providers read whole; the last column takes what is left.
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)


class ReferralsPage(Page):
    """`record_consent_requested(case_id, person_id, provider_id, missing categories)` asks
    the main window to open the consent dialog with these filled in."""

    record_consent_requested = Signal(str, str, str, list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("referralsPage")
        self.preview: LetterPreview | None = None
        self._consent_error: ConsentMissing | None = None
        self.queue = self._tree("approvalQueue", [
            self.tr("Case"), self.tr("Person"), self.tr("Provider"), self.tr("Service"),
            self.tr("Urgency"), self.tr("Drafted by")])
        self.queue.itemActivated.connect(lambda *_: self.preview_selected())
        self.approve_button = QPushButton(self.tr("&Approve and preview letter"), self)
        self.approve_button.setObjectName("approveButton")
        set_primary(self.approve_button)
        self.return_button = QPushButton(self.tr("&Return with comment…"), self)
        self.return_button.setObjectName("returnButton")
        self.preview_button = QPushButton(self.tr("Pre&view letter"), self)
        self.preview_button.setObjectName("previewButton")
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.preview_button.clicked.connect(self.preview_selected)
        self.problem = QLabel(self)
        self.problem.setObjectName("consentProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.record_consent = QPushButton(self.tr("Record &consent…"), self)
        self.record_consent.setObjectName("recordConsentButton")
        self.record_consent.clicked.connect(self._ask_for_consent)
        self.status = QLabel(self)
        self.status.setObjectName("referralsStatus")
        self.all = self._tree("referralList", [
            self.tr("Case"), self.tr("Person"), self.tr("Provider"), self.tr("Status"),
            self.tr("Respond by"), self.tr("Letter")])
        self.all.itemActivated.connect(lambda item, _c: self._open(item))

        buttons = QHBoxLayout()
        for b in (self.approve_button, self.return_button, self.preview_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.record_consent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Referrals")))
        self.queue_title = hint(self.tr("Waiting for your approval (emergencies first)"))
        layout.addWidget(self.queue_title)
        layout.addWidget(self.queue, 1)
        layout.addLayout(buttons)
        layout.addLayout(problem_row)
        layout.addWidget(self.status)
        layout.addWidget(hint(self.tr("All referrals (overdue ones are marked)")))
        layout.addWidget(self.all, 2)
        self._show_problem(None)

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setHeaderLabels(headers)
        return tree

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        approver = self.ctx.can(Action.REFERRAL_APPROVE)
        for w in (self.queue_title, *self._queue_widgets()):
            w.setVisible(approver)
        if approver:
            self.ctx.call(referrals.approval_queue, on_done=self._fill_queue,
                          on_error=self._error)
        self.ctx.call(referrals.list_referrals, on_done=self._fill_all, on_error=self._error)

    def _queue_widgets(self) -> tuple[QWidget, ...]:
        return (self.queue, self.approve_button, self.return_button, self.preview_button)

    def _fill_queue(self, rows: list[ReferralRow]) -> None:
        # An empty queue says so in a line and leaves its room to the list of all referrals.
        for w in self._queue_widgets():
            w.setVisible(bool(rows))
        self.queue_title.setText(self.tr("Waiting for your approval (emergencies first)")
                                 if rows else self.tr("Nothing is waiting for your approval."))
        self.queue.clear()
        for r in rows:
            item = QTreeWidgetItem([
                r.case_number, r.person_name, r.provider_name,
                reference.label("service_types", r.service_type), enum_label(Urgency, r.urgency),
                r.created_by_name])
            item.setData(0, ROW_ROLE, r)
            self.queue.addTopLevelItem(item)
        _fit_columns(self.queue)
        if rows:
            self.queue.setCurrentItem(self.queue.topLevelItem(0))

    def _fill_all(self, rows: list[ReferralRow]) -> None:
        self.all.clear()
        for r in rows:
            item = QTreeWidgetItem([r.case_number, r.person_name, r.provider_name,
                                    enum_label(ReferralStatus, r.status),
                                    format_date(r.respond_by), r.letter_no])
            item.setData(0, ROW_ROLE, r)
            if r.overdue:
                item.setIcon(4, mark_icon("overdue"))
                item.setToolTip(4, self.tr("Overdue: the provider has not answered."))
            self.all.addTopLevelItem(item)
        _fit_columns(self.all)

    def _selected(self) -> ReferralRow | None:
        item = self.queue.currentItem()
        return item.data(0, ROW_ROLE) if item else None

    def _error(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    # -- actions -------------------------------------------------------------------------
    def approve_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        self._show_problem(None)
        self.ctx.call(referrals.approve, row.id,
                      on_done=lambda number: self._approved(row, number),
                      on_error=self._approve_failed)

    def _approved(self, row: ReferralRow, letter_no: str) -> None:
        self.status.setText(self.tr("Approved. Letter number %1.").replace("%1", letter_no))
        self.ctx.data_changed.emit(row.case_id)
        self.open_preview(row.id)

    def _approve_failed(self, error: BaseException) -> None:
        if isinstance(error, ConsentMissing):
            self._show_problem(error)
        else:
            self.status.setText(describe(error))

    def _show_problem(self, error: ConsentMissing | None) -> None:
        self._consent_error = error
        self.problem.setText(consent_problem(error) if error else "")
        self.problem.setVisible(error is not None)
        self.record_consent.setVisible(error is not None)

    def _ask_for_consent(self) -> None:
        e = self._consent_error
        if e is not None:
            self.record_consent_requested.emit(
                str(e.params.get("case_id")), str(e.params.get("person")),
                str(e.params.get("provider")), list(e.params.get("missing") or ()))

    def ask_comment(self) -> str | None:
        """What the case worker should change; tests replace this."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return referral"), self.tr("What should the case worker change?"))
        return text if ok else None

    def return_selected(self) -> None:
        row = self._selected()
        comment = self.ask_comment() if row else None
        if row is None or not comment or not comment.strip():
            return
        self.ctx.call(referrals.return_referral, row.id, comment,
                      on_done=lambda _r: self._returned(row), on_error=self._error)

    def _returned(self, row: ReferralRow) -> None:
        self.status.setText(self.tr("Returned to the case worker."))
        self.ctx.data_changed.emit(row.case_id)

    def preview_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_preview(row.id)

    def _open(self, item: QTreeWidgetItem) -> None:
        row: ReferralRow = item.data(0, ROW_ROLE)
        self.open_preview(row.id)

    def open_preview(self, referral_id: str) -> LetterPreview:
        self.preview = LetterPreview(self.ctx, referral_id, self)
        self.preview.show()
        return self.preview

