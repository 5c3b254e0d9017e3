"""Deferrable waits, run by Airflow's triggerer on its asyncio loop.

Every trigger only reads, so running one twice (after a triggerer restart, or two
triggerers picking it up) is harmless. Every call goes through ``AsyncClient``, so the
loop is never blocked. Transient API errors (429, 5xx, connection failures, which the
client has already retried) are logged and tried again at the next poll. The deadline
is an absolute time, so it survives a restart.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any, Optional, Union

from airflow.triggers.base import BaseTrigger, TriggerEvent

import clickhouse_cloud as chc

from . import DEFAULT_CONN_ID
from ._backups import TRANSIENT_ERRORS, event_for, newest_started_after, parse_started_after
from ._states import FINAL_FAILURE_STATES as FINAL_FAILURE_STATES
from ._states import (
    GONE,
    RUNNING,
    as_states,
    describe_failed_pipe,
    normalize,
    pipe_reached,
    service_reached,
)
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
        resume: Optional[dict[str, Any]] = None,
    ) -> None:
        super().__init__()
        self.organization_id = str(organization_id)
        self.poll_interval = float(poll_interval)
        self.end_time = end_time
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id
        self.resume = resume

    def _common_kwargs(self) -> dict[str, Any]:
        common: dict[str, Any] = {
            "organization_id": self.organization_id,
            "poll_interval": self.poll_interval,
            "end_time": self.end_time,
            "clickhouse_cloud_conn_id": self.clickhouse_cloud_conn_id,
        }
        if self.resume is not None:
            common["resume"] = self.resume
        return common

    def _event(self, payload: dict[str, Any]) -> TriggerEvent:
        """The event, with ``resume`` (what the deferring operator goes on from) handed
        back in it: ``dag.test()`` drops ``defer(kwargs=...)`` (Airflow 3.3)."""
        if self.resume is not None:
            payload = {**payload, "resume": self.resume}
        return TriggerEvent(payload)

    async def check(self, client: chc.AsyncClient) -> Optional[dict[str, Any]]:
        raise NotImplementedError

    def timeout_event(self) -> dict[str, Any]:
        raise NotImplementedError

    async def run(self) -> AsyncIterator[TriggerEvent]:
        hook = ClickHouseCloudHook(self.clickhouse_cloud_conn_id)
        try:
            client = await hook.get_async_client()
        except Exception as e:
            yield self._event({"status": "failed", "message": f"{type(e).__name__}: {e}"})
            return
        async with client:
            while True:
                try:
                    event = await self.check(client)
                except TRANSIENT_ERRORS as e:
                    self.log.warning("ClickHouse Cloud API: %s; trying again at the next poll", e)
                    event = None
                except chc.ClickHouseCloudError as e:
                    yield self._event(
                        {
                            "status": "failed",
                            "message": f"{type(e).__name__}: {e}",
                            "request_id": getattr(e, "request_id", None),
                        }
                    )
                    return
                if event is not None:
                    yield self._event(event)
                    return
                wait = self.poll_interval
                if self.end_time is not None:
                    left = self.end_time - time.time()
                    if left <= 0:
                        yield self._event(self.timeout_event())
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
    """Waits for a service to be in ``state`` (default ``running``; a list: any of
    them; ``"gone"``: deleted, the API no longer knows it). A state it cannot leave
    by itself towards that one (``failed``, ``terminated``, ...) ends the wait with
    ``{"status": "error"}``.

    Events: ``{"status": "success", "service": {...} or None, "state": ...}``;
    ``{"status": "error" | "failed" | "timeout", "message": ..., ...}``; each with
    ``resume`` when given (an operator's state between its steps).
    """

    def __init__(
        self,
        *,
        service_id: str,
        organization_id: str,
        state: Union[str, list[str]] = RUNNING,
        poll_interval: float = 30.0,
        end_time: Optional[float] = None,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        resume: Optional[dict[str, Any]] = None,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            poll_interval=poll_interval,
            end_time=end_time,
            clickhouse_cloud_conn_id=clickhouse_cloud_conn_id,
            resume=resume,
        )
        self.service_id = str(service_id)
        self.states = as_states(state)

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "service_id": self.service_id,
                "state": self.states[0] if len(self.states) == 1 else list(self.states),
                **self._common_kwargs(),
            },
        )

    async def check(self, client: chc.AsyncClient) -> Optional[dict[str, Any]]:
        try:
            service = await client.get_service(self.organization_id, self.service_id)
        except (chc.NotFoundError, chc.BadRequestError):
            # Deleted: a 404, or the 400 the API gives an id it no longer knows.
            if GONE in self.states:
                self.log.info("service %s is gone", self.service_id)
                return {"status": "success", "service": None, "state": GONE}
            raise
        self.log.info("service %s is %s", service.id, service.state)
        reached, why = service_reached(service.state, self.states)
        if reached:
            return {"status": "success", "service": service.to_dict(), "state": service.state}
        if reached is False:
            return {
                "status": "error",
                "message": f"service {service.id} ({service.name}): {why}",
                "service": service.to_dict(),
                "state": service.state,
            }
        return None

    def timeout_event(self) -> dict[str, Any]:
        wanted = " or ".join(self.states)
        return {
            "status": "timeout",
            "message": f"timed out waiting for service {self.service_id} to be {wanted}",
        }


class ClickHouseCloudClickPipeTrigger(_PollingTrigger):
    """Waits for a ClickPipe to be in ``state`` (any case; a list: any of them).
    ``Failed`` or ``InternalError``, unless asked for, ends the wait with
    ``{"status": "error"}``. With ``from_state`` (the state the pipe was in when a
    command was sent), that state counts as neither until the pipe has left it.

    Events: ``{"status": "success", "clickpipe": {...}, "state": ...}``;
    ``{"status": "error" | "failed" | "timeout", "message": ..., ...}``; each with
    ``resume`` when given.
    """

    def __init__(
        self,
        *,
        service_id: str,
        clickpipe_id: str,
        organization_id: str,
        state: Union[str, list[str]] = "Running",
        from_state: Optional[str] = None,
        poll_interval: float = 10.0,
        end_time: Optional[float] = None,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        resume: Optional[dict[str, Any]] = None,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            poll_interval=poll_interval,
            end_time=end_time,
            clickhouse_cloud_conn_id=clickhouse_cloud_conn_id,
            resume=resume,
        )
        self.service_id = str(service_id)
        self.clickpipe_id = str(clickpipe_id)
        self.states = as_states(state)
        self.from_state = from_state

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            f"{type(self).__module__}.{type(self).__qualname__}",
            {
                "service_id": self.service_id,
                "clickpipe_id": self.clickpipe_id,
                "state": self.states[0] if len(self.states) == 1 else list(self.states),
                "from_state": self.from_state,
                **self._common_kwargs(),
            },
        )

    async def check(self, client: chc.AsyncClient) -> Optional[dict[str, Any]]:
        pipe = await client.clickpipes.get(
            self.service_id, self.clickpipe_id, organization_id=self.organization_id
        )
        self.log.info("ClickPipe %s is %s", pipe.id, pipe.state)
        if self.from_state is not None and normalize(pipe.state) != normalize(self.from_state):
            self.from_state = None  # it has moved: from now on every state counts
        reached, why = pipe_reached(pipe.state, self.states, self.from_state)
        if reached:
            return {"status": "success", "clickpipe": pipe.to_dict(), "state": pipe.state}
        if reached is False:
            return {
                "status": "error",
                "message": describe_failed_pipe(pipe, self.service_id, why),
                "clickpipe": pipe.to_dict(),
                "state": pipe.state,
            }
        return None

    def timeout_event(self) -> dict[str, Any]:
        wanted = " or ".join(self.states)
        return {
            "status": "timeout",
            "message": f"timed out waiting for ClickPipe {self.clickpipe_id} to be {wanted}",
        }
