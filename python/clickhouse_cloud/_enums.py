# generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""Names for the known values of string fields. The fields themselves stay plain
`str`, so a value the server adds later never breaks parsing; these enums compare
equal to those strings.

generated from spec/cloud-openapi.json and spec/overlay.json by codegen/generate.py; do not edit.
"""

from __future__ import annotations

import enum

__all__ = ["BackupStatus", "BackupType"]


class _StrEnum(str, enum.Enum):
    def __str__(self) -> str:
        return str(self.value)


class BackupStatus(_StrEnum):
    """The known values of `Backup.status`."""

    DONE = 'done'
    ERROR = 'error'
    IN_PROGRESS = 'in_progress'


class BackupType(_StrEnum):
    """The known values of `Backup.type`."""

    FULL = 'full'
    INCREMENTAL = 'incremental'
