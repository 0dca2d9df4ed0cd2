"""The list tabs of the case view: people, needs, risk, consent, follow-ups, notes, referrals,
files, history."""

from __future__ import annotations

import datetime as dt
import html
import json
import mimetypes
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QMimeDatabase, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.enums import (
    ClaimStatus,
    ConsentGivenBy,
    ConsentMethod,
    FollowUpKind,
    GuardianRelation,
    NeedStatus,
    ReferralStatus,
    ReviewStatus,
    RiskLevel,
    Severity,
    Sex,
    Urgency,
)
from victimcare.domain.errors import ValidationError
from victimcare.domain.permissions import Action
from victimcare.domain.rules import consent_is_current
from victimcare.domain.validation import format_cnic, format_mobile
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.attachment_viewer import AttachmentViewer, save_copy
from victimcare.gui.dialogs.base import member_items, person_name
from victimcare.gui.dialogs.compensation import claim_status_label
from victimcare.gui.dialogs.consent import ConsentDialog, WithdrawConsentDialog
from victimcare.gui.dialogs.follow_up import CompleteFollowUpDialog, FollowUpDialog
from victimcare.gui.dialogs.needs import NeedItemDialog, NeedsDialog
from victimcare.gui.dialogs.note import NoteDialog
from victimcare.gui.dialogs.person import ContactDialog, FamilyMemberDialog, PersonDialog
from victimcare.gui.dialogs.referral_draft import ReferralDraftDialog
from victimcare.gui.dialogs.risk import RiskAssessmentDialog, RiskReviewDialog
from victimcare.gui.letter_preview import LetterPreview, show_consent_form
from victimcare.gui.messages import describe
from victimcare.gui.style import format_date
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.gui.widgets.field_errors import ErrorLabel
from victimcare.gui.widgets.labels import enum_label
from victimcare.gui.widgets.lang import ltr, ui_lang
from victimcare.gui.widgets.marks import risk_icon, warning_icon
from victimcare.services import care, referrals
from victimcare.services.casefile import CaseFile

Row = dict[str, Any]


class CaseHost(Protocol):
    """What a tab needs from the page that holds it."""

    ctx: AppContext
    case_id: str

    def run_dialog(self, dialog: QDialog) -> None: ...

    def user_name(self, user_id: str | None) -> str: ...

    def wrote(self) -> None: ...

    def report(self, text: str) -> None: ...


# -- small helpers -------------------------------------------------------------------------
def local_time(iso: str | None) -> str:
    """A stored UTC time as the user's local date and time."""
    if not iso:
        return ""
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def make_table(parent: QWidget, name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)  # long reasons and outcomes wrap in the stretching column
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    # Without bounds one long value (or Naskh's wide glyphs in Urdu) takes the width the
    # stretching column needs, and every row grows tall with wrapped text.
    header.setMinimumSectionSize(40)
    header.setMaximumSectionSize(200)
    return table


Cell = str | tuple[str, QIcon]
_NUMERIC = re.compile(r"[\d\s\-:/.,+]+")


def fill_table(table: QTableWidget, rows: list[tuple[Any, list[Cell]]]) -> None:
    """Replace the rows; the first cell of each row carries the record (UserRole)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, (record, cells) in enumerate(rows):
        for c, cell in enumerate(cells):
            text, icon = cell if isinstance(cell, tuple) else (cell, None)
            if _NUMERIC.fullmatch(text):
                text = ltr(text)  # dates, times, CNICs keep their order in Urdu
            item = QTableWidgetItem(text)
            if icon is not None:
                item.setIcon(icon)
            item.setToolTip(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, record)
            table.setItem(r, c, item)


def selected_record(table: QTableWidget) -> Any:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def _button(parent: QWidget, text: str, name: str, slot: Callable[[], None],
            primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    if primary:
        button.setProperty("primary", True)
    return button


class _Tab(QWidget):
    """A list with its buttons underneath (secondary on the left, the primary one right)."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.setSpacing(8)
        self.message = ErrorLabel(self)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self._guarded: list[tuple[QWidget, Action]] = []

    def guard(self, widget: QWidget, action: Action) -> None:
        """Show `widget` only to users whose role allows `action` (the service checks too)."""
        self._guarded.append((widget, action))
        widget.setVisible(self.ctx.can(action))

    def apply_permissions(self) -> None:
        for widget, action in self._guarded:
            widget.setVisible(self.ctx.can(action))

    def finish(self, *widgets: QWidget) -> None:
        for w in widgets:
            self.layout_.addWidget(w, 1)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(self.buttons)

    @property
    def ctx(self) -> AppContext:
        return self.host.ctx

    def fill(self, cf: CaseFile) -> None:
        raise NotImplementedError


