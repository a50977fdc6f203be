#!/usr/bin/env python3
"""Writes the ingest test corpus (this folder) from the seed articles in data/corpus/seeds.

Every file is a real Arabic news text in a shape that ingest must survive: another
encoding, broken bytes, no bytes, binary data, JSON Lines with bad records, boilerplate
HTML, nested folders. Run from anywhere; the output is deterministic, so the committed files
are exactly what this script writes.
"""
import json
import os
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[2] / "data" / "corpus" / "seeds"


def seed(name):
    return (SEEDS / name).read_text(encoding="utf-8")


def paragraphs(name):
    return [line for line in seed(name).split("\n") if line.strip()]


def write(relative, data):
    path = HERE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


# The reference paragraph: Lavrov–Kerry call (seed 001, its first paragraph).
paragraph = paragraphs("001_4adcd82f8367ead6.txt")[1] + "\n"
write("expected/paragraph.txt", paragraph)
write("encodings/windows-1256.txt", paragraph.encode("cp1256"))
write("encodings/iso-8859-6.txt", paragraph.encode("iso8859_6"))
write("encodings/utf-8-bom.txt", b"\xef\xbb\xbf" + paragraph.encode("utf-8"))
write("encodings/utf-16le-bom.txt", b"\xff\xfe" + paragraph.encode("utf-16-le"))
write("encodings/utf-16be-bom.txt", b"\xfe\xff" + paragraph.encode("utf-16-be"))
write("encodings/utf-16le.txt", paragraph.encode("utf-16-le"))
write("encodings/utf-16be.txt", paragraph.encode("utf-16-be"))
# Windows line endings are kept as they are: offsets count them.
write("encodings/utf-8-crlf.txt", "\r\n".join(paragraphs("001_4adcd82f8367ead6.txt")[2:4]) + "\r\n")

# Broken UTF-8: the first sentence of seed 003 with one defect of each kind, spliced in
# after a word boundary, so the expected text is the sentence with U+FFFD in their place.
sentence = seed("003_b370dc8600bd6f38.txt").split(". ")[0] + ".\n"
words = sentence.split(" ")
defects = [
    b"\x80",          # stray continuation byte
    b"\xc0\xaf",      # overlong '/': C0 is never valid, AF is then a stray continuation
    b"\xed\xa0\x80",  # a UTF-16 surrogate (U+D800) encoded in UTF-8
    b"\xd8",          # an Arabic letter cut after its first byte
    b"\xf5",          # a byte UTF-8 never uses
]
broken, expected = b"", ""
for i, word in enumerate(words):
    broken += word.encode("utf-8")
    expected += word
    if 1 <= i <= len(defects):
        defect = defects[i - 1]
        broken += defect
        # Maximal subparts: C0 AF → 2 replacements, ED A0 80 → 3 (ED cannot start a surrogate).
        expected += "\ufffd" * {b"\xc0\xaf": 2, b"\xed\xa0\x80": 3}.get(defect, 1)
    if i < len(words) - 1:
        broken += b" "
        expected += " "
write("broken/invalid-utf-8.txt", broken)
write("expected/invalid-utf-8.txt", expected)

# A write killed in the middle of a character: the title of seed 002 ends with the first
# byte of "ل" (D9 84).
title = paragraphs("002_979cc18ec33a5328.txt")[0].strip()
write("broken/truncated-end.txt", title.encode("utf-8") + "ل".encode("utf-8")[:1])

write("broken/empty.txt", b"")
write("broken/blank.txt", b"\xef\xbb\xbf \n\t\r\n  \n")


