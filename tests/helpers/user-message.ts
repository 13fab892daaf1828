import { userMessage } from '../../src/cli/messages.js';
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
