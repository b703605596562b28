// The filters shared by every view, kept in the page URL so that a link reproduces the view.
import { TYPE_NAMES } from './types.js';

const KEYS = ['from', 'to', 'q', 'actor', 'country', 'min_confidence'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** readURL returns {filters, event} from location.search, dropping malformed values. */
export function readURL(search = location.search) {
  const p = new URLSearchParams(search);
  const f = { from: '', to: '', q: '', actor: '', country: '', min_confidence: 0, types: [] };
  for (const k of KEYS) {
    const v = (p.get(k) || '').trim();
    if (!v) continue;
    if ((k === 'from' || k === 'to') && !DATE.test(v)) continue;
    if (k === 'country' && !/^[A-Za-z]{2}$/.test(v)) continue;
    if (k === 'min_confidence') {
      const x = Number(v);
      if (Number.isFinite(x) && x >= 0 && x <= 1) f.min_confidence = x;
      continue;
    }
    f[k] = k === 'country' ? v.toUpperCase() : v.slice(0, 200);
  }
  if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
  for (const v of p.getAll('type')) {
    for (const t of v.split(',')) {
      const u = t.trim().toUpperCase();
      if (TYPE_NAMES.includes(u) && !f.types.includes(u)) f.types.push(u);
    }
  }
  const ev = p.get('event') || '';
  return { filters: f, event: /^[A-Za-z0-9._-]{1,128}$/.test(ev) ? ev : '' };
}

/** filterParams turns filters into URLSearchParams (API and page URL use the same names). */
export function filterParams(f, { omit = [] } = {}) {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    if (omit.includes(k)) continue;
    const v = f[k];
    if (k === 'min_confidence') { if (v > 0) p.set(k, String(v)); continue; }
    if (v) p.set(k, v);
  }
  if (!omit.includes('type') && f.types.length) p.set('type', f.types.join(','));
  return p;
}

/** pageURL is the dashboard URL of filters f and, optionally, one event page. */
export function pageURL(f, event = '') {
  const p = filterParams(f);
  if (event) p.set('event', event);
  const tiles = new URLSearchParams(location.search).get('tiles');
  if (tiles) p.set('tiles', tiles);
  const s = p.toString();
  return location.pathname + (s ? '?' + s : '');
}
