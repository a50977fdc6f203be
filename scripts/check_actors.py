#!/usr/bin/env python3
"""Checks the actor gazetteer: data/actors/*.tsv, data/aliases/*.tsv, data/roles.tsv.

Structure (exit status 1 when broken):
  - every row has as many fields as its header; actor tables have the agreed columns;
  - ids are snake_case and unique across all actor tables (places.tsv included when present);
  - type, kind, alias kind, predicate, wikidata and date fields take their allowed forms;
  - every alias, relation, role and country points at a known id;
  - every non-place id fixed by the gold (ACTOR_IDS.md) exists.
When data/actors/places.tsv is missing, references that only a place could satisfy are listed
as warnings instead of errors, so the people and organization files can be checked alone.

Coverage (printed, never fatal): the share of gold PER/ORG mentions whose surface, with a
leading clitic stripped and the match-key folding applied, is an alias of the gold entity (same
id, same English name or same Wikidata id). Misses are listed so they can be fixed or judged.

Usage: scripts/check_actors.py [--gold DIR] [--quiet]
"""
import argparse
import collections
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")

ACTOR_COLUMNS = ["id", "type", "kind", "name_ar", "name_en", "wikidata", "country", "lat", "lon", "governorate", "notes"]
ALIAS_COLUMNS = ["surface", "actor_id", "kind", "notes"]
RELATION_COLUMNS = ["subject", "predicate", "object", "valid_from", "valid_to", "notes"]
ROLE_COLUMNS = ["role_ar", "role_en", "holder", "country", "valid_from", "valid_to", "notes"]

TYPES = {"PER", "ORG", "LOC"}
ORG_KINDS = {"armed_group", "government", "government_body", "military", "intl_org", "political_org", "media", "other"}
# metonymy: a place name standing for its government (موسكو → the Kremlin), used by places.tsv.
ALIAS_KINDS = {"name", "variant", "old_name", "typo", "short", "acronym", "metonymy"}
PREDICATES = {"formerly_known_as", "part_of", "member_of", "leads", "allied_with", "backed_by"}

SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")

# The non-place ids the gold fixes (ACTOR_IDS.md). Kept here so the check runs without the
# shared gold; when ACTOR_IDS.md is reachable it is read as well and both lists must hold.
REQUIRED_IDS = """
syrian_government syrian_arab_army russian_ministry_of_defense us_state_department russian_foreign_ministry
turkish_army iraqi_army us_led_coalition isis al_nusra_front jabhat_fateh_al_sham hayat_tahrir_al_sham
ahrar_al_sham jaish_al_islam free_syrian_army hezbollah pkk ypg syrian_democratic_forces national_defense_forces
high_negotiations_committee syrian_national_coalition liwa_al_aqsa jund_al_aqsa
european_union united_nations nato arab_league
bashar_al_assad sergey_lavrov john_kerry staffan_de_mistura geir_pedersen mohammed_alloush abu_bakr_al_baghdadi
abu_mohammad_al_julani donald_trump barack_obama recep_tayyip_erdogan walid_muallem ali_khamenei ahmet_davutoglu
vladimir_putin
""".split()
BLOCS = {"european_union", "united_nations", "nato", "arab_league"}  # in the gold's country list, intl_org here


# ---------------------------------------------------------------- match keys (src/text/normalize.cpp)
FOLD = {0x622: 0x627, 0x623: 0x627, 0x625: 0x627, 0x671: 0x627, 0x672: 0x627, 0x673: 0x627,  # alef forms
        0x649: 0x64A, 0x629: 0x647, 0x624: 0x648, 0x626: 0x64A,  # ى ة ؤ ئ
        0x6A9: 0x643, 0x6AA: 0x643, 0x6CC: 0x64A, 0x6CD: 0x64A, 0x6D0: 0x64A, 0x6D2: 0x64A,
        0x6D5: 0x647, 0x6C1: 0x647, 0x6BE: 0x647, 0x6C0: 0x647, 0x6C2: 0x647}


