# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.scaling_schedules` and `async_client.scaling_schedules`: the sync and async resource classes
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
    ScalingSchedule,
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


class ScalingSchedulesResource(Resource):
    """`client.scaling_schedules`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Get service autoscaling schedule

        Returns the autoscaling schedule for a service. Returns 404 if no schedule has been configured or if the schedule was cleared. Requires the scheduled autoscaling feature to be enabled for the organization.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(29, (self._org(organization_id), service_id))

    def upsert(
        self,
        service_id: Id,
        *,
        entries: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Create or replace service autoscaling schedule

        Creates or fully replaces the autoscaling schedule for a service. Pass an empty `entries` array to clear the schedule — a subsequent GET will return 404, and the response will contain an empty `baseConfig` (all fields absent). The base scaling config (applied when no entry is active) is managed separately via the `replicaScaling` endpoint. Requires the scheduled autoscaling feature to be enabled for the organization.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleUpsert)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
            entries: List of schedule entries. Pass an empty array to clear the schedule.
        """
        return self._call(30, (self._org(organization_id), service_id), None, body_of({'entries': entries}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service scheduled scaling

        Deletes the autoscaling schedule for a service. If a schedule entry is currently active, the base scaling config is restored to the instance before the schedule is removed. Returns 404 if no schedule exists. Requires the scheduled autoscaling feature to be enabled for the organization.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleDelete)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
        """
        return self._call(31, (self._org(organization_id), service_id))


class AsyncScalingSchedulesResource(AsyncResource):
    """`async_client.scaling_schedules`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Get service autoscaling schedule

        Returns the autoscaling schedule for a service. Returns 404 if no schedule has been configured or if the schedule was cleared. Requires the scheduled autoscaling feature to be enabled for the organization.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(29, (self._org(organization_id), service_id))

    async def upsert(
        self,
        service_id: Id,
        *,
        entries: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ScalingSchedule:
        """Create or replace service autoscaling schedule

        Creates or fully replaces the autoscaling schedule for a service. Pass an empty `entries` array to clear the schedule — a subsequent GET will return 404, and the response will contain an empty `baseConfig` (all fields absent). The base scaling config (applied when no entry is active) is managed separately via the `replicaScaling` endpoint. Requires the scheduled autoscaling feature to be enabled for the organization.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleUpsert)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
            entries: List of schedule entries. Pass an empty array to clear the schedule.
        """
        return await self._call(30, (self._org(organization_id), service_id), None, body_of({'entries': entries}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service scheduled scaling

        Deletes the autoscaling schedule for a service. If a schedule entry is currently active, the base scaling config is restored to the instance before the schedule is removed. Returns 404 if no schedule exists. Requires the scheduled autoscaling feature to be enabled for the organization.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/scalingSchedule` (scalingScheduleDelete)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(31, (self._org(organization_id), service_id))
