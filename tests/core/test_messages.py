"""The core's messages: English text that keeps its template, for the window to translate."""

from __future__ import annotations

import ast
import pickle
import string
from datetime import date
from pathlib import Path

import pytest

import wellness_desk
from wellness_desk.activations import add_tour_stop, create_activation
from wellness_desk.csv_table import Problem
from wellness_desk.errors import DataFileError, WellnessError
from wellness_desk.messages import (
    Message,
    as_sentence,
    drop_label,
    joined,
    msg,
    restored,
    stored,
    unlabelled,
)
from wellness_desk.resources import package
from wellness_desk.schedule_io import CsvImportError

PACKAGE = Path(wellness_desk.__file__).resolve().parent
# The core modules whose messages are translated (ui/ is Qt's own).
CORE_FILES = sorted([*PACKAGE.glob("*.py"), *PACKAGE.glob("print/*.py"),
                     *PACKAGE.glob("sync/*.py"), *PACKAGE.glob("resources/*.py")])


def test_a_message_is_its_english_text_and_keeps_its_template():
    m = msg("stop date: {date} is outside {activation}", date=date(2026, 9, 1),
            activation="Autumn Tour")
    assert m == "stop date: 2026-09-01 is outside Autumn Tour"
    assert isinstance(m, str)
    assert m.template == "stop date: {date} is outside {activation}"
    # Values as the core writes them: a date is its ISO text.
    assert m.values == {"date": "2026-09-01", "activation": "Autumn Tour"}
    assert str(WellnessError(m)) == m


def test_a_message_without_values_keeps_literal_braces():
    assert msg("a {{brace}}") == "a {brace}"
    assert msg("no values") == "no values"


def test_a_message_survives_pickling_alone_and_inside_an_error():
    # Errors come back from the drawing process pickled.
    m = msg("{file} line {line}: {problem}", file="program.csv", line=3,
            problem=msg("is empty"))
    back = pickle.loads(pickle.dumps(m))
    assert back == m and type(back) is Message
    assert back.template == m.template
    assert isinstance(back.values["problem"], Message)
    error = pickle.loads(pickle.dumps(DataFileError(m)))
    assert type(error) is DataFileError
    assert isinstance(error.args[0], Message) and error.args[0].template == m.template


def test_a_message_kept_in_the_database_comes_back_whole():
    """What the sync keeps for days (its last problem) is translated when it is shown."""
    m = as_sentence(msg("Directory: {problem}; the directory you had is kept",
                        problem=msg("hub unreachable (no network)")))
    assert m == "Directory: hub unreachable (no network); the directory you had is kept."
    back = restored(stored(m))
    assert back == m and type(back) is Message
    assert back.template == m.template and back.sentence
    assert isinstance(back.values["problem"], Message)
    assert back.values["problem"].template == "hub unreachable (no network)"
    label = restored(stored(unlabelled(msg("title: is {what}", what="empty"), "title")))
    assert label == "is empty" and label.unlabelled


def test_words_kept_as_plain_text_are_read_back_as_they_are():
    # Saved before messages were kept whole, or damaged: shown as they were, never a crash.
    for text in ("hub unreachable", '{"msg": broken', '{"msg":"{gone}","values":{}}',
                 '{"msg":"x","values":[1]}', "", None):
        assert restored(text) == text
        assert not isinstance(restored(text), Message)
    assert stored("plain words") == "plain words"


def test_joined_parts_stay_joined_and_each_keeps_its_template():
    m = joined([msg("refused to print:"), msg("- {problem}", problem="tag: is empty")])
    assert m == "refused to print:\n- tag: is empty"
    assert [v.template for v in m.values.values()] == ["refused to print:", "- {problem}"]
    assert joined(["a", "b"], "; ") == "a; b"


def test_unlabelled_drops_the_field_but_keeps_the_whole_template():
    m = unlabelled(msg("title: longer than {max} characters", max=120), "title")
    assert m == "longer than 120 characters"
    assert isinstance(m, Message) and m.template == "title: longer than {max} characters"
    assert pickle.loads(pickle.dumps(m)) == m
    assert unlabelled("end: must be after the start", "end") == "must be after the start"
    assert unlabelled(msg("no label here"), "end") == "no label here"
    # French puts a space before the colon.
    assert drop_label("titre : plus de 120 caractères") == "plus de 120 caractères"


