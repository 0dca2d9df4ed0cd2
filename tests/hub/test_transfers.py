"""Case transfers between offices through real bundles: a hub and three offices."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sync.synclib import (
    HUB,
    Net,
    build_network,
    change,
    forge,
    sample_families,
    sample_incident,
)

from victimcare.domain.errors import BundleRejected, NotFound, ValidationError, WorkflowError
from victimcare.domain.model import ENTITIES
from victimcare.services import care, casefile, cases, incidents, people, transfers
from victimcare.services.scope import case_rows
from victimcare.services.sync import importer

LHR, PEW, KHI = "PB-LHR", "KP-PEW", "SD-KHC"
OFFICES = (LHR, PEW, KHI)
TODAY = dt.date.today().isoformat()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("transfers") / "net"
    root.mkdir(parents=True)
    build_network(root, OFFICES)
    return root


@pytest.fixture
def net(template: Path, tmp_path: Path) -> Iterator[Net]:
    shutil.copytree(template, tmp_path / "net")
    n = Net(tmp_path / "net")
    sync_all(n)  # every office learns the others' names from the hub's directory
    yield n
    n.close()


def sync_all(net: Net) -> None:
    for office in OFFICES:
        net.imp(HUB, net.export(office))
    for office in OFFICES:
        net.imp(office, net.export(HUB, office))


def sup(net: Net, office: str) -> Any:
    return net.login(office, "sup")


def _casework(net: Net) -> tuple[str, str]:
    """A case at Lahore with every kind of row, and a second case of the same incident."""
    cw = net.cw(LHR)
    reg = incidents.register_incident(cw, sample_incident(LHR), sample_families())
    case, other = reg.case_ids
    aslam, naseem = reg.person_ids[:2]
    care.record_needs(cw, case, [{"domain": "cash", "severity": "medium"}], person=aslam)
    care.assess_risk(cw, case, "medium", rationale="Threat by phone")
    care.record_consent(cw, case, {
        "person": aslam, "given_by": "self", "consent_type": "share_with_provider",
        "provider_type": "health", "data_categories": ["name", "contact_phone"],
        "purpose": "Referral to hospital", "method": "thumbprint", "given_on": TODAY})
    care.add_follow_up(cw, case, TODAY, "visit", person=naseem)
    care.add_note(cw, case, "Met the family at the hospital.")
    care.add_attachment(cw, case, "slip.pdf", "application/pdf", b"%PDF-1.4 slip")
    people.add_contact(cw, naseem, "mobile", "0301-7654321")
    return case, other


def _rows(session: Any, case_id: str) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of the case as this installation holds it (values and versions)."""
    out: dict[str, set[tuple[Any, ...]]] = {}
    for table, ids in case_rows(session.db, [case_id]).items():
        marks = ", ".join("?" * len(ids))
        out[table] = {tuple((k, json.dumps(json.loads(r[k]), sort_keys=True)
                             if k == "versions" else r[k]) for k in r.keys())  # noqa: SIM118
                      for r in session.db.query(
                          f"SELECT * FROM {table} WHERE id IN ({marks})", sorted(ids))}
    return out


def _count(session: Any, table: str, case_id: str) -> int:
    return int(session.db.scalar(f"SELECT count(*) FROM {table} WHERE case_id = ?", (case_id,)))


def _audit(session: Any, action: str) -> list[dict[str, Any]]:
    return [json.loads(r["details"]) | {"entity_id": r["entity_id"]}
            for r in session.db.query("SELECT * FROM audit_event WHERE action = ?", (action,))]


