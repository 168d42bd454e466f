"""Compile Qt Designer forms ahead of time (ARCHITECTURE.md decision D1).

Every ``forms/<name>.ui`` becomes ``sangkien_desktop/ui/forms/ui_<name>.py`` through the
``pyside6-uic`` that sits beside the running interpreter (the pinned PySide6 of this environment,
not whatever is first on ``PATH``), with a one-line banner in front. uic writes untyped methods;
so that ``mypy --strict`` callers can use them, ``setupUi``/``retranslateUi`` get the form's
top-level class as parameter type and ``-> None``, and the module is marked ``# mypy: ignore-errors``.

    python scripts/build_forms.py           write every form that changed
    python scripts/build_forms.py --check   write nothing; exit 1 listing stale or orphaned files
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"
OUT_DIR = ROOT / "sangkien_desktop" / "ui" / "forms"
BANNER = "# GENERATED from forms/{name}.ui by scripts/build_forms.py – do not edit.\n"
KEEP = frozenset({"__init__.py"})
_UI_METHOD = re.compile(r"^    def (setupUi|retranslateUi)\(self, (\w+)\):$", re.MULTILINE)
_FORM_CLASS = re.compile(r"^class Ui_", re.MULTILINE)


def uic_path() -> str:
    """``pyside6-uic`` from the interpreter's own bin (Scripts on Windows) folder."""
    bin_dir = Path(sys.executable).parent
    found = shutil.which("pyside6-uic", path=str(bin_dir))
    if found is None:
        raise SystemExit(f"pyside6-uic not found in {bin_dir}; install PySide6-Essentials here")
    return found


def target_for(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def compile_form(uic: str, ui_file: Path) -> str:
    """The generated module's text: banner + uic output, with LF line endings whatever the platform."""
    # Run inside forms/ with a bare file name so the "generated from" comment never holds a local path.
    result = subprocess.run([uic, "--generator", "python", ui_file.name], cwd=ui_file.parent,
                            capture_output=True, check=False)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise SystemExit(f"pyside6-uic failed on {ui_file.relative_to(ROOT)}:\n{message}")
    body = result.stdout.decode("utf-8").replace("\r\n", "\n")
    return BANNER.format(name=ui_file.stem) + add_types(body, top_level_class(ui_file))


def top_level_class(ui_file: Path) -> str:
    widget = ET.parse(ui_file).getroot().find("widget")
    if widget is None or not widget.get("class"):
        raise SystemExit(f"{ui_file.relative_to(ROOT)} has no top-level widget")
    return str(widget.get("class"))


def add_types(body: str, widget_class: str) -> str:
    """Annotate the two generated methods; fail loudly if uic's output shape ever changes."""
    typed, count = _UI_METHOD.subn(rf'    def \1(self, \2: "{widget_class}") -> None:', body)
    if count != 2 or not _FORM_CLASS.search(typed):
        raise SystemExit("unexpected pyside6-uic output: cannot find setupUi/retranslateUi to annotate")
    return _FORM_CLASS.sub("# mypy: ignore-errors\nclass Ui_", typed, count=1)


def read_text(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None


def orphans(sources: list[Path]) -> list[Path]:
    """Generated modules whose ``.ui`` source is gone."""
    expected = {target_for(ui).name for ui in sources}
    return sorted(p for p in OUT_DIR.glob("ui_*.py") if p.name not in expected and p.name not in KEEP)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any form is stale")
    args = parser.parse_args(argv)

    uic = uic_path()
    sources = sorted(FORMS_DIR.glob("*.ui"))
    stale: list[Path] = []
    for ui_file in sources:
        target = target_for(ui_file)
        text = compile_form(uic, ui_file)
        if read_text(target) == text:
            continue
        stale.append(target)
        if not args.check:
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
            print(f"wrote {target.relative_to(ROOT)}")
    leftovers = orphans(sources)

    if args.check:
        problems = [f"stale: {p.relative_to(ROOT)}" for p in stale]
        problems += [f"orphaned (no forms/ source): {p.relative_to(ROOT)}" for p in leftovers]
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print("Run: python scripts/build_forms.py", file=sys.stderr)
            return 1
        print(f"{len(sources)} forms up to date")
        return 0
    for path in leftovers:
        print(f"warning: {path.relative_to(ROOT)} has no forms/ source; delete it if unused", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
