import { h, ar, table } from './dom.js';
import { t, pickName, quadName, arrow, modalityName } from './i18n.js';
import { href, spanHref } from './route.js';

// A table of events: each row names the sides (linked to their profiles) and links the
// evidence to its sentence in the article.
export function eventsTable(events) {
  if (!events.length) return h('p.empty', '—');
  const side = (id, nameAr, nameEn) => (id
    ? h('a', { href: href('actor', id) }, ar(pickName(nameAr, nameEn, id)))
    : '—');
  return table(
    [t('date'), t('event'), t('source'), t('target'), t('location'), t('modality'), ''],
    events.map((e) => [
      e.date || e.doc_date || '',
      h('bdi', { dir: 'ltr', class: `q-text q-${e.quad_class || 0}`, title: quadName(e.quad_class) }, `${e.cameo || ''} ${e.label || ''}`),
      side(e.source, e.source_name_ar, e.source_name_en),
      side(e.target, e.target_name_ar, e.target_name_en),
      e.location ? ar(pickName(e.location_name_ar, e.location_name_en, e.location)) : '',
      modalityName(e.modality),
      e.start != null ? h('a.to-sentence', { href: spanHref(e.doc, e.start, e.end), title: t('toSentence') }, '¶')
        : h('a', { href: href('doc', e.doc) }, t('document')),
    ]));
}

// A compact list of events for narrow columns: date and class, who → whom, where, and the
// link to the sentence.
export function eventsList(events) {
  if (!events.length) return h('p.empty', '—');
  const side = (id, nameAr, nameEn) => (id ? h('a', { href: href('actor', id) }, ar(pickName(nameAr, nameEn, id))) : '—');
  return h('ol.events', events.map((e) => h('li.event',
    h('div.event-head', h('span.date', e.date || e.doc_date || ''), ' ',
      h('bdi', { dir: 'ltr', class: `q-text q-${e.quad_class || 0}`, title: quadName(e.quad_class) }, `${e.cameo || ''} ${e.label || ''}`)),
    h('div', side(e.source, e.source_name_ar, e.source_name_en), arrow(), side(e.target, e.target_name_ar, e.target_name_en),
      e.location ? [' · ', ar(pickName(e.location_name_ar, e.location_name_en, e.location))] : null,
      e.modality ? h('span.muted', ` · ${modalityName(e.modality)}`) : null,
      e.start != null ? h('a.to-sentence', { href: spanHref(e.doc, e.start, e.end), title: t('toSentence') }, '¶') : null))));
}

// Event date as a Date (day precision); null when the event has none.
export function eventDate(e) {
  const d = e.date || e.doc_date;
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2] || 1) - 1, Number(m[3] || 1)));
}

export const QUAD_COLORS = { 0: '#888', 1: '#2b8a3e', 2: '#1971c2', 3: '#e8590c', 4: '#c92a2a' };
