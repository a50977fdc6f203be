#!/usr/bin/env python3
"""Checks marsad's event-layer knowledge files and measures them on the gold annotation.

Usage: scripts/check_events_data.py [--shared DIR] [--quiet]

1. Validates the formats: data/cameo/codes.tsv, data/events/{triggers,modality,relation_patterns}.tsv,
   data/time/{months,weekdays,relative,ordinals}.tsv, data/calendar/anchor_events.tsv
   (column counts, CAMEO codes exist, closed vocabularies, numbers, ISO dates).
2. When the shared gold exists (default ../shared next to the repo, or --shared), measures:
   - trigger coverage: share of gold event triggers matched, under the matching contract written
     at the top of triggers.tsv, by a row whose CAMEO root equals the gold root;
   - date coverage: share of gold date_expressions whose words all occur in the time files;
   - modality cue coverage: share of non-asserted gold events with a cue of their modality
     in their paragraph up to the end of the event's evidence.
   It prints the figures and every miss.
Exit status 1 when a format error is found (coverage figures never fail the run).

The matcher here mirrors the contract in data/events/triggers.tsv; keys mirror
src/text/normalize.h (the C++ is the reference).
"""
import argparse
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DATA = os.path.join(ROOT, 'data')

# ------------------------------------------------------------------------------ match keys
DIACRITICS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ى': 'ي', 'ة': 'ه',
                      'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ڪ': 'ك', 'ی': 'ي', 'ۍ': 'ي', 'ې': 'ي', 'ے': 'ي',
                      'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه'})
ARABIC_INDIC = str.maketrans('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789')


def key(word):
    if any('\ufb50' <= c <= '\ufeff' for c in word):
        word = unicodedata.normalize('NFKC', word)
    return DIACRITICS.sub('', word).translate(FOLD).translate(ARABIC_INDIC).lower()


TOKEN = re.compile(r'[\u0621-\u063a\u0640-\u065f\u0660-\u0669\u0670-\u06d3A-Za-z0-9]+')
SENTENCE_END = re.compile(r'[.!?؟؛\n]')


def tokens(text):
    """(start, end, key, written with ة, written with ئ) for every word of text."""
    return [(m.start(), m.end(), key(m.group()), DIACRITICS.sub('', m.group()).endswith('ة'), 'ئ' in m.group())
            for m in TOKEN.finditer(text)]


# ------------------------------------------------------------------------------ clitics
CONJ = ('و', 'ف')
PREP_NOUN = ('ب', 'ل', 'ك')
ENCLITICS = ('هما', 'ها', 'هم', 'هن', 'نا', 'ه')  # third person and نا: news text; كم/ني/ك would eat التمسك، طالباني


def load_word_counts():
    """data/lexicon/words.tsv: key -> count per 10M tokens (the clitic segmenter's lexicon)."""
    counts = {}
    path = os.path.join(DATA, 'lexicon/words.tsv')
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if not line.startswith('#'):
                    parts = line.rstrip('\n').split('\t')
                    if len(parts) >= 2:
                        try:
                            counts[parts[0]] = float(parts[1])
                        except ValueError:
                            pass
    return counts


WORD_COUNTS = load_word_counts()


def guarded(k, stem):
    """The segmenter's lexicon guard, approximated: a word more frequent as a whole than its
    would-be stem keeps its first letter (فنية is not ف + نية, فيصل is not ف + يصل)."""
    whole = WORD_COUNTS.get(k, 0)
    return whole > 0 and whole >= WORD_COUNTS.get(stem, 0)


