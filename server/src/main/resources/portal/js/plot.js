// The time-series plot: several variables on one time axis, read as min/max/mean per pixel bucket
// and re-read on every zoom or pan; points coloured by their worst QARTOD flag.
import { qcColour, drawBuckets } from './qc.js';

const uPlot = window.uPlot;
const COLOURS = ['#004f8f', '#8a3ffc', '#007d79', '#a2191f', '#6f6f6f', '#b28600'];
const secs = (iso) => new Date(iso).getTime() / 1000;
const iso = (s) => new Date(s * 1000).toISOString();

export class Plot {
  /** onRange(fromIso, toIso) is told each time the range in view changes. */
  constructor(container, onRange) {
    this.el = container;
    this.onRange = onRange;
    this.streams = [];
    this.tables = [];
    this.hideBad = false;
  }

  /** Plots the Datastreams (with unitOfMeasurement and phenomenonTime) over their whole time. */
  async show(streams, hideBad) {
    this.streams = streams;
    this.hideBad = hideBad;
    this.u?.destroy();
    this.u = null;
    this.el.replaceChildren();
    const t = streams.flatMap((d) => (d.phenomenonTime ? d.phenomenonTime.split('/') : [])).map(secs);
    const now = Date.now() / 1000;
    this.whole = t.length ? [Math.min(...t), Math.max(...t)] : [now - 86400, now];
    if (this.whole[0] === this.whole[1]) this.whole = [this.whole[0] - 3600, this.whole[1] + 3600];
    await this.load(...this.whole);
  }

  async setHideBad(hide) {
    this.hideBad = hide;
    await this.load(...this.range());
  }

  range() {
    const x = this.u?.scales.x;
    return x && x.min != null ? [x.min, x.max] : this.whole;
  }

  /** Moves the view: factor < 1 zooms in, shift is a fraction of the width (negative: earlier). */
  move(factor, shift = 0) {
    const [lo, hi] = factor ? this.range() : this.whole;
    const w = (hi - lo) * (factor || 1);
    const mid = (lo + hi) / 2 + shift * (hi - lo);
    this.u?.setScale('x', { min: mid - w / 2, max: mid + w / 2 });
  }

  async load(lo, hi) {
    this.loaded = [lo, hi];
    const n = Math.max(50, Math.min(2000, Math.round(this.el.clientWidth || 800)));
    const ask = (d) => fetch(`/portal/api/datastreams/${d['@iot.id']}/buckets?from=${iso(lo)}&to=${iso(hi)}`
      + `&n=${n}&hideBad=${this.hideBad}`).then((r) => r.json());
    const asked = (this.asked = (this.asked || 0) + 1);
    const tables = await Promise.all(this.streams.map(ask));
    if (asked !== this.asked) return; // a later zoom or pan was asked meanwhile: its answer counts
    this.tables = tables;
    this.draw(lo, hi);
  }

  /** A value that arrived live: drawn as a bucket of its own at the end of the series. */
  addLive(id, time, value, flag) {
    const i = this.streams.findIndex((d) => String(d['@iot.id']) === String(id));
    if (i < 0 || typeof value !== 'number' || (this.hideBad && flag === 4)) return;
    const t = this.tables[i];
    for (const [k, v] of Object.entries({ time, min: value, max: value, mean: value, count: 1, flag })) t[k].push(v);
    const [lo, hi] = this.range();
    this.whole[1] = Math.max(this.whole[1], time);
    this.el.dataset.live = Number(this.el.dataset.live || 0) + 1;
    this.draw(lo, Math.max(hi, time + (hi - lo) * 0.02));
  }

  draw(lo, hi) {
    const cols = this.tables.map((t) => [t.time, t.mean, t.min, t.max, t.flag]);
    const joined = cols.length ? uPlot.join(cols) : [[]];
    const data = [joined[0], ...this.streams.map((_, i) => joined[1 + 4 * i])];
    this.extra = this.streams.map((_, i) => ({ min: joined[2 + 4 * i], max: joined[3 + 4 * i], flag: joined[4 + 4 * i] }));
    this.drawing = true;
    if (!this.u) this.u = new uPlot(this.options(), data, this.el);
    else this.u.setData(data, false);
    this.u.setScale('x', { min: lo, max: hi });
    this.drawing = false;
    this.report(lo, hi);
  }

  report(lo, hi) {
    const points = this.extra.map((e) => e.flag.filter((f) => f != null).length);
    const bad = this.extra.reduce((s, e) => s + e.flag.filter((f) => f === 4).length, 0);
    Object.assign(this.el.dataset, { series: this.streams.length, points: JSON.stringify(points), bad,
      from: iso(lo), to: iso(hi) });
    this.onRange(iso(lo), iso(hi));
  }

  options() {
    const units = [...new Set(this.streams.map(unit))];
    const width = this.el.clientWidth || 800;
    return {
      width, height: 360,
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true } },
      series: [{}, ...this.streams.map((d, i) => ({
        label: `${d.name} (${unit(d)})`, scale: unit(d), stroke: COLOURS[i % COLOURS.length], width: 1.5,
        spanGaps: true, points: { show: false },
      }))],
      axes: [{}, ...units.map((u, i) => ({ scale: u, label: u, side: i % 2 ? 1 : 3, show: i < 2,
        grid: { show: i === 0 } }))],
      hooks: {
        draw: [(u) => drawBuckets(u, this.extra, qcColour)],
        setScale: [(u, key) => { if (key === 'x' && !this.drawing) this.changed(u.scales.x.min, u.scales.x.max); }],
      },
    };
  }

  changed(lo, hi) {
    // the range just drawn comes back here too (uPlot tells scale changes after the fact): no new request
    if (this.loaded && Math.abs(lo - this.loaded[0]) < 1e-3 && Math.abs(hi - this.loaded[1]) < 1e-3) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(lo, hi), 200);
  }
}

function unit(d) {
  const u = d.unitOfMeasurement || {};
  return u.symbol || u.name || '';
}
