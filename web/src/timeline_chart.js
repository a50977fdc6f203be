import * as d3 from 'd3';
import { h, ar } from './dom.js';
import { quadName, pickName, t, arrow, modalityName } from './i18n.js';
import { spanHref } from './route.js';
import { eventDate, QUAD_COLORS } from './events.js';
import { showTip, hideTip } from './tip.js';

// Events on a time axis, one lane per CAMEO quad class; a dot per event (click → its
// sentence). With zoom: wheel zooms the time axis, drag pans.
export function drawTimeline(container, events, { height = 260, zoom = true } = {}) {
  const dated = events.map((e) => ({ e, date: eventDate(e) })).filter((d) => d.date);
  const width = Math.max(480, container.clientWidth || 900);
  // Lane names sit in the right margin, where an Arabic reader starts.
  const margin = { top: 16, right: 120, bottom: 28, left: 24 };
  const svg = d3.create('svg').attr('class', 'timeline').attr('viewBox', [0, 0, width, height])
    .attr('width', '100%').attr('direction', 'ltr');
  container.append(svg.node());
  if (!dated.length) return svg.node();

  let [lo, hi] = d3.extent(dated, (d) => d.date);
  if (+lo === +hi) { lo = d3.timeDay.offset(lo, -15); hi = d3.timeDay.offset(hi, 15); }
  const pad = (hi - lo) * 0.04;
  const x0 = d3.scaleUtc().domain([new Date(+lo - pad), new Date(+hi + pad)]).range([margin.left, width - margin.right]);
  const lanes = [1, 2, 3, 4];
  const y = d3.scaleBand().domain(lanes).range([margin.top, height - margin.bottom]).padding(0.15);

  svg.append('g').selectAll('rect').data(lanes).join('rect')
    .attr('x', margin.left).attr('width', width - margin.left - margin.right)
    .attr('y', (q) => y(q)).attr('height', y.bandwidth()).attr('fill', (q) => QUAD_COLORS[q]).attr('opacity', 0.06);
  svg.append('g').selectAll('text').data(lanes).join('text').attr('class', 'lane-label')
    .attr('x', width - margin.right + 8).attr('y', (q) => y(q) + y.bandwidth() / 2 + 4).attr('text-anchor', 'start')
    .text((q) => quadName(q));

  const axis = svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`);
  const dots = svg.append('g');

  // Events of the same day and lane are stacked a little so each stays clickable.
  const stack = new Map();
  for (const d of dated) {
    const key = `${+d.date}|${d.e.quad_class || 1}`;
    d.k = stack.get(key) || 0;
    stack.set(key, d.k + 1);
  }
  const lane = (d) => lanes.includes(d.e.quad_class) ? d.e.quad_class : 1;
  const cy = (d) => y(lane(d)) + y.bandwidth() / 2 + ((d.k % 5) - 2) * Math.min(7, y.bandwidth() / 6);

  const circles = dots.selectAll('circle').data(dated).join('circle')
    .attr('class', 'tl-item').attr('r', 5)
    .attr('fill', (d) => QUAD_COLORS[d.e.quad_class || 0]).attr('cy', cy)
    .on('mousemove', (ev, d) => showTip(ev, tipFor(d.e)))
    .on('mouseleave', hideTip)
    .on('click', (_, d) => { hideTip(); location.hash = spanHref(d.e.doc, d.e.start, d.e.end); });

  const draw = (x) => {
    axis.call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))).tickFormat(numericDate));
    circles.attr('cx', (d) => x(d.date));
  };
  draw(x0);
  if (zoom) {
    // Zoom no further than about ten days across: the dates are days.
    const span = x0.domain()[1] - x0.domain()[0];
    svg.call(d3.zoom().scaleExtent([1, Math.max(1, span / (10 * 864e5))])
      .translateExtent([[margin.left, 0], [width - margin.right, height]])
      .extent([[margin.left, 0], [width - margin.right, height]])
      .on('zoom', (ev) => draw(ev.transform.rescaleX(x0))));
  }
  return svg.node();
}

// Dates as numbers, the same in Arabic and English: a year, a month, or a day.
const year = d3.utcFormat('%Y');
const month = d3.utcFormat('%Y-%m');
const day = d3.utcFormat('%m-%d');
function numericDate(d) {
  if (d3.utcYear(d) < d) return d3.utcMonth(d) < d ? day(d) : month(d);
  return year(d);
}

function tipFor(e) {
  return h('div',
    h('div.tip-title', `${e.date || e.doc_date || ''} · ${e.cameo || ''} ${e.label || ''}`),
    h('div', ar(pickName(e.source_name_ar, e.source_name_en, e.source || '—')), arrow(),
      ar(pickName(e.target_name_ar, e.target_name_en, e.target || '—'))),
    e.location ? h('div', `${t('location')}: `, ar(pickName(e.location_name_ar, e.location_name_en, e.location))) : null,
    h('div.tip-meta', [quadName(e.quad_class), modalityName(e.modality)].filter(Boolean).join(' · ')),
    e.evidence_text ? h('div.tip-evidence', { dir: 'rtl', lang: 'ar' }, e.evidence_text) : null);
}
