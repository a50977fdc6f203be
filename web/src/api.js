// The marsad HTTP API (see the README's API section). Every call returns parsed JSON or throws
// an Error carrying the server's {"error", "status"} message.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const qs = query.toString();
  const response = await fetch(`api/${path}${qs ? `?${qs}` : ''}`, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(body?.error || response.statusText, response.status);
  return body;
}

const actorCache = new Map();

// Actor ids are lowercase snake_case (data/actors/*.tsv); a relation's other end may instead be
// a value, such as the title of a role ("Foreign Minister of Russia"), which has no profile.
export function isActorId(id) {
  return typeof id === 'string' && /^[a-z0-9_]+$/.test(id);
}

// An actor by id or name; null when the server does not know it. Cached for the session since
// profile and graph pages ask for the same few actors many times.
export async function findActor(idOrName) {
  if (!idOrName) return null;
  if (!actorCache.has(idOrName)) {
    actorCache.set(idOrName, get('actors', { q: idOrName }).catch((e) => {
      if (e.status === 404) return null;
      throw e;
    }));
  }
  return actorCache.get(idOrName);
}

// Events matching `filters`, page by page (the API gives at most 1000 at a time).
export async function allEvents(filters, max = 5000) {
  const out = [];
  for (let offset = 0; offset < max; offset += 1000) {
    const { events } = await get('events', { ...filters, limit: 1000, offset });
    out.push(...events);
    if (events.length < 1000) break;
  }
  return out;
}
