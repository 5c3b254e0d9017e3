# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.postgres` and `async_client.postgres`: the sync and async resource classes
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
    PgConfig,
    PostgresBackup,
    PostgresInstanceConfig,
    PostgresInstanceUpdateConfigResponse,
    PostgresIpAccessListEntry,
    PostgresLogEntry,
    PostgresMetrics,
    PostgresService,
    PostgresServiceListItem,
    PostgresServicePasswordResource,
    PostgresSlowQueryPattern,
    PostgresSlowQueryPatternDetail,
    ResourceTagsV1,
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


class PostgresBackupsResource(Resource):
    """`client.postgres.backups`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PostgresBackup]:
        """List of Postgres service backups

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of the base backups retained for a Postgres service, ordered by last modified date, newest first. Results are capped at `limit` (default and maximum 100) per page. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null. A Postgres service is recovered to a point in time rather than to a single backup, so restore it with the restore endpoint and a timestamp between the service's `earliestRestoreTime` and now, rather than with a backup key from this list.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/backups` (postgresServiceBackupGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the Postgres service the backups were created from.
            limit: Maximum number of results to return.
        """
        return self._pager(134, (self._org(organization_id), postgres_id), {'limit': limit}, 'cursor', 'postgres.backups.list')


class AsyncPostgresBackupsResource(AsyncResource):
    """`async_client.postgres.backups`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PostgresBackup]:
        """List of Postgres service backups

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of the base backups retained for a Postgres service, ordered by last modified date, newest first. Results are capped at `limit` (default and maximum 100) per page. Every response carries `limit`, `totalCount` and `nextCursor`; pass `nextCursor` as the `cursor` query parameter to fetch the next page, repeating until it is null. A Postgres service is recovered to a point in time rather than to a single backup, so restore it with the restore endpoint and a timestamp between the service's `earliestRestoreTime` and now, rather than with a backup key from this list.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/backups` (postgresServiceBackupGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the Postgres service the backups were created from.
            limit: Maximum number of results to return.
        """
        return self._pager(134, (self._org(organization_id), postgres_id), {'limit': limit}, 'cursor', 'postgres.backups.list')


