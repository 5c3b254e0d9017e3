//! `max_connections`: at most that many connections open or being opened per client.
//!
//! reqwest keeps its connections to itself (its connection type is sealed, so nothing
//! can ride along with one and see it close), and hyper's pool races "take a pooled
//! connection" against "open a new one": a connection that another request has just
//! finished with is on its way back for a moment, and a request arriving then opens a
//! new one. So the cap is kept by accounting around the pool:
//!
//! - [`Slots`]: every request holds a slot of a fair semaphore from before it asks for
//!   a connection until its whole body is read. A slot holder uses at most one
//!   connection, so at most `max_connections` are in use, and waiters go in order.
//! - [`Ledger`]: the connections that exist but no slot holder is known to use: those
//!   on their way back to the pool or idle in it (from the end of a response to the next
//!   response seen on them) and those hyper finishes opening in the background for a
//!   request that got another connection. Connections in use plus these bound all there
//!   are.
//! - [`GatedConnector`], a layer under reqwest's connector: a request opens a new
//!   connection only while it still waits for one and while slot holders plus ledger
//!   entries leave room under the cap; otherwise it waits, and the connection coming back
//!   reaches it through the pool (hyper then drops the connect, which never opened a
//!   socket).
//!
//! A ledger entry is forgotten after [`LEDGER_ENTRY_LIFETIME`]: by then a connection
//! on its way back has long arrived, and one that died idle (closed by the server) must
//! not hold up new connections for longer.

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use hyper_util::client::legacy::connect::{Connection, HttpInfo};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// How long a connection stays in the ledger without being seen again.
pub const LEDGER_ENTRY_LIFETIME: Duration = Duration::from_millis(500);

tokio::task_local! {
    /// The request being sent by the current task. A connect polled where it is not
    /// set was left to finish in the background by hyper.
    static REQUEST: Arc<RequestState>;
}

/// One client's cap: the slots, the ledger and the layer share it.
pub struct ConnectionCap {
    max: usize,
    slots: Arc<Semaphore>,
    ledger: Mutex<HashMap<Entry, Instant>>,
    /// Woken when a slot is freed or the ledger shrinks: a waiting connect looks again.
    changed: Notify,
    next_request: AtomicU64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Entry {
    /// A connection known by its local address.
    Connection(SocketAddr),
    /// A connect that hyper moved to the background for this request, still opening.
    Opening(u64),
}

/// What the connector learned about the connect made for one request.
struct RequestState {
    id: u64,
    inner: Mutex<ConnectRecord>,
}

#[derive(Default)]
struct ConnectRecord {
    started: bool,
    /// Set when the connect finished while the request still waited for it.
    opened: Option<SocketAddr>,
    /// Set when the connect finished in the background (it went to the ledger).
    finished_in_background: bool,
}

/// A request's slot; freeing it lets a waiting request or connect go on.
pub struct Slot {
    permit: Option<OwnedSemaphorePermit>,
    cap: Arc<ConnectionCap>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        drop(self.permit.take());
        self.cap.changed.notify_waiters();
    }
}

impl ConnectionCap {
    pub fn new(max_connections: u32) -> Arc<ConnectionCap> {
        let max = max_connections as usize;
        Arc::new(ConnectionCap {
            max,
            slots: Arc::new(Semaphore::new(max)),
            ledger: Mutex::new(HashMap::new()),
            changed: Notify::new(),
            next_request: AtomicU64::new(0),
        })
    }

    pub fn max(&self) -> usize {
        self.max
    }

    /// Waits for a slot, in order of arrival. None: the semaphore was closed.
    pub async fn acquire(self: &Arc<Self>) -> Option<Slot> {
        let permit = self.slots.clone().acquire_owned().await.ok()?;
        Some(Slot {
            permit: Some(permit),
            cap: self.clone(),
        })
    }

