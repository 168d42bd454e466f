"""Error taxonomy.

``KnownError`` and its subclasses are expected conditions (bad input, environment): they carry a
Vietnamese message for the officer and map to a CLI exit code. Anything else is a bug.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass


class KnownError(Exception):
    """An expected failure with a Vietnamese message for the officer."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldProblem:
    """One validation finding: the field's code name, its Vietnamese label and the reason."""

    field: str
    label: str
    reason: str
    blocking: bool = True

    def message(self) -> str:
        return f"{self.label}: {self.reason}"


def too_long(data: object, limits: Mapping[str, int],
             problem: Callable[[str, str], FieldProblem]) -> list[FieldProblem]:
    """A problem for each text field of ``data`` longer than its limit (refused, never cut)."""
    found = []
    for field, limit in limits.items():
        value = getattr(data, field)
        if value and len(value) > limit:
            found.append(problem(field, f"dài {len(value)} ký tự, tối đa {limit}"))
    return found

class ValidationError(KnownError):
    """Input that must not be saved; lists every blocking problem found."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message() for p in problems) or "Dữ liệu không hợp lệ")


class WorkflowError(KnownError):
    """A status change that the workflow does not allow from the current state."""


class NotFoundError(KnownError):
    """A record asked for by id or code does not exist (or is in the trash)."""


class ConflictError(KnownError):
    """The record changed since the officer opened it (its version moved): reload, then edit again."""


class StoreError(KnownError):
    """The data store cannot be opened or used safely."""


class StoreTooNewError(StoreError):
    """The store was written by a newer version of the app."""


class StoreCorruptError(StoreError):
    """The store file is damaged or not a database."""


class StoreLockedError(StoreError):
    """Another program holds the single-writer lock on the store."""


class NotInitialisedError(KnownError):
    """The office's details have not been entered yet (`sangkien init`)."""


class PermissionDeniedError(KnownError):
    """The acting officer's role does not allow the action (a viewer editing, an officer signing off).

    The message names the officer's role and what was refused (``domain.officers.denied``)."""


class WrongPinError(KnownError):
    """The PIN typed at sign-in does not match the officer's."""
