"""Reading printed PDFs back as a person would: the pages, their text, their QR codes."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


def pages(path: Path) -> list[pdfium.PdfPage]:
    return list(pdfium.PdfDocument(str(path)))


def text(page: pdfium.PdfPage) -> str:
    return " ".join(page.get_textpage().get_text_range().split())


def qr_codes(page: pdfium.PdfPage) -> list[str]:
    image = page.render(scale=2).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image)
            if code.format == zxingcpp.BarcodeFormat.QRCode]
