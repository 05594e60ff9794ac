/** Appends `value` to the list kept under `key`, grown in place (copying the list for each item is quadratic). */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
