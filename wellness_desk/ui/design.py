"""Wellness Desk's design system: spacing, type, colours (light and dark), radii, the kit
tile palette and the slot colours, in one place, applied once to the whole application.

Pages never carry their own style sheets or hex colours: they mark a widget with a role
(`mark(widget, "card")`, `mark(button, kind="primary")`) and the one application style
sheet built here from the tokens draws it; painted widgets (tiles, timeline, charts) read
`colours()`. The contrast test (tests/ui/test_design.py) checks every text/background pair
named in TEXT_PAIRS against WCAG 2.2 AA in both palettes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..kits import PALETTE as KIT_PALETTE

Scheme = Literal["light", "dark"]


@dataclass(frozen=True)
class Spacing:
    """The spacing scale, in device-independent pixels: margins, gaps, paddings."""

    xs: int = 4
    s: int = 8
    m: int = 12
    l: int = 16  # noqa: E741 (the scale's own name)
    xl: int = 24
    xxl: int = 32


SPACE = Spacing()


@dataclass(frozen=True)
class Radii:
    small: int = 4
    medium: int = 8
    large: int = 12


RADIUS = Radii()

# The smallest touch target (WCAG 2.5.5, Apple's and Material's 44-48 px): kit tiles, the
# door's buttons, the role buttons, Undo.
TOUCH = 44

# The type scale, as factors of the system's body font, so the person's own font size
# setting still rules. Roles: what the text is, not how big.
TYPE_SCALE: dict[str, float] = {
    "caption": 0.85,
    "body": 1.0,
    "label": 1.0,       # bold body: field labels, table headers
    "subtitle": 1.15,   # a card's or a section's heading
    "title": 1.5,       # a page's heading
    "display": 2.4,     # one big number or word (FULL at the door, a headcount)
}
BOLD_ROLES = frozenset({"label", "subtitle", "title", "display"})


@dataclass(frozen=True)
class Colours:
    """One palette. Names are roles; `on_x` is the text drawn on background `x`."""

    window: str          # the page background
    surface: str         # cards, tables, inputs
    surface_alt: str     # the sidebar, alternate rows, a card's header strip
    border: str
    text: str
    text_muted: str      # secondary lines (captions, "stock 18")
    primary: str         # the one action that matters, the selected section
    on_primary: str
    primary_soft: str    # a selected row or chosen role's background
    on_primary_soft: str
    focus: str           # the focus ring
    danger: str          # FULL, over budget, a refusal's text on surface
    on_danger: str
    danger_soft: str     # an error field's background
    warning: str         # LOW stock
    on_warning: str
    success: str         # saved, synced
    on_success: str
    # Therapy slot statuses: backgrounds with `text` on them.
    slot_free: str
    slot_booked: str
    slot_attended: str
    slot_no_show: str
    slot_cancelled: str
    slot_blocked: str


LIGHT = Colours(
    window="#F5F6F8",
    surface="#FFFFFF",
    surface_alt="#ECEEF2",
    border="#C9CED6",
    text="#1B1F24",
    text_muted="#545B66",
    primary="#1F5FBF",
    on_primary="#FFFFFF",
    primary_soft="#DCE8FA",
    on_primary_soft="#0F3B7D",
    focus="#1F5FBF",
    danger="#B3261E",
    on_danger="#FFFFFF",
    danger_soft="#FBE3E1",
    warning="#8A4B00",
    on_warning="#FFFFFF",
    success="#1E6B34",
    on_success="#FFFFFF",
    slot_free="#E6F4EA",
    slot_booked="#DCE8FA",
    slot_attended="#D3EEDB",
    slot_no_show="#FDE7D4",
    slot_cancelled="#ECEEF2",
    slot_blocked="#E2E2E2",
)

DARK = Colours(
    window="#16181C",
    surface="#1F2228",
    surface_alt="#2A2E36",
    border="#454B55",
    text="#E8EAED",
    text_muted="#A9B0BA",
    primary="#8AB4F8",
    on_primary="#0B1F3F",
    primary_soft="#243A5E",
    on_primary_soft="#D6E4FF",
    focus="#8AB4F8",
    danger="#F28B82",
    on_danger="#3A0B08",
    danger_soft="#4A1F1C",
    warning="#F6C26B",
    on_warning="#2E1E00",
    success="#81C995",
    on_success="#0B2913",
    slot_free="#1F3A29",
    slot_booked="#243A5E",
    slot_attended="#1E4A2E",
    slot_no_show="#4F3217",
    slot_cancelled="#2F333A",
    slot_blocked="#3A3A3A",
)

PALETTES: dict[Scheme, Colours] = {"light": LIGHT, "dark": DARK}

# Every text colour drawn on every background it meets, for the WCAG AA contrast test.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"), ("text", "surface"), ("text", "surface_alt"),
    ("text_muted", "window"), ("text_muted", "surface"), ("text_muted", "surface_alt"),
    ("on_primary", "primary"), ("primary", "surface"), ("primary", "window"),
    ("on_primary_soft", "primary_soft"),
    ("danger", "surface"), ("danger", "window"), ("danger", "danger_soft"),
    ("text", "danger_soft"), ("on_danger", "danger"),
    ("warning", "surface"), ("on_warning", "warning"),
    ("success", "surface"), ("on_success", "success"),
    ("text", "slot_free"), ("text", "slot_booked"), ("text", "slot_attended"),
    ("text", "slot_no_show"), ("text", "slot_cancelled"), ("text", "slot_blocked"),
)

# Kit tiles: the kit's own colour (Okabe-Ito by default, chosen to be told apart by people
# with colour-blindness) with black or white text, whichever reads better on it.
TILE_PALETTE: tuple[str, ...] = KIT_PALETTE

_scheme: Scheme = "light"


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        c = QColor(colour)

        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_on(colour: str) -> str:
    """Black-ish or white text for a background of any colour (a kit's), the higher contrast."""
    dark, light = "#111111", "#FFFFFF"
    return dark if contrast(dark, colour) >= contrast(light, colour) else light


def system_scheme() -> Scheme:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def scheme() -> Scheme:
    return _scheme


def colours() -> Colours:
    """The palette in use now (painted widgets read it in their paintEvent)."""
    return PALETTES[_scheme]


def font(role: str, base: QFont | None = None) -> QFont:
    """A font of the type scale: `role` is a key of TYPE_SCALE."""
    f = QFont(base if base is not None else QGuiApplication.font())
    size = f.pointSizeF()
    if size > 0:
        f.setPointSizeF(size * TYPE_SCALE[role])
    else:  # a pixel-sized font
        f.setPixelSize(round(f.pixelSize() * TYPE_SCALE[role]))
    if role in BOLD_ROLES:
        f.setWeight(QFont.Weight.DemiBold)
    return f


def mark(widget: QWidget, role: str | None = None, *, kind: str | None = None) -> QWidget:
    """Give a widget its design role (a label's "title", a frame's "card") or a button's kind
    ("primary", "danger", "role"): the application style sheet draws it from the tokens."""
    if role is not None:
        widget.setProperty("role", role)
        if role in TYPE_SCALE:
            widget.setFont(font(role, widget.font()))
    if kind is not None:
        widget.setProperty("kind", kind)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget


def qpalette(c: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window), (role.WindowText, c.text), (role.Base, c.surface),
        (role.AlternateBase, c.surface_alt), (role.Text, c.text), (role.Button, c.surface),
        (role.ButtonText, c.text), (role.Highlight, c.primary_soft),
        (role.HighlightedText, c.on_primary_soft), (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text), (role.PlaceholderText, c.text_muted),
        (role.Link, c.primary), (role.BrightText, c.danger), (role.Mid, c.border),
        (role.Dark, c.border), (role.Light, c.surface), (role.Midlight, c.surface_alt),
        (role.Shadow, c.border), (role.Accent, c.primary),
    ):
        p.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c.text_muted))
    return p


