//! Services, as far as restoring a backup needs them: the new service, its state and
//! endpoints, and the one-time password the API returns when it is created.

use serde::de::Deserializer;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::config::Secret;
use super::models::Timestamp;
use super::numbers::Whole;

/// A ClickHouse Cloud service. The fields the client reasons about are typed; every
/// other field the API sends is kept in `extra`, so `to_dict()` loses nothing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `aws`, `gcp`, `azure` or a new value verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// `provisioning`, `running`, `stopped`, `failed`, ... or a new value verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clickhouse_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<ServiceEndpoint>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// States from which a service does not reach another state on its own.
pub const FINAL_FAILURE_STATES: &[&str] = &[
    "failed",
    "terminated",
    "terminating",
    "softdeleted",
    "softdeleting",
];

/// One way to connect to a service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceEndpoint {
    /// `https`, `nativesecure`, `mysql` or a new value verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The spec types this as a plain JSON number: a fraction is rounded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<Whole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// What creating a service answers: the service and its one-time password.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct CreatedService {
    #[serde(default)]
    pub service: Option<Service>,
    #[serde(default)]
    pub password: Option<Secret>,
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Secret::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::models::{parse_envelope, Object};

    #[test]
    fn service_keeps_unknown_fields_and_parses_endpoints() {
        let env = parse_envelope::<Object<Service>>(
            br#"{"result":{"id":"0b2e4e3a-8e21-4c4b-9f1f-2d3c4b5a6978","name":"n",
            "state":"provisioning","endpoints":[{"protocol":"https","host":"h","port":8443.0}],
            "tier":"production","ipAccessList":[{"source":"0.0.0.0/0"}]}}"#,
        )
        .unwrap();
        let s = env.result.unwrap().0;
        assert_eq!(s.state.as_deref(), Some("provisioning"));
        assert_eq!(
            s.endpoints.as_ref().unwrap()[0].port,
            Some(Whole::Exact(8443))
        );
        assert_eq!(s.extra["tier"], "production");
        let again: Object<Service> =
            serde_json::from_value(serde_json::to_value(&s).unwrap()).unwrap();
        assert_eq!(again.0, s);
    }

    #[test]
    fn a_port_is_any_number_and_only_a_number() {
        let port = |body: &[u8]| {
            parse_envelope::<Object<Service>>(body)
                .map(|e| e.result.unwrap().0.endpoints.unwrap()[0].port)
        };
        assert_eq!(
            port(br#"{"result":{"endpoints":[{"port":70000}]}}"#),
            Ok(Some(Whole::Exact(70000)))
        );
        assert_eq!(
            port(br#"{"result":{"endpoints":[{"port":1.5}]}}"#),
            Ok(Some(Whole::Exact(2)))
        );
        assert!(port(br#"{"result":{"endpoints":[{"port":"8443"}]}}"#).is_err());
    }

    #[test]
    fn password_is_hidden_from_debug() {
        let c: CreatedService = serde_json::from_str(r#"{"password":"hunter2"}"#).unwrap();
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
