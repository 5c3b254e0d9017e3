# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.query_api_endpoints` and `async_client.query_api_endpoints`: the sync and async resource classes
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
    PublicQueryApiEndpoint,
    PublicQueryApiEndpointListItem,
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


class QueryApiEndpointsResource(Resource):
    """`client.query_api_endpoints`: Query API endpoints operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PublicQueryApiEndpointListItem]:
        """List Query API endpoints

        Returns all active Query API endpoints for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointList)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(152, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'query_api_endpoints.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Create a Query API endpoint

        Creates a Query API endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointCreate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return self._call(153, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))

    def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a Query API endpoint

        Deletes a Query API endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return self._call(154, (self._org(organization_id), service_id, endpoint_id))

    def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Get a Query API endpoint

        Returns a Query API endpoint.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return self._call(155, (self._org(organization_id), service_id, endpoint_id))

    def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Update a Query API endpoint

        Updates a Query API endpoint.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointUpdate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return self._call(156, (self._org(organization_id), service_id, endpoint_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))


class AsyncQueryApiEndpointsResource(AsyncResource):
    """`async_client.query_api_endpoints`: Query API endpoints operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PublicQueryApiEndpointListItem]:
        """List Query API endpoints

        Returns all active Query API endpoints for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointList)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(152, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'query_api_endpoints.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Create a Query API endpoint

        Creates a Query API endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints` (queryApiEndpointCreate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return await self._call(153, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))

    async def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a Query API endpoint

        Deletes a Query API endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return await self._call(154, (self._org(organization_id), service_id, endpoint_id))

    async def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Get a Query API endpoint

        Returns a Query API endpoint.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
        """
        return await self._call(155, (self._org(organization_id), service_id, endpoint_id))

    async def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        api_key_ids: Union[Sequence[Id], NotGiven] = NOT_GIVEN,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicQueryApiEndpoint:
        """Update a Query API endpoint

        Updates a Query API endpoint.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/query-api-endpoints/{endpointId}` (queryApiEndpointUpdate)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            endpoint_id: ID of the requested Query API endpoint.
            name: Name of the Query API endpoint.
            sql: SQL executed by the endpoint.
            database: Database used by the Query API endpoint.
            parameters: Default query parameters.
            api_key_ids: API key IDs allowed to call the endpoint.
            roles: Database roles used by the endpoint.
            allowed_origins: Origins allowed by the endpoint CORS policy.
        """
        return await self._call(156, (self._org(organization_id), service_id, endpoint_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters, 'api_key_ids': api_key_ids, 'roles': roles, 'allowed_origins': allowed_origins}))
