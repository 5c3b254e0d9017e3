"""Monthly cost report: last month's ClickHouse Cloud usage costs, per day and entity,
as a CSV file, with a summary in XCom (the total, the costliest entities).

Runs on the 1st of each month for the month before. Configure the connection
``clickhouse_cloud_default`` (see the README's Airflow section); per run
(Trigger DAG w/ config): ``output_dir``, where the CSV goes, and ``filter``, e.g.
``"tag:env=prod"`` (empty: everything).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from airflow.sdk import DAG, Param, task

from clickhouse_cloud.airflow.hooks import ClickHouseCloudHook

COLUMNS = ("date", "entity_type", "entity_id", "entity_name", "service_id", "total_chc", "locked")


def last_month(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month before ``day``'s."""
    last = day.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last


with DAG(
    "clickhouse_cloud_monthly_cost_report",
    schedule="0 6 1 * *",
    start_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
    catchup=False,
    params={
        "output_dir": Param("/tmp/clickhouse-cloud-costs", type="string"),
        "filter": Param("", type="string"),
    },
    tags=["clickhouse-cloud"],
) as dag:

    @task
    def cost_report(**context: Any) -> dict[str, Any]:
        first, last = last_month(context["logical_date"].date())
        params = context["params"]
        # The connection's organization is the client's default.
        with ClickHouseCloudHook().get_client() as client:
            costs = client.usage_costs(first, last, filter=params["filter"] or None)
        records = costs.costs or []
        path = Path(params["output_dir"]) / f"clickhouse-cloud-costs-{first:%Y-%m}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        by_entity: dict[tuple[str, str], float] = {}
        with path.open("w", newline="") as f:
            out = csv.writer(f)
            out.writerow(COLUMNS)
            for r in records:
                out.writerow(
                    [
                        r.date.isoformat() if r.date else "",
                        r.entity_type or "",
                        r.entity_id or "",
                        r.entity_name or "",
                        r.service_id or "",
                        r.total_chc if r.total_chc is not None else "",
                        r.locked,
                    ]
                )
                key = (r.entity_type or "", r.entity_name or str(r.entity_id))
                by_entity[key] = by_entity.get(key, 0.0) + (r.total_chc or 0.0)
        costliest = sorted(by_entity.items(), key=lambda item: item[1], reverse=True)[:10]
        return {
            "month": f"{first:%Y-%m}",
            "from_date": first.isoformat(),
            "to_date": last.isoformat(),
            "grand_total_chc": round(costs.grand_total_chc or 0.0, 4),
            "records": len(records),
            "costliest": [
                {"entity_type": kind, "entity_name": name, "total_chc": round(total, 4)}
                for (kind, name), total in costliest
            ],
            "csv": str(path),
        }

    cost_report()