def _names(cf: CaseFile) -> dict[str, str]:
    return {m["person"]: person_name(m.get("person_row")) for m in cf.members}


# -- people --------------------------------------------------------------------------------
class PeopleTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.members = make_table(self, "membersTable", [
            self.tr("Name"), self.tr("Name in Urdu"), self.tr("Role in family"),
            self.tr("Father's or husband's name"), self.tr("Sex"), self.tr("Age"),
            self.tr("CNIC"), self.tr("Mobile"), self.tr("Victim category"), self.tr("Harm")], 9)
        # One line per person: ten columns leave the last one narrow, and wrapped harms made
        # every row several lines tall. A cut value shows whole in its tooltip.
        self.members.setWordWrap(False)
        self.relations = make_table(self, "relationshipsTable", [
            self.tr("Person"), self.tr("Relationship"), self.tr("Of"), self.tr("Also")], 3)
        self.relations.setMaximumHeight(180)
        caption = QLabel(self.tr("Relationships"), self)
        self.members.itemSelectionChanged.connect(self._selection)
        self.members.itemActivated.connect(lambda *_a: self._edit())
        self.edit = _button(self, self.tr("&Edit person…"), "editPersonButton", self._edit)
        self.contact = _button(self, self.tr("Add &contact…"), "addContactButton",
                               self._add_contact)
        self.add = _button(self, self.tr("Add &family member…"), "addMemberButton",
                           self._add_member, primary=True)
        for button in (self.edit, self.contact, self.add):
            self.guard(button, Action.PERSON_EDIT)
        self.buttons.addWidget(self.edit)
        self.buttons.addWidget(self.contact)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add)
        self.layout_.addWidget(self.members, 3)
        self.layout_.addWidget(caption)
        self.finish(self.relations)
        self._people: dict[str, Row] = {}
        self._principal_name = ""

    def fill(self, cf: CaseFile) -> None:
        lang = ui_lang()
        self._people = {m["person"]: {"id": m["person"], **(m.get("person_row") or {})}
                        for m in cf.members}
        self._principal_name = person_name(cf.principal)
        chosen = selected_record(self.members)
        names = _names(cf)
        principal = cf.case["principal_person"]
        to_principal = {r["person_a"]: r for r in cf.relationships if r["person_b"] == principal}
        rows = []
        for m in sorted(cf.members, key=lambda m: not m.get("principal")):
            p = m.get("person_row") or {}
            rel = to_principal.get(m["person"])
            role = self.tr("Principal person") if m.get("principal") else (
                reference.label("relationship_types", rel["kind"], lang) if rel else "")
            guardian = " ".join(x for x in (
                enum_label(GuardianRelation, p.get("guardian_relation")),
                p.get("guardian_name") or "") if x)
            mobiles = [self._contact(c) for c in m.get("contacts", []) if c["kind"] == "mobile"]
            rows.append((m["person"], [
                names.get(m["person"], ""), p.get("name_ur") or "", role, guardian,
                enum_label(Sex, p.get("sex")), self._age(p),
                format_cnic(p["cnic"]) if p.get("cnic") else "", ", ".join(mobiles),
                reference.label("victim_categories", m.get("victim_category"), lang),
                "; ".join(reference.label("harm_types", h, lang) for h in m.get("harms") or [])]))
        fill_table(self.members, rows)
        for r in range(self.members.rowCount()):
            item = self.members.item(r, 1)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if self.members.item(r, 0).data(Qt.ItemDataRole.UserRole) == chosen:
                self.members.selectRow(r)  # a refresh after saving keeps the person chosen
        rel_rows = []
        for rel in cf.relationships:
            flags = [text for flag, text in (
                ("dependant", self.tr("dependant")), ("legal_heir", self.tr("legal heir")),
                ("primary_caregiver", self.tr("primary caregiver"))) if rel.get(flag)]
            rel_rows.append((rel["id"], [
                names.get(rel["person_a"], ""),
                reference.label("relationship_types", rel["kind"], lang),
                names.get(rel["person_b"], ""), ", ".join(flags)]))
        fill_table(self.relations, rel_rows)
        self._selection()

    def _selection(self) -> None:
        chosen = selected_record(self.members) is not None
        self.edit.setEnabled(chosen)
        self.contact.setEnabled(chosen)

    def _edit(self) -> None:
        person = self._people.get(selected_record(self.members))
        if person is not None and self.ctx.can(Action.PERSON_EDIT):
            self.host.run_dialog(PersonDialog(self.ctx, person, self))

    def _add_contact(self) -> None:
        person = self._people.get(selected_record(self.members))
        if person is not None:
            self.host.run_dialog(ContactDialog(self.ctx, person["id"], person_name(person),
                                               self))

    def _add_member(self) -> None:
        self.host.run_dialog(FamilyMemberDialog(self.ctx, self.host.case_id,
                                                self._principal_name, self))

    def _contact(self, c: Row) -> str:
        text = ltr(format_mobile(c["value"]))
        if c.get("safe_to_contact") == "no":
            text += " " + self.tr("(not safe to call)")
        elif c.get("safe_to_contact") == "via_someone":
            text += " " + self.tr("(only through someone)")
        return text

    def _age(self, p: Row) -> str:
        if p.get("date_of_birth"):
            born = dt.date.fromisoformat(p["date_of_birth"])
            # The dead keep the age they died at.
            died = p.get("date_of_death") if p.get("deceased") else None
            end = dt.date.fromisoformat(died) if died else dt.date.today()
            years = end.year - born.year - ((end.month, end.day) < (born.month, born.day))
            text = self.tr("%1 at death (born %2)") if died else self.tr("%1 (born %2)")
            return text.replace("%1", str(years)).replace("%2", format_date(p["date_of_birth"]))
        if p.get("age_estimate") is not None:
            return self.tr("about %1").replace("%1", str(p["age_estimate"]))
        return ""


