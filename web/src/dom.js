// A tiny element builder: h('a.cls', {href}, child, ...). Children may be strings, nodes,
// arrays or null. Keeps the pages readable without a framework.

export function h(tag, attrs, ...children) {
  const [name, ...classes] = tag.split('.');
  const el = document.createElement(name || 'div');
  if (classes.length) el.className = classes.join(' ');
  if (attrs !== null && attrs !== undefined && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') {
      for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) el.dataset[k] = v;
    }
    else if (key === 'class') el.className += (el.className ? ' ' : '') + value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

// Text in Arabic inside an English page (or the reverse) keeps its own direction.
export function ar(text) {
  return h('bdi', { dir: 'rtl', lang: 'ar' }, text ?? '');
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function table(headers, rows) {
  return h('table.grid',
    h('thead', h('tr', headers.map((x) => h('th', x)))),
    h('tbody', rows.map((cells) => h('tr', cells.map((c) => h('td', c))))));
}

// A document's title, or its id (left to right) when it has none.
export function docTitle(title, id) {
  return title ? ar(title) : h('bdi', { dir: 'ltr' }, id);
}
