# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.quotas` and `async_client.quotas`: the sync and async resource classes
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
    OrganizationQuota,
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


class QuotasResource(Resource):
    """`client.quotas`: Organization operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[OrganizationQuota]:
        """Get organization quotas

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the resource quotas enforced for the organization together with their current usage where available. Quotas that do not apply to the organization are omitted. Quota values reflect the limits currently enforced, so they can be polled to detect changes, for example after a billing status change. The response contains one entry per quota code; quotas enforced per resource may additionally appear under resource-scoped endpoints in the future.

        `GET /v1/organizations/{organizationId}/quotas` (organizationQuotasGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(11, (self._org(organization_id),))

    def get(
        self,
        quota_code: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> OrganizationQuota:
        """Get organization quota details

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns a single organization quota identified by its quota code. Responds with a not found error when the quota code is unknown or the quota does not apply to the organization.

        `GET /v1/organizations/{organizationId}/quotas/{quotaCode}` (organizationQuotaGet)

        Permissions: `control-plane:organization:view`.

        Args:
            quota_code: Code of the requested quota.
        """
        return self._call(12, (self._org(organization_id), quota_code))


class AsyncQuotasResource(AsyncResource):
    """`async_client.quotas`: Organization operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[OrganizationQuota]:
        """Get organization quotas

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the resource quotas enforced for the organization together with their current usage where available. Quotas that do not apply to the organization are omitted. Quota values reflect the limits currently enforced, so they can be polled to detect changes, for example after a billing status change. The response contains one entry per quota code; quotas enforced per resource may additionally appear under resource-scoped endpoints in the future.

        `GET /v1/organizations/{organizationId}/quotas` (organizationQuotasGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(11, (self._org(organization_id),))

    async def get(
        self,
        quota_code: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> OrganizationQuota:
        """Get organization quota details

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns a single organization quota identified by its quota code. Responds with a not found error when the quota code is unknown or the quota does not apply to the organization.

        `GET /v1/organizations/{organizationId}/quotas/{quotaCode}` (organizationQuotaGet)

        Permissions: `control-plane:organization:view`.

        Args:
            quota_code: Code of the requested quota.
        """
        return await self._call(12, (self._org(organization_id), quota_code))
