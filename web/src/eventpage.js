// The event page: every field of one stored event, and each mention with its sentence and
// the evidence highlighted, linked to the article (or its stored text).
import * as api from './api.js';
import { h, clear, safeURL, countryName, actorLabel, eventDate } from './dom.js';
import { typeClass, PRECISION } from './types.js';
import { highlighted, LEGEND } from './highlight.js';

const MAX_DOCS = 25;

function actorItem(a) {
  const bits = [];
  if (a.text && a.text !== a.name) bits.push('“' + a.text + '”');
  if (a.actor) bits.push(a.actor);
  if (a.kind) bits.push(a.kind);
  if (a.country) bits.push(countryName(a.country));
  if (a.affiliations && a.affiliations.length) bits.push('affiliated: ' + a.affiliations.join(', '));
  return h('li', null, h('strong', null, actorLabel(a)), bits.length ? ' — ' + bits.join('; ') : '');
}

function row(dl, term, ...value) {
  if (value.every((v) => v === '' || v === null || v === undefined)) return;
  dl.append(h('dt', null, term), h('dd', null, ...value));
}

export async function renderEvent(el, id, { back }) {
  clear(el);
  el.append(h('p', null, 'Loading event…'));
  let det;
  try {
    det = await api.event(id);
  } catch (e) {
    clear(el);
    el.append(h('p', { class: 'error', role: 'alert' }, `Could not load event ${id}: ${e.message}`), backButton(back));
    return;
  }
  const ev = det.event || det;
  const mentions = det.mentions || [];
  const docs = new Map();
  await Promise.all([...new Set(mentions.map((m) => m.document))].slice(0, MAX_DOCS).map(async (d) => {
    try { docs.set(d, await api.document_(d)); } catch { /* highlight without entities */ }
  }));
  clear(el);
  const l = ev.location;
  const heading = h('h2', { id: 'event-h', tabindex: '-1' }, h('span', { class: `tag t-${typeClass(ev.type)}` }, ev.type), ' ',
    l ? l.name : ev.location_text || 'unknown place', ', ', eventDate(ev) || 'undated');
  const dl = h('dl', { class: 'fields' });
  row(dl, 'Type', ev.type, ev.mode ? ` (mode: ${ev.mode})` : '');
  row(dl, 'ACLED', ev.acled && ev.acled.event_type ? `${ev.acled.event_type} — ${ev.acled.sub_event_type}` : '');
  row(dl, 'CAMEO root', ev.cameo_root);
  row(dl, 'Date', ev.date ? `${ev.date.value || 'unknown'} (${ev.date.precision || 'unknown'})${ev.date.text ? ' from “' + ev.date.text + '”' : ''}` : '');
  if (l) {
    row(dl, 'Place', `${l.name}${l.admin1 ? ', ' + l.admin1 : ''}, ${countryName(l.country)} — ${l.lat.toFixed(3)}, ${l.lon.toFixed(3)}`,
      h('br'), `precision: ${PRECISION[l.precision] || l.precision} (${l.feature})${l.geonames_id ? ', GeoNames ' + l.geonames_id : ''}`,
      l.approximate ? h('span', { class: 'approx' }, h('br'), 'approximate point: the gazetteer has no coordinates for this place, so the point is that of the division or country containing it') : '',
      ev.location_text && ev.location_text !== l.name ? h('span', null, h('br'), `text: “${ev.location_text}”`) : '');
  } else row(dl, 'Place', ev.location_text ? `“${ev.location_text}” (not geocoded)` : 'not stated');
  row(dl, 'Who', ev.sources && ev.sources.length ? h('ul', null, ev.sources.map(actorItem)) : '—');
  row(dl, 'On whom', ev.targets && ev.targets.length ? h('ul', null, ev.targets.map(actorItem)) : '—');
  const counts = Object.entries(ev.counts || {}).filter(([, v]) => v !== null && v !== undefined);
  const approx = new Set(ev.counts_approx || []);
  row(dl, 'Counts', counts.length ? counts.map(([k, v]) => `${k}: ${approx.has(k) ? '~' : ''}${v}`).join(', ') : 'none stated');
  row(dl, 'Modality', ev.modality, ev.background ? ' (background: an earlier episode)' : '');
  row(dl, 'Confidence', typeof ev.confidence === 'number' ? ev.confidence.toFixed(2) : '');
  row(dl, 'Sources', `${ev.sources_count ?? '?'} outlet(s), ${ev.articles_count ?? mentions.length} article(s)`,
    ev.outlets && ev.outlets.length ? ': ' + ev.outlets.join(', ') : '');
  row(dl, 'Seen', ev.first_seen ? `${ev.first_seen}${ev.last_seen && ev.last_seen !== ev.first_seen ? ' to ' + ev.last_seen : ''}` : '');
  row(dl, 'Event id', h('code', null, ev.id));

  const legend = h('p', { class: 'hl-legend' }, 'Highlighted: ', LEGEND.map(([k, t]) => [h('mark', { class: `hl hl-${k} own` }, t), ' ']),
    '(bold: tied to this event)');
  const list = h('ol', { class: 'mentions' });
  for (const m of mentions) list.append(mentionItem(m, docs.get(m.document), ev));
  if (!mentions.length && ev.evidence_text) {
    list.append(mentionItem({ document: ev.document, sentence: ev.evidence_text, start: ev.evidence.start, end: ev.evidence.end,
      trigger: ev.evidence.trigger, trigger_start: ev.evidence.trigger_start, trigger_end: ev.evidence.trigger_end, url: ev.url, title: '' }, docs.get(ev.document), ev));
  }
  const history = (det.history || []).length
    ? h('section', null, h('h3', null, 'History'), h('ul', null, det.history.map((x) => h('li', null, `${x.changed_at}: ${x.reason} (document ${x.document}${x.replaced_by ? ' replaced by ' + x.replaced_by : ''})`))))
    : null;
  el.append(h('article', { class: 'event', 'aria-labelledby': 'event-h' },
    backButton(back), heading, dl,
    h('section', { 'aria-labelledby': 'mentions-h' }, h('h3', { id: 'mentions-h' }, `Mentions (${mentions.length})`), legend, list),
    history));
  heading.focus();
}

function mentionItem(m, doc, ev) {
  const url = safeURL(m.url || (doc && doc.url));
  const title = m.title || (doc && doc.title) || 'Untitled article';
  const meta = [m.source || (doc && doc.source), m.published || (doc && doc.published), typeof m.confidence === 'number' ? 'confidence ' + m.confidence.toFixed(2) : '']
    .filter(Boolean).join(' · ');
  const li = h('li', { class: 'mention', 'data-document': m.document },
    h('h4', { class: 'm-title' }, title),
    meta ? h('p', { class: 'meta' }, meta) : null,
    h('blockquote', null, highlighted(m, doc, ev)),
    h('p', { class: 'links' },
      url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Read the article') : 'No article URL',
      ' · ', h('a', { href: 'api/v1/documents/' + encodeURIComponent(m.document) }, 'Stored document (JSON)')));
  if (doc && doc.text) {
    li.append(h('details', null, h('summary', null, 'Full stored text'), h('pre', { class: 'doctext' }, doc.text)));
  }
  return li;
}

function backButton(back) {
  return h('p', null, h('a', { href: back.href, class: 'back', onclick: (e) => { e.preventDefault(); back.go(); } }, '← Back to the dashboard'));
}