def stems(k, pos, ta_marbuta=False):
    """Candidate stems of a word key under the contract, least stripped first. ta_marbuta: the
    word is written with ة, whose key ه is then never an enclitic (وزارة is not و + زار + ه)."""
    verbal = pos in ('verb', 'participle')
    pro = []  # (proclitic string, has_article)
    for c in ('',) + CONJ:
        seconds = ('', 'ل', 'س') if verbal else ('',) + PREP_NOUN
        for p in seconds:
            arts = ('',) if verbal else ('', 'ال')
            for a in arts:
                if p == 'ل' and a == 'ال':
                    pro.append((c + 'لل', True))
                    continue
                pro.append((c + p + a, a == 'ال'))
    seen, out = set(), []

    def push(s, cost):
        if len(s) >= 2 and s not in seen:
            seen.add(s)
            out.append((cost, s))

    for pstr, article in pro:
        if not k.startswith(pstr):
            continue
        rest = k[len(pstr):]
        if pstr.endswith('س') and not rest[:1] in ('ي', 'ت', 'ن', 'ا'):
            continue
        if pstr in ('ف', 'ب', 'ك', 'ل') and guarded(k, rest):
            continue
        base = len(pstr)
        push(rest, base)
        if pstr.endswith('لل'):
            push('ال' + rest, base)  # للتشديد = ل + التشديد
        # tanwin, not the enclitic ها; never after a preposition or the article (بعدما)
        if rest.endswith('ا') and not rest.endswith('ها') and not article and not pstr.endswith(('ب', 'ك', 'ل')):
            push(rest[:-1], base + 1)
        if article:
            continue
        for e in ENCLITICS:
            if e == 'ه' and ta_marbuta:
                continue
            if rest.endswith(e) and len(rest) - len(e) >= 2:
                s = rest[:-len(e)]
                cost = base + len(e)
                push(s, cost)
                if s.endswith('ت'):
                    push(s[:-1] + 'ه', cost)
                if s.endswith('ا'):
                    push(s[:-1] + 'ي', cost)
    out.sort(key=lambda x: x[0])
    return [s for _, s in out]


# ------------------------------------------------------------------------------ reading TSVs
class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, msg):
        self.items.append(f'{where}: {msg}')


def read_tsv(path, columns, problems):
    """Rows as dicts; '#' lines are comments; the first non-comment line is the header."""
    rows, header = [], None
    if not os.path.exists(path):
        problems.add(os.path.relpath(path, ROOT), 'missing')
        return rows
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('\t')
            where = f'{os.path.relpath(path, ROOT)}:{n}'
            if header is None:
                header = parts
                if header != columns:
                    problems.add(where, f'header {header} != {columns}')
                continue
            if len(parts) != len(columns):
                problems.add(where, f'{len(parts)} columns, expected {len(columns)}')
                continue
            row = dict(zip(columns, parts))
            row['_where'] = where
            rows.append(row)
    return rows


# ------------------------------------------------------------------------------ validation
ACLED_SUBTYPES = {
    'Battles': {'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Air/drone strike', 'Shelling/artillery/missile attack',
                                   'Remote explosive/landmine/IED', 'Suicide bomb', 'Chemical weapon',
                                   'Grenade'},
    'Violence against civilians': {'Attack', 'Abduction/forced disappearance', 'Sexual violence'},
    'Protests': {'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
                               'Headquarters or base established', 'Looting/property destruction',
                               'Non-violent transfer of territory', 'Other'},
}
PLOVER = {'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
          'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'}
POS = {'verb', 'participle', 'masdar', 'noun', 'phrase'}
FRAME_KEYS = {'src', 'tgt', 'topic', 'quote', 'code', 'needs', 'unless', 'unless_before', 'unless_near', 'needs_after', 'acled'}
MODALITIES = {'negated', 'future', 'planned', 'reported_claim', 'hypothetical',
              'state', 'topic', 'compared', 'refer', 'comment', 'copula', 'asserted'}  # the last seven: context cues, not event modalities
SCOPES = {'prefix', 'word', 'clause', 'attribution'}
PREDICATES = {'leads', 'member_of', 'part_of', 'backed_by', 'allied_with', 'fights', 'formerly_known_as',
              'holds_role', 'located_in', 'capital_of', 'spokesperson_of', 'represents', 'negotiates_with'}


