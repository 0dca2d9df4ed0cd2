"""The merge rule in the situations that matter: real clashes listed, nothing else listed."""

from __future__ import annotations

import json

from synclib import (
    HUB,
    Net,
    conflict_rows,
    delete,
    edit,
    sample_families,
    sample_incident,
    value,
)

from victimcare.domain import sync_rules
from victimcare.services import incidents
from victimcare.services.sync import conflicts

LHR = "PB-LHR"


def _case(net: Net) -> str:
    reg = incidents.register_incident(net.cw(LHR), sample_incident(LHR), sample_families())
    net.imp(HUB, net.export(LHR))
    net.imp(LHR, net.export(HUB, LHR))
    return reg.case_ids[0]


def test_rule_is_deterministic_and_symmetric() -> None:
    a, b = "0000000000010-00000-A", "0000000000010-00000-B"
    assert sync_rules.decide(a, "x", b, None, "y") == sync_rules.Decision(True, True)
    assert sync_rules.decide(b, "y", a, None, "x") == sync_rules.Decision(False, True)
    assert sync_rules.decide(a, "x", a, None, "x") == sync_rules.Decision(False, False)
    # Same value on both sides: nothing to review.
    assert not sync_rules.decide(a, "x", b, None, "x").conflict
    # The sender had seen our version: a plain update.
    assert sync_rules.decide(a, "x", b, a, "y") == sync_rules.Decision(True, False)


def test_concurrent_edit_is_listed_on_both_sides_with_the_same_winner(net: Net) -> None:
    case_id = _case(net)
    edit(net.s(HUB), "vc_case", case_id, court_case_ref="hub")
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="office")
    to_hub, to_office = net.export(LHR), net.export(HUB, LHR)
    net.imp(HUB, to_hub)
    net.imp(LHR, to_office)
    assert value(net.s(HUB), "vc_case", case_id, "court_case_ref") == value(
        net.s(LHR), "vc_case", case_id, "court_case_ref")
    assert len(conflict_rows(net.s(HUB))) == 1 and len(conflict_rows(net.s(LHR))) == 1
    # Delivering the same changes again (new bundles, acks lost) lists nothing more.
    net.imp(HUB, net.export(LHR))
    net.imp(LHR, net.export(HUB, LHR))
    net.round()
    assert len(conflict_rows(net.s(HUB))) == 1 and len(conflict_rows(net.s(LHR))) == 1


def test_sequential_edits_across_syncs_are_never_conflicts(net: Net) -> None:
    case_id = _case(net)
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="1")
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="2")   # a run of two edits
    net.round()
    edit(net.s(HUB), "vc_case", case_id, court_case_ref="3")     # after seeing "2"
    net.round()
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="4")    # after seeing "3"
    lost = net.export(LHR)                                        # this bundle is lost
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="5")
    net.round()
    net.imp(HUB, lost)                                            # ... and turns up late
    net.round()
    assert conflict_rows(net.s(HUB)) == [] and conflict_rows(net.s(LHR)) == []
    assert value(net.s(HUB), "vc_case", case_id, "court_case_ref") == "5"


def test_hub_return_bundle_that_crosses_an_unacknowledged_office_edit(net: Net) -> None:
    """The office's edit reached the hub, the hub edited after it, the ack has not come back:
    the hub's newer edit is not a clash."""
    case_id = _case(net)
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="office")
    net.imp(HUB, net.export(LHR))
    edit(net.s(HUB), "vc_case", case_id, court_case_ref="hub after office")
    net.imp(LHR, net.export(HUB, LHR))
    assert conflict_rows(net.s(LHR)) == [] and conflict_rows(net.s(HUB)) == []
    assert value(net.s(LHR), "vc_case", case_id, "court_case_ref") == "hub after office"


def test_update_concurrent_with_delete_is_kept_and_flagged(net: Net) -> None:
    case_id = _case(net)
    note_row = net.s(LHR).db.scalar("SELECT id FROM contact_point LIMIT 1")
    delete(net.cw(LHR), "contact_point", note_row)
    edit(net.s(HUB), "contact_point", note_row, safe_times="after 5pm")
    net.imp(HUB, net.export(LHR))
    net.imp(LHR, net.export(HUB, LHR))
    for where in (HUB, LHR):
        rows = conflict_rows(net.s(where))
        assert [r["kind"] for r in rows] == ["delete"], where
        # The row stays deleted everywhere, and the edit is not lost.
        assert value(net.s(where), "contact_point", note_row, "deleted")
        assert value(net.s(where), "contact_point", note_row, "safe_times") == "after 5pm"
    assert case_id


def test_illegal_workflow_winner_is_flagged(net: Net) -> None:
    case_id = _case(net)
    edit(net.cw(LHR), "vc_case", case_id, status="merged")
    edit(net.s(HUB), "vc_case", case_id, status="on_hold")
    net.imp(HUB, net.export(LHR))
    net.imp(LHR, net.export(HUB, LHR))
    kinds = {r["kind"] for where in (HUB, LHR) for r in conflict_rows(net.s(where))}
    assert sync_rules.TRANSITION in kinds
    assert sync_rules.legal_move("referral", "status", "draft", "sent")
    assert not sync_rules.legal_move("referral", "status", "cancelled", "submitted")


def _open(session) -> list:
    return [r for r in conflict_rows(session) if r["status"] == "open"]


def test_a_clash_settled_at_the_hub_is_settled_at_the_office_too(net: Net) -> None:
    case_id = _case(net)
    edit(net.s(HUB), "vc_case", case_id, court_case_ref="hub")
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="office")
    to_hub, to_office = net.export(LHR), net.export(HUB, LHR)
    net.imp(HUB, to_hub)
    net.imp(LHR, to_office)
    [at_hub] = _open(net.s(HUB))
    assert len(_open(net.s(LHR))) == 1

    conflicts.resolve(net.s(HUB), at_hub["id"], conflicts.KEEP, "Checked with the office.")
    net.round()
    assert _open(net.s(HUB)) == [] and _open(net.s(LHR)) == []
    assert value(net.s(HUB), "vc_case", case_id, "court_case_ref") == value(
        net.s(LHR), "vc_case", case_id, "court_case_ref")


def test_choosing_the_other_value_at_the_hub_reaches_the_office_and_settles_it(net: Net) -> None:
    case_id = _case(net)
    edit(net.s(HUB), "vc_case", case_id, court_case_ref="hub")
    edit(net.cw(LHR), "vc_case", case_id, court_case_ref="office")
    to_hub, to_office = net.export(LHR), net.export(HUB, LHR)
    net.imp(HUB, to_hub)
    net.imp(LHR, to_office)
    [at_hub] = _open(net.s(HUB))
    loser = at_hub["local_value"] if at_hub["winner"] == "remote" else at_hub["remote_value"]

    conflicts.resolve(net.s(HUB), at_hub["id"], conflicts.OTHER, "The office is right.")
    net.round()
    assert _open(net.s(LHR)) == [] and _open(net.s(HUB)) == []
    assert value(net.s(LHR), "vc_case", case_id, "court_case_ref") == json.loads(loser)
