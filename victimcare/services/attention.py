"""What waits for this user beyond the case lists: referrals, approvals, clashes, transfers."""

from __future__ import annotations

from dataclasses import dataclass

from victimcare.domain.permissions import Action
from victimcare.services import closures, referrals, transfers
from victimcare.services.session import Session
from victimcare.services.sync import conflicts


@dataclass(frozen=True)
class Attention:
    returned_referrals: int = 0   # sent back by a supervisor to the case worker
    overdue_referrals: int = 0    # the provider has not answered by the respond-by date
    awaiting_approval: int = 0    # referrals in the supervisor's queue
    open_conflicts: int = 0       # clashes found while merging bundles
    incoming_transfers: int = 0   # cases another office offers to this one
    closures_to_decide: int = 0   # closure requests in the supervisor's queue


def attention(session: Session) -> Attention:
    """Counts for the Home page, each only for users whose role has that work."""
    can = session.can
    return Attention(
        returned_referrals=len(referrals.returned_referrals(session))
        if can(Action.REFERRAL_DRAFT) else 0,
        overdue_referrals=len(referrals.overdue_referrals(session))
        if can(Action.REFERRAL_DRAFT) else 0,
        awaiting_approval=len(referrals.approval_queue(session))
        if can(Action.REFERRAL_APPROVE) else 0,
        open_conflicts=conflicts.open_count(session) if can(Action.CONFLICT_RESOLVE) else 0,
        incoming_transfers=transfers.pending_incoming(session),
        closures_to_decide=len(closures.pending_closures(session))
        if can(Action.CLOSURE_APPROVE) else 0)