# -- needs ---------------------------------------------------------------------------------
class NeedsTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("needsTree")
        self.tree.setHeaderLabels([self.tr("Need"), self.tr("Severity"), self.tr("Status"),
                                   self.tr("Notes")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._selection)
        self.tree.itemActivated.connect(lambda *_a: self._change())
        self.change = _button(self, self.tr("&Change status…"), "changeNeedButton", self._change)
        self.refer = _button(self, self.tr("Re&fer to a service…"), "referNeedButton",
                             self._refer)
        self.record = _button(self, self.tr("&Record needs…"), "recordNeedsButton",
                              self._record, primary=True)
        self.guard(self.change, Action.NEEDS_EDIT)
        self.guard(self.refer, Action.REFERRAL_DRAFT)
        self.guard(self.record, Action.NEEDS_EDIT)
        self.buttons.addWidget(self.change)
        self.buttons.addWidget(self.refer)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.record)
        self.finish(self.tree)
        self._members: list[tuple[str, str]] = []
        self._district: str | None = None

    def fill(self, cf: CaseFile) -> None:
        lang = ui_lang()
        names = _names(cf)
        self._members = member_items(cf.members)
        self._district = (cf.incident or {}).get("district") or cf.principal.get("district")
        self.tree.clear()
        for a in reversed(cf.assessments):
            who = names.get(a.get("person")) if a.get("person") else self.tr("the whole family")
            title = self.tr("%1, for %2, by %3").replace(
                "%1", format_date(a["assessed_on"])).replace("%2", who or "").replace(
                "%3", self.host.user_name(a.get("assessed_by")))
            if a.get("summary"):
                title += ": " + a["summary"]
            top = QTreeWidgetItem(self.tree, [title])
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in a["items"]:
                child = QTreeWidgetItem(top, [
                    reference.label("need_domains", item["domain"], lang),
                    enum_label(Severity, item["severity"]),
                    enum_label(NeedStatus, item["status"]), item.get("notes") or ""])
                child.setData(0, Qt.ItemDataRole.UserRole, item)
            top.setExpanded(True)
        self._selection()

    def _selected(self) -> Row | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _selection(self) -> None:
        item = self._selected()
        self.change.setEnabled(item is not None)
        # A need already met, declined or without a service needs no new referral.
        self.refer.setEnabled(item is not None and item["status"] in (
            NeedStatus.IDENTIFIED, NeedStatus.REFERRAL_PLANNED))

    def _record(self) -> None:
        self.host.run_dialog(NeedsDialog(self.ctx, self.host.case_id, self._members, self))

    def _refer(self) -> None:
        item = self._selected()
        if item is not None:
            self.host.run_dialog(ReferralDraftDialog(self.ctx, self.host.case_id, item,
                                                     self._district, self))

    def _change(self) -> None:
        item = self._selected()
        if item is not None and self.ctx.can(Action.NEEDS_EDIT):
            self.host.run_dialog(NeedItemDialog(self.ctx, item, self))


