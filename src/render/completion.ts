/**
 * Shell completion scripts for bash, zsh and fish: pure functions from what
 * there is to complete (subcommands, options, option values, station names and
 * aliases, read from the catalog when the script is printed) to the script.
 */

import type { Shell } from './formats.js';

export interface CompletionOption {
  /** "--format". */
  flag: string;
  description: string;
  /** True when the option takes a value. */
  takesValue: boolean;
  /** True when that value is a file or folder: the shell completes paths. */
  path?: boolean;
  /** The values it accepts, when they are a fixed list. */
  choices?: readonly string[];
}

export interface CompletionSpec {
  command: string;
  subcommands: { name: string; description: string; arguments?: readonly string[] }[];
  options: CompletionOption[];
  /** Station ids, names and aliases, route and service ids: anything a query may be. */
  places: string[];
}

/** Quotes a word for a POSIX shell (bash and zsh): single quotes, with ' written as '\''. */
const sh = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;

/** Quotes a word for fish, whose single quotes escape only \ and '. */
const fish = (word: string): string => `'${word.replace(/[\\']/g, (c) => `\\${c}`)}'`;

const fn = (spec: CompletionSpec): string => `_${spec.command.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** The script for `shell`. */
export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}

function bashScript(spec: CompletionSpec): string {
  const name = fn(spec);
  const valueCases = spec.options
    .filter((o) => o.takesValue)
    .map((o) => `    ${o.flag}) ${o.choices ? `words=(${o.choices.map(sh).join(' ')})` : o.path ? 'compopt -o default 2>/dev/null; COMPREPLY=(); return 0' : 'return 0'} ;;`);
  const argCases = spec.subcommands.filter((c) => c.arguments).map((c) => `    ${c.name}) words=(${c.arguments!.map(sh).join(' ')}) ;;`);
  return `# bash completion for ${spec.command}. Load it with:  source <(${spec.command} completion bash)
${name}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  # The word as typed may be escaped (Tumen\\ R) or quoted ("Tumen R): compare what it says.
  local typed=\${cur#[\\"\\']}
  typed=\${typed//\\\\/}
  local -a words
  case "$prev" in
${[...valueCases, ...argCases].join('\n')}
    *)
      if [[ "$cur" == -* ]]; then
        words=(${spec.options.map((o) => sh(o.flag)).join(' ')})
      else
        [[ $COMP_CWORD -eq 1 ]] && words=(${spec.subcommands.map((c) => sh(c.name)).join(' ')})
        words+=(${spec.places.map(sh).join(' ')})
      fi ;;
  esac
  # Case-insensitive prefix match; names with spaces are offered quoted.
  local restore word quoted
  restore=$(shopt -p nocasematch)
  shopt -s nocasematch
  COMPREPLY=()
  for word in "\${words[@]}"; do
    if [[ "$word" == "$typed"* ]]; then
      printf -v quoted '%q' "$word"
      COMPREPLY+=("$quoted")
    fi
  done
  $restore
}
complete -F ${name} ${spec.command}
`;
}

function zshScript(spec: CompletionSpec): string {
  const name = fn(spec);
  const valueCases = spec.options
    .filter((o) => o.takesValue)
    .map((o) => `    ${o.flag}) ${o.choices ? `compadd -- ${o.choices.map(sh).join(' ')}; return` : o.path ? '_files; return' : 'return'} ;;`);
  const argCases = spec.subcommands.filter((c) => c.arguments).map((c) => `    ${c.name}) compadd -- ${c.arguments!.map(sh).join(' ')}; return ;;`);
  return `#compdef ${spec.command}
# zsh completion for ${spec.command}. Load it with:  source <(${spec.command} completion zsh)  (after compinit)
${name}() {
  local -a options subcommands places
  options=(${spec.options.map((o) => sh(`${o.flag}:${o.description}`)).join(' ')})
  subcommands=(${spec.subcommands.map((c) => sh(`${c.name}:${c.description}`)).join(' ')})
  places=(${spec.places.map(sh).join(' ')})
  case \${words[CURRENT-1]} in
${[...valueCases, ...argCases].join('\n')}
  esac
  if [[ $PREFIX == -* ]]; then
    _describe -t options option options
    return
  fi
  (( CURRENT == 2 )) && _describe -t commands command subcommands
  compadd -M 'm:{a-zA-Z}={A-Za-z}' -- "\${places[@]}"
}
if [[ \${funcstack[1]} == ${name} ]]; then ${name} "$@"; else compdef ${name} ${spec.command}; fi
`;
}

function fishScript(spec: CompletionSpec): string {
  const c = spec.command;
  const names = spec.subcommands.map((s) => s.name).join(' ');
  const lines = [`# fish completion for ${c}. Load it with:  ${c} completion fish | source`, `complete -c ${c} -f`];
  for (const s of spec.subcommands) {
    lines.push(`complete -c ${c} -n __fish_use_subcommand -a ${fish(s.name)} -d ${fish(s.description)}`);
    if (s.arguments) lines.push(`complete -c ${c} -n ${fish(`__fish_seen_subcommand_from ${s.name}`)} -a ${fish(s.arguments.join(' '))}`);
  }
  for (const o of spec.options) {
    const values = o.choices ? ` -x -a ${fish(o.choices.join(' '))}` : o.path ? ' -r -F' : o.takesValue ? ' -x' : '';
    lines.push(`complete -c ${c} -l ${o.flag.replace(/^--/, '')}${values} -d ${fish(o.description)}`);
  }
  // One line per place, so a name with a space stays one candidate.
  for (const p of spec.places) lines.push(`complete -c ${c} -n ${fish(`not __fish_seen_subcommand_from ${names}`)} -a ${fish(fish(p))}`);
  return `${lines.join('\n')}\n`;
}
