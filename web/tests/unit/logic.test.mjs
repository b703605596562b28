// Unit tests of the dashboard's pure logic (no browser): URL filters and evidence spans.
//   node --test web/tests/unit/
import { test } from 'node:test';
import assert from 'node:assert/strict';

globalThis.location = new URL('http://127.0.0.1:8080/');
const { readURL, filterParams } = await import('../../src/state.js');
const { evidenceSpans } = await import('../../src/highlight.js');

test('readURL keeps valid filters and drops malformed ones', () => {
  const cases = [
    ['?from=2025-07-01&to=2025-07-31&type=assault,PROTEST&type=BOGUS&country=ua&min_confidence=0.5&q=drone&actor=hezbollah',
      { from: '2025-07-01', to: '2025-07-31', types: ['ASSAULT', 'PROTEST'], country: 'UA', min_confidence: 0.5, q: 'drone', actor: 'hezbollah' }, ''],
    ['?from=yesterday&to=2025-13&country=Ukraine&min_confidence=7', { from: '', to: '', country: '', min_confidence: 0, types: [] }, ''],
    ['?from=2025-08-01&to=2025-07-01', { from: '2025-07-01', to: '2025-08-01' }, ''],
    ['?event=e-123abc', {}, 'e-123abc'],
    ['?event=<script>', {}, ''],
  ];
  for (const [search, want, event] of cases) {
    const got = readURL(search);
    for (const [k, v] of Object.entries(want)) assert.deepEqual(got.filters[k], v, `${search}: ${k}`);
    assert.equal(got.event, event, search);
  }
});

test('filterParams round-trips through readURL and omits what it is told to', () => {
  const f = readURL('?from=2025-07-01&type=ASSAULT,AID&country=ML&min_confidence=0.25&q=a%20b&actor=x').filters;
  const back = readURL('?' + filterParams(f).toString()).filters;
  assert.deepEqual(back, f);
  const p = filterParams(f, { omit: ['from', 'to', 'type'] });
  assert.equal(p.get('from'), null);
  assert.equal(p.get('type'), null);
  assert.equal(p.get('country'), 'ML');
});

const enc = new TextEncoder();
const bytesOf = (s) => enc.encode(s).length;

test('evidenceSpans maps UTF-8 byte offsets onto the sentence', () => {
  const prefix = 'Titre — déjà vu. ';
  const sentence = 'Les forces de l’État ont frappé Kharkiv mardi, tuant 5 civils.';
  const docText = prefix + sentence;
  const start = bytesOf(prefix);
  const at = (w) => start + bytesOf(sentence.slice(0, sentence.indexOf(w)));
  const m = { sentence, start, end: start + bytesOf(sentence), trigger: 'frappé', trigger_start: at('frappé'), trigger_end: at('frappé') + bytesOf('frappé') };
  const ev = { sources: [{ text: 'forces de l’État', actor: 'x' }], targets: [], location_text: 'Kharkiv', date: { text: 'mardi' }, counts: { killed: 5 } };
  const doc = { text: docText, entities: [{ label: 'QUANTITY', start: at('5'), end: at('5') + 1, value: '5' }, { label: 'GPE', start: at('Kharkiv'), end: at('Kharkiv') + 7 }] };
  const spans = evidenceSpans(m, doc, ev);
  const sb = enc.encode(sentence);
  const dec = new TextDecoder();
  const got = spans.map(([s, e, kind, own]) => [dec.decode(sb.subarray(s, e)), kind, own]);
  assert.deepEqual(got, [
    ['forces de l’État', 'actor', true],
    ['frappé', 'trigger', true],
    ['Kharkiv', 'place', true],
    ['mardi', 'date', true],
    ['5', 'number', true],
  ]);
});

test('evidenceSpans ignores spans outside the sentence and overlapping ones', () => {
  const sentence = 'Gunmen killed 12 villagers.';
  const m = { sentence, start: 100, end: 100 + sentence.length, trigger: 'killed', trigger_start: 107, trigger_end: 113 };
  const ev = { sources: [{ text: 'Gunmen' }], targets: [{ text: 'killed 12' }], counts: {} };
  const doc = { entities: [{ label: 'QUANTITY', start: 114, end: 116, value: '12' }, { label: 'ORG', start: 0, end: 5 }, { label: 'GPE', start: 120, end: 400 }] };
  const spans = evidenceSpans(m, doc, ev);
  assert.deepEqual(spans.map((s) => [s[0], s[1], s[2]]), [[0, 6, 'actor'], [7, 13, 'trigger'], [14, 16, 'number']]);
  assert.deepEqual(evidenceSpans({ sentence: '', start: 0, end: 0, trigger_start: 5, trigger_end: 9 }, null, {}), []);
});
