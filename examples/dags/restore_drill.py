"""Restore drill: prove last night's backup restores. Restore the latest backup into a
scratch service, run checks on it, and delete the scratch service, also when a check
(or the restore) failed; the run fails if anything did.

Configure (Admin → Variables, or AIRFLOW_VAR_* in the environment):
- ``warehouse_service_id``: the service whose backups to drill;
- the connection ``clickhouse_cloud_default`` (see the README's Airflow section).

Per run (Trigger DAG w/ config): ``min_backup_bytes``, the smallest believable backup.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from airflow.sdk import DAG, Param, TriggerRule, task
from airflow.sdk.exceptions import AirflowFailException

from clickhouse_cloud.airflow.hooks import ClickHouseCloudHook
from clickhouse_cloud.airflow.operators import (
    ClickHouseCloudDeleteServiceOperator,
    ClickHouseCloudRestoreBackupOperator,
)

# Seconds between looks at the API (the example's tests set it low).
POLL = float(os.environ.get("CLICKHOUSE_CLOUD_EXAMPLE_POLL_SECONDS", "30"))
# One scratch service per run, named so that a retried restore finds the one it made
# and the clean-up finds it even when no id reached XCom.
SCRATCH = "restore-drill-{{ ds_nodash }}"

with DAG(
    "clickhouse_cloud_restore_drill",
    schedule="0 6 * * 1",  # Mondays, after the night's backup
    start_date=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
    catchup=False,
    params={"min_backup_bytes": Param(1, type="integer", minimum=0)},
    tags=["clickhouse-cloud"],
) as dag:

    @task
    def latest_backup() -> dict[str, Any]:
        """The newest done backup of the warehouse, and where the warehouse runs (the
        scratch service goes to the same cloud and region)."""
        from airflow.sdk import Variable

        service_id = Variable.get("warehouse_service_id")
        hook = ClickHouseCloudHook()
        organization = hook.require_organization(None)
        with hook.get_client() as client:
            backup = client.latest_backup(organization, service_id)
            warehouse = client.services.get(service_id)
        if backup is None:
            raise AirflowFailException(f"service {service_id} has no done backup to drill")
        return {
            "backup": backup.to_dict(),
            "provider": warehouse.provider,
            "region": warehouse.region,
        }

    found = latest_backup()

    # Waits (in the triggerer) until the scratch service runs. Its one-time password
    # goes to XCom (key "password") for the checks; it is never logged.
    restore = ClickHouseCloudRestoreBackupOperator(
        task_id="restore",
        backup_id="{{ ti.xcom_pull('latest_backup')['backup']['id'] }}",
        name=SCRATCH,
        provider="{{ ti.xcom_pull('latest_backup')['provider'] }}",
        region="{{ ti.xcom_pull('latest_backup')['region'] }}",
        deferrable=True,
        push_password=True,
        poll_interval=POLL,
        wait_timeout=2 * 3600,
    )

    @task
    def checks(found: dict[str, Any], scratch: dict[str, Any], **context: Any) -> dict[str, Any]:
        """What proves the restore: here what the API shows; in a real drill, also SQL
        on the scratch service (row counts, the newest partition) compared with the
        warehouse, through a ClickHouse driver and the password from XCom."""
        params = context["params"]
        backup = found["backup"]
        problems = []
        if scratch["state"] != "running":
            problems.append(f"the scratch service is {scratch['state']}")
        if (backup.get("sizeInBytes") or 0) < params["min_backup_bytes"]:
            problems.append(
                f"backup {backup['id']} has {backup.get('sizeInBytes')} bytes, "
                f"fewer than {params['min_backup_bytes']}"
            )
        https = [e for e in scratch.get("endpoints") or [] if e.get("protocol") == "https"]
        if not https:
            problems.append("the scratch service has no https endpoint")
        # password = context["ti"].xcom_pull(task_ids="restore", key="password")
        # db = clickhouse_connect.get_client(host=https[0]["host"], password=password, ...)
        # problems += compare_counts(db, warehouse_db)
        if problems:
            raise AirflowFailException("restore drill failed: " + "; ".join(problems))
        return {"backup_id": backup["id"], "scratch_service_id": scratch["id"], "ok": True}

    checked = checks(found, restore.output)

    # Runs whatever happened before (all_done): by name, so it also finds a service
    # the restore created before failing. A service already gone is success.
    delete = ClickHouseCloudDeleteServiceOperator(
        task_id="delete_scratch",
        service_name=SCRATCH,
        trigger_rule=TriggerRule.ALL_DONE,
        deferrable=True,
        poll_interval=POLL,
        wait_timeout=3600,
    )

    @task(trigger_rule=TriggerRule.ONE_FAILED, retries=0)
    def drill_failed() -> None:
        """Fails the run when anything upstream failed: the clean-up, which runs
        anyway, would otherwise decide the run's state alone."""
        raise AirflowFailException("the restore drill failed: see the failed tasks")

    found >> restore
    checked >> delete
    [found, restore, checked, delete] >> drill_failed()