def acled_ok(t, s):
    return (not t and not s) or (t in ACLED_SUBTYPES and s in ACLED_SUBTYPES[t])


def load_codes(problems):
    cols = ['code', 'label', 'goldstein', 'quad_class', 'plover_event', 'acled_type', 'acled_subtype']
    rows = read_tsv(os.path.join(DATA, 'cameo/codes.tsv'), cols, problems)
    codes = {}
    for r in rows:
        c = r['code']
        if not re.fullmatch(r'\d{2,4}', c):
            problems.add(r['_where'], f'bad code {c}')
            continue
        root = int(c[:2])
        quad = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        if not 1 <= root <= 20:
            problems.add(r['_where'], f'root out of range {c}')
        if r['quad_class'] != str(quad):
            problems.add(r['_where'], f'quad_class {r["quad_class"]} != {quad}')
        try:
            g = float(r['goldstein'])
            if not -10 <= g <= 10:
                raise ValueError
        except ValueError:
            problems.add(r['_where'], f'bad goldstein {r["goldstein"]}')
        p = r['plover_event']
        if p and p.split('/')[0] not in PLOVER:
            problems.add(r['_where'], f'unknown PLOVER type {p}')
        if not acled_ok(r['acled_type'], r['acled_subtype']):
            problems.add(r['_where'], f'bad ACLED pair {r["acled_type"]} / {r["acled_subtype"]}')
        codes[c] = r
    return codes


FRAME_FLAGS = {'report', 'toll', 'formula', 'phase'}  # items without a value


def parse_frame(frame, where, problems):
    items = {}
    for item in frame.split(';'):
        if item in FRAME_FLAGS:
            items[item] = True
            continue
        k, eq, v = item.partition('=')
        if not eq or k not in FRAME_KEYS or not v:
            problems.add(where, f'bad frame item "{item}"')
            continue
        items[k] = v
    if 'acled' in items:
        t, _, s = items['acled'].partition(':')
        if not acled_ok(t, s):
            problems.add(where, f'bad acled= {items["acled"]}')
    if 'src' not in items and 'tgt' not in items:
        problems.add(where, 'frame names neither src nor tgt')
    return items


class Trigger:
    def __init__(self, row, frame):
        self.lemma = row['lemma']
        self.pos = row['pos']
        self.cameo = row['cameo']
        self.frame = frame
        self.where = row['_where']
        self.forms = [tuple(key(w) for w in f.split()) for f in row['forms'].split('|')]
        # Contract step 1, hamza seat: whether each form's first word is written with ئ.
        self.hamza_on_ya = ['ئ' in f.split()[0] if f.split() else False for f in row['forms'].split('|')]
        self.needs = {key(w) for w in frame.get('needs', '').split(',') if w}
        self.unless = {key(w) for w in frame.get('unless', '').split(',') if w}
        self.unless_before = {key(w) for w in frame.get('unless_before', '').split(',') if w}
        self.unless_near = {key(w) for w in frame.get('unless_near', '').split(',') if w}
        self.needs_after = {key(w) for w in frame.get('needs_after', '').split(',') if w}
        self.support = frame.get('code') == 'obj'


def load_triggers(codes, problems):
    cols = ['lemma', 'forms', 'pos', 'cameo', 'frame', 'notes']
    rows = read_tsv(os.path.join(DATA, 'events/triggers.tsv'), cols, problems)
    out = []
    for r in rows:
        if r['pos'] not in POS:
            problems.add(r['_where'], f'bad pos {r["pos"]}')
        if r['cameo'] not in codes:
            problems.add(r['_where'], f'unknown CAMEO code {r["cameo"]}')
        if not r['forms'] or any(not f.strip() or f != f.strip() for f in r['forms'].split('|')):
            problems.add(r['_where'], 'empty or padded form')
        for f in r['forms'].split('|'):
            words = f.split()
            if words and (words[0] == '*' or words[-1] == '*'):
                problems.add(r['_where'], f'form "{f}" starts or ends with *')
        out.append(Trigger(r, parse_frame(r['frame'], r['_where'], problems)))
    return out


