# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.saved_queries` and `async_client.saved_queries`: the sync and async resource classes
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
    PublicSavedQuery,
    PublicSavedQueryListItem,
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


class SavedQueriesResource(Resource):
    """`client.saved_queries`: Saved queries operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PublicSavedQueryListItem]:
        """List saved queries

        Returns saved queries for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryList)

        Permissions: `control-plane:service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(157, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'saved_queries.list')

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Create a saved query

        Creates a saved query.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryCreate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return self._call(158, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))

    def delete(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a saved query

        Deletes a saved query.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return self._call(159, (self._org(organization_id), service_id, query_id))

    def get(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Get a saved query

        Returns a saved query.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return self._call(160, (self._org(organization_id), service_id, query_id))

    def update(
        self,
        service_id: Id,
        query_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Update a saved query

        Updates a saved query.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return self._call(161, (self._org(organization_id), service_id, query_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))


class AsyncSavedQueriesResource(AsyncResource):
    """`async_client.saved_queries`: Saved queries operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PublicSavedQueryListItem]:
        """List saved queries

        Returns saved queries for the service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryList)

        Permissions: `control-plane:service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            service_id: ID of the requested service.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(157, (self._org(organization_id), service_id), {'limit': limit}, 'cursor', 'saved_queries.list')

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Create a saved query

        Creates a saved query.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/saved-queries` (savedQueryCreate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return await self._call(158, (self._org(organization_id), service_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))

    async def delete(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a saved query

        Deletes a saved query.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryDelete)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return await self._call(159, (self._org(organization_id), service_id, query_id))

    async def get(
        self,
        service_id: Id,
        query_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Get a saved query

        Returns a saved query.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
        """
        return await self._call(160, (self._org(organization_id), service_id, query_id))

    async def update(
        self,
        service_id: Id,
        query_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        sql: Union[str, NotGiven] = NOT_GIVEN,
        database: Union[str, NotGiven] = NOT_GIVEN,
        parameters: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PublicSavedQuery:
        """Update a saved query

        Updates a saved query.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/saved-queries/{queryId}` (savedQueryUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the requested service.
            query_id: ID of the requested saved query.
            name: Name of the saved query.
            sql: Saved SQL query.
            database: Database used by the saved query.
            parameters: Default query parameters.
        """
        return await self._call(161, (self._org(organization_id), service_id, query_id), None, body_of({'name': name, 'sql': sql, 'database': database, 'parameters': parameters}))
