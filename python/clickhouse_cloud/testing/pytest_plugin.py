"""pytest plugin (entry point `pytest11`): the `clickhouse_cloud_sandbox` fixture.

Loaded by pytest for everyone who installs the package, so it imports nothing heavy
until a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from clickhouse_cloud.testing import Sandbox


@pytest.fixture
def clickhouse_cloud_sandbox() -> Iterator[Sandbox]:
    """A fresh local ClickHouse Cloud API for this test; `.client()` gives a bound Client."""
    from clickhouse_cloud.testing import Sandbox

    with Sandbox() as sandbox:
        yield sandbox
