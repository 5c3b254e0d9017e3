//! What the sandbox observes: each request, the requests in flight, the connections.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// One request as the sandbox received it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Seconds since the sandbox started, to check the waits between retries.
    pub at: f64,
    /// The serial number of the connection it came on (1 for the first accepted),
    /// and the client's port on it: which requests shared a connection.
    pub connection: u64,
    pub client_port: u16,
}

/// Counts a request as in flight for as long as it lives.
pub struct InFlight<'a>(pub(super) &'a AtomicUsize);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The TCP connections the server holds: open now, the most open at once, and how
/// many it has accepted (clients are tested against a cap on their connections).
#[derive(Default)]
pub struct ConnectionStats {
    open: AtomicUsize,
    peak: AtomicUsize,
    accepted: AtomicU64,
}

/// Counts a connection as open for as long as it lives.
pub struct OpenConnection<'a> {
    stats: &'a ConnectionStats,
    pub serial: u64,
}

impl Drop for OpenConnection<'_> {
    fn drop(&mut self) {
        self.stats.open.fetch_sub(1, Ordering::SeqCst);
    }
}

impl ConnectionStats {
    pub fn open(&self) -> OpenConnection<'_> {
        let now = self.open.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        let serial = self.accepted.fetch_add(1, Ordering::SeqCst) + 1;
        OpenConnection {
            stats: self,
            serial,
        }
    }

    /// (open now, most open at once since the last reset, accepted in all).
    pub fn snapshot(&self) -> (usize, usize, u64) {
        (
            self.open.load(Ordering::SeqCst),
            self.peak.load(Ordering::SeqCst),
            self.accepted.load(Ordering::SeqCst),
        )
    }

    /// Starts the peak again from the connections open now.
    pub fn reset_peak(&self) {
        self.peak
            .store(self.open.load(Ordering::SeqCst), Ordering::SeqCst);
    }
}
