//! Scripted faults: what to do instead of answering the next requests normally.

use std::collections::VecDeque;
use std::time::Duration;

/// What to do instead of answering normally.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultAction {
    /// Answer normally (after the fault's delay).
    Normal,
    /// Answer with this status, body and headers.
    Respond {
        status: u16,
        body: Vec<u8>,
        headers: Vec<(String, String)>,
    },
    /// Close the connection without answering.
    Drop,
    /// Answer with a body sent piece by piece: slowly, cut short, or huge.
    Stream(StreamSpec),
}

/// A streamed answer, for the faults a plain response cannot make.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamSpec {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The bytes to send, repeated until `total_bytes` have gone out.
    pub pattern: Vec<u8>,
    pub total_bytes: u64,
    pub chunk_size: usize,
    /// Pause before each chunk (a slow drip).
    pub pause: Duration,
    /// The Content-Length to announce, which may differ from what is sent; `None`
    /// sends the body chunked.
    pub content_length: Option<u64>,
    /// Break the connection after the bytes instead of ending the body cleanly.
    pub abort: bool,
}

/// A scripted fault for the next `times` requests (of those `only` matches).
#[derive(Debug, Clone)]
pub struct Fault {
    pub delay: Duration,
    pub action: FaultAction,
    pub times: u32,
    pub only: Only,
    /// The request is carried out first, then its answer replaced: a write that
    /// reached the server and whose answer was lost (a 500, a dropped connection).
    pub handled: bool,
}

/// What a request gets instead of its answer: after `delay`, `action`; `handled`: the
/// request is carried out first.
#[derive(Debug, Clone, PartialEq)]
pub struct Taken {
    pub delay: Duration,
    pub action: FaultAction,
    pub handled: bool,
}

/// Which requests a fault applies to: every one by default, or only those with this
/// method and a path this pattern finds a match in (a job's state command among its
/// reads: `PATCH`, `/state$`).
#[derive(Debug, Clone, Default)]
pub struct Only {
    pub method: Option<String>,
    pub path: Option<regex_lite::Regex>,
}

impl Only {
    /// `path` is a regular expression searched in the request's path.
    pub fn new(method: Option<&str>, path: Option<&str>) -> Result<Only, String> {
        let path = path
            .map(|p| regex_lite::Regex::new(p).map_err(|e| format!("invalid path pattern: {e}")))
            .transpose()?;
        Ok(Only {
            method: method.map(str::to_ascii_uppercase),
            path,
        })
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method.as_ref().is_none_or(|m| m == method)
            && self.path.as_ref().is_none_or(|p| p.is_match(path))
    }
}

/// The faults still to apply, in the order scripted.
#[derive(Default)]
pub struct Faults(VecDeque<Fault>);

impl Faults {
    /// Queues a fault; refuses headers that cannot go on the wire.
    pub fn push(&mut self, fault: Fault) -> Result<(), String> {
        let headers = match &fault.action {
            FaultAction::Respond { headers, .. } => Some(headers),
            FaultAction::Stream(spec) => Some(&spec.headers),
            _ => None,
        };
        if let Some(headers) = headers {
            for (name, value) in headers {
                hyper::header::HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| format!("invalid header name {name:?}"))?;
                hyper::header::HeaderValue::from_str(value)
                    .map_err(|_| format!("invalid value for header {name:?}"))?;
            }
        }
        if fault.times > 0 {
            self.0.push_back(fault);
        }
        Ok(())
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// How many requests the queued faults still apply to.
    pub fn pending(&self) -> usize {
        self.0.iter().map(|f| f.times as usize).sum()
    }

    /// The fault for the request now arriving, if any: the first queued one that
    /// applies to it.
    pub fn take(&mut self, method: &str, path: &str) -> Option<Taken> {
        let at = self.0.iter().position(|f| f.only.matches(method, path))?;
        let fault = self.0.get_mut(at)?;
        let taken = Taken {
            delay: fault.delay,
            action: fault.action.clone(),
            handled: fault.handled,
        };
        fault.times -= 1;
        if fault.times == 0 {
            self.0.remove(at);
        }
        Some(taken)
    }
}