def load_simple(problems):
    """The modality, time, relation and calendar files: validated, returned for coverage."""
    d = {}
    d['modality'] = read_tsv(os.path.join(DATA, 'events/modality.tsv'), ['cue', 'modality', 'scope', 'notes'], problems)
    for r in d['modality']:
        if r['modality'] not in MODALITIES:
            problems.add(r['_where'], f'bad modality {r["modality"]}')
        if r['scope'] not in SCOPES:
            problems.add(r['_where'], f'bad scope {r["scope"]}')
    d['months'] = read_tsv(os.path.join(DATA, 'time/months.tsv'), ['name', 'month', 'calendar', 'notes'], problems)
    for r in d['months']:
        if r['calendar'] not in ('gregorian', 'hijri'):
            problems.add(r['_where'], f'bad calendar {r["calendar"]}')
        if not r['month'].isdigit() or not 1 <= int(r['month']) <= 12:
            problems.add(r['_where'], f'bad month {r["month"]}')
    for cal in ('gregorian', 'hijri'):
        have = {int(r['month']) for r in d['months'] if r['calendar'] == cal and r['month'].isdigit()}
        if have != set(range(1, 13)):
            problems.add('data/time/months.tsv', f'{cal} months missing: {sorted(set(range(1, 13)) - have)}')
    d['weekdays'] = read_tsv(os.path.join(DATA, 'time/weekdays.tsv'), ['name', 'iso_weekday', 'notes'], problems)
    for r in d['weekdays']:
        if not r['iso_weekday'].isdigit() or not 1 <= int(r['iso_weekday']) <= 7:
            problems.add(r['_where'], f'bad ISO weekday {r["iso_weekday"]}')
    d['relative'] = read_tsv(os.path.join(DATA, 'time/relative.tsv'), ['expression', 'unit', 'offset', 'notes'], problems)
    units = {'day', 'week', 'month', 'year', 'shift', 'direction', 'part_of_day', 'position', 'vague',
             'frequency', 'glue', 'count_minute', 'count_hour', 'count_day', 'count_week', 'count_month',
             'count_year'}
    for r in d['relative']:
        if r['unit'] not in units:
            problems.add(r['_where'], f'bad unit {r["unit"]}')
        elif r['unit'] == 'position':
            if r['offset'] not in ('start', 'middle', 'end'):
                problems.add(r['_where'], f'position offset must be start|middle|end, not {r["offset"]}')
        elif r['offset'] and not re.fullmatch(r'[+-]?\d+', r['offset']):
            problems.add(r['_where'], f'offset not an integer: {r["offset"]}')
    d['role_heads'] = read_tsv(os.path.join(DATA, 'events/role_heads.tsv'), ['head', 'leads', 'notes'], problems)
    for r in d['role_heads']:
        if r['leads'] not in ('yes', 'no', ''):
            problems.add(r['_where'], f'leads must be yes|no, not {r["leads"]}')
        if not r['head'].strip():
            problems.add(r['_where'], 'empty role head')
    d['casualties'] = read_tsv(os.path.join(DATA, 'events/casualties.tsv'), ['word', 'notes'], problems)
    for r in d['casualties']:
        if not r['word'].strip() or ' ' in r['word'].strip():
            problems.add(r['_where'], f'a casualty word is one word: {r["word"]}')
    d['statement_links'] = read_tsv(os.path.join(DATA, 'events/statement_links.tsv'), ['word', 'notes'], problems)
    for r in d['statement_links']:
        if not r['word'].strip() or ' ' in r['word'].strip():
            problems.add(r['_where'], f'a statement link is one word: {r["word"]}')
    d['ordinals'] = read_tsv(os.path.join(DATA, 'time/ordinals.tsv'), ['expression', 'number', 'kind', 'notes'], problems)
    for r in d['ordinals']:
        if r['kind'] not in ('ordinal', 'ordinal_f', 'cardinal', 'fraction'):
            problems.add(r['_where'], f'bad kind {r["kind"]}')
        if r['number'] and not re.fullmatch(r'\d+(\.\d+)?', r['number']):
            problems.add(r['_where'], f'bad number {r["number"]}')
    days = {int(r['number']) for r in d['ordinals'] if r['kind'] == 'ordinal' and r['number'].isdigit()}
    if not set(range(1, 32)) <= days:
        problems.add('data/time/ordinals.tsv', f'day ordinals missing: {sorted(set(range(1, 32)) - days)}')
    d['relations'] = read_tsv(os.path.join(DATA, 'events/relation_patterns.tsv'), ['pattern', 'predicate', 'direction', 'notes'], problems)
    for r in d['relations']:
        if r['predicate'] not in PREDICATES:
            problems.add(r['_where'], f'bad predicate {r["predicate"]}')
        if r['direction'] not in ('X>Y', 'Y>X', 'X>ROLE', 'X<>Y'):
            problems.add(r['_where'], f'bad direction {r["direction"]}')
        slots = set(re.findall(r'\b(X|Y|ROLE)\b', r['pattern']))
        need = {'X', 'ROLE'} if r['direction'] == 'X>ROLE' else {'X', 'Y'}
        if not need <= slots:
            problems.add(r['_where'], f'pattern lacks {sorted(need - slots)}')
    d['anchors'] = read_tsv(os.path.join(DATA, 'calendar/anchor_events.tsv'), ['date', 'end_date', 'event_ar', 'keywords', 'notes'], problems)
    for r in d['anchors']:
        try:
            start = datetime.date.fromisoformat(r['date'])
            if r['end_date'] and datetime.date.fromisoformat(r['end_date']) < start:
                problems.add(r['_where'], 'end_date before date')
        except ValueError:
            problems.add(r['_where'], f'bad date {r["date"]} / {r["end_date"]}')
        if not r['keywords'] or any(not k.strip() for k in r['keywords'].split('|')):
            problems.add(r['_where'], 'empty keyword')
    return d