# -- the whole flow -----------------------------------------------------------------------
def test_a_transfer_moves_the_whole_case_and_leaves_a_read_only_stub(net: Net) -> None:
    case, other = _casework(net)
    tid = transfers.request_transfer(sup(net, LHR), case, PEW, "Family moved to Peshawar")
    # Until the other office decides, the case stays Lahore's, editable there.
    care.add_note(net.cw(LHR), case, "Told the family about the move.")
    sync_all(net)

    hub, pew, khi = net.s(HUB), sup(net, PEW), sup(net, KHI)
    # Peshawar holds every row of the case, exactly as the hub does, and nothing else.
    assert _rows(pew, case) == _rows(hub, case)
    assert set(_rows(pew, case)) >= {"vc_case", "case_member", "person", "contact_point",
                                     "relationship", "incident", "needs_assessment",
                                     "need_item", "risk_assessment", "consent", "follow_up",
                                     "case_note", "attachment"}
    assert _count(pew, "case_note", case) == 2
    assert pew.db.scalar("SELECT count(*) FROM vc_case WHERE id = ?", (other,)) == 0
    assert [r.id for r in cases.list_cases(pew, cases.CaseQuery())] == [case]
    # Karachi never sees any of it.
    for ent in ENTITIES:
        if ent.table not in ("office", "admin_unit", "service_provider", "service",
                             "user_account"):
            assert khi.db.scalar(f"SELECT count(*) FROM {ent.table}") == 0, ent.table
    # Offered, not yet taken: Peshawar may read the case but not work on it.
    [row] = transfers.list_transfers(pew)
    assert (row.direction, row.status, row.from_office, row.reason) == (
        "incoming", "requested", LHR, "Family moved to Peshawar")
    assert transfers.pending_incoming(pew) == 1
    with pytest.raises(WorkflowError) as offered:
        care.add_note(net.cw(PEW), case, "Too early")
    assert offered.value.params["current"] == "transfer_requested"

    peshawar_worker = pew.db.scalar("SELECT id FROM user_account WHERE username = 'cw'"
                                    " AND office = ?", (PEW,))
    transfers.accept_transfer(pew, tid, "Welcome", case_worker=peshawar_worker)
    care.add_note(net.cw(PEW), case, "First visit from Peshawar.")
    assert casefile.get_case(net.cw(PEW), case).case["status"] == "open"
    assert [r.case_id for r in cases.find(net.cw(PEW), "Naseem")] == [case]
    # Lahore did not know yet: its edit made meanwhile still reaches the new office.
    care.add_follow_up(net.cw(LHR), case, TODAY, "call", purpose="Before the move")
    sync_all(net)
    sync_all(net)

    lhr = sup(net, LHR)
    stub = casefile.get_case(lhr, case)
    assert stub.case["status"] == "transferred" and stub.case["held_by"] == PEW
    [listed] = [r for r in cases.list_cases(lhr, cases.CaseQuery()) if r.id == case]
    assert listed.status == "transferred"
    assert cases.count_cases(lhr, cases.CaseQuery(status="transferred")) == 1
    refusals = [
        lambda: care.add_note(lhr, case, "Still ours?"),
        lambda: cases.update_case(lhr, case, {"witness": True}),
        lambda: care.record_needs(lhr, case, [{"domain": "cash", "severity": "low"}]),
        lambda: care.assess_risk(lhr, case, "high", rationale="x"),
        lambda: people.update_person(lhr, stub.case["principal_person"], {"disability": "x"}),
        lambda: transfers.request_transfer(lhr, case, KHI, "Again"),
    ]
    for refuse in refusals:
        with pytest.raises(WorkflowError) as info:
            refuse()
        assert info.value.params["current"] == "transferred"
    # The other case of the incident is still Lahore's own.
    care.add_note(lhr, other, "Unaffected")
    assert _count(pew, "follow_up", case) == 2  # Lahore's late follow-up arrived
    assert _count(hub, "case_note", case) == 3
    assert _count(lhr, "case_note", case) == 2  # Peshawar's own notes stay with Peshawar
    [out] = transfers.list_transfers(lhr)
    assert (out.direction, out.status, out.comment) == ("outgoing", "accepted", "Welcome")
    # Audited where it happened, and the hub holds both offices' events.
    assert [e["to_office"] for e in _audit(lhr, "transfer.request")] == [PEW]
    assert [e["entity_id"] for e in _audit(pew, "transfer.accept")] == [case]
    assert len(_audit(hub, "transfer.request")) == len(_audit(hub, "transfer.accept")) == 1


