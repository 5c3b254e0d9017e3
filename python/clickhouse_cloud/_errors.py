"""The exception tree. Defined in Python so every class carries its fields and
pickles under abi3; the Rust core raises these classes by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional

__all__ = [
    "BackupFailedError",
    "ServiceFailedError",
    "ClickPipeFailedError",
    "KeyRotationError",
    "WaitTimeoutError",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClickHouseCloudError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
]

_MAX_SHOWN = 300


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _restore(
    cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]
) -> BaseException:
    error: BaseException = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ClickHouseCloudError(Exception):
    """Everything the client raises on purpose."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return _one_line(self.message)

    # Fields live in __dict__; rebuild from it so every subclass pickles with them
    # (Airflow and multiprocessing ship exceptions between processes).
    def __reduce__(self) -> Any:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class APIStatusError(ClickHouseCloudError):
    """The API answered with an error status."""

    status_code: int
    code: Optional[str]
    request_id: Optional[str]
    body: str

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: str = "",
        code: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.code = code
        self.request_id = request_id

    def __str__(self) -> str:
        text = f"{self.status_code} {_one_line(self.message)}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"message={_one_line(self.message)!r}, request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    """400: the API refused the request (also for some unknown ids)."""


class AuthenticationError(APIStatusError):
    """401: the key id or secret is wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (a read-only key, a permission it lacks, or a tier
    restriction). `permissions` are the API-key permissions the spec says the called
    operation needs (empty where it names none)."""

    permissions: tuple[str, ...]

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 403,
        body: str = "",
        code: Optional[str] = None,
        request_id: Optional[str] = None,
        permissions: Sequence[str] = (),
    ) -> None:
        super().__init__(
            message, status_code=status_code, body=body, code=code, request_id=request_id
        )
        self.permissions = tuple(permissions)

    def __str__(self) -> str:
        text = super().__str__()
        if self.permissions:
            text += "; the operation needs the key permissions " + ", ".join(self.permissions)
        return text


class NotFoundError(APIStatusError):
    """404: no such organization, service or backup."""


class RateLimitError(APIStatusError):
    """429: over the API's rate limit (10 requests per 10 seconds per key)."""

    retry_after: Optional[float]

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 429,
        body: str = "",
        code: Optional[str] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
    ) -> None:
        super().__init__(
            message, status_code=status_code, body=body, code=code, request_id=request_id
        )
        self.retry_after = retry_after

    def __str__(self) -> str:
        text = super().__str__()
        if self.retry_after is not None:
            text += f", retry after {self.retry_after:g}s"
        return text


class InternalServerError(APIStatusError):
    """500-599: the API (or a proxy in front of it) failed."""


class APIConnectionError(ClickHouseCloudError):
    """No answer: connection refused or reset, DNS, TLS."""


class APITimeoutError(APIConnectionError, TimeoutError):
    """An attempt took longer than the client's timeout."""

    def __init__(self, message: str) -> None:
        ClickHouseCloudError.__init__(self, message)

    def __str__(self) -> str:
        return _one_line(self.message)


class InvalidResponseError(ClickHouseCloudError):
    """A success status whose body is not the documented shape."""

    status_code: int
    request_id: Optional[str]
    body: str

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 200,
        body: str = "",
        request_id: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id

    def __str__(self) -> str:
        text = _one_line(self.message)
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class WaitTimeoutError(ClickHouseCloudError, TimeoutError):
    """A waiter ran out of time before the backup or service got where it should."""

    def __init__(self, message: str) -> None:
        ClickHouseCloudError.__init__(self, message)

    def __str__(self) -> str:
        return _one_line(self.message)


class BackupFailedError(ClickHouseCloudError):
    """A waited-for backup ended in `error`; `.backup` is its last state."""

    backup: Any

    def __init__(self, message: str, *, backup: Any = None) -> None:
        super().__init__(message)
        self.backup = backup


class ServiceFailedError(ClickHouseCloudError):
    """A waited-for service reached a state it does not leave on its own (`failed`,
    `terminated`, ...); `.service` is its last state."""

    service: Any

    def __init__(self, message: str, *, service: Any = None) -> None:
        super().__init__(message)
        self.service = service


class ClickPipeFailedError(ClickHouseCloudError):
    """A waited-for ClickPipe reached `Failed` or `InternalError`; `.clickpipe` is its
    last state."""

    clickpipe: Any

    def __init__(self, message: str, *, clickpipe: Any = None) -> None:
        super().__init__(message)
        self.clickpipe = clickpipe


class KeyRotationError(ClickHouseCloudError):
    """`rotate_key` created the new key but could not retire the old one: `.created` is
    the new key, with the secret the API shows only once."""

    created: Any

    def __init__(self, message: str, *, created: Any = None) -> None:
        super().__init__(message)
        self.created = created
