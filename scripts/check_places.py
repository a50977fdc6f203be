#!/usr/bin/env python3
"""Validates the place gazetteer: data/actors/places.tsv and data/aliases/places.tsv.

Structural checks (any failure makes the exit status 1):
  - every row has the header's column count; ids are unique snake_case;
  - type is LOC, kind is one of the known kinds, country ids exist;
  - coordinates parse, are in range, and fall inside a rough box of their country
    for Syria, Iraq, Lebanon, Turkey and Jordan;
  - governorate ids exist and are governorates;
  - every alias points to an id of some data/actors/*.tsv and has a known kind;
  - every place and country id of /work/shared/gold/ACTOR_IDS.md is present.

When /work/shared exists it also reports coverage: the share of gold place mentions whose surface
(with a proclitic و ف ب ل ك stripped, or the article restored after لـ as in للولايات → الولايات)
folds to an alias key of the gold entity, or of an entity with the same English name or Wikidata id.

Usage: python3 scripts/check_places.py [--verbose]
"""
import csv
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLACES = os.path.join(ROOT, 'data', 'actors', 'places.tsv')
ALIASES = os.path.join(ROOT, 'data', 'aliases', 'places.tsv')
SHARED = '/work/shared'

PLACE_COLUMNS = ['id', 'type', 'kind', 'name_ar', 'name_en', 'wikidata', 'country', 'lat', 'lon', 'governorate', 'notes']
ALIAS_COLUMNS = ['surface', 'actor_id', 'kind', 'notes']
PLACE_KINDS = {'country', 'governorate', 'district', 'region', 'city', 'town', 'site'}
ALIAS_KINDS = {'name', 'variant', 'old_name', 'typo', 'short', 'metonymy'}
GOLD_PLACE_KINDS = {'country', 'city', 'governorate', 'region', 'town', 'site', 'district'}

# (lat_min, lat_max, lon_min, lon_max), a little wider than the borders
COUNTRY_BOXES = {
    'syria': (32.2, 37.4, 35.5, 42.5),
    'iraq': (29.0, 37.5, 38.7, 48.7),
    'lebanon': (33.0, 34.8, 35.0, 36.7),
    'turkey': (35.8, 42.2, 25.6, 44.9),
    'jordan': (29.1, 33.5, 34.9, 39.4),
}

SNAKE = re.compile(r'^[a-z][a-z0-9]*(_[a-z0-9]+)*$')
QID = re.compile(r'^Q[1-9][0-9]*$')

errors = []


def error(msg):
    errors.append(msg)


# The same folding as marsad::key() (src/text/normalize.cpp), enough for Arabic names.
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ى': 'ي', 'ة': 'ه',
                      'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ڪ': 'ك', 'ی': 'ي', 'ۍ': 'ي', 'ې': 'ي', 'ے': 'ي',
                      'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه'})
DROP = re.compile('[\u064B-\u065F\u0670\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]')


def key(text):
    return ' '.join(DROP.sub('', text).translate(FOLD).lower().split())


def read_tsv(path, columns):
    """Rows as dicts; reports lines whose column count is wrong."""
    rows = []
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        if header != columns:
            error(f'{path}: header is {header}, expected {columns}')
            return rows
        for n, line in enumerate(f, start=2):
            line = line.rstrip('\n')
            if not line:
                error(f'{path}:{n}: empty line')
                continue
            cells = line.split('\t')
            if len(cells) != len(columns):
                error(f'{path}:{n}: {len(cells)} columns, expected {len(columns)}')
                continue
            row = dict(zip(columns, cells))
            row['_line'] = n
            rows.append(row)
    return rows


