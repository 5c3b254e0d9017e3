//! Client configuration: credentials, base URL, timeout and retries, resolved from
//! explicit arguments first and the environment second (the variable names are the
//! ones the official CLI and Terraform provider use).

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::Url;

use super::error::Error;
pub use super::secret::Secret;

pub const ENV_KEY_ID: &str = "CLICKHOUSE_CLOUD_API_KEY";
pub const ENV_KEY_SECRET: &str = "CLICKHOUSE_CLOUD_API_SECRET";
pub const ENV_BASE_URL: &str = "CLICKHOUSE_CLOUD_API_URL";
pub const DEFAULT_BASE_URL: &str = "https://api.clickhouse.cloud";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_MAX_RETRIES: u32 = 3;
/// Open connections per client, as httpx (`max_connections=100`) and aiohttp
/// (`limit=100`) cap their pools: a burst must not exhaust file descriptors.
pub const DEFAULT_MAX_CONNECTIONS: u32 = 100;
pub const MAX_MAX_CONNECTIONS: u32 = 10_000;
/// No retry starts after a call has taken this long (waits included).
pub const DEFAULT_RETRY_BUDGET: Duration = Duration::from_secs(120);
/// More retries than this is a configuration mistake, not resilience.
pub const MAX_MAX_RETRIES: u32 = 100;

/// How to check the server's TLS certificate.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Verify {
    /// The platform's trust store.
    #[default]
    System,
    /// No verification at all (a test server with a self-made certificate).
    Disabled,
    /// Trust the certificates of this PEM bundle.
    CaBundle(PathBuf),
}

/// What the caller passed; `None` means "use the environment, then the default".
/// (No `Debug`: it holds the secret in clear.)
#[derive(Clone, Default)]
pub struct ConfigInput {
    pub key_id: Option<String>,
    pub key_secret: Option<String>,
    pub base_url: Option<String>,
    pub timeout: Option<f64>,
    pub max_retries: Option<i64>,
    pub verify: Verify,
    /// Requests per 10 s this client may send (shared by all its users); None: no limit.
    pub rate_limit: Option<i64>,
    /// None: the default cap; `Some(None)`: no cap; `Some(Some(n))`: at most n.
    pub max_connections: Option<Option<i64>>,
    /// Seconds after which a call starts no more retries; None: the default.
    pub retry_budget: Option<f64>,
}

/// A validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub key_id: String,
    pub key_secret: Secret,
    /// The server root, without a trailing `/` or `/v1`.
    pub base_url: Url,
    pub timeout: Duration,
    pub max_retries: u32,
    pub verify: Verify,
    pub rate_limit: Option<u32>,
    /// Connections open or being opened at once; None: no cap.
    pub max_connections: Option<u32>,
    /// No retry starts (and no wait for one) once a call has taken this long.
    pub retry_budget: Duration,
}

impl Config {
    /// Resolves the configuration from the arguments and the process environment.
    pub fn resolve(input: ConfigInput) -> Result<Config, Error> {
        Self::resolve_with(input, |name| std::env::var(name).ok())
    }

