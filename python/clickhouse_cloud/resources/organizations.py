# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.organizations` and `async_client.organizations`: the sync and async resource classes
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
    Organization,
    OrganizationCloudRegionPrivateEndpointConfig,
    WhoamiApiKey,
    WhoamiUser,
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


class OrganizationsResource(Resource):
    """`client.organizations`: User management operations."""

    __slots__ = ()

    def whoami(
        self,
    ) -> Union[WhoamiUser, WhoamiApiKey, dict[str, Any]]:
        """Resolve the caller identity

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the identity of the authenticated caller. For a user (JWT or clickhousectl token) the result carries the user fields; for an organization API key it carries the key fields instead. Use `actorType` to tell the two apart.

        `GET /v1/whoami` (whoamiGet)

        Permissions: none beyond a valid key.
        """
        return self._call(0, ())

    def list(
        self,
        *,
        limit: Optional[int] = None,
    ) -> Pager[Organization]:
        """Get list of available organizations

        Returns the organizations available to the caller, oldest first. An API key resolves to the single organization it belongs to; a user token returns every organization the user is a member of. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations` (organizationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(1, (), {'limit': limit}, 'cursor', 'organizations.list')

    def get(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Get organization details

        Returns details of a single organization. In order to get the details, the auth key must belong to the organization.

        `GET /v1/organizations/{organizationId}` (organizationGet)

        Permissions: `control-plane:organization:view`.
        """
        return self._call(2, (self._org(organization_id),))

    def update(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        private_endpoints: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Update organization details

        Updates organization fields. Requires ADMIN auth key role.

        `PATCH /v1/organizations/{organizationId}` (organizationUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the organization.
            enable_core_dumps: Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
        """
        return self._call(3, (self._org(organization_id),), None, body_of({'name': name, 'private_endpoints': private_endpoints, 'enable_core_dumps': enable_core_dumps}))

    def list_private_endpoint_configs(
        self,
        *,
        cloud_provider: str,
        region_id: str,
        organization_id: Optional[Id] = None,
    ) -> OrganizationCloudRegionPrivateEndpointConfig:
        """Get private endpoint configuration for region within cloud provider for an organization

        Deprecated. Please follow [documentation](https://clickhouse.com/docs/manage/security/aws-privatelink#add-endpoint-id-to-services-allow-list) for the updated process.

        `GET /v1/organizations/{organizationId}/privateEndpointConfig` (organizationPrivateEndpointConfigGetList)

        Permissions: `control-plane:organization:view`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            cloud_provider: Cloud provider identifier. One of aws, gcp, or azure.
            region_id: Region identifier within specific cloud providers.
        """
        warn_deprecated('organizations.list_private_endpoint_configs')
        return self._call(138, (self._org(organization_id),), {'cloud_provider': cloud_provider, 'region_id': region_id})


class AsyncOrganizationsResource(AsyncResource):
    """`async_client.organizations`: User management operations."""

    __slots__ = ()

    async def whoami(
        self,
    ) -> Union[WhoamiUser, WhoamiApiKey, dict[str, Any]]:
        """Resolve the caller identity

        **Disclaimer:** This beta endpoint is evolving; the API contract may change. <br /><br /> Returns the identity of the authenticated caller. For a user (JWT or clickhousectl token) the result carries the user fields; for an organization API key it carries the key fields instead. Use `actorType` to tell the two apart.

        `GET /v1/whoami` (whoamiGet)

        Permissions: none beyond a valid key.
        """
        return await self._call(0, ())

    def list(
        self,
        *,
        limit: Optional[int] = None,
    ) -> AsyncPager[Organization]:
        """Get list of available organizations

        Returns the organizations available to the caller, oldest first. An API key resolves to the single organization it belongs to; a user token returns every organization the user is a member of. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations` (organizationGetList)

        Permissions: none beyond a valid key.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of results to return.
        """
        return self._pager(1, (), {'limit': limit}, 'cursor', 'organizations.list')

    async def get(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Get organization details

        Returns details of a single organization. In order to get the details, the auth key must belong to the organization.

        `GET /v1/organizations/{organizationId}` (organizationGet)

        Permissions: `control-plane:organization:view`.
        """
        return await self._call(2, (self._org(organization_id),))

    async def update(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        private_endpoints: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Organization:
        """Update organization details

        Updates organization fields. Requires ADMIN auth key role.

        `PATCH /v1/organizations/{organizationId}` (organizationUpdate)

        Permissions: `control-plane:organization:manage`.

        Args:
            name: Name of the organization.
            enable_core_dumps: Whether crash reports (core dumps) collection is enabled for services in the organization. When disabled at the organization level, individual services cannot enable crash reports.
        """
        return await self._call(3, (self._org(organization_id),), None, body_of({'name': name, 'private_endpoints': private_endpoints, 'enable_core_dumps': enable_core_dumps}))

    async def list_private_endpoint_configs(
        self,
        *,
        cloud_provider: str,
        region_id: str,
        organization_id: Optional[Id] = None,
    ) -> OrganizationCloudRegionPrivateEndpointConfig:
        """Get private endpoint configuration for region within cloud provider for an organization

        Deprecated. Please follow [documentation](https://clickhouse.com/docs/manage/security/aws-privatelink#add-endpoint-id-to-services-allow-list) for the updated process.

        `GET /v1/organizations/{organizationId}/privateEndpointConfig` (organizationPrivateEndpointConfigGetList)

        Permissions: `control-plane:organization:view`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            cloud_provider: Cloud provider identifier. One of aws, gcp, or azure.
            region_id: Region identifier within specific cloud providers.
        """
        warn_deprecated('organizations.list_private_endpoint_configs')
        return await self._call(138, (self._org(organization_id),), {'cloud_provider': cloud_provider, 'region_id': region_id})
