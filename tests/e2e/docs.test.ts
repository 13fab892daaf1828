/**
 * Every example of README.md and docs/ is what the code prints: scripts/docs.mjs runs each one through the real bin
 * (or the package, for a module) on the frozen schedules, and each page must come out as committed. When one
 * differs, `npm run docs` rewrites it; read the difference first, as it is a change users will see.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { pages, renderDocs } from '../../scripts/docs.mjs';

/** Tools the examples run besides railnext: jq for JSON, fish to show what a Tab offers. CI installs them. */
const missing = ['jq', 'fish'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

describe.skipIf(missing.length > 0 && !process.env.CI)(
  `the examples of the docs (${missing.join(', ') || 'jq and fish'} ${missing.length ? 'missing' : 'present'})`,
  () => {
    let rendered: Awaited<ReturnType<typeof renderDocs>>;
    beforeAll(async () => {
      rendered = await renderDocs();
    }, 300_000);

    it.each(pages())('%s shows what the code prints', (file) => {
      const page = rendered.find((p) => p.file === file)!;
      expect(page.committed).toBe(page.printed);
    });

    it('the README shows eight examples', () => {
      const readme = rendered.find((p) => p.file === 'README.md')!.committed;
      expect(readme.split('\n').filter((line) => line.startsWith('$ railnext ')).length).toBe(8);
    });
  },
);
