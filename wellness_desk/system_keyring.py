"""The OS keyring, as the vault (the data key) and the sync (the hub token) use it: whether
it can hold a secret safely, what it is called, and its failures in plain words.

The keyring library is imported on first use, not at start-up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from types import ModuleType

from .errors import WellnessError


def system_keyring() -> ModuleType:
    import keyring

    return keyring


def keyring_usable() -> tuple[bool, str]:
    """Whether the OS keyring can hold a secret safely, and what it is called.

    Backends that keep secrets in a file in clear (keyrings.alt's plaintext and similar)
    do not count: with them the vault asks for a passphrase instead, and the sync does not
    connect.
    """
    try:
        backend = system_keyring().get_keyring()
    except Exception as e:  # a broken keyring set-up must not stop the app
        return False, f"unavailable ({type(e).__name__})"
    # A chainer tries several backends: judge (and name) the ones behind it.
    backends = list(getattr(backend, "backends", None) or [backend])
    names = [type(b).__module__.split(".")[-1] + "." + type(b).__name__ for b in backends]
    safe = [b for b in backends if _safe_backend(b)]
    return bool(safe) and len(safe) == len(backends), ", ".join(names)


def _safe_backend(backend: object) -> bool:
    module = type(backend).__module__
    return (getattr(backend, "priority", 0) > 0 and "fail" not in module
            and "keyrings.alt" not in module and "plaintext" not in type(backend).__name__.lower())


@contextlib.contextmanager
def keyring_failure(said: Callable[[str], str], *,
                    error: type[WellnessError] = WellnessError) -> Iterator[None]:
    """Any failure of the keyring inside the block, said as `error`: `said` gives the whole
    sentence from the failure's type (a Message such as "the keyring ({keyring_name})
    cannot be read ({error_type})"): each caller's sentence is one template, translated
    whole, never a sentence made of pieces.

    Only the failure's type is named: the keyring's own message, which could quote the
    entry (a token, a key), is neither shown nor chained.
    """
    try:
        yield
    except Exception as e:
        raise error(said(type(e).__name__)) from None
