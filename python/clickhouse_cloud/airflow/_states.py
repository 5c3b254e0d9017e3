"""What the service and ClickPipe operators, sensors and triggers decide from a state.

One place for every decision, so the blocking, deferred and poking paths agree. A
state change's answer may already show the state it leads to (the API's does): the
decisions here only ever look at states read back with a GET.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Optional, Union

import clickhouse_cloud as chc

from .._native import clickpipe_stop_states

# -- services ---------------------------------------------------------------------------

RUNNING = "running"
STOPPED = "stopped"
# Not a state the API reports: the service is deleted (a GET answers 404).
GONE = "gone"

SERVICE_ACTIONS = ("start", "stop", "awake")
# States a service does not leave by itself (as the client's waiters know them).
FINAL_FAILURE_STATES = frozenset(
    {"failed", "terminated", "terminating", "softdeleted", "softdeleting"}
)
# Deleted, or on the way to it: nothing left to delete.
DELETED_STATES = frozenset({"terminated", "softdeleted"})
DELETING_STATES = frozenset({"terminating", "softdeleting"})
# On their way to `running` by themselves.
STARTING_STATES = frozenset({"starting", "provisioning", "awaking", "awakening"})
# The API takes `stop` from these.
STOPPABLE_STATES = frozenset({"running", "idle", "degraded"})


class StateError(Exception):
    """A service or pipe is in a state from which the action cannot succeed."""


@dataclass(frozen=True)
class Step:
    """What to do next: send ``command`` (if any), then wait for ``wait_for`` (if any).
    ``final``: once that wait is over the action is done; otherwise look again and
    take the next step (e.g. a service still ``stopping`` that is to run)."""

    command: Optional[str] = None
    wait_for: tuple[str, ...] = ()
    final: bool = True

    @property
    def done(self) -> bool:
        return self.command is None and not self.wait_for


DONE = Step()


def normalize(state: Optional[str]) -> str:
    return (state or "").strip().lower()


def is_dead_end(current: str, target: str) -> bool:
    """Whether a service in ``current`` can no longer reach ``target`` by itself
    (``terminating`` still leads to gone, not to ``running``)."""
    current, target = normalize(current), normalize(target)
    if target == GONE:
        return False
    on_the_way = (current, target) in {
        ("terminating", "terminated"),
        ("softdeleting", "softdeleted"),
    }
    return current in FINAL_FAILURE_STATES and current != target and not on_the_way


def service_action_target(action: str) -> str:
    """``start`` and ``awake`` both end with a running service; ``stop`` with a
    stopped one."""
    action = check_choice("action", action, SERVICE_ACTIONS)
    return STOPPED if action == "stop" else RUNNING


def plan_service(target: str, state: Optional[str]) -> Step:
    """The next step towards ``target`` (``running`` or ``stopped``) from ``state``.
    Mirrors the client's ``ensure_running`` / ``stop_service``: a stopped service is
    started and an idle one woken, a service on its way somewhere is let get there
    first; raises ``StateError`` on a state the service cannot leave."""
    now = normalize(state)
    if now == target:
        return DONE
    if is_dead_end(now, target):
        raise StateError(f"it is {now} and cannot become {target}")
    if target == RUNNING:
        if now == STOPPED:
            return Step("start", (RUNNING,))
        if now == "idle":
            return Step("awake", (RUNNING,))
        if now == "stopping":  # let it stop, then start it
            return Step(None, (STOPPED,), final=False)
        return Step(None, (RUNNING,))
    if target == STOPPED:
        if now in STOPPABLE_STATES:
            return Step("stop", (STOPPED,))
        if now in STARTING_STATES:  # the API cannot stop it yet: let it start
            return Step(None, (RUNNING,), final=False)
        return Step(None, (STOPPED,))
    raise ValueError(f"unknown target state {target!r}")


def plan_delete(state: Optional[str]) -> Step:
    """The next step towards a deleted service from ``state`` (None: the API no longer
    knows it). A service is stopped first, as the API requires."""
    if state is None:
        return DONE
    now = normalize(state)
    if now in DELETED_STATES:
        return DONE
    if now in DELETING_STATES:
        return Step(None, (GONE,))
    if now == STOPPED:
        return Step("delete", (GONE,))
    try:
        step = plan_service(STOPPED, now)
    except StateError as e:
        raise StateError(f"{e}, so it cannot be stopped and deleted") from None
    return Step(step.command, step.wait_for, final=False)


def service_reached(
    state: Optional[str], targets: Sequence[str]
) -> tuple[Optional[bool], Optional[str]]:
    """(True, None) when ``state`` is one of ``targets``; (False, why) when it can no
    longer reach any of them; (None, None) to keep waiting."""
    now = normalize(state)
    wanted = [normalize(t) for t in targets]
    if now in wanted or (GONE in wanted and now in DELETED_STATES):
        return True, None
    if all(is_dead_end(now, t) for t in wanted):
        return False, f"it is {now or 'without a state'} and cannot become {' or '.join(wanted)}"
    return None, None


# -- ClickPipes ---------------------------------------------------------------------------

PIPE_ACTIONS = ("start", "stop", "resync")
# Lower case: the API writes them capitalized ("Running").
PIPE_FAILED_STATES = frozenset({"failed", "internalerror"})
PIPE_RUNNING_STATES = ("Running", "Completed")  # an object-storage pipe completes its batch
# A resync (database pipes) goes through these back to Running.
PIPE_RESYNCING = frozenset({"setup", "snapshot", "resync", "modifying"})


def pipe_stop_states(pipe: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The states ``pipe`` (a ``ClickPipe``) shows while it stops and once stopped:
    ``Stopping``/``Stopped``, or ``Pausing``/``Paused`` for a database pipe. From the
    client's table, which its jobs use too (``src/core/states.rs``)."""
    stopping, stopped = clickpipe_stop_states(pipe)
    return tuple(stopping), tuple(stopped)


