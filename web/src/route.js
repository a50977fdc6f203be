// '#/doc/ID?s=10-20' → {page: 'doc', id: 'ID', params: URLSearchParams}
export function parseRoute(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const [page, ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : '';
  return { page: page || '', id, params };
}

export function href(page, id = '', params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const qs = query.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}

// Link to the exact span of a fact in its document: the reader scrolls to it and flashes it.
export function spanHref(doc, start, end) {
  return href('doc', doc, { s: `${start}-${end}` });
}
