"""The bundle's drop list (packaging/bundle_excludes.py) against what the app really loads:
a module or library the app uses at run time must never be left out of the bundle."""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import bundle_excludes  # noqa: E402  (a folder, not the `packaging` package of PyPI)

sys.path.pop(0)


@pytest.fixture(scope="module")
def app_loads(tmp_path_factory):
    """Everything the app loaded with every section open and a card sheet drawn, on the
    demo's data (a festival and a tour, so every section has something to show)."""
    folder = tmp_path_factory.mktemp("walk")
    env = {k: v for k, v in os.environ.items() if k != "WELLNESS_DESK_DATA"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    demo = subprocess.run([sys.executable, "-m", "wellness_desk", "--data-dir", str(folder),
                           "demo"], capture_output=True, text=True, env=env, timeout=60)
    assert demo.returncode == 0, demo.stderr
    walk = subprocess.run([sys.executable, "-m", "tests.ui.app_imports", str(folder)],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert walk.returncode == 0, walk.stderr
    return json.loads(walk.stdout)


def test_every_section_was_opened(app_loads):
    assert app_loads["sections"] == ["Today", "Kit counter", "Resources", "Schedule",
                                     "Therapy days", "Print", "Kit catalogue", "Activations",
                                     "Sync"]
    # The walk saw the app's own code and the drawing process's libraries.
    for module in ("wellness_desk.ui.sync_page", "wellness_desk.card_render", "reportlab",
                   "pypdfium2", "keyring.backends.SecretService"):
        assert module in app_loads["modules"]


def test_no_module_the_app_imports_is_left_out(app_loads):
    """The walk ran with the drop list in force (as the bundle): it got through every
    section and the card sheet, and it tried no dropped module but the optional ones
    (a library that uses it when installed and does without)."""
    assert app_loads["drawing_process_checked"]
    loaded = [m for m in app_loads["modules"] if bundle_excludes.excluded_module(m)]
    assert loaded == []
    tried = sorted({m.split(".")[0] for m in app_loads["tried"]})
    needed = [m for m in tried if m not in bundle_excludes.OPTIONAL_IMPORTS]
    assert needed == [], "the app imports these, and the bundle would leave them out"


def _bundle_path(library: str) -> str | None:
    """Where a loaded library sits in the bundle: its path below site-packages (as
    PyInstaller's PySide6 hook places them), or None for the system's own libraries."""
    roots = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    for root in roots:
        try:
            return Path(library).relative_to(root).as_posix()
        except ValueError:
            continue
    return None


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_no_library_the_app_loads_is_dropped(app_loads):
    placed = [p for p in map(_bundle_path, app_loads["libraries"]) if p is not None]
    assert any(p.startswith("PySide6/Qt/plugins/platforms/") for p in placed), placed
    dropped = [p for p in placed if bundle_excludes.dropped(p)]
    assert dropped == [], "the bundle would lack libraries the app loads"


def test_the_drop_list_keeps_the_qt_translations_of_our_languages():
    assert bundle_excludes.SHIPPED_LANGUAGES == ("en", "es", "fr", "de", "pt")
    for kept in ("qtbase_es.qm", "qtbase_fr.qm", "qtbase_de.qm", "qtbase_pt_BR.qm"):
        assert not bundle_excludes.dropped(f"PySide6/Qt/translations/{kept}"), kept
    assert bundle_excludes.dropped("PySide6/Qt/translations/qtbase_ja.qm")
    assert bundle_excludes.dropped("PySide6/Qt/translations/qt_help_de.qm")
    assert bundle_excludes.dropped("PySide6\\Qt\\translations\\designer_fr.qm")


def test_the_drop_list_takes_the_unused_qt_modules_and_the_hub():
    for gone in ("PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6QuickControls2.so.6",
                 "PySide6/Qt6Pdf.dll", "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
                 "PySide6/Qt/plugins/imageformats/libqpdf.so",
                 "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore"):
        assert bundle_excludes.dropped(gone), gone
    for kept in ("PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/QtWidgets.abi3.so",
                 "PySide6/Qt/plugins/imageformats/libqpng.so"):
        assert not bundle_excludes.dropped(kept), kept
    for module in ("wellness_hub", "fastapi", "uvicorn", "sqlalchemy", "psycopg", "numpy",
                   "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"):
        assert bundle_excludes.excluded_module(module), module
    assert not bundle_excludes.excluded_module("PySide6.QtWidgets")


def test_the_drop_list_takes_pillows_unused_codecs_and_httpx_cli():
    for gone in ("PIL/_imagingcms.cpython-311-x86_64-linux-gnu.so",
                 "PIL/_imagingmath.cpython-311-x86_64-linux-gnu.so",
                 "pillow.libs/liblcms2-88eaba2f.so.2.0.19", "libcups.so.2", "libgnutls.so.30"):
        assert bundle_excludes.dropped(gone), gone
    for kept in ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
                 "PIL/_imagingft.cpython-311-x86_64-linux-gnu.so",
                 "pillow.libs/libfreetype-57f805ba.so.6.20.6", "libgssapi_krb5.so.2",
                 "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"):
        assert not bundle_excludes.dropped(kept), kept
    for module in ("PIL.ImageCms", "PIL._imagingcms", "rich.console", "pygments.lexers"):
        assert bundle_excludes.excluded_module(module), module
    assert not bundle_excludes.excluded_module("PIL.ImageFont")


def _needed(library: Path) -> list[str]:
    """The libraries an ELF file names as NEEDED (readelf, from binutils)."""
    out = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True)
    return [line.split("[", 1)[1].rstrip("]") for line in out.stdout.splitlines()
            if "(NEEDED)" in line]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None,
                    reason="reads ELF libraries with readelf")
