#!/usr/bin/env node
// End-to-end test of the web UI against the real `marsad serve`, in Debian's headless Chromium
// driven by playwright-core. Builds a database of the seed corpus in a temporary folder, starts
// the server on a free port, then walks the pages as an analyst would:
//   search لافروف → open the result → mentions highlighted at the API's spans → click an actor
//   → its profile → network (click a node) → timeline → map, with a screenshot of each page.
//
//   node web/e2e/run.mjs --marsad build/marsad [--screenshots build/screenshots]
//                        [--chromium /usr/bin/chromium] [--static web/dist] [--keep]
//
// Exit status: 0 all checks passed, 1 a check failed, 77 Chromium is not installed (CTest skip).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP = 77;
const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(webDir, '..');

const args = parseArgs(process.argv.slice(2));
const marsad = resolve(args.marsad || join(repo, 'build', 'marsad'));
const screenshots = resolve(args.screenshots || join(repo, 'build', 'screenshots'));
const chromiumPath = args.chromium || '/usr/bin/chromium';
const staticDir = resolve(args.static || join(webDir, 'dist'));
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

// ---- checks bookkeeping: "N passed, N failed" closes the run --------------------------------

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}
async function step(name, fn) {
  try {
    await fn();
  } catch (err) {
    check(name, false, err?.stack || String(err));
  }
}

// ---- environment --------------------------------------------------------------------------

