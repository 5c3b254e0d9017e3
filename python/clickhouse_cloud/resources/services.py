# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.services` and `async_client.services`: the sync and async resource classes
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
    InstancePrivateEndpoint,
    IpAccessListEntry,
    PrivateEndpointConfig,
    ResourceTagsV1,
    RestoredService,
    Service,
    ServicePasswordPatchResponse,
    ServiceScalingPatchResponse,
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


class ServicesResource(Resource):
    """`client.services`: Service operations."""

    __slots__ = ()

    def list(
        self,
        *,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Service]:
        """List of organization services

        Returns a list of all services in the organization.

        `GET /v1/organizations/{organizationId}/services` (instanceGetList)

        Permissions: none beyond a valid key.

        Args:
            filter: Filter criteria to apply when retrieving the resource. Currently, only filtering by resource tags is supported.
        """
        return self._call(14, (self._org(organization_id),), {'filter': filter})

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        tier: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        is_readonly: Union[bool, NotGiven] = NOT_GIVEN,
        data_warehouse_id: Union[str, NotGiven] = NOT_GIVEN,
        backup_id: Union[Id, NotGiven] = NOT_GIVEN,
        backup_encryption_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        private_preview_terms_checked: Union[bool, NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        byoc_id: Union[str, NotGiven] = NOT_GIVEN,
        has_transparent_data_encryption: Union[bool, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        profile: Union[str, NotGiven] = NOT_GIVEN,
        compliance_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RestoredService:
        """Create new service

        Creates a new service in the organization, and returns the current service state and a password to access the service. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/services` (instanceCreate)

        Permissions: `control-plane:organization:create-service`, `control-plane:service:manage`.

        Args:
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            provider: Cloud provider
            region: Service region.
            tier: DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production'. Production services scale, Development are fixed size. Azure services don't support Development tier
            ip_access_list: List of IP addresses allowed to access the service
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            autoscaling_mode: Autoscaling mode. "vertical" (the default when omitted) runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Horizontal requires the feature to be enabled for the organization.
            min_replica_memory_gb: Minimum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and greater than or equal to 8.
            max_replica_memory_gb: Maximum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and lower than or equal to 120* for non paid services or 356* for paid services.* - maximum replica size subject to cloud provider hardware availability in your selected region.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical" or omitted). Mutually exclusive with minReplicas/maxReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
            is_readonly: True if this service is read-only. It can only be read-only if a dataWarehouseId is provided.
            data_warehouse_id: Data warehouse containing this service
            backup_id: Optional backup ID used as an initial state for the new service. When used the region and the tier of the new instance must be the same as the values of the original instance. If the backup is stored in your organization's own bucket, `backupEncryptionConfig` is required; it must be omitted otherwise.
            private_endpoint_ids: DEPRECATED. To associate the service with private endpoints, first create the service, then use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field to modify private endpoints.
            private_preview_terms_checked: Accept the private preview terms and conditions. It is only needed when creating the first service in the organization in case of a private preview
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            byoc_id: This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
            has_transparent_data_encryption: True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
            endpoints: List of service endpoints to enable or disable
            profile: Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization.
            compliance_type: Type of regulatory compliance for service.
            tags: Tags associated with the service.
            enable_core_dumps: Enables the underlying infra for collecting core dumps. Default is enabled.
        """
        return self._call(15, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'tier': tier, 'ip_access_list': ip_access_list, 'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'autoscaling_mode': autoscaling_mode, 'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes, 'is_readonly': is_readonly, 'data_warehouse_id': data_warehouse_id, 'backup_id': backup_id, 'backup_encryption_config': backup_encryption_config, 'private_endpoint_ids': private_endpoint_ids, 'private_preview_terms_checked': private_preview_terms_checked, 'release_channel': release_channel, 'byoc_id': byoc_id, 'has_transparent_data_encryption': has_transparent_data_encryption, 'endpoints': endpoints, 'profile': profile, 'compliance_type': compliance_type, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Get service details

        Returns a service that belongs to the organization

        `GET /v1/organizations/{organizationId}/services/{serviceId}` (instanceGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(16, (self._org(organization_id), service_id))

    def update(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        transparent_data_encryption_key_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service basic details

        Updates basic service details like service name or IP access list.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}` (instanceUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update.
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel. All services in a warehouse share one release channel, so changing it on one service changes it for all of them. Changing it through a secondary service also requires the `control-plane:service:manage` permission on the warehouse's primary service.
            endpoints: List of service endpoints to change
            transparent_data_encryption_key_id: The id of the key to rotate
            enable_core_dumps: If true, the underlying infra is enabled for collecting core dumps.
        """
        return self._call(17, (self._org(organization_id), service_id), None, body_of({'name': name, 'ip_access_list': ip_access_list, 'private_endpoint_ids': private_endpoint_ids, 'release_channel': release_channel, 'endpoints': endpoints, 'transparent_data_encryption_key_id': transparent_data_encryption_key_id, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service

        Deletes the service. The service must be in stopped state and is deleted asynchronously after this method call.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}` (instanceDelete)

        Permissions: `control-plane:service:delete`.

        Args:
            service_id: ID of the service to delete.
        """
        return self._call(18, (self._org(organization_id), service_id))

    def get_private_endpoint_config(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PrivateEndpointConfig:
        """Get private endpoint configuration

        Information required to set up a private endpoint

        `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig` (instancePrivateEndpointConfigGet)

        Permissions: `control-plane:service:view-private-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return self._call(19, (self._org(organization_id), service_id))

    def update_state(
        self,
        service_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service state

        Starts, stops, or wakes a service. The `start` and `stop` commands require the `control-plane:service:manage` permission on the service. The `awake` command requires only `control-plane:service:view` and applies to an idle service; it does not start a stopped service.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state` (instanceStateUpdate)

        Permissions: none beyond a valid key.

        Args:
            service_id: ID of the service to update state.
            command: Command to change the state: 'start', 'stop', 'awake'.
        """
        return self._call(23, (self._org(organization_id), service_id), None, body_of({'command': command}))

    def update_scaling(
        self,
        service_id: Id,
        *,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service auto scaling settings

        Updates minimum and maximum total memory limits and idle mode scaling behavior for the service. The memory settings are available only for "production" services and must be a multiple of 12 starting from 24GB. Please contact support to enable adjustment of numReplicas.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/scaling` (instanceScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            service_id: ID of the service to update scaling parameters.
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            num_replicas: Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers.
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        warn_deprecated('services.update_scaling')
        return self._call(24, (self._org(organization_id), service_id), None, body_of({'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'num_replicas': num_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    def update_replica_scaling(
        self,
        service_id: Id,
        *,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceScalingPatchResponse:
        """Update service auto scaling settings

        Updates minimum and maximum memory limits per replica and idle mode scaling behavior for the service. Supports both vertical autoscaling (fixed replica count, variable memory) and horizontal autoscaling (variable replica count, fixed memory). The memory settings are available only for "production" services and must be a multiple of 4 starting from 8GB. For vertical autoscaling, please contact support to enable adjustment of numReplicas. For horizontal autoscaling (autoscalingMode "horizontal" with minReplicas/maxReplicas), contact support to enable the feature for your organization.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaScaling` (instanceReplicaScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service to update scaling parameters.
            min_replica_memory_gb: Minimum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and greater than or equal to 8. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal.
            max_replica_memory_gb: Maximum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and lower than or equal to 120 for non paid services or 356 for paid services. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal.
            autoscaling_mode: Target autoscaling mode. Omit to keep the service on its current mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Switching to horizontal requires the feature to be enabled for the organization.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical"). Mutually exclusive with minReplicas/maxReplicas. When switching to vertical (autoscalingMode "vertical") with numReplicas and no memory, the service's stored baseline per-replica memory is kept as the new vertical range. Please contact support to enable adjustment of numReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        return self._call(25, (self._org(organization_id), service_id), None, body_of({'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'autoscaling_mode': autoscaling_mode, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    def reset_password(
        self,
        service_id: Id,
        *,
        new_password_hash: Union[str, NotGiven] = NOT_GIVEN,
        new_double_sha1_hash: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServicePasswordPatchResponse:
        """Update service password

        Sets a new password for the service

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/password` (instancePasswordUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update password.
            new_password_hash: Optional password hash. Used to avoid password transmission over network. If not provided a new password is generated and is provided in the response. Otherwise this hash is used. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
            new_double_sha1_hash: Optional double SHA1 password hash for MySQL protocol. If newPasswordHash is not provided this key will be ignored and the generated password will be used. Algorithm: echo -n "yourpassword" | sha1sum | tr -d '-' | xxd -r -p | sha1sum | tr -d '-'
        """
        return self._call(26, (self._org(organization_id), service_id), None, body_of({'new_password_hash': new_password_hash, 'new_double_sha1_hash': new_double_sha1_hash}))

    def create_private_endpoint(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> InstancePrivateEndpoint:
        """Create a private endpoint

        Create a new private endpoint. The private endpoint will be associated with this service and organization

        `POST /v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint` (instancePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-private-endpoints`.

        Args:
            service_id: ID of the requested service.
            id: Private endpoint identifier
            description: Description of private endpoint
        """
        return self._call(27, (self._org(organization_id), service_id), None, body_of({'id': id, 'description': description}))


class AsyncServicesResource(AsyncResource):
    """`async_client.services`: Service operations."""

    __slots__ = ()

    async def list(
        self,
        *,
        filter: Optional[Union[str, Sequence[str]]] = None,
        organization_id: Optional[Id] = None,
    ) -> ResultList[Service]:
        """List of organization services

        Returns a list of all services in the organization.

        `GET /v1/organizations/{organizationId}/services` (instanceGetList)

        Permissions: none beyond a valid key.

        Args:
            filter: Filter criteria to apply when retrieving the resource. Currently, only filtering by resource tags is supported.
        """
        return await self._call(14, (self._org(organization_id),), {'filter': filter})

    async def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        region: Union[str, NotGiven] = NOT_GIVEN,
        tier: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Sequence[Union[IpAccessListEntry, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        is_readonly: Union[bool, NotGiven] = NOT_GIVEN,
        data_warehouse_id: Union[str, NotGiven] = NOT_GIVEN,
        backup_id: Union[Id, NotGiven] = NOT_GIVEN,
        backup_encryption_config: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        private_preview_terms_checked: Union[bool, NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        byoc_id: Union[str, NotGiven] = NOT_GIVEN,
        has_transparent_data_encryption: Union[bool, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        profile: Union[str, NotGiven] = NOT_GIVEN,
        compliance_type: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[Union[ResourceTagsV1, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> RestoredService:
        """Create new service

        Creates a new service in the organization, and returns the current service state and a password to access the service. The service is started asynchronously.

        `POST /v1/organizations/{organizationId}/services` (instanceCreate)

        Permissions: `control-plane:organization:create-service`, `control-plane:service:manage`.

        Args:
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            provider: Cloud provider
            region: Service region.
            tier: DEPRECATED for BASIC, SCALE and ENTERPRISE organization tiers. Use `minReplicaMemoryGb`, `maxReplicaMemoryGb`, and `numReplicas` instead. Tier of the service: 'development', 'production'. Production services scale, Development are fixed size. Azure services don't support Development tier
            ip_access_list: List of IP addresses allowed to access the service
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            autoscaling_mode: Autoscaling mode. "vertical" (the default when omitted) runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Horizontal requires the feature to be enabled for the organization.
            min_replica_memory_gb: Minimum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and greater than or equal to 8.
            max_replica_memory_gb: Maximum total memory of each replica during auto-scaling in Gb. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal (memory is fixed while the replica count scales). Must be a multiple of 4 and lower than or equal to 120* for non paid services or 356* for paid services.* - maximum replica size subject to cloud provider hardware availability in your selected region.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical" or omitted). Mutually exclusive with minReplicas/maxReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the organization, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
            is_readonly: True if this service is read-only. It can only be read-only if a dataWarehouseId is provided.
            data_warehouse_id: Data warehouse containing this service
            backup_id: Optional backup ID used as an initial state for the new service. When used the region and the tier of the new instance must be the same as the values of the original instance. If the backup is stored in your organization's own bucket, `backupEncryptionConfig` is required; it must be omitted otherwise.
            private_endpoint_ids: DEPRECATED. To associate the service with private endpoints, first create the service, then use the `Update Service Basic Details` endpoint with the `privateEndpointIds` field to modify private endpoints.
            private_preview_terms_checked: Accept the private preview terms and conditions. It is only needed when creating the first service in the organization in case of a private preview
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel.
            byoc_id: This is the ID returned after setting up a region for Bring Your Own Cloud (BYOC). When the byocId parameter is specified, the minReplicaMemoryGb and the maxReplicaGb parameters are required too, with values included among the following sizes: 48, 116, 172, 232.
            has_transparent_data_encryption: True if the service should have the Transparent Data Encryption (TDE) enabled. TDE is only available for ENTERPRISE organizations tiers and can only be enabled at service creation.
            endpoints: List of service endpoints to enable or disable
            profile: Custom instance profile. Only available for ENTERPRISE and BYOC organization tiers. Standard values: 'v1-default', 'v1-highmem-xs', 'v1-highmem-s', 'v1-highmem-m', 'v1-highmem-l', 'v1-highmem-xl'. BYOC services may instead use a dynamic BYOC profile configured for their infrastructure (e.g. 'v1-standard-byoc-4'); it requires byocId, and minReplicaMemoryGb and maxReplicaMemoryGb must both equal the profile's memory size. Use the serviceProfiles endpoint to list the profiles available to the organization.
            compliance_type: Type of regulatory compliance for service.
            tags: Tags associated with the service.
            enable_core_dumps: Enables the underlying infra for collecting core dumps. Default is enabled.
        """
        return await self._call(15, (self._org(organization_id),), None, body_of({'name': name, 'provider': provider, 'region': region, 'tier': tier, 'ip_access_list': ip_access_list, 'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'autoscaling_mode': autoscaling_mode, 'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes, 'is_readonly': is_readonly, 'data_warehouse_id': data_warehouse_id, 'backup_id': backup_id, 'backup_encryption_config': backup_encryption_config, 'private_endpoint_ids': private_endpoint_ids, 'private_preview_terms_checked': private_preview_terms_checked, 'release_channel': release_channel, 'byoc_id': byoc_id, 'has_transparent_data_encryption': has_transparent_data_encryption, 'endpoints': endpoints, 'profile': profile, 'compliance_type': compliance_type, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    async def get(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Get service details

        Returns a service that belongs to the organization

        `GET /v1/organizations/{organizationId}/services/{serviceId}` (instanceGet)

        Permissions: `control-plane:service:view`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(16, (self._org(organization_id), service_id))

    async def update(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        ip_access_list: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        private_endpoint_ids: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        release_channel: Union[str, NotGiven] = NOT_GIVEN,
        endpoints: Union[Sequence[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        transparent_data_encryption_key_id: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        enable_core_dumps: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service basic details

        Updates basic service details like service name or IP access list.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}` (instanceUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update.
            name: Name of the service. Alphanumerical string with whitespaces up to 50 characters.
            release_channel: Select fast if you want to get new ClickHouse releases as soon as they are available. You'll get new features faster, but with a higher risk of bugs. Select slow if you would like to defer releases to give yourself more time to test. This feature is only available for production services. default is the regular release channel. All services in a warehouse share one release channel, so changing it on one service changes it for all of them. Changing it through a secondary service also requires the `control-plane:service:manage` permission on the warehouse's primary service.
            endpoints: List of service endpoints to change
            transparent_data_encryption_key_id: The id of the key to rotate
            enable_core_dumps: If true, the underlying infra is enabled for collecting core dumps.
        """
        return await self._call(17, (self._org(organization_id), service_id), None, body_of({'name': name, 'ip_access_list': ip_access_list, 'private_endpoint_ids': private_endpoint_ids, 'release_channel': release_channel, 'endpoints': endpoints, 'transparent_data_encryption_key_id': transparent_data_encryption_key_id, 'tags': tags, 'enable_core_dumps': enable_core_dumps}))

    async def delete(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete service

        Deletes the service. The service must be in stopped state and is deleted asynchronously after this method call.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}` (instanceDelete)

        Permissions: `control-plane:service:delete`.

        Args:
            service_id: ID of the service to delete.
        """
        return await self._call(18, (self._org(organization_id), service_id))

    async def get_private_endpoint_config(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> PrivateEndpointConfig:
        """Get private endpoint configuration

        Information required to set up a private endpoint

        `GET /v1/organizations/{organizationId}/services/{serviceId}/privateEndpointConfig` (instancePrivateEndpointConfigGet)

        Permissions: `control-plane:service:view-private-endpoints`.

        Args:
            service_id: ID of the requested service.
        """
        return await self._call(19, (self._org(organization_id), service_id))

    async def update_state(
        self,
        service_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service state

        Starts, stops, or wakes a service. The `start` and `stop` commands require the `control-plane:service:manage` permission on the service. The `awake` command requires only `control-plane:service:view` and applies to an idle service; it does not start a stopped service.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/state` (instanceStateUpdate)

        Permissions: none beyond a valid key.

        Args:
            service_id: ID of the service to update state.
            command: Command to change the state: 'start', 'stop', 'awake'.
        """
        return await self._call(23, (self._org(organization_id), service_id), None, body_of({'command': command}))

    async def update_scaling(
        self,
        service_id: Id,
        *,
        min_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_total_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> Service:
        """Update service auto scaling settings

        Updates minimum and maximum total memory limits and idle mode scaling behavior for the service. The memory settings are available only for "production" services and must be a multiple of 12 starting from 24GB. Please contact support to enable adjustment of numReplicas.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/scaling` (instanceScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Deprecated: the API marks this operation deprecated (calling it warns).

        Args:
            service_id: ID of the service to update scaling parameters.
            min_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `minReplicaMemoryGb` instead. Minimum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and greater than or equal to 24. Always absent for horizontal-autoscaling services (replica count is variable).
            max_total_memory_gb: DEPRECATED - inaccurate for services with non-default numbers of replicas. Use `maxReplicaMemoryGb` instead. Maximum memory of three workers during auto-scaling in Gb. Available only for 'production' services. Must be a multiple of 12 and lower than or equal to 360 for non paid services or 1068 for paid services. Always absent for horizontal-autoscaling services (replica count is variable).
            num_replicas: Number of replicas for the service. The number of replicas must be between 2 and 50 for the first service in a warehouse. Services that are created in an existing warehouse can have a number of replicas as low as 1. Further restrictions may apply based on your organization's tier and its per-warehouse replica limit. It defaults to 1 for the BASIC tier and 3 for the SCALE and ENTERPRISE tiers.
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        warn_deprecated('services.update_scaling')
        return await self._call(24, (self._org(organization_id), service_id), None, body_of({'min_total_memory_gb': min_total_memory_gb, 'max_total_memory_gb': max_total_memory_gb, 'num_replicas': num_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    async def update_replica_scaling(
        self,
        service_id: Id,
        *,
        min_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        max_replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        autoscaling_mode: Union[str, NotGiven] = NOT_GIVEN,
        num_replicas: Union[int, NotGiven] = NOT_GIVEN,
        min_replicas: Union[int, NotGiven] = NOT_GIVEN,
        max_replicas: Union[int, NotGiven] = NOT_GIVEN,
        idle_scaling: Union[bool, NotGiven] = NOT_GIVEN,
        idle_timeout_minutes: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServiceScalingPatchResponse:
        """Update service auto scaling settings

        Updates minimum and maximum memory limits per replica and idle mode scaling behavior for the service. Supports both vertical autoscaling (fixed replica count, variable memory) and horizontal autoscaling (variable replica count, fixed memory). The memory settings are available only for "production" services and must be a multiple of 4 starting from 8GB. For vertical autoscaling, please contact support to enable adjustment of numReplicas. For horizontal autoscaling (autoscalingMode "horizontal" with minReplicas/maxReplicas), contact support to enable the feature for your organization.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/replicaScaling` (instanceReplicaScalingUpdate)

        Permissions: `control-plane:service:manage-scaling-config`.

        Args:
            service_id: ID of the service to update scaling parameters.
            min_replica_memory_gb: Minimum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and greater than or equal to 8. A range in vertical autoscaling; equal to maxReplicaMemoryGb in horizontal.
            max_replica_memory_gb: Maximum auto-scaling memory in Gb for a single replica. Available only for 'production' services. Must be a multiple of 4 and lower than or equal to 120 for non paid services or 356 for paid services. A range in vertical autoscaling; equal to minReplicaMemoryGb in horizontal.
            autoscaling_mode: Target autoscaling mode. Omit to keep the service on its current mode. "vertical" runs a fixed replica count while memory scales between minReplicaMemoryGb and maxReplicaMemoryGb; "horizontal" scales the replica count between minReplicas and maxReplicas at a fixed per-replica memory (minReplicaMemoryGb equal to maxReplicaMemoryGb). Switching to horizontal requires the feature to be enabled for the organization.
            num_replicas: Fixed replica count for vertical autoscaling (autoscalingMode "vertical"). Mutually exclusive with minReplicas/maxReplicas. When switching to vertical (autoscalingMode "vertical") with numReplicas and no memory, the service's stored baseline per-replica memory is kept as the new vertical range. Please contact support to enable adjustment of numReplicas.
            min_replicas: Minimum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with maxReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            max_replicas: Maximum number of replicas. A minReplicas/maxReplicas band scales the replica count in horizontal autoscaling (autoscalingMode "horizontal"). Must be provided together with minReplicas. Mutually exclusive with numReplicas. Requires horizontal autoscaling to be enabled for the service, unless autoscalingMode is omitted or "vertical" and minReplicas equals maxReplicas (an equal band is then an accepted vertical fixed count and needs no horizontal entitlement).
            idle_scaling: When set to true the service is allowed to scale down to zero when idle. True by default.
            idle_timeout_minutes: Set minimum idling timeout (in minutes). Must be >= 5 minutes.
        """
        return await self._call(25, (self._org(organization_id), service_id), None, body_of({'min_replica_memory_gb': min_replica_memory_gb, 'max_replica_memory_gb': max_replica_memory_gb, 'autoscaling_mode': autoscaling_mode, 'num_replicas': num_replicas, 'min_replicas': min_replicas, 'max_replicas': max_replicas, 'idle_scaling': idle_scaling, 'idle_timeout_minutes': idle_timeout_minutes}))

    async def reset_password(
        self,
        service_id: Id,
        *,
        new_password_hash: Union[str, NotGiven] = NOT_GIVEN,
        new_double_sha1_hash: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ServicePasswordPatchResponse:
        """Update service password

        Sets a new password for the service

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/password` (instancePasswordUpdate)

        Permissions: `control-plane:service:manage`.

        Args:
            service_id: ID of the service to update password.
            new_password_hash: Optional password hash. Used to avoid password transmission over network. If not provided a new password is generated and is provided in the response. Otherwise this hash is used. Algorithm: echo -n "yourpassword" | sha256sum | tr -d '-' | xxd -r -p | base64
            new_double_sha1_hash: Optional double SHA1 password hash for MySQL protocol. If newPasswordHash is not provided this key will be ignored and the generated password will be used. Algorithm: echo -n "yourpassword" | sha1sum | tr -d '-' | xxd -r -p | sha1sum | tr -d '-'
        """
        return await self._call(26, (self._org(organization_id), service_id), None, body_of({'new_password_hash': new_password_hash, 'new_double_sha1_hash': new_double_sha1_hash}))

    async def create_private_endpoint(
        self,
        service_id: Id,
        *,
        id: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> InstancePrivateEndpoint:
        """Create a private endpoint

        Create a new private endpoint. The private endpoint will be associated with this service and organization

        `POST /v1/organizations/{organizationId}/services/{serviceId}/privateEndpoint` (instancePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-private-endpoints`.

        Args:
            service_id: ID of the requested service.
            id: Private endpoint identifier
            description: Description of private endpoint
        """
        return await self._call(27, (self._org(organization_id), service_id), None, body_of({'id': id, 'description': description}))
