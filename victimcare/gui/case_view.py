"""One case: a header with who, risk and status, and a tab for each part of the work."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.enums import (
    CaseStatus,
    DatePrecision,
    RiskLevel,
    Sensitivity,
    VerificationStatus,
)
from victimcare.domain.permissions import Action
from victimcare.domain.rules import consent_is_current
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import person_name
from victimcare.gui.dialogs.closure import ClosureDecisionDialog, ClosureRequestDialog
from victimcare.gui.dialogs.transfer import TransferDialog
from victimcare.gui.fonts import URDU_UI
from victimcare.gui.letter_preview import show_case_summary
from victimcare.gui.messages import describe
from victimcare.gui.style import format_date
from victimcare.gui.widgets.case_tabs import (
    AttachmentsTab,
    ConsentTab,
    FollowUpsTab,
    HistoryTab,
    NeedsTab,
    NotesTab,
    PeopleTab,
    ReferralsTab,
    RiskTab,
)
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.gui.widgets.compensation_tab import CompensationTab
from victimcare.gui.widgets.field_errors import ErrorLabel
from victimcare.gui.widgets.labels import enum_label
from victimcare.gui.widgets.lang import ui_lang
from victimcare.gui.widgets.marks import risk_html
from victimcare.services import casefile, cases, closures
from victimcare.services.casefile import CaseFile

_EDITABLE_STATUSES = (CaseStatus.OPEN.value, CaseStatus.ON_HOLD.value)


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OverviewTab(QWidget):
    """The incident as registered (read only) and the case's own flags (editable)."""

    def __init__(self, page: CaseViewPage) -> None:
        super().__init__(page)
        self.page = page
        self._baseline: dict[str, Any] = {}
        self._status = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        layout = QHBoxLayout()
        layout.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self._incident_box())
        left.addWidget(self._glance_box())
        left.addStretch(1)
        layout.addLayout(left, 1)
        layout.addWidget(self._case_box(), 1, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(layout)
        outer.addStretch(1)

    def _incident_box(self) -> QWidget:
        box = QGroupBox(self.tr("Incident"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.incident: dict[str, QLabel] = {}
        for key, text in (("occurred_on", self.tr("Date")), ("district", self.tr("District")),
                          ("tehsil", self.tr("Tehsil")), ("place_type", self.tr("Place")),
                          ("attack_types", self.tr("Attack")),
                          ("weapon_types", self.tr("Weapons")),
                          ("suicide_attack", self.tr("Suicide attack")),
                          ("fir_reference", self.tr("FIR / CTD reference")),
                          ("casualties", self.tr("Reported deaths / injuries")),
                          ("verification_status", self.tr("Verification")),
                          ("summary", self.tr("Summary"))):
            label = _value_label(box, "overview_" + key)
            label.setAccessibleName(text)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(200)
            form.addRow(text, label)
            self.incident[key] = label
        return box

    def _glance_box(self) -> QWidget:
        box = QGroupBox(self.tr("At a glance"), self)
        form = QFormLayout(box)
        self.glance: dict[str, QLabel] = {}
        for key, text in (("needs", self.tr("Needs")), ("follow_ups", self.tr("Follow-ups")),
                          ("consent", self.tr("Consent")), ("risk", self.tr("Risk review"))):
            label = _value_label(box, "glance_" + key)
            label.setAccessibleName(text)
            form.addRow(text, label)
            self.glance[key] = label
        return box

    def _fill_glance(self, cf: CaseFile) -> None:
        open_needs = [i for i in cf.need_items if i["status"] not in ("met", "declined_by_client")]
        self.glance["needs"].setText(
            self.tr("%1 open of %2 recorded").replace("%1", str(len(open_needs))).replace(
                "%2", str(len(cf.need_items))) if cf.need_items else self.tr("None recorded yet"))
        planned = sorted(f["due_on"] for f in cf.follow_ups if not f.get("done"))
        self.glance["follow_ups"].setText(
            self.tr("Next on %1").replace("%1", planned[0]) if planned
            else self.tr("None planned"))
        current = [c for c in cf.consents if consent_is_current(c, dt.date.today())]
        self.glance["consent"].setText(
            self.tr("%1 current").replace("%1", str(len(current))) if current
            else "⚠ " + self.tr("No current consent on file"))
        pending = [r for r in cf.risks if r["review_status"] == "pending"]
        self.glance["risk"].setText(
            "⚠ " + self.tr("A rating waits for a supervisor") if pending
            else self.tr("Nothing waiting"))

    def _case_box(self) -> QWidget:
        box = QGroupBox(self.tr("Case"), self)
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)

        def row(text: str, widget: QWidget, name: str) -> QWidget:
            widget.setObjectName(name)
            caption = QLabel(text, box)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(caption, widget)
            return widget

        self.status = row(self.tr("&Status"), ChoiceCombo([], box), "caseStatusCombo")
        self.sensitivity = row(self.tr("Se&nsitivity"), ChoiceCombo.of(Sensitivity, box),
                               "caseSensitivity")
        self.fir_registered = row(self.tr("FIR"), QCheckBox(self.tr("&FIR registered"), box),
                                  "caseFirRegistered")
        self.witness = row(self.tr("Witness"),
                           QCheckBox(self.tr("Is or may be a &witness"), box), "caseWitness")
        self.protection = row(self.tr("Protection"),
                              QCheckBox(self.tr("&Protection concern"), box), "caseProtection")
        self.court_ref = row(self.tr("&Court case ref."), QLineEdit(box), "caseCourtRef")
        self.court_ref.setMaxLength(100)
        self.referral_source = row(self.tr("&Referred by"), QLineEdit(box),
                                   "caseReferralSource")
        self.referral_source.setMaxLength(200)
        self.opened_on = _value_label(box, "caseOpenedOn")
        form.addRow(self.tr("Opened on"), self.opened_on)
        self.next_review = _value_label(box, "caseNextReview")
        form.addRow(self.tr("Next risk review"), self.next_review)
        self.message = ErrorLabel(box)
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.undo = QPushButton(self.tr("&Undo changes"), box)
        self.undo.setObjectName("undoCaseButton")
        self.undo.clicked.connect(lambda: self._set_form(self._baseline))
        self.save = QPushButton(self.tr("Sa&ve changes"), box)
        self.save.setObjectName("saveCaseButton")
        self.save.setProperty("primary", True)
        self.save.clicked.connect(self._save)
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        buttons.addWidget(self.save)
        outer.addLayout(buttons)
        for check in (self.fir_registered, self.witness, self.protection):
            check.toggled.connect(lambda _c: self._edited())
        for edit in (self.court_ref, self.referral_source):
            edit.textChanged.connect(lambda _t: self._edited())
        for combo in (self.status, self.sensitivity):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        self._edited()
        return box

    # -- data ----------------------------------------------------------------------------
    def fill(self, cf: CaseFile) -> None:
        self._fill_incident(cf.incident or {})
        self._fill_glance(cf)
        case = cf.case
        self.opened_on.setText(format_date(case.get("opened_on")))
        self.next_review.setText(format_date(case.get("next_review_on")) or self.tr("Not set"))
        values = {k: case.get(k) for k in ("status", "sensitivity", "court_case_ref",
                                           "referral_source")}
        values.update({k: bool(case.get(k)) for k in ("fir_registered", "witness",
                                                      "protection_concern")})
        values = {k: ("" if v is None else v) for k, v in values.items()}
        keep_edits = self.dirty()
        self._status = case["status"]
        self.status.blockSignals(True)
        self.status.clear()
        for code in dict.fromkeys((*_EDITABLE_STATUSES, case["status"])):
            self.status.addItem(enum_label(CaseStatus, code), code)
        self.status.blockSignals(False)
        editable = self.page.ctx.can(Action.CASE_UPDATE)
        self.status.setEnabled(editable and case["status"] in _EDITABLE_STATUSES)
        for w in (self.sensitivity, self.fir_registered, self.witness, self.protection,
                  self.court_ref, self.referral_source):
            w.setEnabled(editable)
        self.undo.setVisible(editable)
        self.save.setVisible(editable)
        edits = self.values() if keep_edits else None
        self._baseline = values
        self._set_form(edits or values)

    def _fill_incident(self, inc: dict[str, Any]) -> None:
        lang = ui_lang()
        precision = inc.get("date_precision") or DatePrecision.DAY.value
        date = inc.get("occurred_on") or ""
        shown = {"day": format_date(date), "month": date[:7], "year": date[:4]}.get(
            precision, date)
        if precision != DatePrecision.DAY:
            shown += " (" + enum_label(DatePrecision, precision) + ")"
        deaths, injuries = inc.get("reported_deaths"), inc.get("reported_injuries")
        unknown = self.tr("not known")
        texts = {
            "occurred_on": shown,
            "district": reference.label("admin_units", inc.get("district"), lang),
            "tehsil": inc.get("tehsil") or "",
            "place_type": reference.label("place_types", inc.get("place_type"), lang),
            "attack_types": "; ".join(reference.label("attack_types", c, lang)
                                      for c in inc.get("attack_types") or []),
            "weapon_types": "; ".join(reference.label("weapon_types", c, lang)
                                      for c in inc.get("weapon_types") or []),
            "suicide_attack": self.tr("Yes") if inc.get("suicide_attack") else self.tr("No"),
            "fir_reference": inc.get("fir_reference") or "",
            "casualties": self.tr("%1 / %2").replace(
                "%1", unknown if deaths is None else str(deaths)).replace(
                "%2", unknown if injuries is None else str(injuries)),
            "verification_status": enum_label(VerificationStatus,
                                              inc.get("verification_status")),
            "summary": inc.get("summary") or "",
        }
        for key, label in self.incident.items():
            label.setText(texts.get(key, "") or "—")

    def values(self) -> dict[str, Any]:
        return {"status": self.status.code() or self._status,
                "sensitivity": self.sensitivity.code(),
                "court_case_ref": self.court_ref.text().strip(),
                "referral_source": self.referral_source.text().strip(),
                "fir_registered": self.fir_registered.isChecked(),
                "witness": self.witness.isChecked(),
                "protection_concern": self.protection.isChecked()}

    def _set_form(self, values: dict[str, Any]) -> None:
        self.status.set_code(values.get("status"))
        self.sensitivity.set_code(values.get("sensitivity") or Sensitivity.NORMAL.value)
        self.court_ref.setText(values.get("court_case_ref") or "")
        self.referral_source.setText(values.get("referral_source") or "")
        self.fir_registered.setChecked(bool(values.get("fir_registered")))
        self.witness.setChecked(bool(values.get("witness")))
        self.protection.setChecked(bool(values.get("protection_concern")))
        self._edited()

    def dirty(self) -> bool:
        return bool(self._baseline) and self._changes() != {}

    def _changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self._baseline.get(k)}

    def _edited(self) -> None:
        dirty = self.dirty()
        self.save.setEnabled(dirty)
        self.undo.setEnabled(dirty)

    def _save(self) -> None:
        changes = {k: (None if v == "" else v) for k, v in self._changes().items()}
        if not changes:
            return
        self.message.set_message("")
        self.save.setEnabled(False)
        self.page.ctx.call(cases.update_case, self.page.case_id, changes,
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, _changed: Any) -> None:
        self._baseline = self.values()
        self._edited()
        self.page.report(self.tr("Case details saved."))
        self.page.wrote()

    def _failed(self, error: BaseException) -> None:
        self._edited()
        self.message.set_message(describe(error))


class CaseViewPage(QWidget):
    """The shell calls `load(case_id)`. The page refreshes itself when `ctx.data_changed`
    names its case, and says so after each of its own writes. The window title carries the
    case number only, never a victim's name (it shows in taskbars and screen shares)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = ""
        self.case_file: CaseFile | None = None
        self.setObjectName("caseViewPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self._header())
        self.message = ErrorLabel(self)
        self.message.setObjectName("caseMessage")
        layout.addWidget(self.message)
        self.info = QLabel(self)
        self.info.setObjectName("caseInfo")
        self.info.setWordWrap(True)
        self.info.hide()
        layout.addWidget(self.info)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(self)
        self.people = PeopleTab(self)
        self.needs = NeedsTab(self)
        self.risk = RiskTab(self)
        self.consent = ConsentTab(self)
        self.follow_ups = FollowUpsTab(self)
        self.notes = NotesTab(self)
        self.referrals = ReferralsTab(self)
        self.compensation = CompensationTab(self)
        self.attachments = AttachmentsTab(self)
        self.history = HistoryTab(self)
        for tab in self._all_tabs():
            self.tabs.addTab(tab, "")
        self._titles(None)
        layout.addWidget(self.tabs, 1)
        self._shown_to = ""  # the user the case was last read for
        ctx.data_changed.connect(self._data_changed)
        ctx.session_changed.connect(self._session_changed)

    def _header(self) -> QWidget:
        frame = QFrame(self)
        frame.setObjectName("caseHeader")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QVBoxLayout(frame)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.number = _value_label(frame, "caseNumber")
        big = QFont(self.number.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.number.setFont(big)
        self.number.setWordWrap(False)
        self.name = _value_label(frame, "caseName")
        self.name.setFont(big)
        self.name.setWordWrap(False)
        self.name_ur = _value_label(frame, "caseNameUr")
        urdu = QFont(URDU_UI)
        urdu.setPointSizeF(big.pointSizeF())
        self.name_ur.setFont(urdu)
        self.name_ur.setWordWrap(False)
        self.name_ur.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        top.addWidget(self.number)
        top.addWidget(self.name)
        top.addWidget(self.name_ur)
        top.addStretch(1)
        self.summary_button = QPushButton(self.tr("Case &summary…"), frame)
        self.summary_button.setObjectName("caseSummaryButton")
        self.summary_button.setToolTip(self.tr(
            "A confidential summary of the whole case for supervision, to preview or print."))
        self.summary_button.clicked.connect(self._summary)
        top.addWidget(self.summary_button)
        self.transfer_button = QPushButton(self.tr("&Transfer…"), frame)
        self.transfer_button.setObjectName("caseTransferButton")
        self.transfer_button.setToolTip(self.tr("Hand this case over to another office."))
        self.transfer_button.clicked.connect(self._transfer)
        top.addWidget(self.transfer_button)
        self.close_button = QPushButton(self.tr("&Close case…"), frame)
        self.close_button.setObjectName("caseCloseButton")
        self.close_button.setToolTip(self.tr("Ask a supervisor to close this case."))
        self.close_button.clicked.connect(self._request_closure)
        top.addWidget(self.close_button)
        self.decide_button = QPushButton(self.tr("&Decide closure…"), frame)
        self.decide_button.setObjectName("caseDecideClosureButton")
        self.decide_button.setToolTip(self.tr("Approve or reject the request to close this case."))
        self.decide_button.clicked.connect(self._decide_closure)
        top.addWidget(self.decide_button)
        grid.addLayout(top)
        facts = QHBoxLayout()
        facts.setSpacing(24)
        self.risk_label = QLabel(frame)
        self.risk_label.setObjectName("caseRisk")
        self.risk_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label = _value_label(frame, "caseStatus")
        self.worker_label = _value_label(frame, "caseWorker")
        self.review_label = _value_label(frame, "caseReview")
        for w in (self.risk_label, self.status_label, self.worker_label, self.review_label):
            w.setWordWrap(False)
            facts.addWidget(w)
        facts.addStretch(1)
        grid.addLayout(facts)
        return frame

    # -- loading -------------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        if case_id != self.case_id:
            self.overview._baseline = {}  # a different case: no edits carry over
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if not self.case_id or not self.ctx.signed_in:
            return
        self.ctx.call(casefile.get_case, self.case_id, on_done=self._show,
                      on_error=self._load_failed)

    def _session_changed(self) -> None:
        # After an unlock by the same user nothing changed; another user sees it afresh
        # (with their own permissions), or is told the case is not visible to them.
        if self.ctx.signed_in and self.ctx.session.user_id != self._shown_to:
            self.reload()

    def _data_changed(self, case_id: str) -> None:
        if self.case_id and case_id in ("", self.case_id):
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        self.case_file = None
        self.message.set_message(describe(error))
        self.tabs.setEnabled(False)

    def _show(self, cf: CaseFile) -> None:
        self.case_file = cf
        self._shown_to = self.ctx.session.user_id if self.ctx.signed_in else ""
        self.message.set_message("")
        self.tabs.setEnabled(True)
        case = cf.case
        self.setWindowTitle(self.tr("Case %1").replace("%1", case["case_number"]))
        self.number.setText(case["case_number"])
        self.name.setText(person_name(cf.principal))
        self.name_ur.setText(cf.principal.get("name_ur") or "")
        self.name_ur.setVisible(bool(cf.principal.get("name_ur")))
        pending = any(r["review_status"] == "pending" for r in cf.risks)
        self.risk_label.setText(self.tr("Risk: %1").replace(
            "%1", risk_html(case.get("risk_level"), self.tr("not yet rated")))
            + (" " + self.tr("(a new rating waits for review)") if pending else ""))
        self.risk_label.setAccessibleName(self.tr("Risk: %1").replace(
            "%1", enum_label_or(case.get("risk_level"), self.tr("not yet rated"))))
        self.status_label.setText(self.tr("Status: %1").replace(
            "%1", enum_label(CaseStatus, case["status"])))
        self.worker_label.setText(self.tr("Case worker: %1").replace(
            "%1", self.user_name(case.get("case_worker")) or self.tr("nobody yet")))
        self.review_label.setText(self.tr("Next risk review: %1").replace(
            "%1", format_date(case.get("next_review_on")) or self.tr("not set")))
        for tab in self._all_tabs():
            tab.fill(cf)
            if tab is not self.overview:
                tab.apply_permissions()
        self.summary_button.setVisible(self.ctx.can(Action.CASE_VIEW_RESTRICTED))
        held_here = self.ctx.session.is_hub or case.get("held_by") in (
            None, self.ctx.session.office)
        self.transfer_button.setVisible(self.ctx.can(Action.CASE_TRANSFER) and held_here)
        status = case["status"]
        self.close_button.setVisible(held_here and self.ctx.can(Action.CLOSURE_REQUEST) and status
                                     in (CaseStatus.OPEN.value, CaseStatus.ON_HOLD.value))
        self.decide_button.setVisible(held_here and self.ctx.can(Action.CLOSURE_APPROVE)
                                      and status == CaseStatus.PENDING_CLOSURE.value)
        self.report("" if held_here else self.tr(
            "This case is now held by another office (%1). It can only be read here.").replace(
            "%1", str(case.get("held_by"))))
        self._titles(cf)

    def _all_tabs(self) -> tuple[Any, ...]:
        return (self.overview, self.people, self.needs, self.risk, self.consent,
                self.follow_ups, self.notes, self.referrals, self.compensation,
                self.attachments, self.history)

    def _titles(self, cf: CaseFile | None) -> None:
        def counted(text: str, n: int | None) -> str:
            return text if not n else self.tr("%1 (%2)").replace("%1", text).replace(
                "%2", str(n))

        open_follow_ups = sum(1 for f in cf.follow_ups if not f.get("done")) if cf else None
        for i, (text, n) in enumerate((
                (self.tr("Overview"), None),
                (self.tr("People and family"), len(cf.members) if cf else None),
                (self.tr("Needs"), len(cf.need_items) if cf else None),
                (self.tr("Risk"), None),
                (self.tr("Consent"), len(cf.consents) if cf else None),
                (self.tr("Follow-ups"), open_follow_ups),
                (self.tr("Notes"), len(cf.notes) if cf else None),
                (self.tr("Referrals"), None),
                (self.tr("Compensation"), None),
                (self.tr("Files"), len(cf.attachments) if cf else None),
                (self.tr("History"), None))):
            self.tabs.setTabText(i, counted(text, n))

    # -- what tabs call ------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> None:
        """Open a task dialog (window-modal, non-blocking); after it saved, refresh."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.wrote)
        dialog.open()

    def wrote(self) -> None:
        self.ctx.data_changed.emit(self.case_id)

    def report(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def user_name(self, user_id: str | None) -> str:
        if not user_id or self.case_file is None:
            return ""
        return self.case_file.users.get(user_id, "")

    def _transfer(self) -> None:
        if self.case_file is not None:
            self.run_dialog(TransferDialog(self.ctx, self.case_id,
                                           self.case_file.case["case_number"], self))

    def _request_closure(self) -> None:
        if self.case_file is not None:
            self.run_dialog(ClosureRequestDialog(self.ctx, self.case_id,
                                                 self.case_file.case["case_number"], self))

    def _decide_closure(self) -> None:
        if self.case_id:
            self.ctx.call(closures.pending_closure, self.case_id,
                          on_done=self._closure_arrived, on_error=self._load_failed_message)

    def _closure_arrived(self, request: dict[str, Any] | None) -> None:
        if request is None:  # decided meanwhile (e.g. by another supervisor)
            self.reload()
            return
        self.run_dialog(ClosureDecisionDialog(self.ctx, request, self))

    def _load_failed_message(self, error: BaseException) -> None:
        self.message.set_message(describe(error))

    def _summary(self) -> None:
        if self.case_id:
            show_case_summary(self.ctx, self.case_id, self)

    def has_unsaved_changes(self) -> bool:
        return self.overview.dirty()


def enum_label_or(level: str | None, none_text: str) -> str:
    return enum_label(RiskLevel, level) if level else none_text
