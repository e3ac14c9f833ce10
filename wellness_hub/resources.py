"""`wellness-hub resources …`: the curator's signing and the hub's import of the directory.

The curator signs on their own machine (`keygen`, `sign`): the private key never goes on
the hub, so a broken-into hub cannot sign a swapped crisis number. The hub `trust`s the
curator's public key (handed to laptops at enrolment) and `import`s a signed file only when
a trusted key signed it and the directory inside passes the desk's own validation; it then
serves the envelope's bytes exactly as they came.

The directory's reading and checking are the desk's (`wellness_desk.resources.package`,
plain Python with no Qt): one validation on both ends, so the hub never serves what a
laptop would refuse.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_desk.errors import WellnessError
from wellness_desk.resources import signing

from .store import HubError

if TYPE_CHECKING:
    from wellness_desk.resources.model import Directory

    from .store import Store

# The largest signed file `import` reads (the desk's MAX_DIRECTORY): 50,000 services in 5
# languages sign to about 230 MB.
MAX_SIGNED = 512 * 1024 * 1024


def run_offline(args: argparse.Namespace) -> int:
    """keygen and sign: no hub database involved."""
    if args.resources_command == "keygen":
        return _keygen(Path(args.out))
    return _sign(Path(args.package), Path(args.key), Path(args.out) if args.out else None)


def run_on_hub(args: argparse.Namespace, store: Store) -> int:
    action = args.resources_command
    if action == "trust":
        return _trust(store, args.pubkey)
    if action == "import":
        return _import(store, Path(args.signed))
    return _status(store)


def _keygen(out: Path) -> int:
    private, public = signing.generate_key()
    try:
        # Readable by its owner only, and never over an existing key: a curator key
        # overwritten by mistake is one no laptop's trust can be moved from.
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise HubError(f"{out} exists already: a key is never overwritten (choose another "
                       "file)") from None
    with os.fdopen(fd, "wb") as file:
        file.write(private)
    print(f"Private key written to {out} (keep it off the hub). The public key, for "
          "`wellness-hub resources trust` on the hub:")
    print(public)
    return 0


def signed_path(package: Path) -> Path:
    """Where `sign` writes by default: next to the package, `<PACKAGE>.signed.json`."""
    package = Path(os.path.normpath(package))
    return package.with_name(package.name + ".signed.json")


def _sign(package: Path, key_file: Path, out: Path | None) -> int:
    from wellness_desk.resources.package import read_package, to_json_bytes

    try:
        pem = key_file.read_bytes()
    except FileNotFoundError:
        raise HubError(f"{key_file}: no such key file") from None
    signing.load_private_key(pem)  # a bad key is said before the package is read
    directory = read_package(package)
    envelope = signing.sign(to_json_bytes(directory), pem)
    target = out or signed_path(package)
    _write_atomically(target, envelope)
    print(f"Signed {_services(directory)} into {target}: copy it to the hub and run "
          "`wellness-hub resources import` there.")
    return 0


def _trust(store: Store, pubkey: str) -> int:
    key = signing.parse_public_key(pubkey)
    text = signing.key_text(key)
    if store.trust_curator(text):
        print(f"Curator key {text} trusted: laptops enrolled from now on receive it, and "
              "directories it signed can be imported.")
    else:
        print(f"Curator key {text} was trusted already.")
    return 0


def check_signed(store: Store, envelope: bytes, *, source: str) -> Directory:
    """The directory inside a signed file, once a trusted curator's signature and the
    desk's validation both hold; WellnessError (file, line and field named) otherwise."""
    from wellness_desk.resources.package import from_json_bytes

    keys = store.curator_keys()
    if not keys:
        raise HubError("no curator key is trusted on this hub yet: run `wellness-hub "
                       "resources trust PUBKEY` with the key `resources keygen` printed")
    try:
        directory_bytes = signing.verify(envelope, keys)
    except signing.SignatureRefused as exc:
        raise HubError(f"{source}: refused, it is not signed by a curator this hub trusts "
                       f"({exc.reason}); nothing changed") from None
    return from_json_bytes(directory_bytes, source=source)


def _import(store: Store, signed: Path) -> int:
    try:
        size = signed.stat().st_size
    except FileNotFoundError:
        raise HubError(f"{signed}: no such file") from None
    if size > MAX_SIGNED:
        raise HubError(f"{signed}: over {MAX_SIGNED // (1024 * 1024)} MiB, which no "
                       "directory is")
    envelope = signed.read_bytes()
    try:
        directory = check_signed(store, envelope, source=signed.name)
    except WellnessError as exc:
        raise HubError(f"{signed}: the directory inside is not valid, nothing changed: "
                       f"{exc}") from None
    held = store.put_directory(envelope, services=len(directory.services))
    print(f"Serving {_services(directory)} from {signed} (ETag {held.sha256[:12]}…, "
          f"imported {held.imported_utc}).")
    return 0


def _status(store: Store) -> int:
    keys = store.curator_keys()
    held = store.directory()
    if held is None:
        print("No resource directory imported yet (wellness-hub resources import SIGNED).")
    else:
        print(f"Serving {held.services:,} services, imported {held.imported_utc} "
              f"(ETag {held.sha256[:12]}…).")
    if keys:
        print("Curator keys trusted:", *keys, sep="\n  ")
    else:
        print("No curator key trusted (wellness-hub resources trust PUBKEY).")
    return 0


def _services(directory: Directory) -> str:
    n = len(directory.services)
    return f"{n:,} service{'' if n == 1 else 's'}"


def _write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    with open(tmp, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(tmp, target)
