"""Names for the known values of string fields. The fields themselves stay plain
`str`, so a value the server adds later never breaks parsing; these enums compare
equal to those strings."""

from __future__ import annotations

import enum

__all__ = ["BackupStatus", "BackupType"]


class _StrEnum(str, enum.Enum):
    def __str__(self) -> str:
        return str(self.value)


class BackupStatus(_StrEnum):
    DONE = "done"
    ERROR = "error"
    IN_PROGRESS = "in_progress"


class BackupType(_StrEnum):
    FULL = "full"
    INCREMENTAL = "incremental"
