"""The referral workflow: which status may follow which, and who may move it there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from victimcare.domain.enums import ReferralStatus as S
from victimcare.domain.errors import WorkflowError
from victimcare.domain.permissions import Action


@dataclass(frozen=True)
class Step:
    target: S
    action: Action
    needs_comment: bool = False  # a return, decline or failure must say why


_DRAFT = Action.REFERRAL_DRAFT
_APPROVE = Action.REFERRAL_APPROVE
_PRINT = Action.REFERRAL_PRINT

STEPS: dict[S, tuple[Step, ...]] = {
    S.DRAFT: (Step(S.SUBMITTED, _DRAFT), Step(S.CANCELLED, _DRAFT)),
    S.SUBMITTED: (Step(S.APPROVED, _APPROVE), Step(S.RETURNED, _APPROVE, True),
                  Step(S.CANCELLED, _DRAFT)),
    S.RETURNED: (Step(S.SUBMITTED, _DRAFT), Step(S.CANCELLED, _DRAFT)),
    S.APPROVED: (Step(S.SENT, _PRINT), Step(S.CANCELLED, _APPROVE)),
    S.SENT: (Step(S.ACKNOWLEDGED, _DRAFT), Step(S.ACCEPTED, _DRAFT),
             Step(S.DECLINED, _DRAFT, True), Step(S.EXPIRED, _DRAFT), Step(S.CANCELLED, _DRAFT)),
    S.ACKNOWLEDGED: (Step(S.ACCEPTED, _DRAFT), Step(S.DECLINED, _DRAFT, True),
                     Step(S.EXPIRED, _DRAFT), Step(S.CANCELLED, _DRAFT)),
    S.ACCEPTED: (Step(S.COMPLETED_SUCCESSFUL, _DRAFT),
                 Step(S.COMPLETED_UNSUCCESSFUL, _DRAFT, True), Step(S.CANCELLED, _DRAFT)),
    S.DECLINED: (),
    S.COMPLETED_SUCCESSFUL: (),
    S.COMPLETED_UNSUCCESSFUL: (),
    S.CANCELLED: (),
    S.EXPIRED: (),
}

FINAL = frozenset(s for s, steps in STEPS.items() if not steps)
# Statuses in which the provider has the letter but has not answered yet.
AWAITING_RESPONSE = frozenset({S.SENT, S.ACKNOWLEDGED})


def step(current: S, target: S) -> Step:
    """The step from `current` to `target`, or WorkflowError when the workflow has none."""
    for s in STEPS[current]:
        if s.target == target:
            return s
    raise WorkflowError(current=current.value, target=target.value)


def is_legal(current: S, target: S) -> bool:
    return any(s.target == target for s in STEPS[current])


def next_statuses(current: S) -> Iterable[S]:
    return tuple(s.target for s in STEPS[current])
