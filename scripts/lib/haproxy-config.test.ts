import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderHaproxyConfig, writeHaproxyConfig } from './haproxy-config.mjs';

const haproxyInstalled = spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).error === undefined;
const nodes = [1, 2, 3].map((n) => ({ name: `node-${n}`, host: '127.0.0.1', port: 3010 + n }));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('renderHaproxyConfig', () => {
  it('hashes the first path segment consistently, sticks rooms, checks /health and drops a dead node’s sessions', () => {
    const text = renderHaproxyConfig({ bind: { host: '127.0.0.1', port: 3001 }, nodes, dir: '/srv/zd/haproxy' });
    expect(text).toContain('bind 127.0.0.1:3001');
    expect(text).toContain('balance uri depth 1');
    expect(text).toContain('hash-type consistent');
    expect(text).toContain('stick on path,field(2,/) if { path_beg /draft- }');
    expect(text).toContain('option httpchk GET /health');
    expect(text).toContain('on-marked-down shutdown-sessions');
    expect(text).toContain('timeout tunnel 1h');
    expect(text).toContain('stats socket /srv/zd/haproxy/haproxy.sock');
    expect(text).toContain('server node-2 127.0.0.1:3012 check');
    expect(text).not.toContain('peers');
  });

  it('shares the stick table with peers when given, and refuses a local peer that is not among them', () => {
    const peers = [
      { name: 'lb1', host: '10.0.0.1', port: 10000 },
      { name: 'lb2', host: '10.0.0.2', port: 10000 },
    ];
    const text = renderHaproxyConfig({ bind: { host: '0.0.0.0', port: 3001 }, nodes, dir: '/run/zd', peers, localPeer: 'lb1' });
    expect(text).toContain('peers realtime_peers\n  peer lb1 10.0.0.1:10000\n  peer lb2 10.0.0.2:10000');
    expect(text).toMatch(/stick-table .* peers realtime_peers/);
    expect(() => renderHaproxyConfig({ bind: { host: '0.0.0.0', port: 3001 }, nodes, dir: '/run/zd', peers, localPeer: 'lb3' })).toThrow(
      /lb3/,
    );
    expect(() => renderHaproxyConfig({ bind: { host: '0.0.0.0', port: 3001 }, nodes: [], dir: '/run/zd' })).toThrow(/at least one/);
  });

  it.skipIf(!haproxyInstalled)('writes configurations HAProxy itself accepts (haproxy -c), with and without peers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zd-haproxy-config-'));
    dirs.push(dir);
    const plain = writeHaproxyConfig({ bind: { host: '127.0.0.1', port: 3001 }, nodes, dir });
    const checked = spawnSync('haproxy', ['-c', '-f', plain], { encoding: 'utf8' });
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const peered = writeHaproxyConfig({
      bind: { host: '127.0.0.1', port: 3001 },
      nodes,
      dir,
      peers: [
        { name: 'lb1', host: '127.0.0.1', port: 10001 },
        { name: 'lb2', host: '127.0.0.1', port: 10002 },
      ],
      localPeer: 'lb1',
    });
    const checkedPeers = spawnSync('haproxy', ['-c', '-f', peered, '-L', 'lb1'], { encoding: 'utf8' });
    expect(checkedPeers.status, checkedPeers.stdout + checkedPeers.stderr).toBe(0);
  });
});
