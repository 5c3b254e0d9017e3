"""Real Airflow 3 for the provider's tests: a temporary AIRFLOW_HOME with a migrated
sqlite database, DAG files written into its DAGs folder, run with ``dag.test()`` (which
runs every task, and a deferred task's trigger, in this process) against the sandbox.

Only ``scripts/test.sh``'s Airflow venv runs this folder; the main suite ignores it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

import pytest

HOME = Path(tempfile.mkdtemp(prefix="airflow-home-"))
DAGS = HOME / "dags"
DAGS.mkdir()
os.environ.update(
    AIRFLOW_HOME=str(HOME),
    AIRFLOW__CORE__DAGS_FOLDER=str(DAGS),
    AIRFLOW__CORE__LOAD_EXAMPLES="False",
    AIRFLOW__CORE__UNIT_TEST_MODE="True",
)
# This folder exists to test the provider in real Airflow: without Airflow the run
# fails, it does not skip.
import airflow  # noqa: E402,F401

# A skipped test fails the session, as in the main suite (tests/skip_guard.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from skip_guard import (  # noqa: E402,F401
    pytest_addoption,
    pytest_collectreport,
    pytest_runtest_logreport,
    pytest_sessionfinish,
    pytest_terminal_summary,
)

from clickhouse_cloud.testing import Sandbox  # noqa: E402

CONN_ENV = "AIRFLOW_CONN_CLICKHOUSE_CLOUD_DEFAULT"
SECRET = "airflow-s3cr3t-That-Must-Never-Leak"
ORG_ID = uuid.UUID("11111111-1111-4111-8111-111111111111")
SERVICE_ID = uuid.UUID("22222222-2222-4222-8222-222222222222")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(key_id="airflow-test-key", key_secret=SECRET) as s:
        yield s


@pytest.fixture(scope="session", autouse=True)
def airflow_db() -> None:
    subprocess.run(
        [sys.executable, "-m", "airflow", "db", "migrate"],
        check=True,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture
def connection(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The default connection, from the environment variable as JSON."""
    conn = {
        "conn_type": "clickhouse_cloud",
        "login": sandbox.key_id,
        "password": SECRET,
        "host": sandbox.url,
        "extra": {"organization_id": str(ORG_ID)},
    }
    monkeypatch.setenv(CONN_ENV, json.dumps(conn))
    return conn


# Tasks a test DAG can put right before the one under test, so that it meets a change
# under way (a service stopping, a pipe starting) rather than one long over: sent from
# the test itself, the change would end while Airflow starts the run.
KICKS = """
from airflow.sdk import task as _task


def kick_service(task_id, service_id, command):
    @_task(task_id=task_id)
    def kick():
        from clickhouse_cloud.airflow.hooks import ClickHouseCloudHook

        with ClickHouseCloudHook().get_client() as client:
            client.services.update_state(service_id, command=command)

    return kick()


def kick_pipe(task_id, service_id, pipe_id, command):
    @_task(task_id=task_id)
    def kick():
        from clickhouse_cloud.airflow.hooks import ClickHouseCloudHook

        with ClickHouseCloudHook().get_client() as client:
            client.clickpipes.update_state(service_id, pipe_id, command=command)

    return kick()


"""


def looked_while_under_way(sandbox: Sandbox, path: str, seconds: float) -> bool:
    """Whether the first GET of ``path`` (a service's or a pipe's) after the first state
    change sent to it came less than ``seconds`` (the change's length) after it: the
    task met the change under way."""
    requests = sandbox.requests
    sent = next(r.at for r in requests if r.method == "PATCH" and r.path.endswith(f"{path}/state"))
    first = next(
        r.at for r in requests if r.method == "GET" and r.path.endswith(path) and r.at > sent
    )
    return bool(first - sent < seconds)


@pytest.fixture
def run_dag() -> Callable[..., Any]:
    """``run_dag(body, **test_kwargs)``: writes a DAG file whose ``body`` (indented code
    inside ``with DAG(...) as dag:``) defines the tasks, then runs ``dag.test()`` and
    returns ``{task_id: (state, return_value XCom, task instance)}``."""

    def run(body: str, **test_kwargs: Any) -> dict[str, Any]:
        dag_id = f"t_{uuid.uuid4().hex[:12]}"
        source = (
            "import datetime as dt\n"
            "from airflow.sdk import DAG\n"
            "from clickhouse_cloud.airflow.sensors import (\n"
            "    ClickHouseCloudBackupSensor,\n"
            "    ClickHouseCloudClickPipeSensor,\n"
            "    ClickHouseCloudServiceSensor,\n"
            ")\n"
            "from clickhouse_cloud.airflow.operators import (\n"
            "    ClickHouseCloudClickPipeStateOperator,\n"
            "    ClickHouseCloudDeleteServiceOperator,\n"
            "    ClickHouseCloudRestoreBackupOperator,\n"
            "    ClickHouseCloudServiceStateOperator,\n"
            "    ClickHouseCloudUpdateBackupConfigurationOperator,\n"
            ")\n"
            + KICKS
            + f"with DAG({dag_id!r}, schedule=None, start_date=dt.datetime(2024, 1, 1),\n"
            "         catchup=False) as dag:\n" + textwrap.indent(textwrap.dedent(body), "    ")
        )
        path = DAGS / f"{dag_id}.py"
        path.write_text(source)
        spec = importlib.util.spec_from_file_location(dag_id, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        dag_run = module.dag.test(**test_kwargs)
        return {
            ti.task_id: (ti.state, ti.xcom_pull(task_ids=ti.task_id), ti)
            for ti in dag_run.get_task_instances()
        }

    return run