@dataclass(frozen=True)
class PipeStep:
    """Like ``Step``; ``from_state``: the state the pipe was in when the command was
    sent, not taken as an answer (neither success nor failure) until the pipe has
    shown another one, since the API's reads may lag behind the command."""

    command: Optional[str] = None
    wait_for: tuple[str, ...] = ()
    final: bool = True
    from_state: Optional[str] = None

    @property
    def done(self) -> bool:
        return self.command is None and not self.wait_for


def plan_pipe(action: str, pipe: Any) -> PipeStep:
    """The next step of ``action`` (start, stop, resync) for ``pipe`` (a ``ClickPipe``)
    as it is now. ``start`` sends nothing to a pipe already running (or on its way);
    ``stop`` nothing to one stopped or stopping (or paused, for a database pipe);
    ``resync`` nothing to a pipe already resyncing (a retried task does not resync
    twice)."""
    action = check_choice("action", action, PIPE_ACTIONS)
    state = pipe.state
    now = normalize(state)
    stopping, stopped = pipe_stop_states(pipe)
    is_stopped = now in {normalize(s) for s in stopped}
    if action == "start":
        if now in {"running", "completed"}:
            return PipeStep()
        if is_stopped or now == "failed":
            return PipeStep("start", PIPE_RUNNING_STATES, from_state=state)
        if now in {normalize(s) for s in stopping}:  # let it stop, then start it
            return PipeStep(None, stopped, final=False)
        if now == "internalerror":
            raise StateError("it is InternalError, from which the API cannot start it")
        return PipeStep(None, PIPE_RUNNING_STATES)
    if action == "stop":
        if is_stopped:
            return PipeStep()
        if now in {normalize(s) for s in stopping}:
            return PipeStep(None, stopped)
        return PipeStep("stop", stopped, from_state=state)
    if now in PIPE_RESYNCING:
        return PipeStep(None, ("Running",))
    return PipeStep("resync", ("Running",), from_state=state)


def pipe_reached(
    state: Optional[str], targets: Sequence[str], from_state: Optional[str] = None
) -> tuple[Optional[bool], Optional[str]]:
    """(True, None) when ``state`` is one of ``targets`` (any case); (False, why) on
    ``Failed`` or ``InternalError`` when not asked for; (None, None) to keep waiting.
    While ``state`` is still ``from_state``, keep waiting (see ``PipeStep``)."""
    now = normalize(state)
    if from_state is not None and now == normalize(from_state):
        return None, None
    wanted = {normalize(t) for t in targets}
    if now in wanted:
        return True, None
    if now in PIPE_FAILED_STATES:
        return False, f"it is {state}"
    return None, None


# -- both -----------------------------------------------------------------------------------


def may_have_moved(error: Exception) -> bool:
    """Whether a command that raised ``error`` may have been overtaken or taken after
    all, so that a fresh look decides: a refusal (400, 409: a second caller's command
    got there first) or a failure on the way (5xx, 429, no answer). The client's jobs
    decide the same way (``src/core/polling.rs``); here, when the look shows nothing
    changed, the error fails the try and Airflow's retries send the command again."""
    if isinstance(error, (chc.RateLimitError, chc.InternalServerError, chc.APIConnectionError)):
        return True
    return isinstance(error, chc.APIStatusError) and error.status_code in (400, 409)


def check_choice(name: str, value: str, choices: Iterable[str]) -> str:
    allowed = tuple(choices)
    text = str(value).strip().lower()
    if text not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return text


def as_states(value: Union[str, Sequence[str]]) -> list[str]:
    """One state or several, as a list (a sensor's ``target_state``)."""
    states = [value] if isinstance(value, str) else [str(v) for v in value]
    if not states or not all(s.strip() for s in states):
        raise ValueError(f"target_state must name at least one state, not {value!r}")
    return states


def is_templated(value: Any) -> bool:
    """Whether ``value`` is still a Jinja template (checked only once rendered)."""
    return isinstance(value, str) and "{{" in value


class StateLog:
    """A ``progress=`` callback for the client's jobs: one log line per state change."""

    def __init__(self, log: Any) -> None:
        self._log = log
        self._last: dict[str, str] = {}

    def __call__(self, what: str, state: str, elapsed: float) -> None:
        if self._last.get(what) == state:
            return
        self._last[what] = state
        self._log.info("%s: %s after %.1fs", what, state, elapsed)


def describe_failed_pipe(pipe: Any, service_id: Any, why: Optional[str]) -> str:
    """The message a failed pipe fails its task with."""
    return (
        f"ClickPipe {pipe.id} ({pipe.name!r}) of service {service_id} failed ({why}): it "
        "stopped on an error, shown with the pipe in the ClickHouse Cloud console; fix the "
        "cause, then start the pipe again"
    )
