/** Day arithmetic on `YYYY-MM-DD` dates given to the engine (it never reads the clock). */

/** Whole days from `from` to `to`, or undefined when either is not a valid date. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = parseDay(from);
  const b = parseDay(to);
  return a === undefined || b === undefined ? undefined : Math.round((b - a) / 86_400_000);
}

function parseDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : time;
}
