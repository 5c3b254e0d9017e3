// generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
//! The Python classes of the API's response types, and each operation's result as
//! Python objects. Every class is one `value_class!` (py/value.rs).
//! generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.

#![allow(clippy::all, unused_imports)]

use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::core::api::models;
use crate::core::api::operations::Output;
use crate::py::value::{field, number_to_py, FromPy, ReprField, ToPy};
use crate::value_class;

value_class! {
    #[doc = "ActiveBalance, as the API answers it."]
    class PyActiveBalance("ActiveBalance") for models::ActiveBalance;
    new (*, id = None, remaining_prepaid_credits = None, total_amount = None, amount_spent = None, start_date = None, expiration_date = None);
    fields {
        id: field,
        remaining_prepaid_credits: field,
        total_amount: field,
        amount_spent: field,
        start_date: field,
        expiration_date: field,
    }
    repr { id, start_date, expiration_date }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ActiveBalances, as the API answers it."]
    class PyActiveBalances("ActiveBalances") for models::ActiveBalances;
    new (*, total_remaining_prepaid_credits = None, prepaid_balances = None);
    fields {
        total_remaining_prepaid_credits: field,
        prepaid_balances: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Activity, as the API answers it."]
    class PyActivity("Activity") for models::Activity;
    new (*, id = None, created_at = None, r#type = None, actor_type = None, actor_id = None, actor_details = None, actor_ip_address = None, organization_id = None, service_id = None, user_agent = None, target_key_id = None, key_update_type = None, target_role_ids = None, target_role_names = None, target_actor_ids = None, target_resource_ids = None);
    fields {
        id: field,
        created_at: field,
        r#type: field,
        actor_type: field,
        actor_id: field,
        actor_details: field,
        actor_ip_address: field,
        organization_id: field,
        service_id: field,
        user_agent: field,
        target_key_id: field,
        key_update_type: field,
        target_role_ids: field,
        target_role_names: field,
        target_actor_ids: field,
        target_resource_ids: field,
    }
    repr { id, created_at, r#type, actor_type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ApiKey, as the API answers it."]
    class PyApiKey("ApiKey") for models::ApiKey;
    new (*, id = None, name = None, state = None, roles = None, assigned_roles = None, key_suffix = None, created_at = None, expire_at = None, used_at = None, ip_access_list = None);
    fields {
        id: field,
        name: field,
        state: field,
        roles: field,
        assigned_roles: field,
        key_suffix: field,
        created_at: field,
        expire_at: field,
        used_at: field,
        ip_access_list: field,
    }
    repr { id, name, state, key_suffix }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "AssignedRole, as the API answers it."]
    class PyAssignedRole("AssignedRole") for models::AssignedRole;
    new (*, role_id = None, role_name = None, role_type = None);
    fields {
        role_id: field,
        role_name: field,
        role_type: field,
    }
    repr { role_id, role_name, role_type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Backup, as the API answers it."]
    class PyBackup("Backup") for models::Backup;
    new (*, id = None, status = None, service_id = None, started_at = None, finished_at = None, size_in_bytes = None, duration_in_seconds = None, r#type = None, backup_name = None, bucket = None);
    fields {
        id: field,
        status: field,
        service_id: field,
        started_at: field,
        finished_at: field,
        size_in_bytes: field,
        duration_in_seconds: field,
        r#type: field,
        backup_name: field,
        bucket: field,
    }
    repr { id, status, r#type, started_at, size_in_bytes, bucket }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "BackupConfiguration, as the API answers it."]
    class PyBackupConfiguration("BackupConfiguration") for models::BackupConfiguration;
    new (*, backup_period_in_hours = None, backup_retention_period_in_hours = None, backup_start_time = None);
    fields {
        backup_period_in_hours: number_to_py,
        backup_retention_period_in_hours: number_to_py,
        backup_start_time: field,
    }
    repr { backup_period_in_hours, backup_retention_period_in_hours, backup_start_time }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocConfig, as the API answers it."]
    class PyByocConfig("ByocConfig") for models::ByocConfig;
    new (*, id = None, state = None, account_id = None, account_name = None, region_id = None, cloud_provider = None, display_name = None);
    fields {
        id: field,
        state: field,
        account_id: field,
        account_name: field,
        region_id: field,
        cloud_provider: field,
        display_name: field,
    }
    repr { id, state, account_id, account_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocInfrastructureDetails, as the API answers it."]
    class PyByocInfrastructureDetails("ByocInfrastructureDetails") for models::ByocInfrastructureDetails;
    new (*, id = None, state = None, account_id = None, region_id = None, cloud_provider = None, display_name = None, enable_private_link = None, enable_private_load_balancer = None, enable_public_load_balancer = None, vpc_cidr_range = None, vpc_availability_zone_list = None, is_byo_vpc = None, byo_vpc_id = None, byo_vpc_private_subnet_ids = None, byo_vpc_pod_cidr_range_names = None, byo_vpc_shared_vpc_host_project_id = None, gcp_psc_subnet_id = None);
    fields {
        id: field,
        state: field,
        account_id: field,
        region_id: field,
        cloud_provider: field,
        display_name: field,
        enable_private_link: field,
        enable_private_load_balancer: field,
        enable_public_load_balancer: field,
        vpc_cidr_range: field,
        vpc_availability_zone_list: field,
        is_byo_vpc: field,
        byo_vpc_id: field,
        byo_vpc_private_subnet_ids: field,
        byo_vpc_pod_cidr_range_names: field,
        byo_vpc_shared_vpc_host_project_id: field,
        gcp_psc_subnet_id: field,
    }
    repr { id, state, account_id, region_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocInfrastructurePrivateEndpointConfig, as the API answers it."]
    class PyByocInfrastructurePrivateEndpointConfig("ByocInfrastructurePrivateEndpointConfig") for models::ByocInfrastructurePrivateEndpointConfig;
    new (*, endpoint_name = None, private_dns_hostname = None);
    fields {
        endpoint_name: field,
        private_dns_hostname: field,
    }
    repr { endpoint_name, private_dns_hostname }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocInfrastructureProgress, as the API answers it."]
    class PyByocInfrastructureProgress("ByocInfrastructureProgress") for models::ByocInfrastructureProgress;
    new (*, id = None, status = None, updated_at = None, stages = None);
    fields {
        id: field,
        status: field,
        updated_at: field,
        stages: field,
    }
    repr { id, status, updated_at }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocInfrastructureProgressStage, as the API answers it."]
    class PyByocInfrastructureProgressStage("ByocInfrastructureProgressStage") for models::ByocInfrastructureProgressStage;
    new (*, name = None, status = None, updated_at = None, message = None, sub_stages = None);
    fields {
        name: field,
        status: field,
        updated_at: field,
        message: field,
        sub_stages: field,
    }
    repr { name, status, updated_at, message }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocInfrastructureTagsResponse, as the API answers it."]
    class PyByocInfrastructureTagsResponse("ByocInfrastructureTagsResponse") for models::ByocInfrastructureTagsResponse;
    new (*, tags = None);
    fields {
        tags: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocInfrastructureValidation, as the API answers it."]
    class PyByocInfrastructureValidation("ByocInfrastructureValidation") for models::ByocInfrastructureValidation;
    new (*, cloud_provider = None, all_passed = None, any_passed = None, supported = None, checks = None);
    fields {
        cloud_provider: field,
        all_passed: field,
        any_passed: field,
        supported: field,
        checks: field,
    }
    repr { cloud_provider, all_passed, any_passed, supported }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ByocInfrastructureValidationCheck, as the API answers it."]
    class PyByocInfrastructureValidationCheck("ByocInfrastructureValidationCheck") for models::ByocInfrastructureValidationCheck;
    new (*, name = None, action = None, allowed = None, reason = None, group = None);
    fields {
        name: field,
        action: field,
        allowed: field,
        reason: field,
        group: field,
    }
    repr { name, action, allowed, reason }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipe, as the API answers it."]
    class PyClickPipe("ClickPipe") for models::ClickPipe;
    new (*, id = None, service_id = None, name = None, state = None, scaling = None, source = None, destination = None, field_mappings = None, settings = None, created_at = None, updated_at = None);
    fields {
        id: field,
        service_id: field,
        name: field,
        state: field,
        scaling: field,
        source: field,
        destination: field,
        field_mappings: field,
        settings: field,
        created_at: field,
        updated_at: field,
    }
    repr { id, name, state, service_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeBigQueryPipeSettings, as the API answers it."]
    class PyClickPipeBigQueryPipeSettings("ClickPipeBigQueryPipeSettings") for models::ClickPipeBigQueryPipeSettings;
    new (*, replication_mode = None, replication_method = None, sync_interval_seconds = None, query_cdc_pull_sync_parallelism = None, sync_delay_seconds = None, pull_window_size_seconds = None, sync_cron = None, allow_nullable_columns = None, initial_load_parallelism = None, snapshot_num_rows_per_partition = None, snapshot_number_of_parallel_tables = None);
    fields {
        replication_mode: field,
        replication_method: field,
        sync_interval_seconds: field,
        query_cdc_pull_sync_parallelism: field,
        sync_delay_seconds: field,
        pull_window_size_seconds: field,
        sync_cron: field,
        allow_nullable_columns: field,
        initial_load_parallelism: field,
        snapshot_num_rows_per_partition: field,
        snapshot_number_of_parallel_tables: field,
    }
    repr { replication_mode, replication_method, sync_interval_seconds, query_cdc_pull_sync_parallelism }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeBigQueryPipeTableMapping, as the API answers it."]
    class PyClickPipeBigQueryPipeTableMapping("ClickPipeBigQueryPipeTableMapping") for models::ClickPipeBigQueryPipeTableMapping;
    new (*, source_dataset_name = None, source_table = None, target_table = None, excluded_columns = None, use_custom_sorting_key = None, sorting_keys = None, table_engine = None, query_cdc_watermark_column = None, events_function = None);
    fields {
        source_dataset_name: field,
        source_table: field,
        target_table: field,
        excluded_columns: field,
        use_custom_sorting_key: field,
        sorting_keys: field,
        table_engine: field,
        query_cdc_watermark_column: field,
        events_function: field,
    }
    repr { source_dataset_name, source_table, target_table, use_custom_sorting_key }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeBigQueryServiceAccountSource, as the API answers it."]
    class PyClickPipeBigQueryServiceAccountSource("ClickPipeBigQueryServiceAccountSource") for models::ClickPipeBigQueryServiceAccountSource;
    new (*, snapshot_staging_path = None, settings = None, table_mappings = None, authentication = None, project_id = None);
    fields {
        snapshot_staging_path: field,
        settings: field,
        table_mappings: field,
        authentication: field,
        project_id: field,
    }
    repr { snapshot_staging_path, authentication, project_id }
    secrets []
    defaults { authentication: "SERVICE_ACCOUNT" }
}

value_class! {
    #[doc = "ClickPipeBigQueryWorkloadIdentitySource, as the API answers it."]
    class PyClickPipeBigQueryWorkloadIdentitySource("ClickPipeBigQueryWorkloadIdentitySource") for models::ClickPipeBigQueryWorkloadIdentitySource;
    new (*, snapshot_staging_path = None, settings = None, table_mappings = None, authentication = None, project_id = None);
    fields {
        snapshot_staging_path: field,
        settings: field,
        table_mappings: field,
        authentication: field,
        project_id: field,
    }
    repr { snapshot_staging_path, authentication, project_id }
    secrets []
    defaults { authentication: "SERVICE_ACCOUNT_WORKLOAD_IDENTITY" }
}

value_class! {
    #[doc = "ClickPipeDestination, as the API answers it."]
    class PyClickPipeDestination("ClickPipeDestination") for models::ClickPipeDestination;
    new (*, database = None, table = None, managed_table = None, table_definition = None, columns = None);
    fields {
        database: field,
        table: field,
        managed_table: field,
        table_definition: field,
        columns: field,
    }
    repr { database, table, managed_table }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeDestinationColumn, as the API answers it."]
    class PyClickPipeDestinationColumn("ClickPipeDestinationColumn") for models::ClickPipeDestinationColumn;
    new (*, name = None, r#type = None);
    fields {
        name: field,
        r#type: field,
    }
    repr { name, r#type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeDestinationTableDefinition, as the API answers it."]
    class PyClickPipeDestinationTableDefinition("ClickPipeDestinationTableDefinition") for models::ClickPipeDestinationTableDefinition;
    new (*, engine = None, sorting_key = None, partition_by = None, primary_key = None, ttl = None);
    fields {
        engine: field,
        sorting_key: field,
        partition_by: field,
        primary_key: field,
        ttl: field,
    }
    repr { partition_by, primary_key, ttl }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeDestinationTableEngine, as the API answers it."]
    class PyClickPipeDestinationTableEngine("ClickPipeDestinationTableEngine") for models::ClickPipeDestinationTableEngine;
    new (*, r#type = None, version_column_id = None, column_ids = None);
    fields {
        r#type: field,
        version_column_id: field,
        column_ids: field,
    }
    repr { r#type, version_column_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeFieldMapping, as the API answers it."]
    class PyClickPipeFieldMapping("ClickPipeFieldMapping") for models::ClickPipeFieldMapping;
    new (*, source_field = None, destination_field = None);
    fields {
        source_field: field,
        destination_field: field,
    }
    repr { source_field, destination_field }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeKafkaConfluentSchemaRegistry, as the API answers it."]
    class PyClickPipeKafkaConfluentSchemaRegistry("ClickPipeKafkaConfluentSchemaRegistry") for models::ClickPipeKafkaConfluentSchemaRegistry;
    new (*, r#type = None, url = None, authentication = None, ca_certificate = None);
    fields {
        r#type: field,
        url: field,
        authentication: field,
        ca_certificate: field,
    }
    repr { r#type, url, authentication, ca_certificate }
    secrets []
    defaults { r#type: "confluent" }
}

value_class! {
    #[doc = "ClickPipeKafkaGlueSchemaRegistry, as the API answers it."]
    class PyClickPipeKafkaGlueSchemaRegistry("ClickPipeKafkaGlueSchemaRegistry") for models::ClickPipeKafkaGlueSchemaRegistry;
    new (*, r#type = None, glue_region = None, glue_registry_name = None, glue_role_arn = None);
    fields {
        r#type: field,
        glue_region: field,
        glue_registry_name: field,
        glue_role_arn: field,
    }
    repr { r#type, glue_region, glue_registry_name, glue_role_arn }
    secrets []
    defaults { r#type: "glue" }
}

value_class! {
    #[doc = "ClickPipeKafkaOffset, as the API answers it."]
    class PyClickPipeKafkaOffset("ClickPipeKafkaOffset") for models::ClickPipeKafkaOffset;
    new (*, strategy = None, timestamp = None);
    fields {
        strategy: field,
        timestamp: field,
    }
    repr { strategy, timestamp }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeKafkaSource, as the API answers it."]
    class PyClickPipeKafkaSource("ClickPipeKafkaSource") for models::ClickPipeKafkaSource;
    new (*, r#type = None, format = None, brokers = None, topics = None, consumer_group = None, authentication = None, iam_role = None, offset = None, schema_registry = None, ca_certificate = None, reverse_private_endpoint_ids = None, exactly_once = None, tombstone_mode = None);
    fields {
        r#type: field,
        format: field,
        brokers: field,
        topics: field,
        consumer_group: field,
        authentication: field,
        iam_role: field,
        offset: field,
        schema_registry: field,
        ca_certificate: field,
        reverse_private_endpoint_ids: field,
        exactly_once: field,
        tombstone_mode: field,
    }
    repr { r#type, format, brokers, topics }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeKinesisSchemaRegistry, as the API answers it."]
    class PyClickPipeKinesisSchemaRegistry("ClickPipeKinesisSchemaRegistry") for models::ClickPipeKinesisSchemaRegistry;
    new (*, r#type = None, glue_region = None, glue_registry_name = None, glue_role_arn = None);
    fields {
        r#type: field,
        glue_region: field,
        glue_registry_name: field,
        glue_role_arn: field,
    }
    repr { r#type, glue_region, glue_registry_name, glue_role_arn }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeKinesisSource, as the API answers it."]
    class PyClickPipeKinesisSource("ClickPipeKinesisSource") for models::ClickPipeKinesisSource;
    new (*, format = None, stream_name = None, region = None, use_enhanced_fan_out = None, iterator_type = None, timestamp = None, authentication = None, iam_role = None, schema_registry = None);
    fields {
        format: field,
        stream_name: field,
        region: field,
        use_enhanced_fan_out: field,
        iterator_type: field,
        timestamp: field,
        authentication: field,
        iam_role: field,
        schema_registry: field,
    }
    repr { region, format, stream_name, use_enhanced_fan_out }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMongoDBPipeColumn, as the API answers it."]
    class PyClickPipeMongoDBPipeColumn("ClickPipeMongoDBPipeColumn") for models::ClickPipeMongoDBPipeColumn;
    new (*, name = None, r#type = None);
    fields {
        name: field,
        r#type: field,
    }
    repr { name, r#type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMongoDBPipeSettings, as the API answers it."]
    class PyClickPipeMongoDBPipeSettings("ClickPipeMongoDBPipeSettings") for models::ClickPipeMongoDBPipeSettings;
    new (*, sync_interval_seconds = None, pull_batch_size = None, replication_mode = None, initial_load_parallelism = None, snapshot_num_rows_per_partition = None, snapshot_number_of_parallel_tables = None, delete_on_merge = None, use_json_native_format = None);
    fields {
        sync_interval_seconds: field,
        pull_batch_size: field,
        replication_mode: field,
        initial_load_parallelism: field,
        snapshot_num_rows_per_partition: field,
        snapshot_number_of_parallel_tables: field,
        delete_on_merge: field,
        use_json_native_format: field,
    }
    repr { sync_interval_seconds, pull_batch_size, replication_mode, initial_load_parallelism }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMongoDBPipeTableMapping, as the API answers it."]
    class PyClickPipeMongoDBPipeTableMapping("ClickPipeMongoDBPipeTableMapping") for models::ClickPipeMongoDBPipeTableMapping;
    new (*, source_database_name = None, source_collection = None, target_table = None, table_engine = None, structured_ingestion = None);
    fields {
        source_database_name: field,
        source_collection: field,
        target_table: field,
        table_engine: field,
        structured_ingestion: field,
    }
    repr { source_database_name, source_collection, target_table, table_engine }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMongoDBSource, as the API answers it."]
    class PyClickPipeMongoDBSource("ClickPipeMongoDBSource") for models::ClickPipeMongoDBSource;
    new (*, uri = None, read_preference = None, tls_host = None, disable_tls = None, skip_cert_verification = None, ca_certificate = None, settings = None, table_mappings = None);
    fields {
        uri: field,
        read_preference: field,
        tls_host: field,
        disable_tls: field,
        skip_cert_verification: field,
        ca_certificate: field,
        settings: field,
        table_mappings: field,
    }
    repr { uri, read_preference, tls_host, disable_tls }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMongoDBStructuredIngestion, as the API answers it."]
    class PyClickPipeMongoDBStructuredIngestion("ClickPipeMongoDBStructuredIngestion") for models::ClickPipeMongoDBStructuredIngestion;
    new (*, enabled = None, drop_unexpected_values = None, columns = None, excluded_columns = None, sorting_keys = None, partition_by_expr = None);
    fields {
        enabled: field,
        drop_unexpected_values: field,
        columns: field,
        excluded_columns: field,
        sorting_keys: field,
        partition_by_expr: field,
    }
    repr { enabled, drop_unexpected_values, partition_by_expr }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMySQLPipeSettings, as the API answers it."]
    class PyClickPipeMySQLPipeSettings("ClickPipeMySQLPipeSettings") for models::ClickPipeMySQLPipeSettings;
    new (*, sync_interval_seconds = None, pull_batch_size = None, replication_mode = None, replication_mechanism = None, use_compression = None, allow_nullable_columns = None, initial_load_parallelism = None, snapshot_num_rows_per_partition = None, snapshot_number_of_parallel_tables = None, delete_on_merge = None);
    fields {
        sync_interval_seconds: field,
        pull_batch_size: field,
        replication_mode: field,
        replication_mechanism: field,
        use_compression: field,
        allow_nullable_columns: field,
        initial_load_parallelism: field,
        snapshot_num_rows_per_partition: field,
        snapshot_number_of_parallel_tables: field,
        delete_on_merge: field,
    }
    repr { sync_interval_seconds, pull_batch_size, replication_mode, replication_mechanism }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMySQLPipeTableMapping, as the API answers it."]
    class PyClickPipeMySQLPipeTableMapping("ClickPipeMySQLPipeTableMapping") for models::ClickPipeMySQLPipeTableMapping;
    new (*, source_schema_name = None, source_table = None, target_table = None, excluded_columns = None, use_custom_sorting_key = None, sorting_keys = None, table_engine = None, partition_key = None, partition_by_expr = None);
    fields {
        source_schema_name: field,
        source_table: field,
        target_table: field,
        excluded_columns: field,
        use_custom_sorting_key: field,
        sorting_keys: field,
        table_engine: field,
        partition_key: field,
        partition_by_expr: field,
    }
    repr { source_schema_name, source_table, target_table, use_custom_sorting_key }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeMySQLSource, as the API answers it."]
    class PyClickPipeMySQLSource("ClickPipeMySQLSource") for models::ClickPipeMySQLSource;
    new (*, r#type = None, host = None, port = None, authentication = None, iam_role = None, tls_host = None, ca_certificate = None, disable_tls = None, skip_cert_verification = None, server_id = None, settings = None, table_mappings = None);
    fields {
        r#type: field,
        host: field,
        port: field,
        authentication: field,
        iam_role: field,
        tls_host: field,
        ca_certificate: field,
        disable_tls: field,
        skip_cert_verification: field,
        server_id: field,
        settings: field,
        table_mappings: field,
    }
    repr { r#type, host, port, authentication }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeObjectStorageSource, as the API answers it."]
    class PyClickPipeObjectStorageSource("ClickPipeObjectStorageSource") for models::ClickPipeObjectStorageSource;
    new (*, r#type = None, format = None, url = None, delimiter = None, compression = None, is_continuous = None, queue_url = None, skip_initial_load = None, start_after = None, authentication = None, iam_role = None, connection_string = None, path = None, azure_container_name = None);
    fields {
        r#type: field,
        format: field,
        url: field,
        delimiter: field,
        compression: field,
        is_continuous: field,
        queue_url: field,
        skip_initial_load: field,
        start_after: field,
        authentication: field,
        iam_role: field,
        connection_string: field,
        path: field,
        azure_container_name: field,
    }
    repr { r#type, format, url, delimiter }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipePostgresPipeSettings, as the API answers it."]
    class PyClickPipePostgresPipeSettings("ClickPipePostgresPipeSettings") for models::ClickPipePostgresPipeSettings;
    new (*, sync_interval_seconds = None, pull_batch_size = None, publication_name = None, replication_mode = None, replication_slot_name = None, allow_nullable_columns = None, initial_load_parallelism = None, snapshot_num_rows_per_partition = None, snapshot_number_of_parallel_tables = None, enable_failover_slots = None, delete_on_merge = None);
    fields {
        sync_interval_seconds: field,
        pull_batch_size: field,
        publication_name: field,
        replication_mode: field,
        replication_slot_name: field,
        allow_nullable_columns: field,
        initial_load_parallelism: field,
        snapshot_num_rows_per_partition: field,
        snapshot_number_of_parallel_tables: field,
        enable_failover_slots: field,
        delete_on_merge: field,
    }
    repr { sync_interval_seconds, pull_batch_size, publication_name, replication_mode }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipePostgresPipeTableMapping, as the API answers it."]
    class PyClickPipePostgresPipeTableMapping("ClickPipePostgresPipeTableMapping") for models::ClickPipePostgresPipeTableMapping;
    new (*, source_schema_name = None, source_table = None, target_table = None, excluded_columns = None, use_custom_sorting_key = None, sorting_keys = None, table_engine = None, partition_key = None, partition_by_expr = None);
    fields {
        source_schema_name: field,
        source_table: field,
        target_table: field,
        excluded_columns: field,
        use_custom_sorting_key: field,
        sorting_keys: field,
        table_engine: field,
        partition_key: field,
        partition_by_expr: field,
    }
    repr { source_schema_name, source_table, target_table, use_custom_sorting_key }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipePostgresSource, as the API answers it."]
    class PyClickPipePostgresSource("ClickPipePostgresSource") for models::ClickPipePostgresSource;
    new (*, r#type = None, host = None, port = None, database = None, authentication = None, iam_role = None, tls_host = None, ca_certificate = None, disable_tls = None, skip_cert_verification = None, settings = None, table_mappings = None);
    fields {
        r#type: field,
        host: field,
        port: field,
        database: field,
        authentication: field,
        iam_role: field,
        tls_host: field,
        ca_certificate: field,
        disable_tls: field,
        skip_cert_verification: field,
        settings: field,
        table_mappings: field,
    }
    repr { r#type, host, port, database }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipePubSubSource, as the API answers it."]
    class PyClickPipePubSubSource("ClickPipePubSubSource") for models::ClickPipePubSubSource;
    new (*, format = None, project_id = None, topic = None, authentication = None, seek_type = None, seek_timestamp = None, filter = None, enable_ordering = None, ack_deadline = None);
    fields {
        format: field,
        project_id: field,
        topic: field,
        authentication: field,
        seek_type: field,
        seek_timestamp: field,
        filter: field,
        enable_ordering: field,
        ack_deadline: field,
    }
    repr { format, project_id, topic, authentication }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeScaling, as the API answers it."]
    class PyClickPipeScaling("ClickPipeScaling") for models::ClickPipeScaling;
    new (*, replicas = None, concurrency = None, replica_cpu_millicores = None, replica_memory_gb = None);
    fields {
        replicas: field,
        concurrency: field,
        replica_cpu_millicores: field,
        replica_memory_gb: field,
    }
    repr { replicas, concurrency, replica_cpu_millicores }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeSchemaDiscoveryField, as the API answers it."]
    class PyClickPipeSchemaDiscoveryField("ClickPipeSchemaDiscoveryField") for models::ClickPipeSchemaDiscoveryField;
    new (*, name = None, r#type = None, optional = None);
    fields {
        name: field,
        r#type: field,
        optional: field,
    }
    repr { name, r#type, optional }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeSchemaDiscoveryResponse, as the API answers it."]
    class PyClickPipeSchemaDiscoveryResponse("ClickPipeSchemaDiscoveryResponse") for models::ClickPipeSchemaDiscoveryResponse;
    new (*, fields = None, meta = None);
    fields {
        fields: field,
        meta: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeSettings, as the API answers it."]
    class PyClickPipeSettings("ClickPipeSettings") for models::ClickPipeSettings;
    new (*, streaming_max_insert_wait_ms = None, object_storage_concurrency = None, object_storage_polling_interval_ms = None, object_storage_max_insert_bytes = None, object_storage_max_file_count = None, clickhouse_max_threads = None, clickhouse_max_insert_threads = None, clickhouse_min_insert_block_size_bytes = None, clickhouse_max_download_threads = None, clickhouse_parallel_distributed_insert_select = None, kafka_read_committed = None, object_storage_use_cluster_function = None, clickhouse_parallel_view_processing = None);
    fields {
        streaming_max_insert_wait_ms: field,
        object_storage_concurrency: field,
        object_storage_polling_interval_ms: field,
        object_storage_max_insert_bytes: field,
        object_storage_max_file_count: field,
        clickhouse_max_threads: field,
        clickhouse_max_insert_threads: field,
        clickhouse_min_insert_block_size_bytes: field,
        clickhouse_max_download_threads: field,
        clickhouse_parallel_distributed_insert_select: field,
        kafka_read_committed: field,
        object_storage_use_cluster_function: field,
        clickhouse_parallel_view_processing: field,
    }
    repr { streaming_max_insert_wait_ms, object_storage_concurrency, object_storage_polling_interval_ms, object_storage_max_insert_bytes }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipeSource, as the API answers it."]
    class PyClickPipeSource("ClickPipeSource") for models::ClickPipeSource;
    new (*, kafka = None, object_storage = None, kinesis = None, pubsub = None, postgres = None, mysql = None, bigquery = None, mongodb = None);
    fields {
        kafka: field,
        object_storage: field,
        kinesis: field,
        pubsub: field,
        postgres: field,
        mysql: field,
        bigquery: field,
        mongodb: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipesCdcScaling, as the API answers it."]
    class PyClickPipesCdcScaling("ClickPipesCdcScaling") for models::ClickPipesCdcScaling;
    new (*, replica_cpu_millicores = None, replica_memory_gb = None);
    fields {
        replica_cpu_millicores: field,
        replica_memory_gb: field,
    }
    repr { replica_cpu_millicores }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipesGcpWorkloadIdentityContext, as the API answers it."]
    class PyClickPipesGcpWorkloadIdentityContext("ClickPipesGcpWorkloadIdentityContext") for models::ClickPipesGcpWorkloadIdentityContext;
    new (*, supported = None, ready = None, principal = None);
    fields {
        supported: field,
        ready: field,
        principal: field,
    }
    repr { supported, ready, principal }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickPipesServiceContext, as the API answers it."]
    class PyClickPipesServiceContext("ClickPipesServiceContext") for models::ClickPipesServiceContext;
    new (*, gcp_workload_identity = None);
    fields {
        gcp_workload_identity: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackAggregatedColumn, as the API answers it."]
    class PyClickStackAggregatedColumn("ClickStackAggregatedColumn") for models::ClickStackAggregatedColumn;
    new (*, source_column = None, agg_fn = None, mv_column = None);
    fields {
        source_column: field,
        agg_fn: field,
        mv_column: field,
    }
    repr { source_column, agg_fn, mv_column }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackAlertChannelEmail, as the API answers it."]
    class PyClickStackAlertChannelEmail("ClickStackAlertChannelEmail") for models::ClickStackAlertChannelEmail;
    new (*, r#type = None, email_recipients = None);
    fields {
        r#type: field,
        email_recipients: field,
    }
    repr { r#type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackAlertExecutionError, as the API answers it."]
    class PyClickStackAlertExecutionError("ClickStackAlertExecutionError") for models::ClickStackAlertExecutionError;
    new (*, timestamp = None, r#type = None, message = None);
    fields {
        timestamp: field,
        r#type: field,
        message: field,
    }
    repr { timestamp, r#type, message }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackAlertLineBuilderChartConfig, as the API answers it."]
    class PyClickStackAlertLineBuilderChartConfig("ClickStackAlertLineBuilderChartConfig") for models::ClickStackAlertLineBuilderChartConfig;
    new (*, display_type = None, source_id = None, select = None, group_by = None, as_ratio = None, align_date_range_to_granularity = None, fill_nulls = None, fit_y_axis_to_data = None, line_interpolation = None, number_format = None, compare_to_previous_period = None, series_limit = None, formulas = None, show_operand_series = None, name = None, r#where = None, where_language = None);
    fields {
        display_type: field,
        source_id: field,
        select: field,
        group_by: field,
        as_ratio: field,
        align_date_range_to_granularity: field,
        fill_nulls: field,
        fit_y_axis_to_data: field,
        line_interpolation: field,
        number_format: field,
        compare_to_previous_period: field,
        series_limit: field,
        formulas: field,
        show_operand_series: field,
        name: field,
        r#where: field,
        where_language: field,
    }
    repr { name, display_type, source_id, group_by }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackAlertResponse, as the API answers it."]
    class PyClickStackAlertResponse("ClickStackAlertResponse") for models::ClickStackAlertResponse;
    new (*, dashboard_id = None, tile_id = None, saved_search_id = None, group_by = None, chart_config = None, threshold = None, threshold_max = None, interval = None, schedule_offset_minutes = None, schedule_start_at = None, source = None, threshold_type = None, channel = None, channels = None, name = None, message = None, note = None, num_consecutive_windows = None, display_name = None, tags = None, id = None, state = None, team_id = None, silenced = None, execution_errors = None, created_at = None, updated_at = None);
    fields {
        dashboard_id: field,
        tile_id: field,
        saved_search_id: field,
        group_by: field,
        chart_config: field,
        threshold: field,
        threshold_max: field,
        interval: field,
        schedule_offset_minutes: field,
        schedule_start_at: field,
        source: field,
        threshold_type: field,
        channel: field,
        channels: field,
        name: field,
        message: field,
        note: field,
        num_consecutive_windows: field,
        display_name: field,
        tags: field,
        id: field,
        state: field,
        team_id: field,
        silenced: field,
        execution_errors: field,
        created_at: field,
        updated_at: field,
    }
    repr { id, name, state, dashboard_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackAlertSilenced, as the API answers it."]
    class PyClickStackAlertSilenced("ClickStackAlertSilenced") for models::ClickStackAlertSilenced;
    new (*, by = None, at = None, until = None);
    fields {
        by: field,
        at: field,
        until: field,
    }
    repr { by, at, until }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackClickHouseCASLPermission, as the API answers it."]
    class PyClickStackClickHouseCASLPermission("ClickStackClickHouseCASLPermission") for models::ClickStackClickHouseCASLPermission;
    new (*, action = None, subject = None, fields = None, inverted = None, integration = None, conditions = None);
    fields {
        action: field,
        subject: field,
        fields: field,
        inverted: field,
        integration: field,
        conditions: field,
    }
    repr { action, subject, inverted, integration }
    secrets []
    defaults { integration: "clickhouse" }
}

value_class! {
    #[doc = "ClickStackClickHouseCASLPermissionConditions, as the API answers it."]
    class PyClickStackClickHouseCASLPermissionConditions("ClickStackClickHouseCASLPermissionConditions") for models::ClickStackClickHouseCASLPermissionConditions;
    new (*, connection = None, from_ = None, r#where = None, where_language = None);
    fields {
        connection: field,
        from_: field,
        r#where: field,
        where_language: field,
    }
    repr { connection, r#where, where_language }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackClickHouseCASLPermissionConditionsFrom, as the API answers it."]
    class PyClickStackClickHouseCASLPermissionConditionsFrom("ClickStackClickHouseCASLPermissionConditionsFrom") for models::ClickStackClickHouseCASLPermissionConditionsFrom;
    new (*, database_name = None, table_name = None);
    fields {
        database_name: field,
        table_name: field,
    }
    repr { database_name, table_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackDashboardContainer, as the API answers it."]
    class PyClickStackDashboardContainer("ClickStackDashboardContainer") for models::ClickStackDashboardContainer;
    new (*, id = None, title = None, collapsed = None, collapsible = None, bordered = None, tabs = None);
    fields {
        id: field,
        title: field,
        collapsed: field,
        collapsible: field,
        bordered: field,
        tabs: field,
    }
    repr { id, title, collapsed, collapsible }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackDashboardContainerTab, as the API answers it."]
    class PyClickStackDashboardContainerTab("ClickStackDashboardContainerTab") for models::ClickStackDashboardContainerTab;
    new (*, id = None, title = None);
    fields {
        id: field,
        title: field,
    }
    repr { id, title }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackDashboardResponse, as the API answers it."]
    class PyClickStackDashboardResponse("ClickStackDashboardResponse") for models::ClickStackDashboardResponse;
    new (*, id = None, name = None, tiles = None, tags = None, filters = None, saved_query = None, saved_query_language = None, saved_filter_values = None, containers = None);
    fields {
        id: field,
        name: field,
        tiles: field,
        tags: field,
        filters: field,
        saved_query: field,
        saved_query_language: field,
        saved_filter_values: field,
        containers: field,
    }
    repr { id, name, saved_query, saved_query_language }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackFilterSettingsColumn, as the API answers it."]
    class PyClickStackFilterSettingsColumn("ClickStackFilterSettingsColumn") for models::ClickStackFilterSettingsColumn;
    new (*, name = None, label = None, value_expression = None, allow_all = None);
    fields {
        name: field,
        label: field,
        value_expression: field,
        allow_all: field,
    }
    repr { name, label, value_expression, allow_all }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackFormula, as the API answers it."]
    class PyClickStackFormula("ClickStackFormula") for models::ClickStackFormula;
    new (*, expression = None, alias = None, number_format = None);
    fields {
        expression: field,
        alias: field,
        number_format: field,
    }
    repr { expression, alias }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackGenericWebhook, as the API answers it."]
    class PyClickStackGenericWebhook("ClickStackGenericWebhook") for models::ClickStackGenericWebhook;
    new (*, id = None, name = None, service = None, url = None, description = None, body = None, updated_at = None, created_at = None);
    fields {
        id: field,
        name: field,
        service: field,
        url: field,
        description: field,
        body: field,
        updated_at: field,
        created_at: field,
    }
    repr { id, name, service, url }
    secrets []
    defaults { service: "generic" }
}

value_class! {
    #[doc = "ClickStackHighlightedAttributeExpression, as the API answers it."]
    class PyClickStackHighlightedAttributeExpression("ClickStackHighlightedAttributeExpression") for models::ClickStackHighlightedAttributeExpression;
    new (*, sql_expression = None, lucene_expression = None, alias = None);
    fields {
        sql_expression: field,
        lucene_expression: field,
        alias: field,
    }
    repr { sql_expression, lucene_expression, alias }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackIncidentIOWebhook, as the API answers it."]
    class PyClickStackIncidentIOWebhook("ClickStackIncidentIOWebhook") for models::ClickStackIncidentIOWebhook;
    new (*, id = None, name = None, service = None, url = None, description = None, updated_at = None, created_at = None);
    fields {
        id: field,
        name: field,
        service: field,
        url: field,
        description: field,
        updated_at: field,
        created_at: field,
    }
    repr { id, name, service, url }
    secrets []
    defaults { service: "incidentio" }
}

value_class! {
    #[doc = "ClickStackLineBuilderChartConfig, as the API answers it."]
    class PyClickStackLineBuilderChartConfig("ClickStackLineBuilderChartConfig") for models::ClickStackLineBuilderChartConfig;
    new (*, display_type = None, source_id = None, select = None, group_by = None, as_ratio = None, align_date_range_to_granularity = None, fill_nulls = None, fit_y_axis_to_data = None, line_interpolation = None, number_format = None, compare_to_previous_period = None, series_limit = None, formulas = None, show_operand_series = None);
    fields {
        display_type: field,
        source_id: field,
        select: field,
        group_by: field,
        as_ratio: field,
        align_date_range_to_granularity: field,
        fill_nulls: field,
        fit_y_axis_to_data: field,
        line_interpolation: field,
        number_format: field,
        compare_to_previous_period: field,
        series_limit: field,
        formulas: field,
        show_operand_series: field,
    }
    repr { display_type, source_id, group_by, as_ratio }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackLogSource, as the API answers it."]
    class PyClickStackLogSource("ClickStackLogSource") for models::ClickStackLogSource;
    new (*, id = None, name = None, section = None, disabled = None, kind = None, connection = None, from_ = None, query_settings = None, filter_settings = None, default_table_select_expression = None, timestamp_value_expression = None, service_name_expression = None, service_version_expression = None, severity_text_expression = None, body_expression = None, event_attributes_expression = None, resource_attributes_expression = None, displayed_timestamp_value_expression = None, order_by_expression = None, metric_source_id = None, trace_source_id = None, trace_id_expression = None, span_id_expression = None, implicit_column_expression = None, known_columns_list_expression = None, use_text_index_for_implicit_column = None, highlighted_trace_attribute_expressions = None, highlighted_row_attribute_expressions = None, materialized_views = None, metadata_materialized_views = None);
    fields {
        id: field,
        name: field,
        section: field,
        disabled: field,
        kind: field,
        connection: field,
        from_: field,
        query_settings: field,
        filter_settings: field,
        default_table_select_expression: field,
        timestamp_value_expression: field,
        service_name_expression: field,
        service_version_expression: field,
        severity_text_expression: field,
        body_expression: field,
        event_attributes_expression: field,
        resource_attributes_expression: field,
        displayed_timestamp_value_expression: field,
        order_by_expression: field,
        metric_source_id: field,
        trace_source_id: field,
        trace_id_expression: field,
        span_id_expression: field,
        implicit_column_expression: field,
        known_columns_list_expression: field,
        use_text_index_for_implicit_column: field,
        highlighted_trace_attribute_expressions: field,
        highlighted_row_attribute_expressions: field,
        materialized_views: field,
        metadata_materialized_views: field,
    }
    repr { id, name, section, disabled }
    secrets []
    defaults { kind: "log" }
}

value_class! {
    #[doc = "ClickStackLogSourceMetadataMaterializedViews, as the API answers it."]
    class PyClickStackLogSourceMetadataMaterializedViews("ClickStackLogSourceMetadataMaterializedViews") for models::ClickStackLogSourceMetadataMaterializedViews;
    new (*, key_rollup_table = None, kv_rollup_table = None, granularity = None);
    fields {
        key_rollup_table: field,
        kv_rollup_table: field,
        granularity: field,
    }
    repr { key_rollup_table, kv_rollup_table, granularity }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackMaterializedView, as the API answers it."]
    class PyClickStackMaterializedView("ClickStackMaterializedView") for models::ClickStackMaterializedView;
    new (*, database_name = None, table_name = None, dimension_columns = None, min_granularity = None, min_date = None, timestamp_column = None, aggregated_columns = None);
    fields {
        database_name: field,
        table_name: field,
        dimension_columns: field,
        min_granularity: field,
        min_date: field,
        timestamp_column: field,
        aggregated_columns: field,
    }
    repr { database_name, table_name, dimension_columns, min_granularity }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackMetricSource, as the API answers it."]
    class PyClickStackMetricSource("ClickStackMetricSource") for models::ClickStackMetricSource;
    new (*, id = None, name = None, section = None, disabled = None, kind = None, connection = None, from_ = None, query_settings = None, metric_tables = None, timestamp_value_expression = None, resource_attributes_expression = None, log_source_id = None);
    fields {
        id: field,
        name: field,
        section: field,
        disabled: field,
        kind: field,
        connection: field,
        from_: field,
        query_settings: field,
        metric_tables: field,
        timestamp_value_expression: field,
        resource_attributes_expression: field,
        log_source_id: field,
    }
    repr { id, name, section, disabled }
    secrets []
    defaults { kind: "metric" }
}

value_class! {
    #[doc = "ClickStackMetricSourceFrom, as the API answers it."]
    class PyClickStackMetricSourceFrom("ClickStackMetricSourceFrom") for models::ClickStackMetricSourceFrom;
    new (*, database_name = None, table_name = None);
    fields {
        database_name: field,
        table_name: field,
    }
    repr { database_name, table_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackMetricTables, as the API answers it."]
    class PyClickStackMetricTables("ClickStackMetricTables") for models::ClickStackMetricTables;
    new (*, gauge = None, histogram = None, sum = None, summary = None, exponential_histogram = None);
    fields {
        gauge: field,
        histogram: field,
        sum: field,
        summary: field,
        exponential_histogram: field,
    }
    repr { gauge, histogram, sum, summary }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackMongoDBCASLPermission, as the API answers it."]
    class PyClickStackMongoDBCASLPermission("ClickStackMongoDBCASLPermission") for models::ClickStackMongoDBCASLPermission;
    new (*, action = None, subject = None, fields = None, inverted = None, integration = None, conditions = None);
    fields {
        action: field,
        subject: field,
        fields: field,
        inverted: field,
        integration: field,
        conditions: field,
    }
    repr { action, subject, inverted, integration }
    secrets []
    defaults { integration: "mongodb" }
}

value_class! {
    #[doc = "ClickStackNumberFormat, as the API answers it."]
    class PyClickStackNumberFormat("ClickStackNumberFormat") for models::ClickStackNumberFormat;
    new (*, output = None, mantissa = None, thousand_separated = None, average = None, decimal_bytes = None, factor = None, currency_symbol = None, numeric_unit = None, unit = None);
    fields {
        output: field,
        mantissa: field,
        thousand_separated: field,
        average: field,
        decimal_bytes: field,
        factor: field,
        currency_symbol: field,
        numeric_unit: field,
        unit: field,
    }
    repr { output, mantissa, thousand_separated, average }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackPagerDutyAPIWebhook, as the API answers it."]
    class PyClickStackPagerDutyAPIWebhook("ClickStackPagerDutyAPIWebhook") for models::ClickStackPagerDutyAPIWebhook;
    new (*, id = None, name = None, service = None, url = None, description = None, updated_at = None, created_at = None);
    fields {
        id: field,
        name: field,
        service: field,
        url: field,
        description: field,
        updated_at: field,
        created_at: field,
    }
    repr { id, name, service, url }
    secrets []
    defaults { service: "pagerduty_api" }
}

value_class! {
    #[doc = "ClickStackPrometheusLabelFilter, as the API answers it."]
    class PyClickStackPrometheusLabelFilter("ClickStackPrometheusLabelFilter") for models::ClickStackPrometheusLabelFilter;
    new (*, r#type = None, name = None, source_id = None, label = None, r#match = None, is_broadcast_enabled = None, is_variable_enabled = None, variable_name = None, min_selections = None, is_global_requirement = None, max_selections = None, id = None);
    fields {
        r#type: field,
        name: field,
        source_id: field,
        label: field,
        r#match: field,
        is_broadcast_enabled: field,
        is_variable_enabled: field,
        variable_name: field,
        min_selections: field,
        is_global_requirement: field,
        max_selections: field,
        id: field,
    }
    repr { id, name, r#type, source_id }
    secrets []
    defaults { r#type: "PROMETHEUS_LABEL" }
}

value_class! {
    #[doc = "ClickStackPromqlSource, as the API answers it."]
    class PyClickStackPromqlSource("ClickStackPromqlSource") for models::ClickStackPromqlSource;
    new (*, id = None, name = None, section = None, disabled = None, kind = None, connection = None, from_ = None, query_settings = None, timestamp_value_expression = None);
    fields {
        id: field,
        name: field,
        section: field,
        disabled: field,
        kind: field,
        connection: field,
        from_: field,
        query_settings: field,
        timestamp_value_expression: field,
    }
    repr { id, name, section, disabled }
    secrets []
    defaults { kind: "promql" }
}

value_class! {
    #[doc = "ClickStackQueryExpressionFilter, as the API answers it."]
    class PyClickStackQueryExpressionFilter("ClickStackQueryExpressionFilter") for models::ClickStackQueryExpressionFilter;
    new (*, r#type = None, name = None, expression = None, source_id = None, source_metric_type = None, r#where = None, where_language = None, applies_to_source_ids = None, is_broadcast_enabled = None, is_variable_enabled = None, variable_name = None, min_selections = None, is_global_requirement = None, max_selections = None, id = None);
    fields {
        r#type: field,
        name: field,
        expression: field,
        source_id: field,
        source_metric_type: field,
        r#where: field,
        where_language: field,
        applies_to_source_ids: field,
        is_broadcast_enabled: field,
        is_variable_enabled: field,
        variable_name: field,
        min_selections: field,
        is_global_requirement: field,
        max_selections: field,
        id: field,
    }
    repr { id, name, r#type, expression }
    secrets []
    defaults { r#type: "QUERY_EXPRESSION" }
}

value_class! {
    #[doc = "ClickStackQuerySetting, as the API answers it."]
    class PyClickStackQuerySetting("ClickStackQuerySetting") for models::ClickStackQuerySetting;
    new (*, setting = None, value = None);
    fields {
        setting: field,
        value: field,
    }
    repr { setting, value }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackRole, as the API answers it."]
    class PyClickStackRole("ClickStackRole") for models::ClickStackRole;
    new (*, id = None, name = None, description = None, permissions = None, is_predefined = None, created_at = None, updated_at = None);
    fields {
        id: field,
        name: field,
        description: field,
        permissions: field,
        is_predefined: field,
        created_at: field,
        updated_at: field,
    }
    repr { id, name, description, is_predefined }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackSavedSearch, as the API answers it."]
    class PyClickStackSavedSearch("ClickStackSavedSearch") for models::ClickStackSavedSearch;
    new (*, id = None, name = None, source_id = None, select = None, r#where = None, where_language = None, order_by = None, tags = None, filters = None, team_id = None, created_at = None, updated_at = None);
    fields {
        id: field,
        name: field,
        source_id: field,
        select: field,
        r#where: field,
        where_language: field,
        order_by: field,
        tags: field,
        filters: field,
        team_id: field,
        created_at: field,
        updated_at: field,
    }
    repr { id, name, source_id, select }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackSavedSearchFilter, as the API answers it."]
    class PyClickStackSavedSearchFilter("ClickStackSavedSearchFilter") for models::ClickStackSavedSearchFilter;
    new (*, r#type = None, condition = None);
    fields {
        r#type: field,
        condition: field,
    }
    repr { r#type, condition }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackSelectItem, as the API answers it."]
    class PyClickStackSelectItem("ClickStackSelectItem") for models::ClickStackSelectItem;
    new (*, agg_fn = None, value_expression = None, alias = None, level = None, r#where = None, where_language = None, metric_name = None, metric_type = None, period_agg_fn = None, number_format = None);
    fields {
        agg_fn: field,
        value_expression: field,
        alias: field,
        level: field,
        r#where: field,
        where_language: field,
        metric_name: field,
        metric_type: field,
        period_agg_fn: field,
        number_format: field,
    }
    repr { agg_fn, value_expression, alias, r#where }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackSessionSource, as the API answers it."]
    class PyClickStackSessionSource("ClickStackSessionSource") for models::ClickStackSessionSource;
    new (*, id = None, name = None, section = None, disabled = None, kind = None, connection = None, from_ = None, query_settings = None, timestamp_value_expression = None, trace_source_id = None, resource_attributes_expression = None);
    fields {
        id: field,
        name: field,
        section: field,
        disabled: field,
        kind: field,
        connection: field,
        from_: field,
        query_settings: field,
        timestamp_value_expression: field,
        trace_source_id: field,
        resource_attributes_expression: field,
    }
    repr { id, name, section, disabled }
    secrets []
    defaults { kind: "session" }
}

value_class! {
    #[doc = "ClickStackSlackAPIWebhook, as the API answers it."]
    class PyClickStackSlackAPIWebhook("ClickStackSlackAPIWebhook") for models::ClickStackSlackAPIWebhook;
    new (*, id = None, name = None, service = None, url = None, description = None, updated_at = None, created_at = None);
    fields {
        id: field,
        name: field,
        service: field,
        url: field,
        description: field,
        updated_at: field,
        created_at: field,
    }
    repr { id, name, service, url }
    secrets []
    defaults { service: "slack_api" }
}

value_class! {
    #[doc = "ClickStackSlackWebhook, as the API answers it."]
    class PyClickStackSlackWebhook("ClickStackSlackWebhook") for models::ClickStackSlackWebhook;
    new (*, id = None, name = None, service = None, url = None, description = None, updated_at = None, created_at = None);
    fields {
        id: field,
        name: field,
        service: field,
        url: field,
        description: field,
        updated_at: field,
        created_at: field,
    }
    repr { id, name, service, url }
    secrets []
    defaults { service: "slack" }
}

value_class! {
    #[doc = "ClickStackSourceFilter, as the API answers it."]
    class PyClickStackSourceFilter("ClickStackSourceFilter") for models::ClickStackSourceFilter;
    new (*, r#type = None, name = None, source_id = None, expression = None, applies_to_source_ids = None, is_broadcast_enabled = None, is_variable_enabled = None, variable_name = None, min_selections = None, is_global_requirement = None, max_selections = None, id = None);
    fields {
        r#type: field,
        name: field,
        source_id: field,
        expression: field,
        applies_to_source_ids: field,
        is_broadcast_enabled: field,
        is_variable_enabled: field,
        variable_name: field,
        min_selections: field,
        is_global_requirement: field,
        max_selections: field,
        id: field,
    }
    repr { id, name, r#type, source_id }
    secrets []
    defaults { r#type: "SOURCE_FILTER" }
}

value_class! {
    #[doc = "ClickStackSourceFilterSettings, as the API answers it."]
    class PyClickStackSourceFilterSettings("ClickStackSourceFilterSettings") for models::ClickStackSourceFilterSettings;
    new (*, database_name = None, table_name = None, columns = None);
    fields {
        database_name: field,
        table_name: field,
        columns: field,
    }
    repr { database_name, table_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackSourceFrom, as the API answers it."]
    class PyClickStackSourceFrom("ClickStackSourceFrom") for models::ClickStackSourceFrom;
    new (*, database_name = None, table_name = None);
    fields {
        database_name: field,
        table_name: field,
    }
    repr { database_name, table_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackSqlSavedFilterValue, as the API answers it."]
    class PyClickStackSqlSavedFilterValue("ClickStackSqlSavedFilterValue") for models::ClickStackSqlSavedFilterValue;
    new (*, r#type = None, condition = None);
    fields {
        r#type: field,
        condition: field,
    }
    repr { r#type, condition }
    secrets []
    defaults { r#type: "sql" }
}

value_class! {
    #[doc = "ClickStackStaticListFilter, as the API answers it."]
    class PyClickStackStaticListFilter("ClickStackStaticListFilter") for models::ClickStackStaticListFilter;
    new (*, r#type = None, name = None, options = None, is_broadcast_enabled = None, is_variable_enabled = None, variable_name = None, min_selections = None, is_global_requirement = None, max_selections = None, id = None);
    fields {
        r#type: field,
        name: field,
        options: field,
        is_broadcast_enabled: field,
        is_variable_enabled: field,
        variable_name: field,
        min_selections: field,
        is_global_requirement: field,
        max_selections: field,
        id: field,
    }
    repr { id, name, r#type, is_broadcast_enabled }
    secrets []
    defaults { r#type: "STATIC_LIST" }
}

value_class! {
    #[doc = "ClickStackTileOutput, as the API answers it."]
    class PyClickStackTileOutput("ClickStackTileOutput") for models::ClickStackTileOutput;
    new (*, name = None, x = None, y = None, w = None, h = None, config = None, container_id = None, tab_id = None, description = None, id = None);
    fields {
        name: field,
        x: field,
        y: field,
        w: field,
        h: field,
        config: field,
        container_id: field,
        tab_id: field,
        description: field,
        id: field,
    }
    repr { id, name, x, y }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackTraceSource, as the API answers it."]
    class PyClickStackTraceSource("ClickStackTraceSource") for models::ClickStackTraceSource;
    new (*, id = None, name = None, section = None, disabled = None, kind = None, connection = None, from_ = None, query_settings = None, filter_settings = None, default_table_select_expression = None, timestamp_value_expression = None, duration_expression = None, duration_precision = None, trace_id_expression = None, span_id_expression = None, parent_span_id_expression = None, span_name_expression = None, span_kind_expression = None, log_source_id = None, session_source_id = None, metric_source_id = None, status_code_expression = None, status_message_expression = None, service_name_expression = None, service_version_expression = None, sample_rate_expression = None, resource_attributes_expression = None, event_attributes_expression = None, span_events_value_expression = None, span_links_value_expression = None, implicit_column_expression = None, known_columns_list_expression = None, use_text_index_for_implicit_column = None, highlighted_trace_attribute_expressions = None, highlighted_row_attribute_expressions = None, displayed_timestamp_value_expression = None, order_by_expression = None, materialized_views = None, metadata_materialized_views = None);
    fields {
        id: field,
        name: field,
        section: field,
        disabled: field,
        kind: field,
        connection: field,
        from_: field,
        query_settings: field,
        filter_settings: field,
        default_table_select_expression: field,
        timestamp_value_expression: field,
        duration_expression: field,
        duration_precision: field,
        trace_id_expression: field,
        span_id_expression: field,
        parent_span_id_expression: field,
        span_name_expression: field,
        span_kind_expression: field,
        log_source_id: field,
        session_source_id: field,
        metric_source_id: field,
        status_code_expression: field,
        status_message_expression: field,
        service_name_expression: field,
        service_version_expression: field,
        sample_rate_expression: field,
        resource_attributes_expression: field,
        event_attributes_expression: field,
        span_events_value_expression: field,
        span_links_value_expression: field,
        implicit_column_expression: field,
        known_columns_list_expression: field,
        use_text_index_for_implicit_column: field,
        highlighted_trace_attribute_expressions: field,
        highlighted_row_attribute_expressions: field,
        displayed_timestamp_value_expression: field,
        order_by_expression: field,
        materialized_views: field,
        metadata_materialized_views: field,
    }
    repr { id, name, section, disabled }
    secrets []
    defaults { kind: "trace" }
}

value_class! {
    #[doc = "ClickStackTraceSourceMetadataMaterializedViews, as the API answers it."]
    class PyClickStackTraceSourceMetadataMaterializedViews("ClickStackTraceSourceMetadataMaterializedViews") for models::ClickStackTraceSourceMetadataMaterializedViews;
    new (*, key_rollup_table = None, kv_rollup_table = None, granularity = None);
    fields {
        key_rollup_table: field,
        kv_rollup_table: field,
        granularity: field,
    }
    repr { key_rollup_table, kv_rollup_table, granularity }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackValidateDashboardError, as the API answers it."]
    class PyClickStackValidateDashboardError("ClickStackValidateDashboardError") for models::ClickStackValidateDashboardError;
    new (*, path = None, message = None);
    fields {
        path: field,
        message: field,
    }
    repr { path, message }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackValidateDashboardResponse, as the API answers it."]
    class PyClickStackValidateDashboardResponse("ClickStackValidateDashboardResponse") for models::ClickStackValidateDashboardResponse;
    new (*, valid = None, errors = None, normalized = None);
    fields {
        valid: field,
        errors: field,
        normalized: field,
    }
    repr { valid }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackValidateWebhookResponse, as the API answers it."]
    class PyClickStackValidateWebhookResponse("ClickStackValidateWebhookResponse") for models::ClickStackValidateWebhookResponse;
    new (*, valid = None, errors = None, normalized = None);
    fields {
        valid: field,
        errors: field,
        normalized: field,
    }
    repr { valid }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackValidateWebhookResponseErrorsItem, as the API answers it."]
    class PyClickStackValidateWebhookResponseErrorsItem("ClickStackValidateWebhookResponseErrorsItem") for models::ClickStackValidateWebhookResponseErrorsItem;
    new (*, path = None, message = None);
    fields {
        path: field,
        message: field,
    }
    repr { path, message }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ClickStackVariableSavedFilterValue, as the API answers it."]
    class PyClickStackVariableSavedFilterValue("ClickStackVariableSavedFilterValue") for models::ClickStackVariableSavedFilterValue;
    new (*, r#type = None, name = None, values = None, all = None);
    fields {
        r#type: field,
        name: field,
        values: field,
        all: field,
    }
    repr { name, r#type, all }
    secrets []
    defaults { r#type: "variable" }
}

value_class! {
    #[doc = "CreatedKey, as the API answers it."]
    class PyCreatedKey("CreatedKey") for models::CreatedKey;
    new (*, key = None, key_id = None, key_secret = None);
    fields {
        key: field,
        key_id: field,
        key_secret: field,
    }
    repr { key_id, key_secret }
    secrets ["keySecret"]
    defaults {  }
}

value_class! {
    #[doc = "CreditBalance, as the API answers it."]
    class PyCreditBalance("CreditBalance") for models::CreditBalance;
    new (*, id = None, r#type = None, remaining_credits = None, total_amount = None, amount_spent = None, start_date = None, expiration_date = None);
    fields {
        id: field,
        r#type: field,
        remaining_credits: field,
        total_amount: field,
        amount_spent: field,
        start_date: field,
        expiration_date: field,
    }
    repr { id, r#type, start_date, expiration_date }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "CreditBalances, as the API answers it."]
    class PyCreditBalances("CreditBalances") for models::CreditBalances;
    new (*, total_remaining_credits = None, balances = None);
    fields {
        total_remaining_credits: field,
        balances: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "CurrentScaling, as the API answers it."]
    class PyCurrentScaling("CurrentScaling") for models::CurrentScaling;
    new (*, effective_autoscaling_mode = None, effective_min_replica_memory_gb = None, effective_max_replica_memory_gb = None, effective_min_replicas = None, effective_max_replicas = None, effective_idle_scaling = None, effective_idle_timeout_minutes = None, active_entry_id = None);
    fields {
        effective_autoscaling_mode: field,
        effective_min_replica_memory_gb: field,
        effective_max_replica_memory_gb: field,
        effective_min_replicas: field,
        effective_max_replicas: field,
        effective_idle_scaling: field,
        effective_idle_timeout_minutes: field,
        active_entry_id: field,
    }
    repr { effective_autoscaling_mode, effective_min_replicas, effective_max_replicas, effective_idle_scaling }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "CustomPrivateDnsMapping, as the API answers it."]
    class PyCustomPrivateDnsMapping("CustomPrivateDnsMapping") for models::CustomPrivateDnsMapping;
    new (*, private_dns_name = None, target_id = None);
    fields {
        private_dns_name: field,
        target_id: field,
    }
    repr { private_dns_name, target_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "InstancePrivateEndpoint, as the API answers it."]
    class PyInstancePrivateEndpoint("InstancePrivateEndpoint") for models::InstancePrivateEndpoint;
    new (*, id = None, description = None, cloud_provider = None, region = None);
    fields {
        id: field,
        description: field,
        cloud_provider: field,
        region: field,
    }
    repr { id, region, description, cloud_provider }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Invitation, as the API answers it."]
    class PyInvitation("Invitation") for models::Invitation;
    new (*, role = None, id = None, email = None, created_at = None, expire_at = None, assigned_roles = None);
    fields {
        role: field,
        id: field,
        email: field,
        created_at: field,
        expire_at: field,
        assigned_roles: field,
    }
    repr { id, role, email, created_at }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "IpAccessListEntry, as the API answers it."]
    class PyIpAccessListEntry("IpAccessListEntry") for models::IpAccessListEntry;
    new (*, source = None, description = None);
    fields {
        source: field,
        description: field,
    }
    repr { source, description }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Member, as the API answers it."]
    class PyMember("Member") for models::Member;
    new (*, user_id = None, name = None, email = None, role = None, joined_at = None, assigned_roles = None);
    fields {
        user_id: field,
        name: field,
        email: field,
        role: field,
        joined_at: field,
        assigned_roles: field,
    }
    repr { name, user_id, email, role }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Notification, as the API answers it."]
    class PyNotification("Notification") for models::Notification;
    new (*, id = None, r#type = None, severity = None, resource_type = None, resource_id = None, resource_name = None, created_at = None, title = None, description = None);
    fields {
        id: field,
        r#type: field,
        severity: field,
        resource_type: field,
        resource_id: field,
        resource_name: field,
        created_at: field,
        title: field,
        description: field,
    }
    repr { id, r#type, severity, resource_type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "NotificationType, as the API answers it."]
    class PyNotificationType("NotificationType") for models::NotificationType;
    new (*, name = None, title = None, description = None, category = None, severity = None, resource_type = None, is_configurable = None, is_available = None);
    fields {
        name: field,
        title: field,
        description: field,
        category: field,
        severity: field,
        resource_type: field,
        is_configurable: field,
        is_available: field,
    }
    repr { name, title, description, category }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Organization, as the API answers it."]
    class PyOrganization("Organization") for models::Organization;
    new (*, id = None, created_at = None, name = None, private_endpoints = None, byoc_config = None, enable_core_dumps = None, capabilities = None);
    fields {
        id: field,
        created_at: field,
        name: field,
        private_endpoints: field,
        byoc_config: field,
        enable_core_dumps: field,
        capabilities: field,
    }
    repr { id, name, created_at, enable_core_dumps }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "OrganizationCapabilities, as the API answers it."]
    class PyOrganizationCapabilities("OrganizationCapabilities") for models::OrganizationCapabilities;
    new (*, snapshots = None);
    fields {
        snapshots: field,
    }
    repr { snapshots }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "OrganizationCloudRegionPrivateEndpointConfig, as the API answers it."]
    class PyOrganizationCloudRegionPrivateEndpointConfig("OrganizationCloudRegionPrivateEndpointConfig") for models::OrganizationCloudRegionPrivateEndpointConfig;
    new (*, endpoint_service_id = None);
    fields {
        endpoint_service_id: field,
    }
    repr { endpoint_service_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "OrganizationPrivateEndpoint, as the API answers it."]
    class PyOrganizationPrivateEndpoint("OrganizationPrivateEndpoint") for models::OrganizationPrivateEndpoint;
    new (*, id = None, description = None, cloud_provider = None, region = None);
    fields {
        id: field,
        description: field,
        cloud_provider: field,
        region: field,
    }
    repr { id, region, description, cloud_provider }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "OrganizationQuota, as the API answers it."]
    class PyOrganizationQuota("OrganizationQuota") for models::OrganizationQuota;
    new (*, quota_code = None, name = None, description = None, scope = None, value = None, usage = None, adjustable = None);
    fields {
        quota_code: field,
        name: field,
        description: field,
        scope: field,
        value: field,
        usage: field,
        adjustable: field,
    }
    repr { name, quota_code, description, scope }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Postgres [runtime configuration](https://www.postgresql.org/docs/current/runtime-config.html) configuration."]
    class PyPgConfig("PgConfig") for models::PgConfig;
    new (*, max_connections = None, default_transaction_isolation = None, ssl_min_protocol_version = None, default_toast_compression = None, maintenance_work_mem = None, work_mem = None, effective_cache_size = None, random_page_cost = None, effective_io_concurrency = None, max_worker_processes = None, max_parallel_workers = None, max_parallel_workers_per_gather = None, max_parallel_maintenance_workers = None, shared_memory_percent = None, temp_buffers = None, hash_mem_multiplier = None, enable_parallel_hash = None, maintenance_io_concurrency = None, io_method = None, io_workers = None, bgwriter_delay = None, bgwriter_flush_after = None, bgwriter_lru_maxpages = None, bgwriter_lru_multiplier = None, statement_timeout = None, lock_timeout = None, idle_session_timeout = None, idle_in_transaction_session_timeout = None, transaction_timeout = None, wal_sender_timeout = None, wal_keep_size = None, min_wal_size = None, max_wal_size = None, checkpoint_timeout = None, max_slot_wal_keep_size = None, wal_compression = None, wal_buffers = None, max_replication_slots = None, max_wal_senders = None, max_logical_replication_workers = None, max_sync_workers_per_subscription = None, logical_decoding_work_mem = None, autovacuum_max_workers = None, autovacuum_naptime = None, autovacuum_work_mem = None, autovacuum_vacuum_scale_factor = None, autovacuum_analyze_scale_factor = None, autovacuum_vacuum_insert_scale_factor = None, autovacuum_vacuum_threshold = None, autovacuum_analyze_threshold = None, autovacuum_vacuum_insert_threshold = None, autovacuum_freeze_max_age = None, autovacuum_vacuum_cost_limit = None, autovacuum_vacuum_cost_delay = None, vacuum_cost_delay = None, log_min_duration_statement = None, log_temp_files = None, log_lock_waits = None, log_parameter_max_length = None, track_activity_query_size = None);
    fields {
        max_connections: field,
        default_transaction_isolation: field,
        ssl_min_protocol_version: field,
        default_toast_compression: field,
        maintenance_work_mem: field,
        work_mem: field,
        effective_cache_size: field,
        random_page_cost: field,
        effective_io_concurrency: field,
        max_worker_processes: field,
        max_parallel_workers: field,
        max_parallel_workers_per_gather: field,
        max_parallel_maintenance_workers: field,
        shared_memory_percent: field,
        temp_buffers: field,
        hash_mem_multiplier: field,
        enable_parallel_hash: field,
        maintenance_io_concurrency: field,
        io_method: field,
        io_workers: field,
        bgwriter_delay: field,
        bgwriter_flush_after: field,
        bgwriter_lru_maxpages: field,
        bgwriter_lru_multiplier: field,
        statement_timeout: field,
        lock_timeout: field,
        idle_session_timeout: field,
        idle_in_transaction_session_timeout: field,
        transaction_timeout: field,
        wal_sender_timeout: field,
        wal_keep_size: field,
        min_wal_size: field,
        max_wal_size: field,
        checkpoint_timeout: field,
        max_slot_wal_keep_size: field,
        wal_compression: field,
        wal_buffers: field,
        max_replication_slots: field,
        max_wal_senders: field,
        max_logical_replication_workers: field,
        max_sync_workers_per_subscription: field,
        logical_decoding_work_mem: field,
        autovacuum_max_workers: field,
        autovacuum_naptime: field,
        autovacuum_work_mem: field,
        autovacuum_vacuum_scale_factor: field,
        autovacuum_analyze_scale_factor: field,
        autovacuum_vacuum_insert_scale_factor: field,
        autovacuum_vacuum_threshold: field,
        autovacuum_analyze_threshold: field,
        autovacuum_vacuum_insert_threshold: field,
        autovacuum_freeze_max_age: field,
        autovacuum_vacuum_cost_limit: field,
        autovacuum_vacuum_cost_delay: field,
        vacuum_cost_delay: field,
        log_min_duration_statement: field,
        log_temp_files: field,
        log_lock_waits: field,
        log_parameter_max_length: field,
        track_activity_query_size: field,
    }
    repr { default_transaction_isolation, ssl_min_protocol_version, default_toast_compression, enable_parallel_hash }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresBackup, as the API answers it."]
    class PyPostgresBackup("PostgresBackup") for models::PostgresBackup;
    new (*, key = None, status = None, last_modified = None);
    fields {
        key: field,
        status: field,
        last_modified: field,
    }
    repr { status, key, last_modified }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresInstanceConfig, as the API answers it."]
    class PyPostgresInstanceConfig("PostgresInstanceConfig") for models::PostgresInstanceConfig;
    new (*, pg_config = None, pg_bouncer_config = None);
    fields {
        pg_config: field,
        pg_bouncer_config: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresInstanceUpdateConfigResponse, as the API answers it."]
    class PyPostgresInstanceUpdateConfigResponse("PostgresInstanceUpdateConfigResponse") for models::PostgresInstanceUpdateConfigResponse;
    new (*, pg_config = None, pg_bouncer_config = None, message = None);
    fields {
        pg_config: field,
        pg_bouncer_config: field,
        message: field,
    }
    repr { message }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresIpAccessListEntry, as the API answers it."]
    class PyPostgresIpAccessListEntry("PostgresIpAccessListEntry") for models::PostgresIpAccessListEntry;
    new (*, id = None, source = None, port_range = None, description = None);
    fields {
        id: field,
        source: field,
        port_range: field,
        description: field,
    }
    repr { id, source, port_range, description }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresLogEntry, as the API answers it."]
    class PyPostgresLogEntry("PostgresLogEntry") for models::PostgresLogEntry;
    new (*, timestamp = None, severity = None, body = None);
    fields {
        timestamp: field,
        severity: field,
        body: field,
    }
    repr { timestamp, severity, body }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresMetric, as the API answers it."]
    class PyPostgresMetric("PostgresMetric") for models::PostgresMetric;
    new (*, key = None, name = None, unit = None, description = None, series = None);
    fields {
        key: field,
        name: field,
        unit: field,
        description: field,
        series: field,
    }
    repr { name, key, unit, description }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresMetricDataPoint, as the API answers it."]
    class PyPostgresMetricDataPoint("PostgresMetricDataPoint") for models::PostgresMetricDataPoint;
    new (*, timestamp = None, value = None);
    fields {
        timestamp: field,
        value: field,
    }
    repr { timestamp }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresMetricSeries, as the API answers it."]
    class PyPostgresMetricSeries("PostgresMetricSeries") for models::PostgresMetricSeries;
    new (*, label = None, data_points = None);
    fields {
        label: field,
        data_points: field,
    }
    repr { label }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresMetrics, as the API answers it."]
    class PyPostgresMetrics("PostgresMetrics") for models::PostgresMetrics;
    new (*, metrics = None);
    fields {
        metrics: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresQueryExecution, as the API answers it."]
    class PyPostgresQueryExecution("PostgresQueryExecution") for models::PostgresQueryExecution;
    new (*, timestamp = None, query_id = None, db_name = None, db_user = None, db_operation = None, app = None, query_text = None, pid = None, duration_us = None, rows = None, shared_blks_hit = None, shared_blks_read = None, shared_blks_written = None, shared_blks_dirtied = None, shared_blk_read_time_us = None, shared_blk_write_time_us = None, local_blks_hit = None, local_blks_read = None, local_blks_written = None, local_blks_dirtied = None, temp_blks_read = None, temp_blks_written = None, temp_blk_read_time_us = None, temp_blk_write_time_us = None, wal_records = None, wal_bytes = None, wal_fpi = None, cpu_user_time_us = None, cpu_sys_time_us = None, jit_functions = None, jit_generation_time_us = None, jit_inlining_time_us = None, jit_optimization_time_us = None, jit_emission_time_us = None, jit_deform_time_us = None, parallel_workers_planned = None, parallel_workers_launched = None, err_message = None, err_sqlstate = None, err_elevel = None, server_role = None, trace_id = None, span_id = None);
    fields {
        timestamp: field,
        query_id: field,
        db_name: field,
        db_user: field,
        db_operation: field,
        app: field,
        query_text: field,
        pid: field,
        duration_us: field,
        rows: field,
        shared_blks_hit: field,
        shared_blks_read: field,
        shared_blks_written: field,
        shared_blks_dirtied: field,
        shared_blk_read_time_us: field,
        shared_blk_write_time_us: field,
        local_blks_hit: field,
        local_blks_read: field,
        local_blks_written: field,
        local_blks_dirtied: field,
        temp_blks_read: field,
        temp_blks_written: field,
        temp_blk_read_time_us: field,
        temp_blk_write_time_us: field,
        wal_records: field,
        wal_bytes: field,
        wal_fpi: field,
        cpu_user_time_us: field,
        cpu_sys_time_us: field,
        jit_functions: field,
        jit_generation_time_us: field,
        jit_inlining_time_us: field,
        jit_optimization_time_us: field,
        jit_emission_time_us: field,
        jit_deform_time_us: field,
        parallel_workers_planned: field,
        parallel_workers_launched: field,
        err_message: field,
        err_sqlstate: field,
        err_elevel: field,
        server_role: field,
        trace_id: field,
        span_id: field,
    }
    repr { timestamp, query_id, db_name, db_user }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresService, as the API answers it."]
    class PyPostgresService("PostgresService") for models::PostgresService;
    new (*, name = None, provider = None, region = None, postgres_version = None, size = None, ha_type = None, tags = None, ip_access_list = None, id = None, storage_size = None, state = None, created_at = None, is_primary = None, connection_string = None, username = None, password = None, hostname = None, earliest_restore_time = None);
    fields {
        name: field,
        provider: field,
        region: field,
        postgres_version: field,
        size: field,
        ha_type: field,
        tags: field,
        ip_access_list: field,
        id: field,
        storage_size: field,
        state: field,
        created_at: field,
        is_primary: field,
        connection_string: field,
        username: field,
        password: field,
        hostname: field,
        earliest_restore_time: field,
    }
    repr { id, name, state, provider, region }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresServiceListItem, as the API answers it."]
    class PyPostgresServiceListItem("PostgresServiceListItem") for models::PostgresServiceListItem;
    new (*, name = None, provider = None, region = None, postgres_version = None, size = None, ha_type = None, tags = None, id = None, state = None, created_at = None, is_primary = None);
    fields {
        name: field,
        provider: field,
        region: field,
        postgres_version: field,
        size: field,
        ha_type: field,
        tags: field,
        id: field,
        state: field,
        created_at: field,
        is_primary: field,
    }
    repr { id, name, state, provider, region }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresServicePasswordResource, as the API answers it."]
    class PyPostgresServicePasswordResource("PostgresServicePasswordResource") for models::PostgresServicePasswordResource;
    new (*, password = None);
    fields {
        password: field,
    }
    repr { password }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresSlowQueryPattern, as the API answers it."]
    class PyPostgresSlowQueryPattern("PostgresSlowQueryPattern") for models::PostgresSlowQueryPattern;
    new (*, query_id = None, query_text = None, db_name = None, db_user = None, db_operation = None, app = None, call_count = None, error_count = None, total_duration_us = None, avg_duration_us = None, max_duration_us = None, p50_duration_us = None, p95_duration_us = None, p99_duration_us = None, total_rows = None, total_shared_blks_read = None, total_shared_blks_hit = None, total_cpu_time_us = None, total_wal_bytes = None);
    fields {
        query_id: field,
        query_text: field,
        db_name: field,
        db_user: field,
        db_operation: field,
        app: field,
        call_count: field,
        error_count: field,
        total_duration_us: field,
        avg_duration_us: field,
        max_duration_us: field,
        p50_duration_us: field,
        p95_duration_us: field,
        p99_duration_us: field,
        total_rows: field,
        total_shared_blks_read: field,
        total_shared_blks_hit: field,
        total_cpu_time_us: field,
        total_wal_bytes: field,
    }
    repr { query_id, query_text, db_name, db_user }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PostgresSlowQueryPatternDetail, as the API answers it."]
    class PyPostgresSlowQueryPatternDetail("PostgresSlowQueryPatternDetail") for models::PostgresSlowQueryPatternDetail;
    new (*, aggregate = None, recent_executions = None);
    fields {
        aggregate: field,
        recent_executions: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PrivateEndpointConfig, as the API answers it."]
    class PyPrivateEndpointConfig("PrivateEndpointConfig") for models::PrivateEndpointConfig;
    new (*, endpoint_service_id = None, private_dns_hostname = None);
    fields {
        endpoint_service_id: field,
        private_dns_hostname: field,
    }
    repr { endpoint_service_id, private_dns_hostname }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PrometheusDiscoveryLabels, as the API answers it."]
    class PyPrometheusDiscoveryLabels("PrometheusDiscoveryLabels") for models::PrometheusDiscoveryLabels;
    new (*, scheme = None, metrics_path = None, param_filtered_metrics = None, clickhouse_org_id = None, clickhouse_service_id = None, clickhouse_discovery_service_name = None, meta_clickhouse_region = None, meta_clickhouse_provider = None);
    fields {
        scheme: field,
        metrics_path: field,
        param_filtered_metrics: field,
        clickhouse_org_id: field,
        clickhouse_service_id: field,
        clickhouse_discovery_service_name: field,
        meta_clickhouse_region: field,
        meta_clickhouse_provider: field,
    }
    repr { scheme, metrics_path, param_filtered_metrics, clickhouse_org_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PrometheusDiscoveryTargetGroup, as the API answers it."]
    class PyPrometheusDiscoveryTargetGroup("PrometheusDiscoveryTargetGroup") for models::PrometheusDiscoveryTargetGroup;
    new (*, targets = None, labels = None);
    fields {
        targets: field,
        labels: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PublicQueryApiEndpoint, as the API answers it."]
    class PyPublicQueryApiEndpoint("PublicQueryApiEndpoint") for models::PublicQueryApiEndpoint;
    new (*, id = None, name = None, sql = None, database = None, parameters = None, api_key_ids = None, roles = None, allowed_origins = None, url = None, owner_type = None);
    fields {
        id: field,
        name: field,
        sql: field,
        database: field,
        parameters: field,
        api_key_ids: field,
        roles: field,
        allowed_origins: field,
        url: field,
        owner_type: field,
    }
    repr { id, name, sql, database }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PublicQueryApiEndpointListItem, as the API answers it."]
    class PyPublicQueryApiEndpointListItem("PublicQueryApiEndpointListItem") for models::PublicQueryApiEndpointListItem;
    new (*, id = None, name = None, database = None, api_key_ids = None, roles = None, allowed_origins = None, url = None, owner_type = None);
    fields {
        id: field,
        name: field,
        database: field,
        api_key_ids: field,
        roles: field,
        allowed_origins: field,
        url: field,
        owner_type: field,
    }
    repr { id, name, database, url }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PublicSavedQuery, as the API answers it."]
    class PyPublicSavedQuery("PublicSavedQuery") for models::PublicSavedQuery;
    new (*, id = None, name = None, sql = None, database = None, parameters = None);
    fields {
        id: field,
        name: field,
        sql: field,
        database: field,
        parameters: field,
    }
    repr { id, name, sql, database }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "PublicSavedQueryListItem, as the API answers it."]
    class PyPublicSavedQueryListItem("PublicSavedQueryListItem") for models::PublicSavedQueryListItem;
    new (*, id = None, name = None, database = None);
    fields {
        id: field,
        name: field,
        database: field,
    }
    repr { id, name, database }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "RBACPolicy, as the API answers it."]
    class PyRBACPolicy("RBACPolicy") for models::RBACPolicy;
    new (*, id = None, role_id = None, tenant_id = None, allow_deny = None, permissions = None, resources = None, tags = None);
    fields {
        id: field,
        role_id: field,
        tenant_id: field,
        allow_deny: field,
        permissions: field,
        resources: field,
        tags: field,
    }
    repr { id, role_id, tenant_id, allow_deny }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "RBACPolicyTags, as the API answers it."]
    class PyRBACPolicyTags("RBACPolicyTags") for models::RBACPolicyTags;
    new (*, grants = None, role_v2 = None);
    fields {
        grants: field,
        role_v2: field,
    }
    repr { role_v2 }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "RBACRole, as the API answers it."]
    class PyRBACRole("RBACRole") for models::RBACRole;
    new (*, id = None, tenant_id = None, owner_id = None, name = None, r#type = None, actors = None, policies = None, created_at = None, updated_at = None);
    fields {
        id: field,
        tenant_id: field,
        owner_id: field,
        name: field,
        r#type: field,
        actors: field,
        policies: field,
        created_at: field,
        updated_at: field,
    }
    repr { id, name, tenant_id, owner_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ReplicaAwareRouting, as the API answers it."]
    class PyReplicaAwareRouting("ReplicaAwareRouting") for models::ReplicaAwareRouting;
    new (*, http_enabled = None, native_enabled = None);
    fields {
        http_enabled: field,
        native_enabled: field,
    }
    repr { http_enabled, native_enabled }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ResourceTagsV1, as the API answers it."]
    class PyResourceTagsV1("ResourceTagsV1") for models::ResourceTagsV1;
    new (*, key = None, value = None);
    fields {
        key: field,
        value: field,
    }
    repr { key, value }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "RestoredService, as the API answers it."]
    class PyRestoredService("RestoredService") for models::RestoredService;
    new (service = None, password = None);
    fields {
        service: field,
        password: field,
    }
    repr { service, password }
    secrets ["password"]
    defaults {  }
}

value_class! {
    #[doc = "ReversePrivateEndpoint, as the API answers it."]
    class PyReversePrivateEndpoint("ReversePrivateEndpoint") for models::ReversePrivateEndpoint;
    new (*, description = None, r#type = None, vpc_endpoint_service_name = None, vpc_resource_configuration_id = None, vpc_resource_share_arn = None, msk_cluster_arn = None, msk_authentication = None, gcp_service_attachment = None, custom_private_dns_mappings = None, id = None, service_id = None, endpoint_id = None, dns_names = None, private_dns_names = None, private_dns_mappings = None, dns_targets = None, status = None);
    fields {
        description: field,
        r#type: field,
        vpc_endpoint_service_name: field,
        vpc_resource_configuration_id: field,
        vpc_resource_share_arn: field,
        msk_cluster_arn: field,
        msk_authentication: field,
        gcp_service_attachment: field,
        custom_private_dns_mappings: field,
        id: field,
        service_id: field,
        endpoint_id: field,
        dns_names: field,
        private_dns_names: field,
        private_dns_mappings: field,
        dns_targets: field,
        status: field,
    }
    repr { id, status, description, r#type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ReversePrivateEndpointDnsTarget, as the API answers it."]
    class PyReversePrivateEndpointDnsTarget("ReversePrivateEndpointDnsTarget") for models::ReversePrivateEndpointDnsTarget;
    new (*, id = None, kind = None, internal_dns_name = None);
    fields {
        id: field,
        kind: field,
        internal_dns_name: field,
    }
    repr { id, kind, internal_dns_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ReversePrivateEndpointPrivateDnsMapping, as the API answers it."]
    class PyReversePrivateEndpointPrivateDnsMapping("ReversePrivateEndpointPrivateDnsMapping") for models::ReversePrivateEndpointPrivateDnsMapping;
    new (*, private_dns_name = None, internal_dns_name = None);
    fields {
        private_dns_name: field,
        internal_dns_name: field,
    }
    repr { private_dns_name, internal_dns_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ScalingSchedule, as the API answers it."]
    class PyScalingSchedule("ScalingSchedule") for models::ScalingSchedule;
    new (*, entries = None, base_config = None, active_entry_id = None);
    fields {
        entries: field,
        base_config: field,
        active_entry_id: field,
    }
    repr { active_entry_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ScalingScheduleBaseConfig, as the API answers it."]
    class PyScalingScheduleBaseConfig("ScalingScheduleBaseConfig") for models::ScalingScheduleBaseConfig;
    new (*, autoscaling_mode = None, min_replica_memory_gb = None, max_replica_memory_gb = None, min_replicas = None, max_replicas = None, idle_scaling = None, idle_timeout_minutes = None);
    fields {
        autoscaling_mode: field,
        min_replica_memory_gb: field,
        max_replica_memory_gb: field,
        min_replicas: field,
        max_replicas: field,
        idle_scaling: field,
        idle_timeout_minutes: field,
    }
    repr { autoscaling_mode, min_replicas, max_replicas, idle_scaling }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ScalingScheduleEntry, as the API answers it."]
    class PyScalingScheduleEntry("ScalingScheduleEntry") for models::ScalingScheduleEntry;
    new (*, id = None, name = None, weekdays = None, start_hour_utc = None, end_hour_utc = None, autoscaling_mode = None, min_replica_memory_gb = None, max_replica_memory_gb = None, min_replicas = None, max_replicas = None, idle_scaling = None, idle_timeout_minutes = None, is_active_now = None);
    fields {
        id: field,
        name: field,
        weekdays: field,
        start_hour_utc: field,
        end_hour_utc: field,
        autoscaling_mode: field,
        min_replica_memory_gb: field,
        max_replica_memory_gb: field,
        min_replicas: field,
        max_replicas: field,
        idle_scaling: field,
        idle_timeout_minutes: field,
        is_active_now: field,
    }
    repr { id, name, start_hour_utc, end_hour_utc }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Service, as the API answers it."]
    class PyService("Service") for models::Service;
    new (*, id = None, name = None, provider = None, region = None, state = None, clickhouse_version = None, endpoints = None, tier = None, min_total_memory_gb = None, max_total_memory_gb = None, min_replica_memory_gb = None, max_replica_memory_gb = None, num_replicas = None, min_replicas = None, max_replicas = None, autoscaling_mode = None, replica_memory_gb = None, idle_scaling = None, idle_timeout_minutes = None, ip_access_list = None, created_at = None, encryption_key = None, encryption_assumed_role_identifier = None, iam_role = None, private_endpoint_ids = None, available_private_endpoint_ids = None, data_warehouse_id = None, is_primary = None, is_readonly = None, release_channel = None, byoc_id = None, has_transparent_data_encryption = None, profile = None, transparent_data_encryption_key_id = None, encryption_role_id = None, compliance_type = None, tags = None, enable_core_dumps = None, scaling_schedule = None, current_scaling = None);
    fields {
        id: field,
        name: field,
        provider: field,
        region: field,
        state: field,
        clickhouse_version: field,
        endpoints: field,
        tier: field,
        min_total_memory_gb: field,
        max_total_memory_gb: field,
        min_replica_memory_gb: field,
        max_replica_memory_gb: field,
        num_replicas: field,
        min_replicas: field,
        max_replicas: field,
        autoscaling_mode: field,
        replica_memory_gb: field,
        idle_scaling: field,
        idle_timeout_minutes: field,
        ip_access_list: field,
        created_at: field,
        encryption_key: field,
        encryption_assumed_role_identifier: field,
        iam_role: field,
        private_endpoint_ids: field,
        available_private_endpoint_ids: field,
        data_warehouse_id: field,
        is_primary: field,
        is_readonly: field,
        release_channel: field,
        byoc_id: field,
        has_transparent_data_encryption: field,
        profile: field,
        transparent_data_encryption_key_id: field,
        encryption_role_id: field,
        compliance_type: field,
        tags: field,
        enable_core_dumps: field,
        scaling_schedule: field,
        current_scaling: field,
    }
    repr { id, name, provider, region, state }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceClickhouseSetting, as the API answers it."]
    class PyServiceClickhouseSetting("ServiceClickhouseSetting") for models::ServiceClickhouseSetting;
    new (*, name = None, value = None);
    fields {
        name: field,
        value: field,
    }
    repr { name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceClickhouseSettingSchemaEntry, as the API answers it."]
    class PyServiceClickhouseSettingSchemaEntry("ServiceClickhouseSettingSchemaEntry") for models::ServiceClickhouseSettingSchemaEntry;
    new (*, name = None, r#type = None, description = None, r#enum = None, warning = None, deprecation_notice = None, example = None);
    fields {
        name: field,
        r#type: field,
        description: field,
        r#enum: field,
        warning: field,
        deprecation_notice: field,
        example: field,
    }
    repr { name, r#type, description, warning }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceClickhouseSettingWarning, as the API answers it."]
    class PyServiceClickhouseSettingWarning("ServiceClickhouseSettingWarning") for models::ServiceClickhouseSettingWarning;
    new (*, name = None, message = None);
    fields {
        name: field,
        message: field,
    }
    repr { name, message }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceClickhouseSettingsList, as the API answers it."]
    class PyServiceClickhouseSettingsList("ServiceClickhouseSettingsList") for models::ServiceClickhouseSettingsList;
    new (*, settings = None);
    fields {
        settings: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceClickhouseSettingsPatchResponse, as the API answers it."]
    class PyServiceClickhouseSettingsPatchResponse("ServiceClickhouseSettingsPatchResponse") for models::ServiceClickhouseSettingsPatchResponse;
    new (*, settings = None, warnings = None);
    fields {
        settings: field,
        warnings: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceClickhouseSettingsSchema, as the API answers it."]
    class PyServiceClickhouseSettingsSchema("ServiceClickhouseSettingsSchema") for models::ServiceClickhouseSettingsSchema;
    new (*, settings = None);
    fields {
        settings: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceEndpoint, as the API answers it."]
    class PyServiceEndpoint("ServiceEndpoint") for models::ServiceEndpoint;
    new (*, protocol = None, host = None, port = None, username = None);
    fields {
        protocol: field,
        host: field,
        port: field,
        username: field,
    }
    repr { protocol, host, port }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServicePasswordPatchResponse, as the API answers it."]
    class PyServicePasswordPatchResponse("ServicePasswordPatchResponse") for models::ServicePasswordPatchResponse;
    new (*, password = None);
    fields {
        password: field,
    }
    repr { password }
    secrets ["password"]
    defaults {  }
}

value_class! {
    #[doc = "ServiceProfile, as the API answers it."]
    class PyServiceProfile("ServiceProfile") for models::ServiceProfile;
    new (*, profile = None, cpu_cores = None, memory_gi = None);
    fields {
        profile: field,
        cpu_cores: field,
        memory_gi: field,
    }
    repr { profile }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceQueryAPIEndpoint, as the API answers it."]
    class PyServiceQueryAPIEndpoint("ServiceQueryAPIEndpoint") for models::ServiceQueryAPIEndpoint;
    new (*, id = None, open_api_keys = None, roles = None, allowed_origins = None);
    fields {
        id: field,
        open_api_keys: field,
        roles: field,
        allowed_origins: field,
    }
    repr { id, allowed_origins }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "ServiceScalingPatchResponse, as the API answers it."]
    class PyServiceScalingPatchResponse("ServiceScalingPatchResponse") for models::ServiceScalingPatchResponse;
    new (*, id = None, name = None, provider = None, region = None, state = None, clickhouse_version = None, endpoints = None, tier = None, min_total_memory_gb = None, max_total_memory_gb = None, min_replica_memory_gb = None, max_replica_memory_gb = None, num_replicas = None, min_replicas = None, max_replicas = None, autoscaling_mode = None, replica_memory_gb = None, idle_scaling = None, idle_timeout_minutes = None, ip_access_list = None, created_at = None, encryption_key = None, encryption_assumed_role_identifier = None, iam_role = None, private_endpoint_ids = None, available_private_endpoint_ids = None, data_warehouse_id = None, is_primary = None, is_readonly = None, release_channel = None, byoc_id = None, has_transparent_data_encryption = None, profile = None, transparent_data_encryption_key_id = None, encryption_role_id = None, compliance_type = None, tags = None, enable_core_dumps = None, scaling_schedule = None, current_scaling = None);
    fields {
        id: field,
        name: field,
        provider: field,
        region: field,
        state: field,
        clickhouse_version: field,
        endpoints: field,
        tier: field,
        min_total_memory_gb: field,
        max_total_memory_gb: field,
        min_replica_memory_gb: field,
        max_replica_memory_gb: field,
        num_replicas: field,
        min_replicas: field,
        max_replicas: field,
        autoscaling_mode: field,
        replica_memory_gb: field,
        idle_scaling: field,
        idle_timeout_minutes: field,
        ip_access_list: field,
        created_at: field,
        encryption_key: field,
        encryption_assumed_role_identifier: field,
        iam_role: field,
        private_endpoint_ids: field,
        available_private_endpoint_ids: field,
        data_warehouse_id: field,
        is_primary: field,
        is_readonly: field,
        release_channel: field,
        byoc_id: field,
        has_transparent_data_encryption: field,
        profile: field,
        transparent_data_encryption_key_id: field,
        encryption_role_id: field,
        compliance_type: field,
        tags: field,
        enable_core_dumps: field,
        scaling_schedule: field,
        current_scaling: field,
    }
    repr { id, name, state, provider, region }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Snapshot, as the API answers it."]
    class PySnapshot("Snapshot") for models::Snapshot;
    new (*, id = None, status = None, service_id = None, started_at = None, finished_at = None, size_in_bytes = None, duration_in_seconds = None, r#type = None, backup_name = None, bucket = None);
    fields {
        id: field,
        status: field,
        service_id: field,
        started_at: field,
        finished_at: field,
        size_in_bytes: field,
        duration_in_seconds: field,
        r#type: field,
        backup_name: field,
        bucket: field,
    }
    repr { id, status, service_id, started_at }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "SnapshotConfiguration, as the API answers it."]
    class PySnapshotConfiguration("SnapshotConfiguration") for models::SnapshotConfiguration;
    new (*, enabled = None, gap = None, time_frame = None);
    fields {
        enabled: field,
        gap: field,
        time_frame: field,
    }
    repr { enabled }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "Udf, as the API answers it."]
    class PyUdf("Udf") for models::Udf;
    new (*, function_name = None, version = None, status = None, runtime = None, r#type = None, arguments = None, return_type = None, return_name = None, pool_size = None, command_read_timeout = None, command_write_timeout = None, max_command_execution_time = None, memory_limit_mib = None, send_chunk_header = None, deterministic = None, format = None, sandbox_type = None, sandbox_version = None, error = None, created_at = None, updated_at = None);
    fields {
        function_name: field,
        version: field,
        status: field,
        runtime: field,
        r#type: field,
        arguments: field,
        return_type: field,
        return_name: field,
        pool_size: field,
        command_read_timeout: field,
        command_write_timeout: field,
        max_command_execution_time: field,
        memory_limit_mib: field,
        send_chunk_header: field,
        deterministic: field,
        format: field,
        sandbox_type: field,
        sandbox_version: field,
        error: field,
        created_at: field,
        updated_at: field,
    }
    repr { status, function_name, version, runtime }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "UdfArgumentOutput, as the API answers it."]
    class PyUdfArgumentOutput("UdfArgumentOutput") for models::UdfArgumentOutput;
    new (*, name = None, r#type = None);
    fields {
        name: field,
        r#type: field,
    }
    repr { name, r#type }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "UdfAttachment, as the API answers it."]
    class PyUdfAttachment("UdfAttachment") for models::UdfAttachment;
    new (*, function_name = None, service_id = None, status = None, version = None);
    fields {
        function_name: field,
        service_id: field,
        status: field,
        version: field,
    }
    repr { status, function_name, service_id, version }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "UdfUploadSession, as the API answers it."]
    class PyUdfUploadSession("UdfUploadSession") for models::UdfUploadSession;
    new (*, upload_id = None, upload_url = None, expires_at = None);
    fields {
        upload_id: field,
        upload_url: field,
        expires_at: field,
    }
    repr { upload_id, upload_url, expires_at }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "UpgradeWindow, as the API answers it."]
    class PyUpgradeWindow("UpgradeWindow") for models::UpgradeWindow;
    new (*, weekday = None, start_hour_utc = None, duration = None);
    fields {
        weekday: field,
        start_hour_utc: field,
        duration: field,
    }
    repr { weekday, start_hour_utc, duration }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "UsageCost, as the API answers it."]
    class PyUsageCost("UsageCost") for models::UsageCost;
    new (*, grand_total_chc = None, costs = None);
    fields {
        grand_total_chc: field,
        costs: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "UsageCostMetrics, as the API answers it."]
    class PyUsageCostMetrics("UsageCostMetrics") for models::UsageCostMetrics;
    new (*, storage_chc = None, backup_chc = None, compute_chc = None, data_transfer_chc = None, initial_load_chc = None, public_data_transfer_chc = None, inter_region_tier1_data_transfer_chc = None, inter_region_tier2_data_transfer_chc = None, inter_region_tier3_data_transfer_chc = None, inter_region_tier4_data_transfer_chc = None);
    fields {
        storage_chc: field,
        backup_chc: field,
        compute_chc: field,
        data_transfer_chc: field,
        initial_load_chc: field,
        public_data_transfer_chc: field,
        inter_region_tier1_data_transfer_chc: field,
        inter_region_tier2_data_transfer_chc: field,
        inter_region_tier3_data_transfer_chc: field,
        inter_region_tier4_data_transfer_chc: field,
    }
    repr {  }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "UsageCostRecord, as the API answers it."]
    class PyUsageCostRecord("UsageCostRecord") for models::UsageCostRecord;
    new (*, data_warehouse_id = None, service_id = None, date = None, entity_type = None, entity_id = None, entity_name = None, metrics = None, total_chc = None, locked = None);
    fields {
        data_warehouse_id: field,
        service_id: field,
        date: field,
        entity_type: field,
        entity_id: field,
        entity_name: field,
        metrics: field,
        total_chc: field,
        locked: field,
    }
    repr { data_warehouse_id, service_id, entity_type, entity_id }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "WhoamiApiKey, as the API answers it."]
    class PyWhoamiApiKey("WhoamiApiKey") for models::WhoamiApiKey;
    new (*, actor_type = None, key_id = None, name = None, organization_id = None);
    fields {
        actor_type: field,
        key_id: field,
        name: field,
        organization_id: field,
    }
    repr { name, actor_type, key_id, organization_id }
    secrets []
    defaults { actor_type: "apiKey" }
}

value_class! {
    #[doc = "WhoamiOrganization, as the API answers it."]
    class PyWhoamiOrganization("WhoamiOrganization") for models::WhoamiOrganization;
    new (*, organization_id = None, organization_name = None);
    fields {
        organization_id: field,
        organization_name: field,
    }
    repr { organization_id, organization_name }
    secrets []
    defaults {  }
}

value_class! {
    #[doc = "WhoamiUser, as the API answers it."]
    class PyWhoamiUser("WhoamiUser") for models::WhoamiUser;
    new (*, actor_type = None, user_id = None, email = None, name = None, organizations = None);
    fields {
        actor_type: field,
        user_id: field,
        email: field,
        name: field,
        organizations: field,
    }
    repr { name, actor_type, user_id, email }
    secrets []
    defaults { actor_type: "user" }
}

impl ToPy for models::ClickPipeBigQuerySource {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::ClickPipeBigQuerySource::ClickPipeBigQueryServiceAccountSource(value) => value.to_py(py),
            models::ClickPipeBigQuerySource::ClickPipeBigQueryWorkloadIdentitySource(value) => value.to_py(py),
            models::ClickPipeBigQuerySource::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::ClickPipeBigQuerySource {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyClickPipeBigQueryServiceAccountSource>() {
            return Ok(models::ClickPipeBigQuerySource::ClickPipeBigQueryServiceAccountSource(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickPipeBigQueryWorkloadIdentitySource>() {
            return Ok(models::ClickPipeBigQuerySource::ClickPipeBigQueryWorkloadIdentitySource(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "ClickPipeBigQuerySource", value)
    }
}

impl ReprField for models::ClickPipeBigQuerySource {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

impl ToPy for models::ClickPipeKafkaSchemaRegistry {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::ClickPipeKafkaSchemaRegistry::ClickPipeKafkaConfluentSchemaRegistry(value) => value.to_py(py),
            models::ClickPipeKafkaSchemaRegistry::ClickPipeKafkaGlueSchemaRegistry(value) => value.to_py(py),
            models::ClickPipeKafkaSchemaRegistry::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::ClickPipeKafkaSchemaRegistry {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyClickPipeKafkaConfluentSchemaRegistry>() {
            return Ok(models::ClickPipeKafkaSchemaRegistry::ClickPipeKafkaConfluentSchemaRegistry(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickPipeKafkaGlueSchemaRegistry>() {
            return Ok(models::ClickPipeKafkaSchemaRegistry::ClickPipeKafkaGlueSchemaRegistry(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "ClickPipeKafkaSchemaRegistry", value)
    }
}

impl ReprField for models::ClickPipeKafkaSchemaRegistry {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

impl ToPy for models::ClickStackCASLPermission {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::ClickStackCASLPermission::ClickStackMongoDBCASLPermission(value) => value.to_py(py),
            models::ClickStackCASLPermission::ClickStackClickHouseCASLPermission(value) => value.to_py(py),
            models::ClickStackCASLPermission::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::ClickStackCASLPermission {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyClickStackMongoDBCASLPermission>() {
            return Ok(models::ClickStackCASLPermission::ClickStackMongoDBCASLPermission(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackClickHouseCASLPermission>() {
            return Ok(models::ClickStackCASLPermission::ClickStackClickHouseCASLPermission(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "ClickStackCASLPermission", value)
    }
}

impl ReprField for models::ClickStackCASLPermission {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

impl ToPy for models::ClickStackFilter {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::ClickStackFilter::ClickStackQueryExpressionFilter(value) => value.to_py(py),
            models::ClickStackFilter::ClickStackStaticListFilter(value) => value.to_py(py),
            models::ClickStackFilter::ClickStackPrometheusLabelFilter(value) => value.to_py(py),
            models::ClickStackFilter::ClickStackSourceFilter(value) => value.to_py(py),
            models::ClickStackFilter::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::ClickStackFilter {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyClickStackQueryExpressionFilter>() {
            return Ok(models::ClickStackFilter::ClickStackQueryExpressionFilter(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackStaticListFilter>() {
            return Ok(models::ClickStackFilter::ClickStackStaticListFilter(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackPrometheusLabelFilter>() {
            return Ok(models::ClickStackFilter::ClickStackPrometheusLabelFilter(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackSourceFilter>() {
            return Ok(models::ClickStackFilter::ClickStackSourceFilter(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "ClickStackFilter", value)
    }
}

impl ReprField for models::ClickStackFilter {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

impl ToPy for models::ClickStackSavedFilterValue {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::ClickStackSavedFilterValue::ClickStackSqlSavedFilterValue(value) => value.to_py(py),
            models::ClickStackSavedFilterValue::ClickStackVariableSavedFilterValue(value) => value.to_py(py),
            models::ClickStackSavedFilterValue::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::ClickStackSavedFilterValue {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyClickStackSqlSavedFilterValue>() {
            return Ok(models::ClickStackSavedFilterValue::ClickStackSqlSavedFilterValue(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackVariableSavedFilterValue>() {
            return Ok(models::ClickStackSavedFilterValue::ClickStackVariableSavedFilterValue(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "ClickStackSavedFilterValue", value)
    }
}

impl ReprField for models::ClickStackSavedFilterValue {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

impl ToPy for models::ClickStackSource {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::ClickStackSource::ClickStackLogSource(value) => value.to_py(py),
            models::ClickStackSource::ClickStackTraceSource(value) => value.to_py(py),
            models::ClickStackSource::ClickStackMetricSource(value) => value.to_py(py),
            models::ClickStackSource::ClickStackSessionSource(value) => value.to_py(py),
            models::ClickStackSource::ClickStackPromqlSource(value) => value.to_py(py),
            models::ClickStackSource::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::ClickStackSource {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyClickStackLogSource>() {
            return Ok(models::ClickStackSource::ClickStackLogSource(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackTraceSource>() {
            return Ok(models::ClickStackSource::ClickStackTraceSource(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackMetricSource>() {
            return Ok(models::ClickStackSource::ClickStackMetricSource(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackSessionSource>() {
            return Ok(models::ClickStackSource::ClickStackSessionSource(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackPromqlSource>() {
            return Ok(models::ClickStackSource::ClickStackPromqlSource(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "ClickStackSource", value)
    }
}

impl ReprField for models::ClickStackSource {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

impl ToPy for models::ClickStackWebhook {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::ClickStackWebhook::ClickStackSlackWebhook(value) => value.to_py(py),
            models::ClickStackWebhook::ClickStackIncidentIOWebhook(value) => value.to_py(py),
            models::ClickStackWebhook::ClickStackGenericWebhook(value) => value.to_py(py),
            models::ClickStackWebhook::ClickStackSlackAPIWebhook(value) => value.to_py(py),
            models::ClickStackWebhook::ClickStackPagerDutyAPIWebhook(value) => value.to_py(py),
            models::ClickStackWebhook::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::ClickStackWebhook {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyClickStackSlackWebhook>() {
            return Ok(models::ClickStackWebhook::ClickStackSlackWebhook(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackIncidentIOWebhook>() {
            return Ok(models::ClickStackWebhook::ClickStackIncidentIOWebhook(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackGenericWebhook>() {
            return Ok(models::ClickStackWebhook::ClickStackGenericWebhook(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackSlackAPIWebhook>() {
            return Ok(models::ClickStackWebhook::ClickStackSlackAPIWebhook(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyClickStackPagerDutyAPIWebhook>() {
            return Ok(models::ClickStackWebhook::ClickStackPagerDutyAPIWebhook(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "ClickStackWebhook", value)
    }
}

impl ReprField for models::ClickStackWebhook {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

impl ToPy for models::Whoami {
    /// The variant's class; a variant this version does not know, as a dict.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            models::Whoami::WhoamiUser(value) => value.to_py(py),
            models::Whoami::WhoamiApiKey(value) => value.to_py(py),
            models::Whoami::Unknown(fields) => fields.to_py(py),
        }
    }
}

impl FromPy for models::Whoami {
    fn from_py(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        use pyo3::types::PyAnyMethods;
        if let Ok(object) = value.cast::<PyWhoamiUser>() {
            return Ok(models::Whoami::WhoamiUser(object.get().inner.clone()));
        }
        if let Ok(object) = value.cast::<PyWhoamiApiKey>() {
            return Ok(models::Whoami::WhoamiApiKey(object.get().inner.clone()));
        }
        crate::py::value::nested(name, "Whoami", value)
    }
}

impl ReprField for models::Whoami {
    fn repr_field(&self) -> String {
        self.discriminator().unwrap_or("?").to_owned()
    }
}

/// Adds every generated class to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyActiveBalance>()?;
    m.add_class::<PyActiveBalances>()?;
    m.add_class::<PyActivity>()?;
    m.add_class::<PyApiKey>()?;
    m.add_class::<PyAssignedRole>()?;
    m.add_class::<PyBackup>()?;
    m.add_class::<PyBackupConfiguration>()?;
    m.add_class::<PyByocConfig>()?;
    m.add_class::<PyByocInfrastructureDetails>()?;
    m.add_class::<PyByocInfrastructurePrivateEndpointConfig>()?;
    m.add_class::<PyByocInfrastructureProgress>()?;
    m.add_class::<PyByocInfrastructureProgressStage>()?;
    m.add_class::<PyByocInfrastructureTagsResponse>()?;
    m.add_class::<PyByocInfrastructureValidation>()?;
    m.add_class::<PyByocInfrastructureValidationCheck>()?;
    m.add_class::<PyClickPipe>()?;
    m.add_class::<PyClickPipeBigQueryPipeSettings>()?;
    m.add_class::<PyClickPipeBigQueryPipeTableMapping>()?;
    m.add_class::<PyClickPipeBigQueryServiceAccountSource>()?;
    m.add_class::<PyClickPipeBigQueryWorkloadIdentitySource>()?;
    m.add_class::<PyClickPipeDestination>()?;
    m.add_class::<PyClickPipeDestinationColumn>()?;
    m.add_class::<PyClickPipeDestinationTableDefinition>()?;
    m.add_class::<PyClickPipeDestinationTableEngine>()?;
    m.add_class::<PyClickPipeFieldMapping>()?;
    m.add_class::<PyClickPipeKafkaConfluentSchemaRegistry>()?;
    m.add_class::<PyClickPipeKafkaGlueSchemaRegistry>()?;
    m.add_class::<PyClickPipeKafkaOffset>()?;
    m.add_class::<PyClickPipeKafkaSource>()?;
    m.add_class::<PyClickPipeKinesisSchemaRegistry>()?;
    m.add_class::<PyClickPipeKinesisSource>()?;
    m.add_class::<PyClickPipeMongoDBPipeColumn>()?;
    m.add_class::<PyClickPipeMongoDBPipeSettings>()?;
    m.add_class::<PyClickPipeMongoDBPipeTableMapping>()?;
    m.add_class::<PyClickPipeMongoDBSource>()?;
    m.add_class::<PyClickPipeMongoDBStructuredIngestion>()?;
    m.add_class::<PyClickPipeMySQLPipeSettings>()?;
    m.add_class::<PyClickPipeMySQLPipeTableMapping>()?;
    m.add_class::<PyClickPipeMySQLSource>()?;
    m.add_class::<PyClickPipeObjectStorageSource>()?;
    m.add_class::<PyClickPipePostgresPipeSettings>()?;
    m.add_class::<PyClickPipePostgresPipeTableMapping>()?;
    m.add_class::<PyClickPipePostgresSource>()?;
    m.add_class::<PyClickPipePubSubSource>()?;
    m.add_class::<PyClickPipeScaling>()?;
    m.add_class::<PyClickPipeSchemaDiscoveryField>()?;
    m.add_class::<PyClickPipeSchemaDiscoveryResponse>()?;
    m.add_class::<PyClickPipeSettings>()?;
    m.add_class::<PyClickPipeSource>()?;
    m.add_class::<PyClickPipesCdcScaling>()?;
    m.add_class::<PyClickPipesGcpWorkloadIdentityContext>()?;
    m.add_class::<PyClickPipesServiceContext>()?;
    m.add_class::<PyClickStackAggregatedColumn>()?;
    m.add_class::<PyClickStackAlertChannelEmail>()?;
    m.add_class::<PyClickStackAlertExecutionError>()?;
    m.add_class::<PyClickStackAlertLineBuilderChartConfig>()?;
    m.add_class::<PyClickStackAlertResponse>()?;
    m.add_class::<PyClickStackAlertSilenced>()?;
    m.add_class::<PyClickStackClickHouseCASLPermission>()?;
    m.add_class::<PyClickStackClickHouseCASLPermissionConditions>()?;
    m.add_class::<PyClickStackClickHouseCASLPermissionConditionsFrom>()?;
    m.add_class::<PyClickStackDashboardContainer>()?;
    m.add_class::<PyClickStackDashboardContainerTab>()?;
    m.add_class::<PyClickStackDashboardResponse>()?;
    m.add_class::<PyClickStackFilterSettingsColumn>()?;
    m.add_class::<PyClickStackFormula>()?;
    m.add_class::<PyClickStackGenericWebhook>()?;
    m.add_class::<PyClickStackHighlightedAttributeExpression>()?;
    m.add_class::<PyClickStackIncidentIOWebhook>()?;
    m.add_class::<PyClickStackLineBuilderChartConfig>()?;
    m.add_class::<PyClickStackLogSource>()?;
    m.add_class::<PyClickStackLogSourceMetadataMaterializedViews>()?;
    m.add_class::<PyClickStackMaterializedView>()?;
    m.add_class::<PyClickStackMetricSource>()?;
    m.add_class::<PyClickStackMetricSourceFrom>()?;
    m.add_class::<PyClickStackMetricTables>()?;
    m.add_class::<PyClickStackMongoDBCASLPermission>()?;
    m.add_class::<PyClickStackNumberFormat>()?;
    m.add_class::<PyClickStackPagerDutyAPIWebhook>()?;
    m.add_class::<PyClickStackPrometheusLabelFilter>()?;
    m.add_class::<PyClickStackPromqlSource>()?;
    m.add_class::<PyClickStackQueryExpressionFilter>()?;
    m.add_class::<PyClickStackQuerySetting>()?;
    m.add_class::<PyClickStackRole>()?;
    m.add_class::<PyClickStackSavedSearch>()?;
    m.add_class::<PyClickStackSavedSearchFilter>()?;
    m.add_class::<PyClickStackSelectItem>()?;
    m.add_class::<PyClickStackSessionSource>()?;
    m.add_class::<PyClickStackSlackAPIWebhook>()?;
    m.add_class::<PyClickStackSlackWebhook>()?;
    m.add_class::<PyClickStackSourceFilter>()?;
    m.add_class::<PyClickStackSourceFilterSettings>()?;
    m.add_class::<PyClickStackSourceFrom>()?;
    m.add_class::<PyClickStackSqlSavedFilterValue>()?;
    m.add_class::<PyClickStackStaticListFilter>()?;
    m.add_class::<PyClickStackTileOutput>()?;
    m.add_class::<PyClickStackTraceSource>()?;
    m.add_class::<PyClickStackTraceSourceMetadataMaterializedViews>()?;
    m.add_class::<PyClickStackValidateDashboardError>()?;
    m.add_class::<PyClickStackValidateDashboardResponse>()?;
    m.add_class::<PyClickStackValidateWebhookResponse>()?;
    m.add_class::<PyClickStackValidateWebhookResponseErrorsItem>()?;
    m.add_class::<PyClickStackVariableSavedFilterValue>()?;
    m.add_class::<PyCreatedKey>()?;
    m.add_class::<PyCreditBalance>()?;
    m.add_class::<PyCreditBalances>()?;
    m.add_class::<PyCurrentScaling>()?;
    m.add_class::<PyCustomPrivateDnsMapping>()?;
    m.add_class::<PyInstancePrivateEndpoint>()?;
    m.add_class::<PyInvitation>()?;
    m.add_class::<PyIpAccessListEntry>()?;
    m.add_class::<PyMember>()?;
    m.add_class::<PyNotification>()?;
    m.add_class::<PyNotificationType>()?;
    m.add_class::<PyOrganization>()?;
    m.add_class::<PyOrganizationCapabilities>()?;
    m.add_class::<PyOrganizationCloudRegionPrivateEndpointConfig>()?;
    m.add_class::<PyOrganizationPrivateEndpoint>()?;
    m.add_class::<PyOrganizationQuota>()?;
    m.add_class::<PyPgConfig>()?;
    m.add_class::<PyPostgresBackup>()?;
    m.add_class::<PyPostgresInstanceConfig>()?;
    m.add_class::<PyPostgresInstanceUpdateConfigResponse>()?;
    m.add_class::<PyPostgresIpAccessListEntry>()?;
    m.add_class::<PyPostgresLogEntry>()?;
    m.add_class::<PyPostgresMetric>()?;
    m.add_class::<PyPostgresMetricDataPoint>()?;
    m.add_class::<PyPostgresMetricSeries>()?;
    m.add_class::<PyPostgresMetrics>()?;
    m.add_class::<PyPostgresQueryExecution>()?;
    m.add_class::<PyPostgresService>()?;
    m.add_class::<PyPostgresServiceListItem>()?;
    m.add_class::<PyPostgresServicePasswordResource>()?;
    m.add_class::<PyPostgresSlowQueryPattern>()?;
    m.add_class::<PyPostgresSlowQueryPatternDetail>()?;
    m.add_class::<PyPrivateEndpointConfig>()?;
    m.add_class::<PyPrometheusDiscoveryLabels>()?;
    m.add_class::<PyPrometheusDiscoveryTargetGroup>()?;
    m.add_class::<PyPublicQueryApiEndpoint>()?;
    m.add_class::<PyPublicQueryApiEndpointListItem>()?;
    m.add_class::<PyPublicSavedQuery>()?;
    m.add_class::<PyPublicSavedQueryListItem>()?;
    m.add_class::<PyRBACPolicy>()?;
    m.add_class::<PyRBACPolicyTags>()?;
    m.add_class::<PyRBACRole>()?;
    m.add_class::<PyReplicaAwareRouting>()?;
    m.add_class::<PyResourceTagsV1>()?;
    m.add_class::<PyRestoredService>()?;
    m.add_class::<PyReversePrivateEndpoint>()?;
    m.add_class::<PyReversePrivateEndpointDnsTarget>()?;
    m.add_class::<PyReversePrivateEndpointPrivateDnsMapping>()?;
    m.add_class::<PyScalingSchedule>()?;
    m.add_class::<PyScalingScheduleBaseConfig>()?;
    m.add_class::<PyScalingScheduleEntry>()?;
    m.add_class::<PyService>()?;
    m.add_class::<PyServiceClickhouseSetting>()?;
    m.add_class::<PyServiceClickhouseSettingSchemaEntry>()?;
    m.add_class::<PyServiceClickhouseSettingWarning>()?;
    m.add_class::<PyServiceClickhouseSettingsList>()?;
    m.add_class::<PyServiceClickhouseSettingsPatchResponse>()?;
    m.add_class::<PyServiceClickhouseSettingsSchema>()?;
    m.add_class::<PyServiceEndpoint>()?;
    m.add_class::<PyServicePasswordPatchResponse>()?;
    m.add_class::<PyServiceProfile>()?;
    m.add_class::<PyServiceQueryAPIEndpoint>()?;
    m.add_class::<PyServiceScalingPatchResponse>()?;
    m.add_class::<PySnapshot>()?;
    m.add_class::<PySnapshotConfiguration>()?;
    m.add_class::<PyUdf>()?;
    m.add_class::<PyUdfArgumentOutput>()?;
    m.add_class::<PyUdfAttachment>()?;
    m.add_class::<PyUdfUploadSession>()?;
    m.add_class::<PyUpgradeWindow>()?;
    m.add_class::<PyUsageCost>()?;
    m.add_class::<PyUsageCostMetrics>()?;
    m.add_class::<PyUsageCostRecord>()?;
    m.add_class::<PyWhoamiApiKey>()?;
    m.add_class::<PyWhoamiOrganization>()?;
    m.add_class::<PyWhoamiUser>()?;
    Ok(())
}

/// An operation's result as Python: objects carry the response's request id.
pub fn output_to_py<'py>(py: Python<'py>, output: Output, request_id: Option<String>) -> PyResult<Bound<'py, PyAny>> {
    Ok(match output {
        Output::Empty => py.None().into_bound(py),
        Output::Text(text) => text.to_py(py)?,
        Output::ActiveBalances(inner) => Bound::new(py, PyActiveBalances { inner, request_id })?.into_any(),
        Output::Activity(inner) => Bound::new(py, PyActivity { inner, request_id })?.into_any(),
        Output::ApiKey(inner) => Bound::new(py, PyApiKey { inner, request_id })?.into_any(),
        Output::Backup(inner) => Bound::new(py, PyBackup { inner, request_id })?.into_any(),
        Output::BackupBucket(value) => value.to_py(py)?,
        Output::BackupConfiguration(inner) => Bound::new(py, PyBackupConfiguration { inner, request_id })?.into_any(),
        Output::ByocConfig(inner) => Bound::new(py, PyByocConfig { inner, request_id })?.into_any(),
        Output::ByocInfrastructureDetails(inner) => Bound::new(py, PyByocInfrastructureDetails { inner, request_id })?.into_any(),
        Output::ByocInfrastructurePrivateEndpointConfig(inner) => Bound::new(py, PyByocInfrastructurePrivateEndpointConfig { inner, request_id })?.into_any(),
        Output::ByocInfrastructureProgress(inner) => Bound::new(py, PyByocInfrastructureProgress { inner, request_id })?.into_any(),
        Output::ByocInfrastructureTagsResponse(inner) => Bound::new(py, PyByocInfrastructureTagsResponse { inner, request_id })?.into_any(),
        Output::ByocInfrastructureValidation(inner) => Bound::new(py, PyByocInfrastructureValidation { inner, request_id })?.into_any(),
        Output::ClickPipe(inner) => Bound::new(py, PyClickPipe { inner, request_id })?.into_any(),
        Output::ClickPipeSchemaDiscoveryResponse(inner) => Bound::new(py, PyClickPipeSchemaDiscoveryResponse { inner, request_id })?.into_any(),
        Output::ClickPipeSettings(inner) => Bound::new(py, PyClickPipeSettings { inner, request_id })?.into_any(),
        Output::ClickPipesCdcScaling(inner) => Bound::new(py, PyClickPipesCdcScaling { inner, request_id })?.into_any(),
        Output::ClickPipesServiceContext(inner) => Bound::new(py, PyClickPipesServiceContext { inner, request_id })?.into_any(),
        Output::ClickStackAlertResponse(inner) => Bound::new(py, PyClickStackAlertResponse { inner, request_id })?.into_any(),
        Output::ClickStackDashboardResponse(inner) => Bound::new(py, PyClickStackDashboardResponse { inner, request_id })?.into_any(),
        Output::ClickStackRole(inner) => Bound::new(py, PyClickStackRole { inner, request_id })?.into_any(),
        Output::ClickStackSavedSearch(inner) => Bound::new(py, PyClickStackSavedSearch { inner, request_id })?.into_any(),
        Output::ClickStackSource(value) => value.to_py(py)?,
        Output::ClickStackValidateDashboardResponse(inner) => Bound::new(py, PyClickStackValidateDashboardResponse { inner, request_id })?.into_any(),
        Output::ClickStackValidateWebhookResponse(inner) => Bound::new(py, PyClickStackValidateWebhookResponse { inner, request_id })?.into_any(),
        Output::ClickStackWebhook(value) => value.to_py(py)?,
        Output::CreatedKey(inner) => Bound::new(py, PyCreatedKey { inner, request_id })?.into_any(),
        Output::CreditBalances(inner) => Bound::new(py, PyCreditBalances { inner, request_id })?.into_any(),
        Output::InstancePrivateEndpoint(inner) => Bound::new(py, PyInstancePrivateEndpoint { inner, request_id })?.into_any(),
        Output::Invitation(inner) => Bound::new(py, PyInvitation { inner, request_id })?.into_any(),
        Output::ListOfActivity(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyActivity>()))?;
            for inner in items {
                list.append(Bound::new(py, PyActivity { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfApiKey(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyApiKey>()))?;
            for inner in items {
                list.append(Bound::new(py, PyApiKey { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfBackup(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyBackup>()))?;
            for inner in items {
                list.append(Bound::new(py, PyBackup { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfClickPipe(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyClickPipe>()))?;
            for inner in items {
                list.append(Bound::new(py, PyClickPipe { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfClickStackAlertResponse(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyClickStackAlertResponse>()))?;
            for inner in items {
                list.append(Bound::new(py, PyClickStackAlertResponse { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfClickStackDashboardResponse(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyClickStackDashboardResponse>()))?;
            for inner in items {
                list.append(Bound::new(py, PyClickStackDashboardResponse { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfClickStackRole(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyClickStackRole>()))?;
            for inner in items {
                list.append(Bound::new(py, PyClickStackRole { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfClickStackSavedSearch(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyClickStackSavedSearch>()))?;
            for inner in items {
                list.append(Bound::new(py, PyClickStackSavedSearch { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfClickStackSource(value) => value.to_py(py)?,
        Output::ListOfClickStackWebhook(value) => value.to_py(py)?,
        Output::ListOfInvitation(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyInvitation>()))?;
            for inner in items {
                list.append(Bound::new(py, PyInvitation { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfMember(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyMember>()))?;
            for inner in items {
                list.append(Bound::new(py, PyMember { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfNotification(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyNotification>()))?;
            for inner in items {
                list.append(Bound::new(py, PyNotification { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfNotificationType(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyNotificationType>()))?;
            for inner in items {
                list.append(Bound::new(py, PyNotificationType { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfOrganization(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyOrganization>()))?;
            for inner in items {
                list.append(Bound::new(py, PyOrganization { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfOrganizationQuota(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyOrganizationQuota>()))?;
            for inner in items {
                list.append(Bound::new(py, PyOrganizationQuota { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfPostgresBackup(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyPostgresBackup>()))?;
            for inner in items {
                list.append(Bound::new(py, PyPostgresBackup { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfPostgresLogEntry(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyPostgresLogEntry>()))?;
            for inner in items {
                list.append(Bound::new(py, PyPostgresLogEntry { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfPostgresServiceListItem(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyPostgresServiceListItem>()))?;
            for inner in items {
                list.append(Bound::new(py, PyPostgresServiceListItem { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfPostgresSlowQueryPattern(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyPostgresSlowQueryPattern>()))?;
            for inner in items {
                list.append(Bound::new(py, PyPostgresSlowQueryPattern { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfPrometheusDiscoveryTargetGroup(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyPrometheusDiscoveryTargetGroup>()))?;
            for inner in items {
                list.append(Bound::new(py, PyPrometheusDiscoveryTargetGroup { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfPublicQueryApiEndpointListItem(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyPublicQueryApiEndpointListItem>()))?;
            for inner in items {
                list.append(Bound::new(py, PyPublicQueryApiEndpointListItem { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfPublicSavedQueryListItem(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyPublicSavedQueryListItem>()))?;
            for inner in items {
                list.append(Bound::new(py, PyPublicSavedQueryListItem { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfRBACRole(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyRBACRole>()))?;
            for inner in items {
                list.append(Bound::new(py, PyRBACRole { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfReversePrivateEndpoint(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyReversePrivateEndpoint>()))?;
            for inner in items {
                list.append(Bound::new(py, PyReversePrivateEndpoint { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfService(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyService>()))?;
            for inner in items {
                list.append(Bound::new(py, PyService { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfServiceProfile(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyServiceProfile>()))?;
            for inner in items {
                list.append(Bound::new(py, PyServiceProfile { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfSnapshot(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PySnapshot>()))?;
            for inner in items {
                list.append(Bound::new(py, PySnapshot { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfUdf(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyUdf>()))?;
            for inner in items {
                list.append(Bound::new(py, PyUdf { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::ListOfUdfAttachment(items) => {
            let list = crate::py::value::result_list(py, Some(py.get_type::<PyUdfAttachment>()))?;
            for inner in items {
                list.append(Bound::new(py, PyUdfAttachment { inner, request_id: request_id.clone() })?)?;
            }
            list.into_any()
        }
        Output::Member(inner) => Bound::new(py, PyMember { inner, request_id })?.into_any(),
        Output::Organization(inner) => Bound::new(py, PyOrganization { inner, request_id })?.into_any(),
        Output::OrganizationCloudRegionPrivateEndpointConfig(inner) => Bound::new(py, PyOrganizationCloudRegionPrivateEndpointConfig { inner, request_id })?.into_any(),
        Output::OrganizationQuota(inner) => Bound::new(py, PyOrganizationQuota { inner, request_id })?.into_any(),
        Output::PostgresInstanceConfig(inner) => Bound::new(py, PyPostgresInstanceConfig { inner, request_id })?.into_any(),
        Output::PostgresInstanceUpdateConfigResponse(inner) => Bound::new(py, PyPostgresInstanceUpdateConfigResponse { inner, request_id })?.into_any(),
        Output::PostgresMetrics(inner) => Bound::new(py, PyPostgresMetrics { inner, request_id })?.into_any(),
        Output::PostgresService(inner) => Bound::new(py, PyPostgresService { inner, request_id })?.into_any(),
        Output::PostgresServicePasswordResource(inner) => Bound::new(py, PyPostgresServicePasswordResource { inner, request_id })?.into_any(),
        Output::PostgresSlowQueryPatternDetail(inner) => Bound::new(py, PyPostgresSlowQueryPatternDetail { inner, request_id })?.into_any(),
        Output::PrivateEndpointConfig(inner) => Bound::new(py, PyPrivateEndpointConfig { inner, request_id })?.into_any(),
        Output::PublicQueryApiEndpoint(inner) => Bound::new(py, PyPublicQueryApiEndpoint { inner, request_id })?.into_any(),
        Output::PublicSavedQuery(inner) => Bound::new(py, PyPublicSavedQuery { inner, request_id })?.into_any(),
        Output::RBACRole(inner) => Bound::new(py, PyRBACRole { inner, request_id })?.into_any(),
        Output::ReplicaAwareRouting(inner) => Bound::new(py, PyReplicaAwareRouting { inner, request_id })?.into_any(),
        Output::RestoredService(inner) => Bound::new(py, PyRestoredService { inner, request_id })?.into_any(),
        Output::ReversePrivateEndpoint(inner) => Bound::new(py, PyReversePrivateEndpoint { inner, request_id })?.into_any(),
        Output::ScalingSchedule(inner) => Bound::new(py, PyScalingSchedule { inner, request_id })?.into_any(),
        Output::Service(inner) => Bound::new(py, PyService { inner, request_id })?.into_any(),
        Output::ServiceClickhouseSetting(inner) => Bound::new(py, PyServiceClickhouseSetting { inner, request_id })?.into_any(),
        Output::ServiceClickhouseSettingsList(inner) => Bound::new(py, PyServiceClickhouseSettingsList { inner, request_id })?.into_any(),
        Output::ServiceClickhouseSettingsPatchResponse(inner) => Bound::new(py, PyServiceClickhouseSettingsPatchResponse { inner, request_id })?.into_any(),
        Output::ServiceClickhouseSettingsSchema(inner) => Bound::new(py, PyServiceClickhouseSettingsSchema { inner, request_id })?.into_any(),
        Output::ServicePasswordPatchResponse(inner) => Bound::new(py, PyServicePasswordPatchResponse { inner, request_id })?.into_any(),
        Output::ServiceQueryAPIEndpoint(inner) => Bound::new(py, PyServiceQueryAPIEndpoint { inner, request_id })?.into_any(),
        Output::ServiceScalingPatchResponse(inner) => Bound::new(py, PyServiceScalingPatchResponse { inner, request_id })?.into_any(),
        Output::Snapshot(inner) => Bound::new(py, PySnapshot { inner, request_id })?.into_any(),
        Output::SnapshotConfiguration(inner) => Bound::new(py, PySnapshotConfiguration { inner, request_id })?.into_any(),
        Output::Udf(inner) => Bound::new(py, PyUdf { inner, request_id })?.into_any(),
        Output::UdfAttachment(inner) => Bound::new(py, PyUdfAttachment { inner, request_id })?.into_any(),
        Output::UdfUploadSession(inner) => Bound::new(py, PyUdfUploadSession { inner, request_id })?.into_any(),
        Output::UpgradeWindow(inner) => Bound::new(py, PyUpgradeWindow { inner, request_id })?.into_any(),
        Output::UsageCost(inner) => Bound::new(py, PyUsageCost { inner, request_id })?.into_any(),
        Output::Whoami(value) => value.to_py(py)?,
    })
}
