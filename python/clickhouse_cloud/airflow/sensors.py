"""Sensors, each in poke, reschedule and deferrable mode:

- ``ClickHouseCloudBackupSensor``: don't start tonight's load until tonight's backup is
  done;
- ``ClickHouseCloudServiceSensor``: wait for a service to be in a state;
- ``ClickHouseCloudClickPipeSensor``: wait for a ClickPipe to be in a state.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from typing import Any, Optional, Union

from airflow.sdk import BaseSensorOperator, PokeReturnValue
from airflow.sdk.exceptions import AirflowException, AirflowFailException, AirflowSensorTimeout

import clickhouse_cloud as chc

from . import DEFAULT_CONN_ID
from ._backups import (
    DONE,
    ERROR,
    TRANSIENT_ERRORS,
    describe,
    newest_started_after,
    parse_started_after,
)
from ._states import (
    GONE,
    as_states,
    describe_failed_pipe,
    normalize,
    pipe_reached,
    service_reached,
)
from .hooks import ClickHouseCloudHook
from .triggers import (
    ClickHouseCloudBackupTrigger,
    ClickHouseCloudClickPipeTrigger,
    ClickHouseCloudServiceTrigger,
)


class ClickHouseCloudBackupSensor(BaseSensorOperator):
    """Waits for a backup of ``service_id`` to be ``done``, and pushes its ``to_dict()``
    to XCom (``return_value``).

    With ``backup_id``, that backup. Without it, the newest backup that started at or
    after ``started_after`` (a datetime or ISO text; default: the run's data interval
    end, else its logical date). A backup in ``error`` fails the task without retries;
    the log names the backup and the request id. Transient API errors (429, 5xx,
    connection failures) only postpone to the next poke.

    ``poll_interval`` is the seconds between looks in every mode; ``timeout`` (seconds,
    BaseSensorOperator's) bounds the wait, deferred or not. ``organization_id`` defaults
    to the connection's.
    """

    template_fields: Sequence[str] = (
        "service_id",
        "backup_id",
        "organization_id",
        "started_after",
    )
    ui_color = "#fcd34d"

    def __init__(
        self,
        *,
        service_id: str,
        backup_id: Optional[str] = None,
        organization_id: Optional[str] = None,
        started_after: Union[dt.datetime, str, None] = None,
        deferrable: bool = False,
        poll_interval: float = 60.0,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("poke_interval", poll_interval)
        super().__init__(**kwargs)
        self.service_id = service_id
        self.backup_id = backup_id
        self.organization_id = organization_id
        self.started_after = started_after
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    # -- what to wait for --------------------------------------------------------------

    def _hook(self) -> ClickHouseCloudHook:
        return ClickHouseCloudHook(self.clickhouse_cloud_conn_id)

    def _started_after(self, context: Any) -> Optional[dt.datetime]:
        if self.backup_id:
            return None
        if self.started_after not in (None, ""):
            return parse_started_after(self.started_after)
        default = context.get("data_interval_end") or context.get("logical_date")
        return parse_started_after(default)

    # -- one look ----------------------------------------------------------------------

    def _look(self, context: Any) -> Optional[dict[str, Any]]:
        """The backup's dict when it is done; None to keep waiting; raises on error."""
        hook = self._hook()
        organization = hook.require_organization(self.organization_id)
        started_after = self._started_after(context)
        try:
            with hook.get_client() as client:
                if self.backup_id:
                    backup = client.get_backup(organization, self.service_id, self.backup_id)
                else:
                    found = newest_started_after(
                        client.list_backups(organization, self.service_id), started_after
                    )
                    if found is None:
                        self.log.info(
                            "No backup of service %s started at or after %s yet",
                            self.service_id,
                            started_after,
                        )
                        return None
                    backup = found
        except TRANSIENT_ERRORS as e:
            self.log.warning("ClickHouse Cloud API: %s; trying again at the next poke", e)
            return None
        except chc.ClickHouseCloudError as e:
            raise AirflowException(f"{type(e).__name__}: {e}") from e
        if backup.status == DONE:
            self.log.info("Done: %s", describe(backup))
            return backup.to_dict()
        if backup.status == ERROR:
            self.log.error("Failed: %s ended in error", describe(backup))
            raise AirflowFailException(f"{describe(backup)} ended in error")
        self.log.info("Waiting: %s", describe(backup))
        return None

    # -- poke and reschedule modes -----------------------------------------------------

    def poke(self, context: Any) -> Union[bool, PokeReturnValue]:
        found = self._look(context)
        if found is None:
            return False
        return PokeReturnValue(is_done=True, xcom_value=found)

    # -- deferrable mode ---------------------------------------------------------------

    def execute(self, context: Any) -> Any:
        if not self.deferrable:
            return super().execute(context)
        found = self._look(context)  # no need to defer for a backup already done
        if found is not None:
            return found
        hook = self._hook()
        started_after = self._started_after(context)
        self.defer(
            trigger=ClickHouseCloudBackupTrigger(
                service_id=str(self.service_id),
                organization_id=hook.require_organization(self.organization_id),
                backup_id=str(self.backup_id) if self.backup_id else None,
                started_after=started_after.isoformat() if started_after else None,
                poll_interval=self.poll_interval,
                end_time=time.time() + float(self.timeout),
                clickhouse_cloud_conn_id=self.clickhouse_cloud_conn_id,
            ),
            method_name="execute_complete",
        )

    def execute_complete(self, context: Any, event: Optional[dict[str, Any]] = None) -> Any:
        event = event or {}
        status = event.get("status")
        if status == "success":
            backup = event.get("backup") or {}
            self.log.info(
                "Done: backup %s (request id %s)", backup.get("id"), event.get("request_id")
            )
            return backup
        message = event.get("message") or f"unexpected trigger event {event!r}"
        self.log.error("%s (request id %s)", message, event.get("request_id"))
        if status == "timeout":
            raise AirflowSensorTimeout(message)
        raise AirflowFailException(message)


class _StateSensor(BaseSensorOperator):
    """Shared by the service and ClickPipe sensors: ``_look`` reads once and decides;
    deferred, the trigger goes on with the same decisions."""

    # The event's key for the object (what goes to XCom).
    event_key = ""

    def __init__(
        self,
        *,
        organization_id: Optional[str],
        deferrable: bool,
        poll_interval: float,
        clickhouse_cloud_conn_id: str,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("poke_interval", poll_interval)
        super().__init__(**kwargs)
        self.organization_id = organization_id
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    def _hook(self) -> ClickHouseCloudHook:
        return ClickHouseCloudHook(self.clickhouse_cloud_conn_id)

    def _read(self, client: chc.Client, organization: str) -> Optional[dict[str, Any]]:
        """The object's dict when it is in a wanted state; None to keep waiting; raises
        AirflowFailException when it can no longer get there."""
        raise NotImplementedError

    def _trigger(self, organization: str, end_time: float) -> Any:
        raise NotImplementedError

    def _look(self) -> Optional[dict[str, Any]]:
        hook = self._hook()
        organization = hook.require_organization(self.organization_id)
        try:
            with hook.get_client() as client:
                return self._read(client, organization)
        except TRANSIENT_ERRORS as e:
            self.log.warning("ClickHouse Cloud API: %s; trying again at the next poke", e)
            return None
        except chc.ClickHouseCloudError as e:
            raise AirflowException(f"{type(e).__name__}: {e}") from e

    def poke(self, context: Any) -> Union[bool, PokeReturnValue]:
        found = self._look()
        if found is None:
            return False
        return PokeReturnValue(is_done=True, xcom_value=found)

    def execute(self, context: Any) -> Any:
        if not self.deferrable:
            return super().execute(context)
        found = self._look()  # no need to defer when it is there already
        if found is not None:
            return found
        organization = self._hook().require_organization(self.organization_id)
        self.defer(
            trigger=self._trigger(organization, time.time() + float(self.timeout)),
            method_name="execute_complete",
        )

    def execute_complete(self, context: Any, event: Optional[dict[str, Any]] = None) -> Any:
        event = event or {}
        status = event.get("status")
        if status == "success":
            self.log.info("Done: the state is %s", event.get("state"))
            return event.get(self.event_key)
        message = event.get("message") or f"unexpected trigger event {event!r}"
        self.log.error("%s", message)
        if status == "timeout":
            raise AirflowSensorTimeout(message)
        if status == "error":
            raise AirflowFailException(message)
        raise AirflowException(message)


class ClickHouseCloudServiceSensor(_StateSensor):
    """Waits for a service to be in ``target_state`` (default ``running``; a list: any
    of them, e.g. ``["running", "idle"]``; ``"gone"``: deleted), and pushes the
    service's ``to_dict()`` to XCom (``return_value``; None once gone).

    A state the service cannot leave towards the one waited for (``failed``,
    ``terminated``, ...) fails the task without retries. Transient API errors (429,
    5xx, connection failures) only postpone to the next poke. An idle service wakes
    only on a query or a command: to make it run, use
    ``ClickHouseCloudServiceStateOperator(action="awake")``.

    ``poll_interval`` is the seconds between looks in every mode; ``timeout`` (seconds,
    BaseSensorOperator's) bounds the wait, deferred or not. ``organization_id``
    defaults to the connection's.
    """

    template_fields: Sequence[str] = ("service_id", "organization_id")
    ui_color = "#a7f3d0"
    event_key = "service"

    def __init__(
        self,
        *,
        service_id: str,
        target_state: Union[str, Sequence[str]] = "running",
        organization_id: Optional[str] = None,
        deferrable: bool = False,
        poll_interval: float = 30.0,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            deferrable=deferrable,
            poll_interval=poll_interval,
            clickhouse_cloud_conn_id=clickhouse_cloud_conn_id,
            **kwargs,
        )
        self.service_id = service_id
        self.target_state = [normalize(s) for s in as_states(target_state)]

    def _read(self, client: chc.Client, organization: str) -> Optional[dict[str, Any]]:
        try:
            service = client.get_service(organization, self.service_id)
        except chc.NotFoundError:
            if GONE in self.target_state:
                self.log.info("Service %s is gone", self.service_id)
                return {"id": str(self.service_id), "state": GONE}
            raise
        reached, why = service_reached(service.state, self.target_state)
        if reached:
            self.log.info("Service %s is %s", service.id, service.state)
            return service.to_dict()
        if reached is False:
            raise AirflowFailException(f"service {service.id} ({service.name!r}): {why}")
        self.log.info(
            "Service %s is %s, waiting for %s",
            service.id,
            service.state,
            " or ".join(self.target_state),
        )
        return None

    def _trigger(self, organization: str, end_time: float) -> Any:
        return ClickHouseCloudServiceTrigger(
            service_id=str(self.service_id),
            organization_id=organization,
            state=list(self.target_state),
            poll_interval=self.poll_interval,
            end_time=end_time,
            clickhouse_cloud_conn_id=self.clickhouse_cloud_conn_id,
        )

    def execute_complete(self, context: Any, event: Optional[dict[str, Any]] = None) -> Any:
        result = super().execute_complete(context, event)
        if result is None:  # gone
            return {"id": str(self.service_id), "state": GONE}
        return result


class ClickHouseCloudClickPipeSensor(_StateSensor):
    """Waits for a ClickPipe to be in ``target_state`` (default ``Running``, any case; a
    list: any of them, e.g. ``["Stopped", "Paused"]``), and pushes the pipe's
    ``to_dict()`` to XCom (``return_value``).

    A pipe that is ``Failed`` or ``InternalError`` (unless that is asked for) fails the
    task without retries, with a message naming the pipe, its service and its state.
    Transient API errors only postpone to the next poke. ``poll_interval`` and
    ``timeout`` as for the other sensors; ``organization_id`` defaults to the
    connection's.
    """

    template_fields: Sequence[str] = ("service_id", "clickpipe_id", "organization_id")
    ui_color = "#bae6fd"
    event_key = "clickpipe"

    def __init__(
        self,
        *,
        service_id: str,
        clickpipe_id: str,
        target_state: Union[str, Sequence[str]] = "Running",
        organization_id: Optional[str] = None,
        deferrable: bool = False,
        poll_interval: float = 30.0,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            organization_id=organization_id,
            deferrable=deferrable,
            poll_interval=poll_interval,
            clickhouse_cloud_conn_id=clickhouse_cloud_conn_id,
            **kwargs,
        )
        self.service_id = service_id
        self.clickpipe_id = clickpipe_id
        self.target_state = as_states(target_state)

    def _read(self, client: chc.Client, organization: str) -> Optional[dict[str, Any]]:
        pipe = client.clickpipes.get(
            str(self.service_id), str(self.clickpipe_id), organization_id=organization
        )
        reached, why = pipe_reached(pipe.state, self.target_state)
        if reached:
            self.log.info("ClickPipe %s is %s", pipe.id, pipe.state)
            return pipe.to_dict()
        if reached is False:
            message = describe_failed_pipe(pipe, self.service_id, why)
            self.log.error("%s", message)
            raise AirflowFailException(message)
        self.log.info(
            "ClickPipe %s is %s, waiting for %s",
            pipe.id,
            pipe.state,
            " or ".join(self.target_state),
        )
        return None

    def _trigger(self, organization: str, end_time: float) -> Any:
        return ClickHouseCloudClickPipeTrigger(
            service_id=str(self.service_id),
            clickpipe_id=str(self.clickpipe_id),
            organization_id=organization,
            state=list(self.target_state),
            poll_interval=self.poll_interval,
            end_time=end_time,
            clickhouse_cloud_conn_id=self.clickhouse_cloud_conn_id,
        )
