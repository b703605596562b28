// The actor network: who acts on whom. Edges are weighted by events and coloured by the
// share of cooperation and conflict; a small force layout places the actors.
import { svg, h, clear } from './dom.js';

const W = 560, H = 420, MX = 70, MY = 30;
const MAX_EDGES = 60, LABELLED = 14;

function layout(nodes, links) {
  const n = nodes.length;
  nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / n;
    d.x = W / 2 + (W / 3) * Math.cos(a);
    d.y = H / 2 + (H / 3) * Math.sin(a);
    d.vx = 0; d.vy = 0;
  });
  const L = 45, CHARGE = 900;
  for (let it = 0; it < 400; it++) {
    const alpha = 1 - it / 400;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
        if (d2 > 250 * 250) continue;
        const f = (CHARGE / d2) * alpha;
        a.vx += dx * f / Math.sqrt(d2); a.vy += dy * f / Math.sqrt(d2);
        b.vx -= dx * f / Math.sqrt(d2); b.vy -= dy * f / Math.sqrt(d2);
      }
    }
    for (const l of links) {
      if (l.s === l.t) continue;
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - L) / d) * 0.1 * alpha;
      l.s.vx += dx * f; l.s.vy += dy * f; l.t.vx -= dx * f; l.t.vy -= dy * f;
    }
    for (const d of nodes) {
      d.vx += (W / 2 - d.x) * 0.02 * alpha; d.vy += (H / 2 - d.y) * 0.03 * alpha;
      d.x += Math.max(-15, Math.min(15, d.vx)); d.y += Math.max(-15, Math.min(15, d.vy));
      d.vx *= 0.5; d.vy *= 0.5;
    }
  }
  // scale the layout into the drawing area, keeping a margin for labels
  const xs = nodes.map((d) => d.x), ys = nodes.map((d) => d.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = (W - 2 * MX) / Math.max(1, x1 - x0), sy = (H - 2 * MY) / Math.max(1, y1 - y0);
  for (const d of nodes) {
    d.x = x1 > x0 ? MX + (d.x - x0) * sx : W / 2;
    d.y = y1 > y0 ? MY + (d.y - y0) * sy : H / 2;
  }
}

function edgeKind(e) {
  if (e.conflict > e.cooperation) return 'conf';
  if (e.cooperation > e.conflict) return 'coop';
  return 'mixed';
}

/** renderNetwork draws edges (GET /api/v1/graph) into el; selected is the actor filter. */
export function renderNetwork(el, edges, selected, onSelect) {
  clear(el);
  if (!edges.length) { el.append(h('p', { class: 'empty' }, 'No actor pairs in the events that match.')); return; }
  const byId = new Map();
  const node = (id, name) => {
    let d = byId.get(id);
    if (!d) { d = { id, name: name || id, events: 0 }; byId.set(id, d); }
    return d;
  };
  edges = [...edges].sort((a, b) => b.events - a.events).slice(0, MAX_EDGES);
  const links = edges.map((e) => {
    const s = node(e.source, e.source_name), t = node(e.target, e.target_name);
    s.events += e.events; if (t !== s) t.events += e.events;
    return { s, t, e };
  });
  const nodes = [...byId.values()];
  layout(nodes, links);
  const maxW = Math.max(...edges.map((e) => e.events));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'group', 'aria-label': `Actor network: ${nodes.length} actors, ${edges.length} links` });
  const defs = svg('defs');
  for (const kind of ['coop', 'conf', 'mixed']) {
    defs.append(svg('marker', { id: 'arr-' + kind, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse', class: 'arr ' + kind },
      svg('path', { d: 'M0,0 L10,5 L0,10 z' })));
  }
  root.append(defs);
  const r = (d) => 5 + Math.min(14, Math.sqrt(d.events) * 3);
  const gl = svg('g', { class: 'links' });
  for (const l of links) {
    const kind = edgeKind(l.e);
    const w = 1 + (3 * l.e.events) / maxW + Math.log2(l.e.events);
    const title = svg('title', null, `${l.s.name} → ${l.t.name}: ${l.e.events} events (${l.e.cooperation} cooperation, ${l.e.conflict} conflict)`);
    let p;
    if (l.s === l.t) {
      const x = l.s.x, y = l.s.y - r(l.s);
      p = svg('path', { d: `M${x - 4},${y} C${x - 24},${y - 30} ${x + 24},${y - 30} ${x + 4},${y}`, class: 'link ' + kind, 'stroke-width': w, fill: 'none', 'marker-end': `url(#arr-${kind})` });
    } else {
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const rt = r(l.t) + 2;
      p = svg('line', { x1: l.s.x, y1: l.s.y, x2: l.t.x - (dx / d) * rt, y2: l.t.y - (dy / d) * rt, class: 'link ' + kind, 'stroke-width': w, 'marker-end': `url(#arr-${kind})` });
    }
    p.append(title);
    gl.append(p);
  }
  root.append(gl);
  const gn = svg('g', { class: 'nodes' });
  const labelled = new Set([...nodes].sort((a, b) => b.events - a.events).slice(0, LABELLED));
  for (const d of nodes) {
    const sel = selected && (selected === d.id || selected.toLowerCase() === d.name.toLowerCase());
    const label = d.name.length > 26 ? d.name.slice(0, 25) + '…' : d.name;
    const act = () => onSelect(sel ? '' : d.id);
    const g = svg('g', {
      class: 'node' + (sel ? ' selected' : ''), tabindex: 0, role: 'button', 'aria-pressed': sel ? 'true' : 'false',
      'aria-label': `${d.name}: ${d.events} events. ${sel ? 'Remove actor filter' : 'Filter by this actor'}`,
      transform: `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`,
      onclick: act,
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); act(); } },
    });
    g.append(svg('circle', { r: r(d) }), svg('text', { y: r(d) + 11, 'text-anchor': 'middle', class: labelled.has(d) || sel ? '' : 'minor' }, label), svg('title', null, `${d.name} (${d.id}): ${d.events} events`));
    gn.append(g);
  }
  root.append(gn);
  el.append(root);
}
