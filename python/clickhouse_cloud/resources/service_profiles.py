# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.service_profiles` and `async_client.service_profiles`: the sync and async resource classes
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
    ServiceProfile,
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


class ServiceProfilesResource(Resource):
    """`client.service_profiles`: Service operations."""

    __slots__ = ()

    def list(
        self,
        *,
        region_id: Optional[str] = None,
        byoc_id: Optional[Id] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ServiceProfile]:
        """List available service profiles

        Returns the custom instance profiles the organization can use in a region. Pass byoc_id to list the profiles configured for a BYOC infrastructure; the region is then taken from the infrastructure and region_id may be omitted. The list is empty when the organization tier does not include custom hardware profiles.

        `GET /v1/organizations/{organizationId}/serviceProfiles` (serviceProfilesList)

        Permissions: `control-plane:organization:view`.

        Args:
            region_id: Region to list profiles for, e.g. us-east-1. Required unless byoc_id is set; when both are set it must match the BYOC infrastructure's region.
            byoc_id: ID of the BYOC infrastructure to list profiles for. BYOC profiles are only returned when this is set.
        """
        return self._call(13, (self._org(organization_id),), {'region_id': region_id, 'byoc_id': byoc_id})


class AsyncServiceProfilesResource(AsyncResource):
    """`async_client.service_profiles`: Service operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        region_id: Optional[str] = None,
        byoc_id: Optional[Id] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ServiceProfile]:
        """List available service profiles

        Returns the custom instance profiles the organization can use in a region. Pass byoc_id to list the profiles configured for a BYOC infrastructure; the region is then taken from the infrastructure and region_id may be omitted. The list is empty when the organization tier does not include custom hardware profiles.

        `GET /v1/organizations/{organizationId}/serviceProfiles` (serviceProfilesList)

        Permissions: `control-plane:organization:view`.

        Args:
            region_id: Region to list profiles for, e.g. us-east-1. Required unless byoc_id is set; when both are set it must match the BYOC infrastructure's region.
            byoc_id: ID of the BYOC infrastructure to list profiles for. BYOC profiles are only returned when this is set.
        """
        return await self._call(13, (self._org(organization_id),), {'region_id': region_id, 'byoc_id': byoc_id})