def dropped(c):
    return ((0x64B <= c <= 0x65F) or c == 0x670 or (0x6D6 <= c <= 0x6ED) or (0x610 <= c <= 0x61A)
            or c in (0x640, 0x61C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0xAD)
            or 0x202A <= c <= 0x202E or 0x2066 <= c <= 0x2069)


def key(text):
    """The match key of a phrase: the same folding as marsad::key(), words joined by one space."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        c = ord(ch)
        if dropped(c):
            continue
        if 0x660 <= c <= 0x669 or 0x6F0 <= c <= 0x6F9:
            out.append(str(c & 0xF))
            continue
        out.append(chr(FOLD.get(c, c)).lower())
    return " ".join("".join(out).split())


# ---------------------------------------------------------------- reading
class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def read_tsv(path, report, expected=None):
    """Rows as dicts; `expected` checks the header exactly."""
    rel = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        report.error(rel, "empty file")
        return []
    header = lines[0].split("\t")
    if expected and header != expected:
        report.error(rel, f"header is {header}, expected {expected}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            report.error(f"{rel}:{n}", f"{len(fields)} fields, header has {len(header)}")
            continue
        row = dict(zip(header, fields))
        row["_where"] = f"{rel}:{n}"
        rows.append(row)
    return rows


def check_date(report, where, name, value):
    if value and not DATE.match(value):
        report.error(where, f"{name} '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD")


def check_period(report, where, row):
    check_date(report, where, "valid_from", row["valid_from"])
    check_date(report, where, "valid_to", row["valid_to"])
    if row["valid_from"] and row["valid_to"] and row["valid_to"] < row["valid_from"][:len(row["valid_to"])]:
        report.error(where, f"valid_to {row['valid_to']} before valid_from {row['valid_from']}")


# ---------------------------------------------------------------- structure
def load_actors(report):
    actors, places_present = {}, False
    for path in sorted(glob.glob(os.path.join(DATA, "actors", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            first = f.readline().rstrip("\n").split("\t")
        if first[:1] != ["id"]:
            continue  # relations.tsv and other non-actor tables
        is_places = os.path.basename(path) == "places.tsv"
        places_present |= is_places
        for row in read_tsv(path, report, None if is_places else ACTOR_COLUMNS):
            where, aid = row["_where"], row["id"]
            if not SNAKE.match(aid):
                report.error(where, f"id '{aid}' is not snake_case")
            if aid in actors:
                report.error(where, f"id '{aid}' already defined at {actors[aid]['_where']}")
                continue
            actors[aid] = row
            if is_places:
                continue
            if row["type"] not in TYPES:
                report.error(where, f"type '{row['type']}'")
            if row["type"] == "PER" and row["kind"] != "person":
                report.error(where, f"PER with kind '{row['kind']}'")
            if row["type"] == "ORG" and row["kind"] not in ORG_KINDS:
                report.error(where, f"ORG with kind '{row['kind']}'")
            if not row["name_ar"] or not row["name_en"]:
                report.error(where, "name_ar and name_en are required")
            if row["wikidata"] and not QID.match(row["wikidata"]):
                report.error(where, f"wikidata '{row['wikidata']}' is not a Q-id")
            if row["lat"] or row["lon"] or row["governorate"]:
                report.error(where, "lat/lon/governorate are for places only")
    return actors, places_present


def resolve(report, actors, places_present, where, what, target):
    """An id used as a reference: an error if unknown, a warning if only places.tsv could hold it."""
    if target in actors:
        return True
    if places_present:
        report.error(where, f"{what} '{target}' is not a known id")
    else:
        report.warn(where, f"{what} '{target}' unknown (no places.tsv to look in)")
    return False


def check_actor_fields(report, actors, places_present):
    qids = collections.defaultdict(list)
    for aid, row in actors.items():
        if row.get("country"):
            resolve(report, actors, places_present, row["_where"], "country", row["country"])
        if row.get("wikidata"):
            qids[row["wikidata"]].append(aid)
    for qid, ids in qids.items():
        if len(ids) > 1:
            report.error("wikidata", f"{qid} given to several actors: {', '.join(ids)}")


def load_aliases(report, actors, places_present):
    """{actor id: set of surface keys}."""
    aliases = collections.defaultdict(set)
    for path in sorted(glob.glob(os.path.join(DATA, "aliases", "*.tsv"))):
        seen = {}
        for row in read_tsv(path, report, ALIAS_COLUMNS):
            where = row["_where"]
            surface, aid = row["surface"], row["actor_id"]
            if not surface.strip() or surface != " ".join(surface.split()):
                report.error(where, f"surface '{surface}' is empty or has stray spaces")
            if row["kind"] not in ALIAS_KINDS:
                report.error(where, f"alias kind '{row['kind']}'")
            resolve(report, actors, places_present, where, "actor_id", aid)
            k = key(surface)
            if (k, aid) in seen:
                report.warn(where, f"'{surface}' repeats {seen[(k, aid)]} after key folding")
            seen[(k, aid)] = where
            aliases[aid].add(k)
    for aid, row in actors.items():
        if row.get("name_ar") and row.get("type") in ("PER", "ORG") and key(row["name_ar"]) not in aliases[aid]:
            report.warn(row["_where"], f"name_ar of '{aid}' is not among its aliases")
    return aliases


def check_relations(report, actors, places_present):
    path = os.path.join(DATA, "actors", "relations.tsv")
    if not os.path.exists(path):
        report.error("data/actors/relations.tsv", "missing")
        return 0
    rows = read_tsv(path, report, RELATION_COLUMNS)
    for row in rows:
        where = row["_where"]
        if row["predicate"] not in PREDICATES:
            report.error(where, f"predicate '{row['predicate']}'")
        resolve(report, actors, places_present, where, "subject", row["subject"])
        resolve(report, actors, places_present, where, "object", row["object"])
        if row["subject"] == row["object"]:
            report.error(where, "relation of an actor to itself")
        check_period(report, where, row)
    return len(rows)


def check_roles(report, actors, places_present):
    path = os.path.join(DATA, "roles.tsv")
    if not os.path.exists(path):
        report.error("data/roles.tsv", "missing")
        return 0
    rows = read_tsv(path, report, ROLE_COLUMNS)
    for row in rows:
        where = row["_where"]
        if not row["role_ar"].strip() or not row["role_en"].strip():
            report.error(where, "role_ar and role_en are required")
        if resolve(report, actors, places_present, where, "holder", row["holder"]) and actors[row["holder"]]["type"] != "PER":
            report.error(where, f"holder '{row['holder']}' is not a person")
        if row["country"]:
            resolve(report, actors, places_present, where, "country", row["country"])
        check_period(report, where, row)
    return len(rows)


def required_ids(gold_dir):
    ids = set(REQUIRED_IDS)
    path = os.path.join(gold_dir, "ACTOR_IDS.md") if gold_dir else ""
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                label, _, rest = line.partition(":")
                if label.strip() in ("governments & forces", "armed & political groups", "people"):
                    ids.update(re.findall(r"\b[a-z][a-z0-9_]+\b", re.sub(r"\([^)]*\)", "", rest)))
                elif label.strip() == "countries/blocs":
                    ids.update(i for i in re.findall(r"\b[a-z][a-z0-9_]+\b", rest) if i in BLOCS)
    return ids


# ---------------------------------------------------------------- coverage on the gold
CLITICS = "وفبلك"


def candidate_keys(surface):
    """Keys a tokenizer could reach from a gold span: as is, without one or two leading
    clitics, and with the article restored where ل + ال merged (للنظام, span لنظام)."""
    forms = {surface}
    for _ in range(2):
        for f in list(forms):
            if len(f) > 3 and f[0] in CLITICS:
                forms.add(f[1:])
                if f[0] == "ل" and not f[1:].startswith("ال"):
                    forms.add("ال" + f[1:])
    return {key(f) for f in forms}


def coverage(gold_dir, actors, aliases, quiet):
    files = sorted(glob.glob(os.path.join(gold_dir, "seeds", "*.gold.json")) +
                   glob.glob(os.path.join(gold_dir, "dev", "*.gold.json")))
    if not files:
        print(f"coverage: no gold files under {gold_dir}, skipped")
        return
    by_name = collections.defaultdict(set)
    by_qid = collections.defaultdict(set)
    for aid, row in actors.items():
        by_name[row.get("name_en", "").casefold()].add(aid)
        if row.get("wikidata"):
            by_qid[row["wikidata"]].add(aid)
    total, hit = collections.Counter(), collections.Counter()
    misses, unknown = [], collections.Counter()
    for path in files:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        entities = {e["id"]: e for e in gold.get("entities", [])}
        for m in gold.get("mentions", []):
            if m.get("type") not in ("PER", "ORG"):
                continue
            ent = entities.get(m["entity"], {})
            targets = {m["entity"]} | by_name.get((ent.get("name_en") or "").casefold(), set())
            if ent.get("wikidata"):
                targets |= by_qid.get(ent["wikidata"], set())
            total[m["type"]] += 1
            keys = candidate_keys(m["surface"])
            if any(keys & aliases.get(t, set()) for t in targets):
                hit[m["type"]] += 1
            else:
                known = any(t in actors for t in targets)
                misses.append((m["type"], m["surface"], m["entity"], known, os.path.basename(path).split(".")[0]))
                if not known:
                    unknown[m["entity"]] += 1
    n, h = sum(total.values()), sum(hit.values())
    print(f"coverage: {h}/{n} gold PER/ORG mentions ({100.0 * h / max(n, 1):.1f}%) are aliases of their entity "
          f"[PER {hit['PER']}/{total['PER']}, ORG {hit['ORG']}/{total['ORG']}] over {len(files)} gold files")
    if unknown:
        print(f"  gold entities with no actor ({len(unknown)}): " +
              ", ".join(f"{e} ({c})" for e, c in sorted(unknown.items())))
    if misses and not quiet:
        print("  misses (type, surface, gold entity, doc):")
        for t, s, e, known, doc in sorted(misses, key=lambda x: (not x[3], x[2], x[1])):
            print(f"    {t}  {s}  → {e}{'' if known else ' (no such actor)'}  [{doc}]")


# ---------------------------------------------------------------- main
def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default="/work/shared/gold", help="gold directory (seeds/, dev/, ACTOR_IDS.md)")
    parser.add_argument("--quiet", action="store_true", help="do not list warnings and coverage misses")
    args = parser.parse_args()

    report = Report()
    actors, places_present = load_actors(report)
    check_actor_fields(report, actors, places_present)
    aliases = load_aliases(report, actors, places_present)
    n_relations = check_relations(report, actors, places_present)
    n_roles = check_roles(report, actors, places_present)
    for aid in sorted(required_ids(args.gold if os.path.isdir(args.gold) else None)):
        if aid not in actors:
            report.error("ACTOR_IDS.md", f"fixed id '{aid}' is missing")

    kinds = collections.Counter(row.get("kind", "?") for row in actors.values())
    n_alias = sum(len(v) for v in aliases.values())
    print(f"actors: {len(actors)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})"
          f"{'' if places_present else '; places.tsv absent'}")
    print(f"aliases: {n_alias} distinct keys; relations: {n_relations}; roles: {n_roles}")
    if os.path.isdir(args.gold):
        coverage(args.gold, actors, aliases, args.quiet)
    if report.warnings:
        print(f"warnings: {len(report.warnings)}")
        if not args.quiet:
            for w in report.warnings:
                print(f"  {w}")
    if report.errors:
        print(f"errors: {len(report.errors)}")
        for e in report.errors:
            print(f"  {e}")
        return 1
    print("structure: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
