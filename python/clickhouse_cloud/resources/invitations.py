# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.invitations` and `async_client.invitations`: the sync and async resource classes
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
    Invitation,
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


class InvitationsResource(Resource):
    """`client.invitations`: User management operations."""

    __slots__ = ()

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Invitation]:
        """List all invitations

        Returns list of all organization invitations.

        `GET /v1/organizations/{organizationId}/invitations` (invitationGetList)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(63, (self._org(organization_id),))

    def create(
        self,
        *,
        email: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Create an invitation

        Creates organization invitation.

        `POST /v1/organizations/{organizationId}/invitations` (invitationCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            email: Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
            role: DEPRECATED. Use `assignedRoleIds` instead. Role to assign to the invited user in the organization.
            assigned_role_ids: List of role IDs to assign to the invited user when they accept the invitation
        """
        return self._call(64, (self._org(organization_id),), None, body_of({'email': email, 'role': role, 'assigned_role_ids': assigned_role_ids}))

    def get(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Get invitation details

        Returns details for a single organization invitation.

        `GET /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationGet)

        Permissions: `control-plane:organization:view`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return self._call(65, (self._org(organization_id), invitation_id))

    def delete(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete organization invitation

        Deletes a single organization invitation.

        `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return self._call(66, (self._org(organization_id), invitation_id))


class AsyncInvitationsResource(AsyncResource):
    """`async_client.invitations`: User management operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Invitation]:
        """List all invitations

        Returns list of all organization invitations.

        `GET /v1/organizations/{organizationId}/invitations` (invitationGetList)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(63, (self._org(organization_id),))

    async def create(
        self,
        *,
        email: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[str, NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Create an invitation

        Creates organization invitation.

        `POST /v1/organizations/{organizationId}/invitations` (invitationCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            email: Email of the invited user. Only a user with this email can join using the invitation. The email is stored in a lowercase form.
            role: DEPRECATED. Use `assignedRoleIds` instead. Role to assign to the invited user in the organization.
            assigned_role_ids: List of role IDs to assign to the invited user when they accept the invitation
        """
        return await self._call(64, (self._org(organization_id),), None, body_of({'email': email, 'role': role, 'assigned_role_ids': assigned_role_ids}))

    async def get(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Invitation:
        """Get invitation details

        Returns details for a single organization invitation.

        `GET /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationGet)

        Permissions: `control-plane:organization:view`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return await self._call(65, (self._org(organization_id), invitation_id))

    async def delete(
        self,
        invitation_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete organization invitation

        Deletes a single organization invitation.

        `DELETE /v1/organizations/{organizationId}/invitations/{invitationId}` (invitationDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            invitation_id: ID of the requested organization.
        """
        return await self._call(66, (self._org(organization_id), invitation_id))
