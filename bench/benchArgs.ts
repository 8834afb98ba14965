/**
 * The command line of a bench script: Node's parseArgs, with the options a
 * run cannot do without named once (`required`, then typed as given) and one
 * usage error for every script — a missing option or an unknown one stops it
 * with the script's usage line.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;
type OptionName<T extends ParseArgsConfig> = keyof NonNullable<T['options']> & string;

/** `usage`: the script and its options, as `bench/indexStage.ts --content DIR --site DIR [--shard N]`. */
export function benchArgs<T extends ParseArgsConfig, R extends OptionName<T> = never>(
  usage: string,
  config: T,
  required: readonly R[] = [],
): Parsed<T> & { values: Record<R, string> } {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nUsage: ${usage}`);
  }
  const values: Record<string, unknown> = parsed.values;
  const missing = required.filter((name) => typeof values[name] !== 'string' || values[name] === '');
  if (missing.length > 0) throw new Error(`Missing ${missing.map((name) => `--${name}`).join(', ')}, expected: Usage: ${usage}`);
  return parsed as Parsed<T> & { values: Record<R, string> };
}