def check_places(places):
    by_id = {}
    for p in places:
        where = f'places.tsv:{p["_line"]} {p["id"]}'
        if p['id'] in by_id:
            error(f'{where}: duplicate id')
        by_id[p['id']] = p
        if not SNAKE.match(p['id']):
            error(f'{where}: id is not snake_case')
        if p['type'] != 'LOC':
            error(f'{where}: type {p["type"]} is not LOC')
        if p['kind'] not in PLACE_KINDS:
            error(f'{where}: unknown kind {p["kind"]}')
        if not p['name_ar'] or not p['name_en']:
            error(f'{where}: name_ar and name_en are required')
        if p['wikidata'] and not QID.match(p['wikidata']):
            error(f'{where}: bad wikidata id {p["wikidata"]}')
    for p in places:
        where = f'places.tsv:{p["_line"]} {p["id"]}'
        if p['country'] and by_id.get(p['country'], {}).get('kind') != 'country':
            error(f'{where}: country {p["country"]} is not a country row')
        if p['kind'] == 'country' and p['country'] != p['id']:
            error(f'{where}: a country row names itself as country')
        if p['governorate'] and by_id.get(p['governorate'], {}).get('kind') != 'governorate':
            error(f'{where}: governorate {p["governorate"]} is not a governorate row')
        check_coordinates(p, where)
    return by_id


def check_coordinates(p, where):
    if not p['lat'] and not p['lon']:
        return
    try:
        lat, lon = float(p['lat']), float(p['lon'])
    except ValueError:
        error(f'{where}: coordinates {p["lat"]},{p["lon"]} do not parse')
        return
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        error(f'{where}: coordinates {lat},{lon} out of range')
        return
    box = COUNTRY_BOXES.get(p['country'])
    if box and not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
        error(f'{where}: {lat},{lon} lies outside {p["country"]}')


def all_actor_ids(place_ids):
    """Ids of every data/actors/*.tsv; an id of places.tsv defined again elsewhere is an error."""
    ids = set()
    for path in sorted(glob.glob(os.path.join(ROOT, 'data', 'actors', '*.tsv'))):
        if os.path.abspath(path) == os.path.abspath(PLACES):
            continue
        with open(path, encoding='utf-8') as f:
            reader = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
            header = next(reader, [])
            if 'id' not in header:
                continue
            col = header.index('id')
            for r in reader:
                if len(r) > col:
                    if r[col] in place_ids:
                        error(f'{os.path.basename(path)}: id {r[col]} is also defined in places.tsv')
                    ids.add(r[col])
    return ids | place_ids


def check_aliases(aliases, actor_ids):
    seen = set()
    for a in aliases:
        where = f'aliases/places.tsv:{a["_line"]}'
        if not a['surface'].strip() or a['surface'] != a['surface'].strip():
            error(f'{where}: empty surface or surrounding spaces')
        if a['actor_id'] not in actor_ids:
            error(f'{where}: {a["actor_id"]} is not an id of data/actors/*.tsv')
        if a['kind'] not in ALIAS_KINDS:
            error(f'{where}: unknown alias kind {a["kind"]}')
        pair = (a['surface'], a['actor_id'])
        if pair in seen:
            error(f'{where}: duplicate alias {a["surface"]} → {a["actor_id"]}')
        seen.add(pair)


def required_ids():
    """Countries and places of ACTOR_IDS.md (blocs such as nato are organisations, not places)."""
    path = os.path.join(SHARED, 'gold', 'ACTOR_IDS.md')
    if not os.path.exists(path):
        return []
    ids = []
    blocs = {'european_union', 'united_nations', 'nato', 'arab_league'}
    with open(path, encoding='utf-8') as f:
        for line in f:
            label, _, rest = line.partition(':')
            if label.strip() in ('countries/blocs', 'places'):
                ids += [re.sub(r'\s*\(.*', '', x).strip() for x in rest.split(',')]
    return [i for i in ids if i and i not in blocs]


def english_key(name):
    return re.sub(r'[^a-z0-9]', '', name.lower())


def strip_candidates(surface):
    """The surface and what it may be under one proclitic (و ف ب ل ك), and لـ + article."""
    k = key(surface)
    out = {k}
    if len(k) > 2 and k[0] in 'وفبلك':
        out.add(k[1:])
        if len(k) > 3 and k[1] in 'بلك':
            out.add(k[2:])
    if k.startswith('ل') and not k.startswith('ال'):   # للولايات → span لولايات → الولايات
        out.add('ا' + k)
    return out


