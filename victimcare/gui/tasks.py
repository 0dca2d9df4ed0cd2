"""The one background-task helper: database work on one worker thread, results on the UI thread.

Like Anki's taskman: every call that touches the database goes through `TaskRunner.run`, so
there is only ever one thread using the connection and the window never freezes. Worker code
never touches widgets; `on_done` / `on_error` run on the main thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class Progress:
    """Handed to long tasks: report(done, total) and a cancel flag the task must check."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Carries results from the worker to the main thread through queued signals."""

    finished = Signal(object, object, object)  # callback, result, error
    progressed = Signal(object, int, int)


class TaskRunner(QObject):
    """Runs callables off the UI thread, one at a time, in submission order."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._synchronous = synchronous  # tests: run inline, deterministic
        self._pool = None if synchronous else ThreadPoolExecutor(1, "victimcare-db")
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._relay.progressed.connect(self._on_progress)
        self._pending = 0

    def run(self, fn: Callable[..., Any], *args: Any,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            with_progress: bool = False, quiet: bool = False) -> Progress:
        """Run fn(*args) (plus a Progress when `with_progress`) and call back on the UI thread.
        `quiet`: background upkeep the user did not ask for, which does not show as busy."""
        progress = Progress(lambda d, t: self._relay.progressed.emit(on_progress, d, t))
        call_args = (*args, progress) if with_progress else args
        callbacks = (on_done, on_error, quiet)
        if not quiet:
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)
        if self._synchronous or self._pool is None:
            try:
                result, error = fn(*call_args), None
            except BaseException as e:  # delivered to on_error, never swallowed
                result, error = None, e
            self._deliver(callbacks, result, error)
        else:
            future: Future[Any] = self._pool.submit(fn, *call_args)
            future.add_done_callback(
                lambda f: self._relay.finished.emit(callbacks, *_outcome(f)))
        return progress

    @Slot(object, object, object)
    def _deliver(self, callbacks: Any, result: Any, error: BaseException | None) -> None:
        on_done, on_error, quiet = callbacks
        if not quiet:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
        if error is None:
            if on_done:
                on_done(result)
        elif on_error:
            on_error(error)
        elif not isinstance(error, Cancelled):
            raise error  # reaches the app's exception hook: the crash dialog

    @Slot(object, int, int)
    def _on_progress(self, callback: Any, done: int, total: int) -> None:
        if callback:
            callback(done, total)

    def run_blocking(self, fn: Callable[..., Any], *args: Any) -> Any:
        """For the rare call that must finish before the UI goes on (closing, locking)."""
        if self._synchronous or self._pool is None:
            return fn(*args)
        return self._pool.submit(fn, *args).result()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def _outcome(future: Future[Any]) -> tuple[Any, BaseException | None]:
    error = future.exception()
    return (None, error) if error is not None else (future.result(), None)


def format_exception_without_data(error: BaseException) -> str:
    """A crash report that names code locations and the error type, never values (which can
    be victims' data): frames as file:line function, the exception as its class name only."""
    frames = traceback.extract_tb(error.__traceback__)
    lines = [f"{type(error).__module__}.{type(error).__qualname__}"]
    lines += [f"  {f.filename.rsplit('/', 2)[-1]}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)
