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
 * fixes nobody applies (most of them, while typing) cost nothing. Titles and notes stay eager: messages quote them.
 */
export function withLazyEdits(fix: Omit<Fix, 'edits'>, compute: () => readonly TextEdit[]): Fix {
  return new LazyEditsFix(fix, compute);
}

/**
 * `edits` is an own enumerable property (spread and JSON see it, as for any fix) read through one shared getter. A
 * getter written in an object literal would be a new closure and hidden class per fix, which V8 keeps alive (with
 * everything the closure holds) until a full garbage collection.
 */
class LazyEditsFix implements Fix {
  declare readonly title: string;
  declare readonly safe: boolean;
  declare readonly edits: readonly TextEdit[];
  declare readonly externalEdits?: readonly ExternalEdit[];
  declare readonly note?: string;
  #compute: (() => readonly TextEdit[]) | undefined;
  #edits: readonly TextEdit[] = [];

  constructor(fix: Omit<Fix, 'edits'>, compute: () => readonly TextEdit[]) {
    Object.assign(this, fix);
    this.#compute = compute;
    Object.defineProperty(this, 'edits', LAZY_EDITS);
  }

  static editsOf(fix: LazyEditsFix): readonly TextEdit[] {
    if (fix.#compute) {
      fix.#edits = fix.#compute();
      fix.#compute = undefined;
    }
    return fix.#edits;
  }
}

const LAZY_EDITS: PropertyDescriptor = {
  get(this: LazyEditsFix): readonly TextEdit[] {
    return LazyEditsFix.editsOf(this);
  },
  enumerable: true,
  configurable: true,
};
