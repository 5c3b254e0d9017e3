"""Every Backup operation, in both clients, over HTTP against the sandbox: the exact
request sent (method, path, JSON body: omitted vs null) and the typed result."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any, Callable

import pytest

import clickhouse_cloud as chc
from clickhouse_cloud.testing import Sandbox

from conftest import ORG, SERVICE

BASE = f"/v1/organizations/{ORG}/services/{SERVICE}"
GCP_SECRET = "gcp-hmac-secret-value-0123456789"
AZURE_SECRET = "DefaultEndpointsProtocol=https;AccountKey=azure-secret-value"


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, sandbox: Sandbox) -> Callable[..., Any]:
    """`call("method", *args, **kwargs)` on a Client, or on an AsyncClient in a fresh
    event loop per call."""
    if request.param == "sync":
        client = sandbox.client(max_retries=0, timeout=5)

        def sync_call(op: str, /, *args: Any, **kwargs: Any) -> Any:
            return getattr(client, op)(*args, **kwargs)

        yield sync_call
        client.close()
    else:
        aclient = sandbox.async_client(max_retries=0, timeout=5)

        def async_call(op: str, /, *args: Any, **kwargs: Any) -> Any:
            return asyncio.run(getattr(aclient, op)(*args, **kwargs))

        yield async_call


def last(sandbox: Sandbox) -> tuple[str, str, Any]:
    r = sandbox.last_request
    assert r is not None
    return r.method, r.path, r.json()


def test_list_backups_newest_first(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    old = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-01T02:00:00Z")
    new = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-03T02:00:00Z", status="error")
    mid = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-02T02:00:00Z")
    backups = call("list_backups", ORG, SERVICE)
    assert backups == [new, mid, old]
    assert all(isinstance(b, chc.Backup) for b in backups)
    assert last(sandbox) == ("GET", f"{BASE}/backups", None)


def test_backups_carry_the_request_id_of_their_response(
    sandbox: Sandbox, call: Callable[..., Any]
) -> None:
    added = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-01T02:00:00Z")
    assert added.request_id is None
    one = call("get_backup", ORG, SERVICE, added.id)
    listed = call("list_backups", ORG, SERVICE)
    latest = call("latest_backup", ORG, SERVICE)
    assert one == added == listed[0] == latest  # not part of the value
    assert hash(one) == hash(added) and "request_id" not in str(one.to_dict())
    ids = {one.request_id, listed[0].request_id, latest.request_id}
    assert len(ids) == 3 and all(isinstance(i, str) and len(i) == 36 for i in ids)
    assert {b.request_id for b in listed} == {listed[0].request_id}


def test_list_of_a_service_without_backups(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    assert call("list_backups", ORG, SERVICE) == []


def test_list_with_a_bad_element_is_invalid_response(
    sandbox: Sandbox, call: Callable[..., Any]
) -> None:
    sandbox.fail_next(200, json={"result": [{"status": "done"}, ["not", "an", "object"]]})
    with pytest.raises(chc.InvalidResponseError, match=r"result\[1\]"):
        call("list_backups", ORG, SERVICE)


def test_get_backup_configuration(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.set_backup_configuration(
        ORG, SERVICE, backup_retention_period_in_hours=168, backup_start_time="02:30"
    )
    config = call("get_backup_configuration", ORG, SERVICE)
    assert isinstance(config, chc.BackupConfiguration)
    assert config.backup_period_in_hours == 24 and type(config.backup_period_in_hours) is int
    assert config.backup_retention_period_in_hours == 168
    assert type(config.backup_retention_period_in_hours) is int
    assert config.backup_start_time == "02:30"
    assert last(sandbox) == ("GET", f"{BASE}/backupConfiguration", None)


def test_fractional_hours_stay_floats(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.fail_next(
        200, json={"result": {"backupPeriodInHours": 12.5, "backupRetentionPeriodInHours": 48.0}}
    )
    config = call("get_backup_configuration", ORG, SERVICE)
    assert config.backup_period_in_hours == 12.5
    assert config.backup_retention_period_in_hours == 48
    assert type(config.backup_retention_period_in_hours) is int
    assert config.backup_start_time is None
    assert config.to_dict() == {"backupPeriodInHours": 12.5, "backupRetentionPeriodInHours": 48}


def test_update_sends_only_the_given_fields(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    config = call("update_backup_configuration", ORG, SERVICE, backup_retention_period_in_hours=168)
    assert last(sandbox) == (
        "PATCH",
        f"{BASE}/backupConfiguration",
        {"backupRetentionPeriodInHours": 168},
    )
    assert config.backup_retention_period_in_hours == 168
    assert config.backup_period_in_hours == 24


def test_update_with_none_sends_null_to_reset(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.set_backup_configuration(
        ORG, SERVICE, backup_start_time="03:00", backup_retention_period_in_hours=240
    )
    config = call(
        "update_backup_configuration",
        ORG,
        SERVICE,
        backup_start_time=None,
        backup_period_in_hours=12,
    )
    assert last(sandbox)[2] == {"backupStartTime": None, "backupPeriodInHours": 12}
    assert config.backup_start_time is None and config.backup_period_in_hours == 12
    assert config.backup_retention_period_in_hours == 240  # untouched


def test_update_with_no_field_sends_nothing(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="at least one"):
        call("update_backup_configuration", ORG, SERVICE)
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"backup_start_time": "2:00"}, ValueError),
        ({"backup_start_time": "24:00"}, ValueError),
        ({"backup_period_in_hours": 0}, ValueError),
        ({"backup_period_in_hours": float("nan")}, ValueError),
        ({"backup_period_in_hours": "24"}, TypeError),
        ({"retention": 24}, TypeError),
    ],
)
def test_update_rejects_bad_values_before_sending(
    sandbox: Sandbox, call: Callable[..., Any], kwargs: dict, error: type
) -> None:
    with pytest.raises(error):
        call("update_backup_configuration", ORG, SERVICE, **kwargs)
    assert sandbox.requests == []


def test_basic_tier_refuses_schedule_changes(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.set_basic_tier(ORG, SERVICE)
    with pytest.raises(chc.PermissionDeniedError) as info:
        call("update_backup_configuration", ORG, SERVICE, backup_retention_period_in_hours=48)
    assert info.value.code == "FORBIDDEN" and "BASIC" in info.value.message


def test_server_rejection_of_a_value_is_bad_request(
    sandbox: Sandbox, call: Callable[..., Any]
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    with pytest.raises(chc.BadRequestError):
        call("update_backup_configuration", ORG, SERVICE, backup_retention_period_in_hours=25)


@pytest.mark.parametrize(
    ("kwargs", "cls", "sent", "secret"),
    [
        (
            {
                "provider": "AWS",
                "bucket_path": "s3://b/p",
                "iam_role_arn": "arn:aws:iam::1:role/r",
                "iam_role_session_name": "s",
            },
            chc.AwsBackupBucket,
            {
                "bucketProvider": "AWS",
                "bucketPath": "s3://b/p",
                "iamRoleArn": "arn:aws:iam::1:role/r",
                "iamRoleSessionName": "s",
            },
            None,
        ),
        (
            {
                "provider": "gcp",
                "bucket_path": "gs://b",
                "access_key_id": "GOOG1",
                "secret_access_key": GCP_SECRET,
            },
            chc.GcpBackupBucket,
            {
                "bucketProvider": "GCP",
                "bucketPath": "gs://b",
                "accessKeyId": "GOOG1",
                "secretAccessKey": GCP_SECRET,
            },
            GCP_SECRET,
        ),
        (
            {"provider": "AZURE", "container_name": "c", "connection_string": AZURE_SECRET},
            chc.AzureBackupBucket,
            {"bucketProvider": "AZURE", "containerName": "c", "connectionString": AZURE_SECRET},
            AZURE_SECRET,
        ),
    ],
    ids=["aws", "gcp", "azure"],
)
def test_bucket_life_cycle(
    sandbox: Sandbox,
    call: Callable[..., Any],
    kwargs: dict,
    cls: type,
    sent: dict,
    secret: str | None,
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    created = call("create_backup_bucket", ORG, SERVICE, **kwargs)
    assert last(sandbox) == ("POST", f"{BASE}/backupBucket", sent)
    assert type(created) is cls and isinstance(created.id, uuid.UUID)
    assert created.provider == sent["bucketProvider"]
    assert sandbox.backup_bucket_secret(ORG, SERVICE) == secret
    for text in (repr(created), str(created), repr(created.to_dict())):
        assert secret is None or secret not in text

    fetched = call("get_backup_bucket", ORG, SERVICE)
    assert fetched == created
    assert last(sandbox) == ("GET", f"{BASE}/backupBucket", None)

    update = dict(kwargs)
    if "bucket_path" in update:
        update["bucket_path"] = update["bucket_path"] + "/v2"
    else:
        update["container_name"] = "c2"
    updated = call("update_backup_bucket", ORG, SERVICE, **update)
    method, path, body = last(sandbox)
    assert (method, path) == ("PATCH", f"{BASE}/backupBucket")
    assert body["bucketProvider"] == sent["bucketProvider"]
    assert updated.id == created.id and updated != created

    assert call("delete_backup_bucket", ORG, SERVICE) is None
    assert last(sandbox) == ("DELETE", f"{BASE}/backupBucket", None)
    with pytest.raises(chc.NotFoundError):
        call("get_backup_bucket", ORG, SERVICE)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"provider": "AWS", "bucket_path": "s3://b", "container_name": "c"}, "container_name"),
        (
            {"provider": "AWS", "bucket_path": "s3://b", "secret_access_key": GCP_SECRET},
            "secret_access_key",
        ),
        (
            {"provider": "AWS", "bucket_path": "s3://b", "connection_string": AZURE_SECRET},
            "connection_string",
        ),
        (
            {"provider": "AZURE", "bucket_path": "x", "connection_string": AZURE_SECRET},
            "bucket_path",
        ),
        (
            {"provider": "GCP", "bucket_path": "gs://b", "connection_string": AZURE_SECRET},
            "connection_string",
        ),
        (
            {
                "provider": "GCP",
                "container_name": "c",
                "access_key_id": "AK",
                "secret_access_key": GCP_SECRET,
            },
            "container_name",
        ),
        ({"provider": "GCP", "bucket_path": "gs://b", "access_key_id": "AK"}, "secret_access_key"),
        ({"provider": "AZURE", "container_name": "c"}, "connection_string"),
        ({"provider": "OCI", "secret_access_key": GCP_SECRET}, "provider"),
    ],
)
@pytest.mark.parametrize("method", ["create_backup_bucket", "update_backup_bucket"])
def test_bucket_arguments_checked_before_sending(
    sandbox: Sandbox, call: Callable[..., Any], kwargs: dict, match: str, method: str
) -> None:
    with pytest.raises(ValueError, match=match) as info:
        call(method, ORG, SERVICE, **kwargs)
    assert type(info.value) is ValueError
    assert sandbox.requests == []
    # Neither the bucket secret the call was given nor the client's key secret shows.
    for text in (str(info.value), repr(info.value), repr(info.value.args)):
        for secret in (GCP_SECRET, AZURE_SECRET, sandbox.key_secret):
            assert secret not in text


def test_bucket_secret_never_in_errors(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.fail_next(500, json={"status": 500, "error": "INTERNAL: boom", "requestId": "r"})
    with pytest.raises(chc.InternalServerError) as info:
        call(
            "create_backup_bucket",
            ORG,
            SERVICE,
            provider="GCP",
            bucket_path="gs://b",
            access_key_id="AK",
            secret_access_key=GCP_SECRET,
        )
    for text in (str(info.value), repr(info.value), repr(info.value.__dict__)):
        assert GCP_SECRET not in text


def test_post_is_not_retried_after_a_5xx(sandbox: Sandbox) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.fail_next(503, times=3)
    with sandbox.client(max_retries=3) as c:
        with pytest.raises(chc.InternalServerError):
            c.create_backup_bucket(ORG, SERVICE, provider="AWS", bucket_path="s3://b")
    assert len(sandbox.requests) == 1


def test_post_is_retried_after_a_429(sandbox: Sandbox) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.fail_next(
        429, json={"error": "TOO_MANY_REQUESTS"}, headers={"X-RateLimit-Reset": "0.1"}
    )
    with sandbox.client(max_retries=3) as c:
        c.create_backup_bucket(ORG, SERVICE, provider="AWS", bucket_path="s3://b")
    assert [r.method for r in sandbox.requests] == ["POST", "POST"]


def test_restore_backup(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    restored = call(
        "restore_backup",
        ORG,
        backup.id,
        name="restored-analytics",
        provider="aws",
        region="eu-west-1",
        min_replica_memory_gb=16,
        idleScaling=False,
        ip_access_list=[{"source": "10.0.0.0/8"}],
    )
    method, path, body = last(sandbox)
    assert (method, path) == ("POST", f"/v1/organizations/{ORG}/services")
    assert body == {
        "name": "restored-analytics",
        "provider": "aws",
        "region": "eu-west-1",
        "backupId": str(backup.id),
        "minReplicaMemoryGb": 16,
        "idleScaling": False,
        "ipAccessList": [{"source": "10.0.0.0/8"}],
    }
    assert isinstance(restored, chc.RestoredService)
    service = restored.service
    assert isinstance(service, chc.Service) and isinstance(service.id, uuid.UUID)
    assert (service.name, service.provider, service.region, service.state) == (
        "restored-analytics",
        "aws",
        "eu-west-1",
        "provisioning",
    )
    assert [e.protocol for e in service.endpoints] == ["https", "nativesecure"]
    assert service.endpoints[0].port == 8443 and service.endpoints[0].host
    password = restored.password
    assert password and len(password) >= 12
    for text in (repr(restored), str(restored), repr(restored.to_dict()), repr(service)):
        assert password not in text
    assert restored.to_dict(include_password=True)["password"] == password
    assert restored.to_dict()["service"]["ipAccessList"] == [{"source": "10.0.0.0/8"}]


def test_restore_of_an_unknown_backup(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.add_backup(ORG, SERVICE)
    with pytest.raises(chc.BadRequestError):
        call("restore_backup", ORG, uuid.uuid4(), name="x", provider="aws", region="us-east-1")


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        # A bad value is a ValueError, a value of the wrong type a TypeError (README).
        ({"name": ""}, ValueError, "name must not be empty"),
        ({"name": 5}, TypeError, "name must be a str"),
        ({"region": None}, TypeError, "region must be a str"),
        ({"backup_id": "x"}, TypeError, "multiple values for argument 'backup_id'"),
        # An option spelling one of the arguments is refused, not sent twice.
        ({"backupId": "x"}, ValueError, "backupId is an argument of restore_backup"),
        ({"name_": 1}, ValueError, "name_ is an argument of restore_backup"),
        ({"nameX": object()}, TypeError, "not a JSON value"),
    ],
)
def test_restore_arguments_checked(
    sandbox: Sandbox, call: Callable[..., Any], kwargs: dict, error: type, match: str
) -> None:
    args = {"name": "n", "provider": "aws", "region": "us-east-1", **kwargs}
    with pytest.raises(error, match=match) as info:
        call("restore_backup", ORG, uuid.uuid4(), **args)
    assert type(info.value) is error
    assert sandbox.requests == []


def test_get_service(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    seeded = sandbox.add_service(ORG, id=SERVICE, name="prod", tier="production")
    service = call("get_service", ORG, SERVICE)
    assert service.id == SERVICE and service.name == "prod" and service.state == "running"
    assert service.to_dict()["tier"] == "production"
    # to_dict() leaves out what is null, as everywhere else
    seeded["endpoints"] = [
        {k: v for k, v in e.items() if v is not None} for e in seeded["endpoints"]
    ]
    assert service.to_dict() == seeded
    assert service.endpoints[0].username is None
    assert last(sandbox) == ("GET", BASE, None)


def test_list_services(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    assert call("list_services", ORG) == []
    b = sandbox.add_service(ORG, name="b", state="stopped")
    a = sandbox.add_service(ORG, name="a")
    sandbox.add_service(uuid.uuid4(), name="elsewhere")  # another organization
    sandbox.add_backup(ORG, uuid.uuid4())  # a service known only from its backups
    services = call("list_services", ORG)
    assert [(s.name, s.state) for s in services] == [("a", "running"), ("b", "stopped")]
    assert [str(s.id) for s in services] == [a["id"], b["id"]]
    assert last(sandbox) == ("GET", f"/v1/organizations/{ORG}/services", None)
    with pytest.raises(ValueError, match="organization_id"):
        call("list_services", "nope")


def test_latest_backup(sandbox: Sandbox, call: Callable[..., Any]) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    assert call("latest_backup", ORG, SERVICE) is None
    done = sandbox.add_backup(ORG, SERVICE, started_at="2024-01-02T00:00:00Z")
    sandbox.add_backup(ORG, SERVICE, started_at="2024-01-01T00:00:00Z")
    running = sandbox.add_backup(
        ORG, SERVICE, status="in_progress", started_at="2024-01-03T00:00:00Z"
    )
    assert call("latest_backup", ORG, SERVICE) == done
    assert call("latest_backup", ORG, SERVICE, status=None) == running
    assert call("latest_backup", ORG, SERVICE, status="error") is None


def test_value_objects_round_trip() -> None:
    import pickle

    config = chc.BackupConfiguration(backup_period_in_hours=24, backup_start_time="01:00")
    assert chc.BackupConfiguration.from_dict(config.to_dict()) == config
    assert pickle.loads(pickle.dumps(config)) == config
    service = chc.Service.from_dict(
        {
            "id": str(SERVICE),
            "state": "running",
            "x": [1],
            "endpoints": [{"protocol": "https", "port": 8443}],
        }
    )
    assert pickle.loads(pickle.dumps(service)) == service
    assert service.to_dict()["x"] == [1]
    restored = chc.RestoredService(service, "pw-123456789")
    copy = pickle.loads(pickle.dumps(restored))
    assert copy == restored and copy.password == "pw-123456789"
    assert "pw-123456789" not in repr(restored)


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("update_backup_configuration", {"backup_retention_period_in_hours": 48}),
        ("delete_backup_bucket", {}),
        ("create_backup_bucket", {"provider": "AWS", "bucket_path": "s3://b"}),
        ("update_backup_bucket", {"provider": "AWS", "bucket_path": "s3://b"}),
    ],
)
@pytest.mark.parametrize("fault", ["503", "drop", "timeout"])
def test_writes_are_not_retried_once_the_server_may_have_acted(
    sandbox: Sandbox, method: str, kwargs: dict, fault: str
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    if fault == "503":
        sandbox.fail_next(503, times=3)
        expected: type = chc.InternalServerError
    elif fault == "drop":
        sandbox.drop_next(times=3)
        expected = chc.APIConnectionError  # broken after sending: not a timeout
    else:
        sandbox.delay_next(2, times=3)
        expected = chc.APITimeoutError
    with sandbox.client(max_retries=3, timeout=0.3) as c:
        with pytest.raises(expected) as info:
            getattr(c, method)(ORG, SERVICE, **kwargs)
    assert type(info.value) is expected
    assert len(sandbox.requests) == 1


def test_restore_is_not_retried_after_a_5xx(sandbox: Sandbox) -> None:
    backup = sandbox.add_backup(ORG, SERVICE)
    sandbox.fail_next(502, "<html>bad gateway</html>", times=3)
    with sandbox.client(max_retries=3) as c:
        with pytest.raises(chc.InternalServerError):
            c.restore_backup(ORG, backup.id, name="n", provider="aws", region="us-east-1")
    assert [r.method for r in sandbox.requests] == ["POST"]


def test_a_malformed_restore_answer_keeps_the_password_out_of_the_error(
    sandbox: Sandbox, call: Callable[..., Any]
) -> None:
    password = "ONE-TIME-PASSWORD-123456"
    sandbox.fail_next(
        200,
        json={
            "requestId": "r",
            "result": {
                "service": {"id": "not-a-uuid", "state": "provisioning"},
                "password": password,
            },
        },
    )
    with pytest.raises(chc.InvalidResponseError) as info:
        call("restore_backup", ORG, uuid.uuid4(), name="n", provider="aws", region="us-east-1")
    e = info.value
    assert "probably created" in str(e)
    import pickle

    for text in (str(e), repr(e), e.body, repr(pickle.dumps(e))):
        assert password not in text
    assert "***" in e.body and "not-a-uuid" in e.body


def test_secret_fields_are_scrubbed_from_error_bodies(sandbox: Sandbox) -> None:
    sandbox.fail_next(
        400,
        json={"status": 400, "error": "BAD_REQUEST: no", "echo": {"secretAccessKey": GCP_SECRET}},
    )
    with sandbox.client(max_retries=0) as c:
        with pytest.raises(chc.BadRequestError) as info:
            c.get_backup_bucket(ORG, SERVICE)
    assert GCP_SECRET not in info.value.body and "***" in info.value.body


@pytest.mark.parametrize(
    "kwargs",
    [
        {"backup_start_time": "25:99"},
        {"backup_start_time": "2:00"},
        {"backup_period_in_hours": 0},
        {"backup_retention_period_in_hours": -24},
        {},
    ],
)
def test_both_surfaces_refuse_the_same_bodies_before_sending(
    sandbox: Sandbox, kwargs: dict[str, Any]
) -> None:
    """The flat method and the namespaced one run the same checks (the overlay's,
    core/checks.rs): neither sends what the API refuses."""
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.clear_requests()
    with sandbox.client(organization_id=ORG, max_retries=0) as client:
        with pytest.raises(ValueError) as flat:
            client.update_backup_configuration(ORG, SERVICE, **kwargs)
        with pytest.raises(ValueError) as namespaced:
            client.backup_configuration.update(SERVICE, **kwargs)
    assert str(flat.value) == str(namespaced.value)
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("provider", "fields"),
    [("GCP", {"bucket_path": "gs://b", "access_key_id": "k"}), ("AZURE", {"container_name": "c"})],
)
def test_a_bucket_without_its_secret_is_refused_on_both_surfaces(
    sandbox: Sandbox, provider: str, fields: dict[str, Any]
) -> None:
    sandbox.add_service(ORG, id=SERVICE)
    sandbox.clear_requests()
    with sandbox.client(organization_id=ORG, max_retries=0) as client:
        with pytest.raises(ValueError, match="is required when bucketProvider is"):
            client.create_backup_bucket(ORG, SERVICE, provider=provider, **fields)
        with pytest.raises(ValueError, match="is required when bucketProvider is"):
            client.backup_bucket.create(SERVICE, bucket_provider=provider, **fields)
    assert sandbox.requests == []
