// sitrep dashboard: map, timeline, actor network, event table and event pages over the API,
// all driven by one set of filters kept in the URL.
import './style.css';
import * as api from './api.js';
import { readURL, pageURL } from './state.js';
import { initMap, showEvents, setTiles, legend } from './map.js';
import { renderTimeline } from './timeline.js';
import { renderNetwork } from './network.js';
import { renderTable } from './table.js';
import { renderEvent } from './eventpage.js';
import { h, clear, countryName } from './dom.js';
import { TYPES } from './types.js';

const $ = (id) => document.getElementById(id);
const form = $('filters');
const status = $('status');
let state = readURL();
const countries = new Set();
let loadSeq = 0;

function tileURL() {
  const u = new URLSearchParams(location.search).get('tiles');
  if (u !== null) return u;
  try { return localStorage.getItem('sitrep.tiles') || ''; } catch { return ''; }
}

// ---- filter form <-> state
function buildTypeBoxes() {
  const box = $('type-boxes');
  for (const [t, , color] of TYPES) {
    const id = 'type-' + t;
    box.append(h('div', { class: 'tbox' },
      h('input', { type: 'checkbox', id, name: 'type', value: t }),
      h('label', { for: id }, h('span', { class: 'swatch', style: `background:${color}`, 'aria-hidden': 'true' }), ' ', t)));
  }
}

function fillForm(f) {
  form.q.value = f.q; form.from.value = f.from; form.to.value = f.to; form.actor.value = f.actor;
  setCountryOptions(f.country);
  form.country.value = f.country;
  form.min_confidence.value = String(f.min_confidence);
  $('f-conf-out').textContent = Number(f.min_confidence).toFixed(2);
  for (const cb of form.querySelectorAll('input[name=type]')) cb.checked = f.types.includes(cb.value);
}

function readForm() {
  const f = {
    q: form.q.value.trim(), from: form.from.value, to: form.to.value, actor: form.actor.value.trim(),
    country: form.country.value, min_confidence: Number(form.min_confidence.value) || 0,
    types: [...form.querySelectorAll('input[name=type]:checked')].map((c) => c.value),
  };
  if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
  return f;
}

function setCountryOptions(selected) {
  const sel = form.country;
  if (selected) countries.add(selected);
  const cur = selected ?? sel.value;
  clear(sel).append(h('option', { value: '' }, 'Any country'));
  for (const cc of [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b)))) {
    sel.append(h('option', { value: cc }, `${countryName(cc)} (${cc})`));
  }
  sel.value = cur;
}

// ---- navigation
function navigate(filters, event = '', { replace = false } = {}) {
  const url = pageURL(filters, event);
  const same = url === location.pathname + location.search;
  state = { filters, event };
  fillForm(filters);
  if (same && !event && !$('dashboard').hidden && document.body.dataset.ready !== 'error') return;
  if (replace || same) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render();
}

function applyForm() { navigate(readForm(), ''); }

window.addEventListener('popstate', () => { state = readURL(); fillForm(state.filters); render(); });

// ---- rendering
async function render() {
  if (state.event) return showEvent(state.event);
  $('event-view').hidden = true;
  $('dashboard').hidden = false;
  document.title = 'sitrep dashboard';
  map.invalidateSize();
  return loadDashboard();
}

async function loadDashboard() {
  const seq = ++loadSeq;
  const f = state.filters;
  document.body.dataset.ready = 'false';
  status.textContent = 'Loading events…';
  try {
    const [ev, tl, gr, ac] = await Promise.all([
      api.events(f), api.timeline(f), api.graph(f), api.actors(f).catch(() => []),
    ]);
    if (seq !== loadSeq) return;
    if (!f.country) for (const e of ev.events) if (e.location && e.location.country) countries.add(e.location.country);
    setCountryOptions(f.country);
    const dl = clear($('actor-list'));
    for (const a of ac) dl.append(h('option', { value: a.actor }, `${a.name} (${a.events})`));
    const located = showEvents(ev.events);
    renderTimeline($('timeline'), tl, { from: f.from, to: f.to }, (from, to) => navigate({ ...state.filters, from, to }), $('time-bin'));
    renderNetwork($('network'), gr, f.actor, (actor) => navigate({ ...state.filters, actor }));
    renderTable($('table'), ev.events, ev.total, { hrefFor: (id) => pageURL(state.filters, id), onOpen: openEvent });
    const more = ev.total > ev.events.length ? ` (first ${ev.events.length} loaded)` : '';
    status.textContent = `${ev.total} events match${more}; ${located} on the map.`;
    document.body.dataset.ready = 'true';
  } catch (e) {
    if (seq !== loadSeq) return;
    status.textContent = 'Could not load events: ' + e.message;
    status.setAttribute('role', 'alert');
    document.body.dataset.ready = 'error';
  }
}

function openEvent(id) { navigate(state.filters, id); }

async function showEvent(id) {
  ++loadSeq;
  $('dashboard').hidden = true;
  const view = $('event-view');
  view.hidden = false;
  document.body.dataset.ready = 'false';
  document.title = 'Event ' + id + ' — sitrep';
  const backURL = pageURL(state.filters);
  await renderEvent(view, id, { back: { href: backURL, go: () => navigate(state.filters, '') } });
  status.textContent = 'Showing event ' + id;
  document.body.dataset.ready = 'true';
}

// ---- set-up
// per-type colour classes from the one list in types.js
document.head.append(h('style', null, TYPES.map(([t, , c]) => `.t-${t} { --c: ${c}; }`).join('\n') + '\n.t-OTHER { --c: #555555; }'));
buildTypeBoxes();
legend($('map-legend'));
const map = initMap($('map'), { onOpen: openEvent, tileURL: tileURL() });
$('tile-url').value = tileURL();
$('tile-save').addEventListener('click', () => {
  const u = $('tile-url').value.trim();
  try { localStorage.setItem('sitrep.tiles', u); } catch { /* private mode */ }
  setTiles(u);
});
fillForm(state.filters);
form.addEventListener('submit', (e) => { e.preventDefault(); applyForm(); });
form.addEventListener('change', () => applyForm());
form.min_confidence.addEventListener('input', () => { $('f-conf-out').textContent = Number(form.min_confidence.value).toFixed(2); });
$('types-none').addEventListener('click', () => { for (const cb of form.querySelectorAll('input[name=type]')) cb.checked = false; applyForm(); });
$('reset').addEventListener('click', () => {
  const f = { from: '', to: '', q: '', actor: '', country: '', min_confidence: 0, types: [] };
  fillForm(f); navigate(f, '');
});
$('home').addEventListener('click', (e) => { e.preventDefault(); navigate(state.filters, ''); });
render();
