#!/usr/bin/env python3
"""The l10n check: runs lupdate over the sources into a temporary copy of each committed .ts and
fails when a source string is missing from the committed file, or a translation is unfinished,
empty, or drops a %1-style placeholder.

Usage: check_translations.py LUPDATE SOURCE_ROOT TS_FILE...
After adding strings, run scripts/update-translations.sh and translate what it marks unfinished.
"""

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SOURCE_DIRS = ["app", "ui", "models"]
PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?)")


def messages(path):
    """(context, source, comment) -> message element, for every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def translations(message):
    """The translation texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def problem_of(source, message):
    translation = message.find("translation")
    if translation is None:
        return "no translation"
    kind = translation.get("type", "")
    if kind == "unfinished":
        return "unfinished"
    if kind in ("vanished", "obsolete"):
        return None
    texts = translations(message)
    if not texts or any(not text.strip() for text in texts):
        return "empty"
    wanted = set(PLACEHOLDER.findall(source))
    for text in texts:
        if set(PLACEHOLDER.findall(text)) != wanted:
            return "placeholders differ (%s)" % ", ".join(sorted(wanted)) if wanted else "adds placeholders"
    if message.get("numerus") == "yes" and len(texts) < 2:
        return "a plural form is missing"
    return None


def check(lupdate, root, committed):
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / committed.name
        shutil.copyfile(committed, copy)
        # The source language's file holds only plural forms.
        options = ["-pluralonly"] if committed.name.endswith("_en.ts") else []
        run = subprocess.run(
            [lupdate, *options, "-no-obsolete", "-locations", "none", *SOURCE_DIRS, "-ts", str(copy)],
            cwd=root, capture_output=True, text=True)
        output = run.stdout + run.stderr
        if run.returncode != 0:
            return ["lupdate failed (%d):\n%s" % (run.returncode, output)]
        # A tr() lupdate cannot place in a context is left out of the .ts: never translated.
        for line in output.splitlines():
            if "cannot be called without context" in line:
                failures.append("not extracted: " + line.strip())
        before = messages(committed)
        after = messages(copy)
    missing = [key for key in after if key not in before]
    for context, source, _ in missing:
        failures.append("missing from %s: [%s] %r" % (committed.name, context, source))
    translated = 0
    for key, message in after.items():
        if key in missing:
            continue
        problem = problem_of(key[1], message)
        if problem:
            failures.append("%s: [%s] %r: %s" % (committed.name, key[0], key[1], problem))
        else:
            translated += 1
    unfinished = len(after) - len(missing) - translated
    print("%s: %d source strings, %d translated, %d unfinished or wrong, %d missing"
          % (committed.name, len(after), translated, unfinished, len(missing)))
    return failures


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, root = argv[1], Path(argv[2])
    failures = []
    for ts in argv[3:]:
        failures += check(lupdate, root, Path(ts))
    for failure in failures:
        print("FAIL " + failure)
    if failures:
        print("%d problem(s). Run scripts/update-translations.sh and translate the unfinished strings."
              % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
