// The map of the platforms: one marker per Thing at its first Location, clustered when dense.
const L = window.L;
let map;
let cluster;

export function initMap(container) {
  map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([40, 5], 3);
  const grid = [];
  for (let lat = -80; lat <= 80; lat += 10) grid.push([[lat, -180], [lat, 180]]);
  for (let lon = -180; lon <= 180; lon += 10) grid.push([[-85, lon], [85, lon]]);
  L.polyline(grid, { color: '#8fb3cf', weight: 1, interactive: false }).addTo(map);
  cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(cluster);
}

/** [lat, lon] of a Thing's first Location (a GeoJSON geometry or Feature), or null. */
export function position(thing) {
  let g = thing.Locations?.[0]?.location;
  if (g?.type === 'Feature') g = g.geometry;
  let c = g?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && c.length >= 2 ? [c[1], c[0]] : null;
}

export function showThings(things) {
  cluster.clearLayers();
  const markers = [];
  for (const t of things) {
    const at = position(t);
    if (!at) continue;
    const m = L.marker(at, {
      title: t.name, alt: t.name,
      icon: L.divIcon({ className: '', html: '<span class="pin"></span>', iconSize: [14, 14] }),
    });
    const a = document.createElement('a');
    a.href = `#/things/${t['@iot.id']}`;
    a.textContent = t.name;
    m.bindPopup(a);
    markers.push(m);
  }
  cluster.addLayers(markers);
  map.getContainer().dataset.markers = markers.length;
  if (markers.length) map.fitBounds(cluster.getBounds(), { maxZoom: 9, padding: [40, 40] });
}

/** After the map was hidden: recompute its size. */
export function refreshMap() {
  map?.invalidateSize();
}
