// PLOVER event types, their CAMEO quad class and the colour used for them in every view.
// Colours are dark enough for white text and a 3:1 contrast against the light basemap.
export const TYPES = [
  ['AGREE', 1, '#1b7837'], ['CONSULT', 1, '#3d7a1a'], ['SUPPORT', 1, '#0b6e75'], ['CONCEDE', 1, '#1f6fa3'],
  ['COOPERATE', 2, '#225ea8'], ['AID', 2, '#3f51b5'], ['RETREAT', 2, '#6a51a3'],
  ['REQUEST', 3, '#8c6d31'], ['ACCUSE', 3, '#b35806'], ['REJECT', 3, '#8e5a00'], ['THREATEN', 3, '#c2185b'],
  ['PROTEST', 4, '#7b3294'], ['SANCTION', 4, '#5d4037'], ['MOBILIZE', 4, '#455a64'], ['COERCE', 4, '#ad1457'],
  ['ASSAULT', 4, '#b2182b'],
];
const byName = new Map(TYPES.map(([t, q, c]) => [t, { quad: q, color: c }]));
export const TYPE_NAMES = TYPES.map((t) => t[0]);
export function typeColor(t) { return (byName.get(t) || { color: '#555555' }).color; }
/** typeClass is a CSS-safe token for a type: the type itself when known, else OTHER. */
export function typeClass(t) { return byName.has(t) ? t : 'OTHER'; }
export const PRECISION = { 1: 'exact place', 2: 'near or part of a place', 3: 'region or country only' };
