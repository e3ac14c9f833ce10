"""What the desktop bundle leaves out, in one place: build.spec applies it and
tests/ui/test_bundle_excludes.py checks it against what the app really imports.

Imported with packaging/ itself on sys.path (`import bundle_excludes`), never as
`import packaging.bundle_excludes`: the PyPI package `packaging` (which PyInstaller and pip
use) would shadow the folder.

Three lists of files and modules:
- EXCLUDED_MODULES: Python packages PyInstaller must not follow (`Analysis(excludes=…)`). A
  name covers its submodules.
- DROPPED_FILES: patterns (fnmatch, on the bundle's own '/'-separated paths) of binaries and
  data files removed after analysis. `excludes` stops a Python module, not the Qt libraries
  and plugins the PySide6 hook collects beside it (the qpdf image plugin loads QtPdf, the
  virtual keyboard's input plugin loads QtQuick), so those go by name.
- KEPT_FILES: exceptions to DROPPED_FILES (the Qt translations of the languages we ship).

And inside one file: icu_item_kept() says which items of ICU's data package stay in the
Linux bundle's smaller libicudata (packaging/icu_data.py builds it).
"""

from __future__ import annotations

import fnmatch
import re

# The languages of the card texts (wellness_desk.cards.LANGUAGES). English needs no Qt
# catalogue: Qt's own words are English.
SHIPPED_LANGUAGES = ("en", "es", "fr", "de", "pt")

# Qt modules the app does not use. Each is dropped as a Python binding (excludes) and as
# libraries, frameworks and plugins (patterns below).
DROPPED_QT = (
    "Qml", "Quick", "Pdf", "VirtualKeyboard", "WebEngine", "WebChannel", "WebSockets",
    "Designer", "Help", "UiTools", "Labs", "Lottie", "Sql", "Test", "OpenGLWidgets",
    "Concurrent", "Xml", "WaylandCompositor", "WaylandEglCompositor", "EglFS", "EglFs",
)

EXCLUDED_MODULES = (
    # The hub is its own program: none of it, nor its server stack, is on the laptop.
    "wellness_hub", "fastapi", "starlette", "uvicorn", "sqlalchemy", "psycopg",
    "psycopg_binary", "psycopg_pool", "asyncpg",
    # What a shared build environment (the dev extras) would pull in.
    "numpy", "pandas", "cv2", "zxingcpp", "segno", "pypdf", "hypothesis", "pytest",
    "pytestqt", "_pytest", "xdist", "schemathesis", "vobject", "mypy", "ruff", "IPython",
    "matplotlib", "scipy", "gi",
    # Tk: nothing in the app draws with it (Pillow's ImageTk and the stdlib would bring it).
    "tkinter", "_tkinter", "PIL.ImageTk", "PIL._imagingtk", "PIL.ImageQt",
    # Pillow's colour management (lcms2) and image arithmetic: reportlab and qrcode use
    # neither (FreeType's _imagingft stays: qrcode's drawers load ImageFont).
    "PIL.ImageCms", "PIL._imagingcms", "PIL.ImageMath", "PIL._imagingmath",
    # httpx's command-line client (httpx._main) and what only it imports: httpx imports it
    # when it can and does without (see OPTIONAL_IMPORTS).
    "rich", "pygments", "markdown_it", "mdurl",
    # The stdlib's development tools.
    "pydoc_data", "lib2to3", "idlelib", "ensurepip", "venv", "turtledemo",
    *(f"PySide6.Qt{name}" for name in DROPPED_QT),
    # Namespaced Qt bindings whose names do not start with one of DROPPED_QT.
    "PySide6.QtPdfWidgets", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtSvgWidgets",
)


# Left out, though a library tries to import it: it uses the module when installed and does
# without it otherwise. The test allows a tried import of these, and no other.
OPTIONAL_IMPORTS = {
    "numpy": "sqlite_utils converts numpy values when numpy is installed; the app hands "
             "it none",
    "pandas": "frictionless asks whether a resource's data is a pandas DataFrame when "
              "pandas is installed; the directory's are CSV files",
    "gi": "keyring's libsecret backend needs PyGObject; the SecretService backend "
          "(secretstorage over D-Bus) serves the same Linux keyrings without it",
    "pygments": "httpx imports its command-line client (httpx._main: pygments, rich) when "
                "installed, and does without; the app uses httpx's Client alone",
}


