//! Awaiting core futures from asyncio: pyo3-async-runtimes' generic bridge, plugged
//! into the extension's own fork-aware runtime (`core::runtime`). Works on any running
//! loop (a new one per `asyncio.run`, Jupyter's); cancelling the awaiting task drops
//! the Rust future, which aborts the request.

use std::cell::OnceCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use pyo3::prelude::*;
use pyo3::BoundObject;
use pyo3_async_runtimes::generic::{self, ContextExt, JoinError, Runtime};
use pyo3_async_runtimes::TaskLocals;

use crate::core::{runtime, Error};

use super::errors::{internal_error, to_pyerr};

pub struct IoRuntime;

tokio::task_local! {
    static TASK_LOCALS: OnceCell<TaskLocals>;
}

/// A spawned task, or nothing when no runtime could be started.
pub enum Join {
    Task(tokio::task::JoinHandle<()>),
    NoRuntime,
}

pub struct JoinFailure(Option<tokio::task::JoinError>);

impl JoinError for JoinFailure {
    fn is_panic(&self) -> bool {
        self.0
            .as_ref()
            .is_some_and(tokio::task::JoinError::is_panic)
    }
    fn into_panic(self) -> Box<dyn std::any::Any + Send + 'static> {
        match self.0 {
            Some(e) if e.is_panic() => e.into_panic(),
            _ => Box::new("the task did not panic"),
        }
    }
}

impl Future for Join {
    type Output = Result<(), JoinFailure>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            Join::Task(handle) => Pin::new(handle)
                .poll(cx)
                .map(|r| r.map_err(|e| JoinFailure(Some(e)))),
            Join::NoRuntime => Poll::Ready(Err(JoinFailure(None))),
        }
    }
}

impl Runtime for IoRuntime {
    type JoinError = JoinFailure;
    type JoinHandle = Join;

    fn spawn<F>(fut: F) -> Join
    where
        F: Future<Output = ()> + Send + 'static,
    {
        match runtime::handle() {
            Ok(handle) => Join::Task(handle.spawn(fut)),
            Err(_) => Join::NoRuntime,
        }
    }

    fn spawn_blocking<F>(f: F) -> Join
    where
        F: FnOnce() + Send + 'static,
    {
        match runtime::handle() {
            Ok(handle) => Join::Task(handle.spawn_blocking(f)),
            Err(_) => Join::NoRuntime,
        }
    }
}

impl ContextExt for IoRuntime {
    fn scope<F, R>(locals: TaskLocals, fut: F) -> Pin<Box<dyn Future<Output = R> + Send>>
    where
        F: Future<Output = R> + Send + 'static,
    {
        let cell = OnceCell::new();
        let _ = cell.set(locals);
        Box::pin(TASK_LOCALS.scope(cell, fut))
    }

    fn get_task_locals() -> Option<TaskLocals> {
        TASK_LOCALS
            .try_with(|c| c.get().cloned())
            .unwrap_or_default()
    }
}

/// A finished call, converted to Python only where the bridge sets the asyncio result
/// (a blocking-pool thread that holds the GIL anyway): an I/O worker never waits for
/// the GIL, not even to build an exception.
pub struct Outcome<T>(Result<T, Error>);

impl<'py, T: IntoPyObject<'py>> IntoPyObject<'py> for Outcome<T> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self.0 {
            Ok(value) => value
                .into_pyobject(py)
                .map(BoundObject::into_any)
                .map(BoundObject::into_bound)
                .map_err(Into::into),
            Err(error) => Err(to_pyerr(py, error)),
        }
    }
}

/// An asyncio awaitable for a core future. Errors become the contract's exceptions.
pub fn awaitable<'py, T, F>(py: Python<'py>, future: F) -> PyResult<Bound<'py, PyAny>>
where
    T: for<'a> IntoPyObject<'a> + Send + 'static,
    F: Future<Output = Result<T, Error>> + Send + 'static,
{
    // Start the runtime here, where a failure can still be raised.
    runtime::handle()
        .map_err(|e| internal_error(py, &format!("cannot start the I/O runtime: {e}")))?;
    generic::future_into_py::<IoRuntime, _, Outcome<T>>(
        py,
        async move { Ok(Outcome(future.await)) },
    )
}
