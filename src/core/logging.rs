//! Log records of the core (retries, transient failures while waiting). A log sink may
//! block (the Python binding's takes the GIL), and an I/O worker must never stall on
//! it: on a runtime thread the record is written from the blocking pool instead.

/// Records go to this target; the Python binding maps it to the `clickhouse_cloud` logger.
pub const LOG_TARGET: &str = "clickhouse_cloud";

/// Logs `message()` at INFO, building it only when someone listens.
pub fn info(message: impl FnOnce() -> String) {
    record(log::Level::Info, message);
}

/// Logs `message()` at WARNING, building it only when someone listens.
pub fn warn(message: impl FnOnce() -> String) {
    record(log::Level::Warn, message);
}

fn record(level: log::Level, message: impl FnOnce() -> String) {
    if !log::log_enabled!(target: LOG_TARGET, level) {
        return;
    }
    let message = message();
    match tokio::runtime::Handle::try_current() {
        Ok(handle) => {
            handle.spawn_blocking(move || log::log!(target: LOG_TARGET, level, "{message}"));
        }
        Err(_) => log::log!(target: LOG_TARGET, level, "{message}"),
    }
}