# -- risk ----------------------------------------------------------------------------------
class RiskTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.table = make_table(self, "riskTable", [
            self.tr("Date"), self.tr("Level"), self.tr("Reasons"), self.tr("Rated by"),
            self.tr("Review")], 2)
        self.table.itemSelectionChanged.connect(self._selection)
        self.review = _button(self, self.tr("Re&view…"), "reviewRiskButton", self._review)
        self.assess = _button(self, self.tr("&Assess risk…"), "assessRiskButton", self._assess,
                              primary=True)
        self.guard(self.review, Action.RISK_REVIEW)
        self.guard(self.assess, Action.RISK_ASSESS)
        self.buttons.addWidget(self.review)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.assess)
        self.finish(self.table)
        self._current: str | None = None

    def fill(self, cf: CaseFile) -> None:
        self._current = cf.case.get("risk_level")
        rows = []
        for a in reversed(cf.risks):
            review = enum_label(ReviewStatus, a["review_status"])
            if a.get("reviewed_by"):
                review = self.tr("%1 by %2").replace("%1", review).replace(
                    "%2", self.host.user_name(a["reviewed_by"]))
                if a.get("review_comment"):
                    review += ": " + a["review_comment"]
            status_cell: Cell = (review, warning_icon()) if a["review_status"] == "pending" \
                else review
            rows.append((a, [format_date(a["assessed_on"]),
                             (enum_label(RiskLevel, a["level"]), risk_icon(a["level"])),
                             a.get("rationale") or "", self.host.user_name(a.get("assessed_by")),
                             status_cell]))
        fill_table(self.table, rows)
        self._selection()

    def _selection(self) -> None:
        a = selected_record(self.table)
        self.review.setEnabled(bool(a) and a["review_status"] == ReviewStatus.PENDING)

    def _assess(self) -> None:
        self.host.run_dialog(RiskAssessmentDialog(self.ctx, self.host.case_id, self._current,
                                                  self))

    def _review(self) -> None:
        a = selected_record(self.table)
        if a and a["review_status"] == ReviewStatus.PENDING:
            self.host.run_dialog(RiskReviewDialog(
                self.ctx, a, self._current, self.host.user_name(a.get("assessed_by")), self))


# -- consent -------------------------------------------------------------------------------
def consent_state(c: Row, today: dt.date | None = None) -> str:
    """Given / expired / withdrawn, in words."""
    today = today or dt.date.today()
    ctx = "CaseTabs"
    if c.get("withdrawn_on"):
        return _tr(ctx, "Withdrawn on %1").replace("%1", format_date(c["withdrawn_on"]))
    if not consent_is_current(c, today):
        return _tr(ctx, "Expired on %1").replace("%1", format_date(c["expires_on"]))
    if c.get("expires_on"):
        return _tr(ctx, "Valid until %1").replace("%1", format_date(c["expires_on"]))
    return _tr(ctx, "Valid, no end date")


class ConsentTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.table = make_table(self, "consentTable", [
            self.tr("Person"), self.tr("Type"), self.tr("Given by"), self.tr("Method"),
            self.tr("Given on"), self.tr("State"), self.tr("May share")], 6)
        self.table.itemSelectionChanged.connect(self._selection)
        self.withdraw = _button(self, self.tr("&Withdraw…"), "withdrawConsentButton",
                                self._withdraw)
        self.print_form = _button(self, self.tr("&Print consent form…"),
                                  "printConsentFormButton", self._print_form)
        self.print_form.setToolTip(self.tr(
            "The selected consent as a form to sign or thumb-print; with nothing selected, a "
            "blank form for the principal person."))
        self.record = _button(self, self.tr("&Record consent…"), "recordConsentButton",
                              self._record, primary=True)
        self.guard(self.withdraw, Action.CONSENT_RECORD)
        self.guard(self.print_form, Action.CONSENT_RECORD)
        self.guard(self.record, Action.CONSENT_RECORD)
        self.buttons.addWidget(self.withdraw)
        self.buttons.addWidget(self.print_form)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.record)
        self.finish(self.table)
        self._members: list[tuple[str, str]] = []
        self._names: dict[str, str] = {}
        self._principal = ""

    def fill(self, cf: CaseFile) -> None:
        lang = ui_lang()
        self._members = member_items(cf.members)
        self._names = _names(cf)
        self._principal = cf.case["principal_person"]
        rows = []
        for c in reversed(cf.consents):
            given_by = enum_label(ConsentGivenBy, c["given_by"])
            if c.get("given_by_name"):
                given_by += f" ({c['given_by_name']})"
            if c.get("child_assent"):
                given_by += ", " + self.tr("child assented")
            kind = reference.label("consent_types", c["consent_type"], lang)
            if c.get("provider_type"):
                kind += " – " + reference.label("provider_types", c["provider_type"], lang)
            method = enum_label(ConsentMethod, c["method"])
            if c.get("witness_name"):
                method += " " + self.tr("(witness: %1)").replace("%1", c["witness_name"])
            current = not c.get("withdrawn_on") and consent_is_current(c, dt.date.today())
            state = consent_state(c)
            rows.append((c, [self._names.get(c["person"], ""), kind, given_by, method,
                             format_date(c["given_on"]),
                             state if current else (state, warning_icon()),
                             ", ".join(reference.label("data_categories", d, lang)
                                       for d in c.get("data_categories") or [])]))
        fill_table(self.table, rows)
        self._selection()

    def _selection(self) -> None:
        c = selected_record(self.table)
        self.withdraw.setEnabled(bool(c) and not c.get("withdrawn_on"))

    def _record(self) -> None:
        self.host.run_dialog(ConsentDialog(self.ctx, self.host.case_id, self._members, self))

    def _print_form(self) -> None:
        c = selected_record(self.table)
        if c:
            show_consent_form(self.ctx, self.host.case_id, c["person"], c["id"], self)
        elif self._principal:
            show_consent_form(self.ctx, self.host.case_id, self._principal, None, self)

    def _withdraw(self) -> None:
        c = selected_record(self.table)
        if c and not c.get("withdrawn_on"):
            description = self.tr("%1, given by %2 on %3").replace(
                "%1", reference.label("consent_types", c["consent_type"], ui_lang())).replace(
                "%2", self._names.get(c["person"], "")).replace("%3", format_date(c["given_on"]))
            self.host.run_dialog(WithdrawConsentDialog(self.ctx, c["id"], description, self))


# -- follow-ups ----------------------------------------------------------------------------
class FollowUpsTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.table = make_table(self, "followUpTable", [
            self.tr("Due"), self.tr("Kind"), self.tr("With"), self.tr("Purpose"),
            self.tr("Assigned to"), self.tr("State")], 5)
        self.table.itemSelectionChanged.connect(self._selection)
        self.complete = _button(self, self.tr("&Mark done…"), "completeFollowUpButton",
                                self._complete)
        self.add = _button(self, self.tr("&Add follow-up…"), "addFollowUpButton", self._add,
                           primary=True)
        self.guard(self.complete, Action.FOLLOWUP_EDIT)
        self.guard(self.add, Action.FOLLOWUP_EDIT)
        self.buttons.addWidget(self.complete)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add)
        self.finish(self.table)
        self._members: list[tuple[str, str]] = []
        self._names: dict[str, str] = {}

    def fill(self, cf: CaseFile) -> None:
        self._members = member_items(cf.members)
        self._names = _names(cf)
        today = dt.date.today().isoformat()
        rows = []
        for f in cf.follow_ups:
            state: Cell
            if f.get("done"):
                state = self.tr("Done on %1").replace("%1", format_date(f.get("done_on")))
                if f.get("outcome"):
                    state += ": " + f["outcome"]
            elif f["due_on"] < today:
                state = (self.tr("Overdue"), warning_icon())
            elif f["due_on"] == today:
                state = self.tr("Due today")
            else:
                state = self.tr("Planned")
            rows.append((f, [format_date(f["due_on"]), enum_label(FollowUpKind, f["kind"]),
                             self._names.get(f.get("person") or "", self.tr("The family")),
                             f.get("purpose") or "", self.host.user_name(f.get("assigned_to")),
                             state]))
        fill_table(self.table, rows)
        self._selection()

    def _selection(self) -> None:
        f = selected_record(self.table)
        self.complete.setEnabled(bool(f) and not f.get("done"))

    def _add(self) -> None:
        self.host.run_dialog(FollowUpDialog(self.ctx, self.host.case_id, self._members, self))

    def _complete(self) -> None:
        f = selected_record(self.table)
        if f and not f.get("done"):
            description = self.tr("%1, due %2").replace(
                "%1", enum_label(FollowUpKind, f["kind"])).replace("%2", format_date(f["due_on"]))
            if f.get("purpose"):
                description += ": " + f["purpose"]
            self.host.run_dialog(CompleteFollowUpDialog(self.ctx, f, description, self))


