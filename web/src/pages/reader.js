import { h, ar } from '../dom.js';
import { get } from '../api.js';
import { t, pickName, quadName, currentLang, arrow, modalityName } from '../i18n.js';
import { href, spanHref } from '../route.js';
import { CodePointText, nestSpans, renderSpans, spanIndexAt } from '../spans.js';
import { hoverTip } from '../tip.js';

// The article reader: the original text, with mentions highlighted in place by type, event
// triggers underlined, repairs on demand, and a side list of every fact linking to its sentence.
export async function readerPage(view, route) {
  const doc = await get(`documents/${encodeURIComponent(route.id)}`);
  const text = new CodePointText(doc.text || '');
  const actors = doc.actors || {};
  const sentences = [...(doc.sentences || [])].sort((a, b) => a.start - b.start);
  const focus = parseSpan(route.params.get('s'));

  const article = h('article.doc-text', { dir: 'rtl', lang: 'ar', dataset: { doc: doc.id } });
  article.append(renderSpans(nestSpans(annotations(doc, sentences, focus), text.length), text,
    (node) => elementFor(node, actors)));

  const showRepairs = h('input', { type: 'checkbox', id: 'show-repairs' });
  showRepairs.addEventListener('change', () => article.classList.toggle('show-repairs', showRepairs.checked));

  const focusSpan = (start, end) => flash(article, sentences, start, end);
  view.append(
    h('header.doc-head',
      h('h1', { dir: 'rtl', lang: 'ar' }, doc.title || firstWords(doc.text) || doc.id),
      h('div.meta', metaLine(doc))),
    h('div.with-side',
      h('div.main',
        h('div.toolbar', h('label', showRepairs, ` ${t('showRepairs')} (${(doc.repairs || []).length})`), legend()),
        article),
      h('aside.side', facts(doc, actors, text, focusSpan))));

  if (focus) setTimeout(() => focusSpan(focus.start, focus.end), 0);
}

// A document without a title is named by its opening words.
function firstWords(text, count = 10) {
  const words = (text || '').split(/\s+/).filter(Boolean);
  return words.length ? words.slice(0, count).join(' ') + (words.length > count ? ' …' : '') : '';
}

