// A platform page: its instruments, its Datastreams (units, vocabulary, time, latest value),
// the plot of the variables chosen, their downloads and live values.
import { getJson, STA, interval } from './sta.js';
import { el, day } from './dom.js';
import { Plot } from './plot.js';
import { goLive } from './live.js';
import { showDownloads } from './download.js';
import { showLinks, thingLinks } from './links.js';
import { FLAG_NAMES } from './qc.js';

const QUERY = '?$expand=Locations,Datastreams($orderby=id;$expand=Sensor,ObservedProperty,'
  + 'Observations($top=1;$orderby=phenomenonTime desc))';
const PLOTTED_AT_FIRST = 2;
let plot;
let live;

export function closePlatform() {
  live?.close();
  live = null;
}

const link = (href, text) => (href && /^https?:/.test(href) ? el('a', { href, text }) : text);
const procedure = (s) => s.properties?.sos_procedure || s.properties?.serial_number || s.name;

function latest(d) {
  const o = d.Observations?.[0];
  if (!o) return el('td', { id: `latest-${d['@iot.id']}`, text: '—' });
  const f = o.resultQuality?.qc_flag;
  return el('td', { id: `latest-${d['@iot.id']}` }, `${typeof o.result === 'number' ? Number(o.result.toPrecision(6)) : o.result} `,
    el('small', { class: 'muted', text: `${day(new Date(o.phenomenonTime.split('/')[0]))} · ${FLAG_NAMES[f] || 'no flag'}` }));
}

function datastreamRow(d, checked) {
  const t = interval(d.phenomenonTime);
  const u = d.unitOfMeasurement || {};
  const op = d.ObservedProperty || {};
  return el('tr', {},
    el('td', {}, el('input', { type: 'checkbox', class: 'plot-choice', value: d['@iot.id'], checked,
      'aria-label': `Plot ${d.name}` })),
    el('th', { scope: 'row' }, d.name, el('br'), el('small', {}, 'observes ', link(op.definition, op.name || ''))),
    el('td', {}, link(u.definition, u.symbol || u.name || ''), u.name && u.symbol && u.name !== u.symbol ? el('small', { text: ` ${u.name}` }) : null),
    el('td', { text: t ? `${day(t[0])} to ${day(t[1])}` : 'no observations' }),
    el('td', {}, link(d.Sensor?.metadata, d.Sensor?.name || '')),
    latest(d));
}

function sensors(streams) {
  const byId = new Map(streams.filter((d) => d.Sensor).map((d) => [d.Sensor['@iot.id'], d.Sensor]));
  return [...byId.values()];
}

