"""Keep the Vietnamese Qt Linguist file ``resources/translations/sangkien_vi.ts`` in step with the code.

    python scripts/i18n.py update           extract strings from forms/*.ui and the ui/app code (lupdate);
                                            entries no longer in the sources are dropped
    python scripts/i18n.py fill FILE.json   set translations from {"Context": {"English source": "Bản dịch"}}
                                            and mark them finished (then tidy the file with ``update``)
    python scripts/i18n.py unfinished       list entries without a finished translation; exit 1 if any

Several people may run these at once: wrap each call in ``flock /tmp/sangkien-ts.lock``. Compile the
result with ``python scripts/build_forms.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from build_forms import tool_path  # the same folder: one place finds the Qt tools

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "sangkien_vi.ts"
TARGET_LANGUAGE, SOURCE_LANGUAGE = "vi_VN", "en_US"
GENERATED_FORMS = ROOT / "sangkien_desktop" / "ui" / "forms"
_SKIPPED_TYPES = frozenset({"obsolete", "vanished"})


def source_files() -> list[Path]:
    """Every file whose strings the UI shows; compiled forms are left out (their ``.ui`` counts)."""
    ui_code = [p for p in (ROOT / "sangkien_desktop" / "ui").rglob("*.py")
               if GENERATED_FORMS not in p.parents]
    return sorted([*(ROOT / "forms").glob("*.ui"), *ui_code, ROOT / "sangkien_desktop" / "app.py"])


def run_lupdate(ts_file: Path) -> str:
    """Merge the current source strings into ``ts_file`` (created if missing); lupdate's summary."""
    command = [tool_path("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
               "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE,
               *(str(p.relative_to(ROOT)) for p in source_files()), "-ts", str(ts_file)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{result.stdout}{result.stderr}")
    return result.stdout.strip()


# -- reading and writing the .ts --------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    element: ET.Element

    @property
    def translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    def is_finished(self) -> bool:
        translation = self.translation
        if translation.get("type") == "unfinished":
            return False
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        return all(texts)

    def is_live(self) -> bool:
        return self.translation.get("type") not in _SKIPPED_TYPES

    def set_translation(self, text: str | list[str]) -> None:
        translation = self.translation
        forms = translation.findall("numerusform")
        if forms:  # Vietnamese has a single plural form, but accept a list for every form lupdate made
            texts = text if isinstance(text, list) else [text] * len(forms)
            if len(texts) != len(forms):
                raise ValueError(f"{self.context} / {self.source!r}: expected {len(forms)} plural forms")
            for form, value in zip(forms, texts, strict=True):
                form.text = value
        elif isinstance(text, str):
            translation.text = text
        else:
            raise ValueError(f"{self.context} / {self.source!r}: not a plural entry, give one string")
        translation.attrib.pop("type", None)


def read_ts(ts_file: Path) -> ET.Element:
    if not ts_file.exists():
        raise SystemExit(f"{ts_file} does not exist; run: python scripts/i18n.py update")
    return ET.parse(ts_file).getroot()


def entries(root: ET.Element) -> Iterator[Entry]:
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            entry = Entry(name, message.findtext("source", default=""), message)
            if entry.is_live():
                yield entry


def write_ts(root: ET.Element, ts_file: Path) -> None:
    """Atomically: a reader (lrelease, a test) never sees half a file."""
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    text = f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'
    handle, temp = tempfile.mkstemp(dir=ts_file.parent, prefix=".sangkien_vi.", suffix=".ts")
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    os.replace(temp, ts_file)


def unfinished_entries(ts_file: Path) -> list[Entry]:
    return [e for e in entries(read_ts(ts_file)) if not e.is_finished()]


# -- commands ---------------------------------------------------------------------------------------

def update(ts_file: Path) -> int:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    print(run_lupdate(ts_file))
    left = len(unfinished_entries(ts_file))
    if left:
        print(f"{left} entries need a translation: python scripts/i18n.py unfinished")
    return 0


def load_fill(json_file: Path) -> dict[str, dict[str, str | list[str]]]:
    data: dict[str, dict[str, str | list[str]]] = json.loads(json_file.read_text(encoding="utf-8"))
    valid = isinstance(data, dict) and all(
        isinstance(messages, dict) and all(isinstance(t, str | list) for t in messages.values())
        for messages in data.values())
    if not valid:
        raise SystemExit(f'{json_file}: expected {{"Context": {{"English source": "Bản dịch"}}}}')
    return data


def fill(ts_file: Path, json_file: Path) -> int:
    wanted = load_fill(json_file)
    root = read_ts(ts_file)
    by_key: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries(root):
        by_key.setdefault((entry.context, entry.source), []).append(entry)
    missing = [f"  {context} / {source!r}" for context, messages in wanted.items()
               for source in messages if (context, source) not in by_key]
    if missing:  # change nothing: a typo must not leave half the file filled
        print("not in the .ts (run `python scripts/i18n.py update` first, or fix the context/source):",
              *missing, sep="\n", file=sys.stderr)
        return 1
    blank = [f"  {c} / {s!r}" for c, messages in wanted.items() for s, t in messages.items()
             if not (t.strip() if isinstance(t, str) else all(x.strip() for x in t))]
    if blank:
        print("empty translations:", *blank, sep="\n", file=sys.stderr)
        return 1
    try:
        for context, messages in wanted.items():
            for source, text in messages.items():
                for entry in by_key[(context, source)]:
                    entry.set_translation(text)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    write_ts(root, ts_file)
    run_lupdate(ts_file)  # back to lupdate's own layout, so diffs stay small
    print(f"filled {sum(len(m) for m in wanted.values())} entries")
    return 0


def unfinished(ts_file: Path) -> int:
    left = unfinished_entries(ts_file)
    for entry in left:
        print(f"{entry.context}\t{json.dumps(entry.source, ensure_ascii=False)}")  # one line, JSON-ready
    print(f"{len(left)} unfinished", file=sys.stderr)
    return 1 if left else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract strings into the .ts (drops obsolete entries)")
    fill_parser = commands.add_parser("fill", help="set translations from a JSON file")
    fill_parser.add_argument("json_file", type=Path)
    commands.add_parser("unfinished", help="list entries still to translate; exit 1 if any")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.ts)
    if args.command == "fill":
        return fill(args.ts, args.json_file)
    return unfinished(args.ts)


if __name__ == "__main__":
    sys.exit(main())
