"""Real filesystems for failure tests: a tiny tmpfs to fill, and one remounted read-only.

Root ignores permission bits, so a chmod'ed folder is no read-only folder for these tests
(they run as root here and in CI): a read-only mount is, for root too. Where mounting is not
allowed (no root, no CAP_SYS_ADMIN in a container) the test is skipped and says why.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)


@contextmanager
def small_filesystem(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` mounted at `where` for the block; skipped where mounting fails."""
    if shutil.which("mount") is None:
        pytest.skip("no 'mount' command here: cannot make a small or read-only filesystem")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(
            f"cannot mount a {size_kb} kB tmpfs here ({done.stderr.strip() or 'mount failed'});"
            " the test needs root with CAP_SYS_ADMIN"
        )
    try:
        yield where
    finally:
        if _run("umount", str(where)).returncode != 0:
            # Something (a test's process) still has a file open there: detach it anyway.
            _run("umount", "-l", str(where))


def make_read_only(where: Path) -> None:
    """Remount the filesystem at `where` read-only (for root too)."""
    done = _run("mount", "-o", "remount,ro", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot remount {where} read-only here ({done.stderr.strip()})")


def make_writable(where: Path) -> None:
    done = _run("mount", "-o", "remount,rw", str(where))
    assert done.returncode == 0, done.stderr


def fill(where: Path, *, leave_bytes: int = 0) -> Path:
    """Fill the filesystem at `where` with one file, then give back `leave_bytes` of it."""
    filler = where / "filler.bin"
    block = b"\0" * 4096
    with filler.open("wb", buffering=0) as f:
        try:
            while True:
                f.write(block)
        except OSError as e:
            if e.errno != errno.ENOSPC:
                raise
    if leave_bytes:
        os.truncate(filler, max(0, filler.stat().st_size - leave_bytes))
    return filler


def free_bytes(where: Path) -> int:
    return shutil.disk_usage(where).free
