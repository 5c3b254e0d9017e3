# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.upgrade_windows` and `async_client.upgrade_windows`: the sync and async resource classes
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
    UpgradeWindow,
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


class UpgradeWindowsResource(Resource):
    """`client.upgrade_windows`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Get service upgrade window

        Returns the configured upgrade window for a service.

        Errors:
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:view` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window has been configured.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(32, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        weekday: Union[int, NotGiven] = NOT_GIVEN,
        start_hour_utc: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Set service upgrade window

        Creates or fully replaces the upgrade window for a service. The upgrade window currently lasts 6 hours from `startHourUtc`. The upgrade window can only be set on primary services; secondary services inherit the primary service window.

        Errors:
        - 400: invalid field values (`weekday` not in 0–6, `startHourUtc` not in {0, 6, 12, 18}), or the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service, or the organization does not have the scheduled upgrades feature enabled.
        - 404: service does not exist or is not visible to the caller.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            weekday: Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
            start_hour_utc: UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18. The upgrade window currently lasts 6 hours from this start time.
        """
        return self._call(33, (self._org(organization_id), service_id), None, body_of({'weekday': weekday, 'start_hour_utc': start_hour_utc}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service upgrade window

        Deletes the upgrade window for a service, restoring the default scheduling behaviour. The upgrade window can only be deleted on primary services. Deletion succeeds even if the organization has lost the scheduled upgrades entitlement, so a window can be cleared after entitlement loss.

        Errors:
        - 400: the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window is configured.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return self._call(34, (self._org(organization_id), service_id))


class AsyncUpgradeWindowsResource(AsyncResource):
    """`async_client.upgrade_windows`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Get service upgrade window

        Returns the configured upgrade window for a service.

        Errors:
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:view` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window has been configured.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(32, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        weekday: Union[int, NotGiven] = NOT_GIVEN,
        start_hour_utc: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UpgradeWindow:
        """Set service upgrade window

        Creates or fully replaces the upgrade window for a service. The upgrade window currently lasts 6 hours from `startHourUtc`. The upgrade window can only be set on primary services; secondary services inherit the primary service window.

        Errors:
        - 400: invalid field values (`weekday` not in 0–6, `startHourUtc` not in {0, 6, 12, 18}), or the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service, or the organization does not have the scheduled upgrades feature enabled.
        - 404: service does not exist or is not visible to the caller.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            weekday: Day of the week the upgrade window starts. 0 = Sunday, 1 = Monday, …, 6 = Saturday.
            start_hour_utc: UTC hour when the upgrade window starts. Must be one of 0, 6, 12, or 18. The upgrade window currently lasts 6 hours from this start time.
        """
        return await self._call(33, (self._org(organization_id), service_id), None, body_of({'weekday': weekday, 'start_hour_utc': start_hour_utc}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service upgrade window

        Deletes the upgrade window for a service, restoring the default scheduling behaviour. The upgrade window can only be deleted on primary services. Deletion succeeds even if the organization has lost the scheduled upgrades entitlement, so a window can be cleared after entitlement loss.

        Errors:
        - 400: the service is a secondary service.
        - 401: missing, invalid, or disabled API key.
        - 403: caller lacks `control-plane:service:manage` on the service.
        - 404: service does not exist, is not visible to the caller, or no upgrade window is configured.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/upgradeWindow` (upgradeWindowDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(34, (self._org(organization_id), service_id))