    /// Same as [`Config::resolve`] with an injectable environment, for tests.
    pub fn resolve_with(
        input: ConfigInput,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, Error> {
        let from_env = |name: &str| env(name).filter(|v| !v.is_empty());
        let key_id = input.key_id.or_else(|| from_env(ENV_KEY_ID));
        let key_secret = input.key_secret.or_else(|| from_env(ENV_KEY_SECRET));
        let (key_id, key_secret) = match (key_id, key_secret) {
            (Some(id), Some(secret)) => (id, secret),
            (id, secret) => {
                let mut missing = Vec::new();
                if id.is_none() {
                    missing.push(format!("key_id (or set {ENV_KEY_ID})"));
                }
                if secret.is_none() {
                    missing.push(format!("key_secret (or set {ENV_KEY_SECRET})"));
                }
                return Err(Error::InvalidArgument(format!(
                    "missing ClickHouse Cloud API credentials: pass {}",
                    missing.join(" and ")
                )));
            }
        };
        if key_id.is_empty() || key_secret.is_empty() {
            return Err(Error::InvalidArgument(
                "key_id and key_secret must not be empty".into(),
            ));
        }
        // A colon in the key id would make the Basic credentials ambiguous.
        if key_id.contains(':') || key_id.chars().any(char::is_control) {
            return Err(Error::InvalidArgument(
                "key_id must not contain ':' or control characters".into(),
            ));
        }
        let base_url = input
            .base_url
            .or_else(|| from_env(ENV_BASE_URL))
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let base_url = parse_base_url(&base_url)?;
        let timeout = match input.timeout {
            None => DEFAULT_TIMEOUT,
            Some(t) if (0.001..=86_400.0).contains(&t) => Duration::from_secs_f64(t),
            Some(t) => {
                return Err(Error::InvalidArgument(format!(
                    "timeout must be a number of seconds from 0.001 to 86400, not {t}"
                )))
            }
        };
        let max_retries = match input.max_retries {
            None => DEFAULT_MAX_RETRIES,
            Some(n) if (0..=i64::from(MAX_MAX_RETRIES)).contains(&n) => n as u32,
            Some(n) => {
                return Err(Error::InvalidArgument(format!(
                    "max_retries must be between 0 and {MAX_MAX_RETRIES}, not {n}"
                )))
            }
        };
        let rate_limit = match input.rate_limit {
            None => None,
            Some(n) if (1..=10_000).contains(&n) => Some(n as u32),
            Some(n) => {
                return Err(Error::InvalidArgument(format!(
                    "rate_limit must be between 1 and 10000 requests per 10 s, not {n}"
                )))
            }
        };
        let max_connections = match input.max_connections {
            None => Some(DEFAULT_MAX_CONNECTIONS),
            Some(None) => None,
            Some(Some(n)) if (1..=i64::from(MAX_MAX_CONNECTIONS)).contains(&n) => Some(n as u32),
            Some(Some(n)) => {
                return Err(Error::InvalidArgument(format!(
                    "max_connections must be between 1 and {MAX_MAX_CONNECTIONS} (or None for no cap), not {n}"
                )))
            }
        };
        let retry_budget = match input.retry_budget {
            None => DEFAULT_RETRY_BUDGET,
            Some(t) if (0.0..=86_400.0).contains(&t) => Duration::from_secs_f64(t),
            Some(t) => {
                return Err(Error::InvalidArgument(format!(
                    "retry_budget must be a number of seconds from 0 to 86400, not {t}"
                )))
            }
        };
        Ok(Config {
            key_id,
            key_secret: Secret::new(key_secret),
            base_url,
            timeout,
            max_retries,
            verify: input.verify,
            rate_limit,
            max_connections,
            retry_budget,
        })
    }

    /// Whether the server is this machine (localhost, 127.0.0.0/8, ::1): reached
    /// directly, never through a proxy, which would carry the credentials off it.
    pub fn is_loopback(&self) -> bool {
        is_loopback(&self.base_url)
    }

    /// `https://host[/prefix]` as text, no trailing slash.
    pub fn base_url_str(&self) -> &str {
        self.base_url.as_str().trim_end_matches('/')
    }
}

/// Checks and normalises the server root. Plain `http://` is only for loopback:
/// Basic auth would otherwise cross the network in clear.
pub fn parse_base_url(raw: &str) -> Result<Url, Error> {
    let shown = without_userinfo(raw);
    let bad = |why: &str| Error::InvalidArgument(format!("base_url {shown:?} {why}"));
    let mut url = Url::parse(raw.trim()).map_err(|e| bad(&format!("is not a URL: {e}")))?;
    match url.scheme() {
        "https" => {}
        "http" => {
            if !is_loopback(&url) {
                return Err(bad(
                    "uses plain http to a host that is not loopback; use https (credentials would cross the network in clear)",
                ));
            }
        }
        _ => {
            return Err(bad(
                "must start with https:// (or http:// for a loopback host)",
            ))
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(
            "must not carry credentials; pass key_id and key_secret",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("must not have a query or fragment"));
    }
    // Tolerate "…/", "…/v1" and "…/v1/": paths are built as base + "/v1/…".
    let mut path = url.path().trim_end_matches('/').to_owned();
    if let Some(stripped) = path.strip_suffix("/v1") {
        path = stripped.to_owned();
    }
    url.set_path(&path);
    Ok(url)
}

/// The URL as text with any `user:password@` replaced, for error messages.
fn without_userinfo(raw: &str) -> String {
    let Some(scheme_end) = raw.find("://") else {
        return if raw.contains('@') {
            "***".into()
        } else {
            raw.to_owned()
        };
    };
    let authority_start = scheme_end + 3;
    let rest = &raw[authority_start..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{}***@{}", &raw[..authority_start], &rest[at + 1..]),
        None => raw.to_owned(),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(id: &str, secret: &str) -> ConfigInput {
        ConfigInput {
            key_id: Some(id.into()),
            key_secret: Some(secret.into()),
            ..Default::default()
        }
    }

    #[test]
    fn defaults() {
        let c = Config::resolve_with(input("k", "s"), |_| None).unwrap();
        assert_eq!(c.base_url_str(), "https://api.clickhouse.cloud");
        assert_eq!(c.timeout, DEFAULT_TIMEOUT);
        assert_eq!(c.max_retries, 3);
    }

    #[test]
    fn environment_fills_the_gaps() {
        let env = |n: &str| match n {
            ENV_KEY_ID => Some("envkey".to_owned()),
            ENV_KEY_SECRET => Some("envsecret".to_owned()),
            ENV_BASE_URL => Some("http://127.0.0.1:9999/v1/".to_owned()),
            _ => None,
        };
        let c = Config::resolve_with(ConfigInput::default(), env).unwrap();
        assert_eq!(c.key_id, "envkey");
        assert_eq!(c.key_secret.expose(), "envsecret");
        assert_eq!(c.base_url_str(), "http://127.0.0.1:9999");
        // Arguments win over the environment.
        let c = Config::resolve_with(input("arg", "argsecret"), env).unwrap();
        assert_eq!(c.key_id, "arg");
    }

    #[test]
    fn missing_credentials_name_the_variables() {
        let e = Config::resolve_with(ConfigInput::default(), |_| Some(String::new())).unwrap_err();
        let Error::InvalidArgument(m) = e else {
            panic!()
        };
        assert!(m.contains(ENV_KEY_ID) && m.contains(ENV_KEY_SECRET), "{m}");
    }

    #[test]
    fn plain_http_only_for_loopback() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.5.6.7",
            "http://[::1]:1",
            "http://localhost/",
            "http://LOCALHOST:80/v1",
            "https://api.example.com/prefix/v1/",
        ] {
            assert!(parse_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.clickhouse.cloud",
            "http://10.0.0.1",
            "http://localhost.evil.com",
            "ftp://x",
            "not a url",
            "https://user:pw@host",
            "https://host/?q=1",
        ] {
            assert!(parse_base_url(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_base_url("https://h/prefix/v1/").unwrap().as_str(),
            "https://h/prefix"
        );
    }

    #[test]
    fn credentials_in_a_bad_url_are_not_echoed() {
        for raw in [
            "https://id:hunter2@host",
            "http://id:hunter2@example.com/x",
            "id:hunter2@host",
            "https://a@b:hunter2@host/p@q",
        ] {
            let Err(Error::InvalidArgument(m)) = parse_base_url(raw) else {
                panic!("{raw}")
            };
            assert!(!m.contains("hunter2"), "{m}");
        }
    }

    #[test]
    fn bad_numbers_are_rejected() {
        for t in [0.0, 1e-300, -1.0, f64::NAN, f64::INFINITY, 1e9] {
            let i = ConfigInput {
                timeout: Some(t),
                ..input("k", "s")
            };
            assert!(Config::resolve_with(i, |_| None).is_err());
        }
        let i = ConfigInput {
            max_retries: Some(-1),
            ..input("k", "s")
        };
        assert!(Config::resolve_with(i, |_| None).is_err());
    }

    #[test]
    fn secret_is_not_in_debug_output() {
        let c = Config::resolve_with(input("k", "hunter2"), |_| None).unwrap();
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