def style_sheet(c: Colours) -> str:
    """The one application style sheet: roles and kinds set by `mark`, from the tokens.

    Only marked widgets: Fusion and the palette (qpalette) draw every plain button, field
    and list. A rule for every QPushButton or QLineEdit sends each one through the style
    sheet's box model, and made the window's start about 20 % slower (bench/startup.py);
    the rules by role and kind cost next to nothing."""
    s, r = SPACE, RADIUS
    return f"""
QPushButton[kind="primary"], QPushButton[kind="danger"], QPushButton[kind="role"],
QPushButton[kind="touch"] {{ min-height: 28px; padding: {s.xs}px {s.m}px;
    border: 1px solid {c.border}; border-radius: {r.medium}px; background: {c.surface};
    color: {c.text}; }}
QPushButton[kind="role"]:hover, QPushButton[kind="touch"]:hover {{
    border-color: {c.primary}; }}
QPushButton[kind="primary"]:focus, QPushButton[kind="danger"]:focus,
QPushButton[kind="role"]:focus, QPushButton[kind="touch"]:focus {{
    border: 2px solid {c.focus}; }}
QPushButton[kind="primary"]:disabled, QPushButton[kind="danger"]:disabled,
QPushButton[kind="role"]:disabled, QPushButton[kind="touch"]:disabled {{
    color: {c.text_muted}; background: {c.surface_alt}; border-color: {c.border}; }}
QPushButton[kind="primary"] {{ background: {c.primary}; color: {c.on_primary};
    border-color: {c.primary}; }}
QPushButton[kind="danger"] {{ background: {c.danger}; color: {c.on_danger};
    border-color: {c.danger}; }}
QPushButton[kind="role"] {{ min-height: {TOUCH}px; min-width: {TOUCH}px;
    padding: {s.xs}px {s.l}px; border-radius: {TOUCH // 2}px; }}
QPushButton[kind="role"]:checked {{ background: {c.primary}; color: {c.on_primary};
    border-color: {c.primary}; }}
QPushButton[kind="touch"] {{ min-height: {TOUCH}px; min-width: {TOUCH}px;
    padding: {s.xs}px {s.l}px; }}
QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.border};
    border-radius: {r.large}px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QLabel[role="muted"], QLabel[role="caption"] {{ color: {c.text_muted}; }}
QLabel[role="problem"] {{ color: {c.danger}; }}
QLabel[role="success"] {{ color: {c.success}; }}
*[invalid="true"] {{ border: 2px solid {c.danger}; background: {c.danger_soft}; }}
QListWidget#sidebar {{ background: {c.surface_alt}; border: none; outline: none;
    padding: {s.s}px; }}
QListWidget#sidebar::item {{ border-radius: {r.medium}px; padding: {s.s}px; color: {c.text}; }}
QListWidget#sidebar::item:selected {{ background: {c.primary_soft}; color: {c.on_primary_soft};
    font-weight: 600; }}
QListWidget#sidebar::item:focus {{ border: 2px solid {c.focus}; }}
QListWidget#sidebar::item:hover:!selected {{ background: {c.surface}; }}
QFrame#page-header {{ background: {c.surface}; border: none;
    border-bottom: 1px solid {c.border}; }}
QFrame#page-header QLabel {{ background: transparent; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
QPushButton[kind="primary"]:disabled, QPushButton[kind="danger"]:disabled {{
    background: {c.surface_alt}; color: {c.text_muted}; border-color: {c.border}; }}
QFrame[role="card"][current="true"] {{ border: 2px solid {c.focus}; }}
QFrame[role="card"][crisis="true"] {{ border-left: 6px solid {c.danger}; }}
QFrame[role="card"][crisis="true"][current="true"] {{ border: 2px solid {c.focus};
    border-left: 6px solid {c.danger}; }}
QFrame[role="group"] {{ background: {c.surface_alt}; border: 1px dashed {c.border};
    border-radius: {r.large}px; }}
QFrame[role="group"] > QLabel {{ background: transparent; }}
QFrame[role="banner"] {{ background: {c.primary_soft}; border: 2px solid {c.primary};
    border-radius: {r.large}px; }}
QFrame[role="banner"][missing="true"] {{ border-style: dashed; }}
QFrame[role="banner"] QLabel {{ background: transparent; color: {c.on_primary_soft}; }}
QWidget QLabel[role="chip"] {{ background: {c.surface_alt}; color: {c.text};
    border-radius: {r.small}px; padding: 2px {s.s}px; font-weight: 600; }}
QWidget QLabel[role="chip"][tone="danger"] {{ background: {c.danger}; color: {c.on_danger}; }}
QWidget QLabel[role="chip"][tone="success"] {{ background: {c.surface}; color: {c.success};
    border: 1px solid {c.success}; }}
QWidget QLabel[role="chip"][tone="warning"] {{ background: {c.surface}; color: {c.warning};
    border: 1px solid {c.warning}; }}
QWidget QLabel[role="chip"][tone="muted"] {{ background: {c.surface}; color: {c.text_muted};
    border: 1px solid {c.border}; }}
"""