def coverage(places_by_id, aliases, verbose):
    gold_files = sorted(glob.glob(os.path.join(SHARED, 'gold', '*', '*.gold.json')))
    if not gold_files:
        return None
    keys_of = defaultdict(set)
    for a in aliases:
        keys_of[a['actor_id']].add(key(a['surface']))
    by_english = defaultdict(set)
    by_qid = defaultdict(set)
    for p in places_by_id.values():
        by_english[english_key(p['name_en'])].add(p['id'])
        if p['wikidata']:
            by_qid[p['wikidata']].add(p['id'])

    total = covered = 0
    entities_seen, entities_found = set(), set()
    misses = Counter()
    for path in gold_files:
        with open(path, encoding='utf-8') as f:
            gold = json.load(f)
        ents = {e['id']: e for e in gold['entities']
                if e.get('type') == 'LOC' or e.get('kind') in GOLD_PLACE_KINDS}
        for e in ents.values():
            entities_seen.add(e['id'])
            if (e['id'] in places_by_id or by_english.get(english_key(e.get('name_en') or ''))
                    or by_qid.get(e.get('wikidata') or '')):
                entities_found.add(e['id'])
        for m in gold['mentions']:
            e = ents.get(m['entity'])
            if e is None:
                continue
            total += 1
            targets = {e['id']} | by_english.get(english_key(e.get('name_en') or ''), set())
            targets |= by_qid.get(e.get('wikidata') or '', set())
            keys = set().union(*(keys_of[t] for t in targets))
            if strip_candidates(m['surface']) & keys:
                covered += 1
            else:
                misses[(m['surface'], e['id'])] += 1
    print(f'gold place entities: {len(entities_seen)}, present in the gazetteer: {len(entities_found)}'
          f' ({100 * len(entities_found) / max(1, len(entities_seen)):.1f}%)')
    missing = sorted(entities_seen - entities_found)
    if missing:
        print('  absent:', ', '.join(missing))
    print(f'gold place mentions: {total}, covered by an alias: {covered} ({100 * covered / max(1, total):.1f}%)')
    if misses:
        shown = misses.most_common() if verbose else misses.most_common(15)
        print('  uncovered (surface → gold id, count):',
              '; '.join(f'{s} → {i} ×{n}' for (s, i), n in shown))
    return covered / max(1, total)


def main():
    verbose = '--verbose' in sys.argv
    places = read_tsv(PLACES, PLACE_COLUMNS)
    aliases = read_tsv(ALIASES, ALIAS_COLUMNS)
    by_id = check_places(places)
    check_aliases(aliases, all_actor_ids(set(by_id)))
    for rid in required_ids():
        if rid not in by_id:
            error(f'ACTOR_IDS.md id {rid} missing from places.tsv')

    kinds = Counter(p['kind'] for p in places)
    print(f'places: {len(places)} (' + ', '.join(f'{k} {kinds[k]}' for k in
                                                 ['country', 'governorate', 'district', 'region', 'city', 'town', 'site']) + ')')
    by_country = Counter(p['country'] for p in places if p['kind'] != 'country')
    print('non-country places by country: ' + ', '.join(f'{c or "(none)"} {n}' for c, n in by_country.most_common(8)))
    with_coords = sum(1 for p in places if p['lat'])
    print(f'with coordinates: {with_coords}, with wikidata: {sum(1 for p in places if p["wikidata"])}')
    akinds = Counter(a['kind'] for a in aliases)
    print(f'aliases: {len(aliases)} (' + ', '.join(f'{k} {n}' for k, n in akinds.most_common()) + ')')
    warned = sum(1 for a in aliases if a['notes'].startswith('ambiguous with'))
    print(f'aliases whose notes warn "ambiguous with" a common word or name: {warned}')
    targets_per_key = defaultdict(set)
    for a in aliases:
        if a['kind'] != 'metonymy':
            targets_per_key[key(a['surface'])].add(a['actor_id'])
    ambiguous = sorted(k for k, t in targets_per_key.items() if len(t) > 1)
    print(f'ambiguous alias keys (several places, metonymy aside): {len(ambiguous)}'
          + (': ' + ', '.join(ambiguous) if verbose else ''))

    if os.path.isdir(SHARED):
        coverage(by_id, aliases, verbose)

    for e in errors:
        print('ERROR', e, file=sys.stderr)
    print(f'{len(errors)} structural errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
