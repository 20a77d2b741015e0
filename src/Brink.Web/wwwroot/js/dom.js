// DOM building without HTML parsing: every piece of data becomes a text node (textContent),
// so article text and coded fields can never turn into markup, scripts or links.
const SVG = 'http://www.w3.org/2000/svg';
const SAFE_ATTRS = new Set(['class', 'id', 'type', 'name', 'value', 'placeholder', 'for', 'title', 'role', 'min', 'max', 'rows',
  'aria-label', 'aria-live', 'aria-selected', 'tabindex', 'colspan', 'data-day', 'data-ev', 'data-view', 'data-testid', 'autocomplete', 'spellcheck']);

/** An HTML element; children are nodes or strings (strings become text). Links must be internal (#/...). */
export function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) setAttr(e, k, v);
  append(e, children);
  return e;
}

/** An SVG element with presentation attributes (numbers and colours from our own code, never from data). */
export function s(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  append(e, children);
  return e;
}

function setAttr(e, k, v) {
  if (v === undefined || v === null || v === false) return;
  if (k === 'href') {
    const href = String(v);
    // Only the dashboard's own routes and http(s) addresses; anything else (javascript:, data:) is dropped.
    if (href.startsWith('#/')) e.setAttribute('href', href);
    else if (/^https?:\/\//i.test(href)) { e.setAttribute('href', href); e.setAttribute('rel', 'noopener noreferrer nofollow'); e.setAttribute('target', '_blank'); }
    return;
  }
  if (k === 'checked' || k === 'disabled' || k === 'selected' || k === 'required') { e[k] = Boolean(v); return; }
  if (k.startsWith('on')) throw new Error('event handlers are attached with addEventListener, not attributes');
  if (!SAFE_ATTRS.has(k)) throw new Error('attribute not allowed: ' + k);
  e.setAttribute(k, String(v));
}

function append(e, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's content with the given children. */
export function fill(e, ...children) {
  e.replaceChildren();
  append(e, children);
  return e;
}

/** A select with options [{value, label}] and the current value selected. */
export function select(name, options, current, label) {
  const sel = h('select', { name, 'aria-label': label || name });
  for (const o of options) {
    const opt = h('option', { value: o.value }, o.label);
    if (String(o.value) === String(current ?? '')) opt.selected = true;
    sel.appendChild(opt);
  }
  return sel;
}

export function field(label, control) {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

export function message(text, kind = 'note') {
  return h('p', { class: 'msg ' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}
