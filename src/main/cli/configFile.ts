import { z } from 'zod';
import {
  DEFAULT_INTERVAL_SECONDS,
  defaultDemoSource,
  sourceConfigSchema,
  type SourceConfig,
} from '../../shared/domain/sourceConfig';
import { err, ok, type Result } from '../../shared/result';
import { locateJsonError } from './jsonLocation';

/** One source as written in the command line's config file (credentials included). */
const cliSourceSchema = z.object({
  type: z.enum(['rss', 'mastodon', 'bluesky', 'demo']),
  id: z.string().optional(),
  name: z.string().optional(),
  enabled: z.boolean().optional(),
  intervalSeconds: z.number().optional(),
  url: z.string().optional(),
  baseUrl: z.string().optional(),
  token: z.string().optional(),
  handle: z.string().optional(),
  appPassword: z.string().optional(),
  terms: z.array(z.string()).optional(),
  exclude: z.array(z.string()).optional(),
  hashtags: z.array(z.string()).optional(),
  notifications: z.boolean().optional(),
  seed: z.number().optional(),
});
type CliSource = z.infer<typeof cliSourceSchema>;

const cliFileSchema = z.object({ sources: z.array(cliSourceSchema).min(1) });

export interface CliConfig {
  sources: SourceConfig[];
  /** Secret-store entries (`source:<id>:token`, `source:<id>:appPassword`). */
  secrets: Record<string, string>;
}

/**
 * Reads the config file text: JSON syntax errors name the line and column, schema errors
 * the path (`sources[1].url`). Fields the app's settings need get defaults.
 */
export function parseCliConfig(text: string): Result<CliConfig, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    const at = locateJsonError(text);
    return err(
      `The config file is not valid JSON: ${at.problem} at line ${at.line}, column ${at.column}.`,
    );
  }
  const file = cliFileSchema.safeParse(raw);
  if (!file.success) return err(describeIssue(file.error.issues[0]));
  const sources: SourceConfig[] = [];
  const secrets: Record<string, string> = {};
  for (const [index, entry] of file.data.sources.entries()) {
    const id = entry.id ?? `${entry.type}-${index + 1}`;
    if (sources.some((s) => s.id === id))
      return err(`sources[${index}].id: "${id}" is used twice.`);
    const candidate = toSourceConfig(entry, id);
    const checked = sourceConfigSchema.safeParse(candidate);
    if (!checked.success) {
      return err(describeIssue(checked.error.issues[0], ['sources', index]));
    }
    sources.push(checked.data);
    if (entry.token) secrets[`source:${id}:token`] = entry.token;
    if (entry.appPassword) secrets[`source:${id}:appPassword`] = entry.appPassword;
  }
  return ok({ sources, secrets });
}

function toSourceConfig(entry: CliSource, id: string): unknown {
  const common = {
    id,
    name: entry.name ?? id,
    enabled: entry.enabled ?? true,
    intervalSeconds: entry.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
    terms: entry.terms ?? [],
    exclude: entry.exclude ?? [],
  };
  switch (entry.type) {
    case 'demo':
      return {
        ...defaultDemoSource(),
        ...common,
        type: 'demo',
        seed: entry.seed ?? defaultDemoSource().seed,
      };
    case 'rss':
      return { ...common, type: 'rss', url: entry.url };
    case 'mastodon':
      return {
        ...common,
        type: 'mastodon',
        baseUrl: entry.baseUrl,
        hashtags: entry.hashtags ?? [],
        notifications: entry.notifications ?? true,
      };
    case 'bluesky':
      return {
        ...common,
        type: 'bluesky',
        baseUrl: entry.baseUrl ?? 'https://bsky.social',
        handle: entry.handle,
        notifications: entry.notifications ?? true,
      };
  }
}

function describeIssue(
  issue: z.core.$ZodIssue | undefined,
  prefix: (string | number)[] = [],
): string {
  if (!issue) return 'The config file is not valid.';
  const path = formatPath([...prefix, ...issue.path]);
  return `${path || 'config'}: ${issue.message}`;
}

/** `['sources', 1, 'url']` → `sources[1].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
