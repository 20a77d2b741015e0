// Article text with each event's trigger, actor, recipient and attribution marked. The text is split at span
// boundaries into text nodes; marks carry classes only, so nothing in the article is ever parsed as HTML.
import { h, fill } from './dom.js';

const ORDER = ['trigger', 'actor', 'recipient', 'speaker', 'source', 'location'];

/** The character spans of one record (docs/event-format.md), each {start, end, kind}. */
export function spansOf(rec, text) {
  const out = [];
  const add = (m, kind) => { if (m && Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start) out.push({ start: m.start, end: m.end, kind }); };
  add(rec.trigger, 'trigger');
  for (const a of rec.actor || []) add(a, 'actor');
  for (const r of rec.recipient || []) add(r, 'recipient');
  add(rec.location, 'location');
  const att = rec.attribution;
  if (att) {
    add(att.speaker, 'speaker');
    // Sources carry no offsets; they are found by their text within the event's sentence.
    const sent = rec.sentence;
    for (const src of att.sources || []) {
      if (!sent || !src.text) continue;
      const at = text.slice(sent.start, sent.end).indexOf(src.text);
      if (at >= 0) add({ start: sent.start + at, end: sent.start + at + src.text.length }, 'source');
    }
  }
  return out.filter((sp) => sp.end <= text.length);
}

/**
 * Renders text from `from` on (the body, after the header lines shown above it) into container with marks for the
 * events; `selected` (an index or null) shows only that event's spans, otherwise every event's are shown. Clicking a
 * mark calls onPick(eventIndex). Offsets stay those of the whole text, so records need no shifting.
 */
export function renderText(container, text, records, selected, onPick, from = 0) {
  const spans = [];
  records.forEach((rec, i) => {
    if (selected === null || selected === i) for (const sp of spansOf(rec, text)) if (sp.end > from) spans.push({ ...sp, start: Math.max(sp.start, from), ev: i });
  });
  const cuts = new Set([from, text.length]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const parts = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = text.slice(a, b);
    const active = spans.filter((sp) => sp.start <= a && sp.end >= b);
    if (active.length === 0) { parts.push(piece); continue; }
    const kinds = [...new Set(active.map((sp) => sp.kind))].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y));
    const ev = active[0].ev;
    const mark = h('mark', { class: kinds.map((k2) => 'hl-' + k2).join(' '), 'data-ev': ev, title: kinds.join(', ') }, piece);
    mark.addEventListener('click', () => onPick && onPick(ev));
    parts.push(mark);
  }
  fill(container, ...parts);
}

/** One record as a card: type, quad, who to whom, date, modality, trigger and who says so. */
export function recordCard(rec, i, selected, onPick) {
  const names = (list) => (list || []).map((m) => m.name || m.text).join(', ') || '?';
  const card = h('li', { class: 'rec' + (selected ? ' selected' : '') + ' ' + (rec.quad || ''), 'data-ev': i, tabindex: 0, role: 'button' },
    h('div', { class: 'rec-head' }, h('strong', {}, rec.event_type), ' ', h('span', { class: 'quad' }, (rec.quad || '').replace('_', ' '))),
    h('div', {}, names(rec.actor), ' → ', names(rec.recipient)),
    h('div', { class: 'muted' }, rec.date || 'no date', ' · ', rec.modality, ' · “', rec.trigger ? rec.trigger.text : '', '”'),
    rec.attribution && rec.attribution.speaker ? h('div', { class: 'muted' }, 'said by ', rec.attribution.speaker.text) : null);
  const pick = () => onPick(i);
  card.addEventListener('click', pick);
  card.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  return card;
}

/** Text (its body from bodyStart), record list and the selected record's JSON, wired together. */
export function codedArticle(text, records, bodyStart = 0) {
  const from = Math.min(Math.max(0, bodyStart || 0), text.length);
  const body = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  const list = h('ol', { class: 'records', 'data-testid': 'records' });
  const json = h('pre', { class: 'record-json', 'data-testid': 'record-json' });
  const legend = h('p', { class: 'legend' }, ...ORDER.map((k) => h('mark', { class: 'hl-' + k }, k)));
  let selected = null;
  const draw = () => {
    renderText(body, text, records, selected, (i) => { selected = i; draw(); }, from);
    fill(list, ...records.map((r, i) => recordCard(r, i, selected === i, (j) => { selected = selected === j ? null : j; draw(); })));
    fill(json, selected === null ? 'Select an event to see its record.' : JSON.stringify(records[selected], null, 2));
  };
  draw();
  const side = h('aside', { class: 'side' }, h('h3', {}, records.length + (records.length === 1 ? ' event' : ' events')), list, json);
  return h('div', { class: 'coded' }, h('section', { class: 'main-col' }, legend, body), side);
}
