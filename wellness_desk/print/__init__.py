"""The one print engine every PDF uses (no Qt).

- `fonts`: the embedded fonts (registered once) and lines of text in them: DejaVu Sans, with
  fallbacks for what it lacks (CJK, emoji); measuring, wrapping, drawing, and refusing a
  character no font has;
- `page`: inks, paper sizes, a canvas, the heading and the help footer that sheets share,
  one shrink-to-fit;
- `qr`: the QR encoder (plan, codewords, matrix, vector path) and `draw_qr`;
- `files`: saving a file whole or not at all;
- `raster`: pages as pixels, for previews and printers that take pictures.

The documents themselves live beside their data: cards (`cards`, `card_render`,
`card_batch`), the day program (`program_print`), the therapy sheets (`therapy_io`).
"""
