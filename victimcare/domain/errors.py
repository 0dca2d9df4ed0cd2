"""Typed errors raised by the core; the GUI and CLI turn their codes into translated text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any


class VictimCareError(Exception):
    """Base of every error the core raises on purpose; `code` is stable and machine-readable."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        super().__init__(self.code)

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"


@dataclass(frozen=True)
class FieldError:
    """One invalid field: `row` is set when the field belongs to a row of a table or file."""

    field: str
    code: str
    row: int | None = None
    params: Mapping[str, Any] = _field(default_factory=dict)


class ValidationError(VictimCareError):
    """Input was refused; `errors` lists every bad field, never only the first."""

    code = "invalid_input"

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__(self.code, count=len(self.errors))

    @classmethod
    def single(cls, field_name: str, code: str, **params: Any) -> ValidationError:
        return cls([FieldError(field_name, code, params=params)])

    def __str__(self) -> str:
        parts = []
        for e in self.errors:
            where = f"row {e.row}: " if e.row is not None else ""
            parts.append(f"{where}{e.field}: {e.code}")
        return "; ".join(parts)


class PermissionDenied(VictimCareError):
    """The signed-in user's roles do not allow the action (params: action)."""

    code = "permission_denied"


class NotFound(VictimCareError):
    """A record the caller named does not exist or is out of the caller's scope."""

    code = "not_found"


class AuthError(VictimCareError):
    """Login or unlock failed: wrong_password, unknown_user, throttled (seconds), inactive."""

    code = "auth_failed"


class StoreError(VictimCareError):
    """The installation cannot be opened or written: no_installation, keyslots_corrupt, ..."""

    code = "store_error"


class ConsentMissing(VictimCareError):
    """An action needs a consent that is missing, expired or withdrawn."""

    code = "consent_missing"


class WorkflowError(VictimCareError):
    """A state change is not allowed from the current state (params: current, target)."""

    code = "illegal_transition"


class BundleRejected(VictimCareError):
    """A sync bundle failed a check; `code` names the reason."""

    code = "bundle_rejected"
