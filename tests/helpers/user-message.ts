import { userMessage } from '../../src/cli/error-messages.js';
import { parsed } from '../../src/cli/request.js';
import { RailnextError, type LibraryError } from '../../src/errors.js';

/** What the CLI would print (after "railnext: ") for the error `run` throws; fails when it throws none or another kind. */
export function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RailnextError) return userMessage(error as LibraryError);
    throw error;
  }
  throw new Error('expected an error, none was thrown');
}

/** What the CLI prints for `text` given to `option`, parsed by `parse` as the option's argParser does. */
export function optionMessage<T>(option: string, parse: (text: string) => T, text: string): string {
  return messageOf(() => {
    const p = parsed(option, parse)(text);
    if (!p.ok) throw p.error;
  });
}
