"""Test data shared by every test folder: the demo users' passwords and a sample incident."""

from __future__ import annotations

ADMIN_PASSWORD = "office-keys-2026"
PASSWORD = "a-good-password-1"
USERS = {"cw": ["caseworker"], "cw2": ["caseworker"], "sup": ["supervisor"],
         "coord": ["coordinator"], "aud": ["auditor"]}


def sample_incident(**over: object) -> dict[str, object]:
    return {"occurred_on": "2026-03-14", "district": "PB-LHR", "place_type": "market",
            "attack_types": ["bombing"], "weapon_types": ["ied"], "fir_reference": "FIR 112/26",
            **over}


def sample_families() -> list[dict[str, object]]:
    """Three victims in two families, the way an officer would enter them."""
    return [
        {"members": [
            {"given_name": "Muhammad", "family_name": "Aslam", "name_ur": "محمد اسلم",
             "guardian_name": "Ghulam Rasool", "guardian_relation": "s_o", "sex": "male",
             "age_estimate": 42, "cnic": "35202-1234567-1", "mobile": "0300-1234567",
             "victim_category": "direct_injured", "harms": ["grievous_injury"]},
            {"given_name": "Naseem", "family_name": "Bibi", "name_ur": "نسیم بی بی",
             "guardian_name": "Muhammad Aslam", "guardian_relation": "w_o", "sex": "female",
             "age_estimate": 38, "victim_category": "indirect_family", "relationship": "spouse",
             "dependant": True},
        ]},
        {"members": [
            {"given_name": "Ayesha", "family_name": "Khan", "name_ur": "عائشہ خان",
             "guardian_name": "Imran Khan", "guardian_relation": "d_o", "sex": "female",
             "date_of_birth": "2001-05-02", "victim_category": "direct_psychological"},
        ]},
    ]
