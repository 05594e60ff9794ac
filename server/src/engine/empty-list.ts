/**
 * The empty list shared by functions that return nothing (never changed: it is read-only). Not frozen: V8 iterates a
 * list that is sometimes frozen through its generic iterator, one allocation per step.
 */
export const EMPTY_LIST: readonly never[] = [];
