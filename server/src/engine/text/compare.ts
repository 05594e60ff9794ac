/**
 * Orders strings by UTF-16 code units. `localeCompare` would load ICU's collation data into the process (2 MB of
 * resident memory in the language server after a scan) to order rule ids, versions and dates that are ASCII anyway.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** For names shown to people: case-insensitive first (so `alpha` and `Beta` read in order), then exact. */
export function compareNames(a: string, b: string): number {
  return compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b);
}
