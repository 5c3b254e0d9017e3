"""Progress of the waiters and jobs: a live line in a notebook or a terminal, log
records elsewhere.

A waiter reports each look as `(what, state, elapsed_seconds)` from an I/O thread (the
core calls back with the GIL held briefly). `progress=None` picks the display for the
process: an IPython kernel gets one output line updated in place, a terminal (stderr
is a TTY) gets a line rewritten with `\\r`, and anything else (Airflow, cron, CI) gets
a log record per state change on the `clickhouse_cloud` logger. `progress=False` turns
it off; any callable taking those three arguments is used as given.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from typing import Any, Callable, Optional, Union

Reporter = Callable[[str, str, float], None]
ProgressArg = Union[None, bool, Reporter]

logger = logging.getLogger("clickhouse_cloud")


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ip = shell.get_ipython()
    except Exception:
        return False
    return ip is not None and "IPKernelApp" in getattr(ip, "config", {})


def _elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}m {secs:02d}s" if minutes else f"{seconds:.1f}s"


class LogProgress:
    """One log record per state change (not per look): quiet in a scheduler's log."""

    def __init__(self) -> None:
        self._last: dict[str, str] = {}
        self._lock = threading.Lock()

    def __call__(self, what: str, state: str, elapsed: float) -> None:
        with self._lock:
            if self._last.get(what) == state:
                return
            self._last[what] = state
        logger.info("%s: %s after %s", what, state, _elapsed(elapsed))


class TerminalProgress:
    """A line on stderr rewritten in place, ended when the wait is done."""

    def __init__(self, stream: Any = None) -> None:
        self._stream = stream if stream is not None else sys.stderr

    def __call__(self, what: str, state: str, elapsed: float) -> None:
        end = "\n" if state == "done" else ""
        self._stream.write(f"\r\x1b[K{what}: {state} ({_elapsed(elapsed)}){end}")
        self._stream.flush()


class NotebookProgress:
    """One output line of the cell, updated in place."""

    def __init__(self) -> None:
        self._display: Any = importlib.import_module("IPython.display")
        start = self._text("waiting", "starting", 0.0)
        self._handle: Any = self._display.display(start, display_id=True)

    def _text(self, what: str, state: str, elapsed: float) -> Any:
        mark = "&#10003;" if state == "done" else "&#8987;"
        return self._display.HTML(
            f"<span style='font-family:monospace'>{mark} {_escape(what)}: "
            f"<b>{_escape(state)}</b> ({_elapsed(elapsed)})</span>"
        )

    def __call__(self, what: str, state: str, elapsed: float) -> None:
        if self._handle is not None:
            self._handle.update(self._text(what, state, elapsed))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def reporter(progress: ProgressArg) -> Optional[Reporter]:
    """The callable the core reports to for `progress=`."""
    if progress is False:
        return None
    if progress is None or progress is True:
        if _in_notebook():
            return NotebookProgress()
        stream = sys.stderr
        if progress is True or (stream is not None and stream.isatty()):
            return TerminalProgress(stream)
        return LogProgress()
    if callable(progress):
        return progress
    raise TypeError("progress must be None, True, False or a callable(what, state, elapsed)")
