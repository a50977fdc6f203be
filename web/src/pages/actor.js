import { h, ar, table } from '../dom.js';
import { get, findActor, allEvents, isActorId } from '../api.js';
import { t, pickName, cameoRootName, currentLang } from '../i18n.js';
import { href, spanHref } from '../route.js';
import { eventsTable } from '../events.js';
import { drawTimeline } from '../timeline_chart.js';

const LINEAGE = 'formerly_known_as';

// Actor profile: names and variants, roles, rebrand lineage, relations, event counts, a mini
// timeline and the events table.
export async function actorPage(view, route) {
  const [profile, events] = await Promise.all([
    get(`actors/${encodeURIComponent(route.id)}`),
    allEvents({ actor: route.id }, 2000),
  ]);
  const a = profile.actor;
  const names = await actorNames([a.id, ...(profile.relations || []).flatMap((r) => [r.subject, r.object])]);
  const nameOf = (id) => names.get(id) || id;

  view.append(
    h('header.actor-head', { dataset: { actor: a.id } },
      h('h1', ar(a.name_ar || a.id)),
      a.name_en ? h('p.en', { dir: 'ltr', lang: 'en' }, a.name_en) : null,
      h('div.meta', [
        h('code', a.id), t(a.type) || a.type, a.kind,
        a.country ? `${t('country')}: ${a.country}` : null,
        a.governorate ? `${t('governorate')}: ${a.governorate}` : null,
        a.lat != null && a.lon != null && a.lat !== '' ? `${t('coordinates')}: ${a.lat}, ${a.lon}` : null,
        a.wikidata ? h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(a.wikidata)}`, rel: 'noreferrer', target: '_blank' }, a.wikidata) : null,
      ].filter(Boolean).flatMap((p, i) => (i ? [' · ', p] : [p]))),
      h('nav.actions',
        h('a.button', { href: href('search', '', { actor: a.id }) }, t('search')),
        h('a.button', { href: href('graph', a.id) }, t('network')),
        h('a.button', { href: href('timeline', '', { actor: a.id }) }, t('timeline')),
        h('a.button', { href: href('map', '', { actor: a.id }) }, t('map')))),
    h('div.stats',
      stat(t('documents'), profile.documents), stat(t('mentions'), profile.mentions), stat(t('events'), events.length),
      stat(t('firstSeen'), profile.first_seen || '—'), stat(t('lastSeen'), profile.last_seen || '—')));

  const timeline = h('div.mini-timeline');
  view.append(h('h2', t('timeline')), timeline);
  drawTimeline(timeline, events, { height: 150, zoom: false });

  view.append(h('div.cols',
    h('section', h('h2', t('names')), aliasList(a, profile.aliases || [])),
    h('section', h('h2', t('roles')), rolesTable(profile.roles || []))));

  const lineage = await lineageChain(a.id);
  if (lineage.length > 1) {
    view.append(h('h2', t('lineage')), h('ol.lineage', lineage.map((step) =>
      h('li', { class: step.id === a.id ? 'self' : '' }, h('a', { href: href('actor', step.id) }, ar(step.name)),
        step.since ? h('span.since', ' (', h('bdi', step.since), ')') : null))));
  }

  view.append(h('h2', t('relations')), relationsTable(profile.relations || [], a.id, nameOf));
  view.append(h('div.cols',
    h('section', h('h2', t('asSource')), rootCounts(profile.events_as_source || {})),
    h('section', h('h2', t('asTarget')), rootCounts(profile.events_as_target || {}))));
  view.append(h('h2', `${t('events')} (${events.length})`), eventsTable(events));
}

function stat(label, value) {
  return h('div.stat', h('b', typeof value === 'number' ? value.toLocaleString() : value ?? '—'), h('span', label));
}

async function actorNames(ids) {
  const names = new Map();
  await Promise.all([...new Set(ids.filter(isActorId))].map(async (id) => {
    const actor = await findActor(id).catch(() => null);
    names.set(id, actor ? pickName(actor.name_ar, actor.name_en, id) : id);
  }));
  return names;
}

function aliasList(actor, aliases) {
  const all = [...new Set([actor.name_ar, ...aliases.map((x) => (typeof x === 'string' ? x : x.alias || x.name || x.surface))].filter(Boolean))];
  return h('ul.aliases', all.map((name) => h('li', h('a', { href: href('search', '', { q: name }) }, ar(name)))),
    actor.name_en ? h('li', { dir: 'ltr', lang: 'en' }, actor.name_en) : null);
}

function rolesTable(roles) {
  if (!roles.length) return h('p.empty', '—');
  return table([t('roles'), t('country'), t('validFrom'), t('validTo')],
    roles.map((r) => [currentLang() === 'en' && r.role_en ? r.role_en : ar(r.role_ar || r.role_en), r.country || '', r.valid_from || '', r.valid_to || '']));
}

function relationsTable(relations, self, nameOf) {
  if (!relations.length) return h('p.empty', '—');
  const who = (id) => {
    if (id === self) return h('b', ar(nameOf(id)));
    if (!isActorId(id)) return h('span.value', ar(id));
    return h('a', { href: href('actor', id) }, ar(nameOf(id)));
  };
  return table([t('subject'), t('predicate'), t('object'), t('validFrom'), t('validTo'), ''],
    relations.map((r) => [who(r.subject), h('code', r.predicate), who(r.object), r.valid_from || '', r.valid_to || '',
      r.doc ? h('a.to-sentence', { href: spanHref(r.doc, r.start, r.end), title: t('toSentence') }, '¶') : h('span.muted', t('fromData'))]));
}

function rootCounts(counts) {
  const entries = Object.entries(counts).sort((x, y) => y[1] - x[1]);
  if (!entries.length) return h('p.empty', '—');
  const max = Math.max(...entries.map((e) => e[1]));
  return h('ul.bars', entries.map(([root, n]) => h('li',
    h('span.label', cameoRootName(root)),
    h('span.bar', { style: `width:${Math.max(4, (100 * n) / max)}%` }),
    h('span.n', n))));
}

// The chain of names an organisation went by (formerly_known_as), oldest first, following
// the relation both ways from this actor through the other actors' profiles.
async function lineageChain(id) {
  const seen = new Map();
  const profileOf = async (x) => {
    if (!seen.has(x)) seen.set(x, get(`actors/${encodeURIComponent(x)}`).catch(() => null));
    return seen.get(x);
  };
  const step = async (x, direction) => {
    const p = await profileOf(x);
    const r = (p?.relations || []).find((rel) => rel.predicate === LINEAGE
      && (direction === 'older' ? rel.subject === x : rel.object === x));
    if (!r) return null;
    return { id: direction === 'older' ? r.object : r.subject, since: r.valid_from, from: r };
  };
  const nameOf = async (x) => {
    const p = await profileOf(x);
    return p ? pickName(p.actor.name_ar, p.actor.name_en, x) : x;
  };
  const chain = [{ id, since: null }];
  for (let x = id, i = 0; i < 8; i++) {
    const older = await step(x, 'older');
    if (!older || chain.some((c) => c.id === older.id)) break;
    chain[0].since = older.since;
    chain.unshift({ id: older.id, since: null });
    x = older.id;
  }
  for (let x = id, i = 0; i < 8; i++) {
    const newer = await step(x, 'newer');
    if (!newer || chain.some((c) => c.id === newer.id)) break;
    chain.push({ id: newer.id, since: newer.since });
    x = newer.id;
  }
  return Promise.all(chain.map(async (c) => ({ ...c, name: await nameOf(c.id) })));
}
