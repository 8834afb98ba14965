/**
 * `npm run check [--format github] [--content DIR]`: validates every article
 * without building. Exit 1 on any error; warnings exit 0.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchive } from '../loadArchive.ts';
import { hasErrors } from '../model/diagnostics.ts';
import { formatMessages, type ReportFormat } from '../report/formatMessages.ts';
import { loadSiteSettings, site } from '../site.ts';

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
// site.yaml (beside content/) is checked with the articles, SITE_URL as the build will see it.
const settings = loadSiteSettings({ projectDir: path.dirname(path.resolve(values.content)), env: process.env });
// Counted among the files only when it has something to say.
if (settings.file.messages.length > 0) archive.files.unshift(settings.file);
archive.ok &&= !hasErrors([settings.file]);
console.log(formatMessages(archive.files, values.format as ReportFormat));
process.exitCode = archive.ok ? 0 : 1;
