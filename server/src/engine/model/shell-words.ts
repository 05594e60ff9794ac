/** Splits a command line into words (POSIX-like quoting), keeping where each word starts and ends. Linear time. */

export interface ShellWord {
  /** The word with quotes and escapes removed. */
  readonly value: string;
  /** Index of the word's first character in the input (its opening quote, if quoted). */
  readonly start: number;
  /** Index just past the word's last character. */
  readonly end: number;
  /** `&&`, `||`, `;`, `|`, `&` separate commands. */
  readonly operator: boolean;
}

const OPERATORS = ['&&', '||', ';', '|', '&'];

export function splitShellWords(input: string): ShellWord[] {
  const words: ShellWord[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    const operator = OPERATORS.find((op) => input.startsWith(op, i));
    if (operator) {
      words.push({ value: operator, start: i, end: i + operator.length, operator: true });
      i += operator.length;
      continue;
    }
    const start = i;
    let value = '';
    while (i < input.length) {
      const c = input[i] as string;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || OPERATORS.some((op) => input.startsWith(op, i))) break;
      if (c === '"' || c === "'") {
        const close = input.indexOf(c, i + 1);
        const stop = close === -1 ? input.length : close;
        value += input.slice(i + 1, stop);
        i = close === -1 ? input.length : close + 1;
        continue;
      }
      if (c === '\\' && i + 1 < input.length && input[i + 1] !== '\\' && /[\s"'$`]/.test(input[i + 1] as string)) {
        value += input[i + 1];
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    words.push({ value, start, end: i, operator: false });
  }
  return words;
}
