/**
 * `npm run new -- "Headline" [--date YYYY-MM-DD] [--content-dir DIR]`:
 * scaffolds a commented article file and prints its path. See
 * src/import/newCommand.ts and docs/EDITING.md.
 */
import { processConsole } from '../import/console.ts';
import { runNew } from '../import/newCommand.ts';

process.exitCode = await runNew(process.argv.slice(2), processConsole);
