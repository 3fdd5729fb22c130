// Download links of the selection shown: the plotted Datastreams over the time range in view.
import { el } from './dom.js';

const q = encodeURIComponent;

export function csvLink(id, from, to) {
  const filter = `phenomenonTime ge ${from} and phenomenonTime le ${to}`;
  return `/v1.1/Datastreams(${id})/Observations?$resultFormat=csv&$orderby=phenomenonTime`
    + `&$select=phenomenonTime,result,resultQuality&$top=10000&$filter=${q(filter)}`;
}

export function showDownloads(list, streams, from, to) {
  const ids = streams.map((d) => d['@iot.id']).join(',');
  const items = streams.map((d) => el('li', {},
    el('a', { href: csvLink(d['@iot.id'], from, to), class: 'csv', download: `datastream-${d['@iot.id']}.csv`,
      text: `${d.name}: CSV (SensorThings)` })));
  if (streams.length) {
    items.push(el('li', {}, 'All plotted variables, through the export endpoints (when the server has them): ',
      ...['csv', 'netcdf', 'geojson'].flatMap((f) => [el('a', {
        href: `/exports/${f}?datastreams=${ids}&from=${q(from)}&to=${q(to)}`, text: f.toUpperCase() }), ' '])));
  }
  list.replaceChildren(...items);
  document.getElementById('download-range').textContent = `from ${from} to ${to}`;
}
