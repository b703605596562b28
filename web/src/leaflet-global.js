// leaflet.markercluster expects a global L: set it before that plugin is imported.
import L from 'leaflet';
window.L = L;
export default L;
