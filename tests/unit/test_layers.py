"""Layer rule (ARCHITECTURE.md §4): Qt only in the UI, and a stdlib-only wire protocol."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sangkien_desktop

PACKAGE_DIR = Path(sangkien_desktop.__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
FORBIDDEN = ("PySide6", "shiboken6", "sangkien_desktop.ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """Absolute names of every module imported anywhere in the file (also inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def _allowed_to_use_qt(path: Path) -> bool:
    rel = path.relative_to(PACKAGE_DIR)
    return rel.parts[0] == "ui" or rel == Path("app.py")


def _is_forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_import_parser_sees_relative_and_nested_imports(tmp_path: Path) -> None:
    sample = PACKAGE_DIR / "services" / "office.py"
    names = {name for _, name in _imports(sample)}
    assert "sangkien_desktop.services.settings" in names  # from . import settings
    assert "sqlalchemy" in names


def test_qt_is_imported_only_in_ui_and_app() -> None:
    files = sorted(PACKAGE_DIR.rglob("*.py"))
    assert len(files) > 20
    offenders = [
        f"{path.relative_to(PROJECT_DIR)}:{line} imports {name}"
        for path in files
        if not _allowed_to_use_qt(path)
        for line, name in _imports(path)
        if _is_forbidden(name)
    ]
    assert offenders == []


def test_import_linter_contracts() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    executable = str(lint) if lint.exists() else shutil.which("lint-imports")
    if executable is None:
        pytest.skip("lint-imports is not installed")
    result = subprocess.run(
        [executable, "--no-cache"], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_protocol_loads_only_the_standard_library() -> None:
    code = (
        "import json, sys\n"
        "before = set(sys.modules)\n"
        "import sangkien_desktop.protocol\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=PROJECT_DIR,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert "sangkien_desktop.protocol" in loaded
    foreign = [
        m
        for m in loaded
        if m.split(".")[0] not in sys.stdlib_module_names
        and m not in ("sangkien_desktop", "sangkien_desktop.protocol")
    ]
    assert foreign == []