def test_a_declined_transfer_leaves_the_case_where_it_was(net: Net) -> None:
    case, _ = _casework(net)
    tid = transfers.request_transfer(sup(net, LHR), case, PEW, "Wrong district?")
    sync_all(net)
    pew = sup(net, PEW)
    with pytest.raises(ValidationError):
        transfers.decline_transfer(pew, tid, "  ")
    transfers.decline_transfer(pew, tid, "Not in our area")
    with pytest.raises(NotFound):
        casefile.get_case(pew, case)
    assert cases.list_cases(pew, cases.CaseQuery()) == []
    with pytest.raises(WorkflowError):
        transfers.accept_transfer(pew, tid)
    sync_all(net)
    lhr = sup(net, LHR)
    assert casefile.get_case(lhr, case).case["status"] == "open"
    care.add_note(lhr, case, "Stays with us")
    [row] = transfers.list_transfers(lhr)
    assert (row.status, row.comment) == ("declined", "Not in our area")
    sync_all(net)
    # Peshawar gets no more of the case after declining it.
    assert _count(pew, "case_note", case) == 1
    assert len(_audit(net.s(HUB), "transfer.decline")) == 1


def test_the_hub_coordinator_can_transfer_and_the_sender_can_withdraw(net: Net) -> None:
    case, other = _casework(net)
    sync_all(net)
    hub = net.s(HUB)
    tid = transfers.request_transfer(hub, case, KHI, "Moved to Karachi")
    with pytest.raises(WorkflowError):
        transfers.request_transfer(hub, case, PEW, "Twice")
    sync_all(net)
    assert [r.status for r in transfers.list_transfers(sup(net, LHR))] == ["requested"]
    transfers.accept_transfer(sup(net, KHI), tid)
    sync_all(net)
    sync_all(net)
    assert casefile.get_case(sup(net, LHR), case).case["status"] == "transferred"
    assert _rows(sup(net, KHI), case) == _rows(hub, case)

    # A second case: Lahore asks, then withdraws before Peshawar decides.
    back = transfers.request_transfer(sup(net, LHR), other, PEW, "By mistake")
    with pytest.raises(NotFound):
        transfers.cancel_transfer(sup(net, KHI), back)
    transfers.cancel_transfer(sup(net, LHR), back, "Sorry")
    sync_all(net)
    assert cases.list_cases(sup(net, PEW), cases.CaseQuery()) == []
    # Withdrawn before it went out: Peshawar learns nothing of it, not even that it existed.
    pew_db = sup(net, PEW).db
    assert pew_db.scalar("SELECT count(*) FROM case_transfer WHERE id = ?", (back,)) == 0
    assert pew_db.scalar("SELECT count(*) FROM vc_case WHERE id = ?", (other,)) == 0
    assert [r.status for r in transfers.list_transfers(sup(net, LHR)) if r.id == back] == [
        "cancelled"]

    # Offered and gone out, then withdrawn: Peshawar is told, and the case leaves its lists.
    again = transfers.request_transfer(sup(net, LHR), other, PEW, "Second thoughts")
    sync_all(net)
    assert [r.id for r in cases.list_cases(sup(net, PEW), cases.CaseQuery())] == [other]
    transfers.cancel_transfer(sup(net, LHR), again)
    sync_all(net)
    assert cases.list_cases(sup(net, PEW), cases.CaseQuery()) == []
    assert [r.status for r in transfers.list_transfers(sup(net, PEW))] == []
    assert pew_db.scalar("SELECT status FROM case_transfer WHERE id = ?", (again,)) == \
        "cancelled"


