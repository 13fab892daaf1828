import { describe, expect, it } from 'vitest';
import { completionScript, type CompletionSpec } from '../../src/render/completion.js';

const SPEC: CompletionSpec = {
  command: 'railnext',
  subcommands: [{ name: 'completion', description: "the shell's script", arguments: ['bash', 'fish'] }],
  options: [
    { flag: '--format', description: 'output format', takesValue: true, choices: ['table', 'csv'] },
    { flag: '--date', description: 'first date: YYYY-MM-DD', takesValue: true },
    { flag: '--json', description: 'print JSON', takesValue: false },
  ],
  places: ['khasan', 'Tumen River', "Tuman'gang"],
};

describe('completionScript', () => {
  it('quotes places for bash, a quote inside as \'\\\'\'', () => {
    const script = completionScript('bash', SPEC);
    expect(script).toContain("    --format) words=('table' 'csv') ;;\n    --date) return 0 ;;\n    completion) words=('bash' 'fish') ;;\n");
    expect(script).toContain("        words=('--format' '--date' '--json')\n");
    expect(script).toContain("        words+=('khasan' 'Tumen River' 'Tuman'\\''gang')\n");
    expect(script.endsWith('complete -F _railnext railnext\n')).toBe(true);
  });

  it('writes fish lines with descriptions and one candidate per place', () => {
    expect(completionScript('fish', SPEC)).toBe(
      [
        '# fish completion for railnext. Load it with:  railnext completion fish | source',
        'complete -c railnext -f',
        "complete -c railnext -n __fish_use_subcommand -a 'completion' -d 'the shell\\'s script'",
        "complete -c railnext -n '__fish_seen_subcommand_from completion' -a 'bash fish'",
        "complete -c railnext -l format -x -a 'table csv' -d 'output format'",
        "complete -c railnext -l date -x -d 'first date: YYYY-MM-DD'",
        "complete -c railnext -l json -d 'print JSON'",
        "complete -c railnext -n 'not __fish_seen_subcommand_from completion' -a '\\'khasan\\''",
        "complete -c railnext -n 'not __fish_seen_subcommand_from completion' -a '\\'Tumen River\\''",
        "complete -c railnext -n 'not __fish_seen_subcommand_from completion' -a '\\'Tuman\\\\\\'gang\\''",
        '',
      ].join('\n'),
    );
  });

  it('gives zsh option descriptions and a matcher that ignores case', () => {
    const script = completionScript('zsh', SPEC);
    expect(script).toContain("  options=('--format:output format' '--date:first date: YYYY-MM-DD' '--json:print JSON')\n");
    expect(script).toContain("  compadd -M 'm:{a-zA-Z}={A-Za-z}' -- \"${places[@]}\"\n");
  });
});
