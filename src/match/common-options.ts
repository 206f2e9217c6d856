import { MAX_LIMIT, type MatchOptionsInput } from './schema.js';

/**
 * The options most calls pass — `limit`, `explain` and `sheets: 'digital' | 'all'`, no parameter overrides — checked
 * by hand and packed into one integer, so that `match` can reuse a resolved form instead of running the zod schema
 * (and building cache keys) on every call: `limit × 4 + (all ? 2 : 0) + (explain ? 1 : 0)`. Returns −1 for anything
 * else (a code list, `params`, an unknown key, an invalid value): the caller then validates with the schema, which
 * accepts exactly the same common inputs and reports the errors. As in zod, a known key set to `undefined` counts as
 * absent and an unknown key is refused whatever its value.
 */
export function commonOptionsKey(options: MatchOptionsInput): number {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return -1;
  let limit = 10;
  let all = false;
  let explain = true;
  for (const key in options) {
    if (key !== 'limit' && key !== 'explain' && key !== 'sheets' && key !== 'params') return -1;
    const value: unknown = options[key];
    if (value === undefined) continue;
    if (key === 'params') return -1;
    if (key === 'limit') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) return -1;
      limit = value;
    } else if (key === 'explain') {
      if (typeof value !== 'boolean') return -1;
      explain = value;
    } else if (value === 'all') all = true;
    else if (value !== 'digital') return -1;
  }
  return limit * 4 + (all ? 2 : 0) + (explain ? 1 : 0);
}
