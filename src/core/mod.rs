//! The client core: plain Rust, no Python. Everything here is tested with `cargo test`.

pub mod api;
pub mod checks;
pub mod client;
pub mod config;
pub mod connection_cap;
pub mod error;
pub mod ids;
pub mod jobs;
pub mod logging;
pub mod numbers;
pub mod operation;
pub mod paging;
pub mod polling;
pub mod rate_limit;
pub mod redact;
pub mod requests;
pub mod retry;
pub mod runtime;
pub mod secret;
pub mod states;
pub mod transport;
pub mod waiters;
pub mod wire;

pub use client::Client;
pub use config::{Config, ConfigInput, Verify};
pub use error::Error;