def png(width, height):
    """A real PNG image (a colour gradient): NUL bytes in its header and chunks."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\x00" + b"".join(bytes((x * 16 % 256, y * 16 % 256, (x ^ y) * 8 % 256)) for x in range(width))
                    for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


write("broken/image.png", png(16, 16))
write("broken/image-named.txt", png(16, 16))  # the name says text, the bytes do not

# JSON Lines: good records in every accepted shape, and bad ones between them.
s000 = [s.strip() + "." for s in seed("000_91d677eadaf30955.txt").split(".") if len(s.strip()) > 20]
records = [
    json.dumps({"id": "astana-1", "title": "اجتماع أستانة", "text": s000[0], "date": "2017-01-22",
                "source": "seed", "url": "http://example.org/1", "author": "مراسل"}, ensure_ascii=False),
    json.dumps({"id": 42, "content": s000[1], "date_extracted": "2017-01-22 07:53:57"}, ensure_ascii=False),
    "",
    '{"id": "cut", "text": "' + s000[2] + '"',                      # malformed: no closing brace
    json.dumps({"id": "no-text", "title": s000[3]}, ensure_ascii=False),  # missing text
    json.dumps({"text": s000[4]}, ensure_ascii=False),               # no id: a hash of the text
    json.dumps({"id": "blank", "text": "  \n "}),                    # empty text
    json.dumps([s000[5]], ensure_ascii=False),                       # not an object
    json.dumps({"id": "bad-date", "text": s000[6], "date": "2017-02-30"}, ensure_ascii=False),
]
lines = [r.encode("utf-8") for r in records]
# Broken bytes inside a JSON string: a cut letter before the closing quote.
lines.append(b'{"id": "bytes", "text": "' + s000[7].encode("utf-8") + b'\xd8"}')
write("jsonl/records.jsonl", b"\n".join(lines) + b"\n")

# HTML: seed 004's opening paragraphs inside a page full of boilerplate.
body = paragraphs("004_fb28ff19c70edb97.txt")[:3]
teasers = [p[:60] for p in paragraphs("001_4adcd82f8367ead6.txt")[2:4]]
boilerplate_top = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>داعش والنصرة | أخبار سوريا | الموقع</title>
<meta property="og:title" content="  اتفاق داعش   والنصرة ">
<meta property="article:published_time" content="2017-02-11T09:30:00+03:00">
<style>p {{ color: #333; }}</style>
<script>var tracking = "<p>ليس نصا</p>";</script>
</head>
<body>
<header><a href="/">الرئيسية</a> <p>أهم الأخبار اليوم في سوريا والعالم العربي</p></header>
<nav><ul><li><a href="/syria">سوريا</a></li><li><a href="/world">العالم</a></li></ul></nav>
"""
boilerplate_bottom = f"""<aside><h3>اقرأ أيضا</h3><p>{teasers[0]}</p><p>{teasers[1]}</p></aside>
<form><input name="q"><button>بحث</button></form>
<footer><p>جميع الحقوق محفوظة © 2017</p></footer>
</body>
</html>
"""
article = "<article>\n<header><h1>عنوان داخل رأس المقال</h1></header>\n" + "".join(
    f"<p>\n  {p.strip()}\n</p>\n" for p in body) + "<script>ads();</script>\n</article>\n"
write("html/article.html", boilerplate_top + "<main>\n" + article + "</main>\n" + boilerplate_bottom)
# The same page without <article>: the body is the block with the most paragraph text.
plain = '<div class="story">\n' + "".join(f"<p>{p.strip()}</p>\n" for p in body) + "</div>\n"
teaser_block = '<div class="related">' + "".join(f"<p>{t}</p>" for t in teasers) + "</div>\n"
write("html/no-article-tag.htm", boilerplate_top.replace('<meta property="article:published_time" content="2017-02-11T09:30:00+03:00">\n', "")
      + teaser_block + plain + boilerplate_bottom)
write("expected/html-article.txt", "\n".join(p.strip() for p in body))

# A folder: documents in every format, nested, with files a walk must skip.
s004 = paragraphs("004_fb28ff19c70edb97.txt")
write("folder/01_first.txt", s004[3])
write("folder/01_first.meta.json", json.dumps({"id": "x", "title": "توحيد الفصائل", "source": "seed",
                                               "date_extracted": "2017-02-12 10:00:00",
                                               "url": "http://example.org/4", "author": "مراسل"}, ensure_ascii=False))
write("folder/02_nested/b.jsonl", "\n".join(json.dumps({"id": f"b{i}", "text": s000[8 + i]}, ensure_ascii=False)
                                            for i in range(2)) + "\n")
write("folder/02_nested/broken.txt", b"")
write("folder/02_nested/deeper/d.txt", s004[4])
write("folder/02_nested/page.html", f"<html><head><title>صفحة</title></head><body><article><p>{s004[5]}</p></article></body></html>")
write("folder/03_last.TXT", s004[6])
write("folder/.hidden.txt", "مخفي")
write("folder/notes.md", "# not a document\n")
write("folder/data.json", '{"text": "not read: .json is metadata"}\n')
