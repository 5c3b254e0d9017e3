# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.balances` and `async_client.balances`: the sync and async resource classes
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
    ActiveBalances,
    CreditBalances,
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


class BalancesResource(Resource):
    """`client.balances`: Billing operations."""

    __slots__ = ()

    def get_active(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> ActiveBalances:
        """Get organization active prepaid balances

        DEPRECATED. Use the `/v1/organizations/{organizationId}/creditBalances` endpoint instead. <br /><br /> Returns the active prepaid credit balances for the organization, each with its own balance ID and remaining credits, along with the total remaining credits across all active balances. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first, and the returned page is capped at `limit` (default and maximum 100). When `totalCount` exceeds the number of returned balances, page with `limit`/`offset` to retrieve them all. `totalRemainingPrepaidCredits` always covers every active balance, not just the returned page.

        `GET /v1/organizations/{organizationId}/activeBalances` (activeBalancesGet)

        Permissions: `control-plane:organization:view-billing`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            limit: Maximum number of results to return.
            offset: Number of results to skip before returning.
        """
        warn_deprecated('balances.get_active')
        return self._call(72, (self._org(organization_id),), {'limit': limit, 'offset': offset})

    def get_credit(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> CreditBalances:
        """Get organization active credit balances

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the active credit balances for the organization, each with its own balance ID, type and remaining credits, along with the total remaining credits across all of them. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first. The list is always present and is empty when the organization has no active balances.

        `GET /v1/organizations/{organizationId}/creditBalances` (creditBalancesGet)

        Permissions: `control-plane:organization:view-billing`.
        """
        return self._call(73, (self._org(organization_id),))


class AsyncBalancesResource(AsyncResource):
    """`async_client.balances`: Billing operations."""

    __slots__ = ()

    async def get_active(
        self,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> ActiveBalances:
        """Get organization active prepaid balances

        DEPRECATED. Use the `/v1/organizations/{organizationId}/creditBalances` endpoint instead. <br /><br /> Returns the active prepaid credit balances for the organization, each with its own balance ID and remaining credits, along with the total remaining credits across all active balances. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first, and the returned page is capped at `limit` (default and maximum 100). When `totalCount` exceeds the number of returned balances, page with `limit`/`offset` to retrieve them all. `totalRemainingPrepaidCredits` always covers every active balance, not just the returned page.

        `GET /v1/organizations/{organizationId}/activeBalances` (activeBalancesGet)

        Permissions: `control-plane:organization:view-billing`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            limit: Maximum number of results to return.
            offset: Number of results to skip before returning.
        """
        warn_deprecated('balances.get_active')
        return await self._call(72, (self._org(organization_id),), {'limit': limit, 'offset': offset})

    async def get_credit(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> CreditBalances:
        """Get organization active credit balances

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the active credit balances for the organization, each with its own balance ID, type and remaining credits, along with the total remaining credits across all of them. A balance is active when it has started, has not expired, and has credits remaining. Balances are ordered by expiration date, soonest first. The list is always present and is empty when the organization has no active balances.

        `GET /v1/organizations/{organizationId}/creditBalances` (creditBalancesGet)

        Permissions: `control-plane:organization:view-billing`.
        """
        return await self._call(73, (self._org(organization_id),))
