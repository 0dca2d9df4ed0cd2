"""Adding a family member to an existing case, and who may change a case's people."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import sample_families, sample_incident

from victimcare.domain.errors import NotFound, ValidationError
from victimcare.services import casefile, cases, incidents, people
from victimcare.services.session import Session

CHILD = {"given_name": "Bilal", "family_name": "Aslam", "name_ur": "بلال اسلم",
         "guardian_name": "Muhammad Aslam", "guardian_relation": "s_o", "sex": "male",
         "age_estimate": 9}


@pytest.fixture
def case(login: Callable[[str], Session]) -> tuple[str, str]:
    """(case id, principal person id) of a case registered by cw."""
    registered = incidents.register_incident(login("cw"), sample_incident(), sample_families())
    return registered.case_ids[0], registered.person_ids[0]


def test_child_added_to_case_is_a_member_related_to_the_principal_and_found(
        login: Callable[[str], Session], case: tuple[str, str]) -> None:
    case_id, principal = case
    cw = login("cw")
    child = people.add_case_member(cw, case_id, CHILD, victim_category="indirect_family",
                                   harms=["psychological"], relationship="child",
                                   dependant=True, mobile="0301-7654321")
    cf = casefile.get_case(cw, case_id)
    member = next(m for m in cf.members if m["person"] == child)
    assert member["victim_category"] == "indirect_family" and not member["principal"]
    assert [c["value"] for c in member["contacts"]] == ["+923017654321"]
    rel = next(r for r in cf.relationships if r["person_a"] == child)
    assert (rel["person_b"], rel["kind"], rel["dependant"]) == (principal, "child", True)
    assert any(h["action"] == "case.member_add" for h in cf.history)
    assert [f.case_id for f in cases.find(cw, "Bilal") if f.person_id == child] == [case_id]


def test_nothing_is_added_when_any_field_is_wrong(login: Callable[[str], Session],
                                                  case: tuple[str, str]) -> None:
    case_id, _principal = case
    cw = login("cw")
    with pytest.raises(ValidationError) as caught:
        people.add_case_member(cw, case_id, {**CHILD, "cnic": "123"},
                               victim_category="", relationship="uncle-ish", mobile="12")
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("cnic", "cnic_format"), ("victim_category", "required"),
        ("relationship", "invalid_choice"), ("mobile", "mobile_format")}
    assert len(casefile.get_case(cw, case_id).members) == 2
    assert not [f for f in cases.find(cw, "Bilal")]


def test_people_of_a_restricted_case_cannot_be_changed_by_another_case_worker(
        login: Callable[[str], Session], case: tuple[str, str]) -> None:
    case_id, principal = case
    cases.update_case(login("cw"), case_id, {"sensitivity": "restricted"})
    cw2 = login("cw2")
    with pytest.raises(NotFound):
        people.update_person(cw2, principal, {"cnic": "35202-7654321-3"})
    with pytest.raises(NotFound):
        people.add_contact(cw2, principal, "mobile", "0300-1112223")
    with pytest.raises(NotFound):
        people.add_case_member(cw2, case_id, CHILD, victim_category="indirect_family",
                               relationship="child")
    cw = login("cw")
    assert casefile.get_case(cw, case_id).principal["cnic"] == "3520212345671"
    assert len(casefile.get_case(cw, case_id).members) == 2
