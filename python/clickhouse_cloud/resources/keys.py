# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.keys` and `async_client.keys`: the sync and async resource classes
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
    ApiKey,
    CreatedKey,
    IpAccessListEntry,
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


class KeysResource(Resource):
    """`client.keys`: API keys operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[ApiKey]:
        """Get list of keys

        Returns a list of keys in the organization, ordered by creation date, oldest first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/keys` (openapiKeyGetList)

        Permissions: `control-plane:organization:view-api-keys`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(54, (self._org(organization_id),), {'limit': limit}, 'cursor', 'keys.list')

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        hash_data: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> CreatedKey:
        """Create key

        Creates new API key.

        `POST /v1/organizations/{organizationId}/keys` (openapiKeyCreate)

        Permissions: `control-plane:organization:create-api-keys`.

        Args:
            name: Name of the key.
            expire_at: Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
            state: Initial state of the key: 'enabled', 'disabled'. If not provided the new key will be 'enabled'.
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key. Contains at least 1 element.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return self._call(55, (self._org(organization_id),), None, body_of({'name': name, 'expire_at': expire_at, 'state': state, 'hash_data': hash_data, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'ip_access_list': ip_access_list}))

    def get(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Get key details

        Returns a single key details.

        `GET /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyGet)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the requested key.
        """
        return self._call(56, (self._org(organization_id), key_id))

    def update(
        self,
        key_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Update key

        Updates API key properties.

        `PATCH /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyUpdate)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to update.
            name: Name of the key
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            expire_at: Timestamp the key expires. If `null` or is empty the key never expires. ISO-8601.
            state: State of the key: 'enabled', 'disabled'.
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return self._call(57, (self._org(organization_id), key_id), None, body_of({'name': name, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'expire_at': expire_at, 'state': state, 'ip_access_list': ip_access_list}))

    def delete(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete key

        Deletes API key. Only a key not used to authenticate the active request can be deleted.

        `DELETE /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyDelete)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to delete.
        """
        return self._call(58, (self._org(organization_id), key_id))


class AsyncKeysResource(AsyncResource):
    """`async_client.keys`: API keys operations."""

    __slots__ = ()

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[ApiKey]:
        """Get list of keys

        Returns a list of keys in the organization, ordered by creation date, oldest first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/keys` (openapiKeyGetList)

        Permissions: `control-plane:organization:view-api-keys`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(54, (self._org(organization_id),), {'limit': limit}, 'cursor', 'keys.list')

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        hash_data: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> CreatedKey:
        """Create key

        Creates new API key.

        `POST /v1/organizations/{organizationId}/keys` (openapiKeyCreate)

        Permissions: `control-plane:organization:create-api-keys`.

        Args:
            name: Name of the key.
            expire_at: Timestamp the key expires. If not present, `null` or is empty the key never expires. ISO-8601.
            state: Initial state of the key: 'enabled', 'disabled'. If not provided the new key will be 'enabled'.
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key. Contains at least 1 element.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return await self._call(55, (self._org(organization_id),), None, body_of({'name': name, 'expire_at': expire_at, 'state': state, 'hash_data': hash_data, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'ip_access_list': ip_access_list}))

    async def get(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Get key details

        Returns a single key details.

        `GET /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyGet)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the requested key.
        """
        return await self._call(56, (self._org(organization_id), key_id))

    async def update(
        self,
        key_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        assigned_role_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        expire_at: Union[Optional[DateTimeLike], NotGiven] = NOT_GIVEN,
        state: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ApiKey:
        """Update key

        Updates API key properties.

        `PATCH /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyUpdate)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to update.
            name: Name of the key
            roles: DEPRECATED. Use `assignedRoleIds` instead. List of roles assigned to the key.
            assigned_role_ids: Array of role UUIDs to assign to the API key
            expire_at: Timestamp the key expires. If `null` or is empty the key never expires. ISO-8601.
            state: State of the key: 'enabled', 'disabled'.
            ip_access_list: List of IP addresses allowed to access the API using this key
        """
        return await self._call(57, (self._org(organization_id), key_id), None, body_of({'name': name, 'roles': roles, 'assigned_role_ids': assigned_role_ids, 'expire_at': expire_at, 'state': state, 'ip_access_list': ip_access_list}))

    async def delete(
        self,
        key_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete key

        Deletes API key. Only a key not used to authenticate the active request can be deleted.

        `DELETE /v1/organizations/{organizationId}/keys/{keyId}` (openapiKeyDelete)

        Permissions: `control-plane:organization:view-api-keys`.

        Args:
            key_id: ID of the key to delete.
        """
        return await self._call(58, (self._org(organization_id), key_id))
