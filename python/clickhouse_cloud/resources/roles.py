# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.roles` and `async_client.roles`: the sync and async resource classes
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
    RBACRole,
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


class RolesResource(Resource):
    """`client.roles`: Role Management operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[RBACRole]:
        """List all available roles for an organization

        Returns all available roles (system + custom) for an organization.

        `GET /v1/organizations/{organizationId}/roles` (organizationRolesGetList)

        Permissions: `control-plane:organization:manage`.
        """
        return self._call(6, (self._org(organization_id),))

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Create a new role

        Creates a new custom role for an organization with specified policies and actors.

        `POST /v1/organizations/{organizationId}/roles` (organizationRolePost)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the role
            actors: List of actor resource IDs to assign to this role (e.g., ["user/uuid", "apiKey/uuid"])
            policies: List of policies to create for this role
        """
        return self._call(7, (self._org(organization_id),), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    def get(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Get role details

        Returns details for a specific role.

        `GET /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleGet)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return self._call(8, (self._org(organization_id), role_id))

    def update(
        self,
        role_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Update a role

        Updates an existing custom role. System roles cannot be updated. All fields are optional - only provided fields will be updated.

        `PATCH /v1/organizations/{organizationId}/roles/{roleId}` (organizationRolePatch)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
            name: New name for the role
            actors: New list of actor resource IDs (replaces existing actors)
            policies: New list of policies (replaces existing policies)
        """
        return self._call(9, (self._org(organization_id), role_id), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    def delete(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a role

        Deletes an existing custom role. System roles cannot be deleted. This operation will remove the role and all its associated policies.

        `DELETE /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return self._call(10, (self._org(organization_id), role_id))


class AsyncRolesResource(AsyncResource):
    """`async_client.roles`: Role Management operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[RBACRole]:
        """List all available roles for an organization

        Returns all available roles (system + custom) for an organization.

        `GET /v1/organizations/{organizationId}/roles` (organizationRolesGetList)

        Permissions: `control-plane:organization:manage`.
        """
        return await self._call(6, (self._org(organization_id),))

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Create a new role

        Creates a new custom role for an organization with specified policies and actors.

        `POST /v1/organizations/{organizationId}/roles` (organizationRolePost)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the role
            actors: List of actor resource IDs to assign to this role (e.g., ["user/uuid", "apiKey/uuid"])
            policies: List of policies to create for this role
        """
        return await self._call(7, (self._org(organization_id),), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    async def get(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Get role details

        Returns details for a specific role.

        `GET /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleGet)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return await self._call(8, (self._org(organization_id), role_id))

    async def update(
        self,
        role_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        actors: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        policies: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RBACRole:
        """Update a role

        Updates an existing custom role. System roles cannot be updated. All fields are optional - only provided fields will be updated.

        `PATCH /v1/organizations/{organizationId}/roles/{roleId}` (organizationRolePatch)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
            name: New name for the role
            actors: New list of actor resource IDs (replaces existing actors)
            policies: New list of policies (replaces existing policies)
        """
        return await self._call(9, (self._org(organization_id), role_id), None, body_of({'name': name, 'actors': actors, 'policies': policies}))

    async def delete(
        self,
        role_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a role

        Deletes an existing custom role. System roles cannot be deleted. This operation will remove the role and all its associated policies.

        `DELETE /v1/organizations/{organizationId}/roles/{roleId}` (organizationRoleDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            role_id: ID of the requested role.
        """
        return await self._call(10, (self._org(organization_id), role_id))
