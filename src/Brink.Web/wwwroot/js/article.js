// View 4: a stored article with its coded spans highlighted and the records beside it.
import { h, fill, message, field } from './dom.js';
import { get, seg } from './api.js';
import { codedArticle } from './highlight.js';

export async function render(root, params) {
  const input = h('input', { type: 'text', name: 'id', value: params.id || '', placeholder: 'article key or id', 'aria-label': 'Article key or id' });
  const form = h('form', { class: 'filters' }, field('Article', input), h('button', { type: 'submit' }, 'Open'));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = '#/article/' + encodeURIComponent(input.value.trim()); });
  const out = h('div', {});
  fill(root, h('h2', {}, 'Article'), form, out);
  if (!params.id) { fill(out, message('Open an article from the event table or a chart point, or give its id.')); return; }
  const a = await get('articles/' + seg(params.id));
  const meta = h('p', { class: 'muted meta' }, [a.outlet, a.published, a.revision > 1 ? 'revision ' + a.revision : null, a.superseded ? 'superseded' : null]
    .filter(Boolean).join(' · '), a.url ? [' · ', h('a', { href: a.url }, 'source')] : null);
  fill(out, h('h3', { class: 'article-title' }, a.title || 'Untitled'), meta, codedArticle(a.text, a.events, a.bodyStart));
}
