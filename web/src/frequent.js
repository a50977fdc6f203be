import { get } from './api.js';
import { pickName } from './i18n.js';

// The actors that appear most often as event sides: the default for pages that need an actor
// when none is given, and a list of suggestions.
export async function frequentActors(limit = 12) {
  const { events } = await get('events', { limit: 1000 });
  const counts = new Map();
  for (const e of events) {
    for (const [id, ar, en] of [[e.source, e.source_name_ar, e.source_name_en], [e.target, e.target_name_ar, e.target_name_en]]) {
      if (!id) continue;
      const c = counts.get(id) || { id, name: pickName(ar, en, id), n: 0 };
      c.n += 1;
      counts.set(id, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id)).slice(0, limit);
}
