"""Every user-visible string of the interface goes through Qt's translation.

An AST check over wellness_desk/ui/*.py, one test per file (each page passes or fails on its
own): a string literal or f-string handed to a widget's text (QLabel(...), setText,
setToolTip, a combo box's addItem, a form row's label, a message box...) fails unless it is
wrapped in tr()/translate() or holds no words at all ("", "•", "{}", "12"). And `self.tr`
in a class another interface class subclasses fails: at run time its context is the
subclass's name, not the one lupdate wrote (PySide6 6.11 finds the base's words only by
falling back along the MRO; QCoreApplication.translate with the class's name is exact).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "wellness_desk" / "ui"
FILES = sorted(p for p in UI.glob("*.py") if p.name != "__init__.py")

# Constructors whose string arguments are shown.
SHOWN_BY = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QAction", "QCheckBox", "QRadioButton",
    "QGroupBox", "QMessageBox", "EmptyState", "QTreeWidgetItem", "QListWidgetItem",
    "QTableWidgetItem", "QMenu", "QDialogButtonBox", "QProgressDialog", "QInputDialog",
    "QFileDialog", "page_title",
})
# Methods whose every string argument is shown.
SHOWING = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "showMessage", "setTitle",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setHeaderLabel", "addItems", "addAction", "addMenu", "addButton", "setSuffix",
    "setPrefix", "setSpecialValueText", "setInformativeText", "setDetailedText",
    "setLabelText", "setCancelButtonText", "setFullText", "set_full_text", "set_text",
    "setNameFilters", "setNameFilter", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "setTabText",
    "setItemText", "setWindowIconText", "setFormat", "show_problem",
})
# QMessageBox's static boxes (a logger's warning is no text on screen).
MESSAGE_BOXES = frozenset({"information", "warning", "critical", "question", "about"})
# Keyword arguments that are texts.
TEXT_KEYWORDS = frozenset({"text", "title", "message", "action", "tooltip", "label",
                           "caption", "placeholder"})
# A placeholder, a plural's %n or %1, an accelerator's &, a file name's extension: not words.
_NOT_WORDS = re.compile(r"\{[^{}]*\}|%n|%\d|&|#[0-9A-Fa-f]{3,8}\b|\.(pdf|ics|csv|png)\b")


def _callee(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in _NOT_WORDS.sub("", text))


def _literals(node: ast.AST) -> list[tuple[int, str]]:
    """The worded literals an argument expression shows as they are (a call, tr() or any
    other, is not looked into: what it returns is its business)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.lineno, node.value)] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        fixed = "".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [(node.lineno, f"f{fixed!r}")] if _has_words(fixed) else []
    if isinstance(node, ast.BinOp):  # "a" + b, "a %s" % b
        return _literals(node.left) + (_literals(node.right)
                                       if isinstance(node.op, ast.Add) else [])
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [hit for value in node.values for hit in _literals(value)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [hit for element in node.elts for hit in _literals(element)]
    return []


def _shown_arguments(node: ast.Call) -> list[ast.AST]:
    name = _callee(node)
    args = list(node.args)
    keywords = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
    if name in ("addItem", "insertItem"):
        # addItem(text, data) / addItem(icon, text, data) / insertItem(index, [icon,] text):
        # the text is the first argument that is not a number, icon or widget.
        rest = args[1:] if name == "insertItem" else args
        texts = [a for a in rest if isinstance(a, (ast.Constant, ast.JoinedStr, ast.Call,
                                                   ast.BinOp, ast.IfExp))]
        return texts[:1] + keywords
    if name in ("addRow", "insertRow"):
        rest = args[1:] if name == "insertRow" else args
        return (rest[:1] if len(rest) > 1 else []) + keywords
    if name in ("addTab", "insertTab"):
        return [a for a in args[1:]] + keywords
    if name in SHOWN_BY or name in SHOWING:
        return args + keywords
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    if name in MESSAGE_BOXES and isinstance(receiver, ast.Name) and receiver.id == "QMessageBox":
        return args + keywords
    return []


def untranslated(source: str) -> list[str]:
    """Every worded literal shown without tr(), as "line: text"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                for line, text in _literals(argument):
                    found.append(f"{line}: {_callee(node)}({text[:60]!r})")
    return sorted(set(found), key=lambda s: int(s.split(":")[0]))


def _base_names(cls: ast.ClassDef) -> set[str]:
    names = set()
    for base in cls.bases:
        if isinstance(base, ast.Name):
            names.add(base.id)
        elif isinstance(base, ast.Attribute):
            names.add(base.attr)
    return names


def _subclassed() -> set[str]:
    """The interface's classes that another interface class derives from."""
    mine: set[str] = set()
    bases: set[str] = set()
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                mine.add(node.name)
                bases |= _base_names(node)
    return mine & bases


def self_tr_in_bases(source: str, subclassed: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name in subclassed:
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr == "tr"
                        and isinstance(inner.func.value, ast.Name)
                        and inner.func.value.id == "self"):
                    found.append(f"{inner.lineno}: self.tr in {node.name}, which is "
                                 "subclassed: QCoreApplication.translate"
                                 f"({node.name!r}, ...)")
    return found


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_shown_string_goes_through_tr(path: Path) -> None:
    found = untranslated(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: shown without tr():\n" + "\n".join(found)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_self_tr_in_a_class_that_is_subclassed(path: Path) -> None:
    found = self_tr_in_bases(path.read_text(encoding="utf-8"), _subclassed())
    assert not found, f"{path.name}:\n" + "\n".join(found)


def test_the_lint_catches_what_it_should_and_lets_pass_what_is_no_words() -> None:
    source = '''
from PySide6.QtCore import QCoreApplication
class Page(QWidget):
    def __init__(self):
        QLabel("Kits handed out")
        self.button.setText(f"Undo {name}")
        box.addItem("Light", "light")
        form.addRow("Name", field)
        QMessageBox.warning(self, "Problem", "It went wrong")
        tabs.addTab(page, "Today")
        header.setHorizontalHeaderLabels(["When", "—"])
        ok = QLabel(self.tr("Kits handed out"))
        QLabel(QCoreApplication.translate("Page", "Stock {stock}").format(stock=4))
        QLabel("—"); QLabel("{}"); QLabel("12 %"); QLabel(""); QLabel(name)
        box.addItem(self.tr("Dark"), "dark")
        form.addRow(self.tr("Name"), field)
        widget.setObjectName("sidebar")
        widget.setProperty("role", "title")
        log.warning("job refused: %s", error)
        Colours(text="#1B1F24")
'''
    found = sorted(line.split(": ", 1)[1] for line in untranslated(source))
    assert found == sorted(["QLabel('Kits handed out')", "setText(\"f'Undo '\")",
                     "addItem('Light')", "addRow('Name')", "warning('Problem')",
                     "warning('It went wrong')", "addTab('Today')",
                     "setHorizontalHeaderLabels('When')"])


def test_the_lint_finds_self_tr_in_a_subclassed_class() -> None:
    source = '''
class FormDialog(QDialog):
    def __init__(self):
        self.setWindowTitle(self.tr("Form"))
class Leaf(QDialog):
    def __init__(self):
        self.setWindowTitle(self.tr("Leaf"))
'''
    found = self_tr_in_bases(source, {"FormDialog"})
    assert len(found) == 1 and "FormDialog" in found[0]