# ------------------------------------------------------------------------------ matching
class Matcher:
    """Finds trigger matches in a token sequence, following the triggers.tsv contract."""

    def __init__(self, triggers):
        self.single = collections.defaultdict(list)   # key -> [(trigger, pos)]
        self.phrases = collections.defaultdict(list)  # first key -> [(trigger, form words)]
        for t in triggers:
            for f, hamza in zip(t.forms, t.hamza_on_ya):
                if len(f) == 1:
                    self.single[f[0]].append((t, hamza))
                else:
                    self.phrases[f[0]].append((t, f, hamza))

    def word_is(self, k, target_key, pos='phrase'):
        return target_key in stems(k, pos)

    def single_matches(self, k, tm=False, hamza=False):
        """Rows matching one word: for each pos class, the least-stripped stem that is a form.
        A word written with ئ matches only a form written with ئ (contract step 1)."""
        found = []
        for pos in ('verb', 'noun'):
            for s in stems(k, pos, tm):
                rows = list(dict.fromkeys(t for t, h in self.single.get(s, [])
                                          if (t.pos in ('verb', 'participle')) == (pos == 'verb') and (h or not hamza)))
                if rows:
                    found += rows
                    break
        return found

    def phrase_match(self, toks, i, words):
        """End index (exclusive) if the phrase words match starting at token i."""
        j, w = i, 0
        while w < len(words):
            if words[w] == '*':
                nxt = words[w + 1]
                for skip in range(0, 5):
                    if j + skip < len(toks) and nxt in stems(toks[j + skip][2], 'phrase', toks[j + skip][3]):
                        j += skip
                        break
                else:
                    return None
                w += 1
                continue
            if j >= len(toks) or words[w] not in stems(toks[j][2], 'phrase', toks[j][3]):
                return None
            j += 1
            w += 1
        return j

    def conditions_hold(self, t, toks, i, j, sentence):
        lo, hi = sentence
        if t.needs:
            window = range(max(lo, i - 15), min(hi, j + 15))
            if not any(self.in_set(toks[x], t.needs) for x in window if x < i or x >= j):
                return False
        if t.unless:
            window = range(max(lo, i - 2), min(hi, j + 2))
            if any(self.in_set(toks[x], t.unless) for x in window if x < i or x >= j):
                return False
        if t.unless_near:
            window = range(max(lo, i - 6), min(hi, j + 6))
            if any(self.in_set(toks[x], t.unless_near) for x in window if x < i or x >= j):
                return False
        if t.unless_before:
            if any(self.in_set(toks[x], t.unless_before) for x in range(max(lo, i - 2), i)):
                return False
        if t.needs_after:
            if not any(self.in_set(toks[x], t.needs_after) for x in range(j, min(hi, j + 15))):
                return False
        return True

    @staticmethod
    def in_set(tok, words):
        return any(s in words for s in stems(tok[2], 'phrase', tok[3]))

    def matches(self, toks, sentences):
        """All (start_tok, end_tok, trigger) matches whose conditions hold."""
        out = []
        for i, (_, _, k, tm, hamza) in enumerate(toks):
            sent = sentences[i]
            for t in self.single_matches(k, tm, hamza):
                if self.conditions_hold(t, toks, i, i + 1, sent):
                    out.append((i, i + 1, t))
            for s in stems(k, 'phrase', tm):
                for t, words, h in self.phrases.get(s, []):
                    if hamza and not h:
                        continue
                    j = self.phrase_match(toks, i, words)
                    if j and self.conditions_hold(t, toks, i, j, sent):
                        out.append((i, j, t))
        return out


