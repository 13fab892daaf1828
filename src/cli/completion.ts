/**
 * What `railnext completion <shell>` completes, read from the program's own
 * commander definition (so options other commands add are offered too) and
 * from the catalog (every station's id, name and aliases, every route and service id).
 */
import type { Command } from 'commander';
import type { Catalog } from '../domain/model.js';
import type { CompletionSpec } from '../render/completion.js';

export function completionSpec(program: Command, catalog: Catalog): CompletionSpec {
  const options = program.options
    .filter((o) => o.long && !o.hidden)
    .map((o) => ({
      flag: o.long!,
      description: o.description,
      takesValue: o.required || o.optional,
      // "--schedules <path>": the value is a file or folder.
      ...(/<(path|file|dir)/.test(o.flags) ? { path: true } : {}),
      ...(o.argChoices ? { choices: o.argChoices } : {}),
    }));
  options.push({ flag: '--help', description: 'show help', takesValue: false });
  const subcommands = program.commands.map((c) => {
    const choices = c.registeredArguments[0]?.argChoices;
    return { name: c.name(), description: c.description(), ...(choices ? { arguments: choices } : {}) };
  });
  // Matching ignores case, so "Khasan" adds nothing to "khasan": keep the first spelling.
  const places = new Map<string, string>();
  const names = [...catalog.stations.flatMap((s) => [s.id, s.name, ...s.aliases]), ...catalog.routes.map((r) => r.id), ...catalog.services.map((s) => s.id)];
  for (const name of names) if (!places.has(name.toLowerCase())) places.set(name.toLowerCase(), name);
  return { command: program.name(), subcommands, options, places: [...places.values()] };
}
