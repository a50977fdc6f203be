import { h, docTitle } from '../dom.js';
import { get, findActor } from '../api.js';
import { t } from '../i18n.js';
import { href } from '../route.js';
import { CodePointText } from '../spans.js';

const FILTERS = ['actor', 'place', 'source', 'from', 'to'];

// Search with filters (actor, place, source, date range) and facets computed from the results.
export async function searchPage(view, route) {
  const params = Object.fromEntries(route.params);
  const [stats, { documents }] = await Promise.all([get('stats'), get('documents', { limit: 500 })]);
  const sources = [...new Set(documents.map((d) => d.source).filter(Boolean))].sort();

  const form = searchForm(params, stats, sources);
  view.append(h('h1', t('search')), form);

  if (!params.q && !FILTERS.some((f) => params[f])) {
    const latest = [...documents].sort((a, b) => String(b.date || '').localeCompare(String(a.date || ''))).slice(0, 20);
    view.append(statsPanel(stats), h('h2', t('latest')), documentList(latest));
    return;
  }

  if (!params.q) {
    view.append(h('p.hint', t('needQuery')));
    return;
  }
  const query = { q: params.q, limit: 50 };
  for (const f of ['source', 'from', 'to']) query[f] = params[f];
  const problems = [];
  for (const f of ['actor', 'place']) {
    if (!params[f]) continue;
    const actor = await findActor(params[f]);
    if (actor) query[f] = actor.id;
    else problems.push(`${t('unknownActor')}: ${params[f]}`);
  }
  if (problems.length) {
    view.append(h('p.error', problems.join(' · ')));
    return;
  }
  const found = await get('search', query);
  view.append(h('div.with-side',
    h('div.main', h('h2', `${t('results')} (${found.results.length})`), resultList(found.results)),
    h('aside.side', facets(found.results, params))));
}

function searchForm(params, stats, sources) {
  const input = (name, attrs = {}) => h('input', { name, value: params[name] || '', ...attrs });
  const form = h('form.search',
    h('div.row', input('q', { type: 'search', placeholder: t('query'), dir: 'rtl', class: 'q' }),
      h('button', { type: 'submit' }, t('go'))),
    h('div.row.filters',
      h('label', t('actor'), input('actor', { placeholder: 'لافروف / russia' })),
      h('label', t('place'), input('place', { placeholder: 'حلب / aleppo' })),
      h('label', t('source'), input('source', { list: 'sources' })),
      h('label', t('from'), input('from', { type: 'date', min: dateOnly(stats.first_date), max: dateOnly(stats.last_date) })),
      h('label', t('to'), input('to', { type: 'date', min: dateOnly(stats.first_date), max: dateOnly(stats.last_date) })),
      h('a.clear', { href: '#/search' }, t('clear'))),
    h('datalist', { id: 'sources' }, sources.map((s) => h('option', { value: s }))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    location.hash = href('search', '', data);
  });
  return form;
}

function dateOnly(d) {
  return d ? String(d).slice(0, 10) : undefined;
}

function statsPanel(s) {
  const item = (key, value) => h('div.stat', h('b', Number(value ?? 0).toLocaleString()), h('span', t(key)));
  return h('div.stats',
    item('documents', s.documents), item('words', s.words), item('mentions', s.mentions),
    item('actors', s.actors), item('events', s.events), item('relations', s.relations),
    item('repairs', s.repairs), item('sources', s.sources),
    s.first_date ? h('div.stat', h('b', `${dateOnly(s.first_date)} – ${dateOnly(s.last_date)}`), h('span', t('period'))) : null);
}

function documentList(documents) {
  return h('ol.results', documents.map((d) =>
    h('li', h('a.title', { href: href('doc', d.id) }, docTitle(d.title, d.id)),
      h('div.meta', [d.source, dateOnly(d.date)].filter(Boolean).join(' · ')))));
}

function resultList(results) {
  if (!results.length) return h('p.empty', t('noResults'));
  return h('ol.results', results.map((r) =>
    h('li.result', { dataset: { doc: r.doc } },
      h('a.title', { href: href('doc', r.doc) }, docTitle(r.title, r.doc)),
      h('div.meta', [r.source, dateOnly(r.date), `${t('score')} ${Number(r.score).toFixed(2)}`].filter(Boolean).join(' · ')),
      h('p.snippet', { dir: 'rtl', lang: 'ar' }, highlightSnippet(r.snippet || '', r.highlights || [])))));
}

// Highlights are code-point offsets into the snippet.
function highlightSnippet(snippet, highlights) {
  const text = new CodePointText(snippet);
  const parts = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    parts.push(text.slice(at, start), h('mark.hit', text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at, text.length));
  return parts;
}

// Facets from the returned results: counts per source and per month; a click narrows the search.
function facets(results, params) {
  const count = (keyOf) => {
    const counts = new Map();
    for (const r of results) {
      const key = keyOf(r);
      if (key) counts.set(key, (counts.get(key) || 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  };
  const group = (title, entries, paramsFor) => (entries.length ? h('div.facet', h('h3', title),
    h('ul', entries.map(([key, n]) => h('li', h('a', { href: href('search', '', { ...params, ...paramsFor(key) }) }, h('bdi', key)),
      h('span.n.badge', n))))) : null);
  return h('div.facets', h('h2', t('facets')),
    group(t('source'), count((r) => r.source), (s) => ({ source: s })),
    group(t('month'), count((r) => (r.date ? String(r.date).slice(0, 7) : '')), (m) => ({ from: `${m}-01`, to: monthEnd(m) })));
}

function monthEnd(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}
