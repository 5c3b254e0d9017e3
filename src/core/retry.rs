//! Retry policy, kept pure (no I/O, no clock of its own) so it is tested exactly:
//! what may be retried, and how long to wait before the next attempt.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::Method;

/// How an attempt ended, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// The server answered with this status; `server_wait` is what its
    /// `X-RateLimit-Reset` / `Retry-After` header asked for.
    Status {
        code: u16,
        server_wait: Option<Duration>,
    },
    /// No connection was made: the request provably never reached the server.
    ConnectFailed,
    /// The attempt ran past its timeout.
    TimedOut,
    /// The connection broke after the request may have been sent.
    Interrupted,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Extra attempts after the first.
    pub max_retries: u32,
    /// First backoff; it doubles on every retry.
    pub base_delay: Duration,
    /// Backoff never grows past this.
    pub max_delay: Duration,
    /// A server asking us to wait longer than this gets its error raised instead:
    /// sleeping for minutes inside a library call surprises everyone.
    pub max_server_wait: Duration,
    /// A server asking for no wait (0, negative, a date in the past through clock
    /// skew) still gets this much, so retries never become a tight loop.
    pub min_server_wait: Duration,
    /// No retry starts once a call has taken this long, attempts and waits (backoff and
    /// the rate limiter's) together: a call's worst case stays bounded whatever the
    /// server says.
    pub budget: Duration,
}

impl RetryPolicy {
    pub fn new(max_retries: u32) -> Self {
        RetryPolicy {
            max_retries,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(10),
            max_server_wait: Duration::from_secs(60),
            min_server_wait: Duration::from_millis(100),
            budget: Duration::from_secs(120),
        }
    }

    /// The same policy with another budget (`retry_budget=`).
    pub fn with_budget(self, budget: Duration) -> Self {
        RetryPolicy { budget, ..self }
    }

    /// Whether to retry after `retries_done` retries, and after how long.
    /// `jitter` is a number in [0, 1) (random in production, fixed in tests).
    pub fn next_wait(
        &self,
        method: &Method,
        outcome: Outcome,
        retries_done: u32,
        jitter: f64,
    ) -> Option<Duration> {
        if retries_done >= self.max_retries {
            return None;
        }
        // Only GET is safe to repeat after the server may have acted on it. Anything
        // else is retried only when the server provably did not act: no connection,
        // or a 429 (the rate limiter turned it away before it ran).
        let idempotent = *method == Method::GET;
        let retryable = match outcome {
            Outcome::Status { code: 429, .. } => true,
            Outcome::Status {
                code: 500 | 502 | 503 | 504,
                ..
            } => idempotent,
            Outcome::Status { .. } => false,
            Outcome::ConnectFailed => true,
            Outcome::TimedOut | Outcome::Interrupted => idempotent,
        };
        if !retryable {
            return None;
        }
        // Only a 429 or a 503 says when to come back (RFC 9110 Retry-After).
        if let Outcome::Status {
            code: 429 | 503,
            server_wait: Some(wait),
        } = outcome
        {
            return (wait <= self.max_server_wait).then_some(wait.max(self.min_server_wait));
        }
        Some(self.backoff(retries_done, jitter))
    }

    /// Exponential backoff with "equal jitter": half fixed, half random, so retries
    /// from many workers spread out but never collapse to zero.
    pub fn backoff(&self, retries_done: u32, jitter: f64) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << retries_done.min(20))
            .min(self.max_delay);
        let jitter = jitter.clamp(0.0, 1.0);
        exp.mul_f64(0.5 + 0.5 * jitter)
    }
}

