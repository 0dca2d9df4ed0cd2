"""Duplicate people at the hub: found on import, merged and unmerged with every case,
relationship and referral kept, merges synced to the offices, distinct pairs left alone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sync.synclib import HUB, Net, build_network, edit, sample_incident

from victimcare.domain.errors import PermissionDenied, WorkflowError
from victimcare.services import care, cases, dedupe, directory, incidents, referrals
from victimcare.services.sync import importer
from victimcare.store import person_blocks

LHR, PEW = "PB-LHR", "KP-PEW"
HOSPITAL = {"name_en": "Mayo Hospital Lahore", "provider_type": "health",
            "districts": ["PB-LHR"], "focal_person": "Dr Sana Javed", "phone": "042-99211100",
            "languages": ["en", "ur"], "data_sharing_agreement": True,
            "dsa_expires_on": "2030-12-31"}
# What a merge may touch: every synced link to a person.
LINKS = dedupe.PERSON_LINKS


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dedupe") / "net"
    build_network(root)
    return root


@pytest.fixture
def net(template: Path, tmp_path: Path) -> Iterator[Net]:
    shutil.copytree(template, tmp_path / "net")
    n = Net(tmp_path / "net")
    yield n
    n.close()


def _aslam(**over: Any) -> dict[str, Any]:
    return {"given_name": "Muhammad", "family_name": "Aslam", "name_ur": "محمد اسلم",
            "guardian_name": "Ghulam Rasool", "guardian_relation": "s_o", "sex": "male",
            "age_estimate": 42, "victim_category": "direct_injured",
            "harms": ["grievous_injury"], **over}


def _naseem(**over: Any) -> dict[str, Any]:
    return {"given_name": "Naseem", "family_name": "Bibi", "guardian_name": "Muhammad Aslam",
            "guardian_relation": "w_o", "sex": "female", "age_estimate": 38,
            "victim_category": "indirect_family", "relationship": "spouse", "dependant": True,
            **over}


@dataclass
class World:
    first: incidents.Registered      # Lahore, March: Muhammad Aslam and his wife
    again: incidents.Registered      # Lahore, May: the same family typed in again
    pew: incidents.Registered        # Peshawar: the same man, registered there too
    referral: str                    # a referral for the second Aslam

    @property
    def aslam(self) -> str:
        return self.first.person_ids[0]

    @property
    def aslam2(self) -> str:
        return self.again.person_ids[0]

    @property
    def naseem2(self) -> str:
        return self.again.person_ids[1]

    @property
    def aslam_pew(self) -> str:
        return self.pew.person_ids[0]


def _world(net: Net) -> World:
    cw = net.cw(LHR)
    first = incidents.register_incident(cw, sample_incident(LHR), [{"members": [
        _aslam(cnic="35202-1234567-1", mobile="0300-1234567"), _naseem()]}])
    again = incidents.register_incident(
        cw, {**sample_incident(LHR), "occurred_on": "2026-05-02"}, [{"members": [
            _aslam(given_name="Mohd", guardian_name="Gulam Rasul", age_estimate=44,
                   name_ur=None, mobile="0300-1234567"),
            _naseem(family_name=None, guardian_name="M. Aslam")]}])
    # The second Aslam has a need, a consent and a referral to a hospital.
    case2 = again.case_ids[0]
    care.record_needs(cw, case2, [{"domain": "ongoing_medical", "severity": "high"}],
                      person=again.person_ids[0])
    need = cw.db.scalar("SELECT id FROM need_item WHERE case_id = ?", (case2,))
    hospital = directory.add_provider(net.login(LHR, "sup"), HOSPITAL,
                                      [{"service_type": "medical_ongoing"}])
    care.record_consent(cw, case2, {
        "person": again.person_ids[0], "given_by": "self", "consent_type": "share_with_provider",
        "provider": hospital, "data_categories": referrals.default_categories("health"),
        "purpose": "Treatment", "method": "thumbprint", "given_on": "2026-05-03"})
    referral = referrals.draft_referral(cw, need, hospital)
    pew = incidents.register_incident(net.cw(PEW), sample_incident(PEW), [{"members": [
        _aslam(given_name="محمد اسلم", family_name=None, cnic="35202-1234567-1",
               guardian_name="غلام رسول")]}])
    return World(first, again, pew, referral)


def _links(db: Any) -> dict[tuple[str, str, str], Any]:
    """Every person link of every live row: (table, row id, field) → person id."""
    out = {}
    for table, field in LINKS:
        for row_id, value in db.query(f"SELECT id, {field} FROM {table} WHERE deleted IS NULL"):
            out[(table, row_id, field)] = value
    return out


def _counts(db: Any) -> dict[str, int]:
    return {t: db.scalar(f"SELECT count(*) FROM {t} WHERE deleted IS NULL")
            for t in ("person", "vc_case", "case_member", "relationship", "referral", "consent",
                      "contact_point")}


def _pair(hub: Any, a: str, b: str) -> dedupe.Candidate:
    for c in dedupe.list_candidates(hub):
        if {c.a.id, c.b.id} == {a, b}:
            return c
    raise AssertionError(f"no open pair for {a} and {b}")


def _to_hub(net: Net) -> list[importer.ImportResult]:
    return [net.imp(HUB, net.export(o)) for o in (LHR, PEW)]


def test_an_import_lists_the_same_man_from_two_offices_with_the_reasons(net: Net) -> None:
    w = _world(net)
    results = _to_hub(net)
    assert results[0].duplicates_suspected >= 2      # Lahore typed the family in twice
    assert results[1].duplicates_suspected >= 1      # and Peshawar has the man too
    hub = net.s(HUB)
    pew = _pair(hub, w.aslam, w.aslam_pew)
    codes = [r.code for r in pew.reasons]
    assert codes[:2] == ["same_cnic", "similar_name"] and "similar_guardian" in codes
    assert pew.score >= dedupe.THRESHOLD
    assert {pew.a.office, pew.b.office} == {LHR, PEW}
    lhr = _pair(hub, w.aslam, w.aslam2)
    assert "same_phone" in [r.code for r in lhr.reasons]
    side = lhr.a if lhr.a.id == w.aslam2 else lhr.b
    assert side.name == "Mohd Aslam" and side.cases[0][1] == w.again.case_numbers[0]
    # Husband and wife share a phone and a case: never suggested as one person.
    assert all({c.a.id, c.b.id} != {w.aslam, w.first.person_ids[1]}
               for c in dedupe.list_candidates(hub))
    # Nothing is merged by itself.
    assert hub.db.scalar("SELECT count(*) FROM person WHERE merged_into IS NOT NULL") == 0


def test_merge_and_undo_keep_every_case_relationship_and_referral(net: Net) -> None:
    w = _world(net)
    _to_hub(net)
    hub = net.s(HUB)
    before_links, before_counts = _links(hub.db), _counts(hub.db)
    pair = _pair(hub, w.aslam, w.aslam2)

    merged = dedupe.merge(hub, pair.id, winner=w.aslam)
    assert merged.loser == w.aslam2 and merged.moved >= 5 and merged.kept == 0
    after = _links(hub.db)
    assert _counts(hub.db) == before_counts                # nothing deleted, nothing added
    assert w.aslam2 not in after.values()                  # every link follows the survivor
    moved = {k for k, v in before_links.items() if v == w.aslam2}
    assert {k[0] for k in moved} >= {"case_member", "relationship", "referral", "consent",
                                     "contact_point", "vc_case"}
    assert all(after[k] == w.aslam for k in moved)
    assert {k: v for k, v in after.items() if k not in moved} == {
        k: v for k, v in before_links.items() if k not in moved}
    assert hub.db.scalar("SELECT merged_into FROM person WHERE id = ?", (w.aslam2,)) == w.aslam
    assert hub.db.scalar("SELECT status FROM referral WHERE id = ?", (w.referral,)) == "draft"
    assert [c.id for c in dedupe.list_candidates(hub, dedupe.MERGED)] == [pair.id]
    # The merged man is no longer suggested with anyone.
    assert all(w.aslam2 not in (c.a.id, c.b.id) for c in dedupe.list_candidates(hub))
    assert dedupe.surviving(hub.db, w.aslam2) == w.aslam

    dedupe.unmerge(hub, pair.id)
    assert _links(hub.db) == before_links and _counts(hub.db) == before_counts
    assert hub.db.scalar("SELECT merged_into FROM person WHERE id = ?", (w.aslam2,)) is None
    assert _pair(hub, w.aslam, w.aslam2).status == dedupe.OPEN
    actions = [a for (a,) in hub.db.query(
        "SELECT action FROM audit_event WHERE action LIKE 'duplicate.%' ORDER BY seq")]
    assert actions[-2:] == ["duplicate.merge", "duplicate.unmerge"]


def test_a_merge_and_its_undo_reach_the_office_in_return_bundles(net: Net) -> None:
    w = _world(net)
    _to_hub(net)
    hub = net.s(HUB)
    office = net.s(LHR).db
    before = _links(office)
    pair = _pair(hub, w.aslam, w.aslam2)
    dedupe.merge(hub, pair.id, winner=w.aslam)

    net.imp(LHR, net.export(HUB, LHR))
    assert office.scalar("SELECT merged_into FROM person WHERE id = ?", (w.aslam2,)) == w.aslam
    assert office.scalar("SELECT person FROM referral WHERE id = ?", (w.referral,)) == w.aslam
    assert office.scalar("SELECT person FROM case_member WHERE case_id = ? AND principal = 1",
                         (w.again.case_ids[0],)) == w.aslam
    assert w.aslam2 not in _links(office).values()

    dedupe.unmerge(hub, pair.id)
    net.imp(LHR, net.export(HUB, LHR))
    assert _links(office) == before
    assert office.scalar("SELECT merged_into FROM person WHERE id = ?", (w.aslam2,)) is None
    # The office's next bundle is taken in by the hub as usual, and nothing clashed.
    assert net.imp(HUB, net.export(LHR)).conflicts == 0
    assert hub.db.scalar("SELECT count(*) FROM conflict") == 0


def test_a_merge_across_offices_syncs_to_both_and_leaves_their_links_alone(net: Net) -> None:
    w = _world(net)
    _to_hub(net)
    hub = net.s(HUB)
    before = _links(hub.db)
    pair = _pair(hub, w.aslam, w.aslam_pew)
    merged = dedupe.merge(hub, pair.id, winner=w.aslam)
    # Peshawar's case stays on its own person, which now names the survivor at Lahore:
    # an office never receives a link to a person it cannot hold.
    assert merged.moved == 0 and merged.kept >= 1
    assert _links(hub.db) == before
    for office in (PEW, LHR):
        result = net.imp(office, net.export(HUB, office))
        assert result.status == importer.APPLIED
    pew = net.s(PEW).db
    assert pew.scalar("SELECT merged_into FROM person WHERE id = ?", (w.aslam_pew,)) == w.aslam
    assert pew.scalar("SELECT count(*) FROM person WHERE id = ?", (w.aslam,)) == 0
    assert dedupe.surviving(hub.db, w.aslam_pew) == w.aslam
    # Searching at the hub finds the survivor once, with Peshawar's case too (still linked
    # to the person merged into him), and not the merged person on his own.
    found = cases.find(hub, "35202-1234567-1")
    assert {f.person_id for f in found} == {w.aslam}
    assert {f.case_id for f in found} == {w.first.case_ids[0], w.pew.case_ids[0]}
    # At Peshawar, which does not hold the survivor, its own person is still found.
    assert {f.person_id for f in cases.find(net.s(PEW), "35202-1234567-1")} == {w.aslam_pew}


def test_a_pair_marked_distinct_is_never_suggested_again(net: Net) -> None:
    w = _world(net)
    _to_hub(net)
    hub = net.s(HUB)
    wife1 = w.first.person_ids[1]
    pair = _pair(hub, wife1, w.naseem2)
    dedupe.mark_distinct(hub, pair.id)
    assert all(c.id != pair.id for c in dedupe.list_candidates(hub))
    steps: list[tuple[int, int]] = []
    result = dedupe.scan(hub, everyone=True, progress=lambda d, t: steps.append((d, t)))
    assert result.scanned == 5 and steps == [(0, 5)]
    assert all({c.a.id, c.b.id} != {wife1, w.naseem2} for c in dedupe.list_candidates(hub))
    # An edit at the office, imported later, does not bring the pair back either.
    edit(net.cw(LHR), "person", w.naseem2, family_name="Bibi")
    net.imp(HUB, net.export(LHR))
    assert all({c.a.id, c.b.id} != {wife1, w.naseem2} for c in dedupe.list_candidates(hub))
    assert [c.id for c in dedupe.list_candidates(hub, dedupe.DISTINCT)] == [pair.id]
    with pytest.raises(WorkflowError):
        dedupe.merge(hub, pair.id, winner=wife1)


def test_only_a_coordinator_sees_and_decides_duplicates(net: Net) -> None:
    w = _world(net)
    _to_hub(net)
    pair = _pair(net.s(HUB), w.aslam, w.aslam2)
    cw = net.cw(LHR)
    with pytest.raises(PermissionDenied):
        dedupe.list_candidates(cw)
    with pytest.raises(PermissionDenied):
        dedupe.merge(cw, pair.id, winner=w.aslam)


def test_looking_up_candidates_reads_only_people_who_share_a_key(net: Net) -> None:
    """Blocking: a new person is compared with the few people sharing a key, not everyone."""
    w = _world(net)
    _to_hub(net)
    hub = net.s(HUB)
    near = person_blocks.neighbours(hub.db, w.aslam)
    assert set(near) == {w.aslam2, w.aslam_pew}    # not his wife, not anyone else
    assert "c:3520212345671" in near[w.aslam_pew] and "p:3001234567" in near[w.aslam2]
    assert hub.db.scalar("SELECT count(*) FROM person") == 5