def apply(app: QApplication, chosen: Scheme | None = None, *, sheet: bool = True) -> Scheme:
    """Style the whole application: Fusion, the palette of `chosen` (None follows the system's
    light or dark mode) and, unless `sheet` is False (see `apply_sheet`), the style sheet.
    Returns the scheme applied."""
    global _scheme
    _scheme = chosen if chosen is not None else system_scheme()
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(qpalette(colours()))
    if sheet:
        apply_sheet(app)
    return _scheme


def apply_sheet(app: QApplication) -> None:
    """The style sheet of the scheme in force. At start-up it is set once the window is
    built: under an application style sheet each widget is polished again every time it
    moves into a layout (about 20 ms of a 0.35 s start, bench/startup.py); set after, each
    is polished once."""
    app.setStyleSheet(style_sheet(colours()))


# The person's choice of look, per laptop: "system" follows the system's light or dark
# mode, live; "light" and "dark" hold whatever the system does.
APPEARANCES: tuple[str, ...] = ("system", "light", "dark")
APPEARANCE_KEY = "appearance"
_appearance = "system"
_store: QSettings | None = None
_following = False


def appearance() -> str:
    """The choice in force: one of APPEARANCES."""
    return _appearance


def _scheme_of(choice: str) -> Scheme | None:
    return "light" if choice == "light" else "dark" if choice == "dark" else None


