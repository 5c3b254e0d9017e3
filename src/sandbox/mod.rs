//! A local stand-in for the ClickHouse Cloud API on 127.0.0.1, for tests and demos.
//! Plain Rust (hyper on the shared runtime): it serves without Python's GIL.

mod api;
mod backups;
pub mod faults;
pub mod record;
pub mod reply;
mod routes;
mod services;
pub mod state;
mod store;
#[cfg(test)]
mod tests;

use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use std::pin::Pin;
use std::task::{Context, Poll};

use http_body_util::{BodyExt, Full};
use hyper::body::Frame;
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::task::{JoinHandle, JoinSet};

pub use faults::{Fault, FaultAction, Only, StreamSpec, Taken};
pub use record::RecordedRequest;
pub use reply::Reply;
pub use state::State;

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
                let Ok((stream, peer)) = accepted else {
                    // Out of file descriptors or similar: don't spin.
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let state = state.clone();
                connections.spawn(async move {
                    let stats = state.clone();
                    let open = stats.connections().open();
                    let (serial, client_port) = (open.serial, peer.port());
                    let service = hyper::service::service_fn(move |req| {
                        handle(req, state.clone(), serial, client_port)
                    });
                    // Errors here are clients going away or scripted drops.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                    drop(open);
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn handle(
    req: Request<Incoming>,
    state: Arc<State>,
    connection: u64,
    client_port: u16,
) -> Result<Response<Body>, DroppedOnPurpose> {
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
        connection,
        client_port,
    };
    let fault = state.receive(recorded);
    let answer = || {
        state.answer(
            parts.method.as_str(),
            parts.uri.path(),
            parts.uri.query(),
            header("authorization").as_deref(),
            header("accept").as_deref(),
            &body,
        )
    };
    let action = match fault {
        Some(taken) => {
            if !taken.delay.is_zero() {
                tokio::time::sleep(taken.delay).await;
            }
            if taken.handled {
                answer(); // carried out; the answer is what gets lost
            }
            taken.action
        }
        None => FaultAction::Normal,
    };
    let reply = match action {
        FaultAction::Drop => return Err(DroppedOnPurpose),
        FaultAction::Stream(spec) => return Ok(streamed(spec)),
        FaultAction::Respond {
            status,
            body,
            headers,
        } => Reply {
            status,
            headers,
            body,
        },
        FaultAction::Normal => answer(),
    };
    Ok(to_response(reply))
}

/// A response body: all at once, or fed chunk by chunk by a task.
pub enum Body {
    Full(Full<Bytes>),
    Channel(mpsc::Receiver<Result<Frame<Bytes>, std::io::Error>>),
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        match self.get_mut() {
            Body::Full(full) => Pin::new(full)
                .poll_frame(cx)
                .map_err(|never| match never {}),
            Body::Channel(rx) => rx.poll_recv(cx),
        }
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        match self {
            Body::Full(full) => full.size_hint(),
            Body::Channel(_) => hyper::body::SizeHint::default(),
        }
    }
}

/// Streams `spec`'s body from a task; an error frame makes hyper break the connection.
fn streamed(spec: StreamSpec) -> Response<Body> {
    let (tx, rx) = mpsc::channel(2);
    let mut response = Response::new(Body::Channel(rx));
    set_head(&mut response, spec.status, spec.headers.clone());
    if let Some(length) = spec.content_length {
        response
            .headers_mut()
            .insert(hyper::header::CONTENT_LENGTH, length.into());
    }
    tokio::spawn(async move {
        let pattern = if spec.pattern.is_empty() {
            vec![b'x']
        } else {
            spec.pattern
        };
        let chunk_size = spec.chunk_size.max(1);
        let mut sent: u64 = 0;
        while sent < spec.total_bytes {
            if !spec.pause.is_zero() {
                tokio::time::sleep(spec.pause).await;
            }
            let n = (spec.total_bytes - sent).min(chunk_size as u64) as usize;
            let chunk: Vec<u8> = pattern
                .iter()
                .copied()
                .cycle()
                .skip((sent % pattern.len() as u64) as usize)
                .take(n)
                .collect();
            if tx.send(Ok(Frame::data(Bytes::from(chunk)))).await.is_err() {
                return; // the client went away
            }
            sent += n as u64;
        }
        if spec.abort {
            let _ = tx
                .send(Err(std::io::Error::other(
                    "connection cut by a scripted fault",
                )))
                .await;
        }
    });
    response
}

fn set_head(response: &mut Response<Body>, status: u16, head: Vec<(String, String)>) {
    *response.status_mut() =
        hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    for (name, value) in head {
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(&value),
        ) {
            headers.append(name, value);
        }
    }
}

fn to_response(reply: Reply) -> Response<Body> {
    let mut response = Response::new(Body::Full(Full::new(Bytes::from(reply.body))));
    set_head(&mut response, reply.status, reply.headers);
    response
}
