/** Folds look-alike characters to the ASCII letters they imitate (Unicode confusables, the subset seen in package names). */

const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y',
  'х': 'x', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'һ': 'h', 'ɡ': 'g',
  // Greek
  'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'μ': 'u', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u',
  'χ': 'x', 'ω': 'w',
  // Latin look-alikes
  'ı': 'i', 'ł': 'l', 'ɩ': 'i', 'ʟ': 'l', 'ᴠ': 'v', 'ᴡ': 'w', 'ⅼ': 'l', 'ⅰ': 'i',
};

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** NFKC (full-width letters, ligatures), invisible characters removed, confusable letters folded, lower-cased. */
export function foldConfusables(name: string): string {
  const nfkc = name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  let out = '';
  for (const char of nfkc) out += CONFUSABLES[char] ?? char;
  return out;
}

/** Additionally folds ASCII look-alikes that typosquats use (`rn` for `m`, `0` for `o`, `1` and `I` for `l`, `vv` for `w`). */
export function visualSkeleton(name: string): string {
  return foldConfusables(name).replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/[1|]/g, 'l');
}

/** True when the name holds characters outside printable ASCII (no real npm, PyPI or image name does). */
export function hasNonAscii(name: string): boolean {
  return /[^\x20-\x7e]/.test(name);
}
