//! One HTTP attempt with reqwest: the connection pool (rebuilt after a fork), the
//! headers every request carries, the per-attempt timeout and a cap on what we read.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, USER_AGENT};
use reqwest::{Method, StatusCode};

use super::config::{Config, Verify};
use super::error::Error;

pub const USER_AGENT_VALUE: &str = concat!("clickhouse-cloud-python/", env!("CARGO_PKG_VERSION"));
/// No Backup response comes near this; a body this large is a broken server or proxy.
pub const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;
/// Of an error response we keep this much: enough for any message, bounded for HTML
/// pages or worse from a proxy.
pub const MAX_ERROR_BODY_BYTES: usize = 64 * 1024;

/// A complete response: the status, its headers and the whole body.
#[derive(Debug)]
pub struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// Why an attempt produced no response.
#[derive(Debug)]
pub enum SendError {
    /// No connection was made: nothing reached the server.
    Connect(String),
    /// Connecting took longer than the timeout: nothing reached the server either.
    ConnectTimeout(String),
    Timeout(String),
    /// The connection broke after the request may have been sent.
    Interrupted(String),
    /// The body is larger than [`MAX_BODY_BYTES`].
    TooLarge {
        status: StatusCode,
    },
    /// The client was closed.
    Closed,
}

struct Pool {
    pid: u32,
    http: reqwest::Client,
}

pub struct Transport {
    config: Arc<Config>,
    pool: Mutex<Option<Pool>>,
}

impl Drop for Transport {
    fn drop(&mut self) {
        // A client inherited through fork and dropped in the child: its pool belongs
        // to the parent's runtime, which has no threads here. Dropping it could block
        // on a lock held at fork time or poke the parent's event loop. Leak it.
        let slot = self.pool.get_mut().unwrap_or_else(|e| e.into_inner());
        if let Some(pool) = slot.take() {
            if pool.pid != std::process::id() {
                std::mem::forget(pool);
            }
        }
    }
}

impl Transport {
    pub fn new(config: Arc<Config>) -> Result<Transport, Error> {
        let http = build_http(&config)?;
        Ok(Transport {
            config,
            pool: Mutex::new(Some(Pool {
                pid: std::process::id(),
                http,
            })),
        })
    }

    /// The pooled client for this process. After a fork the inherited pool shares its
    /// sockets with the parent, so the child gets a pool of its own.
    fn http(&self) -> Result<reqwest::Client, SendError> {
        let pid = std::process::id();
        let mut slot = self.pool.lock().unwrap_or_else(|e| e.into_inner());
        let pool = slot.as_mut().ok_or(SendError::Closed)?;
        if pool.pid != pid {
            let fresh = build_http(&self.config).map_err(|e| SendError::Connect(e.to_string()))?;
            // The old pool's connections belong to the parent: never touch them.
            std::mem::forget(std::mem::replace(&mut pool.http, fresh));
            pool.pid = pid;
        }
        Ok(pool.http.clone())
    }

    /// Drops the connection pool; later sends fail with [`SendError::Closed`].
    pub fn close(&self) {
        let mut slot = self.pool.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(pool) = slot.take() {
            if pool.pid != std::process::id() {
                std::mem::forget(pool);
            }
        }
    }

    pub fn is_closed(&self) -> bool {
        self.pool
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_none()
    }

