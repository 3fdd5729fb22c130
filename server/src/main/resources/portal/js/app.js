// The portal's entry: reads the Things once, shows the map view or a platform page by the URL hash.
import { getAll, THINGS } from './sta.js';
import { initMap, showThings, refreshMap } from './map.js';
import { readQuery, matches } from './search.js';
import { showPlatform, closePlatform } from './platform.js';
import { mapLinks, showLinks } from './links.js';
import { el } from './dom.js';

const form = document.getElementById('search');
const mapView = document.getElementById('map-view');
const platformView = document.getElementById('platform-view');
let things = [];

function listThings(found) {
  document.getElementById('results').replaceChildren(...found.map((t) => {
    const vars = [...new Set((t.Datastreams || []).map((d) => d.ObservedProperty?.name || d.name))];
    return el('li', {}, el('a', { href: `#/things/${t['@iot.id']}`, text: t.name }),
      el('br'), el('small', { text: vars.join(', ') }));
  }));
  document.getElementById('count').textContent =
    `${found.length} of ${things.length} platform${things.length === 1 ? '' : 's'} shown`;
}

function search() {
  const q = readQuery(form);
  const found = things.filter((t) => matches(t, q));
  showThings(found);
  listThings(found);
}

function route() {
  const m = location.hash.match(/^#\/things\/(\d+)/);
  mapView.hidden = !!m;
  platformView.hidden = !m;
  if (m) {
    showPlatform(platformView, m[1]);
  } else {
    closePlatform();
    showLinks(mapLinks());
    refreshMap();
    if (things.length) search(); // fits the map again, now that it has a size
  }
}

async function start() {
  initMap(document.getElementById('map'));
  form.addEventListener('input', search);
  form.addEventListener('reset', () => setTimeout(search));
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('hashchange', route);
  route();
  try {
    things = await getAll(THINGS);
    search();
    performance.mark('portal-map-rendered');
  } catch (e) {
    document.getElementById('count').textContent = `Cannot read the platforms: ${e.message}`;
  }
}

start();
