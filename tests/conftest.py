"""Shared fixtures: every test talks real HTTP to a sandbox on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import uuid
from collections.abc import Iterator

import pytest

# A skipped test fails the session (allowed: platform checks off Linux).
from skip_guard import (  # noqa: F401
    pytest_addoption,
    pytest_collectreport,
    pytest_runtest_logreport,
    pytest_sessionfinish,
    pytest_terminal_summary,
)

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

# The Airflow provider's tests run in a venv of their own, with that folder as rootdir
# and confcutdir (scripts/test.sh); the main suite never collects them.
# Their own steps in scripts/test.sh, with their own dependencies (Airflow 3; Jupyter).
collect_ignore = ["airflow", "notebook"]

ORG = uuid.UUID("11111111-1111-4111-8111-111111111111")
SERVICE = uuid.UUID("22222222-2222-4222-8222-222222222222")
SECRET = "s3cr3t-Value-That-Must-Never-Leak"

# Long soaks run short when QUICK=1 (CI); `QUICK=0 pytest` runs them in full.
QUICK = os.environ.get("QUICK", "0") == "1"


@pytest.fixture(autouse=True)
def _no_ambient_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's real credentials must never reach a test."""
    for name in (
        "CLICKHOUSE_CLOUD_API_KEY",
        "CLICKHOUSE_CLOUD_API_SECRET",
        "CLICKHOUSE_CLOUD_API_URL",
        "CLICKHOUSE_CLOUD_ORGANIZATION_ID",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(key_id="test-key", key_secret=SECRET) as s:
        yield s


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[chc.Client]:
    # Short timeout, no retries: tests about retries build their own client.
    with sandbox.client(timeout=5.0, max_retries=0) as c:
        yield c


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A loopback port that refuses connections for the whole test: bound by a socket
    this test holds and never listens on (the kernel answers a connection to it with a
    reset). No other process can take it meanwhile, as it could take a port that was
    bound and closed before use."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


@pytest.fixture
def sigint_default() -> Iterator[None]:
    """For the Ctrl-C tests: the subprocesses they start get SIGINT's default
    disposition (which Python turns into KeyboardInterrupt) even when this run was
    started with SIGINT ignored, as a background job of a shell without job control
    is; an ignored disposition would be inherited and no Ctrl-C would arrive."""
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
