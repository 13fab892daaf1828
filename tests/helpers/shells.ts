/**
 * The real shells completing a railnext command line with the script
 * `railnext completion <shell>` prints, the bin on their PATH as `railnext`:
 * bash through its completion function (COMP_WORDS, COMP_CWORD, then
 * COMPREPLY, as bash's readline would call it), zsh in a pseudo-terminal
 * (zpty) pressing Tab with compinit loaded, fish with `complete -C`, which
 * prints the candidates fish would offer.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, CACHE_HOME } from './run-bin.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether `command` (a shell, groff) can be run here. */
export function hasCommand(command: string): boolean {
  return spawnSync(command, ['--version']).status === 0;
}

/** A folder holding `railnext` (a link to this checkout's bin), for the front of PATH; one per checkout, kept between runs. */
function binFolder(): string {
  const dir = join(tmpdir(), `railnext-shells-${createHash('sha256').update(BIN).digest('hex').slice(0, 12)}`);
  mkdirSync(dir, { recursive: true });
  try {
    symlinkSync(BIN, join(dir, 'railnext'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return dir;
}

export interface ShellOptions {
  /** Added to the shell's environment: PATH (with railnext and node on it), HOME, LANG=C.UTF-8 and XDG_CACHE_HOME. */
  env?: Record<string, string>;
}

function shellEnv(options: ShellOptions, home: string): Record<string, string> {
  return {
    PATH: [binFolder(), dirname(process.execPath), process.env.PATH ?? ''].join(':'),
    HOME: home,
    LANG: 'C.UTF-8',
    XDG_CACHE_HOME: CACHE_HOME,
    ...options.env,
  };
}

export interface ShellResult {
  /** The candidates, one array per line completed. */
  candidates: string[][];
  stderr: string;
}

/**
 * bash: for each line of words (the last one being completed), sets
 * COMP_WORDS and COMP_CWORD as bash does (it splits `--format=c` into
 * `--format`, `=`, `c`), calls the function `complete -p railnext` names, and
 * collects COMPREPLY. The first line of stdout is `complete -p`'s.
 */
export function completeInBash(lines: string[][], options: ShellOptions = {}): ShellResult & { registration: string } {
  const quote = (w: string) => `'${w.replace(/'/g, "'\\''")}'`;
  const script = [
    'source <(railnext completion bash)',
    'complete -p railnext',
    'fn=$(complete -p railnext | sed -n "s/.*-F \\([^ ]*\\) .*/\\1/p")',
    ...lines.flatMap((words) => [
      `COMP_WORDS=(railnext ${words.map(quote).join(' ')}); COMP_CWORD=${words.length}; COMPREPLY=()`,
      '"$fn"; echo "<line>"; printf "%s\\n" "${COMPREPLY[@]}"',
    ]),
  ].join('\n');
  const home = mkdtempSync(join(tmpdir(), 'railnext-bash-'));
  try {
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: shellEnv(options, home),
    });
    const [registration = '', ...blocks] = r.stdout.split('<line>\n');
    return {
      registration: registration.trim(),
      candidates: blocks.map((b) => b.split('\n').filter(Boolean)),
      stderr: r.stderr,
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * zsh: starts an interactive `zsh -f` in a pseudo-terminal (zsh/zpty), loads
 * compinit and the script, then types each line and Tab. compadd is wrapped
 * to write the matches zsh accepted (after its own matching, with the prefix
 * it keeps, such as `--format=`) to a file, once per completion.
 */
export function completeInZsh(lines: string[], options: ShellOptions = {}): ShellResult {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-zsh-'));
  const out = join(dir, 'out');
  const init = join(dir, 'init.zsh');
  writeFileSync(
    init,
    `PROMPT='' RPROMPT='' PS2=''
autoload -Uz compinit && compinit -u -D
source <(railnext completion zsh)
zmodload zsh/zutil
compadd() {
  # zsh's own helpers collect matches with -O, -A or -D: leave those alone.
  if (( \${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return; fi
  local -a hits apre hpre skip
  zparseopts -E -a skip P:=apre p:=hpre
  builtin compadd -O hits "$@"
  (( $#hits )) && print -rl -- "$IPREFIX\${apre[2]}\${hpre[2]}"\${^hits} >> ${out}
  builtin compadd "$@"
}
_test_completer() { _complete; local r=$?; print -r -- '<done>' >> ${out}; return r }
zstyle ':completion:*' completer _test_completer
bindkey '^I' complete-word
print -r -- '<ready>' >> ${out}
`,
  );
  const drive = `zmodload zsh/zpty zsh/zselect || exit 3
out=$1; shift
wait_for() {
  integer i
  for (( i = 0; i < 1500; i++ )); do
    [[ -f $out && "$(<$out)" == *"$1" ]] && return 0
    zpty -rt z junk; zselect -t 2
  done
  print -u2 "zsh: timed out waiting for $1"; exit 4
}
zpty z zsh -f -i
zpty -w z "source \${(q)1}"; shift
wait_for '<ready>'
integer n=0
for line; do
  print -r -- '<line>' >> $out
  zpty -w -n z "$line"$'\\t'
  wait_for '<done>'
  # Clear the line for the next one (^U is kill-whole-line in zsh's emacs keymap).
  zpty -w -n z $'\\C-u'
done
zpty -d z
`;
  const driver = join(dir, 'drive.zsh');
  writeFileSync(driver, drive);
  try {
    const r = spawnSync('zsh', ['-f', driver, out, init, ...lines], {
      cwd: ROOT,
      encoding: 'utf8',
      env: shellEnv(options, dir),
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`zsh exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    const text = readFileSync(out, 'utf8');
    const blocks = text.split('<line>\n').slice(1);
    // zsh may add the same match twice (_files tries folders under two tags): each once, in order.
    return {
      candidates: blocks.map((b) => [...new Set(b.split('\n').filter((l) => l && l !== '<done>'))]),
      stderr: r.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** fish: `complete -C` on each line, in one fish; the candidates without their descriptions. */
export function completeInFish(lines: string[], options: ShellOptions = {}): ShellResult & { described: string[][] } {
  const home = mkdtempSync(join(tmpdir(), 'railnext-fish-'));
  try {
    const r = spawnSync(
      'fish',
      [
        '--no-config',
        '-c',
        'railnext completion fish | source; for line in $argv; echo "<line>"; complete -C $line; end',
        ...lines,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: shellEnv(options, home),
      },
    );
    const blocks = r.stdout
      .split('<line>\n')
      .slice(1)
      .map((b) => b.split('\n').filter(Boolean));
    return { candidates: blocks.map((b) => b.map((l) => l.split('\t')[0]!)), described: blocks, stderr: r.stderr };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