def sentence_bounds(text, toks):
    """For each token, the (first, last + 1) token indices of its sentence."""
    ends = [m.start() for m in SENTENCE_END.finditer(text)]
    ids, e = [], 0
    for s, *_ in toks:
        while e < len(ends) and ends[e] < s:
            e += 1
        ids.append(e)
    first, last = {}, {}
    for i, sid in enumerate(ids):
        first.setdefault(sid, i)
        last[sid] = i + 1
    return [(first[sid], last[sid]) for sid in ids]


# ------------------------------------------------------------------------------ gold coverage
def gold_documents(shared):
    docs = []
    for g in sorted(glob.glob(os.path.join(shared, 'gold/seeds/*.gold.json')) +
                    glob.glob(os.path.join(shared, 'gold/dev/*.gold.json'))):
        base = os.path.basename(g)[:-len('.gold.json')]
        txt = os.path.join(os.path.dirname(g), base + '.txt')
        if not os.path.exists(txt):
            txt = os.path.join(shared, 'corpus/seeds', base + '.txt')
        if not os.path.exists(txt):
            continue
        docs.append((base, open(txt, encoding='utf-8').read(), json.load(open(g, encoding='utf-8'))))
    return docs


def trigger_span(text, e):
    if 'trigger_start' in e and text[e['trigger_start']:e['trigger_end']] == e['trigger']:
        return e['trigger_start'], e['trigger_end']
    at = text.find(e['trigger'], e.get('start', 0))
    return (at, at + len(e['trigger'])) if at >= 0 else None


def best_of(ms):
    """The contract's winner among overlapping matches: longest, then conditional over fallback."""
    return max(ms, key=lambda m: (m[1] - m[0], bool(m[2].needs or m[2].unless or m[2].unless_before or m[2].needs_after), not m[2].support))