    /// Sends one request and reads the whole response, within the timeout.
    pub async fn send(
        &self,
        method: Method,
        url: &str,
        json_body: Option<Bytes>,
    ) -> Result<RawResponse, SendError> {
        let http = self.http()?;
        let mut request = http.request(method, url);
        if let Some(body) = json_body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        let mut response = request.send().await.map_err(classify)?;
        let status = response.status();
        let success = status.is_success();
        if success
            && response
                .content_length()
                .is_some_and(|n| n > MAX_BODY_BYTES as u64)
        {
            return Err(SendError::TooLarge { status });
        }
        let headers = std::mem::take(response.headers_mut());
        // One allocation for the announced length (a long list is hundreds of kB), but
        // no more than a few MB on the word of a header alone.
        let announced = response.content_length().unwrap_or(0).min(PREALLOCATE_MAX);
        let mut body = BytesMut::with_capacity(usize::try_from(announced).unwrap_or(0));
        while let Some(chunk) = response.chunk().await.map_err(classify)? {
            if !success && body.len() + chunk.len() > MAX_ERROR_BODY_BYTES {
                // The status says what happened; the rest of a huge error page does not
                // matter. Dropping the response closes that connection.
                let room = MAX_ERROR_BODY_BYTES - body.len();
                body.extend_from_slice(chunk.get(..room).unwrap_or(&chunk));
                break;
            }
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(SendError::TooLarge { status });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(RawResponse {
            status,
            headers,
            body: body.freeze(),
        })
    }
}

/// The most a `Content-Length` alone makes us allocate ahead of the body.
const PREALLOCATE_MAX: u64 = 4 << 20;

fn build_http(config: &Config) -> Result<reqwest::Client, Error> {
    let credentials = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        config.key_id,
        config.key_secret.expose()
    ));
    let mut auth = HeaderValue::from_str(&format!("Basic {credentials}"))
        .map_err(|_| Error::InvalidArgument("credentials are not valid header text".into()))?;
    // Sensitive: hyper keeps it out of HPACK tables and reqwest out of Debug output.
    auth.set_sensitive(true);
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, auth);
    headers.insert(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE));
    headers.insert(
        reqwest::header::ACCEPT,
        HeaderValue::from_static("application/json"),
    );
    let new_builder = || {
        reqwest::Client::builder()
            .default_headers(headers.clone())
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .pool_idle_timeout(Duration::from_secs(50))
            // The API never redirects; following one could hand our credentials to
            // another host, so a 3xx is reported as it is.
            .redirect(reqwest::redirect::Policy::none())
    };
    let mut builder = new_builder();
    match &config.verify {
        Verify::System => {
            // The platform's roots ($SSL_CERT_FILE / $SSL_CERT_DIR honoured). A slim
            // container may have none at all: verify against the bundled Mozilla roots
            // then, rather than fail (or, worse, make users turn verification off).
            return match builder.build() {
                Ok(client) => Ok(client),
                Err(e) if chain(&e).contains("No CA certificates") => new_builder()
                    .tls_certs_only(bundled_roots())
                    .build()
                    .map_err(|e| configure_error(&e)),
                Err(e) => Err(configure_error(&e)),
            };
        }
        Verify::Disabled => builder = builder.tls_danger_accept_invalid_certs(true),
        Verify::CaBundle(path) => {
            let pem = std::fs::read(path).map_err(|e| {
                Error::InvalidArgument(format!("cannot read CA bundle {}: {e}", path.display()))
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                Error::InvalidArgument(format!("bad CA bundle {}: {e}", path.display()))
            })?;
            if certs.is_empty() {
                return Err(Error::InvalidArgument(format!(
                    "CA bundle {} holds no certificate",
                    path.display()
                )));
            }
            builder = builder.tls_certs_only(certs);
        }
    }
    builder.build().map_err(|e| configure_error(&e))
}

fn configure_error(e: &reqwest::Error) -> Error {
    Error::InvalidArgument(format!("cannot configure HTTP client: {}", chain(e)))
}

/// Mozilla's root certificates, compiled in (webpki-root-certs).
fn bundled_roots() -> Vec<reqwest::Certificate> {
    webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .filter_map(|der| reqwest::Certificate::from_der(der).ok())
        .collect()
}

fn classify(e: reqwest::Error) -> SendError {
    // The caller names the request; the URL in every layer's text only buries the cause.
    let e = e.without_url();
    let message = chain(&e);
    match (e.is_connect(), e.is_timeout()) {
        (true, true) => SendError::ConnectTimeout(message),
        (true, false) => SendError::Connect(message),
        (false, true) => SendError::Timeout(message),
        (false, false) => SendError::Interrupted(message),
    }
}

/// The error and its causes on one line ("error sending request: connection refused").
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let part = cause.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = cause.source();
    }
    text
}
