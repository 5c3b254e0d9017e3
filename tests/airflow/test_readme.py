"""The Airflow guide (docs/airflow.md): its code builds tasks in a real DAG as written,
its table names the classes that exist, and its links lead to files."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "airflow.md"
SECTION = GUIDE.read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, re.S)


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_each_code_block_builds_its_tasks(number: int) -> None:
    from airflow.sdk import DAG

    block = BLOCKS[number]
    with DAG(f"readme_{number}", schedule=None, start_date=dt.datetime(2026, 1, 1)) as dag:
        exec(compile(block, f"docs/airflow.md block {number}", "exec"), {})
    named = set(re.findall(r"task_id=\"(\w+)\"", block))
    if "@task" in block:
        named |= set(re.findall(r"@task\s+def (\w+)", block))
    assert named and named <= set(dag.task_ids) | {"october_costs"}
    for task in dag.tasks:
        for field in task.template_fields:
            assert hasattr(task, field), (task.task_id, field)


def test_the_table_names_every_operator_and_sensor() -> None:
    listed = set(re.findall(r"^\| `(\w+)\.(\w+)` \|", SECTION, re.M))
    provided = set()
    for module in ("operators", "sensors"):
        loaded = importlib.import_module(f"clickhouse_cloud.airflow.{module}")
        for name in dir(loaded):
            value = getattr(loaded, name)
            if (
                name.startswith("ClickHouseCloud")
                and isinstance(value, type)
                and value.__module__ == loaded.__name__
            ):
                provided.add((module, name))
                assert value.__doc__ and len(value.__doc__) > 200, name
    assert listed == provided


def test_the_links_lead_to_files() -> None:
    links = re.findall(r"\]\(\.\./(examples/[^)]+)\)", SECTION)
    assert {"examples/dags/nightly_load.py", "examples/dags/restore_drill.py"} <= set(links)
    for link in links:
        assert (ROOT / link).exists(), link
