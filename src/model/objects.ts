/**
 * Object building on the hot path.
 *
 * `{ ...base, key: value }` where `base` lacks `key` gives, in the V8 of Node 20, every object so
 * built a hidden class of its own: the spread clones `base`'s map without its place in the
 * transition tree, so the added key makes a new map each time (2–7 µs an object, measured:
 * test/model/objects-s52.test.ts and bench/README "Session 52"), and every later property read of
 * those objects meets a different map. Copying into a fresh literal walks the shared transitions:
 * the same keys in the same order, one map for all, ~0.1 µs. A spread that only overrides keys
 * `base` has (`{ ...line, text }`) keeps its map and is fast; it needs no helper.
 */

/**
 * `{ ...base, ...extra }`: the same own enumerable properties, values and key order (base's keys,
 * then extra's new ones; a key in both keeps base's place and extra's value). For plain data
 * objects (no setters, no "__proto__" key), as every caller's are.
 */
export function withFields<T extends object, U extends object>(base: T, extra: U): Omit<T, keyof U> & U {
  return Object.assign(Object.assign({}, base), extra) as Omit<T, keyof U> & U;
}
