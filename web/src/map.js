// The map: an offline basemap of country shapes (world-atlas, Natural Earth), an optional tile
// layer, and one clustered marker per located event, coloured by type and shaped by precision.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import countriesURL from 'world-atlas/countries-50m.json?url';
import { h, placeLabel, actorsLabel, eventDate, clear } from './dom.js';
import { typeClass, PRECISION, TYPES } from './types.js';

let map, cluster, tiles, basemap;
const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function initMap(el, { onOpen, tileURL }) {
  map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 0.5, keyboard: true, zoomAnimation: !still, fadeAnimation: !still, markerZoomAnimation: !still });
  map.attributionControl.setPrefix('Leaflet');
  map.setView([15, 20], 2);
  basemap = L.geoJSON(null, {
    interactive: false,
    style: { color: '#7a8794', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
    attribution: 'Country shapes: Natural Earth via world-atlas',
  }).addTo(map);
  fetch(countriesURL).then((r) => r.json()).then((topo) => {
    basemap.addData(unwrap(feature(topo, topo.objects.countries)));
    basemap.bringToBack();
    el.dataset.basemap = 'ready';
  }).catch((e) => { el.dataset.basemap = 'error: ' + e.message; });
  setTiles(tileURL);
  cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    animate: !still,
    maxClusterRadius: 40,
    spiderfyOnMaxZoom: true,
    iconCreateFunction(c) {
      const n = c.getChildCount();
      const size = n < 10 ? 30 : n < 100 ? 36 : 44;
      return L.divIcon({ html: '<span class="cl-n">' + n + '</span>', className: 'cluster', iconSize: [size, size] });
    },
  });
  cluster.on('clusterclick', () => {});
  map.addLayer(cluster);
  cluster.on('animationend', labelClusters);
  map.on('zoomend moveend', labelClusters);
  map._sitrepOpen = onOpen;
  return map;
}

/**
 * unwrap makes rings that cross the antimeridian (Russia, Fiji) continuous, so Leaflet does not
 * draw them as bands across the world, and drops Antarctica (no events, and it cannot be unwrapped).
 */
function unwrap(fc) {
  fc.features = fc.features.filter((f) => f.id !== '010' && f.geometry);
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    for (const poly of polys) {
      for (const ring of poly) {
        for (let i = 1; i < ring.length; i++) {
          const d = ring[i][0] - ring[i - 1][0];
          if (d > 180) ring[i] = [ring[i][0] - 360, ring[i][1]];
          else if (d < -180) ring[i] = [ring[i][0] + 360, ring[i][1]];
        }
      }
    }
  }
  return fc;
}

/** setTiles shows a raster tile layer from url (XYZ template) under the markers; '' removes it. */
export function setTiles(url) {
  if (tiles) { map.removeLayer(tiles); tiles = null; }
  if (url && /^https?:\/\//.test(url)) {
    tiles = L.tileLayer(url, { maxZoom: 18, attribution: 'Tiles: ' + new URL(url.replace(/[{}]/g, '')).host }).addTo(map);
    tiles.bringToBack();
    basemap.setStyle({ fillOpacity: 0, color: '#555', weight: 0.5 });
  } else {
    basemap.setStyle({ fillOpacity: 1, color: '#7a8794', weight: 0.7 });
  }
}

function labelClusters() {
  for (const el of map.getContainer().querySelectorAll('.cluster')) {
    const n = el.textContent.trim();
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', `Cluster of ${n} events: press Enter to zoom in`);
  }
}

/** showEvents replaces the markers with events (those with a location). */
export function showEvents(events, { fit = true } = {}) {
  cluster.clearLayers();
  const markers = [];
  for (const ev of events) {
    const l = ev.location;
    if (!l || !Number.isFinite(l.lat) || !Number.isFinite(l.lon) || (l.lat === 0 && l.lon === 0)) continue;
    const p = [1, 2, 3].includes(l.precision) ? l.precision : 3;
    const size = p === 3 ? 24 : p === 2 ? 18 : 14;
    const label = `${ev.type} ${eventDate(ev) || 'undated'} at ${placeLabel(ev)} (${PRECISION[p]}${l.approximate ? ', approximate point' : ''}): ${actorsLabel(ev.sources)} on ${actorsLabel(ev.targets)}`;
    const m = L.marker([l.lat, l.lon], {
      icon: L.divIcon({ className: `mk t-${typeClass(ev.type)} p${p}`, iconSize: [size, size] }),
      keyboard: true,
      title: label,
      alt: label,
      riseOnHover: true,
    });
    m.bindPopup(() => popup(ev, p));
    m.on('add', () => {
      const el = m.getElement();
      if (el) { el.setAttribute('aria-label', label); el.setAttribute('role', 'button'); el.dataset.event = ev.id; }
    });
    m.on('keypress', (e) => { if (e.originalEvent.key === 'Enter') m.openPopup(); });
    markers.push(m);
  }
  cluster.addLayers(markers);
  map.getContainer().dataset.markers = String(markers.length);
  if (fit && markers.length) {
    const b = L.latLngBounds(markers.map((m) => m.getLatLng()));
    map.fitBounds(b.pad(0.2), { maxZoom: 7, animate: false });
  }
  setTimeout(labelClusters, 0);
  return markers.length;
}

function popup(ev, p) {
  const open = h('a', { href: '?event=' + encodeURIComponent(ev.id), class: 'btn', onclick: (e) => { e.preventDefault(); map._sitrepOpen(ev.id); } }, 'Open event and evidence');
  return h('div', { class: 'popup' },
    h('strong', null, ev.type), ' ', eventDate(ev) || 'undated',
    h('br'), placeLabel(ev), ' ', h('em', null, '(' + PRECISION[p] + ')'),
    h('br'), actorsLabel(ev.sources), ' → ', actorsLabel(ev.targets),
    h('br'), open);
}

export function legend(el) {
  clear(el);
  el.append(
    h('span', { class: 'lg' }, h('span', { class: 'mk p1 t-OTHER', 'aria-hidden': 'true' }), ' exact place'),
    h('span', { class: 'lg' }, h('span', { class: 'mk p2 t-OTHER', 'aria-hidden': 'true' }), ' near a place'),
    h('span', { class: 'lg' }, h('span', { class: 'mk p3 t-OTHER', 'aria-hidden': 'true' }), ' region / country'),
    h('span', { class: 'lg' }, h('span', { class: 'cluster mini', 'aria-hidden': 'true' }, 'n'), ' cluster'),
  );
}

export { TYPES };
