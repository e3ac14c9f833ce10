"""A smaller ICU data library for the Linux bundle: PySide6's libicudata.so.73 holds ICU's
data for every language (32 MB); the app ships five. This reads the library's ICU common
data package, keeps the items bundle_excludes.icu_item_kept() names, and wraps the result
in a library of the same soname exporting the same symbol, so libicuuc loads it unchanged.

    python packaging/icu_data.py ORIGINAL.so OUT.so      (build.spec calls build_library)

The package format is ICU's own (common/ucmndata.h, common/udata.h): a data header
(MappedData + UDataInfo, format "CmnD"), then a table of contents -- a uint32 count and
`count` pairs of uint32 offsets (the item's name, the item's data), both from the start of
the table -- sorted by name (ICU looks items up by binary search), the names, and the items,
each a data file with a header of its own, 16-byte aligned.

Written here rather than with ICU's icupkg so the build needs no ICU tools, only gcc (to
assemble the library) -- on a Debian box the `gcc` package, which .ci/run installs.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

_ALIGN = 16


class IcuDataError(Exception):
    """The library is not what this script knows how to rewrite."""


def _elf_symbol(blob: bytes, wanted: Callable[[str], bool]) -> tuple[str, bytes]:
    """The first dynamic symbol of an ELF64 little-endian shared library whose name passes
    `wanted`: its name and the bytes it covers."""
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", blob, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize)
                for i in range(shnum)]
    for sh_type, link, offset, size, entsize in (
            (s[1], s[6], s[4], s[5], s[9]) for s in sections):
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for at in range(offset, offset + size, entsize):
            st_name, _info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", blob, at)
            end = blob.index(b"\0", strtab[4] + st_name)
            name = blob[strtab[4] + st_name:end].decode()
            if shndx == 0 or not wanted(name):
                continue
            section = sections[shndx]
            start = section[4] + (value - section[3])  # file offset of the symbol
            return name, blob[start:start + st_size]
    raise IcuDataError("no ICU data symbol (icudtNN_dat) in the library")


def read_package(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header (kept as it is) and its items, as (name, data) in TOC order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        raise IcuDataError("not ICU data (bad magic)")
    big_endian = package[8]
    data_format = package[12:16]
    if data_format != b"CmnD" or big_endian:
        raise IcuDataError(f"not a little-endian ICU common data package ({data_format!r})")
    toc = header_size
    count, = struct.unpack_from("<I", package, toc)
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    starts = [*sorted(data for _name, data in entries), len(package) - toc]
    ends = {start: starts[i + 1] for i, start in enumerate(starts[:-1])}
    items = []
    for name_at, data_at in entries:
        name_end = package.index(b"\0", toc + name_at)
        name = package[toc + name_at:name_end].decode("ascii")
        items.append((name, package[toc + data_at:toc + ends[data_at]]))
    return package[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package holding `items` (each padded to 16 bytes), sorted by name."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first_data = table_size + len(names)
    first_data += -(len(header) + first_data) % _ALIGN
    name_offsets, data_offsets, body = [], [], bytearray()
    at_name = table_size
    for name, data in items:
        name_offsets.append(at_name)
        at_name += len(name) + 1
        data_offsets.append(first_data + len(body))
        body += data + b"\0" * (-len(data) % _ALIGN)
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    padding = b"\0" * (first_data - table_size - len(names))
    return bytes(header) + table + names + padding + bytes(body)


def _assemble(symbol: str, soname: str, package: Path, out: Path) -> None:
    source = package.with_suffix(".S")
    # The original exports one unversioned data object and needs nothing: neither does this.
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"\t.balign {_ALIGN}\n"
        f"{symbol}:\n"
        f"\t.incbin \"{package}\"\n"
        f"\t.size {symbol}, . - {symbol}\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
    subprocess.run(["gcc", "-shared", "-nostdlib", "-Wl,-soname," + soname,
                    "-o", str(out), str(source)], check=True)


def single_byte(item: bytes) -> bool:
    """Whether a code page table (.cnv) maps each character to one byte: the maxBytesPerChar
    of its UConverterStaticData (common/ucnv_bld.h), which follows the item's header."""
    header_size, = struct.unpack_from("<H", item, 0)
    return item[header_size + 71] == 1


def build_library(original: Path, out: Path, kept: Callable[..., bool]) -> tuple[int, int]:
    """Write to `out` a copy of the ICU data library `original` holding only the items
    `kept(name, single_byte=…)` accepts (`name` without the package prefix, e.g.
    "coll/de.res"; `single_byte` for a code page). Returns (items kept, items before)."""
    blob = original.read_bytes()
    symbol, package = _elf_symbol(blob, lambda n: n.startswith("icudt") and n.endswith("_dat"))
    header, items = read_package(package)
    prefix = symbol[:-len("_dat")] + "l/"  # "icudt73l/": little-endian, ASCII family
    if not all(name.startswith(prefix) for name, _ in items):
        raise IcuDataError(f"items outside {prefix} in {original}")
    chosen = [(name, data) for name, data in items
              if kept(name[len(prefix):], single_byte=name.endswith(".cnv") and single_byte(data))]
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        dat = Path(scratch) / f"{symbol[:-4]}.dat"
        dat.write_bytes(write_package(header, chosen))
        _assemble(symbol, original.name, dat, out)
    return len(chosen), len(items)


def list_items(library: Path) -> list[tuple[str, int]]:
    """The items of an ICU data library and their sizes (for looking, and for the tests)."""
    _symbol, package = _elf_symbol(library.read_bytes(),
                                   lambda n: n.startswith("icudt") and n.endswith("_dat"))
    return [(name, len(data)) for name, data in read_package(package)[1]]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bundle_excludes

    kept_count, total = build_library(Path(sys.argv[1]), Path(sys.argv[2]),
                                      bundle_excludes.icu_item_kept)
    print(f"{sys.argv[2]}: {kept_count} of {total} ICU data items")
