// The sitrep HTTP API (GET /api/v1/...), relative to the page so a reverse proxy prefix works.
import { filterParams } from './state.js';

const BASE = new URL('api/v1/', document.baseURI);

async function get(path, params) {
  const u = new URL(path, BASE);
  if (params) u.search = params.toString();
  const r = await fetch(u, { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let msg = r.status + ' ' + r.statusText;
    try { const j = await r.json(); if (j && j.error) msg = j.error; } catch { /* not JSON */ }
    throw new Error(msg);
  }
  return r.json();
}

/** events fetches the events matching f, following cursors up to max events. */
export async function events(f, max = 5000) {
  const p = filterParams(f);
  p.set('limit', '1000');
  let out = [];
  let total = 0;
  for (;;) {
    const page = await get('events', p);
    out = out.concat(page.events || []);
    total = page.total || out.length;
    if (!page.next || out.length >= max) break;
    p.set('cursor', page.next);
  }
  return { events: out, total };
}

export async function timeline(f) {
  const j = await get('timeline', filterParams(f, { omit: ['from', 'to'] }));
  return j.timeline || [];
}

export async function graph(f) {
  const p = filterParams(f);
  p.set('limit', '120');
  const j = await get('graph', p);
  return j.edges || [];
}

export async function actors(f) {
  const p = filterParams(f, { omit: ['actor'] });
  p.set('limit', '500');
  const j = await get('actors', p);
  return j.actors || [];
}

export function event(id) { return get('events/' + encodeURIComponent(id)); }
export function document_(id) { return get('documents/' + encodeURIComponent(id)); }
