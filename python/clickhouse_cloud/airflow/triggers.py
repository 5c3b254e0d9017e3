"""Deferrable waits, run by Airflow's triggerer on its asyncio loop.

Both triggers only read, so running one twice (after a triggerer restart, or two
triggerers picking it up) is harmless. Every call goes through ``AsyncClient``, so the
loop is never blocked. Transient API errors (429, 5xx, connection failures, which the
client has already retried) are logged and tried again at the next poll. The deadline
is an absolute time, so it survives a restart.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any, Optional

from airflow.triggers.base import BaseTrigger, TriggerEvent

import clickhouse_cloud as chc

from . import DEFAULT_CONN_ID
from ._backups import TRANSIENT_ERRORS, event_for, newest_started_after, parse_started_after
from .hooks import ClickHouseCloudHook


class _PollingTrigger(BaseTrigger):
    """Polls ``check`` every ``poll_interval`` seconds until it returns an event or
    ``end_time`` (a Unix time) passes."""

    def __init__(
        self,
        *,
        organization_id: str,
        poll_interval: float,
        end_time: Optional[float],
        clickhouse_cloud_conn_id: str,
    ) -> None:
        super().__init__()
        self.organization_id = str(organization_id)
        self.poll_interval = float(poll_interval)
        self.end_time = end_time
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    def _common_kwargs(self) -> dict[str, Any]:
        return {
            "organization_id": self.organization_id,
            "poll_interval": self.poll_interval,
            "end_time": self.end_time,
            "clickhouse_cloud_conn_id": self.clickhouse_cloud_conn_id,
        }

    async def check(self, client: chc.AsyncClient) -> Optional[dict[str, Any]]:
        raise NotImplementedError

    def timeout_event(self) -> dict[str, Any]:
        raise NotImplementedError

    async def run(self) -> AsyncIterator[TriggerEvent]:
        hook = ClickHouseCloudHook(self.clickhouse_cloud_conn_id)
        try:
            client = await hook.get_async_client()
        except Exception as e:
            yield TriggerEvent({"status": "failed", "message": f"{type(e).__name__}: {e}"})
            return
        async with client:
            while True:
                try:
                    event = await self.check(client)
                except TRANSIENT_ERRORS as e:
                    self.log.warning("ClickHouse Cloud API: %s; trying again at the next poll", e)
                    event = None
                except chc.ClickHouseCloudError as e:
                    yield TriggerEvent(
                        {
                            "status": "failed",
                            "message": f"{type(e).__name__}: {e}",
                            "request_id": getattr(e, "request_id", None),
                        }
                    )
                    return
                if event is not None:
                    yield TriggerEvent(event)
                    return
                wait = self.poll_interval
                if self.end_time is not None:
                    left = self.end_time - time.time()
                    if left <= 0:
                        yield TriggerEvent(self.timeout_event())
                        return
                    # Wake at the deadline for a last look rather than sleep past it.
                    wait = min(wait, left)
                await asyncio.sleep(wait)


class ClickHouseCloudBackupTrigger(_PollingTrigger):
    """Waits for one backup (``backup_id``), or for the newest backup that started at
    or after ``started_after`` (ISO text), to be ``done`` or ``error``.

    Events: ``{"status": "success", "backup": {...}, "request_id": ...}``;
    ``{"status": "error" | "failed" | "timeout", "message": ..., ...}``.
    """

    def __init__(
        self,
        *,
        service_id: str,
        organization_id: str,
        backup_id: Optional[str] = None,
        started_after: Optional[str] = None,
        poll_interval: float = 60.0,
        end_time: Optional[float] = None,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            poll_interval=poll_interval,
            end_time=end_time,
            clickhouse_cloud_conn_id=clickhouse_cloud_conn_id,
        )
        self.service_id = str(service_id)
        self.backup_id = str(backup_id) if backup_id else None
        self.started_after = started_after

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "service_id": self.service_id,
                "backup_id": self.backup_id,
                "started_after": self.started_after,
                **self._common_kwargs(),
            },
        )

    async def check(self, client: chc.AsyncClient) -> Optional[dict[str, Any]]:
        if self.backup_id:
            backup = await client.get_backup(self.organization_id, self.service_id, self.backup_id)
        else:
            backups = await client.list_backups(self.organization_id, self.service_id)
            found = newest_started_after(backups, parse_started_after(self.started_after))
            if found is None:
                self.log.info("no backup started at or after %s yet", self.started_after)
                return None
            backup = found
        self.log.info("backup %s is %s", backup.id, backup.status)
        return event_for(backup)

    def timeout_event(self) -> dict[str, Any]:
        what = f"backup {self.backup_id}" if self.backup_id else "a backup"
        return {"status": "timeout", "message": f"timed out waiting for {what} to finish"}


class ClickHouseCloudServiceTrigger(_PollingTrigger):
    """Waits for a service to be ``running``; a state it cannot leave by itself
    (``failed``, ``terminated``, ...) ends the wait with ``{"status": "error"}``."""

    def __init__(
        self,
        *,
        service_id: str,
        organization_id: str,
        poll_interval: float = 30.0,
        end_time: Optional[float] = None,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            poll_interval=poll_interval,
            end_time=end_time,
            clickhouse_cloud_conn_id=clickhouse_cloud_conn_id,
        )
        self.service_id = str(service_id)

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {"service_id": self.service_id, **self._common_kwargs()},
        )

    async def check(self, client: chc.AsyncClient) -> Optional[dict[str, Any]]:
        service = await client.get_service(self.organization_id, self.service_id)
        self.log.info("service %s is %s", service.id, service.state)
        if service.state == "running":
            return {"status": "success", "service": service.to_dict()}
        if service.state in FINAL_FAILURE_STATES:
            return {
                "status": "error",
                "message": f"service {service.id} is {service.state}",
                "service": service.to_dict(),
            }
        return None

    def timeout_event(self) -> dict[str, Any]:
        return {
            "status": "timeout",
            "message": f"timed out waiting for service {self.service_id} to be running",
        }


# States a service does not leave by itself (as the client's wait_for_service knows them).
FINAL_FAILURE_STATES = frozenset(
    {"failed", "terminated", "terminating", "softdeleted", "softdeleting"}
)
