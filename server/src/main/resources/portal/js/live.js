// Live values: the broker's WebSocket endpoint from the service root, one topic per plotted Datastream.
import { getJson, STA } from './sta.js';
import { MqttSubscriber } from './mqtt.js';

/** ws URL of the broker as this browser reaches it, or null when the server announces none. */
async function endpoint() {
  const root = await getJson(STA);
  const ws = (root.serverSettings?.mqtt?.endpoints || []).find((e) => e.startsWith('ws'));
  if (!ws) return null;
  const u = new URL(ws);
  u.hostname = location.hostname;
  if (location.protocol === 'https:') u.protocol = 'wss:';
  return u.href;
}

/** Subscribes to the Observations of each Datastream; onObservation(datastreamId, observation). */
export async function goLive(ids, onObservation, onState) {
  const url = await endpoint();
  if (!url) { onState('not offered by this server'); return null; }
  const client = new MqttSubscriber(url, (topic, text) => {
    const m = topic.match(/Datastreams\((\d+)\)\/Observations$/);
    if (m) onObservation(m[1], JSON.parse(text));
  }, onState);
  ids.forEach((id) => client.subscribe(`v1.1/Datastreams(${id})/Observations`));
  return client;
}
