// Reading SensorThings: JSON pages followed through @iot.nextLink.
export const STA = '/v1.1';

export async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

/** Every entity of a collection, page after page. */
export async function getAll(url) {
  const out = [];
  for (let next = url; next; ) {
    const page = await getJson(next);
    out.push(...page.value);
    next = page['@iot.nextLink'];
  }
  return out;
}

/** The query of the map: every Thing with its Locations and what its Datastreams observe. */
export const THINGS = `${STA}/Things?$top=200&$expand=Locations,`
  + 'Datastreams($select=id,name,phenomenonTime;$expand=ObservedProperty($select=name))';

/** phenomenonTime "a/b" (or "a") as [Date, Date], or null. */
export function interval(text) {
  if (!text) return null;
  const [a, b] = text.split('/');
  return [new Date(a), new Date(b || a)];
}
