"""Casework through the services: registering, duplicates, consent, needs, risk, notes, files."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from factories import sample_families, sample_incident

from victimcare.domain.errors import NotFound, ValidationError, WorkflowError
from victimcare.domain.rules import consent_gap
from victimcare.services import care, casefile, cases, incidents, people
from victimcare.services.session import Session

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture
def office(login) -> dict[str, Any]:
    cw = login("cw")
    reg = incidents.register_incident(cw, sample_incident(), sample_families())
    return {"cw": cw, "sup": login("sup"), "reg": reg, "case": reg.case_ids[0],
            "aslam": reg.person_ids[0], "naseem": reg.person_ids[1],
            "ayesha": reg.person_ids[2]}


def _codes(error: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in error.errors}


# -- registration --------------------------------------------------------------------------
def test_one_incident_three_victims_two_families_make_two_cases(office) -> None:
    cw, reg = office["cw"], office["reg"]
    year = TODAY.year
    assert reg.case_numbers == (f"PB-LHR-{year}-00001", f"PB-LHR-{year}-00002")
    first = casefile.get_case(cw, reg.case_ids[0])
    second = casefile.get_case(cw, reg.case_ids[1])
    assert first.incident["id"] == second.incident["id"] == reg.incident_id
    assert first.incident["attack_types"] == ["bombing"]
    assert first.incident["fir_reference"] == "FIR 112/26"
    assert first.case["fir_registered"] is True
    assert (first.case["status"], first.case["sensitivity"]) == ("open", "normal")
    assert first.case["case_worker"] == cw.user_id
    assert first.principal["id"] == office["aslam"]

    members = {m["person"]: m for m in first.members}
    assert set(members) == {office["aslam"], office["naseem"]}
    assert members[office["aslam"]]["principal"] is True
    assert members[office["aslam"]]["harms"] == ["grievous_injury"]
    assert members[office["naseem"]]["victim_category"] == "indirect_family"
    assert [(r["person_a"], r["person_b"], r["kind"], r["dependant"])
            for r in first.relationships] == [(office["naseem"], office["aslam"], "spouse", True)]
    assert [m["person"] for m in second.members] == [office["ayesha"]]
    assert second.relationships == []
    assert first.principal["age_estimated_on"] == TODAY.isoformat()


def test_next_incident_continues_the_case_numbers(office) -> None:
    reg = incidents.register_incident(office["cw"], sample_incident(), [sample_families()[1]])
    assert reg.case_numbers == (f"PB-LHR-{TODAY.year}-00003",)


def test_a_new_case_for_someone_already_registered(office) -> None:
    case_id, number = cases.open_case(office["cw"], office["ayesha"], "direct_injured")
    assert number == f"PB-LHR-{TODAY.year}-00003"
    cf = casefile.get_case(office["cw"], case_id)
    assert cf.principal["id"] == office["ayesha"] and cf.incident is None


# -- duplicate warnings --------------------------------------------------------------------
@pytest.mark.parametrize("cnic", ["35202-1234567-1", "3520212345671"])
def test_duplicate_warning_by_cnic(office, cnic: str) -> None:
    dups = people.possible_duplicates(office["cw"], cnic=cnic)
    assert [(d.person_id, d.reason, d.name, d.case_numbers) for d in dups] == [
        (office["aslam"], "cnic", "Muhammad Aslam", (office["reg"].case_numbers[0],))]


def test_duplicate_warning_by_name_and_fathers_name(office) -> None:
    cw = office["cw"]
    dups = people.possible_duplicates(cw, given_name="ayesha", family_name="KHAN",
                                      guardian_name=" Imran Khan ")
    assert [(d.person_id, d.reason, d.guardian_name) for d in dups] == [
        (office["ayesha"], "name_and_guardian", "Imran Khan")]
    assert people.possible_duplicates(cw, given_name="Ayesha", family_name="Khan",
                                      guardian_name="Salman Khan") == []
    assert people.possible_duplicates(cw, given_name="Ayesha", family_name="Khan") == []
    assert people.possible_duplicates(cw, cnic="35202-7654321-1") == []
    assert people.possible_duplicates(cw, cnic="not a cnic") == []


def test_one_person_matching_both_ways_is_listed_once(office) -> None:
    dups = people.possible_duplicates(office["cw"], cnic="35202-1234567-1",
                                      given_name="Muhammad", family_name="Aslam",
                                      guardian_name="Ghulam Rasool")
    assert [d.person_id for d in dups] == [office["aslam"]]


# -- consent -------------------------------------------------------------------------------
def _consent(office, **over: Any) -> str:
    return care.record_consent(office["cw"], office["case"], {
        "person": office["aslam"], "given_by": "self", "consent_type": "share_with_provider",
        "provider_type": "health", "data_categories": ["name", "contact_phone"],
        "purpose": "Referral to hospital", "method": "thumbprint", "given_on": "2026-03-20",
        "expires_on": "2027-03-20", **over})


def test_consent_with_expiry_and_withdrawal(office) -> None:
    cw = office["cw"]
    consent_id = _consent(office)
    care.withdraw_consent(cw, consent_id, "Does not want the hospital to call")
    [c] = casefile.get_case(cw, office["case"]).consents
    assert (c["expires_on"], c["withdrawn_on"]) == ("2027-03-20", TODAY.isoformat())
    assert c["withdrawn_reason"] == "Does not want the hospital to call"
    with pytest.raises(WorkflowError):
        care.withdraw_consent(cw, consent_id, "again")
    with pytest.raises(ValidationError) as no_reason:
        care.withdraw_consent(cw, _consent(office), "  ")
    assert _codes(no_reason.value) == {("withdrawn_reason", "required")}


@pytest.mark.parametrize(("over", "expected"), [
    ({"expires_on": "2026-03-01"}, {("expires_on", "before_given")}),
    ({"withdrawn_on": "2026-03-21"}, {("withdrawn_on", "use_withdraw")}),
    ({"provider_type": None}, {("provider", "required")}),
    ({"given_on": (TODAY + DAY).isoformat(), "expires_on": None}, {("given_on", "in_future")}),
    ({"method": "email", "data_categories": ["name", "shoe_size"]},
     {("method", "invalid_choice"), ("data_categories", "invalid_choice")}),
    ({"given_by": None, "given_on": None}, {("given_by", "required"), ("given_on", "required")}),
])
def test_consent_is_refused_with_every_reason(office, over: dict, expected: set) -> None:
    with pytest.raises(ValidationError) as info:
        _consent(office, **over)
    assert _codes(info.value) == expected


def test_consent_only_for_a_member_of_the_case(office) -> None:
    with pytest.raises(ValidationError) as info:
        _consent(office, person=office["ayesha"])
    assert _codes(info.value) == {("person", "not_in_case")}


SHARE = {"consent_type": "share_with_provider", "provider": "prov-1", "provider_type": None,
         "data_categories": ["name", "contact_phone"], "given_on": "2026-03-01",
         "expires_on": "2026-12-31", "withdrawn_on": None}
ON = dt.date(2026, 6, 1)


def _gap(*consents: dict, provider: str = "prov-1", provider_type: str = "health",
         categories: tuple[str, ...] = ("name", "contact_phone"), today: dt.date = ON):
    return consent_gap(consents, provider=provider, provider_type=provider_type,
                       categories=categories, today=today)


def test_consent_gap_when_covered() -> None:
    assert _gap(SHARE) is None
    assert _gap(SHARE, categories=("name",)) is None
    assert _gap({**SHARE, "provider": None, "provider_type": "health"}) is None
    assert _gap({**SHARE, "provider": None, "provider_type": None}) is None  # any provider
    assert _gap(SHARE, today=dt.date(2026, 12, 31)) is None  # last day still counts
    assert _gap({**SHARE, "withdrawn_on": "2026-07-01"}) is None  # withdrawal not yet in force


@pytest.mark.parametrize(("consents", "kw", "code", "missing"), [
    ((), {}, "no_consent", ()),
    (({**SHARE, "consent_type": "case_registration"},), {}, "no_consent", ()),
    (({**SHARE, "expires_on": "2026-05-31"},), {}, "expired", ()),
    (({**SHARE, "withdrawn_on": "2026-05-01"},), {}, "withdrawn", ()),
    (({**SHARE, "withdrawn_on": "2026-06-01"},), {}, "withdrawn", ()),
    ((SHARE,), {"provider": "prov-2"}, "wrong_provider", ()),
    (({**SHARE, "provider": None, "provider_type": "legal_aid"},), {}, "wrong_provider", ()),
    ((SHARE,), {"categories": ("name", "cnic", "address")}, "missing_categories",
     ("address", "cnic")),
    # Of several consents, the one nearest to covering the use tells what to record.
    ((SHARE | {"provider": "prov-9"}, SHARE | {"expires_on": "2026-01-01"},
      SHARE | {"data_categories": ["name"]}), {}, "missing_categories", ("contact_phone",)),
    ((SHARE | {"provider": "prov-9"}, SHARE | {"expires_on": "2026-01-01"}), {}, "expired", ()),
])
def test_consent_gap_reasons(consents, kw, code: str, missing: tuple) -> None:
    gap = _gap(*consents, **kw)
    assert gap is not None and (gap.code, gap.missing) == (code, missing)


# -- needs ---------------------------------------------------------------------------------
def test_needs_assessment_with_items(office) -> None:
    cw = office["cw"]
    care.record_needs(cw, office["case"], [
        {"domain": "ongoing_medical", "severity": "high", "notes": "Leg wound"},
        {"domain": "cash", "severity": "medium"}], person=office["aslam"], summary="First look")
    [a] = casefile.get_case(cw, office["case"]).assessments
    assert a["summary"] == "First look" and a["assessed_by"] == cw.user_id
    assert [(i["domain"], i["severity"], i["status"]) for i in a["items"]] == [
        ("ongoing_medical", "high", "identified"), ("cash", "medium", "identified")]
    care.update_need(cw, a["items"][1]["id"], {"status": "met", "notes": "Paid"})
    items = casefile.get_case(cw, office["case"]).need_items
    assert [(i["status"], i["notes"]) for i in items][1] == ("met", "Paid")


def test_needs_are_refused_with_row_numbers(office) -> None:
    with pytest.raises(ValidationError) as info:
        care.record_needs(office["cw"], office["case"], [
            {"domain": "cash", "severity": "medium"},
            {"domain": "spaceship", "severity": "huge"}])
    assert {(e.row, e.field, e.code) for e in info.value.errors} == {
        (2, "domain", "invalid_choice"), (2, "severity", "invalid_choice")}
    with pytest.raises(ValidationError):
        care.record_needs(office["cw"], office["case"], [])
    with pytest.raises(ValidationError) as other_person:
        care.record_needs(office["cw"], office["case"], [{"domain": "cash", "severity": "low"}],
                          person=office["ayesha"])
    assert _codes(other_person.value) == {("person", "not_in_case")}
    with pytest.raises(ValidationError) as not_editable:
        care.update_need(office["cw"], "any", {"domain": "cash"})
    assert _codes(not_editable.value) == {("domain", "not_editable")}


# -- risk ----------------------------------------------------------------------------------
def _case(session: Session, case_id: str) -> dict[str, Any]:
    return casefile.get_case(session, case_id).case


def test_high_rating_applies_at_once_and_waits_for_review(office) -> None:
    cw, sup, case = office["cw"], office["sup"], office["case"]
    a = care.assess_risk(cw, case, "high", factors=["threat_received"], rationale="Phone threat")
    assert (_case(cw, case)["risk_level"], _case(cw, case)["next_review_on"]) == (
        "high", (TODAY + DAY).isoformat())
    assert [r["id"] for r in care.pending_risk_reviews(sup)] == [a]
    assert cases.home(sup).pending_risk_reviews == 1
    care.review_risk(sup, a, True)
    assert care.pending_risk_reviews(sup) == []
    risk = casefile.get_case(cw, case).risks[0]
    assert (risk["review_status"], risk["reviewed_by"]) == ("approved", sup.user_id)


def test_medium_first_rating_needs_no_review(office) -> None:
    cw, case = office["cw"], office["case"]
    care.assess_risk(cw, case, "medium", rationale="Neighbours talk")
    assert _case(cw, case)["risk_level"] == "medium"
    assert _case(cw, case)["next_review_on"] == (TODAY + 3 * DAY).isoformat()
    assert casefile.get_case(cw, case).risks[0]["review_status"] == "not_needed"


def test_downgrade_waits_for_a_supervisor(office) -> None:
    cw, sup, case = office["cw"], office["sup"], office["case"]
    care.review_risk(sup, care.assess_risk(cw, case, "high", rationale="Threat"), True)
    down = care.assess_risk(cw, case, "low", rationale="Family moved away")
    assert _case(cw, case)["risk_level"] == "high"  # not applied yet
    assert [r["id"] for r in care.pending_risk_reviews(sup)] == [down]

    with pytest.raises(ValidationError) as no_comment:
        care.review_risk(sup, down, False)
    assert _codes(no_comment.value) == {("review_comment", "required")}
    care.review_risk(sup, down, False, "Threat still active")
    assert _case(cw, case)["risk_level"] == "high"

    again = care.assess_risk(cw, case, "low", rationale="Confirmed by police")
    assert _case(cw, case)["risk_level"] == "high"
    care.review_risk(sup, again, True, "Agreed")
    assert (_case(cw, case)["risk_level"], _case(cw, case)["next_review_on"]) == (
        "low", (TODAY + 7 * DAY).isoformat())
    with pytest.raises(WorkflowError):
        care.review_risk(sup, again, True)


def test_supervisor_cannot_review_their_own_rating(office, login) -> None:
    sup, case = office["sup"], office["case"]
    own = care.assess_risk(sup, case, "high", rationale="Seen myself")
    with pytest.raises(ValidationError) as info:
        care.review_risk(sup, own, True)
    assert _codes(info.value) == {("reviewed_by", "cannot_review_own")}
    assert casefile.get_case(sup, case).risks[0]["review_status"] == "pending"


def test_risk_needs_a_rationale_and_a_known_level(office) -> None:
    with pytest.raises(ValidationError) as info:
        care.assess_risk(office["cw"], office["case"], "extreme", rationale=" ")
    assert _codes(info.value) == {("level", "invalid_choice"), ("rationale", "required")}


# -- notes ---------------------------------------------------------------------------------
def test_notes_are_append_only_and_restricted_ones_hidden_from_caseworkers(office) -> None:
    cw, sup, case = office["cw"], office["sup"], office["case"]
    first = care.add_note(cw, case, "  Visited the family.  ")
    secret = care.add_note(cw, case, "Threat from a relative.", restricted=True)
    assert [n["body"] for n in care.notes(cw, case)] == ["Visited the family."]
    assert [n["id"] for n in care.notes(sup, case)] == [first, secret]
    with cw.unit(None) as unit, pytest.raises(PermissionError):
        unit.records.update("case_note", first, {"body": "rewritten"})
    assert care.notes(cw, case)[0]["body"] == "Visited the family."
    with pytest.raises(ValidationError):
        care.add_note(cw, case, "x" * 20001)


# -- follow-ups and the home screen --------------------------------------------------------
def test_follow_ups_due_and_done(office, login) -> None:
    cw, case = office["cw"], office["case"]
    overdue = care.add_follow_up(cw, case, (TODAY - 2 * DAY).isoformat(), "call",
                                 purpose="Ask about the hospital")
    today = care.add_follow_up(cw, case, TODAY.isoformat(), "visit", person=office["naseem"])
    care.add_follow_up(cw, case, (TODAY + 9 * DAY).isoformat(), "office")
    due = cases.home(cw).follow_ups
    assert [(f.id, f.overdue) for f in due] == [(overdue, True), (today, False)]
    assert due[0].name == "Muhammad Aslam" and due[0].case_number == office["reg"].case_numbers[0]
    assert cases.home(login("cw2")).follow_ups == []  # not cw2's case

    with pytest.raises(ValidationError):
        care.complete_follow_up(cw, overdue, "  ")
    with pytest.raises(ValidationError):
        care.complete_follow_up(cw, overdue, "Done", done_on=(TODAY + DAY).isoformat())
    care.complete_follow_up(cw, overdue, "She is back home")
    assert [f.id for f in cases.home(cw).follow_ups] == [today]
    done = next(f for f in casefile.get_case(cw, case).follow_ups if f["id"] == overdue)
    assert (done["done"], done["done_on"], done["outcome"]) == (
        True, TODAY.isoformat(), "She is back home")


def test_follow_up_refuses_a_person_outside_the_case(office) -> None:
    with pytest.raises(ValidationError) as info:
        care.add_follow_up(office["cw"], office["case"], TODAY.isoformat(), "call",
                           person=office["ayesha"])
    assert _codes(info.value) == {("person", "not_in_case")}


def test_follow_up_for_an_unknown_user_is_refused_cleanly(office) -> None:
    cw = office["cw"]
    with pytest.raises(ValidationError):
        care.add_follow_up(cw, office["case"], TODAY.isoformat(), "call",
                           assigned_to="no-such-user")
    care.add_note(cw, office["case"], "still working")


def test_home_lists_reviews_due_high_risk_and_recent(office, login) -> None:
    cw, sup = office["cw"], office["sup"]
    first, second = office["reg"].case_ids
    care.assess_risk(cw, first, "high", rationale="Threat")
    care.assess_risk(cw, second, "low", rationale="Safe")
    home = cases.home(cw)
    assert [r.id for r in home.high_risk] == [first]
    assert [r.id for r in home.reviews_due] == []
    assert {r.id for r in home.recent} == {first, second}
    assert home.pending_risk_reviews == 0  # caseworkers do not review
    later = cases.home(cw, today=TODAY + 2 * DAY)
    assert [r.id for r in later.reviews_due] == [first]
    week = cases.home(cw, today=TODAY + 8 * DAY)
    assert {r.id for r in week.reviews_due} == {first, second}
    assert cases.home(sup).pending_risk_reviews == 1
    cw2_home = cases.home(login("cw2"))
    assert (cw2_home.high_risk, cw2_home.recent) == ([], [])


# -- attachments ---------------------------------------------------------------------------
def test_attachment_round_trip(office) -> None:
    cw, case = office["cw"], office["case"]
    data = bytes(range(256)) * 41 + b"\x00end"
    aid = care.add_attachment(cw, case, " scan.png ", "image/png", data,
                              description="CNIC copy", person=office["aslam"])
    meta, back = care.read_attachment(cw, aid)
    assert back == data
    assert (meta["sha256"], meta["size"]) == (hashlib.sha256(data).hexdigest(), len(data))
    assert (meta["file_name"], meta["person"]) == ("scan.png", office["aslam"])
    # The same file twice is stored once; both records read it back.
    again = care.add_attachment(cw, case, "copy.png", "image/png", data)
    assert care.read_attachment(cw, again)[1] == data
    assert cw.db.scalar("SELECT count(*) FROM attachment_blob") == 1
    assert [a["id"] for a in casefile.get_case(cw, case).attachments] == [aid, again]


def test_attachment_limits(office) -> None:
    cw, case = office["cw"], office["case"]
    with pytest.raises(ValidationError) as empty:
        care.add_attachment(cw, case, "x.pdf", "application/pdf", b"")
    assert _codes(empty.value) == {("file", "empty")}
    with pytest.raises(ValidationError) as big:
        care.add_attachment(cw, case, "x.pdf", "application/pdf",
                            b"\0" * (care.MAX_ATTACHMENT_BYTES + 1))
    assert _codes(big.value) == {("file", "too_large")}
    with pytest.raises(NotFound):
        care.read_attachment(cw, "01900000-0000-7000-8000-000000000000")


def test_case_update_refuses_fields_that_have_their_own_path(office) -> None:
    with pytest.raises(ValidationError) as info:
        cases.update_case(office["cw"], office["case"], {"risk_level": "low",
                                                         "status": "closed"})
    assert _codes(info.value) == {("risk_level", "not_editable"), ("status", "use_workflow")}
    assert _case(office["cw"], office["case"])["status"] == "open"
    cases.update_case(office["cw"], office["case"], {"status": "on_hold"})
    assert _case(office["cw"], office["case"])["status"] == "on_hold"


@pytest.mark.parametrize("crowded_from", [1, 10_000])
@pytest.mark.parametrize("sort", ["opened_on", "case_number", "name", "risk_level"])
def test_district_filter_lists_the_same_cases_however_it_is_read(
        office, monkeypatch, crowded_from: int, sort: str) -> None:
    """A district with many cases is read in the list's own order, one with few from its
    cases first: either way the list holds that district's cases, and only them, in the
    order of the whole list."""
    cw = office["cw"]
    incidents.register_incident(cw, sample_incident(district="PB-RWP"), sample_families())
    incidents.register_incident(cw, sample_incident(occurred_on="2026-02-01"), sample_families())
    monkeypatch.setattr(cases, "_CROWDED", crowded_from)
    everything = cases.list_cases(cw, cases.CaseQuery(sort=sort))
    for district in ("PB-LHR", "PB-RWP", "PB-NNK"):
        got = cases.list_cases(cw, cases.CaseQuery(district=district, sort=sort))
        assert [r.id for r in got] == [r.id for r in everything if r.district == district]
    assert {r.district for r in everything} == {"PB-LHR", "PB-RWP"}
