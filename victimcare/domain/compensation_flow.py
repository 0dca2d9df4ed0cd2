"""Compensation claims: the status steps, the scheme's province, and who the legal heirs are."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from victimcare.domain.enums import ClaimStatus as C
from victimcare.domain.errors import WorkflowError

# A claim is prepared, lodged, examined, then paid; the authority may refuse it once lodged.
NEXT: dict[C, frozenset[C]] = {
    C.NOT_STARTED: frozenset({C.DOCUMENTS_COLLECTED}),
    C.DOCUMENTS_COLLECTED: frozenset({C.SUBMITTED}),
    C.SUBMITTED: frozenset({C.UNDER_REVIEW, C.REJECTED}),
    C.UNDER_REVIEW: frozenset({C.APPROVED, C.REJECTED}),
    C.APPROVED: frozenset({C.PAID}),
    C.PAID: frozenset(),
    C.REJECTED: frozenset(),
}
FINAL = frozenset(s for s, nxt in NEXT.items() if not nxt)
OPEN = frozenset(NEXT) - FINAL
# Steps that carry a date of their own on the claim.
SUBMITTED_ON = frozenset({C.SUBMITTED})
DECIDED_ON = frozenset({C.APPROVED, C.REJECTED})


def step(current: str, target: str) -> C:
    """The target status, or WorkflowError when the claim cannot go there from `current`."""
    try:
        here, there = C(current), C(target)
    except ValueError:
        raise WorkflowError(current=current, target=target) from None
    if there not in NEXT[here]:
        raise WorkflowError(current=here.value, target=there.value)
    return there


def reachable(current: str, target: str) -> bool:
    """Could a claim have gone from `current` to `target` in any number of steps?"""
    try:
        todo, seen, goal = [C(current)], {C(current)}, C(target)
    except ValueError:
        return False
    while todo:
        for nxt in NEXT[todo.pop()]:
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return current == target


def scheme_fits(scheme_province: str | None, incident_province: str | None) -> bool:
    """Each provincial scheme pays for attacks in its own province or territory."""
    return scheme_province is not None and scheme_province == incident_province


def legal_heirs(deceased: str, relationships: Iterable[Mapping[str, Any]]) -> list[str]:
    """The people recorded as legal heirs of `deceased` (a relationship reads "person_a is
    the <kind> of person_b", its flags describe person_a), in the order recorded."""
    out: list[str] = []
    for r in relationships:
        if r.get("legal_heir") and r.get("person_b") == deceased and r.get("person_a") \
                and r["person_a"] not in out and r["person_a"] != deceased:
            out.append(str(r["person_a"]))
    return out
