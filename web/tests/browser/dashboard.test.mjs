// Browser tests of the sitrep dashboard in Debian's Chromium (headless), driven by
// playwright-core. They expect a running `sitrep serve` with the demo data and the hostile
// article of internal/web/testdata (internal/web/browser_test.go sets that up) at SITREP_URL.
//
//   SITREP_URL=http://127.0.0.1:8080/ node --test web/tests/browser/
//
// Screenshots are written to SITREP_ARTIFACTS (default web/test-artifacts/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = process.env.SITREP_URL;
const ART = process.env.SITREP_ARTIFACTS || fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
if (!BASE) throw new Error('set SITREP_URL to a running sitrep serve (see internal/web/browser_test.go)');
mkdirSync(ART, { recursive: true });

let browser;
let profile;

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** open returns a page at path that fails the test on a dialog or an uncaught page error. */
async function open(t, path = '') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1300 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  t.after(async () => { await context.close(); });
  page.problems = problems;
  await page.goto(new URL(path, BASE).href);
  await ready(page);
  return page;
}

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.ready === 'error', null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true', 'dashboard failed: ' + await page.textContent('#status'));
}

async function shot(page, name) {
  const path = join(ART, name + '.png');
  await page.screenshot({ path, fullPage: true });
  console.log('screenshot: ' + path);
}

async function api(path) {
  const r = await fetch(new URL('api/v1/' + path, BASE));
  assert.equal(r.status, 200, path);
  return r.json();
}

function located(events) {
  return events.filter((e) => e.location && Number.isFinite(e.location.lat) && !(e.location.lat === 0 && e.location.lon === 0)).length;
}

/**
 * mapCount sums the markers and the cluster counts on the map, once that sum is want (markers
 * may be mid-transition for a moment) or after a few seconds.
 */
async function mapCount(page, want) {
  const count = () => {
    const pane = document.querySelector('#map .leaflet-marker-pane');
    let n = pane.querySelectorAll('.mk').length;
    for (const c of pane.querySelectorAll('.cluster')) n += Number(c.textContent.trim());
    return n;
  };
  if (want !== undefined) await page.waitForFunction(`(${count})() === ${want}`, null, { timeout: 5000 }).catch(() => {});
  return page.evaluate(count);
}

/** firstMarker returns a single-event marker, opening a cluster with the keyboard if need be. */
async function firstMarker(page) {
  const markers = page.locator('#map .leaflet-marker-pane .mk');
  for (let i = 0; i < 4 && await markers.count() === 0; i++) {
    const c = page.locator('#map .leaflet-marker-pane .cluster').first();
    await c.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
  }
  const m = markers.first();
  await m.waitFor();
  return m;
}

test('dashboard shows the demo events on the map, timeline, network and table', async (t) => {
  const all = await api('events?limit=1000');
  assert.ok(all.total >= 10, `demo store has only ${all.total} events`);
  const want = located(all.events);
  assert.ok(want >= 5, `only ${want} located events in the demo data`);
  const page = await open(t);
  await page.waitForSelector('#map[data-basemap=ready]', { timeout: 20000 });
  assert.equal(Number(await page.getAttribute('#map', 'data-markers')), want, 'markers layer');
  assert.equal(await mapCount(page, want), want, 'markers and clusters shown on the map');
  assert.ok(await page.locator('#map .leaflet-overlay-pane path').count() > 50, 'offline basemap country shapes');
  assert.ok(Number(await page.getAttribute('#timeline', 'data-bars')) > 0, 'timeline bars');
  assert.ok(await page.locator('#network .node').count() >= 2, 'network nodes');
  assert.ok(await page.locator('#network .link').count() >= 1, 'network links');
  assert.equal(await page.locator('table.events tbody tr').count(), Math.min(50, all.total), 'table rows');
  assert.match(await page.textContent('#status'), new RegExp(`^${all.total} events match`));
  // every form control has a label
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, button')]
    .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim()).map((el) => el.id || el.outerHTML));
  assert.deepEqual(unlabelled, []);
  // text contrast (WCAG AA, 4.5:1) of the dashboard's text elements
  const low = await page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    const bg = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c;
      }
      return [255, 255, 255];
    };
    const out = [];
    for (const el of document.querySelectorAll('#status, h1, h2, label, legend, .hint, .legend, th, td, a, button, caption, .tag, summary')) {
      if (!el.textContent.trim() || !el.getClientRects().length) continue;
      const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) out.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${el.textContent.trim().slice(0, 30)}"`);
    }
    return out;
  });
  assert.deepEqual(low, [], 'text below 4.5:1 contrast');
  await shot(page, 'dashboard');
  assert.deepEqual(page.problems, []);
});

