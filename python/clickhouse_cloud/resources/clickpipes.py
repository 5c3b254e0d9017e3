# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""`client.clickpipes` and `async_client.clickpipes`: the sync and async resource classes
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
    ClickPipe,
    ClickPipeFieldMapping,
    ClickPipeScaling,
    ClickPipeSchemaDiscoveryResponse,
    ClickPipeSettings,
    ClickPipesCdcScaling,
    ClickPipesServiceContext,
    CustomPrivateDnsMapping,
    ReversePrivateEndpoint,
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


class ClickpipesReversePrivateEndpointsResource(Resource):
    """`client.clickpipes.reverse_private_endpoints`: ClickPipes operations."""

    __slots__ = ()

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ReversePrivateEndpoint]:
        """List reverse private endpoints

        Returns a list of reverse private endpoints for the specified service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
        """
        return self._call(147, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        vpc_endpoint_service_name: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_configuration_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_share_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_cluster_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_authentication: Union[str, NotGiven] = NOT_GIVEN,
        gcp_service_attachment: Union[str, NotGiven] = NOT_GIVEN,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Create reverse private endpoint

        Create a new reverse private endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            description: Reverse private endpoint description. Maximum length is 255 characters.
            type: Reverse private endpoint type.
            vpc_endpoint_service_name: VPC endpoint service name.
            vpc_resource_configuration_id: VPC resource configuration ID. Required for VPC_RESOURCE type.
            vpc_resource_share_arn: VPC resource share ARN. Required for VPC_RESOURCE type.
            msk_cluster_arn: MSK cluster ARN. Required for MSK_MULTI_VPC type.
            msk_authentication: MSK cluster authentication type. Required for MSK_MULTI_VPC type.
            gcp_service_attachment: Private Preview. GCP PSC service attachment URI. Required for GCP_PSC_SERVICE_ATTACHMENT type. Format: projects/{project}/regions/{region}/serviceAttachments/{name}.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return self._call(148, (self._org(organization_id), service_id), None, body_of({'description': description, 'type': type, 'vpc_endpoint_service_name': vpc_endpoint_service_name, 'vpc_resource_configuration_id': vpc_resource_configuration_id, 'vpc_resource_share_arn': vpc_resource_share_arn, 'msk_cluster_arn': msk_cluster_arn, 'msk_authentication': msk_authentication, 'gcp_service_attachment': gcp_service_attachment, 'custom_private_dns_mappings': custom_private_dns_mappings}))

    def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Get reverse private endpoint

        Returns the reverse private endpoint with the specified ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to get.
        """
        return self._call(149, (self._org(organization_id), service_id, endpoint_id))

    def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete reverse private endpoint

        Delete the reverse private endpoint with the specified ID.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to delete.
        """
        return self._call(150, (self._org(organization_id), service_id, endpoint_id))

    def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Update reverse private endpoint

        Update mutable fields for an existing reverse private endpoint. customPrivateDnsMappings is a full replacement list. Use an empty array to clear mappings.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to update.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return self._call(151, (self._org(organization_id), service_id, endpoint_id), None, body_of({'custom_private_dns_mappings': custom_private_dns_mappings}))


class AsyncClickpipesReversePrivateEndpointsResource(AsyncResource):
    """`async_client.clickpipes.reverse_private_endpoints`: ClickPipes operations."""

    __slots__ = ()

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ReversePrivateEndpoint]:
        """List reverse private endpoints

        Returns a list of reverse private endpoints for the specified service.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
        """
        return await self._call(147, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        vpc_endpoint_service_name: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_configuration_id: Union[str, NotGiven] = NOT_GIVEN,
        vpc_resource_share_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_cluster_arn: Union[str, NotGiven] = NOT_GIVEN,
        msk_authentication: Union[str, NotGiven] = NOT_GIVEN,
        gcp_service_attachment: Union[str, NotGiven] = NOT_GIVEN,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Create reverse private endpoint

        Create a new reverse private endpoint.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints` (clickPipeReversePrivateEndpointCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            description: Reverse private endpoint description. Maximum length is 255 characters.
            type: Reverse private endpoint type.
            vpc_endpoint_service_name: VPC endpoint service name.
            vpc_resource_configuration_id: VPC resource configuration ID. Required for VPC_RESOURCE type.
            vpc_resource_share_arn: VPC resource share ARN. Required for VPC_RESOURCE type.
            msk_cluster_arn: MSK cluster ARN. Required for MSK_MULTI_VPC type.
            msk_authentication: MSK cluster authentication type. Required for MSK_MULTI_VPC type.
            gcp_service_attachment: Private Preview. GCP PSC service attachment URI. Required for GCP_PSC_SERVICE_ATTACHMENT type. Format: projects/{project}/regions/{region}/serviceAttachments/{name}.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return await self._call(148, (self._org(organization_id), service_id), None, body_of({'description': description, 'type': type, 'vpc_endpoint_service_name': vpc_endpoint_service_name, 'vpc_resource_configuration_id': vpc_resource_configuration_id, 'vpc_resource_share_arn': vpc_resource_share_arn, 'msk_cluster_arn': msk_cluster_arn, 'msk_authentication': msk_authentication, 'gcp_service_attachment': gcp_service_attachment, 'custom_private_dns_mappings': custom_private_dns_mappings}))

    async def get(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Get reverse private endpoint

        Returns the reverse private endpoint with the specified ID.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to get.
        """
        return await self._call(149, (self._org(organization_id), service_id, endpoint_id))

    async def delete(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete reverse private endpoint

        Delete the reverse private endpoint with the specified ID.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to delete.
        """
        return await self._call(150, (self._org(organization_id), service_id, endpoint_id))

    async def update(
        self,
        service_id: Id,
        endpoint_id: Id,
        *,
        custom_private_dns_mappings: Union[Sequence[Union[CustomPrivateDnsMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ReversePrivateEndpoint:
        """Update reverse private endpoint

        Update mutable fields for an existing reverse private endpoint. customPrivateDnsMappings is a full replacement list. Use an empty array to clear mappings.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}` (clickPipeReversePrivateEndpointUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the Reverse Private Endpoint.
            endpoint_id: ID of the reverse private endpoint to update.
            custom_private_dns_mappings: Optional private DNS names for Reverse Private Endpoint. Can be used as data source destination address. Must be unique across the ClickHouse service. Generally available for Google Private Service Connect (PSC). For AWS PrivateLink (VPC endpoint service and VPC resource), available in Private Preview; contact ClickHouse support to enable it for your service. Not supported for MSK multi-VPC. Supports exact names and leading wildcard names such as *.example.com
        """
        return await self._call(151, (self._org(organization_id), service_id, endpoint_id), None, body_of({'custom_private_dns_mappings': custom_private_dns_mappings}))


class ClickpipesResource(Resource):
    """`client.clickpipes`: ClickPipes operations."""

    __slots__ = ()

    @property
    def reverse_private_endpoints(self) -> ClickpipesReversePrivateEndpointsResource:
        return ClickpipesReversePrivateEndpointsResource(self._client)

    def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickPipe]:
        """List ClickPipes

        Returns a list of ClickPipes.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return self._call(74, (self._org(organization_id), service_id))

    def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        scaling: Union[Union[ClickPipeScaling, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        start_paused: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Create ClickPipe

        Create a new ClickPipe.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
            start_paused: Create the ClickPipe in the Stopped state instead of starting ingestion immediately. Start it later with the state endpoint. Not supported for database ClickPipes.
        """
        return self._call(75, (self._org(organization_id), service_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'scaling': scaling, 'settings': settings, 'start_paused': start_paused}))

    def get_context(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesServiceContext:
        """Get ClickPipes service context

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns service-level ClickPipes capabilities and Private Preview workload identity context, including the GCP service account to grant access to customer source resources.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/context` (clickPipesServiceContextGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to get ClickPipes context for.
        """
        return self._call(76, (self._org(organization_id), service_id))

    def get(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Get ClickPipe

        Returns the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the requested ClickPipe.
        """
        return self._call(77, (self._org(organization_id), service_id, clickpipe_id))

    def update(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe

        Update the specified ClickPipe. Source fields not present in the per-source update schemas are immutable after creation. For Kafka sources, values submitted for immutable fields (type, format, brokers, topics, consumerGroup, offset, schemaRegistry, exactlyOnce, tombstoneMode) are not applied, except schema registry credentials, which are rejected.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            clickpipe_id: ID of the requested ClickPipe.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. This will not update the table schema, only the ClickPipe configuration.
        """
        return self._call(78, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'settings': settings}))

    def delete(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete ClickPipe

        Delete the specified ClickPipe.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to delete.
        """
        return self._call(79, (self._org(organization_id), service_id, clickpipe_id))

    def get_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Get ClickPipe settings

        Returns the advanced settings for the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to get settings for.
        """
        return self._call(80, (self._org(organization_id), service_id, clickpipe_id))

    def update_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        streaming_max_insert_wait_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_concurrency: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_polling_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_insert_bytes: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_file_count: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_insert_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_min_insert_block_size_bytes: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_download_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_distributed_insert_select: Union[int, NotGiven] = NOT_GIVEN,
        kafka_read_committed: Union[bool, NotGiven] = NOT_GIVEN,
        object_storage_use_cluster_function: Union[bool, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_view_processing: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Update ClickPipe settings

        Update the advanced settings for the specified ClickPipe. Send key-value pairs where values can be strings, numbers, or booleans.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update settings for.
            streaming_max_insert_wait_ms: Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse.
            object_storage_concurrency: Object storage concurrency. Number of concurrent file processing threads
            object_storage_polling_interval_ms: Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data
            object_storage_max_insert_bytes: Max insert bytes. Number of bytes to process in a single insert batch
            object_storage_max_file_count: Max file count. Maximum number of files to process in a single insert batch
            clickhouse_max_threads: Max threads. Maximum number of concurrent threads for file processing
            clickhouse_max_insert_threads: Max insert threads. Maximum number of concurrent insert threads
            clickhouse_min_insert_block_size_bytes: Min insert block size bytes. Minimum size of data block for insert (in bytes)
            clickhouse_max_download_threads: Max download threads. Maximum number of concurrent download threads
            clickhouse_parallel_distributed_insert_select: Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0.
            kafka_read_committed: Kafka Read Committed. Whether Kafka consumers read only committed messages
            object_storage_use_cluster_function: use cluster function. Whether to use ClickHouse cluster function for distributed processing
            clickhouse_parallel_view_processing: parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
        """
        return self._call(81, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'streaming_max_insert_wait_ms': streaming_max_insert_wait_ms, 'object_storage_concurrency': object_storage_concurrency, 'object_storage_polling_interval_ms': object_storage_polling_interval_ms, 'object_storage_max_insert_bytes': object_storage_max_insert_bytes, 'object_storage_max_file_count': object_storage_max_file_count, 'clickhouse_max_threads': clickhouse_max_threads, 'clickhouse_max_insert_threads': clickhouse_max_insert_threads, 'clickhouse_min_insert_block_size_bytes': clickhouse_min_insert_block_size_bytes, 'clickhouse_max_download_threads': clickhouse_max_download_threads, 'clickhouse_parallel_distributed_insert_select': clickhouse_parallel_distributed_insert_select, 'kafka_read_committed': kafka_read_committed, 'object_storage_use_cluster_function': object_storage_use_cluster_function, 'clickhouse_parallel_view_processing': clickhouse_parallel_view_processing}))

    def discover_schema(
        self,
        service_id: Id,
        *,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSchemaDiscoveryResponse:
        """Discover ClickPipe source schema

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Infers the schema (field names and ClickHouse data types) of a ClickPipe source without creating a pipe. Supported for Kafka, Kinesis, Pub/Sub, and object storage sources. Object storage inference runs on the destination service, which must be running.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery` (clickPipeSchemaDiscovery)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to run schema discovery against.
        """
        return self._call(82, (self._org(organization_id), service_id), None, body_of({'source': source}))

    def update_scaling(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        replicas: Union[int, NotGiven] = NOT_GIVEN,
        concurrency: Union[int, NotGiven] = NOT_GIVEN,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe scaling

        Change scaling settings for the specified ClickPipe. This endpoint supports Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob).

        **Note:** For database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery), use the [Update CDC ClickPipes scaling](#tag/ClickPipes/operation/clickPipeCdcScalingUpdate) endpoint instead.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling` (clickPipeScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update scaling settings.
            replicas: Number of replicas to scale to. Use to scale Kafka pipes.
            concurrency: Number of concurrency to scale to. Use to scale S3 pipes.
            replica_cpu_millicores: CPU in millicores for each replica. Use to scale streaming pipes.
            replica_memory_gb: Memory in GB for each replica. Use to scale streaming pipes.
        """
        return self._call(83, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'replicas': replicas, 'concurrency': concurrency, 'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))

    def update_state(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe state

        Start, stop or resync ClickPipe. Stopping a ClickPipe will stop the ingestion process from any state. Starting is allowed for ClickPipes in the "Stopped" state or with a "Failed" state. Resyncing is only for Postgres and MySQL pipes and can be done from any state.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state` (clickPipeStateUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update state.
            command: Command to change the state: 'start', 'stop', 'resync'.
        """
        return self._call(84, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'command': command}))

    def get_cdc_scaling(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Get CDC ClickPipes scaling

        Get scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return self._call(85, (self._org(organization_id), service_id))

    def update_cdc_scaling(
        self,
        service_id: Id,
        *,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Update CDC ClickPipes scaling

        Update scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. Scaling settings may take a few minutes to fully propagate.

        For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit. If your organization tier changes, database ClickPipes will be [rescaled](https://clickhouse.com/docs/cloud/manage/billing/overview#compute) appropriately.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            replica_cpu_millicores: CPU in millicores for DB ClickPipes.
            replica_memory_gb: Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
        """
        return self._call(86, (self._org(organization_id), service_id), None, body_of({'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))


class AsyncClickpipesResource(AsyncResource):
    """`async_client.clickpipes`: ClickPipes operations."""

    __slots__ = ()

    @property
    def reverse_private_endpoints(self) -> AsyncClickpipesReversePrivateEndpointsResource:
        return AsyncClickpipesReversePrivateEndpointsResource(self._client)

    async def list(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ResultList[ClickPipe]:
        """List ClickPipes

        Returns a list of ClickPipes.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeGetList)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return await self._call(74, (self._org(organization_id), service_id))

    async def create(
        self,
        service_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        scaling: Union[Union[ClickPipeScaling, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        start_paused: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Create ClickPipe

        Create a new ClickPipe.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes` (clickPipeCreate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. Note that all destination columns must be included in the mappings.
            start_paused: Create the ClickPipe in the Stopped state instead of starting ingestion immediately. Start it later with the state endpoint. Not supported for database ClickPipes.
        """
        return await self._call(75, (self._org(organization_id), service_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'scaling': scaling, 'settings': settings, 'start_paused': start_paused}))

    async def get_context(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesServiceContext:
        """Get ClickPipes service context

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Returns service-level ClickPipes capabilities and Private Preview workload identity context, including the GCP service account to grant access to customer source resources.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/context` (clickPipesServiceContextGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to get ClickPipes context for.
        """
        return await self._call(76, (self._org(organization_id), service_id))

    async def get(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Get ClickPipe

        Returns the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the requested ClickPipe.
        """
        return await self._call(77, (self._org(organization_id), service_id, clickpipe_id))

    async def update(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        destination: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        field_mappings: Union[Sequence[Union[ClickPipeFieldMapping, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        settings: Union[Union[ClickPipeSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe

        Update the specified ClickPipe. Source fields not present in the per-source update schemas are immutable after creation. For Kafka sources, values submitted for immutable fields (type, format, brokers, topics, consumerGroup, offset, schemaRegistry, exactlyOnce, tombstoneMode) are not applied, except schema registry credentials, which are rejected.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to create the ClickPipe for.
            clickpipe_id: ID of the requested ClickPipe.
            name: Name of the ClickPipe.
            field_mappings: Field mappings of the ClickPipe. This will not update the table schema, only the ClickPipe configuration.
        """
        return await self._call(78, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'name': name, 'source': source, 'destination': destination, 'field_mappings': field_mappings, 'settings': settings}))

    async def delete(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> None:
        """Delete ClickPipe

        Delete the specified ClickPipe.

        `DELETE /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}` (clickPipeDelete)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to delete.
        """
        return await self._call(79, (self._org(organization_id), service_id, clickpipe_id))

    async def get_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Get ClickPipe settings

        Returns the advanced settings for the specified ClickPipe.

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to get settings for.
        """
        return await self._call(80, (self._org(organization_id), service_id, clickpipe_id))

    async def update_settings(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        streaming_max_insert_wait_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_concurrency: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_polling_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_insert_bytes: Union[int, NotGiven] = NOT_GIVEN,
        object_storage_max_file_count: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_insert_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_min_insert_block_size_bytes: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_max_download_threads: Union[int, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_distributed_insert_select: Union[int, NotGiven] = NOT_GIVEN,
        kafka_read_committed: Union[bool, NotGiven] = NOT_GIVEN,
        object_storage_use_cluster_function: Union[bool, NotGiven] = NOT_GIVEN,
        clickhouse_parallel_view_processing: Union[bool, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSettings:
        """Update ClickPipe settings

        Update the advanced settings for the specified ClickPipe. Send key-value pairs where values can be strings, numbers, or booleans.

        `PUT /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/settings` (clickPipeSettingsUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update settings for.
            streaming_max_insert_wait_ms: Streaming max insert wait time. Configures the max wait period before inserting data into the ClickHouse.
            object_storage_concurrency: Object storage concurrency. Number of concurrent file processing threads
            object_storage_polling_interval_ms: Object storage polling interval. Configures the refresh interval for querying continuous ingest for new object storage data
            object_storage_max_insert_bytes: Max insert bytes. Number of bytes to process in a single insert batch
            object_storage_max_file_count: Max file count. Maximum number of files to process in a single insert batch
            clickhouse_max_threads: Max threads. Maximum number of concurrent threads for file processing
            clickhouse_max_insert_threads: Max insert threads. Maximum number of concurrent insert threads
            clickhouse_min_insert_block_size_bytes: Min insert block size bytes. Minimum size of data block for insert (in bytes)
            clickhouse_max_download_threads: Max download threads. Maximum number of concurrent download threads
            clickhouse_parallel_distributed_insert_select: Parallel distributed insert select. Only applies when object_storage_use_cluster_function is enabled. When disabled, this setting is ignored and the effective value is 0.
            kafka_read_committed: Kafka Read Committed. Whether Kafka consumers read only committed messages
            object_storage_use_cluster_function: use cluster function. Whether to use ClickHouse cluster function for distributed processing
            clickhouse_parallel_view_processing: parallel view processing. Whether to enable pushing to attached views concurrently instead of sequentially
        """
        return await self._call(81, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'streaming_max_insert_wait_ms': streaming_max_insert_wait_ms, 'object_storage_concurrency': object_storage_concurrency, 'object_storage_polling_interval_ms': object_storage_polling_interval_ms, 'object_storage_max_insert_bytes': object_storage_max_insert_bytes, 'object_storage_max_file_count': object_storage_max_file_count, 'clickhouse_max_threads': clickhouse_max_threads, 'clickhouse_max_insert_threads': clickhouse_max_insert_threads, 'clickhouse_min_insert_block_size_bytes': clickhouse_min_insert_block_size_bytes, 'clickhouse_max_download_threads': clickhouse_max_download_threads, 'clickhouse_parallel_distributed_insert_select': clickhouse_parallel_distributed_insert_select, 'kafka_read_committed': kafka_read_committed, 'object_storage_use_cluster_function': object_storage_use_cluster_function, 'clickhouse_parallel_view_processing': clickhouse_parallel_view_processing}))

    async def discover_schema(
        self,
        service_id: Id,
        *,
        source: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipeSchemaDiscoveryResponse:
        """Discover ClickPipe source schema

        **This endpoint is in beta.** API contract is stable, and no breaking changes are expected in the future. <br /><br /> Infers the schema (field names and ClickHouse data types) of a ClickPipe source without creating a pipe. Supported for Kafka, Kinesis, Pub/Sub, and object storage sources. Object storage inference runs on the destination service, which must be running.

        `POST /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/schemaDiscovery` (clickPipeSchemaDiscovery)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service to run schema discovery against.
        """
        return await self._call(82, (self._org(organization_id), service_id), None, body_of({'source': source}))

    async def update_scaling(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        replicas: Union[int, NotGiven] = NOT_GIVEN,
        concurrency: Union[int, NotGiven] = NOT_GIVEN,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe scaling

        Change scaling settings for the specified ClickPipe. This endpoint supports Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob).

        **Note:** For database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery), use the [Update CDC ClickPipes scaling](#tag/ClickPipes/operation/clickPipeCdcScalingUpdate) endpoint instead.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/scaling` (clickPipeScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update scaling settings.
            replicas: Number of replicas to scale to. Use to scale Kafka pipes.
            concurrency: Number of concurrency to scale to. Use to scale S3 pipes.
            replica_cpu_millicores: CPU in millicores for each replica. Use to scale streaming pipes.
            replica_memory_gb: Memory in GB for each replica. Use to scale streaming pipes.
        """
        return await self._call(83, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'replicas': replicas, 'concurrency': concurrency, 'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))

    async def update_state(
        self,
        service_id: Id,
        clickpipe_id: Id,
        *,
        command: Union[str, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipe:
        """Update ClickPipe state

        Start, stop or resync ClickPipe. Stopping a ClickPipe will stop the ingestion process from any state. Starting is allowed for ClickPipes in the "Stopped" state or with a "Failed" state. Resyncing is only for Postgres and MySQL pipes and can be done from any state.

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipes/{clickPipeId}/state` (clickPipeStateUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            clickpipe_id: ID of the ClickPipe to update state.
            command: Command to change the state: 'start', 'stop', 'resync'.
        """
        return await self._call(84, (self._org(organization_id), service_id, clickpipe_id), None, body_of({'command': command}))

    async def get_cdc_scaling(
        self,
        service_id: Id,
        *,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Get CDC ClickPipes scaling

        Get scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `GET /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingGet)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
        """
        return await self._call(85, (self._org(organization_id), service_id))

    async def update_cdc_scaling(
        self,
        service_id: Id,
        *,
        replica_cpu_millicores: Union[int, NotGiven] = NOT_GIVEN,
        replica_memory_gb: Union[float, NotGiven] = NOT_GIVEN,
        organization_id: Optional[Id] = None,
    ) -> ClickPipesCdcScaling:
        """Update CDC ClickPipes scaling

        Update scaling settings for database ClickPipes (PostgreSQL, MySQL, MongoDB, BigQuery).

        The infrastructure is shared between all database ClickPipes in the service, both for initial load and CDC. Scaling settings may take a few minutes to fully propagate.

        For billing purposes, 2 CPU cores and 8 GB of RAM [correspond](https://clickhouse.com/docs/cloud/manage/billing/overview#clickpipes-for-postgres-cdc) to one compute unit. If your organization tier changes, database ClickPipes will be [rescaled](https://clickhouse.com/docs/cloud/manage/billing/overview#compute) appropriately.

        **Note:** For Kafka, Kinesis, and object storage pipes (S3, GCS, Azure Blob), see [Get ClickPipe](#tag/ClickPipes/operation/clickPipeGet).

        **This endpoint becomes available once at least one database ClickPipe was provisioned.**

        `PATCH /v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling` (clickPipeCdcScalingUpdate)

        Permissions: `control-plane:service:manage-clickpipes`.

        Args:
            service_id: ID of the service that owns the ClickPipe.
            replica_cpu_millicores: CPU in millicores for DB ClickPipes.
            replica_memory_gb: Memory in GiB for DB ClickPipes. Must be 4× the CPU core count.
        """
        return await self._call(86, (self._org(organization_id), service_id), None, body_of({'replica_cpu_millicores': replica_cpu_millicores, 'replica_memory_gb': replica_memory_gb}))
