//! `clickhouse_cloud`: a ClickHouse Cloud API client.
//!
//! - [`core`]: the client, plain Rust (HTTP, models, errors, retries, runtime).
//! - [`sandbox`]: a local stand-in for the API, for tests and demos.
//! - `py`: the thin pyo3 binding that makes both the Python module `clickhouse_cloud._native`.

pub mod core;
#[cfg(feature = "python")]
mod py;
pub mod sandbox;