# The system libraries PyInstaller bundles for libcups alone (its NEEDED list, and theirs;
# tests/ui/test_bundle_excludes.py checks no other bundled library needs one of them).
CUPS_ONLY_LIBRARIES = (
    "libcups.so*", "libgnutls.so*", "libunistring.so*", "libidn2.so*", "libp11-kit.so*",
    "libnettle.so*", "libhogweed.so*", "libgmp.so*", "libtasn1.so*", "libavahi-client.so*",
    "libavahi-common.so*",
)


def _qt_patterns(name: str) -> tuple[str, ...]:
    # Linux/Windows libraries (libQt6Qml.so.6, Qt6Qml.dll), macOS frameworks, the Python
    # binding (QtQml.abi3.so, QtQml.pyd) and its stub.
    return (f"*Qt6{name}*", f"*/Qt{name}*.framework/*", f"PySide6/Qt{name}*")


DROPPED_FILES = (
    *(p for name in DROPPED_QT for p in _qt_patterns(name)),
    # Plugins that link a dropped library or serve nothing the app shows.
    "PySide6/Qt/plugins/imageformats/*qpdf*",
    "PySide6/Qt/plugins/platforminputcontexts/*virtualkeyboard*",
    "PySide6/Qt/plugins/vectorimageformats/*",
    "PySide6/Qt/plugins/qmltooling/*",
    "PySide6/Qt/plugins/qmllint/*",
    "PySide6/Qt/plugins/designer/*",
    "PySide6/Qt/plugins/sqldrivers/*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    # Embedded and remote screens: a laptop has X11 or Wayland (offscreen for the self-test).
    "PySide6/Qt/plugins/platforms/*eglfs*", "PySide6/Qt/plugins/platforms/*minimalegl*",
    "PySide6/Qt/plugins/platforms/*vnc*", "PySide6/Qt/plugins/platforms/*linuxfb*",
    "PySide6/Qt/plugins/platforms/*vkkhrdisplay*",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/*",
    "PySide6/Qt/qml/*",
    "PySide6/qml/*",
    # The GTK platform theme: it would load the system's GTK against the bundle's older
    # GLib (a known crash of frozen Qt apps); Qt draws its own style and the XDG portal
    # theme stays. The libraries only it needs go with it.
    "PySide6/Qt/plugins/platformthemes/*gtk3*",
    "libatk-1.0.so*", "libcairo*.so*", "libgdk_pixbuf*.so*", "libpango*.so*",
    "libpixman-1.so*", "libthai.so*", "libdatrie.so*", "libfribidi.so*", "libgraphite2.so*",
    "libharfbuzz.so*", "libjpeg.so*",
    # Pillow's AVIF and WebP codecs, colour management and image arithmetic: reportlab
    # reads the logos (PNG, JPEG) through Pillow, never these. (FreeType and HarfBuzz
    # stay: qrcode's drawers load ImageFont.)
    "PIL/_avif*", "PIL/_webp*", "pillow.libs/libavif*", "pillow.libs/libwebp*",
    "pillow.libs/libsharpyuv*", "PIL/.dylibs/libavif*", "PIL/.dylibs/libwebp*",
    "PIL/.dylibs/libsharpyuv*",
    "PIL/_imagingcms*", "PIL/_imagingmath*", "PIL/_imagingtk*", "pillow.libs/liblcms2*",
    "PIL/.dylibs/liblcms2*",
    # Qt's CUPS print plugin (printsupport/libcupsprintersupport) stays, but not the
    # system's libcups PyInstaller copies beside it, nor what only libcups needs (GnuTLS
    # and its libraries, Avahi): the plugin then loads the laptop's own libcups, which
    # any Linux desktop that prints has; without one Qt prints to PDF only. (Kerberos
    # stays: libQt6Network links libgssapi_krb5 too.)
    *CUPS_ONLY_LIBRARIES,
    # QML's own tools, shipped as binaries by some wheels.
    "PySide6/qml*", "PySide6/Qt/libexec/*", "PySide6/lupdate*", "PySide6/designer*",
    # Qt's translations: only those of our languages stay (KEPT_FILES).
    "PySide6/Qt/translations/*",
    # Type stubs and examples: nothing reads them at run time.
    "PySide6/*.pyi", "PySide6/typesystems/*", "PySide6/include/*", "PySide6/glue/*",
    "shiboken6/*.pyi",
)

# Qt has Portuguese only as Brazil's (qtbase_pt_BR.qm): a region's catalogue counts too.
KEPT_FILES = tuple(
    pattern for lang in SHIPPED_LANGUAGES if lang != "en"
    for pattern in (f"PySide6/Qt/translations/qtbase_{lang}.qm",
                    f"PySide6/Qt/translations/qtbase_{lang}_*.qm")
)


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def dropped(dest: str) -> bool:
    """Whether the file at `dest` (its path inside the bundle) is left out."""
    path = _norm(dest)
    if any(fnmatch.fnmatchcase(path, p) for p in KEPT_FILES):
        return False
    return any(fnmatch.fnmatchcase(path, p) for p in DROPPED_FILES)


def excluded_module(name: str) -> bool:
    """Whether the module `name` (dotted) falls under EXCLUDED_MODULES."""
    return any(name == m or name.startswith(m + ".") for m in EXCLUDED_MODULES)


# ICU's data (PySide6/Qt/lib/libicudata.so.73, 32 MB on Linux): build.spec replaces it with
# one holding only these items (packaging/icu_data.py). What Qt 6 asks ICU for (the ICU
# symbols libQt6Core imports): collation (QCollator: ucol_*), case mapping with a locale
# (QLocale::toUpper/toLower: u_strToUpper/Lower), time-zone ids and names (QTimeZone:
# ucal_*) and text codecs beyond the built-in UTF and Latin-1 (QStringConverter: ucnv_*).
# Qt's own CLDR tables serve QLocale's names and numbers; Qt does its own break iteration
# and normalisation. So: the root and our languages' locale data (every region, and the
# parents such as en_001 and es_419, which start with the language too), ICU's
# supplemental tables, the collation and normalisation data, the single-byte code pages.
# Left out: other languages' data, the CJK and South-East Asian dictionary break data,
# transliteration, spelled-out numbers, the character names, IDNA 2003's stringprep, the
# spoof checker's confusables and the multi-byte (CJK, stateful EBCDIC) code pages.
ICU_LOCALE_TREES = ("", "coll/", "brkitr/", "curr/", "lang/", "region/", "zone/", "unit/")
ICU_DROPPED_TREES = ("translit/", "rbnf/")
ICU_DROPPED_ITEMS = ("unames.icu", "confusables.cfu", "*.spp", "brkitr/*.dict")
# A locale's data file: language, then script/region/variant ("de", "pt_BR", "sr_Latn_RS").
_ICU_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
# Not locales, though named like one: each tree's key pool and index.
_ICU_NOT_LOCALES = ("root", "pool", "res_index")


def icu_item_kept(item: str, *, single_byte: bool = True) -> bool:
    """Whether the ICU data item `item` (its name inside the package, e.g. "coll/de.res")
    stays in the bundle's ICU data. `single_byte`: for a code page (.cnv), whether it
    maps each character to one byte (icu_data reads that from the table's header)."""
    if item.startswith(ICU_DROPPED_TREES) or any(
            fnmatch.fnmatchcase(item, p) for p in ICU_DROPPED_ITEMS):
        return False
    if item.endswith(".cnv"):
        return single_byte
    tree, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if ext != "res" or f"{tree}/".lstrip("/") not in ICU_LOCALE_TREES:
        return True
    if stem in _ICU_NOT_LOCALES or not _ICU_LOCALE.fullmatch(stem):
        return True  # supplemental data: likelySubtags, zoneinfo64, metaZones, plurals…
    return stem.split("_")[0] in SHIPPED_LANGUAGES
