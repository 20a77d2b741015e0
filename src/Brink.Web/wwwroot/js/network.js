// View 2: who acts on whom in a period; edges coloured from cooperation (blue) to conflict (red), width by reports.
import { h, s, fill, message, field } from './dom.js';
import { get, seg } from './api.js';

export async function render(root, params) {
  const from = h('input', { type: 'date', name: 'from', value: params.from || '', 'aria-label': 'From' });
  const to = h('input', { type: 'date', name: 'to', value: params.to || '', 'aria-label': 'To' });
  const form = h('form', { class: 'filters' }, field('From', from), field('To', to), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (from.value) p.set('from', from.value);
    if (to.value) p.set('to', to.value);
    location.hash = '#/network?' + p.toString();
  });
  const box = h('div', { class: 'plot', 'data-testid': 'network' });
  const info = h('div', { class: 'edge-info' }, message('Click an edge for its escalation chart, a party for its events.'));
  fill(root, h('h2', {}, 'Actor network'), form, box, info);
  const net = await get('network', { from: params.from, to: params.to });
  if (!params.from && net.from) from.value = net.from;
  if (!params.to && net.to) to.value = net.to;
  if (net.edges.length === 0) { fill(box, message('No events between parties in this period.')); return; }
  draw(box, net, info);
}

function draw(box, net, info) {
  const W = Math.max(320, Math.min(box.clientWidth || 800, 900)), H = Math.min(W, 560);
  const cx = W / 2, cy = H / 2, rad = Math.min(W, H) / 2 - 48;
  const pos = new Map();
  net.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / net.nodes.length - Math.PI / 2;
    pos.set(n.id, { x: cx + rad * Math.cos(a), y: cy + rad * Math.sin(a) });
  });
  const maxR = Math.max(...net.edges.map((e) => e.reports));
  const maxN = Math.max(...net.nodes.map((n) => n.reports));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'network', role: 'img', 'aria-label': 'Actor network' },
    s('defs', {}, marker('arrow-conflict', '#c0392b'), marker('arrow-coop', '#2471a3'), marker('arrow-mixed', '#8e7cc3')));
  for (const e of net.edges) {
    const a = pos.get(e.actor), b = pos.get(e.recipient);
    // A curve bent to one side keeps A→B and B→A apart.
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.15, my = (a.y + b.y) / 2 - (b.x - a.x) * 0.15;
    const share = e.conflict + e.cooperation ? e.conflict / (e.conflict + e.cooperation) : 0.5;
    const kind = share > 0.6 ? 'conflict' : share < 0.4 ? 'coop' : 'mixed';
    const path = s('path', { d: `M${a.x.toFixed(1)} ${a.y.toFixed(1)} Q${mx.toFixed(1)} ${my.toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`,
      class: 'edge ' + kind, 'stroke-width': (1 + 5 * Math.sqrt(e.reports / maxR)).toFixed(1), 'marker-end': `url(#arrow-${kind})`, tabindex: 0 },
      s('title', {}, `${e.actor} → ${e.recipient}: ${e.reports} reports, ${e.conflict} conflict, ${e.cooperation} cooperation`));
    path.addEventListener('click', () => fill(info, h('p', {}, h('strong', {}, e.actor, ' → ', e.recipient), `: ${e.reports} reports, ${e.conflict} conflict, `,
      `${e.cooperation} cooperation, mean score ${e.meanScore} · `, h('a', { href: `#/chart?actor=${seg(e.actor)}&recipient=${seg(e.recipient)}` }, 'escalation chart'),
      ' · ', h('a', { href: `#/events?actor=${seg(e.actor)}&recipient=${seg(e.recipient)}` }, 'events'))));
    svg.append(path);
  }
  for (const n of net.nodes) {
    const p = pos.get(n.id);
    const g = s('g', { class: 'node', tabindex: 0 },
      s('circle', { cx: p.x, cy: p.y, r: (8 + 14 * Math.sqrt(n.reports / maxN)).toFixed(1) }),
      s('text', { x: p.x, y: p.y + 4, 'text-anchor': 'middle' }, n.id));
    g.addEventListener('click', () => { location.hash = '#/events?actor=' + seg(n.id); });
    svg.append(g);
  }
  fill(box, svg, h('p', { class: 'legend muted' }, h('span', { class: 'key-conflict' }, '━'), ' mostly conflict · ', h('span', { class: 'key-coop' }, '━'),
    ' mostly cooperation · ', h('span', { class: 'key-mixed' }, '━'), ` mixed · ${net.from} to ${net.to}`));
}

function marker(id, colour) {
  return s('marker', { id, viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
    s('path', { d: 'M0 0 L10 5 L0 10 z', fill: colour }));
}
