/**
 * Reports names that share a slug (and so a page) as warnings on the files
 * that spell them, so the build prints them with the content's other
 * messages and an editor can make the spelling consistent.
 */
import type { Archive } from '../loadArchive.ts';
import { reportWarning } from '../model/diagnostics.ts';
import type { SlugCollision } from './terms.ts';

export const COLLISION_RULE = 'name-collision';

const reported = new WeakSet<Archive>();

export function collisionMessage(collision: SlugCollision): string {
  const names = collision.names.map((name) => `\`${name}\``).join(' and ');
  return collision.shared
    ? `Names ${names} differ only in case or accents, so they share the page ${collision.url}`
    : `Names ${names} differ only in case or accents but have separate pages ${collision.urls.join(' and ')}`;
}

/** Once per archive: Eleventy may compute its global data more than once. */
export function reportCollisions(archive: Archive, collisions: readonly SlugCollision[]): void {
  if (reported.has(archive)) return;
  reported.add(archive);
  const byPath = new Map(archive.files.map((file) => [file.path, file]));
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
