// The event table: one row per event, linking to the event page.
import { h, clear, actorsLabel, placeLabel, eventDate } from './dom.js';
import { typeClass } from './types.js';

const PAGE = 50;

export function renderTable(el, events, total, { hrefFor, onOpen }) {
  clear(el);
  if (!events.length) { el.append(h('p', { class: 'empty' }, 'No events match the filters.')); return; }
  let shown = 0;
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'more' });
  const caption = h('caption');
  const showMore = () => {
    const next = events.slice(shown, shown + PAGE);
    for (const ev of next) tbody.append(row(ev, hrefFor, onOpen));
    shown += next.length;
    caption.textContent = `${shown} of ${total} events shown`;
    more.hidden = shown >= events.length;
    more.textContent = `Show ${Math.min(PAGE, events.length - shown)} more`;
  };
  more.addEventListener('click', showMore);
  const table = h('table', { class: 'events' }, caption,
    h('thead', null, h('tr', null, ...['Date', 'Type', 'Who', 'On whom', 'Where', 'Killed', 'Sources', 'Confidence'].map((c) => h('th', { scope: 'col' }, c)))),
    tbody);
  el.append(h('div', { class: 'scroll' }, table), more);
  showMore();
}

function row(ev, hrefFor, onOpen) {
  const k = ev.counts && ev.counts.killed;
  const label = `Open ${ev.type} event${eventDate(ev) ? ' of ' + eventDate(ev) : ' (undated)'} at ${placeLabel(ev)}`;
  const link = h('a', { href: hrefFor(ev.id), class: 'open', 'aria-label': label, title: label, onclick: (e) => { if (!e.ctrlKey && !e.metaKey) { e.preventDefault(); onOpen(ev.id); } } },
    eventDate(ev) || 'undated');
  return h('tr', { 'data-event': ev.id },
    h('td', null, link),
    h('td', null, h('span', { class: `tag t-${typeClass(ev.type)}` }, ev.type)),
    h('td', null, actorsLabel(ev.sources)),
    h('td', null, actorsLabel(ev.targets)),
    h('td', null, placeLabel(ev)),
    h('td', { class: 'num' }, k === null || k === undefined ? '' : String(k)),
    h('td', { class: 'num' }, String(ev.sources_count ?? '')),
    h('td', { class: 'num' }, typeof ev.confidence === 'number' ? ev.confidence.toFixed(2) : ''));
}
