"""What people type: CNICs, mobile numbers, dates and required fields, and how refusals read."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import sample_families, sample_incident

from victimcare.domain.errors import FieldError, ValidationError
from victimcare.domain.model import entity
from victimcare.domain.validation import (
    format_cnic,
    format_mobile,
    normalise_cnic,
    normalise_mobile,
    validate_fields,
)
from victimcare.services import casefile, incidents, people
from victimcare.services.session import Session

TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


# -- CNIC ----------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["35202-1234567-1", "3520212345671", " 35202-1234567-1 "])
def test_cnic_with_or_without_dashes(typed: str) -> None:
    assert normalise_cnic(typed) == "3520212345671"
    assert format_cnic(normalise_cnic(typed)) == "35202-1234567-1"


@pytest.mark.parametrize("typed", [
    "35202-123456-1", "35202-12345678-1", "352021234567", "35202123456712",
    "35202-12345A7-1", "ABCDE-1234567-1", "3520-21234567-1", "35202_1234567_1", "", "-",
])
def test_bad_cnic_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="cnic_format"):
        normalise_cnic(typed)


# -- mobile numbers ------------------------------------------------------------------------
@pytest.mark.parametrize("typed", [
    "0300-1234567", "03001234567", "+923001234567", "00923001234567", "92 300 1234567",
    "0300 1234567", "(0300) 1234567", "+92-300-1234567",
])
def test_mobile_numbers_as_people_write_them(typed: str) -> None:
    assert normalise_mobile(typed) == "+923001234567"
    assert format_mobile(normalise_mobile(typed)) == "0300-1234567"


@pytest.mark.parametrize("typed", [
    "042-35761234",      # Lahore landline
    "051-9201234",       # Islamabad landline
    "+924235761234",     # landline in international form
    "0300-123456",       # one digit short
    "0300-12345678",     # one digit long
    "+9230012345678",
    "3001234567",        # without the leading 0
    "0300-12E4567",
    "+1 300 1234567",
    "",
])
def test_landlines_and_malformed_numbers_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="mobile_format"):
        normalise_mobile(typed)


# -- field rules ---------------------------------------------------------------------------
def test_validate_fields_lists_every_problem() -> None:
    errors = validate_fields(entity("person"), {
        "given_name": "", "sex": "robot", "age_estimate": -3, "date_of_birth": "02/05/2001",
        "interpreter_needed": "yes", "family_name": "x" * 201, "shoe_size": 42,
    }, row=4)
    assert {(e.field, e.code) for e in errors} == {
        ("given_name", "required"), ("sex", "invalid_choice"), ("age_estimate", "negative"),
        ("date_of_birth", "date_format"), ("interpreter_needed", "type"),
        ("family_name", "too_long"), ("shoe_size", "unknown_field"),
    }
    assert {e.row for e in errors} == {4}


def test_partial_validation_checks_only_given_fields() -> None:
    assert validate_fields(entity("person"), {"disability": "hearing"}, partial=True) == []
    assert validate_fields(entity("person"), {"disability": "hearing"}) == [
        FieldError("given_name", "required"), FieldError("sex", "required")]


# -- through the services ------------------------------------------------------------------
def _written(session: Session) -> int:
    return int(session.db.scalar("SELECT count(*) FROM change_log"))


def test_registration_stores_normalised_cnic_and_mobile(login) -> None:
    cw = login("cw")
    families = sample_families()
    families[0]["members"][0]["mobile"] = "92 300 1234567"
    families[1]["members"][0]["cnic"] = "3520298765432"
    reg = incidents.register_incident(cw, sample_incident(), families)
    cf = casefile.get_case(cw, reg.case_ids[0])
    assert cf.principal["cnic"] == "3520212345671"
    assert cf.members[0]["contacts"][0]["value"] == "+923001234567"
    assert casefile.get_case(cw, reg.case_ids[1]).principal["cnic"] == "3520298765432"


def test_all_bad_victims_are_reported_with_their_rows_and_nothing_is_written(login) -> None:
    cw = login("cw")
    before = _written(cw)
    families = [
        {"members": [
            {"given_name": "Ok", "sex": "male", "victim_category": "direct_injured"},   # row 1
            {"given_name": "", "sex": "female", "victim_category": "indirect_family",  # row 2
             "relationship": "spouse", "cnic": "1234"},
        ]},
        {"members": [
            {"given_name": "Bilal", "sex": "male", "mobile": "042-35761234",           # row 3
             "date_of_birth": TOMORROW},
            {"given_name": "Sana", "sex": "female", "victim_category": "indirect_family",  # 4
             "age_estimate": 130},
        ]},
    ]
    with pytest.raises(ValidationError) as info:
        incidents.register_incident(cw, sample_incident(occurred_on=TOMORROW), families)
    found = {(e.row, e.field, e.code) for e in info.value.errors}
    assert found == {
        (None, "occurred_on", "in_future"),
        (2, "given_name", "required"), (2, "cnic", "cnic_format"),
        (3, "mobile", "mobile_format"), (3, "date_of_birth", "in_future"),
        (3, "victim_category", "required"),
        (4, "age_estimate", "too_large"), (4, "relationship", "required"),
    }
    assert "row 3: mobile: mobile_format" in str(info.value)
    assert _written(cw) == before


def test_incident_needs_its_required_fields_and_valid_codes(login) -> None:
    cw = login("cw")
    with pytest.raises(ValidationError) as info:
        incidents.register_incident(
            cw, {"place_type": "moon", "attack_types": ["bombing", "laser"]}, [])
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("occurred_on", "required"), ("district", "required"),
        ("place_type", "invalid_choice"), ("attack_types", "invalid_choice"),
        ("victims", "required"),
    }


def test_a_province_is_not_a_district(login) -> None:
    with pytest.raises(ValidationError) as info:
        incidents.register_incident(login("cw"), sample_incident(district="PB"),
                                    sample_families())
    assert [(e.field, e.code) for e in info.value.errors] == [("district", "not_a_district")]


def test_not_a_district_is_reported_with_the_other_errors(login) -> None:
    with pytest.raises(ValidationError) as info:
        incidents.register_incident(login("cw"), sample_incident(district="PB",
                                                                 occurred_on=TOMORROW),
                                    sample_families())
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("district", "not_a_district"), ("occurred_on", "in_future")}


def test_future_date_of_birth_and_death_are_refused_on_update(login) -> None:
    cw = login("cw")
    reg = incidents.register_incident(cw, sample_incident(), sample_families())
    with pytest.raises(ValidationError) as info:
        people.update_person(cw, reg.person_ids[0], {"date_of_birth": TOMORROW,
                                                      "date_of_death": TOMORROW,
                                                      "cnic": "35202-1234567"})
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("date_of_birth", "in_future"), ("date_of_death", "in_future"),
        ("cnic", "cnic_format")}
    assert casefile.get_case(cw, reg.case_ids[0]).principal["date_of_birth"] is None


def test_add_contact_normalises_a_mobile_and_refuses_a_bad_one(login) -> None:
    cw = login("cw")
    reg = incidents.register_incident(cw, sample_incident(), sample_families())
    with pytest.raises(ValidationError) as info:
        people.add_contact(cw, reg.person_ids[2], "mobile", "0300-12345")
    assert [(e.field, e.code) for e in info.value.errors] == [("value", "mobile_format")]
    people.add_contact(cw, reg.person_ids[2], "mobile", "0333 7654321")
    contacts = casefile.get_case(cw, reg.case_ids[1]).members[0]["contacts"]
    assert [c["value"] for c in contacts] == ["+923337654321"]
