"""Operators: start, stop or wake a service; delete a service; start, stop or resync a
ClickPipe; change a service's backup schedule; restore a backup into a new service."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Optional

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException, AirflowFailException

import clickhouse_cloud as chc

from . import DEFAULT_CONN_ID
from ._backups import TRANSIENT_ERRORS
from ._states import (
    DELETED_STATES,
    DELETING_STATES,
    PIPE_ACTIONS,
    STOPPED,
    StateError,
    StateLog,
    Step,
    check_choice,
    describe_failed_pipe,
    is_templated,
    may_have_moved,
    normalize,
    pipe_reached,
    plan_delete,
    plan_pipe,
    plan_service,
    service_action_target,
)
from .hooks import ClickHouseCloudHook
from .triggers import ClickHouseCloudClickPipeTrigger, ClickHouseCloudServiceTrigger


class _Unset:
    """A field not given (None means: reset it to its default)."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()

_CONFIGURATION_FIELDS = (
    "backup_period_in_hours",
    "backup_retention_period_in_hours",
    "backup_start_time",
)


class ClickHouseCloudUpdateBackupConfigurationOperator(BaseOperator):
    """Sets a service's backup schedule; returns the configuration as a dict.

    Only the fields given are sent; ``None`` resets a field to its default. When every
    given field already has the requested value, no PATCH is sent at all: services on
    the BASIC tier, which refuse any PATCH, pass as long as nothing would change.
    """

    template_fields: Sequence[str] = ("service_id", "organization_id")

    def __init__(
        self,
        *,
        service_id: str,
        organization_id: Optional[str] = None,
        backup_period_in_hours: Any = UNSET,
        backup_retention_period_in_hours: Any = UNSET,
        backup_start_time: Any = UNSET,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.service_id = service_id
        self.organization_id = organization_id
        self.backup_period_in_hours = backup_period_in_hours
        self.backup_retention_period_in_hours = backup_retention_period_in_hours
        self.backup_start_time = backup_start_time
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    def execute(self, context: Any) -> Any:
        hook = ClickHouseCloudHook(self.clickhouse_cloud_conn_id)
        organization = hook.require_organization(self.organization_id)
        requested = {
            name: getattr(self, name)
            for name in _CONFIGURATION_FIELDS
            if getattr(self, name) is not UNSET
        }
        try:
            with hook.get_client() as client:
                current = client.get_backup_configuration(organization, self.service_id)
                # None (reset to the default) cannot be compared: it is always sent.
                changes = {
                    name: value
                    for name, value in requested.items()
                    if value is None or getattr(current, name) != value
                }
                if not changes:
                    self.log.info(
                        "The backup configuration of service %s already is %s: nothing to "
                        "change, no request sent",
                        self.service_id,
                        current.to_dict(),
                    )
                    return current.to_dict()
                self.log.info("Changing %s of service %s", changes, self.service_id)
                updated = client.update_backup_configuration(
                    organization, self.service_id, **changes
                )
        except chc.ClickHouseCloudError as e:
            raise AirflowException(f"{type(e).__name__}: {e}") from e
        return updated.to_dict()


# A service already named like the one to restore, in one of these states, is taken
# to be the one an earlier try of the task created (it gets to `running` on its own).
_ADOPTABLE_STATES = frozenset(
    {"provisioning", "starting", "awaking", "running", "idle", "degraded", "partially_running"}
)
# A service in one of these is going away: it does not stop a new one being created.
_GONE_STATES = frozenset({"terminating", "terminated", "softdeleting", "softdeleted"})


class ClickHouseCloudRestoreBackupOperator(BaseOperator):
    """Creates a new service from a backup and returns the service as a dict.

    With ``wait_for_running`` (the default) the task ends when the service is
    ``running``; with ``deferrable`` it waits in the triggerer, holding no worker slot.
    The one-time password of the new service's default user is never logged; it is
    pushed to XCom under the key ``password`` only with ``push_password=True``. Other
    keyword arguments of ``Client.restore_backup`` go in ``service_options``.

    Safe to retry: the task first looks for a service with the same ``name`` in the
    organization. One that is provisioning, starting, awaking, running, idle, degraded
    or partially running is taken as the one an earlier try created: no second service
    is made, and the task waits for it as for a new one (its one-time password went to
    the try that created it). One that is stopping, stopped, failed or in a state this
    version does not know fails the task without creating anything, and so do two live
    services of that name: stop or delete it, or pick another name. Services that are
    terminating or gone do not count.
    """

    template_fields: Sequence[str] = (
        "backup_id",
        "name",
        "provider",
        "region",
        "organization_id",
    )

    def __init__(
        self,
        *,
        backup_id: str,
        name: str,
        provider: str,
        region: str,
        organization_id: Optional[str] = None,
        service_options: Optional[dict[str, Any]] = None,
        wait_for_running: bool = True,
        deferrable: bool = False,
        poll_interval: float = 30.0,
        wait_timeout: float = 3600.0,
        push_password: bool = False,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.backup_id = backup_id
        self.name = name
        self.provider = provider
        self.region = region
        self.organization_id = organization_id
        self.service_options = dict(service_options or {})
        self.wait_for_running = wait_for_running
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.wait_timeout = wait_timeout
        self.push_password = push_password
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    def execute(self, context: Any) -> Any:
        hook = ClickHouseCloudHook(self.clickhouse_cloud_conn_id)
        organization = hook.require_organization(self.organization_id)
        try:
            with hook.get_client() as client:
                service = self._existing_service(client, organization)
                if service is None:
                    restored = client.restore_backup(
                        organization,
                        self.backup_id,
                        name=self.name,
                        provider=self.provider,
                        region=self.region,
                        **self.service_options,
                    )
                    service = restored.service
                    if service is None:  # restore_backup raises before this
                        raise AirflowException("the API answered no service")
                    self.log.info(
                        "Restoring backup %s into new service %s (%s)",
                        self.backup_id,
                        service.id,
                        service.state,
                    )
                    if self.push_password and restored.password is not None:
                        context["ti"].xcom_push(key="password", value=restored.password)
                if service.id is None:
                    raise AirflowException("the API answered a service without an id")
                # An idle service (one an earlier try left) wakes on its first query.
                if not self.wait_for_running or service.state == "idle":
                    return service.to_dict()
                if self.deferrable:
                    self.defer(
                        trigger=ClickHouseCloudServiceTrigger(
                            service_id=str(service.id),
                            organization_id=organization,
                            poll_interval=self.poll_interval,
                            end_time=time.time() + self.wait_timeout,
                            clickhouse_cloud_conn_id=self.clickhouse_cloud_conn_id,
                        ),
                        method_name="execute_complete",
                    )
                running = client.wait_for_service(
                    organization,
                    service.id,
                    timeout=self.wait_timeout,
                    poll_interval=self.poll_interval,
                )
        except chc.ClickHouseCloudError as e:
            raise AirflowException(f"{type(e).__name__}: {e}") from e
        self.log.info("Service %s is %s", running.id, running.state)
        return running.to_dict()

    def _existing_service(self, client: chc.Client, organization: str) -> Optional[chc.Service]:
        """The live service named like ours, if an earlier try created it; raises when a
        service of that name is in the way."""
        named = [
            s
            for s in client.list_services(organization)
            if s.name == self.name and s.state not in _GONE_STATES
        ]
        if not named:
            return None
        if len(named) > 1:
            ids = ", ".join(str(s.id) for s in named)
            raise AirflowException(
                f"{len(named)} services are named {self.name!r} ({ids}): pick another name"
            )
        service = named[0]
        if service.state not in _ADOPTABLE_STATES or service.id is None:
            raise AirflowException(
                f"a service named {self.name!r} already exists and is {service.state} "
                f"({service.id}): start or delete it, or pick another name"
            )
        self.log.info(
            "Service %s named %r already exists (%s): taken as the one an earlier try "
            "created from backup %s, no new service created",
            service.id,
            self.name,
            service.state,
            self.backup_id,
        )
        if self.push_password:
            self.log.warning(
                "The one-time password of service %s went to the try that created it; "
                "it is not pushed again",
                service.id,
            )
        return service

    def execute_complete(self, context: Any, event: Optional[dict[str, Any]] = None) -> Any:
        event = event or {}
        if event.get("status") == "success":
            service = event.get("service") or {}
            self.log.info("Service %s is %s", service.get("id"), service.get("state"))
            return service
        raise AirflowException(event.get("message") or f"unexpected trigger event {event!r}")


# -- service state, delete, ClickPipe state ------------------------------------------------


def _api_failure(error: chc.ClickHouseCloudError) -> AirflowException:
    """An API error as the task's failure (retried as the task's retries say)."""
    return AirflowException(f"{type(error).__name__}: {error}")


def _event_failure(event: dict[str, Any]) -> AirflowException:
    """A trigger's end other than success as the task's failure: a state the object
    cannot leave fails without retries; a timeout or an API error may be retried."""
    message = event.get("message") or f"unexpected trigger event {event!r}"
    if event.get("status") == "error":
        return AirflowFailException(message)
    return AirflowException(message)


class _ServiceStepOperator(BaseOperator):
    """Shared by the service state and delete operators: take a step (a command and a
    state to wait for) at a time, waiting in this worker or, deferred, in the
    triggerer, until the plan is done."""

    service_id: Optional[str]
    organization_id: Optional[str]
    wait_for_completion: bool
    deferrable: bool
    poll_interval: float
    wait_timeout: float
    clickhouse_cloud_conn_id: str

    def _plan(self, state: Optional[str]) -> Step:
        raise NotImplementedError

    def _result(self, service: Optional[dict[str, Any]], memo: dict[str, Any]) -> Any:
        raise NotImplementedError

    def _hook(self) -> ClickHouseCloudHook:
        return ClickHouseCloudHook(self.clickhouse_cloud_conn_id)

    def _read(
        self, client: chc.Client, organization: str, service_id: str
    ) -> Optional[chc.Service]:
        """The service now, or None once the API no longer knows it."""
        try:
            return client.get_service(organization, service_id)
        except chc.NotFoundError:
            return None

    def _send(self, client: chc.Client, organization: str, service_id: str, command: str) -> None:
        self.log.info("Sending %r to service %s", command, service_id)
        client.services.update_state(service_id, command=command, organization_id=organization)

    def _steps(
        self,
        client: chc.Client,
        organization: str,
        service_id: str,
        deadline: float,
        memo: dict[str, Any],
    ) -> Any:
        """Takes steps until the plan is done, or defers (and is called again from
        ``execute_complete`` when the step was not the last)."""
        while True:
            service = self._read(client, organization, service_id)
            state = None if service is None else service.state
            try:
                step = self._plan(state)
            except StateError as e:
                raise AirflowFailException(f"service {service_id}: {e}") from e
            current = None if service is None else service.to_dict()
            if step.done:
                self.log.info("Service %s is %s: nothing to do", service_id, state or "gone")
                return self._result(current, memo)
            if step.command:
                try:
                    self._send(client, organization, service_id, step.command)
                except chc.ClickHouseCloudError as e:
                    again = (
                        self._read(client, organization, service_id)
                        if may_have_moved(e)
                        else service
                    )
                    if again is None or normalize(again.state) != normalize(state):
                        # A second caller's command, or ours after all: plan from there.
                        self.log.info(
                            "Sending %r failed (%s), and the service moved on", step.command, e
                        )
                        continue
                    raise
            if step.final and not self.wait_for_completion:
                # The answer to a command already shows where it leads: read it back.
                after = self._read(client, organization, service_id)
                return self._result(None if after is None else after.to_dict(), memo)
            if self.deferrable:
                self.defer(
                    trigger=ClickHouseCloudServiceTrigger(
                        service_id=service_id,
                        organization_id=organization,
                        state=list(step.wait_for),
                        poll_interval=self.poll_interval,
                        end_time=deadline,
                        clickhouse_cloud_conn_id=self.clickhouse_cloud_conn_id,
                        resume={"deadline": deadline, "final": step.final, "memo": memo},
                    ),
                    method_name="execute_complete",
                )
            # Only a step before the last one waits here (the last waits in the job).
            left = max(deadline - time.time(), 0.0)
            client.wait_for_service(
                organization,
                service_id,
                state=step.wait_for[0],
                timeout=left,
                poll_interval=self.poll_interval,
                progress=StateLog(self.log),
            )
            if step.final:
                after = self._read(client, organization, service_id)
                return self._result(None if after is None else after.to_dict(), memo)

    def execute_complete(self, context: Any, event: Optional[dict[str, Any]] = None) -> Any:
        event = event or {}
        if event.get("status") != "success":
            raise _event_failure(event)
        resume = event.get("resume") or {}
        memo = dict(resume.get("memo") or {})
        deadline = resume.get("deadline")
        if resume.get("final", True):
            self.log.info("Service %s is %s", memo.get("id"), event.get("state"))
            return self._result(event.get("service"), memo)
        hook = self._hook()
        organization = hook.require_organization(self.organization_id)
        try:
            with hook.get_client() as client:
                return self._steps(
                    client,
                    organization,
                    str(memo["id"]),
                    deadline if deadline is not None else time.time() + self.wait_timeout,
                    memo,
                )
        except (chc.ServiceFailedError, chc.WaitTimeoutError) as e:
            raise _job_failure(e) from e
        except chc.ClickHouseCloudError as e:
            raise _api_failure(e) from e


def _job_failure(error: chc.ClickHouseCloudError) -> AirflowException:
    """A job's end: a state the service cannot leave fails without retries."""
    if isinstance(error, chc.ServiceFailedError):
        return AirflowFailException(str(error))
    return AirflowException(f"{type(error).__name__}: {error}")


class ClickHouseCloudServiceStateOperator(_ServiceStepOperator):
    """Starts, stops or wakes a service, and returns the service's ``to_dict()`` (XCom
    ``return_value``).

    - ``action="start"`` or ``"awake"``: the service ends up running. A stopped service
      is started, an idle one woken, one on its way (``starting``, ``provisioning``,
      ``awaking``) is let get there, one ``stopping`` is let stop and then started;
      a running one is left alone. Nothing is sent twice, so a retried task does no
      harm (the client's ``ensure_running``).
    - ``action="stop"``: the service ends up stopped. A service still starting is let
      start first, since the API cannot stop it before (``stop_service``).

    With ``wait_for_completion`` (the default) the task ends once the service reports
    that state, polled every ``poll_interval`` seconds for at most ``wait_timeout``:
    the answer to the command is not trusted, as the API shows the target state there
    before the service reaches it. ``deferrable=True`` does the waiting in the
    triggerer, holding no worker slot. Without waiting, the task sends the command the
    state needs (waiting only when the service must first finish another change) and
    returns the service as the API then shows it (``starting``, ``stopping``).

    A service in a state it cannot leave (``failed``, ``terminated``, ...) fails the
    task without retries. ``organization_id`` defaults to the connection's.
    """

    template_fields: Sequence[str] = ("service_id", "organization_id", "action")
    ui_color = "#a7f3d0"

    def __init__(
        self,
        *,
        service_id: str,
        action: str,
        organization_id: Optional[str] = None,
        wait_for_completion: bool = True,
        deferrable: bool = False,
        poll_interval: float = 15.0,
        wait_timeout: float = 1800.0,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not is_templated(action):
            service_action_target(action)  # a typo fails when the DAG is parsed
        self.service_id = service_id
        self.action = action
        self.organization_id = organization_id
        self.wait_for_completion = wait_for_completion
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.wait_timeout = wait_timeout
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    def _target(self) -> str:
        return service_action_target(self.action)

    def _plan(self, state: Optional[str]) -> Step:
        if state is None:
            raise StateError("the API does not know it (deleted?)")
        return plan_service(self._target(), state)

    def _result(self, service: Optional[dict[str, Any]], memo: dict[str, Any]) -> Any:
        return service

    def execute(self, context: Any) -> Any:
        target = self._target()
        hook = self._hook()
        organization = hook.require_organization(self.organization_id)
        service_id = str(self.service_id)
        try:
            with hook.get_client() as client:
                if self.wait_for_completion and not self.deferrable:
                    job = client.stop_service if target == STOPPED else client.ensure_running
                    service = job(
                        service_id,
                        organization_id=organization,
                        timeout=self.wait_timeout,
                        poll_interval=self.poll_interval,
                        progress=StateLog(self.log),
                    )
                    self.log.info("Service %s is %s", service.id, service.state)
                    return service.to_dict()
                deadline = time.time() + self.wait_timeout
                return self._steps(client, organization, service_id, deadline, {"id": service_id})
        except (chc.ServiceFailedError, chc.WaitTimeoutError) as e:
            raise _job_failure(e) from e
        except chc.ClickHouseCloudError as e:
            raise _api_failure(e) from e


class ClickHouseCloudDeleteServiceOperator(_ServiceStepOperator):
    """Deletes a service and waits until it is gone; safe to retry.

    The service is stopped first (the API deletes only a stopped service; one still
    starting is let start, then stopped), then deleted, then polled until the API no
    longer knows it. A service already gone, or already being deleted, is success, so
    a retried task, or one running after an earlier try deleted it, does no harm.

    Give ``service_id``, or ``service_name`` to delete the one live service of that
    name (several of that name fail the task, none is success: nothing to delete).
    The name suits clean-ups that run whatever happened before them (a restore drill's
    scratch service, with ``trigger_rule="all_done"``), as no id may have reached XCom.

    Returns ``{"id", "name", "deleted": True, "already_gone": bool}`` (XCom
    ``return_value``). ``wait_for_completion=False`` returns once the delete is sent
    (still stopping the service first); ``deferrable=True`` waits in the triggerer.
    A service in a state it cannot be stopped from (``failed``) fails the task without
    retries.
    """

    template_fields: Sequence[str] = ("service_id", "service_name", "organization_id")
    ui_color = "#fecaca"

    def __init__(
        self,
        *,
        service_id: Optional[str] = None,
        service_name: Optional[str] = None,
        organization_id: Optional[str] = None,
        wait_for_completion: bool = True,
        deferrable: bool = False,
        poll_interval: float = 15.0,
        wait_timeout: float = 1800.0,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if (service_id is None) == (service_name is None):
            raise ValueError("give exactly one of service_id and service_name")
        self.service_id = service_id
        self.service_name = service_name
        self.organization_id = organization_id
        self.wait_for_completion = wait_for_completion
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.wait_timeout = wait_timeout
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    def _plan(self, state: Optional[str]) -> Step:
        return plan_delete(state)

    def _send(self, client: chc.Client, organization: str, service_id: str, command: str) -> None:
        if command != "delete":
            super()._send(client, organization, service_id, command)
            return
        self.log.info("Deleting service %s", service_id)
        try:
            client.services.delete(service_id, organization_id=organization)
        except chc.NotFoundError:
            pass  # gone in the meantime
        except chc.BadRequestError as e:
            if "terminat" not in e.message.lower():  # already on its way out
                raise

    def _result(self, service: Optional[dict[str, Any]], memo: dict[str, Any]) -> Any:
        return {
            "id": memo.get("id"),
            "name": memo.get("name"),
            "deleted": True,
            "already_gone": bool(memo.get("already_gone")),
        }

    def _find(self, client: chc.Client, organization: str) -> Optional[chc.Service]:
        """The service to delete: by id (None when the API no longer knows it), or the
        one live service named ``service_name`` (None when there is none)."""
        if self.service_id is not None:
            return self._read(client, organization, str(self.service_id))
        named = [
            s
            for s in client.list_services(organization)
            if s.name == self.service_name and normalize(s.state) not in DELETED_STATES
        ]
        live = [s for s in named if normalize(s.state) not in DELETING_STATES]
        if len(live) > 1:
            ids = ", ".join(str(s.id) for s in live)
            raise AirflowFailException(
                f"{len(live)} services are named {self.service_name!r} ({ids}): give the "
                "service_id of the one to delete"
            )
        found = live or named
        return found[0] if found else None

    def execute(self, context: Any) -> Any:
        hook = self._hook()
        organization = hook.require_organization(self.organization_id)
        try:
            with hook.get_client() as client:
                service = self._find(client, organization)
                gone = service is None or normalize(service.state) in DELETED_STATES
                memo = {
                    "id": str(service.id) if service is not None else self.service_id,
                    "name": service.name if service is not None else self.service_name,
                    "already_gone": gone,
                }
                if gone or service is None:
                    self.log.info(
                        "Service %s is already gone: nothing to delete",
                        memo["id"] or repr(memo["name"]),
                    )
                    return self._result(None, memo)
                service_id = str(service.id)
                self.log.info(
                    "Deleting service %s (%r, %s)", service_id, service.name, service.state
                )
                if self.wait_for_completion and not self.deferrable:
                    client.delete_service(
                        service_id,
                        stop=True,
                        organization_id=organization,
                        timeout=self.wait_timeout,
                        poll_interval=self.poll_interval,
                        progress=StateLog(self.log),
                    )
                    self.log.info("Service %s is gone", service_id)
                    return self._result(None, memo)
                deadline = time.time() + self.wait_timeout
                return self._steps(client, organization, service_id, deadline, memo)
        except (chc.ServiceFailedError, chc.WaitTimeoutError) as e:
            raise _job_failure(e) from e
        except chc.ClickHouseCloudError as e:
            raise _api_failure(e) from e


class ClickHouseCloudClickPipeStateOperator(BaseOperator):
    """Starts, stops or resyncs a ClickPipe, and returns the pipe's ``to_dict()`` (XCom
    ``return_value``).

    - ``action="start"``: ends with the pipe ``Running`` (or ``Completed``, an object
      storage pipe that finished its batch). A pipe already running or on its way is
      left alone; one ``Stopping`` is let stop, then started; one ``Stopped``,
      ``Paused`` or ``Failed`` is started.
    - ``action="stop"``: ends with the pipe ``Stopped`` (``Paused`` for database
      pipes); a pipe already stopped or stopping is left alone.
    - ``action="resync"`` (Postgres and MySQL pipes): the pipe resyncs and ends
      ``Running``. A pipe already resyncing (``Setup``, ``Snapshot``, ``Resync``,
      ``Modifying``) is not resynced again, so a retried task does not start a second one.

    With ``wait_for_completion`` (the default) the task polls every ``poll_interval``
    seconds, for at most ``wait_timeout``, until the pipe reports that state; the state
    the pipe was in when the command was sent counts only once the pipe has left it
    (a resync starts and ends ``Running``; a read right after a command may lag).
    ``deferrable=True`` waits in the triggerer. A pipe that becomes ``Failed`` or
    ``InternalError`` fails the task without retries, with a message naming it.
    ``organization_id`` defaults to the connection's.
    """

    template_fields: Sequence[str] = ("service_id", "clickpipe_id", "organization_id", "action")
    ui_color = "#bae6fd"

    def __init__(
        self,
        *,
        service_id: str,
        clickpipe_id: str,
        action: str,
        organization_id: Optional[str] = None,
        wait_for_completion: bool = True,
        deferrable: bool = False,
        poll_interval: float = 10.0,
        wait_timeout: float = 900.0,
        clickhouse_cloud_conn_id: str = DEFAULT_CONN_ID,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not is_templated(action):
            check_choice("action", action, PIPE_ACTIONS)
        self.service_id = service_id
        self.clickpipe_id = clickpipe_id
        self.action = action
        self.organization_id = organization_id
        self.wait_for_completion = wait_for_completion
        self.deferrable = deferrable
        self.poll_interval = poll_interval
        self.wait_timeout = wait_timeout
        self.clickhouse_cloud_conn_id = clickhouse_cloud_conn_id

    def _hook(self) -> ClickHouseCloudHook:
        return ClickHouseCloudHook(self.clickhouse_cloud_conn_id)

    def _get(self, client: chc.Client, organization: str) -> chc.ClickPipe:
        return client.clickpipes.get(
            str(self.service_id), str(self.clickpipe_id), organization_id=organization
        )

    def execute(self, context: Any) -> Any:
        check_choice("action", self.action, PIPE_ACTIONS)
        hook = self._hook()
        organization = hook.require_organization(self.organization_id)
        try:
            with hook.get_client() as client:
                return self._steps(client, organization, time.time() + self.wait_timeout)
        except chc.ClickHouseCloudError as e:
            raise _api_failure(e) from e

    def _steps(self, client: chc.Client, organization: str, deadline: float) -> Any:
        while True:
            pipe = self._get(client, organization)
            try:
                step = plan_pipe(self.action, pipe)
            except StateError as e:
                raise AirflowFailException(f"ClickPipe {pipe.id} ({pipe.name!r}): {e}") from e
            if step.done:
                self.log.info("ClickPipe %s is %s: nothing to do", pipe.id, pipe.state)
                return pipe.to_dict()
            if step.command:
                self.log.info("Sending %r to ClickPipe %s (%s)", step.command, pipe.id, pipe.state)
                try:
                    client.clickpipes.update_state(
                        str(self.service_id),
                        str(self.clickpipe_id),
                        command=step.command,
                        organization_id=organization,
                    )
                except chc.ClickHouseCloudError as e:
                    again = self._get(client, organization) if may_have_moved(e) else pipe
                    if normalize(again.state) != normalize(pipe.state):
                        self.log.info(
                            "Sending %r failed (%s), and the pipe moved on", step.command, e
                        )
                        continue
                    raise
            if step.final and not self.wait_for_completion:
                return self._get(client, organization).to_dict()
            if self.deferrable:
                self.defer(
                    trigger=ClickHouseCloudClickPipeTrigger(
                        service_id=str(self.service_id),
                        clickpipe_id=str(self.clickpipe_id),
                        organization_id=organization,
                        state=list(step.wait_for),
                        from_state=step.from_state,
                        poll_interval=self.poll_interval,
                        end_time=deadline,
                        clickhouse_cloud_conn_id=self.clickhouse_cloud_conn_id,
                        resume={"deadline": deadline, "final": step.final},
                    ),
                    method_name="execute_complete",
                )
            pipe = self._wait(client, organization, step.wait_for, step.from_state, deadline)
            if step.final:
                return pipe.to_dict()

    def _wait(
        self,
        client: chc.Client,
        organization: str,
        states: Sequence[str],
        from_state: Optional[str],
        deadline: float,
    ) -> chc.ClickPipe:
        """Polls until the pipe is in one of ``states`` (see ``pipe_reached``)."""
        show = StateLog(self.log)
        what = f"ClickPipe {self.clickpipe_id}"
        started = time.time()
        while True:
            try:
                pipe: Optional[chc.ClickPipe] = self._get(client, organization)
            except TRANSIENT_ERRORS as e:
                self.log.warning("ClickHouse Cloud API: %s; trying again at the next poll", e)
                pipe = None
            if pipe is not None:
                show(what, pipe.state or "without a state", time.time() - started)
                if from_state is not None and normalize(pipe.state) != normalize(from_state):
                    from_state = None
                reached, why = pipe_reached(pipe.state, states, from_state)
                if reached:
                    return pipe
                if reached is False:
                    raise AirflowFailException(describe_failed_pipe(pipe, self.service_id, why))
            left = deadline - time.time()
            if left <= 0:
                raise AirflowException(f"timed out waiting for {what} to be {' or '.join(states)}")
            time.sleep(min(self.poll_interval, left))

    def execute_complete(self, context: Any, event: Optional[dict[str, Any]] = None) -> Any:
        event = event or {}
        if event.get("status") != "success":
            raise _event_failure(event)
        resume = event.get("resume") or {}
        deadline = resume.get("deadline")
        if resume.get("final", True):
            pipe = event.get("clickpipe") or {}
            self.log.info("ClickPipe %s is %s", pipe.get("id"), pipe.get("state"))
            return pipe
        hook = self._hook()
        organization = hook.require_organization(self.organization_id)
        try:
            with hook.get_client() as client:
                return self._steps(
                    client,
                    organization,
                    deadline if deadline is not None else time.time() + self.wait_timeout,
                )
        except chc.ClickHouseCloudError as e:
            raise _api_failure(e) from e
