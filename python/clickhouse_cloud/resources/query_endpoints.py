# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.query_endpoints` and `async_client.query_endpoints`: the sync and async resource classes
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
    ServiceQueryAPIEndpoint,
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


class QueryEndpointsResource(Resource):
    """`client.query_endpoints`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Get the service query endpoint for a given instance

        Get the configuration for the service query endpoint that allows executing queries via API.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(20, (self._org(organization_id), service_id))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete the service query endpoint for a given instance

        Removes the service query endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(21, (self._org(organization_id), service_id))

    def upsert(
        self,
        service_id: Id,
        *,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        open_api_keys: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Upsert the service query endpoint for a given instance

        Create the service query endpoint that allows executing queries via API.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointUpsert)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            roles: The roles
            open_api_keys: The version of the service query endpoint
            allowed_origins: The allowed origins as comma separated list of domains
        """
        return self._call(22, (self._org(organization_id), service_id), None, body_of({'roles': roles, 'open_api_keys': open_api_keys, 'allowed_origins': allowed_origins}))


class AsyncQueryEndpointsResource(AsyncResource):
    """`async_client.query_endpoints`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Get the service query endpoint for a given instance

        Get the configuration for the service query endpoint that allows executing queries via API.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointGet)

        Permissions: `control-plane:service:view-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(20, (self._org(organization_id), service_id))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete the service query endpoint for a given instance

        Removes the service query endpoint.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointDelete)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(21, (self._org(organization_id), service_id))

    async def upsert(
        self,
        service_id: Id,
        *,
        roles: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        open_api_keys: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        allowed_origins: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceQueryAPIEndpoint:
        """Upsert the service query endpoint for a given instance

        Create the service query endpoint that allows executing queries via API.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint` (instanceQueryEndpointUpsert)

        Permissions: `control-plane:service:manage-query-api-endpoints`.

        Args:
            service_id: ID of the requested service.
            roles: The roles
            open_api_keys: The version of the service query endpoint
            allowed_origins: The allowed origins as comma separated list of domains
        """
        return await self._call(22, (self._org(organization_id), service_id), None, body_of({'roles': roles, 'open_api_keys': open_api_keys, 'allowed_origins': allowed_origins}))
