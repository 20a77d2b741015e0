// The dashboard's router: #/view?params → one view module renders into <main>. Errors show as messages.
import { h, fill, message } from './dom.js';
import { get } from './api.js';
import * as chart from './chart.js';
import * as network from './network.js';
import * as events from './events.js';
import * as article from './article.js';
import * as paste from './paste.js';

const views = { chart, network, events, article, paste };
let summary = null;
let actors = [];

async function route() {
  const root = document.getElementById('view');
  const [path, query] = (location.hash.replace(/^#\/?/, '') || 'chart').split('?');
  const [name, id] = path.split('/');
  const view = views[name] || chart;
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  if (id) params.id = decodeURIComponent(id);
  for (const a of document.querySelectorAll('#nav a')) a.setAttribute('aria-current', a.dataset.view === (views[name] ? name : 'chart') ? 'page' : 'false');
  root.dataset.view = views[name] ? name : 'chart';
  root.dataset.state = 'loading';
  try {
    await view.render(root, params, summary, actors);
    root.dataset.state = 'ready';
  } catch (err) {
    root.append(message(err.message || String(err), 'error'));
    root.dataset.state = 'error';
  }
}

async function start() {
  try {
    [summary, actors] = await Promise.all([get('summary'), get('actors')]);
    fill(document.getElementById('summary'), `${summary.events} events · ${summary.articles} articles`);
  } catch (err) {
    fill(document.getElementById('summary'), h('span', { class: 'error' }, 'API unavailable: ' + err.message));
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();