def trigger_coverage(docs, triggers, verbose):
    matcher = Matcher(triggers)
    total = some_ok = best_ok = 0
    misses = []
    per_root = collections.Counter()
    for base, text, gold in docs:
        toks = tokens(text)
        sents = sentence_bounds(text, toks)
        ms = matcher.matches(toks, sents)
        for e in gold.get('events', []):
            span = trigger_span(text, e)
            if not span:
                continue
            total += 1
            root = e['cameo'][:2]
            inside = [m for m in ms if toks[m[0]][0] < span[1] and toks[m[1] - 1][1] > span[0]]
            content = [m for m in inside if not m[2].support]
            ok = any(m[2].cameo[:2] == root for m in content)
            some_ok += ok
            if content and best_of(content)[2].cameo[:2] == root:
                best_ok += 1
            if ok:
                per_root[root] += 1
            else:
                got = ', '.join(sorted({f'{m[2].lemma}={m[2].cameo}' for m in content})) or '-'
                misses.append(f'  {base[:6]} {e["cameo"]:>5} {e["trigger"]}  (matched: {got})')
    print(f'trigger coverage: {some_ok}/{total} = {some_ok / max(total, 1):.1%} of gold triggers matched '
          f'by a row of the gold CAMEO root; the winning (longest) match has that root for '
          f'{best_ok}/{total} = {best_ok / max(total, 1):.1%}')
    if verbose:
        print(f'  misses ({len(misses)}):')
        print('\n'.join(misses))
    return some_ok, total


def time_words(d):
    words = set()
    for name, col in (('months', 'name'), ('weekdays', 'name'), ('relative', 'expression'), ('ordinals', 'expression')):
        for r in d[name]:
            for w in TOKEN.findall(r[col]):
                words.add(key(w))
    return words


def date_coverage(docs, d, verbose):
    words = time_words(d)
    total = full = wtotal = wok = 0
    misses = []
    for base, _, gold in docs:
        for e in gold.get('events', []):
            expr = e.get('date_expression')
            if not expr:
                continue
            total += 1
            bad = []
            for w in TOKEN.findall(expr):
                k = key(w)
                wtotal += 1
                if k.isdigit() or any(s in words for s in [k] + stems(k, 'noun')):
                    wok += 1
                else:
                    bad.append(w)
            if bad:
                misses.append(f'  {base[:6]} "{expr}"  uncovered: {" ".join(bad)}')
            else:
                full += 1
    print(f'date coverage: {full}/{total} = {full / max(total, 1):.1%} of gold date expressions fully '
          f'covered by the time files; words {wok}/{wtotal} = {wok / max(wtotal, 1):.1%}')
    if verbose and misses:
        print(f'  misses ({len(misses)}):')
        print('\n'.join(misses))


def future_prefix(k, prefix):
    """سيحضر, وسيحضر: the future prefix before an imperfect person prefix."""
    if k[:1] in ('و', 'ف'):
        k = k[1:]
    return k.startswith(prefix) and k[len(prefix):][:1] in ('ي', 'ت', 'ن', 'ا')


def has_cue(cues, modalities, seg):
    for m in modalities:
        for words, prefix in cues[m]:
            if prefix:
                if any(future_prefix(k, words[0]) for k in seg):
                    return True
            elif any(all(w in [seg[i + j]] + stems(seg[i + j], 'noun') + stems(seg[i + j], 'verb')
                         for j, w in enumerate(words))
                     for i in range(len(seg) - len(words) + 1)):
                return True
    return False


