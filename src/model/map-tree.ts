// A tree of Maps, one level per field of a compound key (absent fields are the key `undefined`).
// Looking a compound key up hashes each field, strings the data already holds and whose hashes are
// kept, instead of building and hashing a key string per lookup: the loader memoises key fields this
// way for every fact, and the fact index answers the rules' questions this way.

export type MapTree = Map<unknown, unknown>;

/** The subtree under `key`, made when absent. */
export function subtree(level: MapTree, key: unknown): MapTree {
  let next = level.get(key) as MapTree | undefined;
  if (!next) level.set(key, (next = new Map()));
  return next;
}

/** The subtree under `key`, or undefined when absent (for lookups that must not grow the tree). */
export function existingSubtree(level: MapTree | undefined, key: unknown): MapTree | undefined {
  return level?.get(key) as MapTree | undefined;
}
