/**
 * The one writer: backpressure, errors, and a feed written all or nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError, writeChunks } from '../../src/cli/write.js';
import { writeFiles } from '../../src/cli/write-feed.js';

/** A destination that takes a chunk every few milliseconds, and records how far ahead the producer ran. */
function slowReader(highWaterMark: number) {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      received.push(chunk);
      setTimeout(done, 2);
    },
  });
  return { stream, received };
}

const systemError = (code: string) => Object.assign(new Error(code), { code });

describe('writeChunks', () => {
  it('waits for the reader: the producer never runs more than a chunk ahead', async () => {
    const { stream, received } = slowReader(1024);
    let ahead = 0;
    function* lines() {
      for (let i = 0; i < 40; i++) {
        ahead = Math.max(ahead, i - received.length);
        yield `${String(i).padStart(4, '0')}${'x'.repeat(20_000)}\n`;
      }
    }
    await writeChunks(stream, lines());
    expect(received.length).toBe(40);
    expect(received.map((c) => c.slice(0, 4))).toEqual(
      Array.from({ length: 40 }, (_, i) => String(i).padStart(4, '0')),
    );
    expect(ahead).toBeLessThanOrEqual(2);
  });

  it('gathers small strings into chunks of about 16 kB and passes bytes through in order', async () => {
    const { stream, received } = slowReader(1 << 20);
    const bytes = Buffer.from('bytes');
    await writeChunks(
      stream,
      (function* () {
        for (let i = 0; i < 10_000; i++) yield 'abcdefghij';
        yield bytes;
        yield 'tail';
      })(),
    );
    expect(received.map((c) => c.length)).toEqual([16_390, 16_390, 16_390, 16_390, 16_390, 16_390, 1_660, 5, 4]);
  });

  it('takes async iterables too', async () => {
    const { stream, received } = slowReader(16);
    await writeChunks(
      stream,
      (async function* () {
        yield 'a';
        yield 'b';
      })(),
    );
    expect(received.join('')).toBe('ab');
  });

  it('throws an OutputError with the system code when the destination fails, and stops pulling chunks', async () => {
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        done(systemError('ENOSPC'));
      },
    });
    failing.on('error', () => {});
    let pulled = 0;
    const error = await writeChunks(
      failing,
      (function* () {
        for (;;) {
          pulled++;
          yield 'x'.repeat(70_000);
        }
      })(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect([(error as OutputError).code, (error as OutputError).message, (error as OutputError).readerGone]).toEqual([
      'ENOSPC',
      'no space left on device',
      false,
    ]);
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('calls a closed pipe the reader going away', async () => {
    const closed = new Writable({
      write(_chunk, _encoding, done) {
        done(systemError('EPIPE'));
      },
    });
    closed.on('error', () => {});
    const error = (await writeChunks(closed, ['x']).catch((e: unknown) => e)) as OutputError;
    expect([error.code, error.readerGone]).toEqual(['EPIPE', true]);
  });
});

describe('writeFiles', () => {
  it('writes every file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'railnext-write-'));
    await writeFiles(dir, { 'a.txt': ['a', 'b'], 'b.txt': [Buffer.from('c')] });
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('ab');
  });

  it('leaves the folder as it was when a file cannot be written: no half feed, no temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'railnext-write-'));
    writeFileSync(join(dir, 'a.txt'), 'old');
    function* failing() {
      yield 'partial';
      throw new OutputError(systemError('ENOSPC'));
    }
    const error = (await writeFiles(dir, { 'a.txt': ['new'], 'b.txt': failing() }).catch(
      (e: unknown) => e,
    )) as OutputError;
    expect([error.code, error.path]).toEqual(['ENOSPC', join(dir, 'b.txt')]);
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
    expect(existsSync(join(dir, 'b.txt'))).toBe(false);
  });
});