def modality_coverage(docs, d, verbose):
    cues = collections.defaultdict(list)
    for r in d['modality']:
        if r['modality'] in ('state', 'topic', 'compared', 'refer', 'comment', 'copula', 'asserted'):
            continue  # context cues that tell whether a word is an event, not its modality
        for variant in r['cue'].split('|'):
            prefix = variant.strip().endswith('ـ')
            # X/Y mark the holder; a one-letter ب or ل is the next word's proclitic
            words = tuple(key(w) for w in variant.replace('ـ', '').split() if w not in ('X', 'Y', 'ب', 'ل'))
            if words:
                cues[r['modality']].append((words, prefix))
    # planned and future are neighbours: a future cue on a planned event counts, and back
    close = {'future': {'future', 'planned'}, 'planned': {'planned', 'future'}}
    total = ok = ok_sentence = 0
    misses = []
    for base, text, gold in docs:
        for e in gold.get('events', []):
            mod = e.get('modality')
            if mod not in MODALITIES or mod in ('state', 'topic', 'compared', 'refer', 'comment', 'copula', 'asserted'):
                continue
            total += 1
            # attribution reaches across sentences: measure in the sentence and in the paragraph
            para = text.rfind('\n', 0, e['start']) + 1
            sent = max(para, max(text.rfind(c, 0, e['start']) for c in '.!?؟') + 1)
            in_sentence = has_cue(cues, close.get(mod, {mod}), [t[2] for t in tokens(text[sent:e['end']])])
            found = in_sentence or has_cue(cues, close.get(mod, {mod}), [t[2] for t in tokens(text[para:e['end']])])
            ok_sentence += in_sentence
            ok += found
            if not found:
                misses.append(f'  {base[:6]} {mod:<14} {e["trigger"]}: {e["evidence"][:90]}')
    print(f'modality cue coverage: of {total} non-asserted gold events, {ok_sentence} = '
          f'{ok_sentence / max(total, 1):.1%} have a cue of their modality in their sentence, {ok} = '
          f'{ok / max(total, 1):.1%} in their paragraph (up to the end of the evidence)')
    if verbose and misses:
        print(f'  misses ({len(misses)}):')
        print('\n'.join(misses))


def lexicon_report(triggers, codes):
    roots = collections.Counter(t.cameo[:2] for t in triggers)
    nforms = sum(len(t.forms) for t in triggers)
    print(f'triggers.tsv: {len(triggers)} rows, {nforms} forms; rows per CAMEO root: ' +
          ' '.join(f'{r}:{roots.get(r, 0)}' for r in (f'{i:02d}' for i in range(1, 21))))
    empty = [f'{i:02d}' for i in range(1, 21) if not roots.get(f'{i:02d}')]
    if empty:
        print(f'  roots without a trigger: {" ".join(empty)}')
    by_form = collections.defaultdict(set)
    for t in triggers:
        if t.needs or t.unless or t.support:
            continue
        for f in t.forms:
            by_form[f].add(t.cameo[:2])
    shared = sorted(' '.join(f) for f, r in by_form.items() if len(r) > 1)
    print(f'  unconditioned forms shared by rows of different roots: {len(shared)}'
          + (f' ({", ".join(shared[:30])})' if shared else ''))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--quiet', action='store_true', help='figures only, no list of misses')
    args = ap.parse_args()

    problems = Problems()
    codes = load_codes(problems)
    triggers = load_triggers(codes, problems)
    d = load_simple(problems)
    print(f'codes.tsv: {len(codes)} codes; modality.tsv: {len(d["modality"])} cues; '
          f'relation_patterns.tsv: {len(d["relations"])} patterns; months: {len(d["months"])}, '
          f'weekdays: {len(d["weekdays"])}, relative: {len(d["relative"])}, ordinals: {len(d["ordinals"])}; '
          f'role_heads: {len(d["role_heads"])}, casualties: {len(d["casualties"])}, statement links: {len(d["statement_links"])}; '
          f'anchor_events: {len(d["anchors"])}')
    lexicon_report(triggers, codes)
    if problems.items:
        print(f'FORMAT PROBLEMS ({len(problems.items)}):')
        print('\n'.join('  ' + p for p in problems.items))
    else:
        print('formats: OK')

    shared = os.path.normpath(args.shared)
    if os.path.isdir(os.path.join(shared, 'gold')):
        docs = gold_documents(shared)
        print(f'gold: {len(docs)} documents from {shared}')
        trigger_coverage(docs, triggers, not args.quiet)
        date_coverage(docs, d, not args.quiet)
        modality_coverage(docs, d, not args.quiet)
    else:
        print(f'gold not found under {shared}: coverage skipped')
    return 1 if problems.items else 0


if __name__ == '__main__':
    sys.exit(main())
