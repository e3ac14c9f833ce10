"""`wellness-desk resources import` and `export`, end to end through the CLI and the real
directory file: a package goes in whole or not at all, twice changes nothing, an update
keeps favourites, and what is exported reads back as what was imported."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from tests.core.test_resource_package import (
    ADULT,
    LIFELINE,
    NIGHT,
    edit,
    small_directory,
)
from wellness_desk.cli import EXIT_BAD_INPUT, main
from wellness_desk.resources import package, store


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _installed(data_dir: Path):
    with store.open_store(store.store_path(data_dir)) as s:
        return store.load_directory(s)


def test_import_then_the_same_package_again_changes_nothing(tmp_path, capsys):
    package.write_package(small_directory(), tmp_path / "pkg")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "resources", "import",
                        str(tmp_path / "pkg"))
    assert code == 0 and "installed 5 services" in out
    assert _installed(tmp_path) == small_directory()
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "resources", "import",
                        str(tmp_path / "pkg"))
    assert code == 0 and out.startswith("unchanged")


def test_the_json_form_imports_as_the_same_directory(tmp_path, capsys):
    path = tmp_path / "directory.json"
    path.write_bytes(package.to_json_bytes(small_directory()))
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "resources", "import", str(path))
    assert code == 0 and "installed 5 services" in out
    package.write_package(small_directory(), tmp_path / "pkg")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "resources", "import",
                        str(tmp_path / "pkg"))
    assert out.startswith("unchanged")  # the CSV form of the same directory


def test_a_refused_package_names_file_line_and_field_and_keeps_the_old_directory(
        tmp_path, capsys):
    package.write_package(small_directory(), tmp_path / "good")
    assert main(["--data-dir", str(tmp_path), "resources", "import", str(tmp_path / "good")]) == 0
    capsys.readouterr()
    update = replace(small_directory(), title="Next edition")
    package.write_package(update, tmp_path / "bad")
    line = edit(tmp_path / "bad", "phone", ("id", NIGHT), number="+1 415 555 0100")
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "resources", "import",
                          str(tmp_path / "bad"))
    assert code == EXIT_BAD_INPUT and out == ""
    assert f"phone.csv line {line}, field number:" in err and "fictional" in err
    assert "Traceback" not in err
    assert _installed(tmp_path) == small_directory()  # the title did not change either


def test_an_update_keeps_favourites(tmp_path, capsys):
    package.write_package(small_directory(), tmp_path / "first")
    assert main(["--data-dir", str(tmp_path), "resources", "import", str(tmp_path / "first")]) == 0
    with store.open_store(store.store_path(tmp_path)) as s:
        store.set_favourite(s, LIFELINE, True)
        store.set_favourite(s, ADULT, True)
    directory = small_directory()
    renamed = replace(directory, services=tuple(
        replace(s, name="988 Lifeline") if s.id == LIFELINE else s for s in directory.services))
    package.write_package(renamed, tmp_path / "second")
    capsys.readouterr()
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "resources", "import",
                        str(tmp_path / "second"))
    assert code == 0 and "installed 5 services" in out
    with store.open_store(store.store_path(tmp_path)) as s:
        assert store.favourites(s) == {LIFELINE, ADULT}
        assert store.get_service(s, LIFELINE).name == "988 Lifeline"


def test_export_writes_a_package_that_imports_as_unchanged(tmp_path, capsys):
    package.write_package(small_directory(), tmp_path / "in")
    assert main(["--data-dir", str(tmp_path), "resources", "import", str(tmp_path / "in")]) == 0
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "resources", "export",
                        str(tmp_path / "out" / "new"))
    assert code == 0 and "wrote 5 services" in out
    assert package.read_package(tmp_path / "out" / "new") == small_directory()
    assert (tmp_path / "out" / "new" / "directory.json").read_bytes() == (
        package.to_json_bytes(small_directory()))
    descriptor = json.loads((tmp_path / "out" / "new" / "datapackage.json").read_text("utf-8"))
    assert descriptor["title"] == "Test directory"
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "resources", "import",
                        str(tmp_path / "out" / "new"))
    assert out.startswith("unchanged")


def test_export_to_a_file_instead_of_a_folder_is_said(tmp_path, capsys):
    package.write_package(small_directory(), tmp_path / "in")
    assert main(["--data-dir", str(tmp_path), "resources", "import", str(tmp_path / "in")]) == 0
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    code, _, err = _run(capsys, "--data-dir", str(tmp_path), "resources", "export",
                        str(tmp_path / "taken"))
    assert code != 0 and "taken" in err and "Traceback" not in err


def test_importing_a_folder_that_is_not_a_package_changes_nothing(tmp_path, capsys):
    (tmp_path / "photos").mkdir()
    code, _, err = _run(capsys, "--data-dir", str(tmp_path), "resources", "import",
                        str(tmp_path / "photos"))
    assert code == EXIT_BAD_INPUT and "datapackage.json" in err
    assert not store.store_path(tmp_path).exists()
