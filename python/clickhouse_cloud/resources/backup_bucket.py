# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.backup_bucket` and `async_client.backup_bucket`: the sync and async resource classes
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
    AwsBackupBucket,
    AzureBackupBucket,
    BackupBucket,
    GcpBackupBucket,
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


class BackupBucketResource(Resource):
    """`client.backup_bucket`: Backup operations."""

    __slots__ = ()

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Get service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service backup bucket.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return self._call(50, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[str, NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Create service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Create service backup bucket. Requires ADMIN auth key role.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketCreate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return self._call(51, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    def update(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Update service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update service backup bucket. Requires ADMIN auth key role. The secrets of the specified bucket provider are always required

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS IAM Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role. Set to `null` to clear it.
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return self._call(52, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Delete service backup bucket. Requires ADMIN auth key role.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketDelete)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(53, (self._org(organization_id), service_id))


class AsyncBackupBucketResource(AsyncResource):
    """`async_client.backup_bucket`: Backup operations."""

    __slots__ = ()

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Get service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns the service backup bucket.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketGet)

        Permissions: `control-plane:service:view-backups`.

        Args:
            service_id: ID of the service.
        """
        return await self._call(50, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[str, NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Create service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Create service backup bucket. Requires ADMIN auth key role.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketCreate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return await self._call(51, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    async def update(
        self,
        service_id: Id,
        *,
        bucket_provider: Union[str, NotGiven] = NOT_GIVEN,
        bucket_path: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_arn: Union[str, NotGiven] = NOT_GIVEN,
        iam_role_session_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        iam_role_external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        access_key_id: Union[str, NotGiven] = NOT_GIVEN,
        secret_access_key: Union[str, NotGiven] = NOT_GIVEN,
        container_name: Union[str, NotGiven] = NOT_GIVEN,
        connection_string: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> BackupBucket:
        """Update service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Update service backup bucket. Requires ADMIN auth key role. The secrets of the specified bucket provider are always required

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketUpdate)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
            bucket_provider: Bucket provider
            bucket_path: Bucket path
            iam_role_arn: AWS Role ARN
            iam_role_session_name: AWS IAM Role session name
            iam_role_external_id: External ID the IAM role trust policy requires when the data plane assumes the role. Set to `null` to clear it.
            access_key_id: Access Key ID (HMAC key)
            secret_access_key: Secret Access Key (HMAC secret key)
            container_name: Container Name
            connection_string: Connection String
        """
        return await self._call(52, (self._org(organization_id), service_id), None, body_of({'bucket_provider': bucket_provider, 'bucket_path': bucket_path, 'iam_role_arn': iam_role_arn, 'iam_role_session_name': iam_role_session_name, 'iam_role_external_id': iam_role_external_id, 'access_key_id': access_key_id, 'secret_access_key': secret_access_key, 'container_name': container_name, 'connection_string': connection_string}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service backup bucket

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Delete service backup bucket. Requires ADMIN auth key role.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/backupBucket` (backupBucketDelete)

        Permissions: `control-plane:service:manage-backups`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(53, (self._org(organization_id), service_id))
