"""python/clickhouse_cloud/_enums.py: a Python enum of the known values of each field the
overlay's `enums` names (`"BackupStatus": "Backup.status"`)."""

from __future__ import annotations

import re

from codegen.model import HEADER, Api


def member(value: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", value).strip("_").upper()
    return f"_{name}" if name[:1].isdigit() or not name else name


def emit_enums(api: Api) -> str:
    names = sorted(api.enums)
    out = [
        '"""Names for the known values of string fields. The fields themselves stay plain\n',
        "`str`, so a value the server adds later never breaks parsing; these enums compare\n",
        "equal to those strings.\n\n",
        f'{HEADER}.\n"""\n\n',
        "from __future__ import annotations\n\n",
        "import enum\n\n",
        "__all__ = [" + ", ".join(f'"{n}"' for n in names) + "]\n\n\n",
        "class _StrEnum(str, enum.Enum):\n",
        "    def __str__(self) -> str:\n",
        "        return str(self.value)\n",
    ]
    for name in names:
        target, values = api.enums[name]
        out.append(f"\n\nclass {name}(_StrEnum):\n")
        out.append(f'    """The known values of `{target}`."""\n\n')
        for value in values:
            out.append(f"    {member(value)} = {value!r}\n")
    return "".join(out)
