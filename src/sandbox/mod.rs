//! A local stand-in for the ClickHouse Cloud API on 127.0.0.1, for tests and demos.
//! Plain Rust (hyper on the shared runtime): it serves without Python's GIL.

pub mod state;

use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

pub use state::{Fault, FaultAction, RecordedRequest, Reply, State};

/// A running sandbox server. Dropping it stops the server and closes its connections.
pub struct Sandbox {
    state: Arc<State>,
    addr: SocketAddr,
    server: Option<JoinHandle<()>>,
    pid: u32,
}

/// Returned by the service to make hyper close the connection without an answer.
#[derive(Debug)]
struct DroppedOnPurpose;

impl std::fmt::Display for DroppedOnPurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by a scripted fault")
    }
}

impl std::error::Error for DroppedOnPurpose {}

impl Sandbox {
    /// Binds 127.0.0.1:`port` (0 = a free port) and serves on `runtime`.
    pub fn start(
        runtime: &tokio::runtime::Handle,
        state: State,
        port: u16,
    ) -> std::io::Result<Sandbox> {
        let std_listener = std::net::TcpListener::bind(("127.0.0.1", port))?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        let state = Arc::new(state);
        let listener = {
            let _enter = runtime.enter();
            TcpListener::from_std(std_listener)?
        };
        let server = runtime.spawn(serve(listener, state.clone()));
        Ok(Sandbox {
            state,
            addr,
            server: Some(server),
            pid: std::process::id(),
        })
    }

    pub fn state(&self) -> &Arc<State> {
        &self.state
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops accepting and closes every open connection.
    pub fn stop(&mut self) {
        if let Some(server) = self.server.take() {
            if self.pid == std::process::id() {
                server.abort();
            } else {
                // Inherited through fork: the server runs in the parent, on a runtime
                // with no threads here. Leave it alone.
                std::mem::forget(server);
            }
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn serve(listener: TcpListener, state: Arc<State>) {
    // Connections live in this set, so aborting the server task closes them all.
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    // Out of file descriptors or similar: don't spin.
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let state = state.clone();
                connections.spawn(async move {
                    let service = hyper::service::service_fn(move |req| handle(req, state.clone()));
                    // Errors here are clients going away or scripted drops.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn handle(
    req: Request<Incoming>,
    state: Arc<State>,
) -> Result<Response<Full<Bytes>>, DroppedOnPurpose> {
    let _in_flight = state.start_request();
    let (parts, body) = req.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes().to_vec(),
        Err(_) => return Err(DroppedOnPurpose),
    };
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let recorded = RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.clone(),
        at: 0.0,
    };
    let fault = state.receive(recorded);
    let action = match fault {
        Some((delay, action)) => {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            action
        }
        None => FaultAction::Normal,
    };
    let reply = match action {
        FaultAction::Drop => return Err(DroppedOnPurpose),
        FaultAction::Respond {
            status,
            body,
            headers,
        } => Reply {
            status,
            headers,
            body,
        },
        FaultAction::Normal => state.answer(
            parts.method.as_str(),
            parts.uri.path(),
            header("authorization").as_deref(),
            &body,
        ),
    };
    Ok(to_response(reply))
}

fn to_response(reply: Reply) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() = hyper::StatusCode::from_u16(reply.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    for (name, value) in reply.headers {
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(&value),
        ) {
            headers.append(name, value);
        }
    }
    response
}
