"""Apache Airflow provider for the ClickHouse Cloud control plane: services, ClickPipes,
backups and restores.

Installed with ``pip install "clickhouse-cloud[airflow]"``; Airflow finds it through the
``apache_airflow_provider`` entry point. Nothing here is imported by
``import clickhouse_cloud``, and this module itself imports no Airflow code, so Airflow
can read the provider information cheaply.

- :mod:`clickhouse_cloud.airflow.hooks`: ``ClickHouseCloudHook`` (connection type
  ``clickhouse_cloud``)
- :mod:`clickhouse_cloud.airflow.operators`: start, stop or wake a service; delete a
  service; start, stop or resync a ClickPipe; update the backup schedule; restore a backup
- :mod:`clickhouse_cloud.airflow.sensors`: wait for a backup, a service's state, a
  ClickPipe's state
- :mod:`clickhouse_cloud.airflow.triggers`: the deferrable triggers
"""

from __future__ import annotations

from typing import Any

CONN_TYPE = "clickhouse_cloud"
DEFAULT_CONN_ID = "clickhouse_cloud_default"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("clickhouse-cloud")
    except PackageNotFoundError:  # running from a checkout without installing
        return "0.0.0"


def get_provider_info() -> dict[str, Any]:
    """What Airflow's ProvidersManager reads (validated against its provider schema)."""
    return {
        "package-name": "clickhouse-cloud",
        "name": "ClickHouse Cloud",
        "description": "Manage ClickHouse Cloud services, ClickPipes and backups: keep a "
        "service running, stop or delete it, start, stop or resync a ClickPipe, wait for "
        "backups, change the backup schedule, restore a backup into a new service.",
        "versions": [_version()],
        "connection-types": [
            {
                "connection-type": CONN_TYPE,
                "hook-class-name": "clickhouse_cloud.airflow.hooks.ClickHouseCloudHook",
                "hook-name": "ClickHouse Cloud",
                "ui-field-behaviour": {
                    "hidden-fields": ["schema", "port"],
                    "relabeling": {
                        "login": "API key ID",
                        "password": "API key secret",
                        "host": "API URL (optional)",
                    },
                    "placeholders": {
                        "host": "https://api.clickhouse.cloud",
                        "organization_id": "the organization's UUID",
                    },
                },
                "conn-fields": {
                    "organization_id": {
                        "label": "Organization ID",
                        "description": "Default organization for every task using this "
                        "connection (optional).",
                        "schema": {"type": ["string", "null"]},
                    }
                },
            }
        ],
    }