/// The wait a response asks for: `X-RateLimit-Reset` (seconds, may be fractional)
/// first, then `Retry-After` (seconds or an HTTP date).
pub fn server_wait(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(secs) = header("x-ratelimit-reset").and_then(parse_seconds) {
        return Some(secs);
    }
    let value = header("retry-after")?;
    if let Some(secs) = parse_seconds(value) {
        return Some(secs);
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

fn parse_seconds(text: &str) -> Option<Duration> {
    let secs: f64 = text.parse().ok()?;
    // Negative means "now"; absurd values are not ours to honour.
    (secs.is_finite() && secs < 1e9).then(|| Duration::from_secs_f64(secs.max(0.0)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn status(code: u16) -> Outcome {
        Outcome::Status {
            code,
            server_wait: None,
        }
    }

    #[test]
    fn get_retries_the_transient_failures_only() {
        let p = RetryPolicy::new(3);
        for o in [
            status(429),
            status(500),
            status(502),
            status(503),
            status(504),
            Outcome::ConnectFailed,
            Outcome::TimedOut,
            Outcome::Interrupted,
        ] {
            assert!(p.next_wait(&Method::GET, o, 0, 0.5).is_some(), "{o:?}");
        }
        for code in [400, 401, 403, 404, 409, 422, 501, 505] {
            assert_eq!(
                p.next_wait(&Method::GET, status(code), 0, 0.5),
                None,
                "{code}"
            );
        }
    }

    #[test]
    fn other_methods_retry_only_when_nothing_reached_the_server() {
        let p = RetryPolicy::new(3);
        for m in [Method::POST, Method::PATCH, Method::DELETE] {
            assert!(p.next_wait(&m, status(429), 0, 0.0).is_some());
            assert!(p.next_wait(&m, Outcome::ConnectFailed, 0, 0.0).is_some());
            assert_eq!(p.next_wait(&m, status(503), 0, 0.0), None);
            assert_eq!(p.next_wait(&m, Outcome::Interrupted, 0, 0.0), None);
            assert_eq!(p.next_wait(&m, Outcome::TimedOut, 0, 0.0), None);
        }
    }

    #[test]
    fn stops_after_max_retries() {
        let p = RetryPolicy::new(2);
        assert!(p.next_wait(&Method::GET, status(503), 1, 0.0).is_some());
        assert_eq!(p.next_wait(&Method::GET, status(503), 2, 0.0), None);
        assert_eq!(
            RetryPolicy::new(0).next_wait(&Method::GET, status(503), 0, 0.0),
            None
        );
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let p = RetryPolicy::new(10);
        assert_eq!(p.backoff(0, 1.0), Duration::from_millis(500));
        assert_eq!(p.backoff(0, 0.0), Duration::from_millis(250));
        assert_eq!(p.backoff(1, 1.0), Duration::from_secs(1));
        assert_eq!(p.backoff(3, 1.0), Duration::from_secs(4));
        assert_eq!(p.backoff(5, 1.0), Duration::from_secs(10));
        assert_eq!(p.backoff(40, 1.0), Duration::from_secs(10));
        assert!(p.backoff(2, 0.3) >= Duration::from_secs(1));
    }

    #[test]
    fn server_wait_wins_but_is_bounded() {
        let p = RetryPolicy::new(3);
        let o = Outcome::Status {
            code: 429,
            server_wait: Some(Duration::from_secs_f64(2.5)),
        };
        assert_eq!(
            p.next_wait(&Method::GET, o, 0, 0.9),
            Some(Duration::from_millis(2500))
        );
        let o = Outcome::Status {
            code: 429,
            server_wait: Some(Duration::from_secs(3600)),
        };
        assert_eq!(p.next_wait(&Method::GET, o, 0, 0.9), None);
        let o = Outcome::Status {
            code: 429,
            server_wait: Some(Duration::ZERO),
        };
        assert_eq!(
            p.next_wait(&Method::GET, o, 0, 0.9),
            Some(Duration::from_millis(100))
        );
        // A 500 asking for a wait gets the normal backoff instead.
        let o = Outcome::Status {
            code: 500,
            server_wait: Some(Duration::from_secs(30)),
        };
        assert_eq!(
            p.next_wait(&Method::GET, o, 0, 1.0),
            Some(Duration::from_millis(500))
        );
    }

    #[test]
    fn headers_are_read() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut h = HeaderMap::new();
        assert_eq!(server_wait(&h, now), None);
        h.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(server_wait(&h, now), Some(Duration::from_secs(7)));
        h.insert("x-ratelimit-reset", HeaderValue::from_static("1.5"));
        assert_eq!(server_wait(&h, now), Some(Duration::from_millis(1500)));
        let mut h = HeaderMap::new();
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        h.insert("retry-after", HeaderValue::from_str(&later).unwrap());
        assert_eq!(server_wait(&h, now), Some(Duration::from_secs(30)));
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(server_wait(&h, now), None);
        h.insert("x-ratelimit-reset", HeaderValue::from_static("-3"));
        assert_eq!(server_wait(&h, now), Some(Duration::ZERO));
    }
}
