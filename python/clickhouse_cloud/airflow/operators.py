"""Operators: change a service's backup schedule, restore a backup into a new service."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Optional

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

import clickhouse_cloud as chc

from . import DEFAULT_CONN_ID
from .hooks import ClickHouseCloudHook
from .triggers import ClickHouseCloudServiceTrigger


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
