# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.snapshots` and `async_client.snapshots`: the sync and async resource classes
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
    Snapshot,
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


class SnapshotsResource(Resource):
    """`client.snapshots`: Snapshot operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Snapshot]:
        """List of service snapshots

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of snapshots for the service, most recent first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots` (snapshotGetList)

        Permissions: `control-plane:service:view-snapshots`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the service the snapshot was created from.
            limit: Maximum number of results to return.
        """
        return self._pager(42, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'snapshots.list')

    def get(
        self,
        service_id: Id,
        snapshot_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Snapshot:
        """Get snapshot details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a single snapshot info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots/{snapshotId}` (snapshotGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service the snapshot was created from.
            snapshot_id: ID of the requested snapshot.
        """
        return self._call(43, (self._org(organization_id), service_id, snapshot_id))


class AsyncSnapshotsResource(AsyncResource):
    """`async_client.snapshots`: Snapshot operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Snapshot]:
        """List of service snapshots

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of snapshots for the service, most recent first. Results are capped at `limit` (default 250) per page; the server may return fewer and caps the value at its own maximum. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots` (snapshotGetList)

        Permissions: `control-plane:service:view-snapshots`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the service the snapshot was created from.
            limit: Maximum number of results to return.
        """
        return self._pager(42, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'snapshots.list')

    async def get(
        self,
        service_id: Id,
        snapshot_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Snapshot:
        """Get snapshot details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a single snapshot info.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/snapshots/{snapshotId}` (snapshotGet)

        Permissions: `control-plane:service:view-snapshots`.

        Args:
            service_id: ID of the service the snapshot was created from.
            snapshot_id: ID of the requested snapshot.
        """
        return await self._call(43, (self._org(organization_id), service_id, snapshot_id))
