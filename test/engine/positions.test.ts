/** Offsets to LSP positions: LF, CRLF, lone CR, UTF-16 surrogate pairs and tabs. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLineIndex, lint } from '../../server/src/engine/index';

describe('line index', () => {
  it('LF, CRLF and lone CR all end a line', () => {
    const text = 'a\nbb\r\nccc\rdddd';
    const lines = createLineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(text.indexOf('bb')), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('ccc') + 2), { line: 2, character: 2 });
    assert.deepEqual(lines.positionAt(text.indexOf('dddd')), { line: 3, character: 0 });
    assert.equal(lines.lineText(1), 'bb');
    assert.equal(lines.lineText(2), 'ccc');
  });
  it('the CR of a CRLF belongs to its line', () => {
    const lines = createLineIndex('ab\r\ncd');
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
  });
  it('counts UTF-16 code units: a surrogate pair is two characters', () => {
    const text = '😀x\n"𝒳"y';
    const lines = createLineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('x')), { line: 0, character: 2 });
    assert.deepEqual(lines.positionAt(text.indexOf('y')), { line: 1, character: 4 });
  });
  it('a tab is one character', () => {
    const lines = createLineIndex('\t\t"a"');
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 2 });
  });
  it('offsetAt inverts positionAt and clamps to the line end', () => {
    const text = 'one\r\ntwo😀\nthree';
    const lines = createLineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = lines.positionAt(offset);
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between CR and LF: not a real position
      assert.equal(lines.offsetAt(position), offset, `offset ${offset}`);
    }
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), text.length);
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(10_000), lines.positionAt(text.length));
  });
  it('an empty text has one line', () => {
    const lines = createLineIndex('');
    assert.equal(lines.lineCount, 1);
    assert.deepEqual(lines.rangeOf({ offset: 0, length: 0 }), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
  it('findings in a CRLF file with astral characters land on the right token', () => {
    const text = '{\r\n\t"mcpServers": {\r\n\t\t"😀": { "comand": "x" }\r\n\t}\r\n}\r\n';
    const result = lint({ text, path: '/home/dev/.cursor/mcp.json' });
    const finding = result.findings.find((f) => f.ruleId === 'unknown-field');
    assert.ok(finding);
    assert.deepEqual(result.lines.rangeOf(finding.span), { start: { line: 2, character: 10 }, end: { line: 2, character: 18 } });
    assert.equal(text.slice(finding.span.offset, finding.span.offset + finding.span.length), '"comand"');
  });
});
