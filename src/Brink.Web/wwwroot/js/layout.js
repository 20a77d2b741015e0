// A force-directed layout (Fruchterman and Reingold's): parties repel each other, edges pull their ends together and
// a weak pull keeps the graph centred. Deterministic (starts from a circle), so the same network draws the same way.

/** Positions for nodes [{id, r}] joined by edges [{actor, recipient}], scaled to fill [x0, x1] x [y0, y1]. */
export function forceLayout(nodes, edges, x0, x1, y0, y1) {
  const n = nodes.length;
  const p = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    return { x: Math.cos(a), y: Math.sin(a), dx: 0, dy: 0 };
  });
  if (n === 1) return new Map([[nodes[0].id, { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }]]);
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const links = edges.map((e) => [index.get(e.actor), index.get(e.recipient)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = Math.sqrt(4 / n); // the ideal distance in a 2 x 2 square
  let temp = 0.2;
  for (let it = 0; it < 300; it++) {
    for (const q of p) { q.dx = 0; q.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = p[i].x - p[j].x, dy = p[i].y - p[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 1e-4), f = (k * k) / d2;
        p[i].dx += dx * f; p[i].dy += dy * f; p[j].dx -= dx * f; p[j].dy -= dy * f;
      }
    }
    for (const [a, b] of links) {
      const dx = p[a].x - p[b].x, dy = p[a].y - p[b].y, d = Math.max(Math.hypot(dx, dy), 1e-3), f = d / k;
      p[a].dx -= dx * f; p[a].dy -= dy * f; p[b].dx += dx * f; p[b].dy += dy * f;
    }
    for (const q of p) {
      q.dx -= q.x * 0.5; q.dy -= q.y * 0.5;
      const d = Math.max(Math.hypot(q.dx, q.dy), 1e-9), step = Math.min(d, temp);
      q.x += (q.dx / d) * step; q.y += (q.dy / d) * step;
    }
    temp = Math.max(0.005, temp * 0.985);
  }
  // Stretch the result over the whole box: a wide screen gets a wide graph, not one in its left half.
  const xs = p.map((q) => q.x), ys = p.map((q) => q.y);
  const [ax, bx, ay, by] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (v) => (bx - ax < 1e-6 ? (x0 + x1) / 2 : x0 + ((v - ax) * (x1 - x0)) / (bx - ax));
  const sy = (v) => (by - ay < 1e-6 ? (y0 + y1) / 2 : y0 + ((v - ay) * (y1 - y0)) / (by - ay));
  return new Map(nodes.map((nd, i) => [nd.id, { x: sx(p[i].x), y: sy(p[i].y) }]));
}
