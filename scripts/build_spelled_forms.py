#!/usr/bin/env python3
"""Builds data/hunspell/spelled_forms.tsv: hunspell-ar's verdict on every spelling of the
lexicon's words, so that marsad asks hunspell (~30-70 µs a word) only about words outside it.

Usage: scripts/build_spelled_forms.py [OUT]   (default data/hunspell/spelled_forms.tsv)

Source: the installed Debian package hunspell-ar 3.2 (/usr/share/hunspell/ar.aff, ar.dic; GPL-2.0 /
LGPL-2.1 / MPL-1.1, (c) Mohamed Kebdani, Ayaspell), asked through libhunspell itself, so the
verdicts are the library's own. The words are the match keys of data/lexicon/words.tsv.

A match key folds several letters (normalize.h): أ إ آ → ا, ؤ → و, ئ ى → ي, ة → ه. For each key
the file lists which of its spellings hunspell accepts, among ALL the spellings made of these
letters (ة and ى only at the end, as written). src/text/lexicon.cpp reads the same rules: a word
whose key is listed here is answered from the file, accepted exactly when it is one of the
listed spellings. Keys with more than MAX_SPELLINGS spellings are not listed (they go to
hunspell). The header keeps the size and FNV-1a hash of ar.aff and ar.dic: with any other
hunspell-ar installed the file is ignored, and every word goes to hunspell again.

Lines: key TAB accepted spellings separated by spaces ("=" for the key itself; empty: none).
"""
import ctypes
import itertools
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AFF = "/usr/share/hunspell/ar.aff"
DIC = "/usr/share/hunspell/ar.dic"
MAX_SPELLINGS = 256

# The letters a key may hold at each place, as written. Mirrors spelled_form_key() in
# src/text/lexicon.cpp: change both together.
ANYWHERE = {"ا": "اأإآ", "و": "وؤ", "ي": "يئ"}
AT_END = {"ي": "يئى", "ه": "هة"}
FIRST, LAST = 0x0621, 0x064A
TATWEEL = 0x0640
VARIANTS = set("أإآؤئةى")


def fnv1a(path):
    h = 0xCBF29CE484222325
    with open(path, "rb") as f:
        for b in f.read():
            h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def listable(key):
    return key and all(FIRST <= ord(c) <= LAST and ord(c) != TATWEEL and c not in VARIANTS for c in key)


def spellings(key):
    choices = []
    for i, c in enumerate(key):
        table = AT_END if i == len(key) - 1 and c in AT_END else ANYWHERE
        choices.append(table.get(c, c))
    count = 1
    for c in choices:
        count *= len(c)
    if count > MAX_SPELLINGS:
        return None
    return ("".join(p) for p in itertools.product(*choices))


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data/hunspell/spelled_forms.tsv")
    lib = ctypes.CDLL("libhunspell-1.7.so.0")
    lib.Hunspell_create.restype = ctypes.c_void_p
    lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    hunspell = lib.Hunspell_create(AFF.encode(), DIC.encode())

    keys = []
    with open(os.path.join(ROOT, "data/lexicon/words.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            key = line.rstrip("\n").split("\t")[0]
            if listable(key):
                keys.append(key)
    keys = sorted(set(keys))

    rows = []
    for key in keys:
        forms = spellings(key)
        if forms is None:
            continue
        accepted = [w for w in forms if lib.Hunspell_spell(hunspell, w.encode("utf-8"))]
        rows.append(key + "\t" + " ".join("=" if w == key else w for w in accepted))

    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# hunspell-ar's verdicts on the spellings of data/lexicon/words.tsv: made by\n")
        out.write("# scripts/build_spelled_forms.py (see there); key TAB accepted spellings\n")
        for name, path in (("aff", AFF), ("dic", DIC)):
            out.write("# %s\t%d\t%016x\n" % (name, os.path.getsize(path), fnv1a(path)))
        for row in rows:
            out.write(row + "\n")
    print("%d keys, %d listed" % (len(keys), len(rows)), file=sys.stderr)


if __name__ == "__main__":
    main()
