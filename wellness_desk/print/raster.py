"""PDF pages as pixels (pdfium): the Print page's preview and printers that take pictures.

The UI builds its QImage straight from these pixels: no image file format in between.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RasterPage:
    """One page of a PDF as pixels."""

    width: int
    height: int
    stride: int
    pixels: bytes  # RGB (3 channels) or RGBA (4), rows `stride` bytes apart
    channels: int
    pages: int  # pages in the whole document


def rasterise_page(pdf: bytes, index: int = 0, *, dpi: float | None = None,
                   width_px: int | None = None) -> RasterPage:
    """Page `index` of `pdf` at `dpi`, or scaled to `width_px` wide; one page at a time
    keeps a 40-venue batch in memory."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        scale = width_px / page.get_width() if width_px is not None else (dpi or 72) / 72
        bitmap = page.render(scale=scale, rev_byteorder=True)
        return RasterPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer),
                          bitmap.n_channels, len(document))
    finally:
        document.close()
