/**
 * `npm run import -- FILE… [--stdout] [--force] [--date YYYY-MM-DD] [--outlet NAME] [--url URL] [--content-dir DIR]`:
 * plain-text copies in, drafted article files in content/ out. See
 * src/import/importCommand.ts and docs/EDITING.md.
 */
import { runImport } from '../import/importCommand.ts';
import { processConsole } from '../import/console.ts';

process.exitCode = await runImport(process.argv.slice(2), processConsole);