function parseSpan(value) {
  const m = /^(\d+)-(\d+)$/.exec(value || '');
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

// Outer layers first: sentences, then mentions (longest first), event triggers, repairs and
// the focused span. Later layers are cut where they cross earlier ones.
function annotations(doc, sentences, focus) {
  const list = sentences.map((s, i) => ({ ...s, kind: 'sentence', index: i }));
  const mentions = [...(doc.mentions || [])].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  for (const m of mentions) list.push({ start: m.start, end: m.end, kind: 'mention', mention: m });
  for (const e of doc.events || []) {
    const start = e.trigger_start ?? e.start;
    const end = e.trigger_end ?? e.end;
    list.push({ start, end, kind: 'event', event: e });
  }
  for (const r of doc.repairs || []) list.push({ start: r.start, end: r.end, kind: 'repair', repair: r });
  if (focus) list.push({ ...focus, kind: 'focus' });
  return list;
}

function elementFor(node, actors) {
  const data = { start: node.start, end: node.end };
  if (node.part) data.part = 'true';
  switch (node.kind) {
    case 'sentence':
      return h('span.sent', { id: `s-${node.index}`, dataset: data });
    case 'mention':
      return mentionElement(node, actors, data);
    case 'event':
      return eventElement(node, data);
    case 'repair':
      return h('span.repair', {
        // A repair cut into pieces by a sentence or mention shows its repaired form once, at its end.
        dataset: { ...data, kind: node.repair.kind, after: node.end === node.repair.end ? visible(node.repair.after) : undefined },
        title: `${node.repair.kind}: «${node.repair.before}» → «${node.repair.after}»`,
      });
    default:
      return h('span.focus', { dataset: data });
  }
}

function mentionElement(node, actors, data) {
  const m = node.mention;
  const actor = m.actor ? actors[m.actor] : null;
  const el = h(`mark.mention.t-${m.type || 'MISC'}`, {
    class: actor ? 'linked' : 'unlinked',
    dataset: { ...data, type: m.type || '', actor: m.actor || '' },
  });
  hoverTip(el, () => h('div',
    h('div.tip-title', actor ? ar(actor.name_ar || m.actor) : ar(el.textContent)),
    actor && actor.name_en ? h('div.tip-en', { dir: 'ltr', lang: 'en' }, actor.name_en) : null,
    h('div.tip-meta', [t(m.type) || m.type, actor ? actor.id : null, m.source, m.score != null ? Number(m.score).toFixed(2) : null]
      .filter(Boolean).join(' · ')),
    m.metonymy ? h('div', `${t('metonymy')}: ${m.metonymy}`) : null,
    m.acting_as ? h('div', `${t('actingAs')}: `, ar(actorName(actors, m.acting_as))) : null));
  if (actor) el.addEventListener('click', () => { location.hash = href('actor', actor.id); });
  return el;
}

function eventElement(node, data) {
  const e = node.event;
  const el = h(`span.trigger.q-${e.quad_class || 0}`, { dataset: { ...data, event: e.id, cameo: e.cameo || '' } });
  hoverTip(el, () => eventSummary(e));
  return el;
}

function eventSummary(e) {
  const side = (ar_, en, id) => (ar_ || en || id ? pickName(ar_, en, id) : '—');
  return h('div',
    h('div.tip-title', `${e.cameo || ''} ${e.label || ''}`),
    h('div', ar(side(e.source_name_ar, e.source_name_en, e.source)), arrow(), ar(side(e.target_name_ar, e.target_name_en, e.target))),
    h('div.tip-meta', [e.date, e.location ? pickName(e.location_name_ar, e.location_name_en, e.location) : null,
      modalityName(e.modality), quadName(e.quad_class)].filter(Boolean).join(' · ')));
}

// Invisible repairs (a space inserted) still need a visible marker.
function visible(s) {
  return (s || '').replace(/\n/g, '↵').replace(/ /g, '␣');
}

function actorName(actors, id) {
  const a = actors[id];
  return a ? pickName(a.name_ar, a.name_en, id) : id;
}

function metaLine(doc) {
  const parts = [];
  if (doc.source) parts.push(h('span', doc.source));
  if (doc.date) parts.push(h('span', doc.date, doc.date_inferred ? h('em', ` (${t('dateInferred')})`) : null));
  if (doc.author) parts.push(h('span', `${t('author')}: `, ar(doc.author)));
  // Only web addresses become links: a stored url is data from outside (no javascript: links).
  if (/^https?:\/\//i.test(doc.url || '')) parts.push(h('a', { href: doc.url, rel: 'noreferrer', target: '_blank' }, t('url')));
  parts.push(h('code', doc.id));
  return parts.flatMap((p, i) => (i ? [' · ', p] : [p]));
}

function legend() {
  return h('div.legend',
    ['PER', 'ORG', 'LOC', 'MISC'].map((type) => h(`mark.mention.t-${type}.linked`, t(type))),
    [1, 2, 3, 4].map((q) => h(`span.trigger.q-${q}`, quadName(q))));
}

// Every fact with a link to the sentence it came from.
function facts(doc, actors, text, focusSpan) {
  const link = (start, end) => h('a.to-sentence', {
    href: spanHref(doc.id, start, end),
    title: t('toSentence'),
    onclick: (e) => {
      e.preventDefault();
      history.replaceState(null, '', spanHref(doc.id, start, end));
      focusSpan(start, end);
    },
  }, '¶');

  const byActor = new Map();
  for (const m of doc.mentions || []) {
    if (!m.actor) continue;
    if (!byActor.has(m.actor)) byActor.set(m.actor, []);
    byActor.get(m.actor).push(m);
  }
  const actorItems = [...byActor].sort((a, b) => b[1].length - a[1].length).map(([id, ms]) =>
    h('li', h('a', { href: href('actor', id) }, ar(actorName(actors, id))), h('span.n', ms.length), link(ms[0].start, ms[0].end),
      currentLang() === 'ar' && actors[id]?.name_en ? h('div.en', { dir: 'ltr' }, actors[id].name_en) : null));

  const eventItems = (doc.events || []).map((e) =>
    h('li.fact-event', { dataset: { event: e.id } }, eventSummary(e), link(e.start, e.end)));

  // A relation's end is an actor of this document, or a value such as a role title.
  const end = (id) => (actors[id] ? h('a', { href: href('actor', id) }, ar(actorName(actors, id))) : h('span.value', ar(id)));
  const relationItems = (doc.relations || []).map((r) =>
    h('li', end(r.subject), h('span.pred', ` ${r.predicate} `), end(r.object), link(r.start, r.end)));

  const repairItems = (doc.repairs || []).map((r) =>
    h('li', h('code', r.kind), ' ', ar(`«${r.before}» → «${r.after}»`), link(r.start, r.end)));

  const section = (key, items) => (items.length
    ? h('details.facts', { open: key !== 'repairs' }, h('summary', `${t(key)} (${items.length})`), h('ul', items))
    : null);
  return [section('actors', actorItems), section('events', eventItems), section('relations', relationItems),
    section('repairs', repairItems)];
}

// Scrolls to the sentence holding [start, end) and flashes it.
function flash(article, sentences, start, end) {
  const i = spanIndexAt(sentences, start);
  const target = i >= 0 ? article.querySelector(`#s-${i}`)
    : article.querySelector(`[data-start="${start}"][data-end="${end}"]`);
  if (!target) return;
  for (const el of article.querySelectorAll('.flash')) el.classList.remove('flash');
  target.classList.add('flash');
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
