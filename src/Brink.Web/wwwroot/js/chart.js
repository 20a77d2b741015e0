// View 1: a dyad's escalation index over time with alerts marked; clicking a day lists the reports behind it.
import { h, fill, message, select, field } from './dom.js';
import { get, seg } from './api.js';
import { drawSeries } from './plot.js';

export async function render(root, params) {
  const dyads = await get('dyads', { limit: 100 });
  if (dyads.length === 0) { fill(root, h('h2', {}, 'Escalation'), message('The store has no dyads yet: ingest articles or paste one.')); return; }
  const known = dyads.find((d) => d.actor === params.actor && d.recipient === params.recipient);
  const current = known || (params.actor && params.recipient ? { actor: params.actor, recipient: params.recipient } : dyads[0]);
  const options = dyads.map((d) => ({ value: d.actor + '/' + d.recipient, label: `${d.actor} → ${d.recipient} (${d.reports})` }));
  if (!dyads.includes(current)) options.unshift({ value: current.actor + '/' + current.recipient, label: `${current.actor} → ${current.recipient}` });
  const pick = select('dyad', options, current.actor + '/' + current.recipient, 'Dyad');
  // Without a range the chart opens on the dyad's active span (first to last event, with a margin), so a two-week
  // crisis fills the chart; a dyad outside the top list asks the server, which answers with the dyad's span too.
  const span = current.first ? padded(current.first, current.last) : { from: undefined, to: undefined };
  const since = params.from || span.from, until = params.to || span.to;
  const from = h('input', { type: 'date', name: 'from', value: since || '', 'aria-label': 'From' });
  const to = h('input', { type: 'date', name: 'to', value: until || '', 'aria-label': 'To' });
  const form = h('form', { class: 'filters' }, field('Dyad', pick), field('From', from), field('To', to), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const [a, b] = pick.value.split('/');
    go(a, b, from.value, to.value);
  });
  const swap = h('a', { href: `#/chart?actor=${seg(current.recipient)}&recipient=${seg(current.actor)}` }, 'reverse direction');
  const whole = params.from || params.to ? [' · ', h('a', { href: `#/chart?actor=${seg(current.actor)}&recipient=${seg(current.recipient)}`, 'data-testid': 'zoom-out' }, 'whole span')] : null;
  const plot = h('div', { class: 'plot', 'data-testid': 'chart' });
  const day = h('div', { class: 'day', 'data-testid': 'day-events' }, message('Click a point to list the events of that day; drag across the chart to zoom in.'));
  const alerts = h('div', { class: 'alerts' });
  const crises = h('div', { class: 'alerts', 'data-testid': 'crisis-list' });
  fill(root, h('h2', {}, 'Escalation ', h('span', { class: 'muted' }, current.actor, ' → ', current.recipient)), form, h('p', { class: 'links' }, swap, whole), plot, day, alerts, crises);

  const series = await get(`dyads/${seg(current.actor)}/${seg(current.recipient)}/series`, { from: since, to: until });
  if (!known && !params.from && !params.to && series.days.every((d) => d.events === 0)) {
    // Not a chart of an empty "today": say that the store knows nothing of this dyad.
    fill(plot, message(`The store has no events with ${current.actor} acting on ${current.recipient}. Pick a dyad from the list, or try the reverse direction.`));
    fill(day);
    return;
  }
  drawSeries(plot, series, (d) => showDay(day, series, d), (a, b) => go(current.actor, current.recipient, a, b));
  const list = series.alerts.slice().reverse();
  fill(alerts, h('h3', {}, 'Alerts of this dyad'), list.length === 0 ? message('No alerts in this range.')
    : h('ul', { class: 'alert-list' }, ...list.map((a) => h('li', { class: a.direction },
      h('strong', {}, a.day), ' ', a.direction, ` (z ${a.zScore.toFixed(1)}, index ${a.index.toFixed(1)} vs ${a.baseline.toFixed(1)}): `,
      a.drivers.map((d) => d.description).join('; ')))));
  // Known onsets (brink crises load) of this dyad, either direction: said only when the store holds some.
  if (series.crises.length > 0) {
    fill(crises, h('h3', {}, 'Known crises of this dyad'), h('ul', { class: 'alert-list' }, ...series.crises.map((c) => h('li', { class: c.kind === 'deescalation' ? 'de-escalation' : 'escalation' },
      h('strong', {}, c.onset), ' ', c.sideA, '–', c.sideB, ' ', c.kind === 'deescalation' ? 'de-escalation' : 'escalation', ': ', h('a', { href: c.source }, c.name)))));
  }
}

function go(actor, recipient, from, to) {
  const p = new URLSearchParams({ actor, recipient });
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  location.hash = '#/chart?' + p.toString();
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

/** The active span with a margin of a tenth of its length (at least three days) on each side, at most ten years. */
function padded(first, last) {
  const day = 86400000;
  const a = Date.parse(first + 'T00:00:00Z'), b = Date.parse(last + 'T00:00:00Z');
  const pad = Math.max(3, Math.round((b - a) / day / 10)) * day;
  const to = b + pad, from = Math.max(a - pad, to - 3650 * day);
  return { from: new Date(from).toISOString().slice(0, 10), to: new Date(to).toISOString().slice(0, 10) };
}
