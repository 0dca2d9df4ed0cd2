"""Every event the services write into a case's audit trail reads as words in its History
tab, never as the stored code (compensation.paid)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from victimcare.domain.enums import ClaimStatus, ReferralStatus
from victimcare.gui.widgets.case_tabs import action_words

SERVICES = Path(__file__).resolve().parents[2] / "victimcare" / "services"
# audit("case.open", "vc_case", ...) and the letter modules' _render(..., "case.summary_save")
_LITERAL = re.compile(r'audit\(\s*"([a-z_]+\.[a-z_]+)"\s*,\s*"vc_case"'
                      r'|_render\([^()]*"([a-z_]+\.[a-z_]+)"\)')
_SPELLED = re.compile(r'audit\(\s*f"([a-z_]+)\.')


def _case_actions() -> set[str]:
    found: set[str] = set()
    spelled: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(a or b for a, b in _LITERAL.findall(text))
        found.update(re.findall(r'"(closure\.[a-z]+)"', text))
        spelled.update(_SPELLED.findall(text))
    # The actions spelled from a value: each value they can take.
    assert spelled == {"referral", "compensation", "attachment"}, spelled
    found.update(f"referral.{s.value}" for s in ReferralStatus if s != ReferralStatus.DRAFT)
    found.update(f"referral.letter_{kind}" for kind in ("print", "save"))
    found.update(f"compensation.{s.value}" for s in ClaimStatus
                 if s != ClaimStatus.NOT_STARTED)
    found.update(f"attachment.{purpose}" for purpose in ("view", "export"))
    return found


def test_the_services_write_the_actions_this_test_knows() -> None:
    actions = _case_actions()
    assert {"case.open", "compensation.paid", "referral.accepted",
            "case.summary_save"} <= actions
    assert len(actions) > 40


@pytest.mark.parametrize("action", sorted(_case_actions()))
def test_every_case_event_has_words(action: str) -> None:
    words = action_words(action, None)
    assert words != action and "." not in words.split(":")[0], words


def test_a_step_names_the_new_status() -> None:
    assert action_words("compensation.paid", None) == "Compensation claim: Paid"
    assert action_words("referral.declined", None) == "Referral: Declined"