def start(app: QApplication, store: QSettings | None = None, *,
          sheet: bool = True) -> Scheme:
    """At start-up: apply the appearance kept in `store` (the window's ui-state.ini; System
    when none or unknown), remember where to keep a new choice, and follow the system's
    changes of light and dark while the choice is System."""
    global _appearance, _store, _following
    _store = store
    kept = str(store.value(APPEARANCE_KEY, "system")) if store is not None else "system"
    _appearance = kept if kept in APPEARANCES else "system"
    if not _following:
        app.styleHints().colorSchemeChanged.connect(_system_changed)
        _following = True
    return apply(app, _scheme_of(_appearance), sheet=sheet)


def _system_changed(_new: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if _appearance == "system" and isinstance(app, QApplication):
        target = system_scheme()
        if target != _scheme:
            apply(app, target)


def set_appearance(choice: str | None, store: QSettings | None = None) -> Scheme:
    """Settings' appearance picker: "system" (or None), "light" or "dark". Applied to the
    whole application at once and kept for the next start (in `store`, else where `start`
    was told to keep it). Returns the scheme applied."""
    global _appearance, _store
    if store is not None:
        _store = store
    _appearance = choice if choice in APPEARANCES else "system"
    if _store is not None:
        _store.setValue(APPEARANCE_KEY, _appearance)
        _store.sync()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("set_appearance needs the QApplication")
    return apply(app, _scheme_of(_appearance))


def colour_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Colours))


def card(parent: QWidget | None = None) -> QFrame:
    """A raised surface with rounded corners (a space on Today, a slot's panel)."""
    frame = QFrame(parent)
    mark(frame, "card")
    return frame


class EmptyState(QWidget):
    """What an empty page shows: a sentence saying what to do, and the button that does it."""

    def __init__(self, message: str = "", action: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACE.xl, SPACE.xxl, SPACE.xl, SPACE.xxl)
        column.setSpacing(SPACE.l)
        column.addStretch(1)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mark(self.message, "subtitle")
        column.addWidget(self.message)
        self.button = QPushButton(action or "")
        mark(self.button, kind="primary")
        self.button.setVisible(action is not None)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    def set_text(self, message: str, action: str | None = None) -> None:
        self.message.setText(message)
        self.button.setText(action or "")
        self.button.setVisible(action is not None)
