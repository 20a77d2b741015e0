// View 2: who acts on whom in a period; edges coloured from cooperation (blue) to conflict (red), width by reports.
import { h, s, fill, message, field } from './dom.js';
import { get, seg } from './api.js';
import { forceLayout } from './layout.js';

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
  // A phone gets a taller picture than a wide screen: its parties need the room that the width cannot give.
  const W = Math.max(320, box.clientWidth || 800), H = Math.round(Math.min(560, Math.max(W < 600 ? W * 1.15 : 360, W * 0.6)));
  const maxR = Math.max(...net.edges.map((e) => e.reports));
  const maxN = Math.max(...net.nodes.map((n) => n.reports));
  const radius = new Map(net.nodes.map((n) => [n.id, 7 + 11 * Math.sqrt(n.reports / maxN)]));
  // Margins leave room for the widest circle and for the names written under the circles.
  const mx = Math.min(80, W * 0.12);
  const pos = forceLayout(net.nodes.map((n) => ({ id: n.id })), net.edges, mx, W - mx, 30, H - 40);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'network', role: 'img', 'aria-label': 'Actor network' },
    s('defs', {}, marker('arrow-conflict', '#c0392b'), marker('arrow-coop', '#2471a3'), marker('arrow-mixed', '#8e7cc3')));
  const names = new Map(net.nodes.map((n) => [n.id, n.name || n.id]));
  for (const e of net.edges) {
    const a = pos.get(e.actor), b = pos.get(e.recipient);
    // A curve bent to one side keeps A→B and B→A apart; it starts and ends at the circles' rims so the arrowhead
    // points at the recipient instead of hiding under it.
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.15, my = (a.y + b.y) / 2 - (b.x - a.x) * 0.15;
    const p0 = towards(a, { x: mx, y: my }, radius.get(e.actor) + 1), p1 = towards(b, { x: mx, y: my }, radius.get(e.recipient) + 2);
    const share = e.conflict + e.cooperation ? e.conflict / (e.conflict + e.cooperation) : 0.5;
    const kind = share > 0.6 ? 'conflict' : share < 0.4 ? 'coop' : 'mixed';
    const path = s('path', { d: `M${p0.x.toFixed(1)} ${p0.y.toFixed(1)} Q${mx.toFixed(1)} ${my.toFixed(1)} ${p1.x.toFixed(1)} ${p1.y.toFixed(1)}`,
      class: 'edge ' + kind, 'stroke-width': (1 + 5 * Math.sqrt(e.reports / maxR)).toFixed(1), 'marker-end': `url(#arrow-${kind})`, tabindex: 0 },
      s('title', {}, `${names.get(e.actor)} → ${names.get(e.recipient)}: ${e.reports} reports, ${e.conflict} conflict, ${e.cooperation} cooperation`));
    path.addEventListener('click', () => fill(info, h('p', {}, h('strong', {}, names.get(e.actor), ' → ', names.get(e.recipient)), `: ${e.reports} reports, ${e.conflict} conflict, `,
      `${e.cooperation} cooperation, mean score ${e.meanScore} · `, h('a', { href: `#/chart?actor=${seg(e.actor)}&recipient=${seg(e.recipient)}` }, 'escalation chart'),
      ' · ', h('a', { href: `#/events?actor=${seg(e.actor)}&recipient=${seg(e.recipient)}` }, 'events'))));
    svg.append(path);
  }
  const circles = net.nodes.map((n) => ({ ...pos.get(n.id), r: radius.get(n.id) }));
  for (const n of net.nodes) {
    const p = pos.get(n.id), r = radius.get(n.id), label = short(names.get(n.id));
    // The name goes beside the circle, not across it or a neighbour's; the code it stands for is in the tooltip.
    const at = place(p, r, label, circles, W, H);
    const g = s('g', { class: 'node', tabindex: 0, 'data-code': n.id },
      s('title', {}, `${names.get(n.id)} (${n.id}): ${n.reports} reports`),
      s('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
      s('text', { x: at.x.toFixed(1), y: at.y.toFixed(1), 'text-anchor': at.anchor }, label));
    g.addEventListener('click', () => { location.hash = '#/events?actor=' + seg(n.id); });
    svg.append(g);
  }
  fill(box, svg, h('p', { class: 'legend muted' }, h('span', { class: 'key-conflict' }, '━'), ' mostly conflict · ', h('span', { class: 'key-coop' }, '━'),
    ' mostly cooperation · ', h('span', { class: 'key-mixed' }, '━'), ` mixed · ${net.from} to ${net.to}`));
}

/**
 * Where a node's name goes: under its circle, else above, right or left of it, whichever first clears every circle
 * and stays inside the picture (the text's box is estimated: 11 px bold is about 6.6 px a character).
 */
function place(p, r, label, circles, W, H) {
  const w = label.length * 6.6, hgt = 12;
  // Centred under or over the circle, but slid inwards at the picture's edges.
  const left = Math.min(Math.max(2, p.x - w / 2), W - w - 2);
  const options = [
    { x: left, y: p.y + r + 12, anchor: 'start', box: [left, p.y + r + 2] },
    { x: left, y: p.y - r - 4, anchor: 'start', box: [left, p.y - r - 4 - hgt + 2] },
    { x: p.x + r + 4, y: p.y + 4, anchor: 'start', box: [p.x + r + 4, p.y - 6] },
    { x: p.x - r - 4, y: p.y + 4, anchor: 'end', box: [p.x - r - 4 - w, p.y - 6] },
  ];
  const clear = (o) => {
    const [bx, by] = o.box;
    if (bx < 0 || by < 0 || bx + w > W || by + hgt > H) return false;
    return circles.every((c) => {
      const dx = Math.max(bx - c.x, 0, c.x - bx - w), dy = Math.max(by - c.y, 0, c.y - by - hgt);
      return dx * dx + dy * dy >= (c.r + 1) * (c.r + 1);
    });
  };
  return options.find(clear) || options[0];
}

/** The point at distance d from p in the direction of q. */
function towards(p, q, d) {
  const len = Math.max(Math.hypot(q.x - p.x, q.y - p.y), 1e-6);
  return { x: p.x + ((q.x - p.x) * d) / len, y: p.y + ((q.y - p.y) * d) / len };
}

/** Long names are cut to keep labels from running into their neighbours (the tooltip has the whole name). */
function short(name) {
  return name.length > 20 ? name.slice(0, 19) + '…' : name;
}

/** Arrowheads in user units: the same size on a thin and on a thick edge (markers scale with the stroke by default). */
function marker(id, colour) {
  return s('marker', { id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
    s('path', { d: 'M0 0 L10 5 L0 10 z', fill: colour }));
}
