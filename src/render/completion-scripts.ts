/**
 * Shell completion scripts for bash, zsh and fish. They hold no names: on
 * every Tab they ask the program itself (`<command> __complete <shell> <cword>
 * -- <words…>`, src/cli/completion-words.ts), which answers with a first line
 * `kind<TAB>prefix` (words, files or dirs) and then one candidate a line,
 * `word<TAB>description` for zsh and fish. The command is run as it was typed
 * on the line, so a `railnext` that is not on the PATH completes too.
 */
import type { Shell } from './formats.js';

/** The hidden command the scripts call on each Tab (src/cli/commands/complete.ts). */
export const COMPLETE_COMMAND = '__complete';

/** The script for `shell`, for the program called `command`. */
export function completionScript(shell: Shell, command: string): string {
  const fn = `_${command.replace(/[^A-Za-z0-9_]/g, '_')}`;
  switch (shell) {
    case 'bash':
      return bashScript(command, fn);
    case 'zsh':
      return zshScript(command, fn);
    case 'fish':
      return fishScript(command, fn);
  }
}

function bashScript(command: string, fn: string): string {
  return `# bash completion for ${command}. Load it with:  source <(${command} completion bash)
# Each Tab asks ${command} (${command} __complete), so station names come from the
# schedules the line would load, --schedules and RAILNEXT_SCHEDULES included.
${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd=\${COMP_WORDS[0]/#\\~/$HOME} kind word flag=-f
  local -a lines
  mapfile -t lines < <("$cmd" ${COMPLETE_COMMAND} bash "$COMP_CWORD" -- "\${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null)
  COMPREPLY=()
  # After "--format=" bash's word is "=": what is being typed is what follows it.
  [[ $cur == = ]] && cur=
  # The word as typed may be escaped (my\\ dir) or quoted ("my dir): compare what it says.
  cur=\${cur#[\\"\\']}
  cur=\${cur//\\\\/}
  kind=\${lines[0]%%$'\\t'*}
  case $kind in
    files|dirs)
      [[ $kind == dirs ]] && flag=-d
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen "$flag" -- "$cur") ;;
    words)
      # Names with spaces are offered escaped, as one word.
      for word in "\${lines[@]:1}"; do
        printf -v word '%q' "$word"
        COMPREPLY+=("$word")
      done ;;
  esac
}
complete -F ${fn} ${command}
`;
}

function zshScript(command: string, fn: string): string {
  return `#compdef ${command}
# zsh completion for ${command}. Load it with:  source <(${command} completion zsh)  (after compinit),
# or save it as ${fn} in a folder of $fpath. Each Tab asks ${command} (${command} __complete).
${fn}() {
  local cmd=\${words[1]/#\\~/$HOME} kind line listed=
  local -a lines candidates descriptions
  lines=("\${(@f)$("$cmd" ${COMPLETE_COMMAND} zsh $(( CURRENT - 1 )) -- "\${(@Q)words[1,CURRENT-1]}" "\${(Q)PREFIX}" 2>/dev/null)}")
  kind=\${lines[1]%%$'\\t'*}
  # "--format=cs": the value after the "=" is what is completed.
  [[ $PREFIX == --*=* ]] && compset -P '*='
  case $kind in
    files) _files ;;
    dirs) _files -/ ;;
    words)
      for line in "\${(@)lines[2,-1]}"; do
        [[ -n $line ]] || continue
        candidates+=("\${line%%$'\\t'*}")
        if [[ $line == *$'\\t'* ]]; then
          descriptions+=("\${line%%$'\\t'*}  -- \${line#*$'\\t'}")
          listed=-l
        else
          descriptions+=("$line")
        fi
      done
      # The matching is done: ${command} ignores case and accents, in every script.
      (( $#candidates )) && compadd -U $listed -d descriptions -- "\${candidates[@]}" ;;
  esac
}
if [[ \${funcstack[1]} == ${fn} ]]; then ${fn} "$@"; else compdef ${fn} ${command}; fi
`;
}

function fishScript(command: string, fn: string): string {
  return `# fish completion for ${command}. Load it with:  ${command} completion fish | source
# or save it as ~/.config/fish/completions/${command}.fish. Each Tab asks ${command} (${command} __complete).
function ${fn}
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -l lines ($words[1] ${COMPLETE_COMMAND} fish (count $words) -- $words $current 2>/dev/null)
    set -q lines[1]; or return
    set -l head (string split -m 1 \\t -- $lines[1]) ''
    set -l value (string replace -r -- '^--[^=]*=' '' $current)
    switch $head[1]
        case files
            for path in (__fish_complete_path $value)
                echo -- $head[2]$path
            end
        case dirs
            for path in (__fish_complete_directories $value)
                echo -- $head[2]$path
            end
        case words
            for line in $lines[2..-1]
                echo -- $line
            end
    end
end
complete -c ${command} -f -a '(${fn})'
`;
}