def test_a_real_core_error_carries_a_message(db):
    tour = create_activation(db, name="Autumn Tour", kind="tour", start=date(2026, 10, 1),
                             end=date(2026, 10, 20), tz="Europe/London")
    with pytest.raises(WellnessError) as caught:
        add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 9, 1), city="Leeds",
                      venue="Arena", tz="Europe/London")
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message.values["date"] == "2026-09-01"
    assert str(caught.value).startswith("stop date: 2026-09-01 is outside Autumn Tour")


def test_an_import_error_lists_each_problem_as_a_message():
    error = CsvImportError("program.csv", [Problem(3, "title", msg("is empty")),
                                           Problem(None, None, "plain text")])
    assert str(error) == ("program.csv: nothing imported, 2 problems:\n"
                          "program.csv line 3, field title: is empty\nprogram.csv: plain text")
    lines = list(error.args[0].values.values())
    assert lines[0].template == "{file}: nothing imported, {count} problems:"
    assert lines[1].template == "{file} line {line}, field {field}: {problem}"


def test_a_refused_directory_package_says_each_problem_with_its_template():
    from tests.resource_dirs import directory

    data = package.to_json_bytes(directory(2, number="555-0100"))
    with pytest.raises(package.DirectoryError) as caught:
        package.from_json_bytes(data, source="directory.json")
    message = caught.value.args[0]
    head, line = list(message.values.values())
    assert head.template == ("the directory package was refused, nothing was changed: "
                             "1 problem:")
    assert line.template == "{file}, field {field}: {problem}"
    field = line.values["field"]
    assert field.startswith("services[") and field.endswith("].phones[0].number")
    # The settings' check said it about the help line; here it is said without that label.
    problem = line.values["problem"]
    assert isinstance(problem, Message) and problem.unlabelled
    assert str(caught.value) == (
        "the directory package was refused, nothing was changed: 1 problem:\n"
        f"directory.json, field {field}: {problem}")
    assert problem.startswith("'555-0100' is not a real number")


def _trees():
    for path in CORE_FILES:
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def test_every_template_has_exactly_the_placeholders_it_is_given():
    checked = 0
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) == "msg"
                    and isinstance(node.func, ast.Name)):
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            assert node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str), f"{where}: template not a literal"
            assert len(node.args) == 1, f"{where}: values are named, never positional"
            template = node.args[0].value
            fields = [f for _, f, spec, conv in string.Formatter().parse(template)
                      if f is not None]
            assert all(f.isidentifier() for f in fields), f"{where}: {template!r}"
            # Formatting stays in the core (a translator cannot break a format spec).
            assert all(not spec and not conv for _, f, spec, conv
                       in string.Formatter().parse(template) if f is not None), where
            given = {k.arg for k in node.keywords}
            assert None not in given, f"{where}: no **values"
            assert set(fields) == given, f"{where}: {template!r} given {sorted(given)}"
            checked += 1
    assert checked > 250


def _error_classes(trees) -> set[str]:
    known = {"WellnessError"}
    grew = True
    while grew:
        grew = False
        for _, tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in known and any(
                        _name(b) in known for b in node.bases):
                    known.add(node.name)
                    grew = True
    return known


def _is_text(node: ast.expr) -> bool:
    return (isinstance(node, ast.JoinedStr)
            or (isinstance(node, ast.Constant) and isinstance(node.value, str))
            or (isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right)))
            or (isinstance(node, ast.IfExp) and (_is_text(node.body) or _is_text(node.orelse))))


def test_no_problem_in_a_list_is_bare_text():
    # A problem of an import or a package (its message the last of three or four) is
    # translated line by line: each must be a Message too.
    bare = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node.func) in {"Problem", "problem", "_add"}
                    and len(node.args) >= 3 and _is_text(node.args[-1])):
                bare.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert bare == []


def test_no_core_error_is_raised_with_bare_text():
    trees = list(_trees())
    errors = _error_classes(trees)
    assert {"DataFileError", "SyncError", "CsvImportError", "OverBudget", "DirectoryError",
            "CuratorKeyError", "SignatureRefused"} <= errors
    assert any(path.parent.name == "resources" for path, _ in trees)
    bare = []
    for path, tree in trees:
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node.func) in errors and node.args
                    and _is_text(node.args[0])):
                bare.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert bare == []
