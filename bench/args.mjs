/**
 * The bench scripts' argument reading: an option's value or a flag, taken out of `args` so that what
 * is left is the file list (batch-trace.mjs, child-warmup.mjs).
 */
/** The value after `name` (removed with it from `args`), or `dflt` when `name` is not given. */
export function takeOption(args, name, dflt) {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}
/** Whether the flag `name` is given (removed from `args`). */
export function takeFlag(args, name) {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}
