#!/usr/bin/env python3
"""Known-item search evaluation: marsad vs PostgreSQL's `arabic` configuration vs Xapian.

N articles of a JSON Lines corpus (SaudiNewsNet) are chosen with a fixed seed; each one's
title is the query and the article itself the one right answer. Every system indexes the same
documents (title + text, the title weighted higher) and returns its top 10; we report MRR@10,
recall@10 and, for marsad, the latency of each query inside the process (p50/p99).

  scripts/search_eval.py --corpus /work/shared/corpus/saudinewsnet/saudinewsnet.jsonl \
      --marsad build/marsad --db snn.db [--sample 500] [--seed 13] [--peers]

--db must hold the corpus (`marsad ingest CORPUS --db snn.db`). --peers installs (Debian:
postgresql, python3-psycopg2, python3-xapian — for this measurement only, not scripts/setup),
starts a throw-away PostgreSQL server on loopback and builds a Xapian index in a temp folder.
The corpus is read only: nothing from it is written outside the temp folder and the --db file.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time


def content_id(text):
    """marsad's id of a record without one: FNV-1a 64 of the UTF-8 text (ingest/metadata.cpp)."""
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def read_corpus(path):
    docs = {}  # id → (title, text), first record of a text wins, as in marsad
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            text = r.get("text") or r.get("content") or ""
            if not text.strip():
                continue
            doc_id = str(r["id"]) if r.get("id") is not None else content_id(text)
            docs.setdefault(doc_id, (r.get("title") or "", text))
    return docs


def choose(docs, n, seed):
    candidates = sorted(d for d, (title, _) in docs.items() if len(title.split()) >= 2)
    return random.Random(seed).sample(candidates, n)


def score(rankings, targets):
    rr, hits = 0.0, 0
    for ranked, target in zip(rankings, targets):
        if target in ranked[:10]:
            rr += 1.0 / (ranked.index(target) + 1)
            hits += 1
    return rr / len(targets), hits / len(targets)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run_marsad(binary, db, queries, workdir):
    qfile = os.path.join(workdir, "queries.txt")
    with open(qfile, "w", encoding="utf-8") as f:
        for q in queries:
            f.write(q.replace("\n", " ") + "\n")
    start = time.time()
    out = subprocess.run([binary, "search", "--queries", qfile, "--json", "--limit", "10", "--db", db],
                         check=True, capture_output=True, text=True).stdout
    wall = time.time() - start
    rankings, latencies, cpu = [], [], []
    for line in out.splitlines():
        j = json.loads(line)
        rankings.append([r["doc"] for r in j["results"]])
        latencies.append(j["took_ms"])
        cpu.append(j.get("cpu_ms", 0))
    return rankings, latencies, cpu, wall


def apt_install(packages):
    missing = [p for p in packages if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "-q"] + missing, check=True, capture_output=True)


