import cytoscape from 'cytoscape';
import { h, ar } from '../dom.js';
import { get, findActor } from '../api.js';
import { t, pickName, cameoRootName } from '../i18n.js';
import { href } from '../route.js';
import { frequentActors } from '../frequent.js';

const TYPE_COLORS = { PER: '#7048e8', ORG: '#1971c2', LOC: '#2b8a3e', MISC: '#868e96' };

// The network around an actor (depth 1 or 2): nodes coloured by type, edges labelled by
// relation type (or event class), a click on a node opens its profile.
export async function graphPage(view, route) {
  const suggestions = await frequentActors();
  let id = route.id;
  if (!id) id = suggestions[0]?.id;
  if (!id) {
    view.append(h('p.empty', '—'));
    return null;
  }
  const actor = await findActor(id);
  if (actor) id = actor.id;
  const depth = route.params.get('depth') === '2' ? 2 : 1;
  const graph = await get('graph', { actor: id, depth });

  const picker = h('form.row',
    h('label', t('actor'), h('input', { name: 'actor', value: route.id || '', placeholder: actor ? pickName(actor.name_ar, actor.name_en, id) : '' })),
    h('label', t('depth'), h('select', { name: 'depth' },
      h('option', { value: '1', selected: depth === 1 }, '1'), h('option', { value: '2', selected: depth === 2 }, '2'))),
    h('button', { type: 'submit' }, t('go')));
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(picker);
    location.hash = href('graph', data.get('actor') || id, { depth: data.get('depth') });
  });

  const box = h('div.graph', { dataset: { nodes: graph.nodes.length, edges: graph.edges.length } });
  view.append(
    h('h1', t('network'), ': ', h('a', { href: href('actor', id) }, ar(actor ? pickName(actor.name_ar, actor.name_en, id) : id))),
    picker,
    h('p.hint', t('openProfile')),
    h('div.with-side', h('div.main', box, graphLegend()),
      h('aside.side', h('h3', t('frequentActors')), h('ul', suggestions.map((s) =>
        h('li', h('a', { href: href('graph', s.id, { depth }) }, ar(s.name)), h('span.n', s.n)))))));

  const cy = cytoscape({
    container: box,
    elements: [
      // Nodes without a name are values (a role title...), not actors with a profile.
      ...graph.nodes.map((n) => ({ data: {
        id: n.id, label: pickName(n.name_ar, n.name_en, n.id), type: n.type || 'MISC',
        center: n.id === id ? 1 : 0, weight: n.weight || 1, depth: n.depth ?? (n.id === id ? 0 : 1), actor: n.name_ar || n.name_en || n.kind ? 1 : 0,
      } })),
      ...graph.edges.map((e, i) => ({ data: {
        id: `e${i}`, source: e.source, target: e.target,
        label: edgeLabel(e), known: e.known ? 1 : 0,
      } })),
    ],
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-family': 'Noto Sans Arabic, sans-serif', 'font-size': 13,
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2,
        width: 'mapData(weight, 1, 20, 22, 54)', height: 'mapData(weight, 1, 20, 22, 54)',
        'background-color': (n) => TYPE_COLORS[n.data('type')] || TYPE_COLORS.MISC,
      } },
      { selector: 'node[actor = 0]', style: { shape: 'round-rectangle', 'background-color': '#dee2e6', width: 16, height: 16 } },
      { selector: 'node[center = 1]', style: { 'border-width': 4, 'border-color': '#f08c00' } },
      { selector: 'edge', style: {
        label: 'data(label)', 'font-size': 10, 'min-zoomed-font-size': 7, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        width: 1.5, 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2, color: '#495057',
      } },
      { selector: 'edge[known = 1]', style: { 'line-color': '#495057', 'target-arrow-color': '#495057', 'line-style': 'solid' } },
      { selector: 'edge[known = 0]', style: { 'line-style': 'dashed' } },
    ],
    // Rings by distance from the actor: the actor in the middle, its neighbours around it.
    layout: {
      name: 'concentric', animate: false, padding: 40, minNodeSpacing: 70, spacingFactor: 1.2,
      concentric: (n) => 3 - n.data('depth'), levelWidth: () => 1,
    },
    // A small graph is not blown up to fill the box.
    maxZoom: 1.3,
    minZoom: 0.15,
  });
  cy.on('tap', 'node[actor = 1]', (e) => { location.hash = href('actor', e.target.id()); });
  // For tests and debugging: the live graph.
  window.marsadGraph = cy;
  return () => cy.destroy();
}

// Relation type, or the CAMEO class of the events between the two ("event:04"), with a count.
function edgeLabel(e) {
  const m = /^event:(\d+)$/.exec(e.label || '');
  const label = m ? cameoRootName(m[1]) : e.label;
  return e.count > 1 ? `${label} ×${e.count}` : label;
}

function graphLegend() {
  return h('div.legend',
    Object.entries(TYPE_COLORS).map(([type, color]) => h('span.key', h('i.dot', { style: `background:${color}` }), t(type))),
    h('span.key', h('i.line'), t('knownRelation')),
    h('span.key', h('i.line.dashed'), t('fromText')));
}
