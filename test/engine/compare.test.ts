import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareCodeUnits, compareNames } from '../../server/src/engine/index';

describe('string order without ICU', () => {
  it('compareCodeUnits orders by code units and gives 0 only for equal strings', () => {
    assert.deepEqual(['secret-in-url', 'b', 'a-b', 'ab', 'B', '10', '9'].sort(compareCodeUnits), ['10', '9', 'B', 'a-b', 'ab', 'b', 'secret-in-url']);
    assert.equal(compareCodeUnits('same', 'same'), 0);
    assert.ok(compareCodeUnits('2026-01-02', '2026-01-10') < 0);
  });

  it('compareNames reads case-insensitively, then breaks ties by case', () => {
    assert.deepEqual(['beta', 'Alpha', 'alpha', 'Gamma'].sort(compareNames), ['Alpha', 'alpha', 'beta', 'Gamma']);
  });
});
