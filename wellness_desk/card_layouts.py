"""The card templates as data, and the card languages: all `wellness-desk cards` needs to
offer its choices, without what drawing them takes (the command line builds its parser at
every start, the window's too; cards.py imports the print engine: about 20 ms)."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("en", "es", "fr", "de", "pt")

# Boxes are in mm from the top-left corner of one face. `size`/`min` are font sizes in pt:
# text shrinks from size towards min to fit, then the job is refused. `quiet` is the margin
# (in modules) the QR box keeps inside itself. A sheet places faces in a centred grid of
# cells; a face smaller or larger than its cell is scaled to fit (an A6 design in a quarter
# of a Letter sheet, the A4 poster on A3). `turned` rows are rotated 180° (the back of a
# table tent, upright once folded). One card = `faces` cells (a tent has two faces).

LAYOUTS: dict[str, dict[str, Any]] = {
    "wallet": {
        "title": "Wallet card 85×55 mm, 10-up", "kind": "card", "size": [85, 55],
        "crop_marks": True,
        "boxes": [
            {"kind": "headline", "x": 4, "y": 4, "w": 43, "h": 12, "size": 9.5, "min": 6.5,
             "bold": True, "ink": "accent"},
            {"kind": "body", "x": 4, "y": 16.5, "w": 43, "h": 18, "size": 6.5, "min": 5},
            {"kind": "help_name", "x": 4, "y": 37, "w": 43, "h": 6, "size": 5.5, "min": 4.5},
            {"kind": "help_number", "x": 4, "y": 43, "w": 43, "h": 4.5, "size": 8.5,
             "min": 6, "bold": True},
            {"kind": "qr", "x": 49, "y": 3, "w": 33, "h": 33, "quiet": 4},
            {"kind": "link", "x": 49, "y": 36.5, "w": 33, "h": 3.5, "size": 5.5, "min": 4,
             "align": "center"},
            {"kind": "logo", "x": 62, "y": 42, "w": 19, "h": 8},
            {"kind": "tag", "x": 4, "y": 50, "w": 56, "h": 2.8, "size": 4.5, "min": 3.5,
             "ink": "grey"},
        ],
        "sheets": {
            "a4": {"cell": [85, 55], "grid": [2, 5]},
            "letter": {"cell": [85, 55], "grid": [2, 5]},
        },
    },
    "postcard": {
        "title": "Postcard A6, 4-up", "kind": "card", "size": [105, 148],
        "boxes": [
            {"kind": "headline", "x": 10, "y": 12, "w": 85, "h": 22, "size": 18, "min": 11,
             "bold": True, "ink": "accent", "align": "center"},
            {"kind": "body", "x": 10, "y": 36, "w": 85, "h": 28, "size": 10, "min": 7,
             "align": "center"},
            {"kind": "qr", "x": 29, "y": 65, "w": 47, "h": 47, "quiet": 4},
            {"kind": "link", "x": 10, "y": 112, "w": 85, "h": 5, "size": 9, "min": 6,
             "align": "center"},
            {"kind": "help_name", "x": 10, "y": 119.5, "w": 85, "h": 5, "size": 8.5, "min": 6,
             "align": "center"},
            {"kind": "help_number", "x": 10, "y": 125, "w": 85, "h": 7, "size": 12, "min": 8,
             "bold": True, "align": "center"},
            {"kind": "tag", "x": 10, "y": 138, "w": 60, "h": 3.5, "size": 6, "min": 4.5,
             "ink": "grey"},
            {"kind": "logo", "x": 75, "y": 133, "w": 20, "h": 9},
        ],
        "sheets": {
            "a4": {"cell": [105, 148], "grid": [2, 2]},
            "letter": {"cell": [107.95, 139.7], "grid": [2, 2]},
        },
    },
    "table-tent": {
        "title": "Table tent (one sheet, folded)", "kind": "sign", "size": [210, 148.5],
        "faces": 2, "fold_line": True,
        "boxes": [
            {"kind": "headline", "x": 15, "y": 14, "w": 180, "h": 20, "size": 26, "min": 14,
             "bold": True, "ink": "accent", "align": "center"},
            {"kind": "body", "x": 15, "y": 38, "w": 108, "h": 50, "size": 14, "min": 9},
            {"kind": "help_name", "x": 15, "y": 92, "w": 108, "h": 8, "size": 12, "min": 8},
            {"kind": "help_number", "x": 15, "y": 100, "w": 108, "h": 10, "size": 18,
             "min": 11, "bold": True},
            {"kind": "qr", "x": 131, "y": 36, "w": 66, "h": 66, "quiet": 4},
            {"kind": "link", "x": 128, "y": 103, "w": 72, "h": 6, "size": 10, "min": 6,
             "align": "center"},
            {"kind": "logo", "x": 15, "y": 118, "w": 40, "h": 14},
            {"kind": "tag", "x": 128, "y": 136, "w": 72, "h": 4, "size": 7, "min": 5,
             "ink": "grey", "align": "center"},
        ],
        "sheets": {
            "a4": {"cell": [210, 148.5], "grid": [1, 2], "turned": [0]},
            "letter": {"cell": [215.9, 139.7], "grid": [1, 2], "turned": [0]},
        },
    },
    "poster": {
        "title": "Green-room poster", "kind": "sign", "size": [210, 297],
        "boxes": [
            {"kind": "headline", "x": 12, "y": 12, "w": 186, "h": 30, "size": 36, "min": 20,
             "bold": True, "ink": "accent", "align": "center"},
            {"kind": "body", "x": 15, "y": 43, "w": 180, "h": 20.5, "size": 14, "min": 9,
             "align": "center"},
            {"kind": "qr", "x": 10, "y": 64, "w": 190, "h": 190, "quiet": 4},
            {"kind": "link", "x": 12, "y": 255, "w": 186, "h": 9, "size": 16, "min": 9,
             "align": "center"},
            {"kind": "help_name", "x": 12, "y": 265, "w": 186, "h": 7, "size": 14, "min": 9,
             "align": "center"},
            {"kind": "help_number", "x": 12, "y": 272, "w": 186, "h": 11, "size": 24, "min": 14,
             "bold": True, "align": "center"},
            {"kind": "tag", "x": 12, "y": 288, "w": 120, "h": 4, "size": 7, "min": 5,
             "ink": "grey"},
            {"kind": "logo", "x": 160, "y": 284, "w": 38, "h": 10},
        ],
        "sheets": {
            "a4": {"cell": [210, 297], "grid": [1, 1]},
            "letter": {"cell": [215.9, 279.4], "grid": [1, 1]},
            "a3": {"cell": [297, 420], "grid": [1, 1]},
        },
    },
    "stickers": {
        "title": "Sticker sheet 3×8, 63.5×33.9 mm", "kind": "card", "size": [63.5, 33.9],
        "boxes": [
            {"kind": "qr", "x": 1.5, "y": 1.5, "w": 30.9, "h": 30.9, "quiet": 4},
            {"kind": "headline", "x": 33, "y": 3, "w": 28.5, "h": 11, "size": 7.5, "min": 5,
             "bold": True, "ink": "accent"},
            {"kind": "link", "x": 33, "y": 15, "w": 28.5, "h": 3.5, "size": 4.8, "min": 3.5},
            {"kind": "help_name", "x": 33, "y": 19.5, "w": 28.5, "h": 5.5, "size": 4.5,
             "min": 3.5},
            {"kind": "help_number", "x": 33, "y": 25, "w": 28.5, "h": 3.5, "size": 6,
             "min": 4.5, "bold": True},
            {"kind": "tag", "x": 33, "y": 29.5, "w": 28.5, "h": 2.5, "size": 3.8, "min": 3.5,
             "ink": "grey"},
        ],
        "sheets": {
            "a4": {"cell": [63.5, 33.9], "grid": [3, 8], "gap": [2.5, 0]},
            "letter": {"cell": [63.5, 33.9], "grid": [3, 8], "gap": [2.5, 0]},
        },
    },
    # "Print a card for this" (Resources): one resource's name, number and hours, from
    # the directory; the wallet card's code, link and help line beside them.
    "resource": {
        "title": "Resource card 85×55 mm, 10-up", "kind": "card", "size": [85, 55],
        "crop_marks": True,
        "boxes": [
            {"kind": "headline", "x": 4, "y": 4, "w": 43, "h": 8, "size": 8, "min": 6,
             "bold": True, "ink": "accent"},
            {"kind": "resource_name", "x": 4, "y": 12.5, "w": 43, "h": 9, "size": 8,
             "min": 5.5, "bold": True},
            {"kind": "resource_number", "x": 4, "y": 21.5, "w": 43, "h": 8, "size": 17,
             "min": 9, "bold": True},
            {"kind": "resource_hours", "x": 4, "y": 30, "w": 43, "h": 6, "size": 6.5,
             "min": 4.5},
            {"kind": "help_name", "x": 4, "y": 37.5, "w": 43, "h": 5.5, "size": 5.5,
             "min": 4.5},
            {"kind": "help_number", "x": 4, "y": 43, "w": 43, "h": 4.5, "size": 8.5,
             "min": 6, "bold": True},
            {"kind": "qr", "x": 49, "y": 3, "w": 33, "h": 33, "quiet": 4},
            {"kind": "link", "x": 49, "y": 36.5, "w": 33, "h": 3.5, "size": 5.5, "min": 4,
             "align": "center"},
            {"kind": "logo", "x": 62, "y": 42, "w": 19, "h": 8},
            {"kind": "tag", "x": 4, "y": 50, "w": 56, "h": 2.8, "size": 4.5, "min": 3.5,
             "ink": "grey"},
        ],
        "sheets": {
            "a4": {"cell": [85, 55], "grid": [2, 5]},
            "letter": {"cell": [85, 55], "grid": [2, 5]},
        },
    },
}
