"""Quarantine of corpus files that failed to load, so a build never retries them for nothing.

A file that could not be read (a decompression bomb, a damaged PDF, ...) or that a build
died while reading (killed for memory, say) is recorded in ``<index_dir>/quarantine.json``
by its source path and the sha256 of its bytes, with the reason. Later builds skip it at
once with ``quarantined: <reason>`` (listed in the generation's manifest under ``skipped``,
in ``/ready`` and in the rebuild job's status) until its bytes change: a fixed or replaced
file is read again. Deleting ``quarantine.json`` retries every quarantined file.

Dying while reading is detected by a marker, ``<index_dir>/.ingesting.json``, written
before each file is read and removed after: a marker found by the next build names the
file that was being read when the previous one died. One death proves little (an operator's
kill -9 lands on whatever file is being read), so the file becomes a suspect, and it is
quarantined when a second build dies on the same bytes; reading it through clears it.

Writes are atomic (temp file + ``os.replace``); an unreadable quarantine file is treated
as empty (every file is then simply read again).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import uuid
from pathlib import Path
from typing import Any

__all__ = ["MARKER_NAME", "QUARANTINE_NAME", "Quarantine", "bytes_sha256"]

QUARANTINE_NAME = "quarantine.json"
MARKER_NAME = ".ingesting.json"
FORMAT_VERSION = 1
DIED_WHILE_READING = (
    "the build stopped while reading this file (killed, out of memory?); "
    "it is skipped until its content changes"
)

log = logging.getLogger("cbec_rag.ingest")


def bytes_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _write_atomic(path: Path, payload: dict[str, Any], *, durable: bool = True) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps(payload, ensure_ascii=False, indent=1))
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class Quarantine:
    """The quarantined files of one index folder (used by one builder at a time: the build lock)."""

    def __init__(self, index_dir: Path) -> None:
        self.folder = Path(index_dir)
        self.path = self.folder / QUARANTINE_NAME
        self.marker = self.folder / MARKER_NAME
        self.suspect: dict[str, str] | None = None  # the file the last build died reading, once
        self.entries: dict[str, dict[str, Any]] = self._read()
        self._dirty = False
        self._current: str | None = None

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            files = data["files"]
            if not isinstance(files, dict):
                raise ValueError("files is not an object")
            suspect = data.get("suspect")
            if isinstance(suspect, dict) and all(
                isinstance(suspect.get(k), str) for k in ("source", "sha256")
            ):
                self.suspect = {"source": suspect["source"], "sha256": suspect["sha256"]}
            return {
                str(s): e
                for s, e in files.items()
                if isinstance(e, dict)
                and isinstance(e.get("sha256"), str)
                and isinstance(e.get("reason"), str)
            }
        except FileNotFoundError:
            return {}
        except Exception as e:  # noqa: BLE001 - damaged: every file is read again
            log.warning("quarantine list %s is unreadable (%s); ignoring it", self.path, e)
            return {}

    # ------------------------------------------------------------------ queries
    def reason(self, source: str, digest: str) -> str | None:
        """Why ``source`` with these bytes is quarantined, or None."""
        entry = self.entries.get(source)
        return entry["reason"] if entry is not None and entry["sha256"] == digest else None

    # ------------------------------------------------------------------ updates
    def add(self, source: str, digest: str, reason: str) -> None:
        self.entries[source] = {"sha256": digest, "reason": reason, "since": time.time()}
        self._dirty = True
        log.info("quarantined %s: %s", source, reason)  # the skip itself is warned once, by ingest

    def recover(self) -> str | None:
        """Quarantine the file a previous build died reading (from its marker); returns its source."""
        try:
            data = json.loads(self.marker.read_text(encoding="utf-8"))
            source, digest = str(data["source"]), str(data["sha256"])
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a torn marker names nothing
            self.marker.unlink(missing_ok=True)
            return None
        if self.suspect == {"source": source, "sha256": digest}:
            self.suspect = None
            self.add(source, digest, DIED_WHILE_READING)  # the second death on these bytes
        else:
            self.suspect = {"source": source, "sha256": digest}
            self._dirty = True
            log.info("a build died reading %s: it is quarantined if that happens again", source)
        self.save()  # before the marker goes: a second death must not forget the first
        self.marker.unlink(missing_ok=True)
        return source

    def begin(self, source: str, digest: str) -> None:
        """Record that ``source`` is being read (a crash now makes it a suspect at the next build)."""
        self._current = source
        self.folder.mkdir(parents=True, exist_ok=True)
        # no fsync (one per file would slow ingestion): the marker must outlive a killed
        # process, whose writes the OS keeps, not a power cut
        _write_atomic(self.marker, {"source": source, "sha256": digest, "pid": os.getpid()}, durable=False)

    def end(self) -> None:
        self.marker.unlink(missing_ok=True)
        if self.suspect is not None and self.suspect["source"] == self._current:
            self.suspect = None  # read through this time: not the file's fault
            self._dirty = True

    def keep_only(self, present: dict[str, str]) -> None:
        """Forget entries whose file is gone or whose bytes changed (``present``: source -> sha256)."""
        stale = [s for s, e in self.entries.items() if present.get(s) != e["sha256"]]
        for s in stale:
            del self.entries[s]
        self._dirty = self._dirty or bool(stale)

    def save(self) -> None:
        if not self._dirty:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(self.path, {"format": FORMAT_VERSION, "files": self.entries, "suspect": self.suspect})
        self._dirty = False
