"""examples/quickstart.ipynb runs top to bottom in a real Jupyter kernel (nbclient +
ipykernel) against the sandbox, and its outputs are the tables and live progress the
README promises."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import nbclient
import nbformat
import pytest

NOTEBOOK = pathlib.Path(__file__).resolve().parents[2] / "examples" / "quickstart.ipynb"


@pytest.fixture(scope="module")
def cells() -> list[Any]:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # Raises CellExecutionError, naming the cell, if any cell fails.
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def cell(cells: list[Any], source: str) -> Any:
    return next(c for c in cells if source in c.source)


def output(found: Any, kind: str, mime: str = "text/html") -> str:
    texts = [o["data"][mime] for o in found.outputs if o.output_type == kind and mime in o["data"]]
    assert len(texts) == 1, found.outputs
    return str(texts[0])


def stream(found: Any) -> str:
    return "".join(o["text"] for o in found.outputs if o.output_type == "stream")


def test_the_committed_notebook_has_no_outputs() -> None:
    raw = json.loads(NOTEBOOK.read_text())
    for entry in raw["cells"]:
        if entry["cell_type"] == "code":
            assert entry["outputs"] == [] and entry["execution_count"] is None


def test_lists_and_objects_render_as_tables(cells: list[Any]) -> None:
    backups = output(cell(cells, "backups = client.backups.list"), "execute_result")
    assert "<caption>5 \u00d7 Backup</caption>" in backups
    assert len(re.findall(r"<tr>", backups.split("<tbody>")[1])) == 5
    assert ">45.0 GiB</span>" in backups and "2026-11-26 02:00:03 UTC" in backups
    done = cell(cells, "done = next(")
    assert "<caption>Backup</caption>" in output(done, "execute_result")
    assert output(done, "execute_result", "text/plain").startswith("Backup(id=")


def test_data_frames(cells: list[Any]) -> None:
    frame = output(cell(cells, "backups.to_pandas()"), "execute_result")
    assert 'class="dataframe"' in frame and "<th>bucket.provider</th>" in frame
    costs = output(cell(cells, "costs.costs.to_pandas()"), "execute_result")
    assert costs.count("<td>analytics</td>") == 3


def test_waits_show_live_progress(cells: list[Any]) -> None:
    ensure = cell(cells, "client.ensure_running(")
    line = output(ensure, "display_data")  # one line, updated in place to its end
    assert re.search(r"service [0-9a-f-]{36}: <b>done</b>", line), line
    assert output(ensure, "execute_result", "text/plain") == "'running'"


def test_the_restore_drill_cleans_up(cells: list[Any]) -> None:
    drill = cell(cells, "client.restored(")
    assert "restored into restore-drill: running" in stream(drill)
    assert "<b>done</b>" in output(drill, "display_data")
    remaining = output(
        cell(cells, "# The scratch service is gone again."), "execute_result", "text/plain"
    )
    assert "restore-drill" not in remaining and "prod-analytics" in remaining


def test_costs_and_key_rotation(cells: list[Any]) -> None:
    costs = cell(cells, "client.usage_costs(")
    assert "grand total: 123.75 CHC" in stream(costs)
    assert "<caption>3 \u00d7 UsageCostRecord</caption>" in output(costs, "execute_result")
    key = output(cell(cells, "client.rotate_key("), "execute_result")
    assert "<caption>ApiKey</caption>" in key and "airflow (rotated)" in key
