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

/// A scripted fault for the next `times` requests.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    pub delay: Duration,
    pub action: FaultAction,
    pub times: u32,
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

    /// The fault for the request now arriving, if any.
    pub fn take(&mut self) -> Option<(Duration, FaultAction)> {
        let front = self.0.front_mut()?;
        let taken = (front.delay, front.action.clone());
        front.times -= 1;
        if front.times == 0 {
            self.0.pop_front();
        }
        Some(taken)
    }
}