class PostgresLogsResource(Resource):
    """`client.postgres.logs`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        body_contains: Optional[str] = None,
        severity: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PostgresLogEntry]:
        """List Postgres server logs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns PostgreSQL server log entries for a Postgres service within the given time window, most recent first by default (override with `sort_order`). Results are paginated with `limit`/`offset`; advance `offset` until a page returns fewer than `limit` entries to read the full window. The time range must not exceed 30 days, and `to_date` must be after `from_date`.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/logs` (postgresLogsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Inclusive end of the time window (RFC 3339 date-time).
            body_contains: Case-sensitive substring the log body must contain.
            severity: Filter to log entries with this PostgreSQL severity (for example, ERROR, WARNING, LOG).
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(137, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'body_contains': body_contains, 'severity': severity, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.logs.list')


class AsyncPostgresLogsResource(AsyncResource):
    """`async_client.postgres.logs`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        body_contains: Optional[str] = None,
        severity: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PostgresLogEntry]:
        """List Postgres server logs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns PostgreSQL server log entries for a Postgres service within the given time window, most recent first by default (override with `sort_order`). Results are paginated with `limit`/`offset`; advance `offset` until a page returns fewer than `limit` entries to read the full window. The time range must not exceed 30 days, and `to_date` must be after `from_date`.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/logs` (postgresLogsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Inclusive end of the time window (RFC 3339 date-time).
            body_contains: Case-sensitive substring the log body must contain.
            severity: Filter to log entries with this PostgreSQL severity (for example, ERROR, WARNING, LOG).
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(137, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'body_contains': body_contains, 'severity': severity, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.logs.list')


class PostgresSlowQueryPatternsResource(Resource):
    """`client.postgres.slow_query_patterns`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        db_name: Optional[str] = None,
        db_user: Optional[str] = None,
        db_operation: Optional[str] = None,
        app: Optional[str] = None,
        sort_by: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[PostgresSlowQueryPattern]:
        """List Postgres slow query patterns

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for the slowest query patterns observed on a Postgres service during the given time window. Use this to discover which queries dominate total execution time, CPU, I/O, or WAL generation.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns` (slowQueryPatternsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            sort_by: Field to sort results by.
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(135, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'sort_by': sort_by, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.slow_query_patterns.list')

    def get(
        self,
        postgres_id: Id,
        query_id: str,
        *,
        db_name: str,
        db_user: str,
        db_operation: str,
        app: Optional[str] = None,
        timestamp: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresSlowQueryPatternDetail:
        """Get a Postgres slow query pattern with recent executions

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for a single slow query pattern together with its most recent individual executions.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}` (slowQueryPatternGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
            query_id: Stable identifier for the query pattern.
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            timestamp: Timestamp of a specific execution (RFC 3339).
        """
        return self._call(136, (self._org(organization_id), postgres_id, query_id), {'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'timestamp': timestamp})


class AsyncPostgresSlowQueryPatternsResource(AsyncResource):
    """`async_client.postgres.slow_query_patterns`: Postgres operations."""

    __slots__ = ()

    def list(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        db_name: Optional[str] = None,
        db_user: Optional[str] = None,
        db_operation: Optional[str] = None,
        app: Optional[str] = None,
        sort_by: Optional[str] = None,
        sort_order: Optional[str] = None,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[PostgresSlowQueryPattern]:
        """List Postgres slow query patterns

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for the slowest query patterns observed on a Postgres service during the given time window. Use this to discover which queries dominate total execution time, CPU, I/O, or WAL generation.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns` (slowQueryPatternsGetList)

        Permissions: `control-plane:postgres-service:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            postgres_id: ID of the requested Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            sort_by: Field to sort results by.
            sort_order: Sort order. One of `asc` or `desc`.
            limit: Maximum number of results to return.
        """
        return self._pager(135, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'sort_by': sort_by, 'sort_order': sort_order, 'limit': limit}, 'offset', 'postgres.slow_query_patterns.list')

    async def get(
        self,
        postgres_id: Id,
        query_id: str,
        *,
        db_name: str,
        db_user: str,
        db_operation: str,
        app: Optional[str] = None,
        timestamp: Optional[DateTimeLike] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresSlowQueryPatternDetail:
        """Get a Postgres slow query pattern with recent executions

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns aggregate metrics for a single slow query pattern together with its most recent individual executions.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/slowQueryPatterns/{queryId}` (slowQueryPatternGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
            query_id: Stable identifier for the query pattern.
            db_name: Database name filter.
            db_user: Database user filter.
            db_operation: Database operation filter (for example, SELECT, INSERT, UPDATE, DELETE, UTILITY).
            app: Application name filter.
            timestamp: Timestamp of a specific execution (RFC 3339).
        """
        return await self._call(136, (self._org(organization_id), postgres_id, query_id), {'db_name': db_name, 'db_user': db_user, 'db_operation': db_operation, 'app': app, 'timestamp': timestamp})


class PostgresResource(Resource):
    """`client.postgres`: Postgres operations."""

    __slots__ = ()

    @property
    def backups(self) -> PostgresBackupsResource:
        return PostgresBackupsResource(self._client)

    @property
    def logs(self) -> PostgresLogsResource:
        return PostgresLogsResource(self._client)

    @property
    def slow_query_patterns(self) -> PostgresSlowQueryPatternsResource:
        return PostgresSlowQueryPatternsResource(self._client)

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        postgres_version: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[PostgresIpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create new Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Creates a new Postgres service in the organization and returns it. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/postgres` (postgresServiceCreate)

        Permissions: `control-plane:organization:create-service`.

        Args:
            ip_access_list: IPv4 TCP access rules to apply when creating the service. Omit to allow all IPv4 and IPv6 addresses on Postgres (5432) and PgBouncer (6432). Provide an empty list to block public access. When provided, only these rules are allowed; include separate rules for each required port.
        """
        return self._call(118, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'postgres_version': postgres_version, 'size': size, 'ha_type': ha_type, 'tags': tags, 'ip_access_list': ip_access_list, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresServiceListItem]:
        """List of organization Postgres services

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of all Postgres services in the organization.

        `GET /v1/organizations/{organizationId}/postgres` (postgresServiceGetList)

        Permissions: `control-plane:postgres-service:view`.
        """
        return self._call(119, (self._org(organization_id),))

    def get(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Get PostgreSQL service details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a Postgres service that belongs to the organization

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(121, (self._org(organization_id), postgres_id))

    def delete(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Deletes a Postgres service that belongs to the organization

        `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceDelete)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(122, (self._org(organization_id), postgres_id))

    def update(
        self,
        postgres_id: Id,
        *,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update a Postgres service that belongs to the organization. **WARNING:** Changing the name also updates the host name and certificates for the service.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServicePatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(123, (self._org(organization_id), postgres_id), None, body_of({'ip_access_list': ip_access_list, 'name': name, 'size': size, 'ha_type': ha_type, 'tags': tags}))

    def get_ca_certificates(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get Postgres CA certs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Download CA certificates for a PostgreSQL service

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates` (postgresServiceCertsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(124, (self._org(organization_id), postgres_id))

    def restore(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        restore_target: Union[DateTimeLike, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Restore a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Restore a Postgres database from continuous backup, optionally at a specific point in time.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService` (postgresInstanceRestore)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(125, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'restore_target': restore_target, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    def reset_password(
        self,
        postgres_id: Id,
        *,
        password: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresServicePasswordResource:
        """Update Postgres superuser password

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Sets a new password for a Postgres service's superuser account.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/password` (postgresServiceSetPassword)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(126, (self._org(organization_id), postgres_id), None, body_of({'password': password}))

    def update_state(
        self,
        postgres_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update Postgres service state

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate a process for a Postgres service:
        * restart: Initiates a service restart
        * promote: Promotes a read replica to primary
        * switchover: Switch a primary over to a standby

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/state` (postgresServicePatchState)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
            command: Postgres status, which initiates a process.
        """
        return self._call(127, (self._org(organization_id), postgres_id), None, body_of({'command': command}))

    def create_read_replica(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create a read replica for a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate the process to create a new read replica for a Postgres service.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica` (postgresInstanceCreateReadReplica)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(128, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    def get_config(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceConfig:
        """Get PostgreSQL service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the configuration data for a Postgres service and its PgBouncer service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(129, (self._org(organization_id), postgres_id))

    def set_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Replace Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Replace the existing Postgres service and pgBouncer configuration.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPost)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(130, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def update_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Update Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update the existing Postgres service and pgBouncer configuration.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return self._call(131, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    def get_metrics(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        bucket_size_seconds: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresMetrics:
        """Get Postgres time-series metrics

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns bucketed time-series metrics for a PostgreSQL service over the requested window (CPU, memory, disk, network, connections, cache hit ratio, throughput, transactions, wait events, lock waits, and more). Use this to chart or analyze how a service behaved over time.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics` (postgresInstanceMetricsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            bucket_size_seconds: Time-series bucket size in seconds. When omitted, a bucket size is derived from the requested window. Requests are capped at 250 data points.
        """
        return self._call(133, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'bucket_size_seconds': bucket_size_seconds})


class AsyncPostgresResource(AsyncResource):
    """`async_client.postgres`: Postgres operations."""

    __slots__ = ()

    @property
    def backups(self) -> AsyncPostgresBackupsResource:
        return AsyncPostgresBackupsResource(self._client)

    @property
    def logs(self) -> AsyncPostgresLogsResource:
        return AsyncPostgresLogsResource(self._client)

    @property
    def slow_query_patterns(self) -> AsyncPostgresSlowQueryPatternsResource:
        return AsyncPostgresSlowQueryPatternsResource(self._client)

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        postgres_version: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[PostgresIpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create new Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Creates a new Postgres service in the organization and returns it. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/postgres` (postgresServiceCreate)

        Permissions: `control-plane:organization:create-service`.

        Args:
            ip_access_list: IPv4 TCP access rules to apply when creating the service. Omit to allow all IPv4 and IPv6 addresses on Postgres (5432) and PgBouncer (6432). Provide an empty list to block public access. When provided, only these rules are allowed; include separate rules for each required port.
        """
        return await self._call(118, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'postgres_version': postgres_version, 'size': size, 'ha_type': ha_type, 'tags': tags, 'ip_access_list': ip_access_list, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def list(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[PostgresServiceListItem]:
        """List of organization Postgres services

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a list of all Postgres services in the organization.

        `GET /v1/organizations/{organizationId}/postgres` (postgresServiceGetList)

        Permissions: `control-plane:postgres-service:view`.
        """
        return await self._call(119, (self._org(organization_id),))

    async def get(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Get PostgreSQL service details

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns a Postgres service that belongs to the organization

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(121, (self._org(organization_id), postgres_id))

    async def delete(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Deletes a Postgres service that belongs to the organization

        `DELETE /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServiceDelete)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(122, (self._org(organization_id), postgres_id))

    async def update(
        self,
        postgres_id: Id,
        *,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        size: Union[str, NotGiven] = NOT_GIVEN,
        ha_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update a PostgreSQL service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update a Postgres service that belongs to the organization. **WARNING:** Changing the name also updates the host name and certificates for the service.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}` (postgresServicePatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(123, (self._org(organization_id), postgres_id), None, body_of({'ip_access_list': ip_access_list, 'name': name, 'size': size, 'ha_type': ha_type, 'tags': tags}))

    async def get_ca_certificates(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> str:
        """Get Postgres CA certs

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Download CA certificates for a PostgreSQL service

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/caCertificates` (postgresServiceCertsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(124, (self._org(organization_id), postgres_id))

    async def restore(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        restore_target: Union[DateTimeLike, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Restore a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Restore a Postgres database from continuous backup, optionally at a specific point in time.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/restoredService` (postgresInstanceRestore)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(125, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'restore_target': restore_target, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    async def reset_password(
        self,
        postgres_id: Id,
        *,
        password: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresServicePasswordResource:
        """Update Postgres superuser password

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Sets a new password for a Postgres service's superuser account.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/password` (postgresServiceSetPassword)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(126, (self._org(organization_id), postgres_id), None, body_of({'password': password}))

    async def update_state(
        self,
        postgres_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Update Postgres service state

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate a process for a Postgres service:
        * restart: Initiates a service restart
        * promote: Promotes a read replica to primary
        * switchover: Switch a primary over to a standby

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/state` (postgresServicePatchState)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
            command: Postgres status, which initiates a process.
        """
        return await self._call(127, (self._org(organization_id), postgres_id), None, body_of({'command': command}))

    async def create_read_replica(
        self,
        postgres_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresService:
        """Create a read replica for a Postgres service

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Initiate the process to create a new read replica for a Postgres service.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/readReplica` (postgresInstanceCreateReadReplica)

        Permissions: `control-plane:postgres-service:manage`, `control-plane:organization:create-service`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(128, (self._org(organization_id), postgres_id), None, body_of({'name': name, 'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config, 'tags': tags}))

    async def get_config(
        self,
        postgres_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceConfig:
        """Get PostgreSQL service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the configuration data for a Postgres service and its PgBouncer service.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(129, (self._org(organization_id), postgres_id))

    async def set_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Replace Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Replace the existing Postgres service and pgBouncer configuration.

        `POST /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPost)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(130, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def update_config(
        self,
        postgres_id: Id,
        *,
        pg_config: Union[Union[PgConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        pg_bouncer_config: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> PostgresInstanceUpdateConfigResponse:
        """Update Postgres service configuration

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update the existing Postgres service and pgBouncer configuration.

        `PATCH /v1/organizations/{organizationId}/postgres/{postgresId}/config` (postgresInstanceConfigPatch)

        Permissions: `control-plane:postgres-service:manage`.

        Args:
            postgres_id: ID of the requested Postgres service.
        """
        return await self._call(131, (self._org(organization_id), postgres_id), None, body_of({'pg_config': pg_config, 'pg_bouncer_config': pg_bouncer_config}))

    async def get_metrics(
        self,
        postgres_id: Id,
        *,
        from_date: DateTimeLike,
        to_date: DateTimeLike,
        bucket_size_seconds: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> PostgresMetrics:
        """Get Postgres time-series metrics

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns bucketed time-series metrics for a PostgreSQL service over the requested window (CPU, memory, disk, network, connections, cache hit ratio, throughput, transactions, wait events, lock waits, and more). Use this to chart or analyze how a service behaved over time.

        `GET /v1/organizations/{organizationId}/postgres/{postgresId}/metrics` (postgresInstanceMetricsGet)

        Permissions: `control-plane:postgres-service:view`.

        Args:
            postgres_id: ID of the Postgres service.
            from_date: Inclusive start of the time window (RFC 3339 date-time).
            to_date: Exclusive end of the time window (RFC 3339 date-time).
            bucket_size_seconds: Time-series bucket size in seconds. When omitted, a bucket size is derived from the requested window. Requests are capped at 250 data points.
        """
        return await self._call(133, (self._org(organization_id), postgres_id), {'from_date': from_date, 'to_date': to_date, 'bucket_size_seconds': bucket_size_seconds})
