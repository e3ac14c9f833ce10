"""English plurals of the source texts, for as long as no translator has said them.

A `%n` text such as "%n change(s) waiting" gets its forms from the loaded translations (the
English .ts says "1 change" and "2 changes"). Before any translator is installed (a test
that builds a window without the app's start, a .qm not built yet) Qt shows the source as
it is; this says it in English instead of "1 change(s)". A translation never keeps "(s)".
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\((e?s)\)")


def plural(text: str, n: int) -> str:
    """`text` as translated for `n`; an English source left as it is gets its plural."""
    return _MARK.sub(lambda m: "" if n == 1 else m.group(1), text)
