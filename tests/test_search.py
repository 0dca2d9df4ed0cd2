"""Finding people: by name in either script, father's name, CNIC, phone or case number."""

from __future__ import annotations

from typing import Any

import pytest
from factories import sample_families, sample_incident

from victimcare.services import cases, incidents, people
from victimcare.services.session import Session
from victimcare.store import search


@pytest.fixture
def office(login) -> dict[str, Any]:
    cw = login("cw")
    reg = incidents.register_incident(cw, sample_incident(), sample_families())
    aslam, naseem, ayesha = reg.person_ids
    return {"cw": cw, "reg": reg, "aslam": aslam, "naseem": naseem, "ayesha": ayesha}


def _people(session: Session, text: str) -> list[str]:
    """Person ids in the order the search returns them (each person once)."""
    seen: list[str] = []
    for f in cases.find(session, text):
        if f.person_id not in seen:
            seen.append(f.person_id)
    return seen


@pytest.mark.parametrize(("text", "who"), [
    ("Aslam", "aslam"), ("muhammad aslam", "aslam"), ("MUHAMMAD", "aslam"),
    ("محمد اسلم", "aslam"), ("اسلم", "aslam"), ("عائشہ", "ayesha"), ("نسیم", "naseem"),
    ("Ghulam Rasool", "aslam"), ("Rasool", "aslam"),
    ("35202-1234567-1", "aslam"), ("3520212345671", "aslam"), ("1234567-1", "aslam"),
    ("0300-1234567", "aslam"), ("03001234567", "aslam"), ("+923001234567", "aslam"),
    ("300 1234567", "aslam"), ("Ayesha Imran", "ayesha"),
])
def test_finds_a_person_the_ways_officers_search(office, text: str, who: str) -> None:
    assert _people(office["cw"], text)[:1] == [office[who]]


def test_finds_by_case_number_suffix(office) -> None:
    found = cases.find(office["cw"], "00002")
    assert [(f.person_id, f.case_number) for f in found] == [
        (office["ayesha"], office["reg"].case_numbers[1])]


@pytest.mark.parametrize("typed", ["full", "year_and_number"])
def test_finds_by_case_number_as_printed(office, typed: str) -> None:
    number = office["reg"].case_numbers[1]
    text = number if typed == "full" else number.split("-", 2)[2]
    assert office["ayesha"] in _people(office["cw"], text)


def test_own_name_ranks_above_a_fathers_name(office, login) -> None:
    """Ayesha's father is Imran Khan; a later victim is Imran Khan himself."""
    cw = office["cw"]
    imran = incidents.register_incident(cw, sample_incident(), [{"members": [
        {"given_name": "Imran", "family_name": "Khan", "sex": "male",
         "victim_category": "direct_injured"}]}]).person_ids[0]
    assert _people(cw, "Imran Khan")[:2] == [imran, office["ayesha"]]
    assert _people(cw, "Imran")[:2] == [imran, office["ayesha"]]
    # The husband is named in Naseem's record only as her husband: he ranks first.
    assert _people(cw, "Muhammad Aslam")[:2] == [office["aslam"], office["naseem"]]


@pytest.mark.parametrize("text", ["As", "اس", "12", "", "   ", "a b c"])
def test_fewer_than_three_characters_find_nothing(office, text: str) -> None:
    assert cases.find(office["cw"], text) == []
    assert search.search(office["cw"].db, text) == []


@pytest.mark.parametrize("text", ['"', 'Aslam"', "NEAR(Aslam)", "Aslam*", "Aslam OR 1",
                                  "-Aslam", "^Aslam", "Aslam:", "{names}: Aslam", "'; DROP"])
def test_search_syntax_in_a_query_is_just_text(office, text: str) -> None:
    cases.find(office["cw"], text)  # no error, whatever it finds


def test_index_follows_edits(office) -> None:
    cw = office["cw"]
    people.update_person(cw, office["ayesha"], {"given_name": "Ayeza", "name_ur": "عائزہ",
                                                "guardian_name": "Kamran Khan"})
    assert _people(cw, "Ayeza") == [office["ayesha"]]
    assert _people(cw, "عائزہ") == [office["ayesha"]]
    assert _people(cw, "Kamran") == [office["ayesha"]]
    assert office["ayesha"] not in _people(cw, "Ayesha")
    assert office["ayesha"] not in _people(cw, "Imran")
    people.add_contact(cw, office["ayesha"], "mobile", "0345-7654321")
    assert _people(cw, "0345-7654321") == [office["ayesha"]]
    people.update_person(cw, office["ayesha"], {"cnic": "61101-7654321-2"})
    assert _people(cw, "61101-7654321-2") == [office["ayesha"]]


def test_text_filter_of_the_case_list_uses_the_same_search(office) -> None:
    cw = office["cw"]
    rows = cases.list_cases(cw, cases.CaseQuery(text="0300-1234567"))
    assert [r.id for r in rows] == [office["reg"].case_ids[0]]
    assert cases.count_cases(cw, cases.CaseQuery(text="Ayesha")) == 1
    assert cases.count_cases(cw, cases.CaseQuery(text="nobody-like-this")) == 0


def test_people_of_another_office_are_not_found(office, login) -> None:
    sup = login("sup")
    with sup.unit(None) as unit:  # as a hub's return bundle would bring them
        other = unit.records.insert("person", {"given_name": "Aslam", "family_name": "Pervez",
                                               "sex": "male"}, office="KP-PEW")
    assert other not in _people(sup, "Aslam")
    assert other not in _people(office["cw"], "Pervez")
    hits = search.search(sup.db, "Pervez", office="KP-PEW")
    assert [h.person_id for h in hits] == [other]  # it is indexed, only out of scope
    assert search.search(sup.db, "Pervez", office="PB-LHR") == []


def test_query_terms() -> None:
    assert search.terms("0300-1234567") == ["03001234567"]
    assert search.terms("92 300 1234567") == ["923001234567"]
    assert search.terms("Al Aslam") == ["Aslam"]  # "Al" is too short for a trigram


@pytest.mark.parametrize("text", ["35202-1234567-1 Aslam", "Aslam 0300-1234567"])
def test_a_name_together_with_a_number_finds_the_person(office, text: str) -> None:
    assert _people(office["cw"], text)[:1] == [office["aslam"]]
