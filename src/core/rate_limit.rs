//! A client-side rate limiter: at most `limit` requests in any window (the API's is
//! 10 requests per 10 s per key), shared by every thread and task using one client,
//! so many Airflow tasks on one key wait their turn instead of collecting 429s.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// The API's rate-limit window.
pub const API_WINDOW: Duration = Duration::from_secs(10);

#[derive(Debug)]
pub struct RateLimiter {
    limit: usize,
    window: Duration,
    state: Mutex<Slots>,
}

#[derive(Debug, Default)]
struct Slots {
    next_id: u64,
    /// The requests of the current window: when each was sent, or, once answered,
    /// when its answer came (the server counted it somewhere in between, so the later
    /// time is the safe one to count from).
    taken: Vec<(u64, Instant)>,
}

/// A request's place in the window; [`Slot::done`] stamps it with its answer's time.
pub struct Slot<'a> {
    limiter: &'a RateLimiter,
    id: u64,
}

impl Slot<'_> {
    pub fn done(self) {
        let mut state = self.limiter.lock();
        let now = Instant::now();
        if let Some(entry) = state.taken.iter_mut().find(|(id, _)| *id == self.id) {
            entry.1 = now;
        }
    }
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit: (limit as usize).max(1),
            window,
            state: Mutex::new(Slots::default()),
        }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Slots> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until a request may go out, and counts it; None when no turn comes by
    /// `deadline` (nothing is counted then).
    pub async fn acquire_until(&self, deadline: Instant) -> Option<Slot<'_>> {
        loop {
            let wake = {
                let now = Instant::now();
                let mut state = self.lock();
                let window = self.window;
                state.taken.retain(|(_, t)| now.duration_since(*t) < window);
                if state.taken.len() < self.limit {
                    let id = state.next_id;
                    state.next_id += 1;
                    state.taken.push((id, now));
                    return Some(Slot { limiter: self, id });
                }
                // Full: wait for the oldest request to leave the window.
                state
                    .taken
                    .iter()
                    .map(|(_, t)| *t + window)
                    .min()
                    .unwrap_or(now)
            };
            if wake > deadline {
                return None;
            }
            tokio::time::sleep_until(wake).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lets_limit_through_per_window() {
        let rt = crate::core::runtime::handle().unwrap();
        let limiter = std::sync::Arc::new(RateLimiter::new(3, Duration::from_millis(300)));
        let started = std::time::Instant::now();
        let times: Vec<Duration> = rt.block_on(async {
            let mut tasks = Vec::new();
            for _ in 0..7 {
                let l = limiter.clone();
                tasks.push(tokio::spawn(async move {
                    let far = Instant::now() + Duration::from_secs(60);
                    l.acquire_until(far).await.unwrap().done();
                    started.elapsed()
                }));
            }
            let mut out = Vec::new();
            for t in tasks {
                out.push(t.await.unwrap());
            }
            out.sort();
            out
        });
        let ms = |d: Duration| d.as_millis();
        assert!(times[..3].iter().all(|t| ms(*t) < 100), "{times:?}");
        assert!(
            times[3..6].iter().all(|t| ms(*t) >= 290 && ms(*t) < 450),
            "{times:?}"
        );
        assert!(ms(times[6]) >= 590, "{times:?}");
    }
}
