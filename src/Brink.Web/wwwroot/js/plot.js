// The escalation chart itself: the index as a line over days, events as bars, alerts as markers, ISO dates with the
// year on the axis, and drag-to-zoom (a drag across the plot calls onZoom with the first and last day it covers).
import { h, s, fill } from './dom.js';

const H = 280, L = 44, R = 16, T = 14, B = 30;

export function drawSeries(box, series, onPick, onZoom) {
  const days = series.days;
  const W = Math.max(320, box.clientWidth || 800);
  const maxI = Math.max(1, ...days.map((d) => d.index)), minI = Math.min(0, ...days.map((d) => d.index));
  const maxE = Math.max(1, ...days.map((d) => d.events));
  const x = (i) => L + (days.length <= 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (days.length - 1));
  const y = (v) => T + ((maxI - v) * (H - T - B)) / (maxI - minI || 1);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'chart', role: 'img', 'aria-label': 'Escalation index by day',
    'data-from': days.length ? days[0].day : '', 'data-to': days.length ? days[days.length - 1].day : '' });
  for (const v of ticks(minI, maxI)) {
    svg.append(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }), s('text', { x: L - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, String(v)));
  }
  const barW = Math.max(1, ((W - L - R) / Math.max(days.length, 1)) * 0.6);
  days.forEach((d, i) => { if (d.events > 0) svg.append(s('rect', { x: x(i) - barW / 2, y: H - B - (d.events / maxE) * 40, width: barW, height: (d.events / maxE) * 40, class: 'bar' })); });
  svg.append(s('path', { d: days.map((d, i) => (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(d.index).toFixed(1)).join(' '), class: 'line' }));
  const crises = (series.crises || []).filter((c) => days.length > 0 && c.onset >= days[0].day && c.onset <= days[days.length - 1].day);
  crises.forEach((c, k) => svg.append(crisisMark(c, x(dayIndex(days, c.onset)), W, k)));
  // Full ISO dates (the tables' format, with the year) at least 90 px apart; the outer labels are anchored inwards
  // so neither edge clips them.
  const labelEvery = Math.max(1, Math.ceil(days.length / Math.max(1, Math.floor((W - L - R) / 90))));
  days.forEach((d, i) => {
    if (i % labelEvery === 0) {
      const anchor = x(i) < L + 40 ? 'start' : x(i) > W - R - 40 ? 'end' : 'middle';
      svg.append(s('text', { x: x(i), y: H - 8, class: 'tick date', 'text-anchor': anchor }, d.day));
    }
    const hit = s('circle', { cx: x(i), cy: y(d.index), r: d.alert ? 6 : (d.events > 0 ? 3.5 : 2), class: 'pt' + (d.alert ? ' alert ' + d.alert : '') + (d.events ? ' has' : ''),
      'data-day': d.day, tabindex: 0 }, s('title', {}, `${d.day}: index ${d.index.toFixed(1)}, ${d.events} events${d.alert ? ', ' + d.alert + ' alert' : ''}`));
    hit.addEventListener('click', () => { svg.querySelectorAll('.pt.sel').forEach((p) => p.classList.remove('sel')); hit.classList.add('sel'); onPick(d); });
    hit.addEventListener('keydown', (e) => { if (e.key === 'Enter') onPick(d); });
    svg.append(hit);
  });
  if (days.length > 2) brush(svg, W, (a, b) => {
    const at = (px) => Math.min(days.length - 1, Math.max(0, Math.round(((px - L) * (days.length - 1)) / (W - L - R))));
    const i = at(Math.min(a, b)), j = at(Math.max(a, b));
    if (j > i) onZoom(days[i].day, days[j].day);
  });
  fill(box, svg, h('p', { class: 'legend muted' }, 'line: escalation index · bars: events per day · ', h('span', { class: 'key-esc' }, '●'), ' escalation alert · ',
    h('span', { class: 'key-deesc' }, '●'), ' de-escalation alert', crises.length ? [' · ', h('span', { class: 'key-crisis' }, '┆'), ' known crisis onset'] : '',
    ' · drag to zoom'));
}

/** A known crisis onset (brink crises load): a dashed vertical line with the crisis name, labels staggered in three rows. */
function crisisMark(c, cx, W, k) {
  // The label goes to the side with more room and is cut to fit it (about 6 px a character at 11 px).
  const right = W - R - cx - 4, left = cx - L - 4;
  const anchor = right >= left || right >= c.name.length * 6 ? 'start' : 'end';
  const fits = Math.max(4, Math.floor(Math.max(right, left) / 6));
  const name = c.name.length > fits ? c.name.slice(0, fits - 1) + '…' : c.name;
  return s('g', { class: 'crisis ' + c.kind, 'data-onset': c.onset, 'data-testid': 'crisis' },
    s('title', {}, `${c.onset}: ${c.name} (${c.sideA}–${c.sideB}, ${c.kind === 'deescalation' ? 'de-escalation' : 'escalation'})`),
    s('line', { x1: cx, x2: cx, y1: T, y2: H - B, class: 'crisis-line' }),
    s('text', { x: cx + (anchor === 'start' ? 4 : -4), y: T + 10 + 13 * (k % 3), class: 'crisis-label', 'text-anchor': anchor }, name));
}

/** The index of an ISO day in the series, whose days are consecutive. */
function dayIndex(days, iso) {
  return Math.round((Date.parse(iso + 'T00:00:00Z') - Date.parse(days[0].day + 'T00:00:00Z')) / 86400000);
}

/** A drag across the plot draws a band and, when released more than a few pixels wide, reports its ends (in chart units). */
function brush(svg, W, done) {
  const band = s('rect', { x: 0, y: T, width: 0, height: H - T - B, class: 'brush' });
  let start = null;
  const unit = (e) => { const r = svg.getBoundingClientRect(); return ((e.clientX - r.left) * W) / (r.width || W); };
  svg.addEventListener('pointerdown', (e) => { if (e.button === 0) { start = unit(e); band.setAttribute('width', '0'); svg.append(band); } });
  svg.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const now = unit(e);
    band.setAttribute('x', String(Math.min(start, now)));
    band.setAttribute('width', String(Math.abs(now - start)));
  });
  const end = (e) => {
    if (start === null) return;
    const a = start, b = unit(e);
    start = null;
    band.remove();
    if (Math.abs(b - a) > 6) done(a, b);
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointerleave', end);
}

function ticks(lo, hi) {
  const step = niceStep((hi - lo) / 4);
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

function niceStep(raw) {
  const p = Math.pow(10, Math.floor(Math.log10(raw || 1)));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}