test('a type filter narrows every view and is kept in the URL', async (t) => {
  const page = await open(t);
  const want = await api('events?limit=1000&type=ASSAULT');
  await page.click('label[for=type-ASSAULT]');
  await page.waitForURL(/type=ASSAULT/);
  await ready(page);
  assert.equal(await mapCount(page, located(want.events)), located(want.events), 'markers after the filter');
  const tags = await page.locator('table.events tbody .tag').allTextContents();
  assert.ok(tags.length > 0);
  assert.deepEqual([...new Set(tags)], ['ASSAULT']);
  assert.match(await page.textContent('#status'), new RegExp(`^${want.total} events match`));
  const types = await page.locator('#timeline rect[data-type]').evaluateAll((rs) => [...new Set(rs.map((r) => r.dataset.type))]);
  assert.deepEqual(types.filter((x) => x !== 'ASSAULT'), []);
  await shot(page, 'filtered-assault');
  // the URL is a shareable link: opening it again shows the same view
  const page2 = await open(t, page.url());
  assert.equal(await page2.isChecked('#type-ASSAULT'), true);
  assert.equal(await mapCount(page2, located(want.events)), located(want.events));
  // back goes to the unfiltered view
  await page.goBack();
  await ready(page);
  assert.equal(await page.isChecked('#type-ASSAULT'), false);
  assert.deepEqual(page.problems, []);
});

test('filters from a shared link: country, text and minimum confidence', async (t) => {
  const all = await api('events?limit=1000');
  const cc = all.events.find((e) => e.location && e.location.country)?.location.country;
  assert.ok(cc, 'an event with a country');
  const want = await api(`events?limit=1000&country=${cc}&min_confidence=0.3`);
  const page = await open(t, `?country=${cc}&min_confidence=0.3`);
  assert.equal(await page.inputValue('#f-country'), cc);
  assert.equal(await page.inputValue('#f-conf'), '0.3');
  assert.equal(await mapCount(page, located(want.events)), located(want.events));
  const q = await open(t, '?q=Ogossagou');
  assert.ok(await q.locator('table.events tbody tr').count() >= 1, 'text search finds the hostile article');
  assert.equal(await q.inputValue('#f-q'), 'Ogossagou');
});

test('brushing the timeline sets the date range; the network filters by actor', async (t) => {
  const page = await open(t);
  const box = await page.locator('#timeline svg').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await ready(page);
  const u = new URL(page.url());
  assert.equal(await page.inputValue('#f-from'), u.searchParams.get('from'));
  const want = await api(`events?limit=1000&from=${u.searchParams.get('from')}&to=${u.searchParams.get('to')}`);
  assert.match(await page.textContent('#status'), new RegExp(`^${want.total} events match`));
  await shot(page, 'brushed');
  // keyboard: focus an actor node and press Enter
  const p2 = await open(t);
  const node = p2.locator('#network .node').first();
  await node.focus();
  await p2.keyboard.press('Enter');
  await p2.waitForURL(/actor=/);
  await ready(p2);
  assert.notEqual(await p2.inputValue('#f-actor'), '');
  assert.equal(await p2.locator('#network .node.selected').count(), 1);
});

