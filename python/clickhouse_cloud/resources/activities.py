# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.activities` and `async_client.activities`: the sync and async resource classes
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
    Activity,
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


class ActivitiesResource(Resource):
    """`client.activities`: Organization operations."""

    __slots__ = ()

    def list(
        self,
        *,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Activity]:
        """List of organization activities

        Returns a list of all organization activities.

        `GET /v1/organizations/{organizationId}/activities` (activityGetList)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            from_date: A starting date for a search
            to_date: An ending date for a search
        """
        return self._call(67, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date})

    def get(
        self,
        activity_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Activity:
        """Organization activity

        Returns a single organization activity by ID.

        `GET /v1/organizations/{organizationId}/activities/{activityId}` (activityGet)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            activity_id: ID of the requested activity.
        """
        return self._call(68, (self._org(organization_id), activity_id))


class AsyncActivitiesResource(AsyncResource):
    """`async_client.activities`: Organization operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        from_date: Optional[DateTimeLike] = None,
        to_date: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Activity]:
        """List of organization activities

        Returns a list of all organization activities.

        `GET /v1/organizations/{organizationId}/activities` (activityGetList)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            from_date: A starting date for a search
            to_date: An ending date for a search
        """
        return await self._call(67, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date})

    async def get(
        self,
        activity_id: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Activity:
        """Organization activity

        Returns a single organization activity by ID.

        `GET /v1/organizations/{organizationId}/activities/{activityId}` (activityGet)

        Permissions: `control-plane:organization:view-activities`.

        Args:
            activity_id: ID of the requested activity.
        """
        return await self._call(68, (self._org(organization_id), activity_id))
