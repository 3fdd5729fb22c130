// A minimal MQTT 3.1.1 client over WebSocket that only subscribes (QoS 0) and receives PUBLISH.
const enc = new TextEncoder();
const dec = new TextDecoder();

function str(s) {
  const b = enc.encode(s);
  return [b.length >> 8, b.length & 255, ...b];
}

function packet(type, body) {
  const len = [];
  let n = body.length;
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 128;
    len.push(byte);
  } while (n > 0);
  return new Uint8Array([type, ...len, ...body]);
}

export class MqttSubscriber {
  /** Connects to url; onMessage(topic, text) for each message on the topics subscribed. */
  constructor(url, onMessage, onState = () => {}) {
    this.onMessage = onMessage;
    this.onState = onState;
    this.topics = [];
    this.buffer = new Uint8Array(0);
    this.nextId = 1;
    this.ws = new WebSocket(url, ['mqtt']);
    this.ws.binaryType = 'arraybuffer';
    this.ws.onopen = () => this.ws.send(packet(0x10, [...str('MQTT'), 4, 0x02, 0, 60,
      ...str(`portal-${Math.random().toString(36).slice(2, 10)}`)]));
    this.ws.onmessage = (e) => this.receive(new Uint8Array(e.data));
    this.ws.onclose = () => { clearInterval(this.ping); this.onState('closed'); };
    this.ws.onerror = () => this.onState('error');
  }

  subscribe(topic) {
    this.topics.push(topic);
    if (this.connected) this.sendSubscribe(topic);
  }

  sendSubscribe(topic) {
    const id = this.nextId++;
    this.ws.send(packet(0x82, [id >> 8, id & 255, ...str(topic), 0]));
  }

  close() {
    clearInterval(this.ping);
    this.onMessage = () => {};
    this.ws.close();
  }

  receive(bytes) {
    const all = new Uint8Array(this.buffer.length + bytes.length);
    all.set(this.buffer);
    all.set(bytes, this.buffer.length);
    let at = 0;
    for (;;) {
      let len = 0;
      let mul = 1;
      let i = at + 1;
      for (; i < all.length; i++) {
        len += (all[i] & 127) * mul;
        mul *= 128;
        if (!(all[i] & 128)) break;
      }
      if (i >= all.length || i + 1 + len > all.length) break;
      this.handle(all[at], all.subarray(i + 1, i + 1 + len));
      at = i + 1 + len;
    }
    this.buffer = all.slice(at);
  }

  handle(header, body) {
    const type = header >> 4;
    if (type === 2) { // CONNACK
      if (body[1] !== 0) { this.onState('refused'); return; }
      this.connected = true;
      this.topics.forEach((t) => this.sendSubscribe(t));
      this.ping = setInterval(() => this.ws.send(new Uint8Array([0xc0, 0])), 30000);
      this.onState('connected');
    } else if (type === 9) { // SUBACK
      this.onState('subscribed');
    } else if (type === 3) { // PUBLISH
      const tlen = (body[0] << 8) | body[1];
      const topic = dec.decode(body.subarray(2, 2 + tlen));
      const qos = (header >> 1) & 3;
      const start = 2 + tlen + (qos > 0 ? 2 : 0);
      if (qos === 1) this.ws.send(new Uint8Array([0x40, 2, body[2 + tlen], body[3 + tlen]]));
      this.onMessage(topic, dec.decode(body.subarray(start)));
    }
  }
}