# -- notes ---------------------------------------------------------------------------------
class NotesTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.view = QTextBrowser(self)
        self.view.setObjectName("notesView")
        self.view.setOpenLinks(False)
        self.add = _button(self, self.tr("&Add note…"), "addNoteButton", self._add,
                           primary=True)
        self.guard(self.add, Action.NOTE_ADD)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add)
        self.finish(self.view)

    def fill(self, cf: CaseFile) -> None:
        parts = []
        for n in cf.notes:  # oldest first: the newest is at the bottom, like a conversation
            head = self.tr("%1 · %2").replace("%1", local_time(n.get("created_at"))).replace(
                "%2", self.host.user_name(n.get("created_by")))
            if n.get("restricted"):
                head += " · " + self.tr("Restricted")
            body = html.escape(n["body"]).replace("\n", "<br>")
            parts.append(f"<p style='margin-bottom:2px'><b>{html.escape(head)}</b></p>"
                         f"<p style='margin-top:0; margin-bottom:12px'>{body}</p>")
        if not parts:
            parts.append(f"<p><i>{html.escape(self.tr('No notes yet.'))}</i></p>")
        self.view.setHtml("".join(parts))
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _add(self) -> None:
        self.host.run_dialog(NoteDialog(self.ctx, self.host.case_id, self))