    /// Runs one request so that the connector can tell it wants a connection, and
    /// keeps the ledger: `request` answers the local address of the connection it
    /// used and whether that connection goes back to the pool.
    pub async fn track<T, F>(self: &Arc<Self>, request: F) -> T
    where
        F: Future<Output = (T, Option<Used>)>,
    {
        let state = Arc::new(RequestState {
            id: self.next_request.fetch_add(1, Ordering::Relaxed),
            inner: Mutex::new(ConnectRecord::default()),
        });
        let (output, used) = REQUEST.scope(state.clone(), request).await;
        if let Some(used) = used {
            self.request_done(used);
        }
        output
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Entry, Instant>> {
        self.ledger.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A response arrived on `local`: that connection is in use again. If this
    /// request's own connect was not what served it, that connect is finishing in the
    /// background and goes to the ledger in its place.
    pub fn response_on(&self, local: SocketAddr) {
        let state = REQUEST.try_with(Arc::clone).ok();
        let mut ledger = self.lock();
        ledger.remove(&Entry::Connection(local));
        if let Some(state) = state {
            let record = state.inner.lock().unwrap_or_else(|e| e.into_inner());
            if record.started && !record.finished_in_background {
                match record.opened {
                    Some(opened) if opened != local => {
                        ledger.insert(Entry::Connection(opened), Instant::now());
                    }
                    Some(_) => {}
                    None => {
                        ledger.insert(Entry::Opening(state.id), Instant::now());
                    }
                }
            }
        }
        drop(ledger);
        self.changed.notify_waiters();
    }

    /// The request read its whole answer: a connection that is kept alive goes back to
    /// the pool, so it joins the ledger before the request frees its slot.
    fn request_done(&self, used: Used) {
        if used.returns_to_pool {
            self.lock()
                .insert(Entry::Connection(used.local), Instant::now());
        }
    }

    /// Whether one more connection may be opened now: every slot holder (this request
    /// among them) uses at most one connection, and the ledger holds the others.
    fn room_for_a_connection(&self) -> (bool, Option<Instant>) {
        let now = Instant::now();
        let mut ledger = self.lock();
        ledger.retain(|_, since| now.duration_since(*since) < LEDGER_ENTRY_LIFETIME);
        let holders = self.max - self.slots.available_permits();
        let room = holders + ledger.len() <= self.max;
        let next_expiry = ledger.values().min().map(|t| *t + LEDGER_ENTRY_LIFETIME);
        (room, next_expiry)
    }

    fn opened_in_background(&self, state: &RequestState, local: Option<SocketAddr>) {
        let mut ledger = self.lock();
        ledger.remove(&Entry::Opening(state.id));
        if let Some(local) = local {
            ledger.insert(Entry::Connection(local), Instant::now());
        }
        drop(ledger);
        self.changed.notify_waiters();
    }
}

/// The connection a request used, as far as the cap is concerned.
pub struct Used {
    pub local: SocketAddr,
    /// HTTP/1 keep-alive and the whole body read: hyper puts it back in the pool.
    pub returns_to_pool: bool,
}

/// The layer for `reqwest::ClientBuilder::connector_layer`.
#[derive(Clone)]
pub struct GateConnects(pub Arc<ConnectionCap>);

impl<S> tower_layer::Layer<S> for GateConnects {
    type Service = GatedConnector<S>;

    fn layer(&self, inner: S) -> GatedConnector<S> {
        GatedConnector {
            inner,
            cap: self.0.clone(),
        }
    }
}

#[derive(Clone)]
pub struct GatedConnector<S> {
    inner: S,
    cap: Arc<ConnectionCap>,
}

const NOT_WANTED: &str = "connect not needed: the request got a pooled connection";

impl<S, R> tower_service::Service<R> for GatedConnector<S>
where
    S: tower_service::Service<R> + Send + 'static,
    S::Future: Send + 'static,
    S::Response: Connection,
    S::Error: From<&'static str>,
    R: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: R) -> Self::Future {
        // reqwest's connector does nothing until its future is polled.
        let connect = self.inner.call(request);
        let cap = self.cap.clone();
        Box::pin(async move {
            // The request this connect is for; none: hyper started it for a request
            // that no longer waits (never the case on first poll, but cheap to check).
            let Ok(state) = REQUEST.try_with(Arc::clone) else {
                return Err(S::Error::from(NOT_WANTED));
            };
            loop {
                let changed = cap.changed.notified();
                let mut changed = std::pin::pin!(changed);
                changed.as_mut().enable();
                if REQUEST.try_with(|_| ()).is_err() {
                    return Err(S::Error::from(NOT_WANTED));
                }
                let (room, next_expiry) = cap.room_for_a_connection();
                if room {
                    break;
                }
                match next_expiry {
                    Some(at) => {
                        let _ = tokio::time::timeout_at(at, changed).await;
                    }
                    None => changed.await,
                }
            }
            state
                .inner
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .started = true;
            // From here the connect runs to its end, wanted or not: its socket may be
            // open already, and a connection that arrives goes to the pool for the next
            // request. The guard keeps the ledger right if hyper drops it on the way.
            let mut guard = OpeningGuard {
                cap: &cap,
                state: &state,
                done: false,
            };
            let result = connect.await;
            guard.done = true;
            let local = result.as_ref().ok().and_then(local_address);
            let wanted = REQUEST.try_with(|_| ()).is_ok();
            let mut record = state.inner.lock().unwrap_or_else(|e| e.into_inner());
            if wanted {
                record.opened = local;
            } else {
                record.finished_in_background = true;
                drop(record);
                cap.opened_in_background(&state, local);
            }
            result
        })
    }
}

/// Clears this request's "opening" entry if the connect future is dropped unfinished.
struct OpeningGuard<'a> {
    cap: &'a ConnectionCap,
    state: &'a RequestState,
    done: bool,
}

impl Drop for OpeningGuard<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.cap.opened_in_background(self.state, None);
        }
    }
}

fn local_address<C: Connection>(connection: &C) -> Option<SocketAddr> {
    let mut extensions = http::Extensions::new();
    connection.connected().get_extras(&mut extensions);
    extensions.get::<HttpInfo>().map(HttpInfo::local_addr)
}
