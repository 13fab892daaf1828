/**
 * The manual page `npm run build` writes (man/railnext.1): groff renders it
 * without a warning, with the sections a man page has, and it lists every
 * command and every option --help lists, with the same words.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProgram } from '../../src/cli.js';
import { manPage, roff } from '../../src/cli/man.js';
import { runCli } from '../helpers/run-cli.js';
import { hasCommand, ROOT } from '../helpers/shells.js';

const PAGE = `${ROOT}/man/railnext.1`;
const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));

/** The page as `man` shows it, 200 columns wide so that no description is wrapped. */
function rendered(): { text: string; stderr: string; code: number | null } {
  const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-rLL=200n', PAGE], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
  });
  // Bold and underlined letters come as overstrikes (X\bX): the letters alone.
  return { text: r.stdout.replace(/.\x08/g, ''), stderr: r.stderr, code: r.status };
}

describe('man/railnext.1', () => {
  it("is the page the declaration gives now (the build wrote it), installed through package.json's man", () => {
    expect(readFileSync(PAGE, 'utf8')).toBe(
      manPage(describeProgram(), { version: pkg.version, summary: pkg.description }),
    );
    // An array: npm links a man page on a global install only when `man` is one (a string is ignored).
    expect(pkg.man).toEqual(['./man/railnext.1']);
    expect(pkg.files).toContain('man');
  });

  describe.skipIf(process.env.CI !== 'true' && !hasCommand('groff'))('rendered by groff', () => {
    it('renders with no warning, with every section of a man page in order', () => {
      const { text, stderr, code } = rendered();
      expect([code, stderr]).toEqual([0, '']);
      const sections = text.split('\n').filter((l) => /^[A-Z][A-Z ]+$/.test(l));
      expect(sections).toEqual([
        'NAME',
        'SYNOPSIS',
        'DESCRIPTION',
        'COMMANDS',
        'OPTIONS',
        'EXIT STATUS',
        'ENVIRONMENT',
        'FILES',
        'EXAMPLES',
        'SEE ALSO',
      ]);
      expect(text).toContain(
        "railnext - Next departures of the cross-border trains and buses between Russia, North Korea and China, offline, in each station's own time zone\n",
      );
      // Hangul comes through (groff reads Latin-1 unless the page escapes it), and the quotes of the jq example stay straight.
      expect(text).toContain('railnext 평양 --date 2026-12-01 --days 31\n');
      expect(text).toContain("railnext khasan --date fri --json | jq '.departures[].departure.at'\n");
      expect(text).toMatch(
        /RAILNEXT_SCHEDULES\n +More schedule files or folders, .+ separated by the platform's path delimiter as in PATH \(: on Linux and macOS, ; on Windows\)\./,
      );
    });

    it('lists every command and option of --help, with its description', async () => {
      const { text } = rendered();
      const flat = text.replace(/\s+/g, ' ');
      for (const command of ['', 'routes', 'stations', 'validate', 'completion', 'export']) {
        const help = (await runCli([...(command ? [command] : []), '--help'])).stdout;
        expect(flat).toContain(`railnext ${help.match(/^Usage: railnext (.+)$/m)![1]}`);
        // "  --date <day>   first local date: …" (descriptions wrap onto indented lines).
        const options = help
          .slice(help.indexOf('Options:'), help.search(/\n\n(Commands|Examples):|$/))
          .split(/\n(?=  -)/)
          .slice(1);
        expect(options.length).toBeGreaterThan(0);
        for (const option of options) {
          const [, term, description] = /^\s*(\S+(?:, \S+)?(?: <\w+>)?)\s+([\s\S]+)$/.exec(option)!;
          expect(flat).toContain(`${term!.replace(/<(\w+)>/, '$1')} ${description!.replace(/\s+/g, ' ').trim()}`);
        }
      }
    });
  });

  it('escapes what roff would read as its own: dashes, quotes, backslashes, a leading dot, characters outside ASCII', () => {
    expect(roff("--tz 'local' \\ ~^`")).toBe('\\-\\-tz \\(aqlocal\\(aq \\e \\(ti\\(ha\\(ga');
    expect(roff(".hidden\n'quoted\n.x")).toBe('\\&.hidden\n\\(aqquoted\n\\&.x');
    expect(roff('평양 P’yŏngyang 😀')).toBe('\\[uD3C9]\\[uC591] P\\[u2019]y\\[u014F]ngyang \\[u1F600]');
  });
});
