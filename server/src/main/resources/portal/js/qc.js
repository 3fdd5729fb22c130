// QARTOD flags as colours (1 good, 3 suspect, 4 bad, 2 not evaluated and 9 missing grey), and
// the drawing of buckets: a min-max bar in the series' colour and a point in its flag's colour.
const COLOURS = { 1: '#1b7f32', 3: '#b35900', 4: '#c0171d' };
export const FLAG_NAMES = { 1: 'good', 2: 'not evaluated', 3: 'suspect', 4: 'bad', 9: 'missing' };

export function qcColour(flag) {
  return COLOURS[flag] || '#6b6b6b';
}

export function drawBuckets(u, extra, colour) {
  const { ctx } = u;
  const r = 2.5 * devicePixelRatio;
  const { left, top, width, height } = u.bbox;
  const x = u.data[0];
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  extra.forEach((e, s) => {
    const series = u.series[s + 1];
    if (!series.show) return;
    const ys = u.data[s + 1];
    for (let j = 0; j < x.length; j++) {
      if (ys[j] == null) continue;
      const px = u.valToPos(x[j], 'x', true);
      if (px < left || px > left + width) continue;
      if (e.max[j] > e.min[j]) {
        ctx.strokeStyle = typeof series.stroke === 'function' ? series.stroke(u, s + 1) : series.stroke;
        ctx.globalAlpha = 0.35;
        ctx.beginPath();
        ctx.moveTo(px, u.valToPos(e.min[j], series.scale, true));
        ctx.lineTo(px, u.valToPos(e.max[j], series.scale, true));
        ctx.stroke();
        ctx.globalAlpha = 1;
      }
      ctx.fillStyle = colour(e.flag[j]);
      ctx.beginPath();
      ctx.arc(px, u.valToPos(ys[j], series.scale, true), r, 0, 2 * Math.PI);
      ctx.fill();
    }
  });
  ctx.restore();
}
