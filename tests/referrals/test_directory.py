"""The service directory: who keeps it, what it suggests for a need, and stale entries."""

from __future__ import annotations

import datetime as dt

import pytest

from victimcare.domain.errors import PermissionDenied, ValidationError
from victimcare.services import directory


def test_only_the_office_supervisor_keeps_the_directory(seeded, login):
    with pytest.raises(PermissionDenied):
        directory.add_provider(seeded.cw, {"name_en": "X", "provider_type": "ngo"})
    with pytest.raises(PermissionDenied):  # coordinators keep the hub's directory, not ours
        directory.add_provider(login("coord"), {"name_en": "X", "provider_type": "ngo"})
    with pytest.raises(ValidationError) as e:
        directory.add_provider(seeded.sup, {"name_en": "X", "provider_type": "spa",
                                            "districts": ["Atlantis"], "languages": ["xx"]},
                               [{"service_type": "massage"}])
    assert {(f.field, f.row) for f in e.value.errors} == {
        ("provider_type", None), ("districts", None), ("languages", None),
        ("service_type", 1)}


def test_entries_can_be_searched_edited_and_verified(seeded):
    found = directory.list_providers(seeded.cw, text="mayo")
    assert [p.name_en for p in found] == ["Mayo Hospital Lahore"]
    p = found[0]
    assert (p.focal_person, p.languages, p.service_types) == (
        "Dr Sana Javed", ("en", "ur"), ("medical_ongoing",))
    assert not p.stale and p.last_verified_on == dt.date.today().isoformat()
    directory.update_provider(seeded.sup, seeded.hospital, {"last_verified_on": "2024-01-01"})
    assert [x.id for x in directory.stale_providers(seeded.cw)] == [seeded.hospital]
    directory.mark_verified(seeded.sup, seeded.hospital)
    assert directory.stale_providers(seeded.cw) == []
    sid = directory.add_service(seeded.sup, seeded.hospital, "rehabilitation")
    assert "rehabilitation" in directory.get_provider(seeded.cw, seeded.hospital).service_types
    directory.remove_service(seeded.sup, sid)
    assert directory.get_provider(seeded.cw, seeded.hospital).service_types == (
        "medical_ongoing",)
    assert [x.name_en for x in directory.list_providers(seeded.cw, district="PB-RWP")] == [
        "Legal Aid Society"]  # serves the whole province


def test_suggestions_rank_by_reach_agreement_and_freshness(seeded):
    near_stale = directory.add_provider(seeded.sup, {
        "name_en": "Old Clinic", "provider_type": "health", "districts": ["PB-LHR"],
        "last_verified_on": "2023-05-01"}, [{"service_type": "medical_ongoing"}])
    national = directory.add_provider(seeded.sup, {
        "name_en": "National Trauma Network", "provider_type": "ngo"},
        [{"service_type": "medical_ongoing"}])
    elsewhere = directory.add_provider(seeded.sup, {
        "name_en": "Quetta Hospital", "provider_type": "health", "districts": ["BA-QTA"]},
        [{"service_type": "medical_ongoing"}])
    directory.add_provider(seeded.sup, {"name_en": "Closed Clinic", "provider_type": "health",
                                        "districts": ["PB-LHR"], "active": False},
                           [{"service_type": "medical_ongoing"}])
    got = directory.suggest(seeded.cw, "ongoing_medical", "PB-LHR")
    assert [s.provider.id for s in got] == [seeded.hospital, near_stale, national, elsewhere]
    assert got[0].reasons == ("reach_district", "dsa")
    assert got[1].reasons == ("reach_district", "stale") and got[1].provider.stale
    assert [s.provider.id for s in directory.suggest(seeded.cw, "legal_aid", "PB-LHR")] == [
        seeded.legal]
    assert directory.suggest(seeded.cw, "funeral", "PB-LHR") == []