if (!existsSync(chromiumPath)) {
  console.log(`SKIP: ${chromiumPath} not found (scripts/setup installs Debian's chromium)`);
  process.exit(SKIP);
}
if (!existsSync(marsad)) {
  console.error(`marsad binary not found: ${marsad}`);
  process.exit(1);
}
if (!existsSync(join(staticDir, 'index.html'))) {
  // scripts/setup builds the bundle; build it here too when only the sources are fresh.
  console.log(`web bundle missing in ${staticDir}: npm run build`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: webDir, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(join(staticDir, 'index.html'))) {
    console.error('cannot build the web bundle (run scripts/setup)');
    process.exit(1);
  }
}

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (err) {
  console.error(`playwright-core is not installed in web/node_modules (run scripts/setup): ${err.message}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'marsad-e2e-'));
const db = join(work, 'seeds.db');
let server = null;
let browser = null;

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitForServer(base, child, log) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`marsad serve exited (${child.exitCode}): ${log.join('')}`);
    try {
      const r = await fetch(`${base}/api/stats`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`marsad serve did not answer within 60 s: ${log.join('')}`);
}

async function api(base, path) {
  const r = await fetch(`${base}/api/${path}`);
  if (!r.ok) throw new Error(`GET /api/${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

// ---- the walk ------------------------------------------------------------------------------

async function main() {
  const ingest = spawnSync(marsad, ['ingest', join(repo, 'data', 'corpus', 'seeds'), '--db', db],
    { cwd: repo, encoding: 'utf8' });
  if (!check('ingest the seed corpus', ingest.status === 0, ingest.status === 0 ? '' : ingest.stderr)) return;

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = [];
  server = spawn(marsad, ['serve', '--db', db, '--port', String(port), '--static', staticDir],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  await waitForServer(base, server, log);
  check('marsad serve answers', true, base);

  mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ar' });
  const page = await context.newPage();

  // Nothing may leave the machine: fonts, map shapes and scripts all come from the bundle.
  const outside = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) pageErrors.push(msg.text()); });
  // A failed request names its address (the console message does not).
  page.on('response', (r) => { if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} ${r.url()}`); });

  const ready = async () => {
    await page.waitForFunction(() => {
      const app = document.getElementById('app');
      return app && app.dataset.route === location.hash && app.dataset.ready === 'true';
    }, null, { timeout: 30_000 });
  };
  const shot = async (name, fullPage = false, keepHover = false) => {
    if (!keepHover) await page.mouse.move(0, 0);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage });
  };

  // 1. Search لافروف and open the result.
  let docId = null;
  await step('search', async () => {
    await page.goto(`${base}/#/search`);
    await ready();
    await page.fill('input[name=q]', 'لافروف');
    await page.press('input[name=q]', 'Enter');
    await ready();
    const shown = await page.$$eval('li.result', (els) => els.map((e) => e.dataset.doc));
    const expected = (await api(base, `search?q=${encodeURIComponent('لافروف')}&limit=50`)).results.map((r) => r.doc);
    check('search لافروف shows results', shown.length > 0, `${shown.length} results`);
    check('results in the API ranking', JSON.stringify(shown) === JSON.stringify(expected),
      `${shown.slice(0, 3)} vs ${expected.slice(0, 3)}`);
    const hits = await page.$$eval('li.result mark.hit', (els) => els.map((e) => e.textContent));
    check('snippets highlight the query', hits.length > 0 && hits.every((x) => x.includes('لافروف')), hits.slice(0, 3).join(' | '));
    await shot('search');
    docId = shown[0];
    await page.click('li.result a.title >> nth=0');
    await ready();
    check('result opens the reader', page.url().includes(`#/doc/${encodeURIComponent(docId)}`), page.url());
  });
  if (!docId) return finish(page, pageErrors, outside);

  // 2. The reader highlights the mentions at the API's spans.
  let clickable = null;
  await step('reader', async () => {
    const doc = await api(base, `documents/${encodeURIComponent(docId)}`);
    const cps = Array.from(doc.text);
    const dom = await page.evaluate(() => {
      const article = document.querySelector('article.doc-text');
      // Code-point offset of each mention element inside the article's text.
      const offsetOf = (el) => {
        const range = document.createRange();
        range.setStart(article, 0);
        range.setEndBefore(el);
        return Array.from(range.toString()).length;
      };
      return {
        text: article.textContent,
        dir: getComputedStyle(article).direction,
        font: getComputedStyle(article).fontFamily,
        fontLoaded: document.fonts.check('20px "Noto Naskh Arabic"', 'لافروف'),
        mentions: [...article.querySelectorAll('mark.mention:not([data-part])')].map((el) => ({
          start: Number(el.dataset.start), end: Number(el.dataset.end), text: el.textContent,
          offset: offsetOf(el), actor: el.dataset.actor, type: el.dataset.type,
        })),
        triggers: article.querySelectorAll('.trigger').length,
      };
    });
    check('reader shows the original text unchanged', dom.text === doc.text,
      `${Array.from(dom.text).length} vs ${cps.length} code points`);
    check('reader is right-to-left in an Arabic web font', dom.dir === 'rtl' && dom.font.includes('Noto Naskh Arabic') && dom.fontLoaded,
      `${dom.dir}; ${dom.font}; loaded=${dom.fontLoaded}`);

    const apiMentions = doc.mentions || [];
    check('document has mentions', apiMentions.length >= 3, `${apiMentions.length}`);
    const byKey = new Map(dom.mentions.map((m) => [`${m.start}-${m.end}`, m]));
    let matched = 0;
    const wrong = [];
    for (const m of apiMentions) {
      const el = byKey.get(`${m.start}-${m.end}`);
      if (!el) continue;
      const expected = cps.slice(m.start, m.end).join('');
      if (el.text === expected && el.offset === m.start && el.type === (m.type || '')) matched++;
      else wrong.push(`${m.start}-${m.end} «${el.text}»@${el.offset} ≠ «${expected}»`);
    }
    // Mentions cut by a crossing span are drawn in pieces; every whole one must sit exactly.
    const cut = countCrossing(apiMentions, doc.sentences || []);
    check('mention elements sit at the API spans', wrong.length === 0 && matched >= Math.min(5, apiMentions.length)
      && matched >= apiMentions.length - cut,
    `${matched}/${apiMentions.length} matched, ${cut} cut by crossing spans${wrong.length ? `; wrong: ${wrong.slice(0, 3).join('; ')}` : ''}`);
    check('event triggers underlined', (doc.events || []).length === 0 || dom.triggers > 0, `${dom.triggers} triggers`);

    // Hover a linked mention: the tooltip names the actor in English.
    clickable = dom.mentions.find((m) => m.actor && doc.actors?.[m.actor]?.name_en && m.text.includes('لافروف'))
      || dom.mentions.find((m) => m.actor && doc.actors?.[m.actor]);
    if (check('a linked actor mention', Boolean(clickable))) {
      const sel = `mark.mention[data-start="${clickable.start}"][data-end="${clickable.end}"]`;
      await page.hover(sel);
      const tip = await page.textContent('#tip');
      const actor = doc.actors[clickable.actor];
      check('hover shows the linked actor', tip.includes(actor.name_ar || actor.id) && (!actor.name_en || tip.includes(actor.name_en)), tip);
      await shot('reader-hover', false, true);
    }
    await shot('reader', true);

    // Repairs on demand.
    if ((doc.repairs || []).length) {
      await page.check('#show-repairs');
      const shown = await page.$$eval('article.show-repairs .repair', (els) => els.length);
      check('repairs shown on demand', shown > 0, `${shown} repairs`);
      await page.uncheck('#show-repairs');
    }

    // A fact links to its sentence.
    const factLinks = await page.$$('aside a.to-sentence');
    if (factLinks.length) {
      await factLinks[0].click();
      const flashed = await page.$$eval('article .sent.flash', (els) => els.length);
      check('a fact link flashes its sentence', flashed === 1, `${flashed}`);
    }
  });

  // 3. Click the actor → its profile.
  let actorId = null;
  if (clickable) {
    await step('actor profile', async () => {
      await page.mouse.move(0, 0);
      await page.click(`mark.mention[data-start="${clickable.start}"][data-end="${clickable.end}"]`);
      await ready();
      actorId = clickable.actor;
      const profile = await api(base, `actors/${encodeURIComponent(actorId)}`);
      const head = await page.$eval('header.actor-head', (el) => ({ id: el.dataset.actor, h1: el.querySelector('h1').textContent }));
      check('mention click opens the actor profile', head.id === actorId && head.h1 === (profile.actor.name_ar || actorId),
        `${head.id} «${head.h1}»`);
      const rows = await page.$$eval('table.grid', (els) => els.length);
      check('profile shows its tables', rows > 0, `${rows} tables`);
      await shot('actor');
    });
  }

  // 4. Network around the actor: nodes drawn, a click on another node opens its profile.
  await step('graph', async () => {
    await page.goto(`${base}/#/graph${actorId ? `/${encodeURIComponent(actorId)}` : ''}`);
    await ready();
    const nodes = await page.evaluate(() => window.marsadGraph?.nodes().length || 0);
    const edges = await page.evaluate(() => window.marsadGraph?.edges().length || 0);
    check('graph renders nodes', nodes > 0, `${nodes} nodes, ${edges} edges`);
    await page.waitForTimeout(300);
    await shot('graph');
    const other = await page.evaluate(() => {
      const cy = window.marsadGraph;
      const box = cy.container().getBoundingClientRect();
      const n = cy.nodes("[center = 0][actor = 1]")[0];
      if (!n) return null;
      const p = n.renderedPosition();
      return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
    });
    if (other) {
      await page.mouse.click(other.x, other.y);
      await ready();
      const id = await page.$eval('header.actor-head', (el) => el.dataset.actor);
      check('clicking a node opens its profile', id === other.id, `${id} vs ${other.id}`);
    }
  });

  // 5. Timeline of all events.
  await step('timeline', async () => {
    await page.goto(`${base}/#/timeline`);
    await ready();
    const items = await page.$$eval('circle.tl-item', (els) => els.length);
    const entries = (await api(base, 'timeline')).entries.length;
    check('timeline renders events', items > 0, `${items} items (API: ${entries} entries)`);
    await shot('timeline');
  });

  // 6. Map of located events with the list beside it.
  await step('map', async () => {
    await page.goto(`${base}/#/map`);
    await ready();
    const points = await page.$$eval('g.map-point', (els) => els.length);
    const countries = await page.$$eval('path.country', (els) => els.length);
    const rows = await page.$$eval('.map-side li.event', (els) => els.length);
    const features = (await api(base, 'map')).features.length;
    check('map renders located events', points > 0 && countries > 100 && rows === features,
      `${points} places, ${countries} countries, ${rows} rows (API: ${features} features)`);
    const linked = await page.$$eval('.map-side li.event a.to-sentence', (els) => els.length);
    check('every listed event links to its sentence', linked === rows, `${linked}/${rows}`);
    await shot('map');
  });

  // 7. Interface labels in English and back.
  await step('language', async () => {
    await page.click('#lang');
    await ready();
    const en = await page.evaluate(() => ({ dir: document.documentElement.dir, nav: document.getElementById('nav').textContent }));
    check('English labels on toggle', en.dir === 'ltr' && en.nav.includes('Timeline'), JSON.stringify(en));
    await shot('map-en');
    await page.click('#lang');
    await ready();
  });

  return finish(page, pageErrors, outside);
}

// Mentions whose span crosses a sentence or another mention (drawn in pieces in the page).
function countCrossing(mentions, sentences) {
  const crosses = (a, b) => (b.start < a.start && a.start < b.end && b.end < a.end)
    || (a.start < b.start && b.start < a.end && a.end < b.end);
  return mentions.filter((a) => sentences.some((s) => crosses(a, s)) || mentions.some((b) => b !== a && crosses(a, b))).length;
}

function finish(page, pageErrors, outside) {
  check('no script errors in the page', pageErrors.length === 0, pageErrors.slice(0, 3).join(' | '));
  check('no request left the machine', outside.length === 0, outside.slice(0, 3).join(' '));
  console.log(`screenshots: ${screenshots}`);
}

try {
  await main();
} catch (err) {
  check('end-to-end run', false, err?.stack || String(err));
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
