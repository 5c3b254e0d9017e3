"""Results in a notebook: every value object and every list the API answers renders as
an HTML table (readable sizes, durations and times; secrets never drawn), and lists
convert to pandas and polars data frames. Against the sandbox."""

from __future__ import annotations

import html
import inspect
import pickle
import re
import sys
import uuid

import pandas
import polars
import pytest

import clickhouse_cloud as chc
from clickhouse_cloud import _native
from clickhouse_cloud._display import MAX_ROWS, ResultList
from clickhouse_cloud.testing import DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, Sandbox

from conftest import ORG

DONE_BACKUP = uuid.UUID("d2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e")


@pytest.fixture
def demo(sandbox: Sandbox, client: chc.Client) -> chc.Client:
    sandbox.seed_demo()
    return client


def rows(table: str) -> list[str]:
    body = table.split("<tbody>", 1)[1]
    return re.findall(r"<tr>(.*?)</tr>", body)


def test_every_list_is_a_result_list(demo: chc.Client) -> None:
    backups = demo.list_backups(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID)
    assert type(backups) is ResultList and isinstance(backups, list)
    assert demo.backups.list(DEMO_SERVICE_ID, organization_id=DEMO_ORGANIZATION_ID) == backups
    assert type(demo.organizations.list().to_list()) is ResultList
    # A list field of a value object too, and plain list behaviour is untouched.
    service = demo.services.get(DEMO_SERVICE_ID, organization_id=DEMO_ORGANIZATION_ID)
    assert type(service.endpoints) is ResultList
    assert repr(backups) == repr(list(backups))
    copy = pickle.loads(pickle.dumps(backups))
    assert copy == backups and type(copy) is ResultList


def test_a_list_renders_one_row_per_object(demo: chc.Client) -> None:
    backups = demo.list_backups(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID)
    table = backups._repr_html_()
    assert "<caption>5 \u00d7 Backup</caption>" in table
    assert len(rows(table)) == 5
    header = re.findall(r"<th>(.*?)</th>", table.split("<tbody>")[0])
    assert header[:4] == ["id", "status", "service_id", "started_at"]
    # Nested objects flatten into columns; the done backup's cells are readable.
    assert "bucket.bucket_path" in header
    done = next(r for r in rows(table) if str(DONE_BACKUP) in r)
    assert '<span title="48,318,382,080 bytes">45.0 GiB</span>' in done
    assert '<span title="704.3 s">11m 44s</span>' in done
    assert "2026-11-26 02:11:47 UTC" in done
    assert "s3://acme-clickhouse-backups/prod-analytics" in done


def test_one_object_renders_its_set_fields(demo: chc.Client) -> None:
    backup = demo.get_backup(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID, DONE_BACKUP)
    table = backup._repr_html_()
    assert "<caption>Backup</caption>" in table
    names = re.findall(r"<tr><th>(.*?)</th>", table)
    assert names[0] == "id" and "size_in_bytes" in names
    # Unset fields are left out; the bucket is a table of its own.
    running = demo.list_backups(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID)[0]
    assert running.finished_at is None and ">finished_at<" not in running._repr_html_()
    assert "<caption>AwsBackupBucket</caption>" in table
    assert backup.bucket is not None
    assert "<caption>AwsBackupBucket</caption>" in backup.bucket._repr_html_()
    assert repr(backup).startswith("Backup(id=")  # the plain repr stays as it was


def test_text_is_escaped(sandbox: Sandbox, client: chc.Client) -> None:
    sandbox.add_service(ORG, name="<script>alert('x')</script>")
    services = client.services.list(organization_id=ORG)
    for table in (services._repr_html_(), services[0]._repr_html_()):
        assert "<script>" not in table
        assert html.escape("<script>alert('x')</script>") in table


def test_secrets_are_never_drawn(sandbox: Sandbox, client: chc.Client) -> None:
    old = sandbox.add_key(ORG, name="ci")["id"]
    created = client.rotate_key(old, organization_id=ORG)
    assert created.key_secret
    assert created.key_secret not in created._repr_html_()
    assert ">key_secret<" not in created._repr_html_()
    frame = ResultList([created]).to_pandas()
    assert "key_secret" not in frame.columns and "key.name" in frame.columns
    assert created.key_secret not in frame.to_string()


def test_a_long_list_is_cut_and_counted() -> None:
    backups = ResultList(chc.Backup(id=uuid.uuid4(), status="done") for _ in range(MAX_ROWS + 7))
    table = backups._repr_html_()
    assert len(rows(table)) == MAX_ROWS + 1
    assert "\u2026 7 more (to_pandas() has them all)" in table
    assert len(backups.to_pandas()) == MAX_ROWS + 7


def test_lists_of_plain_values_and_empty_lists() -> None:
    names = ResultList(["a", "<b>"])
    assert rows(names._repr_html_()) == ["<td>a</td>", "<td>&lt;b&gt;</td>"]
    assert names.to_pandas()["value"].tolist() == ["a", "<b>"]
    assert names.to_polars()["value"].to_list() == ["a", "<b>"]
    assert "empty list" in ResultList()._repr_html_()
    assert ResultList().to_pandas().empty


