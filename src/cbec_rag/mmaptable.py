"""Read-only ``str -> int`` / ``str -> str`` tables kept in a file and read in place (mmap).

A large dictionary (jieba's word frequencies, its part-of-speech tags) costs a second or more
to unmarshal or parse into a Python ``dict`` at every process start. A table file is usable as
soon as it is opened: a lookup hashes the key (CRC-32 of its UTF-8 bytes), probes an
open-addressing slot array and compares the stored key, all in the mapped file. A lookup costs
about a microsecond, so a one-shot CLI call that looks up a few thousand words wins by far;
long-running processes can turn a table into a ``dict`` (:meth:`MmapTable.to_dict`).

File layout (little-endian)::

    header   magic b"CBECTAB1", kind (b"i" int values | b"s" str values), 7 pad bytes,
             n_entries u64, n_slots u64 (a power of two, at least 2 * n_entries), records size u64
    slots    n_slots * u32: offset of a record in the records area, 0 = empty
    records  one pad byte, then per entry: key length u16, key bytes,
             value (i64, or value length u16 + value bytes)

:func:`write_table` writes to a temporary file and renames it into place, so a reader sees a
whole table or none; :func:`open_table` checks the header and sizes and raises ``ValueError``
for a damaged file.
"""

from __future__ import annotations

import mmap
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = ["MmapTable", "open_table", "write_table"]

MAGIC = b"CBECTAB1"
_HEADER = struct.Struct("<8sc7xQQQ")
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_I64 = struct.Struct("<q")


class MmapTable(Mapping):
    """A read-only mapping over a table file (see the module docstring)."""

    __slots__ = ("_buf", "_kind", "_len", "_mask", "_slots_at", "_records_at", "_mm", "path")

    def __init__(self, path: Path, buf: mmap.mmap, kind: bytes, n_entries: int, n_slots: int) -> None:
        self.path = path
        self._mm = buf
        self._buf = memoryview(buf)
        self._kind = kind
        self._len = n_entries
        self._mask = n_slots - 1
        self._slots_at = _HEADER.size
        self._records_at = _HEADER.size + 4 * n_slots

    def _find(self, key: object) -> int:
        """Offset of the record's value, or -1."""
        if not isinstance(key, str):
            return -1
        b = key.encode("utf-8", "surrogatepass")
        buf = self._buf
        i = zlib.crc32(b) & self._mask
        slots, records, n = self._slots_at, self._records_at, len(b)
        while True:
            off = _U32.unpack_from(buf, slots + 4 * i)[0]
            if off == 0:
                return -1
            at = records + off
            if _U16.unpack_from(buf, at)[0] == n and buf[at + 2 : at + 2 + n] == b:
                return at + 2 + n
            i = (i + 1) & self._mask

    def _value(self, at: int) -> int | str:
        if self._kind == b"i":
            return _I64.unpack_from(self._buf, at)[0]
        n = _U16.unpack_from(self._buf, at)[0]
        return bytes(self._buf[at + 2 : at + 2 + n]).decode("utf-8", "surrogatepass")

    def __getitem__(self, key: str) -> int | str:
        at = self._find(key)
        if at < 0:
            raise KeyError(key)
        return self._value(at)

    def get(self, key: str, default=None):
        at = self._find(key)
        return default if at < 0 else self._value(at)

    def __contains__(self, key: object) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return self._len

    def items(self) -> Iterator[tuple[str, int | str]]:  # type: ignore[override]
        buf, at, end = self._buf, self._records_at + 1, len(self._buf)
        while at < end:
            n = _U16.unpack_from(buf, at)[0]
            key = bytes(buf[at + 2 : at + 2 + n]).decode("utf-8", "surrogatepass")
            at += 2 + n
            if self._kind == b"i":
                yield key, _I64.unpack_from(buf, at)[0]
                at += 8
            else:
                m = _U16.unpack_from(buf, at)[0]
                yield key, bytes(buf[at + 2 : at + 2 + m]).decode("utf-8", "surrogatepass")
                at += 2 + m

    def __iter__(self) -> Iterator[str]:
        return (k for k, _ in self.items())

    def to_dict(self) -> dict[str, int | str]:
        return dict(self.items())


def write_table(path: Path, table: Mapping[str, int] | Mapping[str, str]) -> None:
    """Write ``table`` (all values ``int`` or all ``str``) as a table file at ``path``, atomically."""
    path = Path(path)
    kind = b"s" if any(isinstance(v, str) for v in table.values()) else b"i"
    n_slots = 1
    while n_slots < 2 * max(1, len(table)):
        n_slots *= 2
    mask = n_slots - 1
    slots = [0] * n_slots
    records = bytearray(b"\0")  # offset 0 means "empty slot"
    for key, value in table.items():
        kb = key.encode("utf-8", "surrogatepass")
        if len(kb) > 0xFFFF:
            raise ValueError(f"key too long for a table file: {len(kb)} bytes")
        i = zlib.crc32(kb) & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = len(records)
        records += _U16.pack(len(kb)) + kb
        if kind == b"i":
            records += _I64.pack(int(value))
        else:
            vb = str(value).encode("utf-8", "surrogatepass")
            records += _U16.pack(len(vb)) + vb
    if len(records) > 0xFFFFFFFF:
        raise ValueError("table too large for 32-bit offsets")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_HEADER.pack(MAGIC, kind, len(table), n_slots, len(records)))
            fh.write(struct.pack(f"<{n_slots}I", *slots))
            fh.write(records)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def open_table(path: Path) -> MmapTable:
    """Map a table file; ``FileNotFoundError`` when missing, ``ValueError`` when damaged."""
    path = Path(path)
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size < _HEADER.size:
            raise ValueError(f"{path}: too short for a table file")
        buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    magic, kind, n_entries, n_slots, n_records = _HEADER.unpack_from(buf, 0)
    if (
        magic != MAGIC
        or kind not in (b"i", b"s")
        or n_slots & (n_slots - 1)
        or n_slots < 2 * max(1, n_entries)
        or n_records < 1
        or size != _HEADER.size + 4 * n_slots + n_records
    ):
        buf.close()
        raise ValueError(f"{path}: not a table file or damaged")
    return MmapTable(path, buf, kind, n_entries, n_slots)