# -- attachments ---------------------------------------------------------------------------
class AttachmentsTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.table = make_table(self, "attachmentTable", [
            self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Added"),
            self.tr("Added by"), self.tr("Description")], 5)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemActivated.connect(lambda *_a: self._view())
        self.view_button = _button(self, self.tr("&View"), "viewFileButton", self._view)
        self.save_button = _button(self, self.tr("&Save a copy…"), "saveCopyButton",
                                   self._save_copy)
        self.add = _button(self, self.tr("&Add file…"), "addFileButton", self._add,
                           primary=True)
        self.guard(self.view_button, Action.ATTACHMENT_VIEW)
        self.guard(self.save_button, Action.ATTACHMENT_EXPORT)
        self.guard(self.add, Action.ATTACHMENT_ADD)
        self.buttons.addWidget(self.view_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add)
        self.finish(self.table)
        self.viewer: AttachmentViewer | None = None

    def fill(self, cf: CaseFile) -> None:
        rows = [(a, [a["file_name"], a["media_type"], _size(a["size"]),
                     local_time(a.get("created_at")), self.host.user_name(a.get("created_by")),
                     a.get("description") or ""]) for a in cf.attachments]
        fill_table(self.table, rows)
        self._selection()

    def _selection(self) -> None:
        has = selected_record(self.table) is not None
        self.view_button.setEnabled(has)
        self.save_button.setEnabled(has)

    def _add(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Add a file to the case"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()  # read into memory; the file itself is not copied
        except OSError as e:
            self.message.set_message(self.tr("The file could not be read: %1").replace(
                "%1", e.strerror or ""))
            return
        name = Path(path).name
        media = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name() or \
            mimetypes.guess_type(name)[0] or "application/octet-stream"
        self.message.set_message("")
        self.ctx.call(care.add_attachment, self.host.case_id, name, media, data,
                      on_done=lambda _id: self.host.wrote(),
                      on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and any(
                e.field == "file" and e.code == "too_large" for e in error.errors):
            self.message.set_message(self.tr("The file is larger than 25 MB and was not added."))
        else:
            self.message.set_message(describe(error))

    def _view(self) -> None:
        a = selected_record(self.table)
        if a is None or not self.ctx.can(Action.ATTACHMENT_VIEW):
            return
        self.ctx.call(care.read_attachment, a["id"], purpose="view",
                      on_done=self._show, on_error=self._failed)

    def _show(self, result: tuple[Row, bytes]) -> None:
        attachment, data = result
        self.viewer = AttachmentViewer(self.ctx, attachment, data, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.open()

    def _save_copy(self) -> None:
        a = selected_record(self.table)
        if a is not None:
            save_copy(self.ctx, self, a, self._report)

    def _report(self, error: str, saved: str) -> None:
        self.message.set_message(error)
        if saved:
            self.host.report(saved)


def _size(n: int) -> str:
    if n < 1024:
        return _tr("CaseTabs", "%1 bytes").replace("%1", str(n))
    if n < 1024 * 1024:
        return _tr("CaseTabs", "%1 KB").replace("%1", str(round(n / 1024)))
    return _tr("CaseTabs", "%1 MB").replace("%1", f"{n / 1024 / 1024:.1f}")


# -- referrals -----------------------------------------------------------------------------
class ReferralsTab(_Tab):
    """The case's referrals with their state; the letter is previewed (DRAFT until approved)
    and, for supervisors, printed from here or from the approval queue."""

    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.table = make_table(self, "caseReferralsTable", [
            self.tr("Provider"), self.tr("Need"), self.tr("Urgency"), self.tr("Status"),
            self.tr("Respond by"), self.tr("Letter no.")], 0)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemActivated.connect(lambda *_a: self._preview())
        self.preview = _button(self, self.tr("&Letter…"), "previewLetterButton",
                               self._preview, primary=True)
        self.guard(self.preview, Action.REFERRAL_DRAFT)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.preview)
        self.finish(self.table)
        self.count = 0

    def fill(self, cf: CaseFile) -> None:
        self.ctx.call(referrals.list_referrals, case_id=cf.case["id"], on_done=self._show,
                      on_error=lambda e: self.message.set_message(describe(e)))

    def _show(self, rows: list[referrals.ReferralRow]) -> None:
        lang = ui_lang()
        self.count = len(rows)
        fill_table(self.table, [(r, [
            r.provider_name, reference.label("need_domains", r.need_domain, lang),
            enum_label(Urgency, r.urgency),
            (enum_label(ReferralStatus, r.status), warning_icon()) if r.overdue
            else enum_label(ReferralStatus, r.status),
            format_date(r.respond_by), r.letter_no or ""]) for r in rows])
        self._selection()

    def _selection(self) -> None:
        self.preview.setEnabled(selected_record(self.table) is not None)

    def _preview(self) -> None:
        row = selected_record(self.table)
        if row is not None and self.ctx.can(Action.REFERRAL_DRAFT):
            dialog = LetterPreview(self.ctx, row.id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()


# -- history -------------------------------------------------------------------------------
ACTIONS = {
    "case.open": QT_TRANSLATE_NOOP("CaseHistory", "Case opened"),
    "case.view": QT_TRANSLATE_NOOP("CaseHistory", "Case looked at"),
    "case.update": QT_TRANSLATE_NOOP("CaseHistory", "Case details changed"),
    "case.assign": QT_TRANSLATE_NOOP("CaseHistory", "Case assigned"),
    "case.transfer": QT_TRANSLATE_NOOP("CaseHistory", "Case transferred"),
    "needs.record": QT_TRANSLATE_NOOP("CaseHistory", "Needs recorded"),
    "needs.update": QT_TRANSLATE_NOOP("CaseHistory", "A need was updated"),
    "risk.assess": QT_TRANSLATE_NOOP("CaseHistory", "Risk assessed"),
    "risk.review": QT_TRANSLATE_NOOP("CaseHistory", "Risk rating reviewed"),
    "consent.record": QT_TRANSLATE_NOOP("CaseHistory", "Consent recorded"),
    "consent.withdraw": QT_TRANSLATE_NOOP("CaseHistory", "Consent withdrawn"),
    "note.add": QT_TRANSLATE_NOOP("CaseHistory", "Note added"),
    "followup.add": QT_TRANSLATE_NOOP("CaseHistory", "Follow-up planned"),
    "followup.done": QT_TRANSLATE_NOOP("CaseHistory", "Follow-up done"),
    "attachment.add": QT_TRANSLATE_NOOP("CaseHistory", "File added"),
    "attachment.view": QT_TRANSLATE_NOOP("CaseHistory", "File looked at"),
    "attachment.export": QT_TRANSLATE_NOOP("CaseHistory", "Unencrypted copy of a file saved"),
    "referral.draft": QT_TRANSLATE_NOOP("CaseHistory", "Referral drafted"),
    "closure.request": QT_TRANSLATE_NOOP("CaseHistory", "Closure requested"),
    "closure.approve": QT_TRANSLATE_NOOP("CaseHistory", "Closure approved"),
    "closure.reject": QT_TRANSLATE_NOOP("CaseHistory", "Closure refused"),
    "case.reopen": QT_TRANSLATE_NOOP("CaseHistory", "Case reopened"),
    "case.member_add": QT_TRANSLATE_NOOP("CaseHistory", "Family member added"),
    "transfer.request": QT_TRANSLATE_NOOP("CaseHistory", "Transfer to another office asked"),
    "transfer.accept": QT_TRANSLATE_NOOP("CaseHistory", "Transfer accepted"),
    "transfer.decline": QT_TRANSLATE_NOOP("CaseHistory", "Transfer declined"),
    "transfer.cancel": QT_TRANSLATE_NOOP("CaseHistory", "Transfer withdrawn"),
    "compensation.create": QT_TRANSLATE_NOOP("CaseHistory", "Compensation claim started"),
    "compensation.update": QT_TRANSLATE_NOOP("CaseHistory", "Compensation claim changed"),
    "consent.form_print": QT_TRANSLATE_NOOP("CaseHistory", "Consent form printed"),
    "consent.form_save": QT_TRANSLATE_NOOP("CaseHistory", "Consent form saved as PDF"),
    "case.summary_print": QT_TRANSLATE_NOOP("CaseHistory", "Case summary printed"),
    "case.summary_save": QT_TRANSLATE_NOOP("CaseHistory", "Case summary saved as PDF"),
    "referral.edit": QT_TRANSLATE_NOOP("CaseHistory", "Referral changed"),
    "referral.letter_preview": QT_TRANSLATE_NOOP("CaseHistory", "Referral letter looked at"),
    "referral.letter_print": QT_TRANSLATE_NOOP("CaseHistory", "Referral letter printed"),
    "referral.letter_save": QT_TRANSLATE_NOOP("CaseHistory", "Referral letter saved as PDF"),
}
# A referral or a claim moved on: its new status says what happened.
_REFERRAL_STEP = str(QT_TRANSLATE_NOOP("CaseHistory", "Referral: %1"))
_CLAIM_STEP = str(QT_TRANSLATE_NOOP("CaseHistory", "Compensation claim: %1"))


def action_words(action: str, details: str | None) -> str:
    text = ACTIONS.get(action)
    words = _tr("CaseHistory", text) if text else action
    kind, _, step = action.partition(".")
    if text is None and kind == "referral" and step in ReferralStatus._value2member_map_:
        words = _tr("CaseHistory", _REFERRAL_STEP).replace(
            "%1", enum_label(ReferralStatus, step))
    elif text is None and kind == "compensation" and step in ClaimStatus._value2member_map_:
        words = _tr("CaseHistory", _CLAIM_STEP).replace("%1", claim_status_label(step))
    info = json.loads(details) if details else {}
    if action == "risk.assess" and info.get("level"):
        words += ": " + enum_label(RiskLevel, info["level"])
    elif action == "risk.review" and "approved" in info:
        words += ": " + (_tr("CaseHistory", "approved") if info["approved"]
                         else _tr("CaseHistory", "rejected"))
    return words


class HistoryTab(_Tab):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.table = make_table(self, "historyTable", [self.tr("When"), self.tr("Who"),
                                                       self.tr("What")], 2)
        self.show_views = QCheckBox(self.tr("Show each time the case was looked at"), self)
        self.show_views.setObjectName("historyShowViews")
        self.show_views.toggled.connect(lambda _c: self._render())
        self.buttons.addWidget(self.show_views)
        self.buttons.addStretch(1)
        self.finish(self.table)
        self._history: list[Row] = []

    def fill(self, cf: CaseFile) -> None:
        self._history = cf.history
        self._render()

    def _render(self) -> None:
        views = self.show_views.isChecked()
        rows = [(h, [local_time(h["at"]), self.host.user_name(h.get("actor")),
                     action_words(h["action"], h.get("details"))])
                for h in reversed(self._history) if views or not h["action"].endswith(".view")]
        fill_table(self.table, rows)