def test_only_supervisors_and_coordinators_transfer_and_only_to_known_offices(net: Net) -> None:
    case, _ = _casework(net)
    from victimcare.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        transfers.request_transfer(net.cw(LHR), case, PEW, "No right")
    with pytest.raises(ValidationError) as info:
        transfers.request_transfer(sup(net, LHR), case, "XX-NONE", " ")
    assert {(e.field, e.code) for e in info.value.errors} == {("reason", "required")}
    with pytest.raises(ValidationError) as unknown:
        transfers.request_transfer(sup(net, LHR), case, "XX-NONE", "Why not")
    assert unknown.value.errors[0].code == "not_found"
    with pytest.raises(ValidationError):
        transfers.request_transfer(sup(net, LHR), case, LHR, "Myself")
    assert [o.code for o in transfers.offices(sup(net, LHR))] == [PEW, KHI]


def test_the_hub_refuses_transfers_an_office_may_not_make(net: Net, tmp_path: Path) -> None:
    case, _ = _casework(net)
    sync_all(net)
    pew, hub = net.s(PEW), net.s(HUB)

    def refused(items: list[dict[str, Any]]) -> str:
        path = tmp_path / "forged.vcbundle"
        path.write_bytes(forge(pew, hub, items))
        with pytest.raises(BundleRejected) as info:
            importer.import_bundle(hub, path)
        return info.value.code

    # Peshawar cannot hand itself Lahore's case, nor edit it without a transfer.
    grab = change(pew, "case_transfer", "t-1", {
        "case_id": case, "from_office": LHR, "to_office": PEW, "reason": "Mine now",
        "status": "accepted", "requested_at": "2026-03-14T10:00:00+00:00"})
    assert refused([grab]) == "out_of_scope"
    pass_on = change(pew, "case_transfer", "t-2", {
        "case_id": case, "from_office": PEW, "to_office": KHI, "reason": "Not mine to give",
        "status": "requested", "requested_at": "2026-03-14T10:00:00+00:00"})
    assert refused([pass_on]) == "out_of_scope"
    edit = change(pew, "vc_case", case, {"witness": True}, op="update")
    assert refused([edit]) == "out_of_scope"
    # Nor point an existing transfer somewhere else.
    tid = transfers.request_transfer(sup(net, LHR), case, KHI, "To Karachi")
    sync_all(net)
    move = change(pew, "case_transfer", tid, {"to_office": PEW}, op="update")
    assert refused([move]) == "out_of_scope"
    # A party may not re-point the transfer either.
    lhr_move = change(net.s(LHR), "case_transfer", tid, {"to_office": PEW}, op="update")
    path = tmp_path / "lhr.vcbundle"
    path.write_bytes(forge(net.s(LHR), hub, [lhr_move]))
    with pytest.raises(BundleRejected) as info:
        importer.import_bundle(hub, path)
    assert info.value.code == "invalid_record"


def test_return_bundles_lost_or_repeated_before_an_answer(net: Net) -> None:
    """The case's history travels in every return bundle until the office acknowledges the
    transfer: a lost bundle is harmless, and a repeated one makes no false conflict."""
    case, _ = _casework(net)
    sync_all(net)
    tid = transfers.request_transfer(sup(net, LHR), case, PEW, "Moved")
    net.imp(HUB, net.export(LHR))
    lost = net.export(HUB, PEW)
    first = net.export(HUB, PEW)
    second = net.export(HUB, PEW)
    assert lost != first != second
    net.imp(PEW, first)
    pew = sup(net, PEW)
    assert _rows(pew, case) == _rows(net.s(HUB), case)
    transfers.accept_transfer(pew, tid)
    cases.update_case(pew, case, {"witness": True, "court_case_ref": "ATC-7/26"})
    care.add_note(pew, case, "Taken over")
    net.imp(PEW, second)
    net.imp(PEW, lost)
    for _ in range(2):
        sync_all(net)
    for office in (HUB, LHR, PEW):
        assert net.s(office).db.scalar("SELECT count(*) FROM conflict") == 0, office
    hub = net.s(HUB)
    assert hub.db.scalar("SELECT court_case_ref FROM vc_case WHERE id = ?",
                         (case,)) == "ATC-7/26"
    assert _rows(pew, case) == _rows(hub, case)