function page(t) {
  const loc = t.Locations?.[0];
  const streams = t.Datastreams || [];
  const legend = el('p', { class: 'legend-qc' }, 'Point colours, worst QARTOD flag per bucket:',
    ...[1, 3, 4, 2].flatMap((f) => [el('span', { class: `qc-${f}`, 'aria-hidden': 'true' }), FLAG_NAMES[f] + (f === 2 ? ' or missing' : '')]));
  return [
    el('p', {}, el('a', { href: '#/', text: '← All platforms' })),
    el('h2', { id: 'platform-title', tabindex: '-1', text: t.name }),
    el('p', { text: t.description || '' }),
    loc ? el('p', { text: `Location: ${loc.name}${loc.description ? ` (${loc.description})` : ''}` }) : null,
    el('h3', { text: 'Instruments' }),
    el('ul', { id: 'sensors' }, ...sensors(streams).map((s) => el('li', {}, el('strong', { text: s.name }),
      s.description ? ` — ${s.description}` : '', ' ', link(s.metadata, s.metadata ? '(metadata)' : '')))),
    el('h3', { text: 'Variables' }),
    el('table', { id: 'datastreams' }, el('caption', { class: 'muted', text: 'Tick the variables to plot.' }),
      el('thead', {}, el('tr', {}, ...['Plot', 'Variable', 'Unit', 'Time range', 'Instrument', 'Latest value']
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...streams.map((d, i) => datastreamRow(d, i < PLOTTED_AT_FIRST)))),
    el('h3', { text: 'Time series' }),
    el('div', { class: 'plot-controls' },
      el('label', {}, el('input', { type: 'checkbox', id: 'hide-bad' }), ' Hide bad values (flag 4)'),
      ...[['zoom-in', 'Zoom in', 0.5, 0], ['zoom-out', 'Zoom out', 2, 0], ['earlier', '← Earlier', 1, -0.5],
        ['later', 'Later →', 1, 0.5], ['whole', 'Whole range', 0, 0]]
        .map(([id, text, f, s]) => el('button', { type: 'button', id, 'data-factor': f, 'data-shift': s, text })),
      el('span', { id: 'live-state', role: 'status', class: 'muted', text: 'Live: connecting…' })),
    legend,
    el('div', { id: 'plot', tabindex: '0', role: 'img',
      'aria-label': 'Time-series plot; drag to zoom, arrow keys to move, + and - to zoom' }),
    el('h3', { text: 'Downloads' }),
    el('p', { id: 'download-range', class: 'muted' }),
    el('ul', { id: 'downloads' }),
  ];
}

function wire(view, t) {
  const streams = t.Datastreams || [];
  const chosen = () => [...view.querySelectorAll('.plot-choice:checked')]
    .map((c) => streams.find((d) => String(d['@iot.id']) === c.value));
  const plotEl = view.querySelector('#plot');
  plot = new Plot(plotEl, (from, to) => showDownloads(view.querySelector('#downloads'), chosen(), from, to));
  const hideBad = view.querySelector('#hide-bad');
  const replot = () => plot.show(chosen(), hideBad.checked);
  view.querySelectorAll('.plot-choice').forEach((c) => c.addEventListener('change', replot));
  hideBad.addEventListener('change', () => plot.setHideBad(hideBad.checked));
  view.querySelectorAll('.plot-controls button').forEach((b) => b.addEventListener('click',
    () => plot.move(Number(b.dataset.factor), Number(b.dataset.shift))));
  const keys = { ArrowLeft: [1, -0.25], ArrowRight: [1, 0.25], '+': [0.5, 0], '=': [0.5, 0], '-': [2, 0] };
  plotEl.addEventListener('keydown', (e) => { if (keys[e.key]) { e.preventDefault(); plot.move(...keys[e.key]); } });
  plotEl.addEventListener('wheel', (e) => { e.preventDefault(); plot.move(e.deltaY > 0 ? 1.25 : 0.8); }, { passive: false });
  return replot();
}

function onLive(id, o) {
  const time = new Date(o.phenomenonTime.split('/')[0]).getTime() / 1000;
  plot?.addLive(id, time, o.result, o.resultQuality?.qc_flag);
  const cell = document.getElementById(`latest-${id}`);
  if (cell) cell.replaceWith(latest({ '@iot.id': id, Observations: [o] }));
}

export async function showPlatform(view, id) {
  closePlatform();
  view.replaceChildren(el('p', { role: 'status', text: 'Loading the platform…' }));
  let t;
  try {
    t = await getJson(`${STA}/Things(${id})${QUERY}`);
  } catch (e) {
    view.replaceChildren(el('p', { role: 'alert', text: `Cannot read platform ${id}: ${e.message}` }));
    return;
  }
  view.replaceChildren(...page(t).filter(Boolean));
  document.title = `${t.name} · EMSO data portal`;
  showLinks(thingLinks(t, [...new Set(sensors(t.Datastreams || []).map(procedure))]));
  view.querySelector('h2').focus();
  await wire(view, t);
  performance.mark('portal-platform-rendered');
  const state = view.querySelector('#live-state');
  live = await goLive((t.Datastreams || []).map((d) => d['@iot.id']), onLive,
    (s) => { state.textContent = `Live: ${s}`; state.dataset.state = s; });
}
