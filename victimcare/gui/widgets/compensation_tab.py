"""The case view's compensation tab: the case's claims, a new claim, a claim's next step."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from victimcare.domain import reference
from victimcare.domain.enums import ClaimStatus
from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import member_items
from victimcare.gui.dialogs.compensation import (
    ClaimDialog,
    ClaimStepDialog,
    claim_status_label,
    rupees,
)
from victimcare.gui.messages import describe
from victimcare.gui.style import format_date
from victimcare.gui.widgets.case_tabs import CaseHost, fill_table, make_table, selected_record
from victimcare.gui.widgets.field_errors import ErrorLabel
from victimcare.gui.widgets.lang import ui_lang
from victimcare.gui.widgets.marks import warning_icon
from victimcare.services import compensation
from victimcare.services.casefile import CaseFile
from victimcare.services.compensation import Claim


class CompensationTab(QWidget):
    """Like the other case tabs (`fill(cf)` after each load of the case), but the claims come
    from their own service call, since the case file does not carry them."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compensationTab")
        self.host = host
        self.table = make_table(self, "claimTable", [
            self.tr("Scheme"), self.tr("Loss"), self.tr("Claimant"), self.tr("Heirs"),
            self.tr("State"), self.tr("Claimed"), self.tr("Paid"), self.tr("File number")], 3)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemActivated.connect(lambda *_a: self._step())
        self.message = ErrorLabel(self)
        self.step_button = QPushButton(self.tr("Next &step…"), self)
        self.step_button.setObjectName("claimStepButton")
        self.step_button.clicked.connect(self._step)
        self.new_button = QPushButton(self.tr("&New claim…"), self)
        self.new_button.setObjectName("newClaimButton")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self._new)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.step_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._members: list[tuple[str, str]] = []
        self._writable = False
        self.claims: list[Claim] = []
        self.apply_permissions()

    @property
    def ctx(self) -> AppContext:
        return self.host.ctx

    def apply_permissions(self) -> None:
        may = self.ctx.can(Action.CASE_UPDATE)
        self.new_button.setVisible(may)
        self.step_button.setVisible(may)
        self._selection()

    def fill(self, cf: CaseFile) -> None:
        self._members = member_items(cf.members)
        # A case held by another office is a read-only stub here.
        held_by = cf.case.get("held_by")
        self._writable = self.ctx.signed_in and (
            held_by is None or self.ctx.session.is_hub or held_by == self.ctx.session.office)
        self.reload()

    def reload(self) -> None:
        self.ctx.call(compensation.list_claims, self.host.case_id, on_done=self._show,
                      on_error=lambda e: self.message.set_message(describe(e)))

    def _show(self, claims: list[Claim]) -> None:
        self.claims = claims
        lang = ui_lang()
        rows = []
        for c in claims:
            state = claim_status_label(c.status)
            when = c.decided_on or c.submitted_on
            if when:
                state += " · " + format_date(when)
            rows.append((c, [
                reference.label("compensation_schemes", c.scheme, lang),
                reference.label("compensation_categories", c.category, lang),
                c.claimant_name, ", ".join(n for n in c.heir_names if n),
                (state, warning_icon()) if c.status == ClaimStatus.REJECTED else state,
                rupees(c.amount_claimed), rupees(c.amount_paid), c.reference]))
        fill_table(self.table, rows)
        self.message.set_message("")
        self._selection()

    def _selection(self) -> None:
        claim = selected_record(self.table)
        self.new_button.setEnabled(self._writable)
        self.step_button.setEnabled(self._writable and claim is not None
                                    and bool(claim.next_steps))

    def _new(self) -> None:
        if self._writable:
            self.host.run_dialog(ClaimDialog(self.ctx, self.host.case_id, self._members, self))

    def _step(self) -> None:
        claim = selected_record(self.table)
        if claim is not None and claim.next_steps and self._writable \
                and self.ctx.can(Action.CASE_UPDATE):
            self.host.run_dialog(ClaimStepDialog(self.ctx, claim, self))
