# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.members` and `async_client.members`: the sync and async resource classes
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
    Member,
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


class MembersResource(Resource):
    """`client.members`: User management operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Member]:
        """List organization members

        Returns a list of all members in the organization.

        `GET /v1/organizations/{organizationId}/members` (memberGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(59, (self._org(organization_id),))

    def get(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Get member details

        Returns a single organization member details.

        `GET /v1/organizations/{organizationId}/members/{userId}` (memberGet)

        Permissions: `control-plane:organization:view`.

        Args:
            user_id: ID of the requested user.
        """
        return self._call(60, (self._org(organization_id), user_id))

    def update(
        self,
        user_id: Id,
        *,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Update organization member

        Updates organization member role.

        `PATCH /v1/organizations/{organizationId}/members/{userId}` (memberUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the user to patch
            role: DEPRECATED. Use `assignedRoleIds` instead. Role of the member in the organization.
            assigned_role_ids: List of role IDs to assign to the member
        """
        return self._call(61, (self._org(organization_id), user_id), None, body_of({'role': role, 'assigned_role_ids': assigned_role_ids}))

    def delete(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove an organization member

        Removes a user from the organization

        `DELETE /v1/organizations/{organizationId}/members/{userId}` (memberDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the requested user.
        """
        return self._call(62, (self._org(organization_id), user_id))


class AsyncMembersResource(AsyncResource):
    """`async_client.members`: User management operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Member]:
        """List organization members

        Returns a list of all members in the organization.

        `GET /v1/organizations/{organizationId}/members` (memberGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(59, (self._org(organization_id),))

    async def get(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Get member details

        Returns a single organization member details.

        `GET /v1/organizations/{organizationId}/members/{userId}` (memberGet)

        Permissions: `control-plane:organization:view`.

        Args:
            user_id: ID of the requested user.
        """
        return await self._call(60, (self._org(organization_id), user_id))

    async def update(
        self,
        user_id: Id,
        *,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Member:
        """Update organization member

        Updates organization member role.

        `PATCH /v1/organizations/{organizationId}/members/{userId}` (memberUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the user to patch
            role: DEPRECATED. Use `assignedRoleIds` instead. Role of the member in the organization.
            assigned_role_ids: List of role IDs to assign to the member
        """
        return await self._call(61, (self._org(organization_id), user_id), None, body_of({'role': role, 'assigned_role_ids': assigned_role_ids}))

    async def delete(
        self,
        user_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Remove an organization member

        Removes a user from the organization

        `DELETE /v1/organizations/{organizationId}/members/{userId}` (memberDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            user_id: ID of the requested user.
        """
        return await self._call(62, (self._org(organization_id), user_id))
