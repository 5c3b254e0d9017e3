# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.backup_configuration` and `async_client.backup_configuration`: the sync and async resource classes
side by side.

generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""

# mypy: disable-error-code="no-any-return"
# ruff: noqa
from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Optional, Union

from .._display import ResultList
from .._paging import AsyncPager, Pager
from .._native import (
    BackupConfiguration,
)
from .._resource import (
    NOT_GIVEN,
    AsyncResource,
    DateLike,
    DateTimeLike,
    Id,
    NotGiven,
    Resource,
    body_of,
    warn_deprecated,
)


class BackupConfigurationResource(Resource):
    """`client.backup_configuration`: Backup operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Get service backup configuration

        Returns the service backup configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return self._call(44, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        backup_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_retention_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_start_time: Union[Optional[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Update service backup configuration

        Updates service backup configuration. Requires ADMIN auth key role. Setting the properties with null value, will reset the properties to theirs default values.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the service.
            backup_period_in_hours: The interval in hours between each backup.
            backup_retention_period_in_hours: The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
            backup_start_time: The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
        """
        return self._call(45, (self._org(organization_id), service_id), None, body_of({'backup_period_in_hours': backup_period_in_hours, 'backup_retention_period_in_hours': backup_retention_period_in_hours, 'backup_start_time': backup_start_time}))


class AsyncBackupConfigurationResource(AsyncResource):
    """`async_client.backup_configuration`: Backup operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Get service backup configuration

        Returns the service backup configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(44, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        backup_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_retention_period_in_hours: Union[Optional[float], NotGiven] = NOT_GIVEN,
        backup_start_time: Union[Optional[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupConfiguration:
        """Update service backup configuration

        Updates service backup configuration. Requires ADMIN auth key role. Setting the properties with null value, will reset the properties to theirs default values.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupConfiguration` (backupConfigurationUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the service.
            backup_period_in_hours: The interval in hours between each backup.
            backup_retention_period_in_hours: The minimum duration in hours for which the backups are available. Must be a whole number of days between 24 (1 day) and 1080 (45 days) — i.e. a multiple of 24.
            backup_start_time: The time in HH:MM format for the backups to be performed (evaluated in UTC timezone). When defined the backup period resets to every 24 hours.
        """
        return await self._call(45, (self._org(organization_id), service_id), None, body_of({'backup_period_in_hours': backup_period_in_hours, 'backup_retention_period_in_hours': backup_retention_period_in_hours, 'backup_start_time': backup_start_time}))
