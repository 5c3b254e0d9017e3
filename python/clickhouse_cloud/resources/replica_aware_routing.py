# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.replica_aware_routing` and `async_client.replica_aware_routing`: the sync and async resource classes
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
    ReplicaAwareRouting,
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


class ReplicaAwareRoutingResource(Resource):
    """`client.replica_aware_routing`: Service operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Get replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns whether replica aware routing (sticky routing) is enabled for HTTP and native connections on the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return self._call(48, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        http_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        native_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Update replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates replica aware routing (sticky routing) for the service. Requires the organization feature to be enabled. Provide at least one of httpEnabled, nativeEnabled; omit a field to leave it unchanged.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            http_enabled: Whether replica aware routing is enabled for HTTP connections. Omit to leave unchanged.
            native_enabled: Whether replica aware routing is enabled for native protocol connections. Omit to leave unchanged.
        """
        return self._call(49, (self._org(organization_id), service_id), None, body_of({'http_enabled': http_enabled, 'native_enabled': native_enabled}))


class AsyncReplicaAwareRoutingResource(AsyncResource):
    """`async_client.replica_aware_routing`: Service operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Get replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns whether replica aware routing (sticky routing) is enabled for HTTP and native connections on the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(48, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        http_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        native_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReplicaAwareRouting:
        """Update replica aware routing

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Updates replica aware routing (sticky routing) for the service. Requires the organization feature to be enabled. Provide at least one of httpEnabled, nativeEnabled; omit a field to leave it unchanged.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaAwareRouting` (replicaAwareRoutingUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service.
            http_enabled: Whether replica aware routing is enabled for HTTP connections. Omit to leave unchanged.
            native_enabled: Whether replica aware routing is enabled for native protocol connections. Omit to leave unchanged.
        """
        return await self._call(49, (self._org(organization_id), service_id), None, body_of({'http_enabled': http_enabled, 'native_enabled': native_enabled}))
