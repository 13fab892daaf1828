import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, binEnv } from '../helpers/run-bin.js';
import { runCli } from '../helpers/run-cli.js';

/** Sources the printed bash script in a real bash, completes `words` (the last one partial) and returns COMPREPLY. */
function completeInBash(...words: string[]): string[] {
  const script = [
    `source <("${process.execPath}" "${BIN}" completion bash)`,
    `COMP_WORDS=(railnext ${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length}`,
    '_railnext',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', env: binEnv({ LANG: 'C.UTF-8' }) });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('railnext completion bash, sourced in bash', () => {
  it('completes a partial station name, ignoring case, in any script', () => {
    expect(completeInBash('kha')).toEqual(['khasan', 'khabarovsk', 'khasan-tumangang', 'khabarovsk-pyongyang']);
    expect(completeInBash('GRODE')).toEqual(['grodekovo', 'Grodekowo', 'grodekovo-suifenhe']);
    expect(completeInBash('Ха')).toEqual(['Хасан', 'Хабаровск']);
    expect(completeInBash('평')).toEqual(['평양']);
  });

  it('offers an alias with a space quoted, as one word', async () => {
    expect(completeInBash('tumen')).toEqual(['Tumen\\ River', 'Tumen\\ River\\ Station', 'tumen-road-bridge']);
  });

  it('goes on completing a name typed with an escaped space or in quotes', () => {
    expect(completeInBash('Tumen\\ R')).toEqual(['Tumen\\ River', 'Tumen\\ River\\ Station']);
    expect(completeInBash('Tumen\\ River\\ S')).toEqual(['Tumen\\ River\\ Station']);
    expect(completeInBash('"Tumen R')).toEqual(['Tumen\\ River', 'Tumen\\ River\\ Station']);
  });

  it('completes subcommands first, options after a dash, format names after --format', () => {
    expect(completeInBash('ro')).toEqual(['routes']);
    expect(completeInBash('khasan', '--fo')).toEqual(['--format']);
    expect(completeInBash('khasan', '--format', '')).toEqual(['table', 'json', 'ndjson', 'csv', 'ics']);
    expect(completeInBash('khasan', '--format', 'n')).toEqual(['ndjson']);
    expect(completeInBash('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(completeInBash('khasan', '--date', '')).toEqual([]);
    // A schedules path is left to the shell's own file completion.
    expect(completeInBash('--schedules', '')).toEqual([]);
  });

  it('leaves the shell\'s nocasematch as it found it', () => {
    const r = spawnSync('bash', ['-c', `source <("${process.execPath}" "${BIN}" completion bash); COMP_WORDS=(railnext k); COMP_CWORD=1; _railnext; shopt nocasematch`], { encoding: 'utf8', env: { ...process.env, ...binEnv() } });
    expect(r.stdout).toMatch(/^nocasematch\s+off\n$/);
  });
});

describe('railnext completion zsh and fish', () => {
  it('prints a zsh script that registers itself and knows the stations', async () => {
    const r = await runCli(['completion', 'zsh']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('#compdef railnext\n')).toBe(true);
    expect(r.stdout).toContain("--format) compadd -- 'table' 'json' 'ndjson' 'csv' 'ics'; return ;;");
    expect(r.stdout).toContain("'Tuman'\\''gang'");
    expect(r.stdout).toContain('else compdef _railnext railnext; fi\n');
  });

  it('prints a fish script with one quoted candidate per place', async () => {
    const r = await runCli(['completion', 'fish']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("complete -c railnext -l format -x -a 'table json ndjson csv ics' -d 'output format (default: table)'\n");
    expect(r.stdout).toContain("complete -c railnext -n 'not __fish_seen_subcommand_from routes stations validate completion export' -a '\\'Tumen River\\''\n");
  });

  it('rejects a shell it does not know', async () => {
    const r = await runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('railnext: shell: invalid value "tcsh" (expected bash, zsh, fish) (see railnext --help)\n');
  });
});
