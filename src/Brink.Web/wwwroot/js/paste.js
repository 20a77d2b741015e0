// View 5: paste an article, have it coded and stored, see its events highlighted.
import { h, fill, message, field } from './dom.js';
import { post } from './api.js';
import { codedArticle } from './highlight.js';

export async function render(root, params, summary) {
  const text = h('textarea', { name: 'text', rows: 10, placeholder: 'Paste an article (optionally with Title: and Published: lines first)', 'aria-label': 'Article text', spellcheck: 'false' });
  const title = h('input', { type: 'text', name: 'title', placeholder: 'title (optional)', 'aria-label': 'Title' });
  const published = h('input', { type: 'date', name: 'published', 'aria-label': 'Published' });
  const outlet = h('input', { type: 'text', name: 'outlet', placeholder: 'outlet (optional)', 'aria-label': 'Outlet' });
  const key = h('input', { type: 'password', name: 'key', placeholder: 'API key', 'aria-label': 'API key', autocomplete: 'off' });
  key.value = sessionStorage.getItem('brink-key') || '';
  const button = h('button', { type: 'submit' }, 'Code and store');
  const out = h('div', { 'data-testid': 'paste-result' });
  // Writes off (bound beyond loopback without a key): no key would help, so none is asked for and nothing is sent.
  const refused = Boolean(summary && summary.writesRefused);
  const needsKey = Boolean(summary && summary.writesNeedKey) && !refused;
  if (refused) button.disabled = true;
  const form = h('form', { class: 'paste' }, text,
    h('div', { class: 'filters' }, field('Title', title), field('Published', published), field('Outlet', outlet), needsKey ? field('API key', key) : null, button));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!text.value.trim()) { fill(out, message('Paste an article first.', 'error')); return; }
    if (refused) return;
    button.disabled = true;
    fill(out, message('Coding…'));
    try {
      if (needsKey) sessionStorage.setItem('brink-key', key.value);
      const r = await post('articles', { text: text.value, title: title.value || null, published: published.value || null, outlet: outlet.value || null },
        needsKey ? key.value : null);
      const stored = r.articleId ? h('a', { href: '#/article/' + r.articleKey }, 'article ' + r.articleId) : 'the store';
      const note = h('p', { class: 'msg ok', role: 'status' }, r.duplicate ? 'Already stored as ' : 'Stored as ', stored,
        ` · coded in ${r.codingMs} ms · ${r.events.length} events`);
      fill(out, note, r.title ? h('h3', { class: 'article-title' }, r.title) : null, codedArticle(r.text, r.events, r.bodyStart));
    } catch (err) {
      fill(out, message('Could not code the article: ' + err.message, 'error'));
    } finally {
      button.disabled = refused;
    }
  });
  fill(root, h('h2', {}, 'Paste an article'), refused ? message('This server does not store pasted articles: it listens beyond this machine without an API key, so writes are off. Restart it with --api-key to allow them.', 'error') : null, form, out);
}