test('an event page shows its fields and every mention with the evidence highlighted', async (t) => {
  const all = await api('events?limit=1000&type=ASSAULT');
  const ev = all.events.find((e) => e.location && e.evidence && e.evidence.trigger) || all.events[0];
  const det = await api('events/' + ev.id);
  const page = await open(t, '?type=ASSAULT');
  // open it from the map, with the keyboard: zoom to the marker, focus it, Enter, follow the popup link
  await page.locator(`table.events tr[data-event="${ev.id}"] a.open`).click();
  await page.waitForURL(new RegExp('event=' + ev.id));
  await ready(page);
  assert.equal(await page.isVisible('#dashboard'), false);
  const h2 = await page.textContent('#event-view h2');
  assert.ok(h2.includes(ev.type), h2);
  assert.equal(await page.locator('#event-view li.mention').count(), det.mentions.length);
  const triggers = await page.locator('#event-view li.mention mark.hl-trigger').allTextContents();
  assert.deepEqual(triggers, det.mentions.map((m) => m.trigger));
  const quote = await page.locator('#event-view li.mention blockquote').first().textContent();
  assert.equal(quote, det.mentions[0].sentence, 'the sentence is shown whole, unaltered');
  assert.ok(await page.locator('#event-view mark.hl-actor, #event-view mark.hl-place, #event-view mark.hl-number, #event-view mark.hl-date').count() >= 1);
  assert.ok(await page.locator('#event-view dl.fields dt', { hasText: 'Sources' }).count() === 1);
  await shot(page, 'event');
  // back to the dashboard with the filter kept
  await page.click('a.back');
  await ready(page);
  assert.match(page.url(), /type=ASSAULT/);
  assert.doesNotMatch(page.url(), /event=/);
  assert.equal(await page.isVisible('#map'), true);
  assert.deepEqual(page.problems, []);
});

test('map markers are keyboard accessible and open the event', async (t) => {
  const page = await open(t, '?q=Ogossagou');
  const marker = await firstMarker(page);
  assert.ok(await marker.getAttribute('aria-label'));
  assert.equal(await marker.getAttribute('tabindex'), '0');
  await marker.focus();
  await page.keyboard.press('Enter');
  const link = page.locator('.leaflet-popup a.btn');
  await link.waitFor();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/event=/);
  await ready(page);
  assert.ok(await page.locator('#event-view li.mention').count() >= 1);
});

test('article text with script tags and event handlers is shown as text and never runs', async (t) => {
  const found = await api('events?limit=100&q=Ogossagou');
  assert.ok(found.total >= 1, 'the hostile article was ingested and gave an event');
  const page = await open(t, '?q=Ogossagou&event=' + found.events[0].id);
  await page.waitForSelector('#event-view li.mention');
  await page.click('#event-view details summary');
  await page.waitForTimeout(300);
  const report = await page.evaluate(() => ({
    xss: window.__xss,
    imgs: document.querySelectorAll('img[src="x"]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 80)),
    scripts: [...document.scripts].filter((s) => !s.src).length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    text: document.getElementById('event-view').textContent,
  }));
  assert.equal(report.xss, undefined, 'injected script ran');
  assert.equal(report.imgs, 0, 'an <img> from article text became an element');
  assert.deepEqual(report.handlers, [], 'elements with inline event handlers');
  assert.equal(report.scripts, 0, 'inline <script> elements');
  assert.equal(report.svgOnload, 0);
  assert.ok(report.text.includes("<script>window.__xss='title'</script>"), 'the title is shown literally');
  assert.ok(report.text.includes('onerror='), 'the article text is shown literally');
  await shot(page, 'hostile-article');
  // the dashboard views with the hostile article in them
  const dash = await open(t, '?q=Ogossagou');
  await (await firstMarker(dash)).click();
  await dash.waitForSelector('.leaflet-popup');
  assert.equal(await dash.evaluate(() => window.__xss), undefined);
  assert.equal(await dash.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(dash.problems, []);
});
