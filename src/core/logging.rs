//! Log records of the core (retries, transient failures while waiting). A log sink may
//! block (the Python binding's takes the GIL), and an I/O worker must never stall on
//! it: on a runtime thread the record is written from the blocking pool instead.

/// Records go to this target; the Python binding maps it to the `clickhouse_cloud` logger.
pub const LOG_TARGET: &str = "clickhouse_cloud";

/// Logs `message()` at INFO, building it only when someone listens.
pub fn info(message: impl FnOnce() -> String) {
    if !log::log_enabled!(target: LOG_TARGET, log::Level::Info) {
        return;
    }
    let message = message();
    match tokio::runtime::Handle::try_current() {
        Ok(handle) => {
            handle.spawn_blocking(move || log::info!(target: LOG_TARGET, "{message}"));
        }
        Err(_) => log::info!(target: LOG_TARGET, "{message}"),
    }
}
