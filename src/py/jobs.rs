//! The jobs (`core/jobs.rs`) as calls of `Client` and `AsyncClient`: arguments
//! checked here, the work done in the core, progress reported to a Python callable.

use pyo3::prelude::*;

use crate::core::api::models::ClickPipe;
use crate::core::polling::{Look, Progress};
use crate::core::states::pipe_stop_states;
use crate::core::wire::Date;

use super::convert::{extract_id, extract_secret_text};
use super::errors::to_pyerr;
use super::operations::{call, optional_text, org_and_service, waiting, Answer, Api, Call, Id};
use super::value::{date_argument, FromPy};
use crate::core::api::operations::Output;

/// Each look of a waiter reported to `callback(what, state, elapsed_seconds)`. The
/// callback runs on an I/O thread, briefly holding the GIL; what it raises is reported
/// as unraisable and never ends the wait.
pub fn progress(callback: Option<&Bound<'_, PyAny>>) -> Progress {
    let Some(callback) = callback.filter(|c| !c.is_none()) else {
        return Progress::none();
    };
    let callback: Py<PyAny> = callback.clone().unbind();
    Progress::new(move |look: &Look<'_>| {
        // Not attached during the interpreter's shutdown: then nothing is shown.
        let _ = Python::try_attach(|py| {
            let args = (look.what, look.state, look.elapsed.as_secs_f64());
            if let Err(error) = callback.call1(py, args) {
                error.write_unraisable(py, Some(callback.bind(py)));
            }
        });
    })
}

/// `clickpipe_stop_states(pipe)`: the states the ClickPipe (a `ClickPipe` or its
/// `to_dict()`) shows while it stops and once stopped, from the core's table
/// (`core/states.rs`), so that the Airflow provider decides as the jobs do.
#[pyfunction]
pub fn clickpipe_stop_states(pipe: &Bound<'_, PyAny>) -> PyResult<(Vec<String>, Vec<String>)> {
    let pipe = <ClickPipe as FromPy>::from_py("pipe", pipe)?;
    let (stopping, stopped) = pipe_stop_states(&pipe);
    let owned = |states: Vec<&str>| states.into_iter().map(str::to_owned).collect();
    Ok((owned(stopping), owned(stopped)))
}

fn date(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Date> {
    date_argument(name, value)
}

impl Api {
    #[allow(clippy::too_many_arguments)]
    pub fn ensure_running(
        &self,
        org: Id,
        service: Id,
        wait: bool,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
        progress_to: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let waiting = waiting(org.py(), timeout, poll_interval)?;
        let (org, service) = org_and_service(org, service)?;
        let progress = progress(progress_to);
        let core = self.core.clone();
        Ok(call(async move {
            let found = core
                .ensure_service_running(&org, &service, wait, waiting, &progress)
                .await?;
            Ok(Answer(Output::Service(found), None, None))
        }))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn stop_service(
        &self,
        org: Id,
        service: Id,
        wait: bool,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
        progress_to: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let waiting = waiting(org.py(), timeout, poll_interval)?;
        let (org, service) = org_and_service(org, service)?;
        let progress = progress(progress_to);
        let core = self.core.clone();
        Ok(call(async move {
            let found = core
                .stop_service(&org, &service, wait, waiting, &progress)
                .await?;
            Ok(Answer(Output::Service(found), None, None))
        }))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn delete_service(
        &self,
        org: Id,
        service: Id,
        stop: bool,
        wait: bool,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
        progress_to: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let waiting = waiting(org.py(), timeout, poll_interval)?;
        let (org, service) = org_and_service(org, service)?;
        let progress = progress(progress_to);
        let core = self.core.clone();
        Ok(call(async move {
            core.delete_service(&org, &service, stop, wait, waiting, &progress)
                .await?;
            Ok(Answer(Output::Empty, None, None))
        }))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn wait_for_clickpipe(
        &self,
        org: Id,
        service: Id,
        pipe: Id,
        state: Option<&Bound<'_, PyAny>>,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
        progress_to: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let waiting = waiting(org.py(), timeout, poll_interval)?;
        let pipe = extract_id("clickpipe_id", pipe)?;
        let (org, service) = org_and_service(org, service)?;
        let state = optional_text("state", state)?.unwrap_or_else(|| "Running".into());
        let progress = progress(progress_to);
        let core = self.core.clone();
        Ok(call(async move {
            let found = core
                .wait_for_clickpipe(&org, &service, &pipe, &state, waiting, &progress)
                .await?;
            Ok(Answer(Output::ClickPipe(found), None, None))
        }))
    }

    /// `stop_clickpipe` (`start` false) or `start_clickpipe` (`start` true).
    #[allow(clippy::too_many_arguments)]
    pub fn clickpipe_to(
        &self,
        start: bool,
        org: Id,
        service: Id,
        pipe: Id,
        timeout: Option<&Bound<'_, PyAny>>,
        poll_interval: Option<&Bound<'_, PyAny>>,
        progress_to: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let waiting = waiting(org.py(), timeout, poll_interval)?;
        let pipe = extract_id("clickpipe_id", pipe)?;
        let (org, service) = org_and_service(org, service)?;
        let progress = progress(progress_to);
        let core = self.core.clone();
        Ok(call(async move {
            let found = if start {
                core.start_clickpipe(&org, &service, &pipe, waiting, &progress)
                    .await?
            } else {
                core.stop_clickpipe(&org, &service, &pipe, waiting, &progress)
                    .await?
            };
            Ok(Answer(Output::ClickPipe(found), None, None))
        }))
    }

    pub fn usage_costs(
        &self,
        org: Id,
        from_date: &Bound<'_, PyAny>,
        to_date: &Bound<'_, PyAny>,
        filters: Vec<String>,
    ) -> PyResult<Call<Answer>> {
        let org = extract_id("organization_id", org)?;
        let (from, to) = (date("from_date", from_date)?, date("to_date", to_date)?);
        if to.0 < from.0 {
            let e = crate::core::Error::InvalidArgument(format!(
                "to_date ({}) is before from_date ({})",
                to.0, from.0
            ));
            return Err(to_pyerr(from_date.py(), e));
        }
        let core = self.core.clone();
        Ok(call(async move {
            let costs = core.usage_costs(&org, from, to, &filters).await?;
            Ok(Answer(Output::UsageCost(costs), None, None))
        }))
    }

    pub fn rotate_key(
        &self,
        org: Id,
        key: Id,
        name: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call<Answer>> {
        let org = extract_id("organization_id", org)?;
        let key = extract_id("key_id", key)?;
        let name = match name.filter(|n| !n.is_none()) {
            Some(n) => Some(extract_secret_text("name", n)?),
            None => None,
        };
        let core = self.core.clone();
        Ok(call(async move {
            let created = core.rotate_key(&org, &key, name).await?;
            Ok(Answer(Output::CreatedKey(created), None, None))
        }))
    }

    pub fn retire_key(&self, org: Id, key: Id, how: String) -> PyResult<Call<Answer>> {
        let org = extract_id("organization_id", org)?;
        let key = extract_id("key_id", key)?;
        if !["keep", "disable", "delete"].contains(&how.as_str()) {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "retire must be 'keep', 'disable' or 'delete', not {how:?}"
            )));
        }
        let core = self.core.clone();
        Ok(call(async move {
            core.retire_key(&org, &key, &how).await?;
            Ok(Answer(Output::Empty, None, None))
        }))
    }
}
