"""Compile Qt Designer forms ahead of time (ARCHITECTURE.md decision D1).

Every ``forms/<name>.ui`` becomes ``sangkien_desktop/ui/forms/ui_<name>.py`` through the
``pyside6-uic`` that sits beside the running interpreter (the pinned PySide6 of this environment,
not whatever is first on ``PATH``), with a one-line banner in front. uic writes untyped methods;
so that ``mypy --strict`` callers can use them, ``setupUi``/``retranslateUi`` get the form's
top-level class as parameter type and ``-> None``, and the module is marked ``# mypy: ignore-errors``.

The same run compiles every ``resources/translations/<name>.ts`` with ``pyside6-lrelease`` into
``sangkien_desktop/ui/translations/<name>.qm`` (committed, loaded by ``sangkien_desktop.ui.i18n``).
Entries still marked unfinished are left out, so the UI shows the English source, never a stale guess.

    python scripts/build_forms.py           write every form and translation that changed
    python scripts/build_forms.py --check   write nothing; exit 1 listing stale or orphaned files
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"
OUT_DIR = ROOT / "sangkien_desktop" / "ui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "sangkien_desktop" / "ui" / "translations"
BANNER = "# GENERATED from forms/{name}.ui by scripts/build_forms.py – do not edit.\n"
KEEP = frozenset({"__init__.py"})
_UI_METHOD = re.compile(r"^    def (setupUi|retranslateUi)\(self, (\w+)\):$", re.MULTILINE)
_FORM_CLASS = re.compile(r"^class Ui_", re.MULTILINE)


def tool_path(name: str) -> str:
    """A Qt tool (``pyside6-uic``, ``pyside6-lrelease``) from the interpreter's own bin (Scripts) folder."""
    bin_dir = Path(sys.executable).parent
    found = shutil.which(name, path=str(bin_dir))
    if found is None:
        raise SystemExit(f"{name} not found in {bin_dir}; install PySide6-Essentials here")
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


def qm_for(ts_file: Path) -> Path:
    return QM_DIR / f"{ts_file.stem}.qm"


def compile_translation(lrelease: str, ts_file: Path) -> bytes:
    """The ``.qm`` bytes, built in a scratch folder so that ``--check`` writes nothing."""
    with tempfile.TemporaryDirectory(prefix="sangkien-qm-") as scratch:
        qm_file = Path(scratch) / qm_for(ts_file).name
        result = subprocess.run([lrelease, "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm_file.exists():
            raise SystemExit(f"pyside6-lrelease failed on {ts_file.relative_to(ROOT)}:\n"
                             f"{result.stdout}{result.stderr}".strip())
        return qm_file.read_bytes()


def read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def orphans(forms: list[Path], translations: list[Path]) -> list[Path]:
    """Generated modules and ``.qm`` files whose source is gone."""
    expected = {target_for(ui).name for ui in forms}
    stale_forms = [p for p in OUT_DIR.glob("ui_*.py") if p.name not in expected and p.name not in KEEP]
    expected_qm = {qm_for(ts).name for ts in translations}
    return sorted([*stale_forms, *(p for p in QM_DIR.glob("*.qm") if p.name not in expected_qm)])


def outputs(forms: list[Path], translations: list[Path]) -> list[tuple[Path, bytes]]:
    """Every generated file with the content it should have."""
    uic, lrelease = tool_path("pyside6-uic"), tool_path("pyside6-lrelease")
    built = [(target_for(ui), compile_form(uic, ui).encode("utf-8")) for ui in forms]
    built += [(qm_for(ts), compile_translation(lrelease, ts)) for ts in translations]
    return [*built, quick_sql()]


def quick_sql() -> tuple[Path, bytes]:
    """The start-up reader's SQL, compiled from the repositories' query builders."""
    from sangkien_desktop.persistence import quick_sql

    target = ROOT / "sangkien_desktop" / "persistence" / quick_sql.COMPILED_MODULE
    return target, quick_sql.render_module().encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any form is stale")
    args = parser.parse_args(argv)

    forms, translations = sorted(FORMS_DIR.glob("*.ui")), sorted(TS_DIR.glob("*.ts"))
    stale: list[Path] = []
    for target, content in outputs(forms, translations):
        if read_bytes(target) == content:
            continue
        stale.append(target)
        if not args.check:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            print(f"wrote {target.relative_to(ROOT)}")
    leftovers = orphans(forms, translations)

    if args.check:
        problems = [f"stale: {p.relative_to(ROOT)}" for p in stale]
        problems += [f"orphaned (no source): {p.relative_to(ROOT)}" for p in leftovers]
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print("Run: python scripts/build_forms.py", file=sys.stderr)
            return 1
        print(f"{len(forms)} forms and {len(translations)} translations up to date")
        return 0
    for path in leftovers:
        print(f"warning: {path.relative_to(ROOT)} has no source; delete it if unused", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
