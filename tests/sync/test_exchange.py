"""Two offices and a hub, set up as the CLI does it, exchange bundles and end identical."""

from __future__ import annotations

import pytest
from synclib import (
    HUB,
    OFFICES,
    PW,
    USER_PW,
    Net,
    dump,
    sample_families,
    sample_incident,
    synced_rows,
)

from victimcare.domain.errors import BundleRejected
from victimcare.services import care, cases, incidents
from victimcare.services.sync import conflicts, devices, export, importer
from victimcare.store import audit
from victimcare.store.hooks import WRITE_HOOKS


def _register(net: Net, office: str) -> incidents.Registered:
    return incidents.register_incident(net.cw(office), sample_incident(office),
                                       sample_families())


def assert_converged(net: Net) -> None:
    hub = net.s(HUB).db
    for office in OFFICES:
        assert synced_rows(net.s(office).db, office) == synced_rows(hub, office), office
        assert synced_rows(net.s(office).db, None) == synced_rows(net.s(office).db, office)


def test_offices_and_hub_end_identical_and_offices_never_see_each_other(net: Net) -> None:
    lhr = _register(net, "PB-LHR")
    psh = _register(net, "KP-PEW")
    net.round()
    net.round()
    assert_converged(net)
    hub = net.s(HUB).db
    assert hub.scalar("SELECT count(*) FROM vc_case") == 4
    lhr_db = net.s("PB-LHR").db
    assert lhr_db.scalar("SELECT count(*) FROM vc_case") == 2
    assert lhr_db.scalar("SELECT count(*) FROM vc_case WHERE id IN (?, ?)",
                         psh.case_ids) == 0
    # Directory rows travel everywhere: each office knows the other office's name.
    assert lhr_db.scalar("SELECT count(*) FROM office WHERE code = 'KP-PEW'") == 1
    assert lhr.case_ids[0] in {r[0] for r in hub.query("SELECT id FROM vc_case")}


def test_a_bundle_imported_twice_reports_so_and_changes_nothing(net: Net) -> None:
    _register(net, "PB-LHR")
    path = net.export("PB-LHR")
    first = net.imp(HUB, path)
    assert first.status == importer.APPLIED and first.new_rows > 0
    before = dump(net.s(HUB).db)
    again = net.imp(HUB, path)
    assert again.status == importer.ALREADY
    assert dump(net.s(HUB).db) == before


def test_bundles_are_cumulative_until_acknowledged(net: Net) -> None:
    reg = _register(net, "PB-LHR")
    lost = net.export("PB-LHR")          # never arrives
    cases.update_case(net.cw("PB-LHR"), reg.case_ids[0], {"witness": True})
    second = net.export("PB-LHR")
    result = net.imp(HUB, second)
    assert result.new_rows >= 5
    assert net.s(HUB).db.scalar("SELECT witness FROM vc_case WHERE id = ?",
                                (reg.case_ids[0],)) == 1
    # The late, older bundle is harmless.
    late = net.imp(HUB, lost)
    assert late.new_rows == 0 and late.updated_rows == 0
    # After the acknowledgement travels back, the next bundle no longer repeats the cases.
    net.imp("PB-LHR", net.export(HUB, "PB-LHR"))
    third = export.export_bundle(net.s("PB-LHR"), out_dir=net.out)
    assert third.changes == 0


def test_office_sees_the_acknowledgement_in_its_return_bundle(net: Net) -> None:
    _register(net, "PB-LHR")
    net.imp(HUB, net.export("PB-LHR"))
    result = net.imp("PB-LHR", net.export(HUB, "PB-LHR"))
    top = net.s("PB-LHR").db.scalar("SELECT max(seq) FROM change_log")
    assert result.acknowledged >= top - 2  # all but the import's own bookkeeping


def test_hub_edit_reaches_the_office_and_attachments_travel(net: Net) -> None:
    reg = _register(net, "PB-LHR")
    aid = care.add_attachment(net.cw("PB-LHR"), reg.case_ids[0], "fir.pdf", "application/pdf",
                              b"%PDF-1.4 scanned FIR")
    res = net.imp(HUB, net.export("PB-LHR"))
    assert res.blobs == 1
    hub_db = net.s(HUB).db
    sha = hub_db.scalar("SELECT sha256 FROM attachment WHERE id = ?", (aid,))
    assert hub_db.scalar("SELECT data FROM attachment_blob WHERE sha256 = ?",
                         (sha,)) == b"%PDF-1.4 scanned FIR"
    # A coordinator picks a value at the hub (a conflict resolution is such an edit).
    from victimcare.store import sync_store
    with net.s(HUB).unit(None) as unit:
        sync_store.write_local(unit.db, net.s(HUB).clock, "vc_case", reg.case_ids[0],
                               {"court_case_ref": "ATC-7/26"}, now=unit.now, hooks=WRITE_HOOKS)
    net.imp("PB-LHR", net.export(HUB, "PB-LHR"))
    assert net.s("PB-LHR").db.scalar("SELECT court_case_ref FROM vc_case WHERE id = ?",
                                     (reg.case_ids[0],)) == "ATC-7/26"
    net.round()
    assert_converged(net)


