"""Saving a printed or exported file whole, or not at all."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..errors import WellnessError
from ..messages import msg


@dataclass(frozen=True)
class Staged:
    """A file written whole and flushed to disk beside its place, not yet under its name.

    Two steps, so that a file can take its name in the same breath as a database record
    (cards with unique codes): `place` once the record is made, `discard` if it is not.
    """

    path: Path
    part: Path

    def place(self) -> Path:
        """Give the file its name (replacing any file of that name), durably."""
        try:
            os.replace(self.part, self.path)
            _sync_folder(self.path.parent)
        except OSError as e:
            self.discard()
            raise WellnessError(msg("{path}: cannot write it ({reason})",
                                    path=self.path, reason=e.strerror)) from e
        return self.path

    def discard(self) -> None:
        self.part.unlink(missing_ok=True)


def stage_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Staged:
    """Write `data` whole beside `path` (same folder, so the rename is atomic) and flush
    it: a laptop that loses power just after `place` still has the whole file.

    `private` files (names of people in therapy) are readable by the owner only.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
        # os.open rather than mkstemp: the file gets the user's usual permissions (umask),
        # not mkstemp's owner-only 0600.
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                # Without it a rename can reach the disk before the data: after a power cut
                # the name would point at an empty file.
                os.fsync(f.fileno())
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    except OSError as e:
        raise WellnessError(msg("{path}: cannot write it ({reason})",
                                path=path, reason=e.strerror)) from e
    return Staged(path, part)


def save_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    """Write a file whole or not at all: a failed export never leaves half a file behind."""
    return stage_bytes(path, data, private=private).place()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
