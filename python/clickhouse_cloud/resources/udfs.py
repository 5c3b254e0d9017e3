# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.udfs` and `async_client.udfs`: the sync and async resource classes
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
    Udf,
    UdfAttachment,
    UdfUploadSession,
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


class UdfsAttachmentsResource(Resource):
    """`client.udfs.attachments`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[UdfAttachment]:
        """List UDF attachments

        Returns the current service attachments for a UDF, with at most one attachment per service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments` (udfAttachmentList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(167, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.attachments.list')

    def detach(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Detach UDF from service

        Detaches a UDF from a service.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfDetach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return self._call(168, (self._org(organization_id), function_name, service_id))

    def get(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Get UDF attachment

        Returns the current attachment of a UDF to one service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttachmentGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return self._call(169, (self._org(organization_id), function_name, service_id))

    def attach(
        self,
        function_name: str,
        service_id: Id,
        *,
        version: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Attach UDF to service

        Attaches one UDF version to a service, replacing the current version when necessary. When version is omitted, the latest ready version is attached.

        `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
            version: Version to attach. When omitted, the latest ready version is attached.
        """
        return self._call(170, (self._org(organization_id), function_name, service_id), None, body_of({'version': version}))


class AsyncUdfsAttachmentsResource(AsyncResource):
    """`async_client.udfs.attachments`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[UdfAttachment]:
        """List UDF attachments

        Returns the current service attachments for a UDF, with at most one attachment per service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments` (udfAttachmentList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(167, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.attachments.list')

    async def detach(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Detach UDF from service

        Detaches a UDF from a service.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfDetach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return await self._call(168, (self._org(organization_id), function_name, service_id))

    async def get(
        self,
        function_name: str,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Get UDF attachment

        Returns the current attachment of a UDF to one service.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttachmentGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
        """
        return await self._call(169, (self._org(organization_id), function_name, service_id))

    async def attach(
        self,
        function_name: str,
        service_id: Id,
        *,
        version: Union[int, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> UdfAttachment:
        """Attach UDF to service

        Attaches one UDF version to a service, replacing the current version when necessary. When version is omitted, the latest ready version is attached.

        `PUT /v1/organizations/{organizationId}/udfs/{functionName}/attachments/{serviceId}` (udfAttach)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            service_id: ID of the requested service.
            version: Version to attach. When omitted, the latest ready version is attached.
        """
        return await self._call(170, (self._org(organization_id), function_name, service_id), None, body_of({'version': version}))


class UdfsVersionsResource(Resource):
    """`client.udfs.versions`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Udf]:
        """List UDF versions

        Returns all versions of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(171, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.versions.list')

    def create(
        self,
        function_name: str,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF version

        Consumes a source archive, assigns a version, and starts the UDF build. Optional configuration fields omitted from the request use the defaults documented in the request schema; values are not inherited from the previous version. Retry by requesting a new upload URL and re-uploading.

        `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return self._call(172, (self._org(organization_id), function_name), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time}))

    def delete(
        self,
        function_name: str,
        version: int,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF version

        Deletes a UDF version. The UDF must not be attached to any services.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}` (udfVersionDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            version: Version number of the UDF.
        """
        return self._call(173, (self._org(organization_id), function_name, version))


class AsyncUdfsVersionsResource(AsyncResource):
    """`async_client.udfs.versions`: UDF operations."""

    __slots__ = ()

    def list(
        self,
        function_name: str,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Udf]:
        """List UDF versions

        Returns all versions of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            function_name: Name of the UDF.
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(171, (self._org(organization_id), function_name), {'limit': limit}, 'cursor', 'udfs.versions.list')

    async def create(
        self,
        function_name: str,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF version

        Consumes a source archive, assigns a version, and starts the UDF build. Optional configuration fields omitted from the request use the defaults documented in the request schema; values are not inherited from the previous version. Retry by requesting a new upload URL and re-uploading.

        `POST /v1/organizations/{organizationId}/udfs/{functionName}/versions` (udfVersionCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return await self._call(172, (self._org(organization_id), function_name), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time}))

    async def delete(
        self,
        function_name: str,
        version: int,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF version

        Deletes a UDF version. The UDF must not be attached to any services.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}/versions/{version}` (udfVersionDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
            version: Version number of the UDF.
        """
        return await self._call(173, (self._org(organization_id), function_name, version))


class UdfsResource(Resource):
    """`client.udfs`: UDF operations."""

    __slots__ = ()

    @property
    def attachments(self) -> UdfsAttachmentsResource:
        return UdfsAttachmentsResource(self._client)

    @property
    def versions(self) -> UdfsVersionsResource:
        return UdfsVersionsResource(self._client)

    def create_upload_session(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfUploadSession:
        """Create UDF upload URL

        Creates an org-scoped presigned application/zip upload URL. Callers must use an upload ID for only one create or version attempt and request a new upload URL when retrying.

        `POST /v1/organizations/{organizationId}/udfUploads/url` (udfUploadSessionCreate)

        Permissions: `control-plane:organization:manage`.
        """
        return self._call(162, (self._org(organization_id),))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> Pager[Udf]:
        """List UDFs

        Returns the latest version of each UDF in the organization.

        `GET /v1/organizations/{organizationId}/udfs` (udfList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(163, (self._org(organization_id),), {'limit': limit}, 'cursor', 'udfs.list')

    def create(
        self,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        function_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF

        Creates a new UDF. See [User-defined functions in Cloud](https://clickhouse.com/docs/products/cloud/features/sql-console-features/user-defined-functions).

        `POST /v1/organizations/{organizationId}/udfs` (udfCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return self._call(164, (self._org(organization_id),), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time, 'function_name': function_name}))

    def delete(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF

        Deletes every version of a UDF and detaches it from all services. Removal from services completes asynchronously.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}` (udfDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
        """
        return self._call(165, (self._org(organization_id), function_name))

    def get(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Get UDF

        Returns the latest version of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}` (udfGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
        """
        return self._call(166, (self._org(organization_id), function_name))


class AsyncUdfsResource(AsyncResource):
    """`async_client.udfs`: UDF operations."""

    __slots__ = ()

    @property
    def attachments(self) -> AsyncUdfsAttachmentsResource:
        return AsyncUdfsAttachmentsResource(self._client)

    @property
    def versions(self) -> AsyncUdfsVersionsResource:
        return AsyncUdfsVersionsResource(self._client)

    async def create_upload_session(
        self,
        *,
        organization_id: Optional[Id] = None,
    ) -> UdfUploadSession:
        """Create UDF upload URL

        Creates an org-scoped presigned application/zip upload URL. Callers must use an upload ID for only one create or version attempt and request a new upload URL when retrying.

        `POST /v1/organizations/{organizationId}/udfUploads/url` (udfUploadSessionCreate)

        Permissions: `control-plane:organization:manage`.
        """
        return await self._call(162, (self._org(organization_id),))

    def list(
        self,
        *,
        limit: Optional[int] = None,
        organization_id: Optional[Id] = None,
    ) -> AsyncPager[Udf]:
        """List UDFs

        Returns the latest version of each UDF in the organization.

        `GET /v1/organizations/{organizationId}/udfs` (udfList)

        Permissions: `control-plane:organization:view`.

        Paged: read page by page as it is iterated; `limit=` sets the page size.

        Args:
            limit: Maximum number of records to return per page. Defaults to 100. Maximum is 100.
        """
        return self._pager(163, (self._org(organization_id),), {'limit': limit}, 'cursor', 'udfs.list')

    async def create(
        self,
        *,
        upload_id: Union[Id, NotGiven] = NOT_GIVEN,
        runtime: Union[str, NotGiven] = NOT_GIVEN,
        arguments: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        return_type: Union[str, NotGiven] = NOT_GIVEN,
        return_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        command_read_timeout: Union[int, NotGiven] = NOT_GIVEN,
        command_write_timeout: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit_mib: Union[Optional[int], NotGiven] = NOT_GIVEN,
        send_chunk_header: Union[bool, NotGiven] = NOT_GIVEN,
        deterministic: Union[bool, NotGiven] = NOT_GIVEN,
        format: Union[str, NotGiven] = NOT_GIVEN,
        sandbox_type: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        pool_size: Union[Optional[Any], NotGiven] = NOT_GIVEN,
        max_command_execution_time: Union[Optional[int], NotGiven] = NOT_GIVEN,
        function_name: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Create UDF

        Creates a new UDF. See [User-defined functions in Cloud](https://clickhouse.com/docs/products/cloud/features/sql-console-features/user-defined-functions).

        `POST /v1/organizations/{organizationId}/udfs` (udfCreate)

        Permissions: `control-plane:organization:manage`.

        Args:
            upload_id: Identifier of the uploaded source archive.
            deterministic: Marks the UDF as deterministic so ClickHouse can reuse cached query results. Only set this when the UDF always returns the same result for the same arguments.
            pool_size: Always null — an executable UDF has no command pool.
        """
        return await self._call(164, (self._org(organization_id),), None, body_of({'upload_id': upload_id, 'runtime': runtime, 'arguments': arguments, 'return_type': return_type, 'return_name': return_name, 'command_read_timeout': command_read_timeout, 'command_write_timeout': command_write_timeout, 'memory_limit_mib': memory_limit_mib, 'send_chunk_header': send_chunk_header, 'deterministic': deterministic, 'format': format, 'sandbox_type': sandbox_type, 'type': type, 'pool_size': pool_size, 'max_command_execution_time': max_command_execution_time, 'function_name': function_name}))

    async def delete(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete UDF

        Deletes every version of a UDF and detaches it from all services. Removal from services completes asynchronously.

        `DELETE /v1/organizations/{organizationId}/udfs/{functionName}` (udfDelete)

        Permissions: `control-plane:organization:manage`.

        Args:
            function_name: Name of the UDF.
        """
        return await self._call(165, (self._org(organization_id), function_name))

    async def get(
        self,
        function_name: str,
        *,
        organization_id: Optional[Id] = None,
    ) -> Udf:
        """Get UDF

        Returns the latest version of a UDF.

        `GET /v1/organizations/{organizationId}/udfs/{functionName}` (udfGet)

        Permissions: `control-plane:organization:view`.

        Args:
            function_name: Name of the UDF.
        """
        return await self._call(166, (self._org(organization_id), function_name))
