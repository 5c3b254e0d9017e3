"""The CLI reaches every operation: `clickhouse-cloud <namespace> <command> IDS --field
value`, the body from `--data`, the organization from `--org` or the environment,
secrets printed only when asked."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from test_every_operation import OPERATIONS, Case, check_request, method_of

from clickhouse_cloud._commands import command_name
from clickhouse_cloud.cli import HAND_WRITTEN, main
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE


@pytest.fixture
def api(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_KEY", sandbox.key_id)
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_SECRET", sandbox.key_secret)
    monkeypatch.setenv("CLICKHOUSE_CLOUD_API_URL", sandbox.url)
    monkeypatch.setenv("CLICKHOUSE_CLOUD_ORGANIZATION_ID", str(ORG))
    sandbox.provisioning_seconds = 0
    sandbox.transition_seconds = 0
    return sandbox


def flags(keywords: dict[str, Any]) -> list[str]:
    """Python keyword arguments as the CLI's options."""
    argv: list[str] = []
    for name, value in keywords.items():
        flag = "--" + name.rstrip("_").replace("_", "-")
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            for item in value:
                argv += [flag, item]
        elif isinstance(value, str):
            argv += [flag, value]
        elif hasattr(value, "isoformat"):
            argv += [flag, value.isoformat()]
        else:
            argv += [flag, json.dumps(value)]
    return argv


GENERATED = [
    op
    for op in OPERATIONS
    if (op.python_name.rpartition(".")[0], command_name(op.python_name.rpartition(".")[2]))
    not in HAND_WRITTEN
]


@pytest.mark.parametrize("record", GENERATED, ids=[op.python_name for op in GENERATED])
def test_every_operation_has_a_command(
    api: Sandbox, record: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    case = Case(record)
    case.seed(api)
    namespace, _, verb = record.python_name.rpartition(".")
    args, keywords = case.arguments(method_of(api.client(organization_id=ORG), record.python_name))
    argv = [command_name(part) for part in namespace.split(".")] + [command_name(verb)]
    argv += [str(a) for a in args] + flags(keywords) + ["--json"]
    assert main(argv) == 0, capsys.readouterr().err
    check_request(api, case)
    out = capsys.readouterr().out
    if out.strip() not in ("", "null") and not out.startswith(("#", "-----")):
        json.loads(out)  # --json prints JSON (text answers print as they come)


def test_hand_written_commands_replace_only_what_they_name() -> None:
    names = {op.python_name for op in OPERATIONS}
    for namespace, command in HAND_WRITTEN:
        assert f"{namespace}.{command.replace('-', '_')}" in names


def test_data_from_a_file_with_options_over_it(
    api: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = tmp_path / "service.json"
    body.write_text(
        json.dumps(
            {
                "name": "from-file",
                "provider": "aws",
                "region": "us-east-1",
                "minReplicaMemoryGb": 16,
                "ipAccessList": [],
            }
        )
    )
    argv = ["services", "create", "--data", f"@{body}", "--name", "scratch", "--json"]
    assert main(argv) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["service"]["name"] == "scratch"
    assert created["service"]["minReplicaMemoryGb"] == 16
    assert "password" not in created  # one-time secrets only with --show-secrets
    sent = api.requests[-1].json()
    assert sent == {
        "name": "scratch",
        "provider": "aws",
        "region": "us-east-1",
        "minReplicaMemoryGb": 16,
        "ipAccessList": [],
    }


def test_bad_data_is_a_usage_error(api: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["services", "create", "--data", "{not json"]) == 2
    assert "--data is not JSON" in capsys.readouterr().err
    assert main(["services", "create", "--data", '{"nmae": "x"}']) == 2
    assert "'nmae' is not a field of services.create" in capsys.readouterr().err
    assert main(["services", "create", "--data", "[1]"]) == 2
    assert api.requests == []


def test_the_organization_from_flag_or_environment(
    api: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = uuid.uuid4()
    assert main(["services", "list", "--json"]) == 0
    assert main(["--org", str(other), "services", "list", "--json"]) == 0
    assert main(["services", "list", "--org", str(other), "--json"]) == 0
    paths = [r.path for r in api.requests]
    assert paths == [
        f"/v1/organizations/{ORG}/services",
        f"/v1/organizations/{other}/services",
        f"/v1/organizations/{other}/services",
    ]
    monkeypatch.delenv("CLICKHOUSE_CLOUD_ORGANIZATION_ID")
    capsys.readouterr()
    assert main(["services", "list"]) == 2
    err = capsys.readouterr().err
    assert "organization_id" in err and "CLICKHOUSE_CLOUD_ORGANIZATION_ID" in err


def test_the_backup_commands_take_the_organization_first_or_not(
    api: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    api.add_backup(ORG, SERVICE)
    assert main(["backups", "list", str(ORG), str(SERVICE), "--json"]) == 0
    with_org = json.loads(capsys.readouterr().out)
    assert main(["backups", "list", str(SERVICE), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == with_org
    assert len(with_org) == 1


def test_a_new_key_shows_its_secret_only_when_asked(
    api: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "create", "--name", "ci", "--roles", "developer"]) == 0
    shown = capsys.readouterr()
    assert "keySecret" not in shown.out
    assert "--show-secrets" in shown.err
    assert (
        main(["keys", "create", "--name", "ci", "--roles", "developer", "--json", "--show-secrets"])
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert len(created["keySecret"]) >= 20
    assert created["key"]["roles"] == ["developer"]


def test_lists_print_as_a_table(api: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    api.add_service(ORG, id=SERVICE, name="analytics")
    assert main(["services", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "name", "state"]
    assert lines[1].split()[:3] == [str(SERVICE), "analytics", "running"]


def test_stop_a_service_then_delete_it(api: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    api.add_service(ORG, id=SERVICE)
    assert main(["services", "delete", str(SERVICE)]) == 1  # running: refused
    assert "stop" in capsys.readouterr().err.lower()
    assert main(["services", "update-state", str(SERVICE), "--command", "stop", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] in ("stopping", "stopped")
    assert main(["services", "delete", str(SERVICE)]) == 0
    assert capsys.readouterr().out.strip() == f"service {SERVICE} deleted"
