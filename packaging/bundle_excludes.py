"""What the desktop bundle leaves out, in one place: build.spec applies it and
tests/test_bundle_excludes.py checks it against what the app really imports.

Imported with packaging/ itself on sys.path (`import bundle_excludes`), never as
`import packaging.bundle_excludes`: the PyPI package `packaging` (which PyInstaller and pip
use) would shadow the folder.

Three lists:
- EXCLUDED_MODULES: Python packages PyInstaller must not follow (`Analysis(excludes=…)`). A
  name covers its submodules.
- DROPPED_FILES: patterns (fnmatch, on the bundle's own '/'-separated paths) of binaries and
  data files removed after analysis. `excludes` stops a Python module, not the Qt libraries
  and plugins the PySide6 hook collects beside it (the qpdf image plugin loads QtPdf, the
  virtual keyboard's input plugin loads QtQuick), so those go by name.
- KEPT_FILES: exceptions to DROPPED_FILES (the Qt translations of the languages we ship).
"""

from __future__ import annotations

import fnmatch

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
    "tkinter", "_tkinter", "PIL.ImageTk", "PIL.ImageQt",
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
}


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
    # Pillow's AVIF and WebP codecs: reportlab reads the logos (PNG, JPEG) through Pillow,
    # never these. (FreeType and HarfBuzz stay: qrcode's drawers load ImageFont.)
    "PIL/_avif*", "PIL/_webp*", "pillow.libs/libavif*", "pillow.libs/libwebp*",
    "pillow.libs/libsharpyuv*", "PIL/.dylibs/libavif*", "PIL/.dylibs/libwebp*",
    "PIL/.dylibs/libsharpyuv*",
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