def run_postgres(docs, queries, workdir):
    import psycopg2  # noqa: E402 (installed by apt_install)
    bindir = sorted(d for d in os.listdir("/usr/lib/postgresql"))[-1]
    bindir = os.path.join("/usr/lib/postgresql", bindir, "bin")
    data = os.path.join(workdir, "pg")
    os.makedirs(data)
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:
        shutil.chown(workdir, "postgres")
        shutil.chown(data, "postgres")
    subprocess.run(as_postgres + [os.path.join(bindir, "initdb"), "-D", data, "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust"],
                   check=True, capture_output=True)
    port = "54329"
    subprocess.run(as_postgres + [os.path.join(bindir, "pg_ctl"), "-D", data, "-w", "-l", os.path.join(data, "log"), "-o",
                                  f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1", "start"],
                   check=True, capture_output=True)
    try:
        conn = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres")
        conn.autocommit = True
        cur = conn.cursor()
        cur.execute("CREATE TABLE docs(id text PRIMARY KEY, title text, body text, tsv tsvector)")
        rows = list(docs.items())
        for i in range(0, len(rows), 1000):
            args = [(d, t, b) for d, (t, b) in rows[i:i + 1000]]
            cur.executemany("INSERT INTO docs(id, title, body) VALUES(%s, %s, %s)", args)
        cur.execute("UPDATE docs SET tsv = setweight(to_tsvector('arabic', title), 'A') || "
                    "setweight(to_tsvector('arabic', body), 'D')")
        cur.execute("CREATE INDEX docs_tsv ON docs USING gin(tsv)")
        cur.execute("ANALYZE docs")
        rankings, latencies = [], []
        for q in queries:
            start = time.time()
            # The words of the title OR'ed (AND would need every title word in the article).
            cur.execute("SELECT id FROM docs, CAST(replace(plainto_tsquery('arabic', %s)::text, '&', '|') AS tsquery) q "
                        "WHERE q::text <> '' AND tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 10", (q,))
            rankings.append([r[0] for r in cur.fetchall()])
            latencies.append((time.time() - start) * 1000)
        conn.close()
        return rankings, latencies
    finally:
        subprocess.run(as_postgres + [os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "fast", "stop"], capture_output=True)


def run_xapian(docs, queries, workdir):
    import xapian  # noqa: E402 (installed by apt_install)
    db = xapian.WritableDatabase(os.path.join(workdir, "xapian"), xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem("arabic"))
    for doc_id, (title, body) in docs.items():
        doc = xapian.Document()
        tg.set_document(doc)
        tg.index_text(title, 4)  # the title counts four times, as in marsad's BM25 weights
        tg.increase_termpos()
        tg.index_text(body)
        doc.add_boolean_term("Q" + doc_id)
        doc.set_data(doc_id)
        db.replace_document("Q" + doc_id, doc)
    db.commit()
    enquire = xapian.Enquire(db)
    qp = xapian.QueryParser()
    qp.set_stemmer(xapian.Stem("arabic"))
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_default_op(xapian.Query.OP_OR)
    rankings, latencies = [], []
    for q in queries:
        start = time.time()
        enquire.set_query(qp.parse_query(q))
        rankings.append([m.document.get_data().decode() for m in enquire.get_mset(0, 10)])
        latencies.append((time.time() - start) * 1000)
    return rankings, latencies


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--marsad", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--peers", action="store_true", help="also measure PostgreSQL and Xapian")
    ap.add_argument("--max-p99-ms", type=float, default=0, help="fail when marsad's p99 latency is above")
    args = ap.parse_args()
    if args.peers:
        apt_install(["postgresql", "python3-psycopg2", "python3-xapian"])
        try:
            import psycopg2, xapian  # noqa: F401
        except ImportError:  # a Python other than Debian's: run again under Debian's
            if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
                os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
            raise

    docs = read_corpus(args.corpus)
    targets = choose(docs, args.sample, args.seed)
    queries = [docs[t][0] for t in targets]
    print(f"{len(docs)} documents, {len(queries)} known-item queries (seed {args.seed})")
    table = []
    with tempfile.TemporaryDirectory() as work:
        os.chmod(work, 0o755)
        rankings, latencies, cpu, wall = run_marsad(args.marsad, args.db, queries, work)
        mrr, recall = score(rankings, targets)
        table.append(("marsad (FTS5 + marsad analysis)", mrr, recall, latencies))
        if args.peers:
            r, l = run_postgres(docs, queries, work)
            table.append(("PostgreSQL 15 'arabic' (Snowball)", *score(r, targets), l))
            r, l = run_xapian(docs, queries, work)
            table.append(("Xapian 1.4 Stem('arabic')", *score(r, targets), l))
    print(f"| system | MRR@10 | recall@10 | p50 ms | p99 ms |\n|---|---|---|---|---|")
    for name, mrr, recall, lat in table:
        print(f"| {name} | {mrr:.4f} | {recall:.4f} | {percentile(lat, 50):.2f} | {percentile(lat, 99):.2f} |")
    print(f"marsad: {len(queries)} queries in {wall:.2f} s wall (process start and lexicon load included); "
          f"CPU time per query p50 {percentile(cpu, 50):.2f} ms, p99 {percentile(cpu, 99):.2f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    p99 = percentile(table[0][3], 99)
    if args.max_p99_ms and p99 > args.max_p99_ms:
        print(f"marsad p99 {p99:.2f} ms > {args.max_p99_ms} ms", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
