"""Case transfers between offices: ask, accept or decline, withdraw, and the lists of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from victimcare.domain.enums import OfficeType
from victimcare.domain.enums import TransferStatus as T
from victimcare.domain.errors import FieldError, NotFound, ValidationError, WorkflowError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.validation import validate_fields
from victimcare.services.scope import case_filter, visible_case
from victimcare.services.session import Session, Unit

TRANSFER = entity("case_transfer")
INCOMING, OUTGOING, OTHER = "incoming", "outgoing", "other"


@dataclass(frozen=True)
class Office:
    code: str
    name_en: str
    name_ur: str


@dataclass(frozen=True)
class TransferRow:
    """A transfer as the Transfers page and the case view show it."""

    id: str
    case_id: str
    case_number: str
    name: str
    from_office: str
    to_office: str
    reason: str
    status: str
    requested_by: str
    requested_at: str
    decided_by: str
    decided_at: str
    comment: str
    direction: str          # incoming, outgoing (seen from this office), other (at the hub)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _check(values: dict[str, Any]) -> None:
    errors = validate_fields(TRANSFER, values, partial=True)
    if errors:
        raise ValidationError(errors)


def offices(session: Session) -> list[Office]:
    """Offices a case can go to: every district or provincial office but this one."""
    with session.reading(Action.CASE_TRANSFER) as unit:
        rows = unit.db.query(
            "SELECT code, name_en, name_ur FROM office WHERE deleted IS NULL AND code != ?"
            " AND office_type != ? ORDER BY code", (session.office, OfficeType.NATIONAL.value))
    return [Office(r["code"], r["name_en"] or r["code"], r["name_ur"] or "") for r in rows]


def request_transfer(session: Session, case_id: str, to_office: str, reason: str) -> str:
    """Offer a case to another office (a supervisor of the office holding it, or a hub
    coordinator). The case stays where it is, and editable there, until the other office
    accepts; the request travels in the next bundles. Returns the transfer id."""
    values = {"to_office": (to_office or "").strip() or None, "reason": _clean(reason)}
    errors = [FieldError(k, "required") for k, v in values.items() if v is None]
    if errors:
        raise ValidationError(errors)
    _check(values)
    with session.unit(Action.CASE_TRANSFER) as unit:
        case = visible_case(unit, case_id, for_write=True)
        held_by = case["held_by"]
        if not unit.db.scalar("SELECT 1 FROM office WHERE code = ? AND deleted IS NULL"
                              " AND office_type != ?", (values["to_office"],
                                                        OfficeType.NATIONAL.value)):
            raise ValidationError.single("to_office", "not_found")
        if values["to_office"] == held_by:
            raise ValidationError.single("to_office", "same_office")
        if _open_transfer(unit, case_id):
            raise WorkflowError(current=T.REQUESTED.value, target=T.REQUESTED.value)
        transfer_id = unit.records.insert("case_transfer", {
            "case_id": case_id, "from_office": held_by, "to_office": values["to_office"],
            "reason": values["reason"], "status": T.REQUESTED.value,
            "requested_by": session.user_id, "requested_at": unit.now})
        unit.audit("transfer.request", "vc_case", case_id, transfer=transfer_id,
                   from_office=held_by, to_office=values["to_office"])
    return transfer_id


def _open_transfer(unit: Unit, case_id: str) -> bool:
    return unit.db.scalar("SELECT 1 FROM case_transfer WHERE case_id = ? AND status = ?"
                          " AND deleted IS NULL", (case_id, T.REQUESTED.value)) is not None


def _pending(unit: Unit, transfer_id: str) -> dict[str, Any]:
    t = unit.records.get("case_transfer", transfer_id)
    if t["status"] != T.REQUESTED:
        raise WorkflowError(current=t["status"], target="decided")
    return t


def accept_transfer(session: Session, transfer_id: str, comment: str = "", *,
                    case_worker: str | None = None) -> None:
    """The receiving office takes the case: from now on it works the case and the sending
    office keeps a read-only stub. `case_worker` (a user of this office) takes it on."""
    _check({"comment": _clean(comment)})
    if case_worker:
        session.require(Action.CASE_ASSIGN)
    with session.unit(Action.CASE_TRANSFER) as unit:
        t = _receiving(unit, transfer_id)
        unit.records.update("case_transfer", transfer_id, {
            "status": T.ACCEPTED.value, "decided_by": session.user_id,
            "decided_at": unit.now, "comment": _clean(comment)})
        if case_worker:
            if not unit.db.scalar("SELECT 1 FROM user_account WHERE id = ? AND office = ?"
                                  " AND deleted IS NULL", (case_worker, session.office)):
                raise ValidationError.single("case_worker", "not_found")
            unit.records.update("vc_case", t["case_id"], {"case_worker": case_worker,
                                                          "supervisor": session.user_id})
        unit.audit("transfer.accept", "vc_case", t["case_id"], transfer=transfer_id,
                   from_office=t["from_office"], to_office=t["to_office"])


def decline_transfer(session: Session, transfer_id: str, comment: str) -> None:
    """The receiving office does not take the case (the comment says why); it stays with
    the office that holds it."""
    if not _clean(comment):
        raise ValidationError.single("comment", "required")
    _check({"comment": _clean(comment)})
    with session.unit(Action.CASE_TRANSFER) as unit:
        t = _receiving(unit, transfer_id)
        unit.records.update("case_transfer", transfer_id, {
            "status": T.DECLINED.value, "decided_by": session.user_id,
            "decided_at": unit.now, "comment": _clean(comment)})
        unit.audit("transfer.decline", "vc_case", t["case_id"], transfer=transfer_id,
                   from_office=t["from_office"], to_office=t["to_office"])


def cancel_transfer(session: Session, transfer_id: str, comment: str = "") -> None:
    """The sending office (or the hub) withdraws a transfer not yet decided."""
    _check({"comment": _clean(comment)})
    with session.unit(Action.CASE_TRANSFER) as unit:
        t = _pending(unit, transfer_id)
        visible_case(unit, t["case_id"])
        if not session.is_hub and t["from_office"] != session.office:
            raise NotFound(entity="case_transfer")
        unit.records.update("case_transfer", transfer_id, {
            "status": T.CANCELLED.value, "decided_by": session.user_id,
            "decided_at": unit.now, "comment": _clean(comment)})
        unit.audit("transfer.cancel", "vc_case", t["case_id"], transfer=transfer_id,
                   from_office=t["from_office"], to_office=t["to_office"])


def _receiving(unit: Unit, transfer_id: str) -> dict[str, Any]:
    """A pending transfer to this office (only the receiving office decides)."""
    t = _pending(unit, transfer_id)
    if unit.session.is_hub or t["to_office"] != unit.session.office:
        raise NotFound(entity="case_transfer")
    visible_case(unit, t["case_id"])
    return t


# -- lists ---------------------------------------------------------------------------------
_SELECT = (
    "SELECT t.id, t.case_id, t.from_office, t.to_office, t.reason, t.status, t.requested_at,"
    " t.decided_at, t.comment, c.case_number, p.given_name, p.family_name,"
    " r.full_name AS requested_name, d.full_name AS decided_name"
    " FROM case_transfer t JOIN vc_case c ON c.id = t.case_id"
    " JOIN person p ON p.id = c.principal_person"
    " LEFT JOIN user_account r ON r.id = t.requested_by"
    " LEFT JOIN user_account d ON d.id = t.decided_by")


def _row(session: Session, r: Any) -> TransferRow:
    if session.is_hub:
        direction = OTHER
    else:
        direction = INCOMING if r["to_office"] == session.office else OUTGOING
    return TransferRow(
        id=r["id"], case_id=r["case_id"], case_number=r["case_number"],
        name=" ".join(x for x in (r["given_name"], r["family_name"]) if x),
        from_office=r["from_office"], to_office=r["to_office"], reason=r["reason"] or "",
        status=r["status"], requested_by=r["requested_name"] or "",
        requested_at=r["requested_at"] or "", decided_by=r["decided_name"] or "",
        decided_at=r["decided_at"] or "", comment=r["comment"] or "", direction=direction)


def list_transfers(session: Session, *, case_id: str | None = None,
                   limit: int = 500) -> list[TransferRow]:
    """Transfers to and from this office (at the hub: all), those waiting for a decision
    first, then newest first."""
    action = Action.CASE_TRANSFER if case_id is None else Action.CASE_VIEW
    with session.reading(action) as unit:
        where, params = case_filter(session)
        conds = ["t.deleted IS NULL", where]
        if not session.is_hub:
            conds.append("(t.to_office = ? OR t.from_office = ?)")
            params += [session.office, session.office]
        if case_id is not None:
            conds.append("t.case_id = ?")
            params.append(case_id)
        rows = unit.db.query(
            f"{_SELECT} WHERE {' AND '.join(conds)}"
            " ORDER BY t.status = 'requested' DESC, t.requested_at DESC, t.id DESC LIMIT ?",
            [*params, limit])
    return [_row(session, r) for r in rows]


def pending_incoming(session: Session) -> int:
    """Transfers waiting for this office to accept or decline (for the navigation badge)."""
    if session.is_hub or not session.can(Action.CASE_TRANSFER):
        return 0
    with session.reading(Action.CASE_TRANSFER) as unit:
        return int(unit.db.scalar(
            "SELECT count(*) FROM case_transfer WHERE to_office = ? AND status = ?"
            " AND deleted IS NULL", (session.office, T.REQUESTED.value)))
