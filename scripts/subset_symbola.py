"""Make assets/fonts/Symbola-subset.ttf: the characters Symbola 9.17 (Debian's fonts-symbola)
has and the other shipped fonts lack (emoji, symbols, mathematical letters), unhinted.

The whole font is 3.2 MB; what DejaVu Sans and Droid Sans Fallback already draw never reaches
Symbola (it is the last fallback), so it need not ship. Needs fontTools (`pip install
fonttools`, not a dependency of the app):

    apt-get download fonts-symbola && dpkg-deb -x fonts-symbola_*.deb symbola
    python scripts/subset_symbola.py \
        symbola/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"


def main() -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    source = Path(sys.argv[1])
    before = set()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback.ttf"):
        before |= set(TTFont(FONTS / name).getBestCmap())
    font = TTFont(source)
    keep = sorted(set(font.getBestCmap()) - before)
    options = subset.Options()
    options.layout_features = []  # reportlab draws glyph by glyph: no shaping tables
    options.hinting = False
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    out = FONTS / "Symbola-subset.ttf"
    font.save(out)
    print(f"{out}: {len(keep)} characters, {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
