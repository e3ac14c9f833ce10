"""Saving a printed or exported file whole, or not at all."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from ..errors import WellnessError


def save_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    """Write a file whole or not at all: a failed export never leaves half a file behind,
    and a laptop that loses power just after the rename still has the whole file.

    `private` files (names of people in therapy) are readable by the owner only.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
        # os.open rather than mkstemp: the file gets the user's usual permissions (umask),
        # not mkstemp's owner-only 0600.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                # Without it a rename can reach the disk before the data: after a power cut
                # the name would point at an empty file.
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _sync_folder(path.parent)
    except OSError as e:
        raise WellnessError(f"{path}: cannot write it ({e.strerror})") from e
    return path


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
