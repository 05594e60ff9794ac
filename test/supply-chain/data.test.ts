/** The supply-chain data files: every advisory range parses for its ecosystem, successors point at real entries, no known server is a look-alike. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as semver from 'semver';
import * as pep440 from '@renovatebot/pep440';
import { KNOWN_SERVERS, knownServerByPackage } from '../../server/src/engine/data/known-servers';
import successors from '../../server/src/engine/data/successors.json';
import { ADVISORIES, advisoriesAffecting, firstSafeVersion } from '../../server/src/engine/supply-chain/advisories';
import { findLookalike } from '../../server/src/engine/supply-chain/lookalike';
import { compareVersions, inRange } from '../../server/src/engine/supply-chain/versions';

describe('supply-chain data', () => {
  it('every npm and PyPI advisory range parses, and its fixed version lies outside it', () => {
    for (const advisory of ADVISORIES) {
      if (advisory.ecosystem !== 'npm' && advisory.ecosystem !== 'pypi') continue;
      if (advisory.range !== '*') {
        if (advisory.ecosystem === 'npm') assert.ok(semver.validRange(advisory.range), `${advisory.id}: ${advisory.range}`);
        else assert.ok(pep440.validRange(advisory.range.split(/\s+/).join(',')), `${advisory.id}: ${advisory.range}`);
      }
      if (advisory.fixedVersion) assert.ok(!inRange(advisory.ecosystem, advisory.fixedVersion, advisory.range), `${advisory.id}: fixed version inside its range`);
    }
  });

  it('compares PEP 440 versions that semver cannot read', () => {
    assert.ok(compareVersions('pypi', '1.0.post1', '1.0') > 0);
    assert.ok(compareVersions('pypi', '1.0rc1', '1.0') < 0);
    assert.ok(compareVersions('pypi', '2025.12.18', '2025.9.25') > 0);
    assert.ok(inRange('pypi', '0.16.1', '<0.17.0'));
    assert.ok(!inRange('pypi', '0.22.0.post1', '<0.22.0'));
    assert.ok(inRange('pypi', '1.3.8', '>=0.2.14 <1.3.9'));
  });

  it('the safe version clears every advisory, not only the first', () => {
    assert.equal(firstSafeVersion('pypi', 'mcp-server-git', '2025.1.1'), '2026.1.14');
    assert.deepEqual(advisoriesAffecting('pypi', 'mcp-server-git', '2026.1.14'), []);
    assert.equal(firstSafeVersion('npm', '@modelcontextprotocol/server-postgres', '0.6.2'), undefined);
  });

  it('successors name a known archived, deprecated or renamed server, and carry a source and date', () => {
    const ids = new Map(KNOWN_SERVERS.map((server) => [server.id, server]));
    for (const entry of (successors as { successors: { from: string; ecosystem: string; package: string; source: string; date: string }[] }).successors) {
      const server = ids.get(entry.from);
      assert.ok(server, `${entry.from} is not in known-servers.json`);
      assert.ok(['archived', 'deprecated', 'renamed'].includes(server.status), `${entry.from} is ${server.status}`);
      assert.ok(/^https:\/\//.test(entry.source) && /^\d{4}-\d{2}-\d{2}$/.test(entry.date), `${entry.from}: source/date`);
      assert.ok(['npm', 'pypi', 'oci'].includes(entry.ecosystem), entry.package);
    }
  });

  it('no known server is reported as a look-alike of another', () => {
    for (const server of KNOWN_SERVERS) {
      for (const identity of [`${server.ecosystem}:${server.package}`, ...server.aliases]) {
        const colon = identity.indexOf(':');
        const ecosystem = identity.slice(0, colon);
        const name = identity.slice(colon + 1);
        if (ecosystem === 'remote') continue;
        assert.ok(knownServerByPackage(ecosystem, name), identity);
        assert.equal(findLookalike(ecosystem, name), undefined, `${identity} matched as a look-alike`);
      }
    }
  });
});
