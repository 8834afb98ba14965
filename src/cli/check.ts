/**
 * `npm run check [--format github] [--content DIR]`: validates every article
 * without building. Exit 1 on any error; warnings exit 0.
 */
import { parseArgs } from 'node:util';
import { loadArchive } from '../loadArchive.ts';
import { formatMessages, type ReportFormat } from '../report/formatMessages.ts';
import { site } from '../site.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    content: { type: 'string', default: site.contentDir },
  },
});

if (values.format !== 'text' && values.format !== 'github') {
  console.error(`Unexpected --format ${values.format}, expected text or github`);
  process.exit(2);
}

const archive = await loadArchive({ contentDir: values.content, includeDrafts: true });
console.log(formatMessages(archive.files, values.format as ReportFormat));
process.exitCode = archive.ok ? 0 : 1;
