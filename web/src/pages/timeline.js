import { h, ar } from '../dom.js';
import { get, findActor } from '../api.js';
import { t, pickName } from '../i18n.js';
import { href } from '../route.js';
import { eventsTable } from '../events.js';
import { drawTimeline } from '../timeline_chart.js';

// All events by date (or one actor's), on a zoomable axis with the list below.
export async function timelinePage(view, route) {
  const wanted = route.params.get('actor') || '';
  const actor = wanted ? await findActor(wanted) : null;
  if (wanted && !actor) {
    view.append(h('p.error', `${t('unknownActor')}: ${wanted}`));
    return;
  }
  const { entries } = await get('timeline', { actor: actor?.id });
  const events = entries.map((x) => ({ ...x.event, date: x.event.date || x.date }));

  const picker = h('form.row',
    h('label', t('actor'), h('input', { name: 'actor', value: wanted, placeholder: t('allEvents') })),
    h('button', { type: 'submit' }, t('go')));
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href('timeline', '', { actor: new FormData(picker).get('actor') });
  });

  const chart = h('div.timeline-box', { dataset: { items: events.length } });
  view.append(
    h('h1', t('timeline'), actor ? [': ', h('a', { href: href('actor', actor.id) }, ar(pickName(actor.name_ar, actor.name_en, actor.id)))] : null),
    picker, h('p.hint', t('zoomHint')), chart,
    h('h2', `${t('events')} (${events.length})`), eventsTable(events));
  drawTimeline(chart, events, { height: 300, zoom: true });
}
