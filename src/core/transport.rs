//! One HTTP attempt with reqwest: the connection pool (rebuilt after a fork), the
//! headers every request carries, the per-attempt timeout and a cap on what we read.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use bytes::{Bytes, BytesMut};
use hyper_util::client::legacy::connect::HttpInfo;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, USER_AGENT};
use reqwest::{Method, StatusCode};

use super::config::{Config, Verify};
use super::connection_cap::{ConnectionCap, GateConnects, Used};
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
    /// `max_connections`; None: no cap.
    cap: Option<Arc<ConnectionCap>>,
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
        let pool = Pool::new(&config)?;
        Ok(Transport {
            config,
            pool: Mutex::new(Some(pool)),
        })
    }

    /// The pooled client for this process and its connection slots. After a fork the
    /// inherited pool shares its sockets with the parent, and the parent's in-flight
    /// requests hold slots that no task here will give back: the child gets its own.
    fn http(&self) -> Result<(reqwest::Client, Option<Arc<ConnectionCap>>), SendError> {
        let pid = std::process::id();
        let mut slot = self.pool.lock().unwrap_or_else(|e| e.into_inner());
        let pool = slot.as_mut().ok_or(SendError::Closed)?;
        if pool.pid != pid {
            let fresh = Pool::new(&self.config).map_err(|e| SendError::Connect(e.to_string()))?;
            // The old pool's connections and semaphore belong to the parent (a lock in
            // it may have been held at fork time): never touch them.
            std::mem::forget(std::mem::replace(pool, fresh));
        }
        Ok((pool.http.clone(), pool.cap.clone()))
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

    /// Sends one request and reads the whole response, within the timeout, which also
    /// covers the wait for a free connection (`max_connections`).
    pub async fn send(
        &self,
        method: Method,
        url: &str,
        accept: &'static str,
        json_body: Option<Bytes>,
    ) -> Result<RawResponse, SendError> {
        let (http, cap) = self.http()?;
        let deadline = tokio::time::Instant::now() + self.config.timeout;
        let timed_out = |_| Err(SendError::Timeout("operation timed out".into()));
        let Some(cap) = cap else {
            let exchange = exchange(&http, None, method, url, accept, json_body);
            return tokio::time::timeout_at(deadline, exchange)
                .await
                .map_or_else(timed_out, |(result, _)| result);
        };
        // The slot is held until the whole body is read, when the connection is free
        // again; waiters are served in order.
        let _slot = match tokio::time::timeout_at(deadline, cap.acquire()).await {
            Ok(Some(slot)) => slot,
            Ok(None) => return Err(SendError::Closed),
            // Nothing was sent: as safe to retry as a connection that timed out.
            Err(_) => {
                return Err(SendError::ConnectTimeout(format!(
                    "no connection became free (max_connections={})",
                    cap.max()
                )))
            }
        };
        let exchange = cap.track(exchange(&http, Some(&cap), method, url, accept, json_body));
        tokio::time::timeout_at(deadline, exchange)
            .await
            .unwrap_or_else(timed_out)
    }
}

impl Pool {
    fn new(config: &Config) -> Result<Pool, Error> {
        let cap = config.max_connections.map(ConnectionCap::new);
        Ok(Pool {
            pid: std::process::id(),
            http: build_http(config, cap.clone())?,
            cap,
        })
    }
}

/// The media type of every answer but the text ones, and the default `Accept`.
pub const JSON: &str = "application/json";

/// One request and its whole response on `http`'s pool (no timeout of its own), and
/// the connection it used, for the connection cap's ledger.
async fn exchange(
    http: &reqwest::Client,
    cap: Option<&ConnectionCap>,
    method: Method,
    url: &str,
    accept: &'static str,
    json_body: Option<Bytes>,
) -> (Result<RawResponse, SendError>, Option<Used>) {
    let mut request = http.request(method, url);
    if accept != JSON {
        // The client's default is JSON; a text operation asks for what it answers.
        request = request.header(reqwest::header::ACCEPT, accept);
    }
    if let Some(body) = json_body {
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
    }
    let mut response = match request.send().await {
        Ok(response) => response,
        Err(e) => return (Err(classify(e)), None),
    };
    let local = response
        .extensions()
        .get::<HttpInfo>()
        .map(HttpInfo::local_addr);
    if let (Some(cap), Some(local)) = (cap, local) {
        cap.response_on(local);
    }
    let keep_alive = response.version() < reqwest::Version::HTTP_2
        && !response
            .headers()
            .get_all(reqwest::header::CONNECTION)
            .iter()
            .any(|v| v.as_bytes().eq_ignore_ascii_case(b"close"));
    let status = response.status();
    let success = status.is_success();
    if success
        && response
            .content_length()
            .is_some_and(|n| n > MAX_BODY_BYTES as u64)
    {
        return (Err(SendError::TooLarge { status }), None);
    }
    let headers = std::mem::take(response.headers_mut());
    // One allocation for the announced length (a long list is hundreds of kB), but
    // no more than a few MB on the word of a header alone.
    let announced = response.content_length().unwrap_or(0).min(PREALLOCATE_MAX);
    let mut body = BytesMut::with_capacity(usize::try_from(announced).unwrap_or(0));
    let mut whole = true;
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => return (Err(classify(e)), None),
        };
        if !success && body.len() + chunk.len() > MAX_ERROR_BODY_BYTES {
            // The status says what happened; the rest of a huge error page does not
            // matter. Dropping the response closes that connection.
            let room = MAX_ERROR_BODY_BYTES - body.len();
            body.extend_from_slice(chunk.get(..room).unwrap_or(&chunk));
            whole = false;
            break;
        }
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return (Err(SendError::TooLarge { status }), None);
        }
        body.extend_from_slice(&chunk);
    }
    let used = local.map(|local| Used {
        local,
        returns_to_pool: whole && keep_alive,
    });
    let response = RawResponse {
        status,
        headers,
        body: body.freeze(),
    };
    (Ok(response), used)
}

/// The most a `Content-Length` alone makes us allocate ahead of the body.
const PREALLOCATE_MAX: u64 = 4 << 20;

fn build_http(config: &Config, cap: Option<Arc<ConnectionCap>>) -> Result<reqwest::Client, Error> {
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
    headers.insert(reqwest::header::ACCEPT, HeaderValue::from_static(JSON));
    let new_builder = || {
        reqwest::Client::builder()
            .default_headers(headers.clone())
            // The attempt's timeout is applied around the whole exchange (`send`).
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .pool_idle_timeout(Duration::from_secs(50))
            // Never more idle connections than may be open at once.
            .pool_max_idle_per_host(config.max_connections.map_or(usize::MAX, |n| n as usize))
            // The API never redirects; following one could hand our credentials to
            // another host, so a 3xx is reported as it is.
            .redirect(reqwest::redirect::Policy::none())
    };
    let new_builder = || {
        let builder = match &cap {
            Some(cap) => new_builder().connector_layer(GateConnects(cap.clone())),
            None => new_builder(),
        };
        // HTTP(S)_PROXY / ALL_PROXY are for leaving the machine; a loopback server (plain
        // http is allowed only there) is reached directly, so Basic credentials never
        // travel to a proxy in clear.
        if config.is_loopback() {
            builder.no_proxy()
        } else {
            builder
        }
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