@pytest.mark.parametrize(
    ("name", "value", "shown"),
    [
        ("size_in_bytes", 512, "512 B"),
        ("size_in_bytes", 1536, "1.5 KiB"),
        ("size_in_bytes", 5 * 1024**5 * 1024, "5120.0 PiB"),
        ("size_in_bytes", -2048, "-2.0 KiB"),
        ("duration_in_seconds", 4.25, "4.25 s"),
        ("duration_in_seconds", 3723, "1h 02m 03s"),
        ("duration_in_seconds", 90061, "1d 1h 01m"),
        ("idle_timeout_minutes", 15, "15m 00s"),
        ("p95_duration_us", 2_500_000, "2.5 s"),
        ("name", 3723, "3723"),
        ("enabled", True, "True"),
    ],
)
def test_readable_cells(name: str, value: object, shown: str) -> None:
    from clickhouse_cloud._display import _cell

    assert re.sub(r"<[^>]+>", "", _cell(name, value)) == shown


def test_to_pandas(demo: chc.Client) -> None:
    frame = demo.list_backups(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID).to_pandas()
    assert isinstance(frame, pandas.DataFrame) and len(frame) == 5
    assert list(frame.columns[:4]) == ["id", "status", "service_id", "started_at"]
    assert "bucket" not in frame.columns and "bucket.bucket_path" in frame.columns
    assert str(frame["started_at"].dtype).startswith("datetime64") and "UTC" in str(
        frame["started_at"].dtype
    )
    # Whole numbers with gaps stay whole (not float64 with NaN).
    assert str(frame["size_in_bytes"].dtype) == "Int64"
    done = frame[frame["id"] == str(DONE_BACKUP)].iloc[0]
    assert done["size_in_bytes"] == 48318382080 and done["status"] == "done"


def test_to_polars(demo: chc.Client) -> None:
    frame = demo.list_backups(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID).to_polars()
    assert isinstance(frame, polars.DataFrame) and frame.height == 5
    assert frame.columns == list(
        demo.list_backups(DEMO_ORGANIZATION_ID, DEMO_SERVICE_ID).to_pandas().columns
    )
    assert frame.schema["size_in_bytes"] == polars.Int64
    assert isinstance(frame.schema["started_at"], polars.Datetime)
    done = frame.filter(polars.col("id") == str(DONE_BACKUP)).row(0, named=True)
    assert done["size_in_bytes"] == 48318382080


def test_cost_records_to_data_frames(sandbox: Sandbox, client: chc.Client) -> None:
    for day, total in [("2026-07-01", 1.5), ("2026-07-02", 2.5)]:
        sandbox.add_usage_cost(ORG, date=day, total_chc=total, locked=True)
    costs = client.usage_costs("2026-07-01", "2026-07-31", organization_id=ORG)
    assert costs.costs is not None and type(costs.costs) is ResultList
    frame = costs.costs.to_pandas()
    assert frame["total_chc"].tolist() == [1.5, 2.5]
    assert frame["locked"].tolist() == [True, True]
    assert "metrics.compute_chc" in frame.columns
    assert costs.costs.to_polars()["total_chc"].sum() == 4.0


def test_an_empty_list_still_has_its_columns(sandbox: Sandbox, client: chc.Client) -> None:
    """A range with no costs: the frame is empty but has the fields' columns, so a
    report's `groupby("entity_name")` works (issue 22)."""
    costs = client.usage_costs("2026-07-01", "2026-07-31", organization_id=ORG)
    assert costs.costs == []
    frame = costs.costs.to_pandas()
    assert frame.empty
    assert list(frame.columns) == list(chc.UsageCostRecord._fields)
    assert frame.groupby("entity_name")["total_chc"].sum().to_dict() == {}
    assert costs.costs.to_polars().columns == list(chc.UsageCostRecord._fields)
    # Every list answer knows its items' class; secrets are no columns.
    keys = client.keys.list(organization_id=ORG)
    assert keys == [] and "name" in keys.to_pandas().columns
    assert pickle.loads(pickle.dumps(keys))._of is chc.ApiKey
    assert list(ResultList().to_pandas().columns) == []  # made by hand: none known


@pytest.mark.parametrize("module", ["pandas", "polars"])
def test_a_missing_library_names_the_extra(module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now fails
    convert = getattr(ResultList(["a"]), f"to_{module}")
    with pytest.raises(ImportError, match=re.escape(f"pip install 'clickhouse-cloud[{module}]'")):
        convert()


def test_every_value_class_knows_its_fields() -> None:
    classes = [
        cls for _, cls in inspect.getmembers(_native, inspect.isclass) if hasattr(cls, "_fields")
    ]
    assert len(classes) > 130
    for cls in classes:
        properties = {n for n, v in vars(cls).items() if inspect.isdatadescriptor(v)}
        properties |= {n for n, v in vars(chc.BackupBucket).items() if inspect.isdatadescriptor(v)}
        assert set(cls._fields) <= properties, cls
        assert callable(cls._repr_html_)
