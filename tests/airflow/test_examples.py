"""The example DAGs (examples/dags/): each loads without import errors, and runs with
``dag.test()`` against the sandbox, the connection pointing at it."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from clickhouse_cloud.testing import Sandbox

from conftest import DAGS, ORG_ID, SECRET, SERVICE_ID

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "dags"
SVC = str(SERVICE_ID)
EXPECTED = {
    "nightly_load.py": "clickhouse_cloud_nightly_load",
    "restore_drill.py": "clickhouse_cloud_restore_drill",
    "monthly_cost_report.py": "clickhouse_cloud_monthly_cost_report",
}


@pytest.fixture(autouse=True)
def example_settings(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox.transition_seconds = 0.3
    sandbox.provisioning_seconds = 0.3
    monkeypatch.setenv("CLICKHOUSE_CLOUD_EXAMPLE_POLL_SECONDS", "0.1")
    monkeypatch.setenv("AIRFLOW_VAR_WAREHOUSE_SERVICE_ID", SVC)


def run_example(file: str, **test_kwargs: Any) -> tuple[Any, dict[str, Any]]:
    """Copies the example into the DAGs folder, imports it (under a new module name, so
    the poll interval of this test applies) and runs ``dag.test()``; returns the run
    and ``{task_id: (state, return_value XCom, task instance)}``."""
    name = f"example_{Path(file).stem}_{uuid.uuid4().hex[:8]}"
    path = DAGS / f"{name}.py"
    shutil.copy(EXAMPLES / file, path)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        dag_run = module.dag.test(**test_kwargs)
    finally:
        path.unlink()
    tasks = {
        ti.task_id: (ti.state, ti.xcom_pull(task_ids=ti.task_id), ti)
        for ti in dag_run.get_task_instances()
    }
    return dag_run, tasks


def test_every_example_dag_loads() -> None:
    from airflow.dag_processing.dagbag import DagBag

    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)
    bag = DagBag(dag_folder=str(EXAMPLES))
    assert bag.import_errors == {}
    assert sorted(bag.dag_ids) == sorted(EXPECTED.values())
    for dag_id in bag.dag_ids:
        dag = bag.get_dag(dag_id)
        assert dag is not None and dag.tasks and "clickhouse-cloud" in dag.tags
        # A task whose templates pull another's XCom runs after it (a template makes no
        # dependency by itself: the order would be luck).
        for task in dag.tasks:
            for field in task.template_fields:
                value = getattr(task, field)
                for pulled in re.findall(r"xcom_pull\(['\"](\w+)['\"]", str(value)):
                    assert pulled in task.get_flat_relative_ids(upstream=True), (
                        dag_id,
                        task.task_id,
                        pulled,
                    )


def test_nightly_load(
    sandbox: Sandbox, connection: dict[str, Any], capfd: pytest.CaptureFixture[str]
) -> None:
    """The stopped warehouse is started, the run waits for the backup that started
    after its time (not yesterday's), then loads through the hook's client."""
    tonight = dt.datetime(2026, 11, 27, 1, 0, tzinfo=dt.timezone.utc)
    sandbox.add_service(ORG_ID, id=SERVICE_ID, state="stopped", name="warehouse")
    sandbox.add_backup(ORG_ID, SERVICE_ID, status="done", started_at="2026-11-26T01:05:00Z")
    backup = sandbox.add_backup(
        ORG_ID, SERVICE_ID, started_at="2026-11-27T01:05:00Z", finishes_in=0.5
    )
    dag_run, tasks = run_example("nightly_load.py", logical_date=tonight)
    assert dag_run.state == "success"
    assert {t: s for t, (s, _, _) in tasks.items()} == {
        "ensure_running": "success",
        "wait_for_backup": "success",
        "load": "success",
    }
    assert tasks["ensure_running"][1]["state"] == "running"
    assert tasks["wait_for_backup"][1]["id"] == str(backup.id)
    loaded = tasks["load"][1]
    assert loaded["service_id"] == SVC and loaded["after_backup"] == str(backup.id)
    assert loaded["host"].endswith(".clickhouse.cloud") and loaded["port"] == 8443
    assert sandbox.service(ORG_ID, SERVICE_ID)["state"] == "running"
    captured = capfd.readouterr()
    assert SECRET not in captured.out and SECRET not in captured.err


@pytest.mark.parametrize("passes", [True, False])
def test_restore_drill(sandbox: Sandbox, connection: dict[str, Any], passes: bool) -> None:
    """The latest backup is restored into a scratch service, checked, and the scratch
    service deleted: also when the checks fail, and then the run fails."""
    sandbox.add_service(ORG_ID, id=SERVICE_ID, name="warehouse", region="eu-west-1")
    sandbox.add_backup(ORG_ID, SERVICE_ID, status="done", started_at="2026-11-20T01:00:00Z")
    latest = sandbox.add_backup(
        ORG_ID, SERVICE_ID, status="done", started_at="2026-11-27T01:00:00Z"
    )
    sandbox.add_backup(ORG_ID, SERVICE_ID, status="error", started_at="2026-11-28T01:00:00Z")
    day = dt.datetime(2026, 11, 30 if passes else 29, 6, tzinfo=dt.timezone.utc)
    conf = {} if passes else {"min_backup_bytes": 10**15}
    dag_run, tasks = run_example("restore_drill.py", logical_date=day, run_conf=conf)
    states = {t: s for t, (s, _, _) in tasks.items()}
    scratch = tasks["restore"][1]
    assert states["restore"] == "success" and scratch["state"] == "running"
    assert scratch["name"] == f"restore-drill-{day:%Y%m%d}" and scratch["region"] == "eu-west-1"
    restores = [r for r in sandbox.requests if r.method == "POST"]
    assert len(restores) == 1 and restores[0].json()["backupId"] == str(latest.id)
    # The scratch service is gone, whatever the checks said.
    assert states["delete_scratch"] == "success"
    assert tasks["delete_scratch"][1]["id"] == scratch["id"]
    assert sandbox.service(ORG_ID, scratch["id"]) is None
    assert sandbox.service(ORG_ID, SERVICE_ID)["state"] == "running"  # the warehouse
    if passes:
        assert dag_run.state == "success" and states["checks"] == "success"
        assert tasks["checks"][1]["ok"] is True
        assert states["drill_failed"] == "skipped"
    else:
        assert dag_run.state == "failed" and states["checks"] == "failed"
        assert states["drill_failed"] == "failed"


def test_monthly_cost_report(sandbox: Sandbox, connection: dict[str, Any], tmp_path: Path) -> None:
    """Last month's costs, across its 31 days, as CSV and an XCom summary."""
    days = [dt.date(2026, 10, d) for d in (1, 15, 31)]
    for day in days:
        sandbox.add_usage_cost(ORG_ID, date=day, total_chc=10.0, entity_name="warehouse")
        sandbox.add_usage_cost(
            ORG_ID, date=day, total_chc=2.5, entity_type="clickpipe", entity_name="events"
        )
    # Outside last month: not in the report.
    sandbox.add_usage_cost(ORG_ID, date=dt.date(2026, 9, 30), total_chc=99.0)
    sandbox.add_usage_cost(ORG_ID, date=dt.date(2026, 11, 1), total_chc=99.0)
    run_on = dt.datetime(2026, 11, 1, 6, tzinfo=dt.timezone.utc)
    dag_run, tasks = run_example(
        "monthly_cost_report.py", logical_date=run_on, run_conf={"output_dir": str(tmp_path)}
    )
    assert dag_run.state == "success"
    state, summary, _ = tasks["cost_report"]
    assert state == "success"
    assert summary["month"] == "2026-10"
    assert (summary["from_date"], summary["to_date"]) == ("2026-10-01", "2026-10-31")
    assert summary["grand_total_chc"] == pytest.approx(37.5)
    assert summary["records"] == 6
    assert summary["costliest"][0] == {
        "entity_type": "service",
        "entity_name": "warehouse",
        "total_chc": 30.0,
    }
    path = Path(summary["csv"])
    assert path.parent == tmp_path and path.name == "clickhouse-cloud-costs-2026-10.csv"
    with path.open() as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6 and {r["date"] for r in rows} == {d.isoformat() for d in days}
    assert sum(float(r["total_chc"]) for r in rows) == pytest.approx(37.5)
