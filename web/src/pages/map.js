import * as d3 from 'd3';
import { feature } from 'topojson-client';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { h, ar } from '../dom.js';
import { get, findActor } from '../api.js';
import { t, pickName } from '../i18n.js';
import { href } from '../route.js';
import { eventsList, QUAD_COLORS } from '../events.js';
import { showTip, hideTip } from '../tip.js';

// The Levant, where the corpus happens: the default view of the map.
// (Two corners as points: a polygon's winding would decide which side of it is 'inside'.)
const LEVANT = { type: 'MultiPoint', coordinates: [[34.2, 29.8], [43.2, 37.8]] };

let atlas = null;
async function countries() {
  if (!atlas) atlas = fetch(atlasUrl).then((r) => r.json()).then((topo) => feature(topo, topo.objects.countries));
  return atlas;
}

// Located events on Natural Earth country shapes (bundled, no tile server), one circle per
// place sized by its number of events; the events list beside follows the selected place.
export async function mapPage(view, route) {
  const wanted = route.params.get('actor') || '';
  const actor = wanted ? await findActor(wanted) : null;
  if (wanted && !actor) {
    view.append(h('p.error', `${t('unknownActor')}: ${wanted}`));
    return;
  }
  // Each feature's properties are its event: names, evidence span (for the link to its
  // sentence) and quad class included.
  const [land, geo] = await Promise.all([countries(), get('map', { actor: actor?.id })]);
  const places = groupByPlace(geo.features || []);

  const picker = h('form.row',
    h('label', t('actor'), h('input', { name: 'actor', value: wanted, placeholder: t('allEvents') })),
    h('button', { type: 'submit' }, t('go')));
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href('map', '', { actor: new FormData(picker).get('actor') });
  });

  const mapBox = h('div.map-box', { dataset: { points: places.length, events: (geo.features || []).length } });
  const listTitle = h('h2');
  const list = h('div.map-list');
  const showList = (place) => {
    const events = (place ? place.features : geo.features || []).map((f) => f.properties);
    listTitle.replaceChildren(place ? ar(place.name) : t('locatedEvents'), ` (${events.length})`);
    list.replaceChildren(eventsList(events));
  };
  const allButton = h('button', { type: 'button' }, t('showAll'));
  view.append(
    h('h1', t('map'), actor ? [': ', h('a', { href: href('actor', actor.id) }, ar(pickName(actor.name_ar, actor.name_en, actor.id)))] : null),
    picker,
    h('div.map-layout',
      h('div.map-main', mapBox, h('p.hint', t('zoomHint'), ' · ', allButton)),
      h('aside.map-side', listTitle, list)));
  showList(null);
  drawMap(mapBox, land, places, showList, allButton);
}

function groupByPlace(features) {
  const byKey = new Map();
  for (const f of features) {
    const [lon, lat] = f.geometry?.coordinates || [];
    if (lon == null || lat == null) continue;
    const p = f.properties || {};
    const key = p.location || `${lon},${lat}`;
    if (!byKey.has(key)) {
      byKey.set(key, { key, lon, lat, name: pickName(p.location_name_ar, p.location_name_en, p.location), features: [] });
    }
    byKey.get(key).features.push(f);
  }
  return [...byKey.values()].sort((a, b) => b.features.length - a.features.length);
}

function drawMap(box, land, places, showList, allButton) {
  const width = Math.max(420, box.clientWidth || 700);
  const height = Math.round(width * 0.85);
  const projection = d3.geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], LEVANT);
  const path = d3.geoPath(projection);
  const svg = d3.create('svg').attr('class', 'map').attr('viewBox', [0, 0, width, height]).attr('width', '100%');
  box.append(svg.node());
  const layer = svg.append('g');
  layer.append('rect').attr('x', -1e4).attr('y', -1e4).attr('width', 2e4).attr('height', 2e4).attr('class', 'sea');
  layer.append('g').selectAll('path').data(land.features).join('path').attr('class', 'country').attr('d', path)
    .append('title').text((d) => d.properties?.name || '');

  const radius = d3.scaleSqrt().domain([1, d3.max(places, (p) => p.features.length) || 1]).range([5, 18]);
  const color = (p) => QUAD_COLORS[d3.mode(p.features, (f) => f.properties.quad_class) || 0];
  const points = layer.append('g').selectAll('g').data(places).join('g').attr('class', 'map-point')
    .attr('transform', (p) => `translate(${projection([p.lon, p.lat])})`);
  points.append('circle').attr('r', (p) => radius(p.features.length)).attr('fill', color)
    .on('mousemove', (ev, p) => showTip(ev, h('div', h('div.tip-title', ar(p.name)), `${t('events')}: ${p.features.length}`)))
    .on('mouseleave', hideTip)
    .on('click', (_, p) => {
      points.classed('selected', (q) => q === p);
      showList(p);
    });
  const labels = points.append('text').attr('class', 'point-label').attr('y', (p) => -radius(p.features.length) - 3)
    .attr('text-anchor', 'middle').text((p) => p.name);

  const zoom = d3.zoom().scaleExtent([0.05, 40]).on('zoom', (ev) => {
    layer.attr('transform', ev.transform);
    // Points and labels keep their screen size while the land zooms.
    points.attr('transform', (p) => `translate(${projection([p.lon, p.lat])}) scale(${1 / ev.transform.k})`);
    layer.selectAll('path.country').attr('stroke-width', 0.8 / ev.transform.k);
    labels.attr('display', ev.transform.k < 0.4 ? 'none' : null);
  });
  svg.call(zoom);
  allButton.addEventListener('click', () => {
    points.classed('selected', false);
    showList(null);
    if (!places.length) return;
    // Zoom out to hold every located event (Moscow, Geneva, Astana... as well as the Levant).
    const xy = places.map((p) => projection([p.lon, p.lat]));
    const [x0, x1] = d3.extent(xy, (p) => p[0]);
    const [y0, y1] = d3.extent(xy, (p) => p[1]);
    const k = Math.min(1, 0.9 / Math.max((x1 - x0) / width, (y1 - y0) / height, 1e-6));
    const tx = width / 2 - k * (x0 + x1) / 2;
    const ty = height / 2 - k * (y0 + y1) / 2;
    svg.transition().duration(600).call(zoom.transform, d3.zoomIdentity.translate(tx, ty).scale(k));
  });
}
