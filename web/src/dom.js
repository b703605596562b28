// Small DOM helpers. Data from the API is only ever put into the page as text nodes or
// attribute values (never parsed as HTML), so article text cannot inject markup or script.

/** h builds an element: h('a', {href, class, onclick}, child, 'text', …). */
export function h(tag, attrs, ...children) {
  const el = document.createElementNS(tag.startsWith('svg:') ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml',
    tag.replace(/^svg:/, ''));
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.setAttribute('class', v);
      else if (k === 'text') el.textContent = String(v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}
export function svg(tag, attrs, ...children) { return h('svg:' + tag, attrs, ...children); }

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

/** safeURL returns u when it is an http(s) URL, else '' (no javascript: or data: links). */
export function safeURL(u) {
  if (!u) return '';
  try {
    const p = new URL(u, location.href);
    return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : '';
  } catch { return ''; }
}

const regionNames = typeof Intl !== 'undefined' && Intl.DisplayNames ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
export function countryName(cc) {
  if (!cc) return '';
  try { return (regionNames && regionNames.of(cc)) || cc; } catch { return cc; }
}

export function actorLabel(a) { return (a && (a.name || a.text || a.actor)) || '?'; }
export function actorsLabel(list) { return (list && list.length ? list.map(actorLabel).join(', ') : '—'); }

export function placeLabel(ev) {
  const l = ev.location;
  if (l) return l.name + (l.country && l.feature !== 'country' ? ', ' + countryName(l.country) : '');
  return ev.location_text || '—';
}

export function eventDate(ev) { return (ev.date && ev.date.value) || ''; }
