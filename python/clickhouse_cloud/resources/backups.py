# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.backups` and `async_client.backups`: the sync and async resource classes
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
    Backup,
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


class BackupsResource(Resource):
    """`client.backups`: Backup operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Backup]:
        """List of service backups

        Returns a list of all backups for the service. The most recent backups comes first in the list.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups` (backupGetList)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
        """
        return self._call(40, (self._org(organization_id), service_id))

    def get(
        self,
        service_id: Id,
        backup_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Backup:
        """Get backup details

        Returns a single backup info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}` (backupGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
            backup_id: ID of the requested backup.
        """
        return self._call(41, (self._org(organization_id), service_id, backup_id))


class AsyncBackupsResource(AsyncResource):
    """`async_client.backups`: Backup operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Backup]:
        """List of service backups

        Returns a list of all backups for the service. The most recent backups comes first in the list.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups` (backupGetList)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
        """
        return await self._call(40, (self._org(organization_id), service_id))

    async def get(
        self,
        service_id: Id,
        backup_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Backup:
        """Get backup details

        Returns a single backup info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}` (backupGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service the backup was created from.
            backup_id: ID of the requested backup.
        """
        return await self._call(41, (self._org(organization_id), service_id, backup_id))
