// The search of the map: by name, site, variable and time range, over the Things already read.
import { interval } from './sta.js';

const has = (text, q) => (text || '').toLowerCase().includes(q);

export function readQuery(form) {
  const v = (name) => form.elements[name].value.trim().toLowerCase();
  const from = form.elements.from.value ? new Date(`${form.elements.from.value}T00:00:00Z`) : null;
  const to = form.elements.to.value ? new Date(`${form.elements.to.value}T23:59:59.999Z`) : null;
  return { name: v('name'), site: v('site'), variable: v('variable'), from, to };
}

function site(thing) {
  const names = (thing.Locations || []).flatMap((l) => [l.name, l.description]);
  const p = thing.properties || {};
  return [...names, p.site, p.site_name, p.node, p.platform_code].filter(Boolean).join(' ');
}

function observes(thing, q) {
  return (thing.Datastreams || []).some((d) => has(d.name, q) || has(d.ObservedProperty?.name, q));
}

function during(thing, from, to) {
  return (thing.Datastreams || []).some((d) => {
    const t = interval(d.phenomenonTime);
    return t && (!from || t[1] >= from) && (!to || t[0] <= to);
  });
}

export function matches(thing, q) {
  return (!q.name || has(thing.name, q.name))
    && (!q.site || has(site(thing), q.site))
    && (!q.variable || observes(thing, q.variable))
    && ((!q.from && !q.to) || during(thing, q.from, q.to));
}
