/**
 * Validate, across files: names that share a slug (and so a page) are
 * warnings on the files that spell them, so `npm run check` and the build
 * print them with the content's other messages and an editor can make the
 * spelling consistent. Run by src/loadArchive.ts once per load.
 */
import type { VFile } from 'vfile';
import { reportWarning } from '../model/diagnostics.ts';
import type { SlugCollision } from './terms.ts';

export const COLLISION_RULE = 'name-collision';

export function collisionMessage(collision: SlugCollision): string {
  const names = collision.names.map((name) => `\`${name}\``).join(' and ');
  return collision.shared
    ? `Names ${names} differ only in case or accents, so they share the page ${collision.url}`
    : `Names ${names} differ only in case or accents but have separate pages ${collision.urls.join(' and ')}`;
}

export function reportCollisions(files: readonly VFile[], collisions: readonly SlugCollision[]): void {
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const collision of collisions) {
    const [preferred] = collision.names;
    for (const name of collision.names.slice(1)) {
      for (const path of collision.files[name] ?? []) {
        const file = byPath.get(path);
        if (!file) continue;
        reportWarning(file, {
          reason: collisionMessage(collision),
          rule: COLLISION_RULE,
          place: { line: 1, column: 1 },
          hint: collision.shared
            ? `The page shows \`${preferred}\`; write the name the same way everywhere (\`${name}\` here).`
            : `If they are the same, write \`${preferred}\` everywhere (\`${name}\` here).`,
        });
      }
    }
  }
}
