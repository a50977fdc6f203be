import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './style.css';

import { h, clear } from './dom.js';
import { t, currentLang, setLang } from './i18n.js';
import { parseRoute } from './route.js';
import { hideTip } from './tip.js';

// Hash routes: #/search?q=..  #/doc/ID  #/actor/ID  #/graph/ID  #/timeline  #/map
// Each page is its own chunk, so the reader does not wait for cytoscape or the map shapes.
const pages = {
  search: () => import('./pages/search.js').then((m) => m.searchPage),
  doc: () => import('./pages/reader.js').then((m) => m.readerPage),
  actor: () => import('./pages/actor.js').then((m) => m.actorPage),
  graph: () => import('./pages/graph.js').then((m) => m.graphPage),
  timeline: () => import('./pages/timeline.js').then((m) => m.timelinePage),
  map: () => import('./pages/map.js').then((m) => m.mapPage),
};

const app = document.getElementById('app');
let cleanup = null;
let generation = 0;

async function render() {
  const mine = ++generation;
  const route = parseRoute(location.hash);
  renderNav(route.page);
  hideTip();
  if (cleanup) cleanup();
  cleanup = null;
  app.dataset.page = route.page || 'search';
  app.dataset.route = location.hash;
  app.dataset.ready = '';
  // The view is in the page before it fills, so charts can measure their width.
  const view = h('section.page');
  const loading = h('p.loading', t('loading'));
  clear(app).append(loading, view);
  try {
    const page = await (pages[route.page] || pages.search)();
    const done = (await page(view, route)) || null;
    if (mine === generation) cleanup = done;
    else if (done) done(); // this page was left before it finished
  } catch (err) {
    view.append(h('p.error', `${t('error')}: ${err.message}`));
  }
  if (mine !== generation) return; // a newer route took over meanwhile
  loading.remove();
  // End-to-end tests wait for this flag instead of guessing how long a page takes.
  app.dataset.ready = 'true';
}

function renderNav(active) {
  const nav = clear(document.getElementById('nav'));
  for (const [page, key] of [['search', 'search'], ['timeline', 'timeline'], ['map', 'map'], ['graph', 'network']]) {
    nav.append(h('a', { href: `#/${page}`, class: active === page ? 'active' : '' }, t(key)));
  }
  const button = document.getElementById('lang');
  button.textContent = currentLang() === 'ar' ? 'English' : 'العربية';
}

document.getElementById('lang').addEventListener('click', () => {
  setLang(currentLang() === 'ar' ? 'en' : 'ar');
  render();
});
window.addEventListener('hashchange', render);
render();
