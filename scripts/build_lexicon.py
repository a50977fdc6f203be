#!/usr/bin/env python3
"""Builds data/lexicon/words.tsv: Arabic match keys with corpus counts.

Usage: scripts/build_lexicon.py [SHARED_DIR]   (default ../shared)

Sources (all in SHARED_DIR/data, licences in data/README.md):
  wordfreq/opensubtitles2018_ar_50k.txt   50k subtitle word frequencies (hermitdave, MIT)
  anercorp/ANERCorp_CamelLabSplit_reconstructed_train.txt
                                          ANERcorp news tokens, the TRAIN split only (Benajiba
                                          2007, research use): the NER test split stays unseen
  aqmar/articles/*.txt                    AQMAR Arabic Wikipedia tokens (CC BY-SA 3.0)
  gazetteers/arabic_names/*, anergazet/*  first/last names and gazetteer names

Each source is scaled to counts per 10 million tokens so that a small news corpus weighs
as much as a large subtitle list; the scaled counts are summed. SaudiNewsNet (NC) is never
read. Keys follow src/text/normalize.h (the C++ is the reference; this mirrors it).
"""
import collections
import glob
import os
import re
import sys
import unicodedata

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي", "ة": "ه",
                      "ؤ": "و", "ئ": "ي", "ک": "ك", "ڪ": "ك", "ی": "ي", "ۍ": "ي", "ې": "ي", "ے": "ي",
                      "ە": "ه", "ہ": "ه", "ھ": "ه", "ۀ": "ه", "ۂ": "ه"})
ARABIC_WORD = re.compile("^[\u0621-\u064a\u0671-\u06d3]+$")


def key(word):
    word = unicodedata.normalize("NFKC", word) if any("\ufb50" <= c <= "\ufeff" for c in word) else word
    return DIACRITICS.sub("", word).translate(FOLD)


def scaled(counter, per=10_000_000):
    total = sum(counter.values()) or 1
    return {k: v * per / total for k, v in counter.items()}


def tokens_of_bio(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts:
                yield parts[0]


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    data = os.path.join(shared, "data")
    sources = []

    subs = collections.Counter()
    with open(os.path.join(data, "wordfreq/opensubtitles2018_ar_50k.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                subs[key(parts[0])] += int(parts[1])
    sources.append(subs)

    # The train split only: the NER tagger is scored on the test split, and the lexicon feeds
    # its features (stems, known words).
    train = os.path.join(data, "anercorp/ANERCorp_CamelLabSplit_reconstructed_train.txt")
    news = collections.Counter(key(t) for t in tokens_of_bio(train))
    sources.append(news)

    wiki = collections.Counter()
    for path in sorted(glob.glob(os.path.join(data, "aqmar/articles/*.txt"))):
        wiki.update(key(t) for t in tokens_of_bio(path))
    sources.append(wiki)

    totals = collections.defaultdict(float)
    for counter in sources:
        for k, v in scaled(counter).items():
            totals[k] += v

    # Names: known words even when rare in the corpora (a floor count of 1).
    name_files = glob.glob(os.path.join(data, "gazetteers/arabic_names/*.txt")) + \
        glob.glob(os.path.join(data, "gazetteers/anergazet/*.txt"))
    for path in name_files:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                for w in line.split():
                    k = key(w)
                    if ARABIC_WORD.match(k):
                        totals[k] = max(totals[k], 1.0)

    rows = sorted(((k, max(1, round(v))) for k, v in totals.items() if ARABIC_WORD.match(k)),
                  key=lambda kv: (-kv[1], kv[0]))
    out = os.path.join(os.path.dirname(__file__), "..", "data", "lexicon", "words.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# key\tcount per 10M tokens (summed over sources; see scripts/build_lexicon.py)\n")
        for k, v in rows:
            f.write(f"{k}\t{v}\n")
    print(f"{len(rows)} keys written to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
