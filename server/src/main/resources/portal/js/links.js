// The machine-readable URLs of what a page shows: SensorThings, SOS and OGC API.
const ABS = (p) => new URL(p, location.href).href;

export function showLinks(items) {
  const ul = document.getElementById('machine-links');
  ul.replaceChildren(...items.map(([label, url]) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = url;
    a.textContent = ABS(url);
    li.append(`${label}: `, a);
    return li;
  }));
}

export function mapLinks() {
  return [
    ['SensorThings API (Things with Locations)', '/v1.1/Things?$expand=Locations'],
    ['SOS capabilities', '/sos/service?service=SOS&request=GetCapabilities&AcceptVersions=2.0.0'],
    ['OGC API Features (platforms)', '/ogcapi/collections/things/items'],
    ['OGC API EDR (platforms)', '/ogcapi/collections/platforms'],
  ];
}

export function thingLinks(thing, procedures) {
  const id = thing['@iot.id'];
  return [
    ['SensorThings API (this Thing)', `/v1.1/Things(${id})?$expand=Locations,Datastreams($expand=Sensor,ObservedProperty)`],
    ['SensorThings API (its Datastreams)', `/v1.1/Things(${id})/Datastreams`],
    ...procedures.map((p) => [`SOS DescribeSensor (${p})`,
      `/sos/service?service=SOS&version=2.0.0&request=DescribeSensor&procedure=${encodeURIComponent(p)}`
      + '&procedureDescriptionFormat=http%3A%2F%2Fwww.opengis.net%2FsensorML%2F2.0']),
    ['OGC API Features (this platform)', `/ogcapi/collections/things/items/${id}`],
    ['OGC API EDR (this platform)', `/ogcapi/collections/platform-${id}`],
  ];
}
