// View 1: a dyad's escalation index over time with alerts marked; clicking a day lists the reports behind it.
import { h, s, fill, message, select, field } from './dom.js';
import { get, seg } from './api.js';

export async function render(root, params) {
  const dyads = await get('dyads', { limit: 100 });
  if (dyads.length === 0) { fill(root, h('h2', {}, 'Escalation'), message('The store has no dyads yet: ingest articles or paste one.')); return; }
  const current = dyads.find((d) => d.actor === params.actor && d.recipient === params.recipient) ||
    (params.actor && params.recipient ? { actor: params.actor, recipient: params.recipient } : dyads[0]);
  const options = dyads.map((d) => ({ value: d.actor + '/' + d.recipient, label: `${d.actor} → ${d.recipient} (${d.reports})` }));
  if (!dyads.includes(current)) options.unshift({ value: current.actor + '/' + current.recipient, label: `${current.actor} → ${current.recipient}` });
  const pick = select('dyad', options, current.actor + '/' + current.recipient, 'Dyad');
  // Without a range the chart opens on the dyad's last 90 days, as alerts do: a busy dyad's whole history can be
  // years of events and seconds of reading.
  const since = params.from || quarterBefore(current.last);
  const from = h('input', { type: 'date', name: 'from', value: since || '', 'aria-label': 'From' });
  const to = h('input', { type: 'date', name: 'to', value: params.to || '', 'aria-label': 'To' });
  const form = h('form', { class: 'filters' }, field('Dyad', pick), field('From', from), field('To', to), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const [a, b] = pick.value.split('/');
    const p = new URLSearchParams({ actor: a, recipient: b });
    if (from.value) p.set('from', from.value);
    if (to.value) p.set('to', to.value);
    location.hash = '#/chart?' + p.toString();
  });
  const swap = h('a', { href: `#/chart?actor=${seg(current.recipient)}&recipient=${seg(current.actor)}` }, 'reverse direction');
  const plot = h('div', { class: 'plot', 'data-testid': 'chart' });
  const day = h('div', { class: 'day', 'data-testid': 'day-events' }, message('Click a point to list the events of that day.'));
  const alerts = h('div', { class: 'alerts' });
  fill(root, h('h2', {}, 'Escalation ', h('span', { class: 'muted' }, current.actor, ' → ', current.recipient)), form, swap, plot, day, alerts);

  const series = await get(`dyads/${seg(current.actor)}/${seg(current.recipient)}/series`, { from: since, to: params.to });
  draw(plot, series, (d) => showDay(day, series, d));
  const list = series.alerts.slice().reverse();
  fill(alerts, h('h3', {}, 'Alerts of this dyad'), list.length === 0 ? message('No alerts in this range.')
    : h('ul', { class: 'alert-list' }, ...list.map((a) => h('li', { class: a.direction },
      h('strong', {}, a.day), ' ', a.direction, ` (z ${a.zScore.toFixed(1)}, index ${a.index.toFixed(1)} vs ${a.baseline.toFixed(1)}): `,
      a.drivers.map((d) => d.description).join('; ')))));
}

async function showDay(box, series, d) {
  fill(box, message('Loading ' + d.day + '…'));
  const r = await get(`dyads/${seg(series.actor)}/${seg(series.recipient)}/days/${seg(d.day)}`);
  const head = h('h3', {}, d.day, ' · index ', d.index.toFixed(1), d.alert ? ' · ' + d.alert : '');
  if (r.reports.length === 0) { fill(box, head, message('No events on this day; the index carries earlier days forward.')); return; }
  fill(box, head, h('ul', { class: 'day-list' }, ...r.reports.map((x) => h('li', { class: x.quad || '' },
    h('strong', {}, x.eventType), ' “', x.trigger, '” · ', x.modality, ' · ',
    h('a', { href: '#/article/' + x.articleKey }, x.title || 'article ' + x.articleId), x.outlet ? ' (' + x.outlet + ')' : ''))));
}

/** The index as a line over days, events as bars, alerts as red (escalation) or green (de-escalation) markers. */
function draw(box, series, onPick) {
  const days = series.days;
  const W = Math.max(320, box.clientWidth || 800), H = 280, L = 44, R = 12, T = 14, B = 30;
  const maxI = Math.max(1, ...days.map((d) => d.index)), minI = Math.min(0, ...days.map((d) => d.index));
  const maxE = Math.max(1, ...days.map((d) => d.events));
  const x = (i) => L + (days.length <= 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (days.length - 1));
  const y = (v) => T + ((maxI - v) * (H - T - B)) / (maxI - minI || 1);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'chart', role: 'img', 'aria-label': 'Escalation index by day' });
  for (const v of ticks(minI, maxI)) {
    svg.append(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }), s('text', { x: L - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, String(v)));
  }
  const barW = Math.max(1, (W - L - R) / Math.max(days.length, 1) * 0.6);
  days.forEach((d, i) => { if (d.events > 0) svg.append(s('rect', { x: x(i) - barW / 2, y: H - B - (d.events / maxE) * 40, width: barW, height: (d.events / maxE) * 40, class: 'bar' })); });
  svg.append(s('path', { d: days.map((d, i) => (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(d.index).toFixed(1)).join(' '), class: 'line' }));
  const labelEvery = Math.max(1, Math.ceil(days.length / Math.floor((W - L - R) / 80)));
  days.forEach((d, i) => {
    if (i % labelEvery === 0) svg.append(s('text', { x: x(i), y: H - 8, class: 'tick', 'text-anchor': 'middle' }, d.day.slice(5)));
    const hit = s('circle', { cx: x(i), cy: y(d.index), r: d.alert ? 6 : (d.events > 0 ? 3.5 : 2), class: 'pt' + (d.alert ? ' alert ' + d.alert : '') + (d.events ? ' has' : ''),
      'data-day': d.day, tabindex: 0 }, s('title', {}, `${d.day}: index ${d.index.toFixed(1)}, ${d.events} events${d.alert ? ', ' + d.alert + ' alert' : ''}`));
    hit.addEventListener('click', () => { svg.querySelectorAll('.pt.sel').forEach((p) => p.classList.remove('sel')); hit.classList.add('sel'); onPick(d); });
    hit.addEventListener('keydown', (e) => { if (e.key === 'Enter') onPick(d); });
    svg.append(hit);
  });
  fill(box, svg, h('p', { class: 'legend muted' }, 'line: escalation index · bars: events per day · ', h('span', { class: 'key-esc' }, '●'), ' escalation alert · ',
    h('span', { class: 'key-deesc' }, '●'), ' de-escalation alert'));
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

function quarterBefore(day) {
  if (!day) return undefined;
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 89);
  return d.toISOString().slice(0, 10);
}
