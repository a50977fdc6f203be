#!/usr/bin/env python3
"""Clitic segmentation accuracy of `marsad analyze` against tests/data/text/clitic_gold.tsv.

Each gold row is one word of one source text: its proclitics (+-joined, in order),
its stem as written and its enclitic (see tests/data/text/README.md). The script
runs `marsad analyze --json` on the source texts, aligns every row to the first
unused token with the same surface in the same document (harakat and tatweel
ignored), and counts a row correct when proclitics, stem and enclitics all agree.

Sources: seed ids (000_91d677eadaf30955) are read from data/corpus/seeds; dev_XX
from --dev (the NC dev articles, outside the repo). Rows whose text is missing
are skipped and counted.

Errors are sorted into
  over-segmented   marsad strips more clitics than the gold (لافروف → ل+افروف)
  under-segmented  fewer (وبالتالي → و+بالتالي)
  wrong            as many, but different ones or a different stem
  no token         no token has the row's surface (tokenization or repair problem)

Exit status: 0 if accuracy >= --min-accuracy, 1 if not, 2 if marsad failed.
"""

import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")  # harakat, superscript alef, tatweel
PREPOSITIONS = {"ب", "ل", "ك"}


def bare(s):
    return HARAKAT.sub("", s)


def canonical_proclitics(parts):
    """["و", "ل", "ال"] and ["و", "لل"] are the same analysis: ل + ال is written لل."""
    joined = "+".join(bare(p) for p in parts if p)
    return re.sub(r"(^|\+)ل\+ال(\+|$)", r"\1لل\2", joined)


class Analysis:
    def __init__(self, proclitics, stem, enclitics):
        self.proclitics = canonical_proclitics(proclitics)
        self.stem = bare(stem)
        self.enclitics = "+".join(bare(e) for e in enclitics if e)

    def clitic_count(self):
        return len([p for p in self.proclitics.split("+") if p]) + len([e for e in self.enclitics.split("+") if e])

    def __eq__(self, other):
        if (self.proclitics, self.stem, self.enclitics) == (other.proclitics, other.stem, other.enclitics):
            return True
        # لهم: the gold takes the preposition as the stem (ATB li+hum); an analysis with
        # proclitic ل and an empty stem says the same thing.
        for a, b in ((self, other), (other, self)):
            b_pro = b.proclitics.split("+") if b.proclitics else []
            if (a.stem in PREPOSITIONS and b.stem == "" and b_pro and b_pro[-1] == a.stem
                    and "+".join(b_pro[:-1]) == a.proclitics and a.enclitics == b.enclitics):
                return True
        return False

    def __str__(self):
        pro = "".join(p + "+" for p in self.proclitics.split("+") if p)
        enc = "".join("+" + e for e in self.enclitics.split("+") if e)
        return f"{pro}[{self.stem}]{enc}"


def read_gold(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = []
        for n, r in enumerate(reader, 2):
            r["line"] = n
            r["gold"] = Analysis((r["proclitics"] or "").split("+"), r["stem"], [r["enclitics"] or ""])
            rows.append(r)
        return rows


def source_file(source, seeds, dev):
    if source.startswith("dev_"):
        if not os.path.isdir(dev):
            return None
        matches = sorted(f for f in os.listdir(dev) if f.startswith(source + "_") and f.endswith(".txt"))
        return os.path.join(dev, matches[0]) if matches else None
    path = os.path.join(seeds, source + ".txt")
    return path if os.path.exists(path) else None


def run_marsad(marsad, files):
    try:
        proc = subprocess.run([marsad, "analyze", "--json"] + files,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    except OSError as e:
        print(f"clitic_eval: cannot run {marsad}: {e}", file=sys.stderr)
        sys.exit(2)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-2000:])
        print(f"clitic_eval: {marsad} analyze exited with {proc.returncode}", file=sys.stderr)
        sys.exit(2)
    docs = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            docs[str(d["doc"])] = d.get("tokens", [])
    return docs