def test_hub_verifies_each_office_audit_chain(net: Net) -> None:
    _register(net, "PB-LHR")
    result = net.imp(HUB, net.export("PB-LHR"))
    assert result.audit_events > 0 and result.audit_break is None
    checked, broken = audit.verify(net.s(HUB).db)
    assert broken is None and checked > result.audit_events


def test_a_tampered_office_audit_chain_is_reported(net: Net) -> None:
    _register(net, "PB-LHR")
    office = net.s("PB-LHR")
    office.db.execute("UPDATE audit_event SET action = 'case.nothing' WHERE seq = ("
                      "SELECT max(seq) FROM audit_event WHERE action = 'case.open')")
    result = net.imp(HUB, net.export("PB-LHR"))
    assert result.audit_break is not None
    assert audit.verify(net.s(HUB).db)[1] is not None


def test_new_device_needs_phone_confirmed_fingerprint_and_revocation_travels(
        net: Net, tmp_path) -> None:
    from victimcare.services import accounts
    from victimcare.services.installation import sign_in
    from victimcare.services.sync.setup import init_join
    from victimcare.store.keyslots import FAST_KDF
    joined = init_join(net.dir("SD-KHS"), net.root / "org.vcprofile", office_code="SD-KHS",
                       admin_username="admin", admin_password=PW, kdf=FAST_KDF)
    admin = sign_in(net.dir("SD-KHS"), "admin", PW)
    accounts.create_user(admin, "coord", "Coord", ["coordinator"], password=USER_PW)
    admin.close()
    path = net.export("SD-KHS")
    with pytest.raises(BundleRejected) as e:
        net.imp(HUB, path)
    assert e.value.code == "unknown_sender"
    assert e.value.params["fingerprint"] == joined.device_fingerprint
    candidate = devices.candidate_from_bundle(path)
    with pytest.raises(Exception) as wrong:
        devices.trust(net.s(HUB), candidate, "AAAA BBBB CCCC DDDD EEEE")
    assert getattr(wrong.value, "errors", None)
    devices.trust(net.s(HUB), candidate, joined.device_fingerprint.lower().replace(" ", "-"))
    assert net.imp(HUB, path).status == importer.APPLIED
    devices.revoke(net.s(HUB), candidate.id)
    with pytest.raises(BundleRejected) as e2:
        net.imp(HUB, net.export("SD-KHS"))
    assert e2.value.code == "sender_revoked"
    result = net.imp("PB-LHR", net.export(HUB, "PB-LHR"))
    assert result.revocations == 1
    assert devices.list_devices(net.s("PB-LHR"))
    statuses = {d.id: d.status for d in devices.list_devices(net.s("PB-LHR"))}
    assert statuses[candidate.id] == devices.REVOKED


def test_conflict_listed_at_hub_and_resolution_syncs(net: Net) -> None:
    reg = _register(net, "PB-LHR")
    case_id = reg.case_ids[0]
    net.round()
    # Both sides change the same field without seeing each other.
    cases.update_case(net.cw("PB-LHR"), case_id, {"court_case_ref": "office value"})
    from victimcare.store import sync_store
    with net.s(HUB).unit(None) as unit:
        sync_store.write_local(unit.db, net.s(HUB).clock, "vc_case", case_id,
                               {"court_case_ref": "hub value"}, now=unit.now,
                               hooks=WRITE_HOOKS)
    res = net.imp(HUB, net.export("PB-LHR"))
    assert res.conflicts == 1
    [c] = conflicts.list_conflicts(net.s(HUB))
    assert {c.local.value, c.remote.value} == {"office value", "hub value"}
    assert c.local.office == HUB and c.remote.office == "PB-LHR"
    assert c.record.startswith("Case ")
    assert conflicts.open_count(net.s(HUB)) == 1
    loser = c.local.value if c.winner == "remote" else c.remote.value
    conflicts.resolve(net.s(HUB), c.id, conflicts.OTHER, "confirmed by phone with the office")
    assert conflicts.open_count(net.s(HUB)) == 0
    net.round()
    net.round()
    assert net.s("PB-LHR").db.scalar("SELECT court_case_ref FROM vc_case WHERE id = ?",
                                     (case_id,)) == loser
    assert_converged(net)
