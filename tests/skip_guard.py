"""No silent skips: a test that skips because something is missing (a test dependency,
a tool) would let CI pass without running it. A session in which a test skipped for
any reason but an allowed one fails, with the skips listed; `--allow-skips` turns the
check off for a quick local run.

Allowed: the platform checks below, off Linux only (CI runs on Linux, where nothing may
skip). Imported by tests/conftest.py and tests/airflow/conftest.py (pytest finds the
hooks by name in a conftest's namespace).
"""

from __future__ import annotations

import sys

import pytest

# Reasons a test may skip for, and only off Linux.
ALLOWED_OFF_LINUX = frozenset(
    {"reads /proc", "needs os.fork", "counts threads in /proc", "reads an ELF extension"}
)

_skips: list[tuple[str, str]] = []


def _reason(report: pytest.CollectReport | pytest.TestReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


def _allowed(reason: str) -> bool:
    return not sys.platform.startswith("linux") and reason in ALLOWED_OFF_LINUX


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--allow-skips",
        action="store_true",
        help="do not fail the session when a test is skipped (see tests/skip_guard.py)",
    )


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.skipped and not _allowed(_reason(report)):
        _skips.append((report.nodeid, _reason(report)))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # An xfail is reported as skipped too; it is not a skip.
    if report.skipped and not hasattr(report, "wasxfail") and not _allowed(_reason(report)):
        _skips.append((report.nodeid, _reason(report)))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _skips and exitstatus == pytest.ExitCode.OK:
        if not session.config.getoption("allow_skips"):
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    if _skips and not config.getoption("allow_skips"):
        terminalreporter.section("skipped tests fail the session (tests/skip_guard.py)", red=True)
        for nodeid, reason in _skips:
            terminalreporter.line(f"SKIPPED {nodeid}: {reason}", red=True)