def error_kind(gold, got):
    if got is None:
        return "no token"
    if got.clitic_count() > gold.clitic_count():
        return "over-segmented"
    if got.clitic_count() < gold.clitic_count():
        return "under-segmented"
    return "wrong"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=os.path.join(REPO, "tests/data/text/clitic_gold.tsv"))
    ap.add_argument("--seeds", default=os.path.join(REPO, "data/corpus/seeds"))
    ap.add_argument("--dev", default="/work/shared/gold/dev", help="folder of the dev_XX_*.txt texts")
    ap.add_argument("--marsad", default="build/marsad")
    ap.add_argument("--min-accuracy", type=float, default=0.95)
    ap.add_argument("--dump", type=int, default=0, metavar="N", help="print the first N errors")
    args = ap.parse_args()

    rows = read_gold(args.gold)
    files = {}
    for r in rows:
        if r["source"] not in files:
            files[r["source"]] = source_file(r["source"], args.seeds, args.dev)
    present = {s: f for s, f in files.items() if f}
    docs = run_marsad(args.marsad, sorted(present.values())) if present else {}

    used = collections.defaultdict(set)
    counts = collections.Counter()
    part_ok = collections.Counter()
    patterns = collections.Counter()
    by_clitic = collections.Counter()  # "missed ال+", "extra +ي"
    errors = []
    for r in rows:
        path = files[r["source"]]
        if not path:
            counts["skipped"] += 1
            continue
        doc = os.path.splitext(os.path.basename(path))[0]
        tokens = docs.get(doc, [])
        want = bare(r["surface"])
        got = None
        for i, t in enumerate(tokens):
            if i not in used[doc] and bare(t.get("surface", "")) == want:
                used[doc].add(i)
                got = Analysis(t.get("proclitics", []), t.get("stem", ""), t.get("enclitics", []))
                break
        counts["rows"] += 1
        gold = r["gold"]
        if got is not None:
            part_ok["proclitics"] += got.proclitics == gold.proclitics
            part_ok["stem"] += got.stem == gold.stem
            part_ok["enclitics"] += got.enclitics == gold.enclitics
        if got is not None and got == gold:
            counts["correct"] += 1
            continue
        kind = error_kind(gold, got)
        counts[kind] += 1
        patterns[(kind, str(gold), str(got) if got else "-")] += 1
        if got is not None:
            for side in ("proclitics", "enclitics"):
                g = collections.Counter(p for p in getattr(gold, side).split("+") if p)
                m = collections.Counter(p for p in getattr(got, side).split("+") if p)
                for c in (g - m).elements():
                    by_clitic[f"missed {c}{'+' if side == 'proclitics' else ''}".replace("missed ", "missed " if side == "proclitics" else "missed +")] += 1
                for c in (m - g).elements():
                    by_clitic[f"extra {c}{'+' if side == 'proclitics' else ''}".replace("extra ", "extra " if side == "proclitics" else "extra +")] += 1
        errors.append((r, kind, got))

    n = counts["rows"]
    accuracy = counts["correct"] / n if n else 0.0
    print(f"rows {n} scored, {counts['skipped']} skipped (source text missing)")
    print(f"accuracy {accuracy:.4f} ({counts['correct']}/{n})")
    if n:
        print("agreement by part: " + ", ".join(f"{k} {part_ok[k] / n:.3f}" for k in ("proclitics", "stem", "enclitics")))
    print("errors: " + ", ".join(f"{k} {counts[k]}" for k in ("over-segmented", "under-segmented", "wrong", "no token")))
    if by_clitic:
        print("clitics missed or added in errors: " + ", ".join(f"{k} {c}" for k, c in by_clitic.most_common()))
    if patterns:
        print("\nmost frequent errors (gold → marsad):")
        for (kind, gold, got), c in patterns.most_common(15):
            print(f"  {c:3d}  {kind:15s} {gold} → {got}")
    if args.dump:
        print(f"\n-- first {args.dump} errors --")
        for r, kind, got in errors[:args.dump]:
            note = f"  ({r['notes']})" if r["notes"] else ""
            print(f"line {r['line']} {r['source']} {r['surface']}: gold {r['gold']}, marsad {got or '-'} [{kind}]{note}")

    if accuracy < args.min_accuracy:
        print(f"FAIL: accuracy {accuracy:.4f} < {args.min_accuracy}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
