# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.snapshot_configuration` and `async_client.snapshot_configuration`: the sync and async resource classes
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
    SnapshotConfiguration,
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


class SnapshotConfigurationResource(Resource):
    """`client.snapshot_configuration`: Snapshot operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Get service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service snapshot configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service.
        """
        return self._call(46, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        gap: Union[float, NotGiven] = NOT_GIVEN,
        time_frame: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Update service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates the service snapshot configuration. Requires ADMIN auth key role. Enables or disables scheduled snapshots and sets the cadence; when enabled, gap and timeFrame (in minutes) must together be one of the supported (gap, timeFrame) pairs: (30, 1440), (60, 2880). Provide at least one of enabled, gap, timeFrame; omit a field to leave it unchanged (null is not accepted). Enabling snapshots or changing the cadence requires an eligible organization (see the organization's capabilities.snapshots).

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationUpdate)

        Permissions: `control-plane:service:manage-snapshots`.

        Args:
            service_id: ID of the service.
            enabled: Whether scheduled snapshots are enabled for the service.
            gap: Interval between snapshots, in minutes. Set together with timeFrame; only supported preset pairs are accepted.
            time_frame: Retention window the snapshots cover, in minutes. Set together with gap; only supported preset pairs are accepted.
        """
        return self._call(47, (self._org(organization_id), service_id), None, body_of({'enabled': enabled, 'gap': gap, 'time_frame': time_frame}))


class AsyncSnapshotConfigurationResource(AsyncResource):
    """`async_client.snapshot_configuration`: Snapshot operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Get service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service snapshot configuration.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(46, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        gap: Union[float, NotGiven] = NOT_GIVEN,
        time_frame: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> SnapshotConfiguration:
        """Update service snapshot configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates the service snapshot configuration. Requires ADMIN auth key role. Enables or disables scheduled snapshots and sets the cadence; when enabled, gap and timeFrame (in minutes) must together be one of the supported (gap, timeFrame) pairs: (30, 1440), (60, 2880). Provide at least one of enabled, gap, timeFrame; omit a field to leave it unchanged (null is not accepted). Enabling snapshots or changing the cadence requires an eligible organization (see the organization's capabilities.snapshots).

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/snapshotConfiguration` (snapshotConfigurationUpdate)

        Permissions: `control-plane:service:manage-snapshots`.

        Args:
            service_id: ID of the service.
            enabled: Whether scheduled snapshots are enabled for the service.
            gap: Interval between snapshots, in minutes. Set together with timeFrame; only supported preset pairs are accepted.
            time_frame: Retention window the snapshots cover, in minutes. Set together with gap; only supported preset pairs are accepted.
        """
        return await self._call(47, (self._org(organization_id), service_id), None, body_of({'enabled': enabled, 'gap': gap, 'time_frame': time_frame}))
