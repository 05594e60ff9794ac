/** Fixes are data: a title, a safety label and text edits, computed by the rule that found the problem. */

/** Replace `length` code units at `offset` with `content` (jsonc-parser's `Edit` shape). */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
  /**
   * An insertion that carries its own separator (an item appended after an array's last item, comma first): several
   * at the same offset apply together, in order, where other insertions at one place exclude each other.
   */
  readonly chainable?: boolean;
}

/**
 * A change to a file other than the linted one, e.g. an env file that receives a moved secret or a
 * `.gitignore` entry. The engine does no I/O: adapters read the file, apply this, and write it back.
 */
export interface ExternalEdit {
  /** Path relative to the linted file's folder, with `/` separators (may start with `../`). */
  readonly path: string;
  /** Lines appended to the file (created when missing); a line already present is not added twice. */
  readonly appendLines: readonly string[];
  /** For lines of the form `NAME=value`: skip when a line already assigns NAME. */
  readonly keyed?: boolean;
  /** The lines hold a secret: adapters never print them (diffs show a redacted form). */
  readonly sensitive?: boolean;
}

export interface Fix {
  readonly title: string;
  /** Safe fixes run unattended (fix-all on save, `mcp-warden fix`); unsafe ones only when asked. */
  readonly safe: boolean;
  /** Edits to the linted file; non-overlapping. */
  readonly edits: readonly TextEdit[];
  readonly externalEdits?: readonly ExternalEdit[];
  /** What the user must still do after applying, e.g. "export GITHUB_TOKEN from .env.mcp". */
  readonly note?: string;
}

/**
 * A fix whose edits are computed on first read. Building edits can re-parse the document (jsonc-parser's `modify`), so
 * fixes nobody applies (most of them, while typing) cost nothing. The title is eager (messages quote it); the external
 * edits and note are given here, but read through the same getters, so reading either computes the edits too (every
 * reader applies or offers the fix anyway). See lazyFix for a fix whose note and external edits are computed as well.
 */
export function withLazyEdits(fix: Omit<Fix, 'edits'>, compute: () => readonly TextEdit[]): Fix {
  return new LazyFix(fix.title, fix.safe, () => ({ edits: compute(), externalEdits: fix.externalEdits, note: fix.note }));
}

/** What a lazy fix computes when first read: everything but its title and safety. */
export interface FixDetails {
  readonly edits: readonly TextEdit[];
  readonly externalEdits?: readonly ExternalEdit[] | undefined;
  readonly note?: string | undefined;
}

/**
 * A fix of which only the title and safety are built now (the title is quoted by messages and code-action menus); the
 * edits, external edits and note are computed together on first read. A secret's fixes carry a note and external
 * edits each, and a large config reports hundreds of secrets whose fixes nobody opens.
 */
export function lazyFix(title: string, safe: boolean, details: () => FixDetails): Fix {
  return new LazyFix(title, safe, details);
}

/**
 * `edits`, `externalEdits` and `note` are own enumerable properties (spread and JSON see them, as for any fix) read
 * through shared getters. Getters written in an object literal would be new closures and a hidden class per fix, which
 * V8 keeps alive (with everything the closures hold) until a full garbage collection.
 */
class LazyFix implements Fix {
  readonly title: string;
  readonly safe: boolean;
  declare readonly edits: readonly TextEdit[];
  declare readonly externalEdits?: readonly ExternalEdit[];
  declare readonly note?: string;
  #compute: (() => FixDetails) | undefined;
  #details: FixDetails | undefined;

  constructor(title: string, safe: boolean, compute: () => FixDetails) {
    this.title = title;
    this.safe = safe;
    this.#compute = compute;
    Object.defineProperties(this, LAZY_DETAILS);
  }

  static detailsOf(fix: LazyFix): FixDetails {
    if (fix.#compute) {
      fix.#details = fix.#compute();
      fix.#compute = undefined;
    }
    return fix.#details as FixDetails;
  }
}

const LAZY_DETAILS: PropertyDescriptorMap = {
  edits: { get(this: LazyFix) { return LazyFix.detailsOf(this).edits; }, enumerable: true, configurable: true },
  externalEdits: { get(this: LazyFix) { return LazyFix.detailsOf(this).externalEdits; }, enumerable: true, configurable: true },
  note: { get(this: LazyFix) { return LazyFix.detailsOf(this).note; }, enumerable: true, configurable: true },
};
