// Evidence highlighting: the sentence that reports an event, with its trigger, actors, place,
// date and numbers marked. Offsets from the API are UTF-8 byte offsets into the document text;
// the sentence is sliced as bytes and every piece is added as a text node (never as HTML).
import { h } from './dom.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

const CLASS = { trigger: 0, actor: 1, place: 2, date: 3, number: 4 };
const LABEL_CLASS = { PERSON: 'actor', ORG: 'actor', NORP: 'actor', GPE: 'place', LOC: 'place', FAC: 'place', DATE: 'date', QUANTITY: 'number' };
export const LEGEND = [['trigger', 'trigger word'], ['actor', 'actor'], ['place', 'place'], ['date', 'date'], ['number', 'number']];

function byteIndexOf(sentence, needle) {
  if (!needle || needle.length < 2) return -1;
  const i = sentence.indexOf(needle);
  return i < 0 ? -1 : enc.encode(sentence.slice(0, i)).length;
}

/**
 * evidenceSpans lists [start, end, kind, own] spans relative to the sentence start (bytes).
 * m: {sentence, start, trigger_start, trigger_end}; doc: the stored document or null; ev: the event.
 */
export function evidenceSpans(m, doc, ev) {
  const sent = m.sentence || '';
  const len = enc.encode(sent).length;
  const spans = [];
  const add = (s, e, kind, own) => { if (s >= 0 && e > s && e <= len) spans.push([s, e, kind, own]); };
  if (m.trigger_end > m.trigger_start) add(m.trigger_start - m.start, m.trigger_end - m.start, 'trigger', true);
  else if (m.trigger) { const i = byteIndexOf(sent, m.trigger); if (i >= 0) add(i, i + enc.encode(m.trigger).length, 'trigger', true); }
  const ownActors = new Set();
  for (const a of (ev.sources || []).concat(ev.targets || [])) {
    if (a.actor) ownActors.add(a.actor);
    const i = byteIndexOf(sent, a.text);
    if (i >= 0) add(i, i + enc.encode(a.text).length, 'actor', true);
  }
  const texts = [[ev.location_text, 'place'], [ev.location && ev.location.name, 'place'], [ev.date && ev.date.text, 'date']];
  for (const [t, kind] of texts) {
    const i = byteIndexOf(sent, t);
    if (i >= 0) add(i, i + enc.encode(t).length, kind, true);
  }
  const counts = new Set(Object.values(ev.counts || {}).filter((v) => v !== null && v !== undefined).map(String));
  if (doc && Array.isArray(doc.entities)) {
    for (const e of doc.entities) {
      if (e.start < m.start || e.end > m.end) continue;
      const kind = LABEL_CLASS[e.label];
      if (!kind) continue;
      const own = (e.actor && ownActors.has(e.actor)) || (kind === 'number' && counts.has(String(e.value)));
      add(e.start - m.start, e.end - m.start, kind, !!own);
    }
  }
  // keep the most important span where they overlap: trigger, then the event's own, then longer
  spans.sort((a, b) => CLASS[a[2]] - CLASS[b[2]] || (b[3] - a[3]) || (b[1] - b[0]) - (a[1] - a[0]));
  const kept = [];
  for (const s of spans) if (!kept.some((k) => s[0] < k[1] && k[0] < s[1])) kept.push(s);
  return kept.sort((a, b) => a[0] - b[0]);
}

/** highlighted returns a <p> with the sentence and its evidence spans as <mark> elements. */
export function highlighted(m, doc, ev) {
  const bytes = enc.encode(m.sentence || '');
  const p = h('p', { class: 'evidence' });
  let at = 0;
  for (const [s, e, kind, own] of evidenceSpans(m, doc, ev)) {
    if (s > at) p.append(dec.decode(bytes.subarray(at, s)));
    p.append(h('mark', { class: `hl hl-${kind}${own ? ' own' : ''}`, title: kind + (own ? ' (this event)' : '') }, dec.decode(bytes.subarray(s, e))));
    at = e;
  }
  if (at < bytes.length) p.append(dec.decode(bytes.subarray(at)));
  return p;
}
