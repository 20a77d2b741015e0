// View 3: the event table, with filters (actor, recipient, type, modality, dates, sourcing) and paging.
import { h, fill, message, select, field } from './dom.js';
import { get, TYPES, MODALITIES } from './api.js';

const PAGE = 25;

export async function render(root, params, summary, actors) {
  const actorOpts = [{ value: '', label: 'any' }, ...actors.map((a) => ({ value: a.code, label: a.code }))];
  const f = {
    actor: select('actor', actorOpts, params.actor, 'Actor'),
    recipient: select('recipient', actorOpts, params.recipient, 'Recipient'),
    type: select('type', [{ value: '', label: 'any' }, ...TYPES.map((t) => ({ value: t, label: t }))], params.type, 'Event type'),
    modality: select('modality', [{ value: '', label: 'any' }, ...MODALITIES.map((m) => ({ value: m, label: m }))], params.modality, 'Modality'),
    from: h('input', { type: 'date', name: 'from', value: params.from || '', 'aria-label': 'From' }),
    to: h('input', { type: 'date', name: 'to', value: params.to || '', 'aria-label': 'To' }),
    named: h('input', { type: 'checkbox', name: 'named', checked: params.named === 'true', 'aria-label': 'Named sources only' }),
  };
  const form = h('form', { class: 'filters' }, field('Actor', f.actor), field('Recipient', f.recipient), field('Type', f.type), field('Modality', f.modality),
    field('From', f.from), field('To', f.to), h('label', { class: 'field check' }, f.named, h('span', {}, 'named sources only')), h('button', { type: 'submit' }, 'Filter'));
  const query = () => ({ actor: f.actor.value, recipient: f.recipient.value, type: f.type.value, modality: f.modality.value, from: f.from.value, to: f.to.value,
    named: f.named.checked ? 'true' : '' });
  form.addEventListener('submit', (e) => { e.preventDefault(); go({ ...query(), offset: 0 }); });
  const out = h('div', { 'data-testid': 'events-out' });
  fill(root, h('h2', {}, 'Events'), form, out);

  const offset = Math.max(0, parseInt(params.offset || '0', 10) || 0);
  const page = await get('events', { ...query(), limit: PAGE, offset });
  if (page.items.length === 0) { fill(out, message('No events match these filters.')); return; }
  const rows = page.items.map((e) => {
    const src = e.sources[0];
    return h('tr', { class: e.quad || '' },
      h('td', { class: 'nowrap date' }, e.date || ''), h('td', { class: 'type' }, h('strong', {}, e.eventType)), h('td', { class: 'actor' }, e.actor),
      h('td', { class: 'recipient' }, e.recipient), h('td', { class: 'quad' }, (e.quad || '').replace('_', ' ')), h('td', { class: 'num' }, String(e.reports)),
      h('td', { class: 'src' }, src ? h('a', { href: '#/article/' + src.articleKey }, src.title || 'article ' + src.articleId) : '',
        src ? h('div', { class: 'muted' }, '“', src.trigger, '” · ', src.modality, src.speaker ? ' · ' + src.speaker : '') : null));
  });
  const table = h('table', { class: 'events', 'data-testid': 'events-table' },
    h('thead', {}, h('tr', {}, ...['date', 'type', 'actor', 'recipient', 'quad', 'reports', 'first report'].map((c) => h('th', {}, c)))), h('tbody', {}, ...rows));
  const prev = h('button', { type: 'button', disabled: offset === 0 }, '← previous');
  const next = h('button', { type: 'button', disabled: offset + PAGE >= page.total }, 'next →');
  prev.addEventListener('click', () => go({ ...query(), offset: Math.max(0, offset - PAGE) }));
  next.addEventListener('click', () => go({ ...query(), offset: offset + PAGE }));
  const info = h('span', { class: 'muted', 'data-testid': 'page-info' }, `${offset + 1}–${offset + page.items.length} of ${page.total}`);
  fill(out, h('div', { class: 'scroll' }, table), h('div', { class: 'pager' }, prev, info, next));
}

function go(q) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== '' && v !== 0 && v !== undefined) p.set(k, String(v));
  location.hash = '#/events?' + p.toString();
}