def test_only_libcups_needs_the_libraries_dropped_with_it():
    """The CUPS-only libraries go from the bundle: the wheels' own libraries must not need
    one (Qt's CUPS plugin may: it then loads the system's libcups), nor may libcups's
    neighbours that stay (Kerberos, which libQt6Network links, and its own)."""
    import PySide6

    def cups_only(name: str) -> bool:
        return any(fnmatch.fnmatchcase(name, p) for p in bundle_excludes.CUPS_ONLY_LIBRARIES)

    roots = {Path(PySide6.__file__).parent.parent}
    users = {}
    for root in roots:
        for library in root.rglob("*.so*"):
            if library.is_file() and not library.name.startswith("libcupsprintersupport"):
                wanted = [n for n in _needed(library) if cups_only(n)]
                if wanted:
                    users[library.relative_to(root).as_posix()] = wanted
    assert users == {}
    # The system's libraries PyInstaller bundles beside libcups, which stay.
    found = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    system = {line.split()[0]: line.split(" => ")[1] for line in found.splitlines()
              if " => " in line and "x86-64" in line}
    for name in ("libgssapi_krb5.so.2", "libkrb5.so.3", "libk5crypto.so.3", "libdbus-1.so.3",
                 "libsystemd.so.0", "libgcrypt.so.20", "libgio-2.0.so.0", "libglib-2.0.so.0"):
        if name in system:
            assert [n for n in _needed(Path(system[name])) if cups_only(n)] == [], name


def test_the_icu_filter_keeps_our_languages_and_what_qt_asks_for():
    kept = bundle_excludes.icu_item_kept
    for item in ("root.res", "pool.res", "res_index.res", "de.res", "pt_BR.res", "es_419.res",
                 "en_001.res", "coll/root.res", "coll/ucadata.icu", "coll/fr_CA.res",
                 "coll/es.res", "coll/pool.res", "zone/de.res", "zone/pool.res",
                 "likelySubtags.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res",
                 "supplementalData.res", "cnvalias.icu", "nfkc.nrm", "uts46.nrm",
                 "brkitr/word.brk", "brkitr/root.res", "brkitr/de.res", "lang/fr.res"):
        assert kept(item), item
    for item in ("ja.res", "coll/zh.res", "coll/ko.res", "zone/ja.res", "curr/ru.res",
                 "brkitr/cjdict.dict", "brkitr/thaidict.dict", "translit/root.res",
                 "rbnf/de.res", "unames.icu", "confusables.cfu", "rfc3491.spp",
                 "sr_Latn_RS.res", "ars.res"):
        assert not kept(item), item
    assert kept("ibm-5348_P100-1997.cnv", single_byte=True)
    assert not kept("ibm-943_P15A-2003.cnv", single_byte=False)


def _qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(_qt_icu_data() is None or shutil.which("gcc") is None,
                    reason="PySide6's own ICU data (Linux wheels) and gcc")
def test_the_smaller_icu_library_holds_the_kept_items_unchanged(tmp_path):
    sys.path.insert(0, str(REPO / "packaging"))
    import icu_data

    sys.path.pop(0)
    original = _qt_icu_data()
    assert original is not None
    out = tmp_path / original.name
    kept, total = icu_data.build_library(original, out, bundle_excludes.icu_item_kept)
    assert 0 < kept < total
    before = dict(icu_data.list_items(original))
    after = icu_data.list_items(out)
    assert [name for name, _ in after] == sorted(name for name, _ in after)
    prefix = after[0][0].split("/")[0] + "/"
    kept_names = {name for name, _ in after}
    assert {n for n in kept_names if not n.endswith(".cnv")} == {
        n for n in before if not n.endswith(".cnv")
        and bundle_excludes.icu_item_kept(n[len(prefix):])}
    code_pages = {n for n in kept_names if n.endswith(".cnv")}
    assert f"{prefix}ibm-5348_P100-1997.cnv" in code_pages  # windows-1252
    assert code_pages < {n for n in before if n.endswith(".cnv")}
    for name, size in after:  # item sizes differ by their 16-byte padding at most
        assert before[name] - 16 < size <= before[name] + 16, name
    assert out.stat().st_size < original.stat().st_size / 4
    symbols = subprocess.run(["readelf", "--dyn-syms", "-W", "-d", str(out)],
                             capture_output=True, text=True).stdout
    assert f"Library soname: [{original.name}]" in symbols
    assert f"icudt{original.name.rsplit('.', 1)[1]}_dat" in symbols
