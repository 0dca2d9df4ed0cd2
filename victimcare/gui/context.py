"""What every window and page shares: the signed-in session, the task runner, change signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from victimcare.domain.errors import StoreError
from victimcare.domain.permissions import Action
from victimcare.gui.tasks import TaskRunner
from victimcare.services.session import Session


class AppContext(QObject):
    """Pages call services through `call`, never directly on the UI thread, and listen to
    `data_changed` to refresh after any write (the case id, or "" for anything)."""

    session_changed = Signal()       # signed in, locked, unlocked or switched user
    data_changed = Signal(str)
    open_case_requested = Signal(str)

    def __init__(self, data_dir: Path, tasks: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.tasks = tasks or TaskRunner(self)
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None or not self._session.is_open:
            raise StoreError("locked")
        return self._session

    @property
    def signed_in(self) -> bool:
        return self._session is not None and self._session.is_open

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.session_changed.emit()

    def can(self, action: Action) -> bool:
        return self.signed_in and self.session.can(action)

    def call(self, fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, quiet: bool = False,
             **kwargs: Any) -> None:
        """Run service `fn(session, *args, **kwargs)` on the worker thread (`quiet`: upkeep
        that does not show as busy)."""
        session = self.session
        self.tasks.run(lambda: fn(session, *args, **kwargs), on_done=on_done, on_error=on_error,
                       quiet=quiet)
