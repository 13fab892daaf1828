import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder, readCacheFile, writeCacheFile } from '../../src/cache-files.js';

describe('the cache folder', () => {
  it('is under an absolute XDG_CACHE_HOME, else under the home folder, by platform', () => {
    expect(cacheFolder({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' }, 'linux')).toBe('/x/cache/railnext');
    expect(cacheFolder({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/railnext');
    expect(cacheFolder({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Caches/railnext');
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG specification says, and has none for an empty or relative home', () => {
    expect(cacheFolder({ XDG_CACHE_HOME: 'cache', HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/railnext');
    expect(cacheFolder({ HOME: '' }, 'linux')).toBeUndefined();
    expect(cacheFolder({ HOME: 'relative/home' }, 'linux')).toBeUndefined();
    expect(cacheFolder({ HOME: '', XDG_CACHE_HOME: 'relative' }, 'linux')).toBeUndefined();
    expect(cacheFolder({ HOME: '/home/u', XDG_CACHE_HOME: '' }, 'linux')).toBe('/home/u/.cache/railnext');
  });
});

describe('cache files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-cache-files-'));

  it('read back what was written, whole', () => {
    expect(writeCacheFile(join(dir, 'a', 'railnext'), 'f.bin', 'hello')).toBe(true);
    expect(readCacheFile(join(dir, 'a', 'railnext', 'f.bin'))?.toString()).toBe('hello');
    expect(readdirSync(join(dir, 'a', 'railnext'))).toEqual(['f.bin']);
  });

  it('read as none when missing, a folder, or a FIFO (without waiting for a writer)', () => {
    expect(readCacheFile(join(dir, 'missing'))).toBeUndefined();
    mkdirSync(join(dir, 'folder'));
    expect(readCacheFile(join(dir, 'folder'))).toBeUndefined();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(readCacheFile(join(dir, 'fifo'))).toBeUndefined();
    expect(readCacheFile('/dev/null')).toBeUndefined();
  });

  it('are not written under a file, quietly', () => {
    writeFileSync(join(dir, 'a-file'), '');
    expect(writeCacheFile(join(dir, 'a-file', 'railnext', 'zones-2026e'), 'f.json', 'x')).toBe(false);
    expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('');
  });

  it('are not written into a read-only folder, and leave nothing behind', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    writeFileSync(join(ro, 'f.bin'), 'old');
    chmodSync(ro, 0o500);
    // root writes anyway: what matters is that a failure is quiet and the old file stays whole.
    const written = writeCacheFile(ro, 'f.bin', 'new');
    expect(readFileSync(join(ro, 'f.bin'), 'utf8')).toBe(written ? 'new' : 'old');
    expect(readdirSync(ro)).toEqual(['f.bin']);
    chmodSync(ro, 0o700);
  });
});
