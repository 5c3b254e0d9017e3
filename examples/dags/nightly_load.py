"""Nightly load: make sure the warehouse runs, wait for tonight's backup, then load.

Configure (Admin → Variables, or AIRFLOW_VAR_* in the environment):
- ``warehouse_service_id``: the service to load into;
- the connection ``clickhouse_cloud_default`` (API key, and the organization as its
  ``organization_id`` extra): see the README's Airflow section.

The backup must have started after the run's time (01:00 UTC here): tonight's, not
yesterday's. Both waits are deferred, so they hold no worker slot.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from airflow.sdk import DAG, task

from clickhouse_cloud.airflow.hooks import ClickHouseCloudHook
from clickhouse_cloud.airflow.operators import ClickHouseCloudServiceStateOperator
from clickhouse_cloud.airflow.sensors import ClickHouseCloudBackupSensor

# Seconds between looks at the API (the example's tests set it low).
POLL = float(os.environ.get("CLICKHOUSE_CLOUD_EXAMPLE_POLL_SECONDS", "60"))
SERVICE_ID = "{{ var.value.warehouse_service_id }}"

with DAG(
    "clickhouse_cloud_nightly_load",
    schedule="0 1 * * *",
    start_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
    catchup=False,
    tags=["clickhouse-cloud"],
) as dag:
    # Started if stopped, woken if idle, left alone if running: safe to retry.
    ensure_running = ClickHouseCloudServiceStateOperator(
        task_id="ensure_running",
        service_id=SERVICE_ID,
        action="start",
        deferrable=True,
        poll_interval=POLL,
        wait_timeout=30 * 60,
    )

    # The newest backup that started at or after the run's time, once it is done
    # (a backup in error fails the task). Its to_dict() goes to XCom.
    wait_for_backup = ClickHouseCloudBackupSensor(
        task_id="wait_for_backup",
        service_id=SERVICE_ID,
        deferrable=True,
        poll_interval=POLL,
        timeout=6 * 3600,
    )

    @task
    def load(backup: dict[str, Any], service: dict[str, Any]) -> dict[str, Any]:
        """The load itself: the hook's client gives the service's endpoint; the SQL
        goes through a ClickHouse driver (clickhouse-connect, for example)."""
        with ClickHouseCloudHook().get_client() as client:
            warehouse = client.services.get(service["id"])
        https = next(e for e in warehouse.endpoints or [] if e.protocol == "https")
        # import clickhouse_connect
        # db = clickhouse_connect.get_client(host=https.host, port=https.port, ...)
        # db.command("INSERT INTO sales SELECT * FROM s3('s3://.../{{ ds }}/*.parquet')")
        return {
            "service_id": str(warehouse.id),
            "host": https.host,
            "port": https.port,
            "state": warehouse.state,
            "after_backup": backup["id"],
        }

    ensure_running >> wait_for_backup
    load(wait_for_backup.output, ensure_running.output)
