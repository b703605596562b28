// The timeline: stacked bars of events per day (per week or month over long spans) by type,
// drawn in SVG. Dragging across it selects a date range (the from/to filters).
import { svg, h, clear } from './dom.js';
import { typeColor, TYPE_NAMES } from './types.js';

const DAY = 86400000;
const W = 900, H = 170, M = { l: 34, r: 10, t: 8, b: 24 };

function toDay(s) { return Date.UTC(+s.slice(0, 4), +(s.slice(5, 7) || 1) - 1, +(s.slice(8, 10) || 1)); }
function iso(t) { return new Date(t).toISOString().slice(0, 10); }

/** bins picks the bin width for a span: day, week or month. */
function binner(lo, hi) {
  const days = (hi - lo) / DAY;
  if (days <= 120) return { name: 'day', start: (t) => t, next: (t) => t + DAY };
  if (days <= 3 * 365) {
    return { name: 'week', start: (t) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY, next: (t) => t + 7 * DAY };
  }
  return {
    name: 'month',
    start: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); },
    next: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); },
  };
}

/**
 * renderTimeline draws points ({date,type,events}) into el; range is {from,to} (may be empty);
 * onBrush(from, to) is called with the selected dates ('' , '' to clear).
 */
export function renderTimeline(el, points, range, onBrush, binLabel) {
  clear(el);
  const pts = points.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date));
  if (!pts.length) { el.append(h('p', { class: 'empty' }, 'No dated events match the filters.')); return; }
  let lo = Math.min(...pts.map((p) => toDay(p.date)));
  let hi = Math.max(...pts.map((p) => toDay(p.date)));
  if (range.from) lo = Math.min(lo, toDay(range.from));
  if (range.to) hi = Math.max(hi, toDay(range.to));
  const bin = binner(lo, hi);
  if (binLabel) binLabel.textContent = bin.name;
  const bins = new Map();
  for (let t = bin.start(lo); t <= hi; t = bin.next(t)) bins.set(t, new Map());
  for (const p of pts) {
    const k = bin.start(toDay(p.date));
    const m = bins.get(k) || new Map();
    m.set(p.type, (m.get(p.type) || 0) + p.events);
    bins.set(k, m);
  }
  const keys = [...bins.keys()].sort((a, b) => a - b);
  const x0 = keys[0], x1 = bin.next(keys[keys.length - 1]);
  const iw = W - M.l - M.r, ih = H - M.t - M.b;
  const x = (t) => M.l + ((t - x0) / (x1 - x0)) * iw;
  const inv = (px) => x0 + ((px - M.l) / iw) * (x1 - x0);
  const max = Math.max(1, ...keys.map((k) => [...bins.get(k).values()].reduce((a, b) => a + b, 0)));
  const y = (v) => M.t + ih - (v / max) * ih;

  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-labelledby': 'tl-title tl-desc', preserveAspectRatio: 'none' });
  const total = pts.reduce((a, p) => a + p.events, 0);
  root.append(svg('title', { id: 'tl-title' }, 'Timeline of events'),
    svg('desc', { id: 'tl-desc' }, `${total} dated events from ${iso(lo)} to ${iso(hi)}, per ${bin.name}.`));
  // axis
  const ax = svg('g', { class: 'axis' });
  ax.append(svg('line', { x1: M.l, x2: W - M.r, y1: M.t + ih, y2: M.t + ih }));
  for (const v of [0, Math.round(max / 2), max]) {
    if (v === Math.round(max / 2) && (v === 0 || v === max)) continue;
    ax.append(svg('text', { x: M.l - 4, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
  }
  const nt = Math.min(8, keys.length);
  for (let i = 0; i < nt; i++) {
    const k = keys[Math.round((i * (keys.length - 1)) / Math.max(1, nt - 1))];
    const label = bin.name === 'month' ? iso(k).slice(0, 7) : iso(k);
    ax.append(svg('text', { x: x(k), y: H - 6, 'text-anchor': i === 0 ? 'start' : i === nt - 1 ? 'end' : 'middle' }, label));
  }
  root.append(ax);
  const from = range.from ? toDay(range.from) : -Infinity, to = range.to ? toDay(range.to) : Infinity;
  const bars = svg('g', { class: 'bars' });
  const bw = Math.max(1, (iw / keys.length) * 0.85);
  for (const k of keys) {
    let acc = 0;
    const inside = bin.next(k) - DAY >= from && k <= to;
    for (const t of TYPE_NAMES.concat(['OTHER'])) {
      const v = bins.get(k).get(t);
      if (!v) continue;
      const r = svg('rect', { x: x(k) + 0.5, y: y(acc + v), width: bw, height: Math.max(0.5, y(acc) - y(acc + v)), fill: typeColor(t), class: inside ? '' : 'out', 'data-type': t });
      r.append(svg('title', null, `${iso(k)}${bin.name !== 'day' ? ' (' + bin.name + ')' : ''}: ${v} ${t}`));
      bars.append(r);
      acc += v;
    }
  }
  root.append(bars);
  const sel = svg('rect', { class: 'brush', y: M.t, height: ih, x: 0, width: 0, visibility: 'hidden' });
  root.append(sel);
  if (range.from || range.to) {
    const a = Math.max(M.l, range.from ? x(toDay(range.from)) : M.l);
    const b = Math.min(W - M.r, range.to ? x(toDay(range.to) + DAY) : W - M.r);
    sel.setAttribute('x', a); sel.setAttribute('width', Math.max(2, b - a)); sel.setAttribute('visibility', 'visible');
  }
  // brushing with a pointer
  let start = null;
  const px = (e) => {
    const r = root.getBoundingClientRect();
    return Math.min(W - M.r, Math.max(M.l, ((e.clientX - r.left) / r.width) * W));
  };
  root.addEventListener('pointerdown', (e) => {
    start = px(e);
    root.setPointerCapture(e.pointerId);
    sel.setAttribute('x', start); sel.setAttribute('width', 0); sel.setAttribute('visibility', 'visible');
  });
  root.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const p = px(e);
    sel.setAttribute('x', Math.min(start, p)); sel.setAttribute('width', Math.abs(p - start));
  });
  root.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const p = px(e);
    const a = Math.min(start, p), b = Math.max(start, p);
    start = null;
    if (b - a < 3) { onBrush('', ''); return; }
    const d0 = iso(Math.floor(inv(a) / DAY) * DAY);
    const d1 = iso(Math.max(Math.floor(inv(a) / DAY), Math.ceil(inv(b) / DAY) - 1) * DAY);
    onBrush(d0, d1);
  });
  el.append(root);
  el.dataset.bin = bin.name;
  el.dataset.bars = String(bars.childNodes.length);
}
