# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.usage_cost` and `async_client.usage_cost`: the sync and async resource classes
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
    UsageCost,
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


class UsageCostResource(Resource):
    """`client.usage_cost`: Billing operations."""

    __slots__ = ()

    def get(
        self,
        *,
        from_date: DateLike,
        to_date: DateLike,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> UsageCost:
        """Get organization usage costs

        Returns a grand total and a list of daily, per-entity organization usage cost records for the organization in the queried time period (maximum 31 days). All days in both the request and the response are evaluated based on the UTC timezone.

        `GET /v1/organizations/{organizationId}/usageCost` (usageCostGet)

        Permissions: `control-plane:organization:view`.

        Args:
            from_date: Start date for the report, e.g. 2024-12-19.
            to_date: End date (inclusive) for the report, e.g. 2024-12-20. This date cannot be more than 30 days after from_date (for a maximum queried period of 31 days).
            filter: Filter criteria to apply when retrieving the usage cost report. Currently, only filtering by resource tags is supported.
        """
        return self._call(71, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date, 'filter': filter})


class AsyncUsageCostResource(AsyncResource):
    """`async_client.usage_cost`: Billing operations."""

    __slots__ = ()

    async def get(
        self,
        *,
        from_date: DateLike,
        to_date: DateLike,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> UsageCost:
        """Get organization usage costs

        Returns a grand total and a list of daily, per-entity organization usage cost records for the organization in the queried time period (maximum 31 days). All days in both the request and the response are evaluated based on the UTC timezone.

        `GET /v1/organizations/{organizationId}/usageCost` (usageCostGet)

        Permissions: `control-plane:organization:view`.

        Args:
            from_date: Start date for the report, e.g. 2024-12-19.
            to_date: End date (inclusive) for the report, e.g. 2024-12-20. This date cannot be more than 30 days after from_date (for a maximum queried period of 31 days).
            filter: Filter criteria to apply when retrieving the usage cost report. Currently, only filtering by resource tags is supported.
        """
        return await self._call(71, (self._org(organization_id),), {'from_date': from_date, 'to_date': to_date, 'filter': filter})
