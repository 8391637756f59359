import { randomUUID } from 'node:crypto';
import type { SourceConfig, SourceConfigDraft } from '../../shared/domain/sourceConfig';
import { credentialNames } from '../../shared/domain/sourceConfig';
import { initialHealth, type SourceHealth } from '../../shared/domain/sourceHealth';
import type { SecretStore } from '../settings/secretStore';
import type { Source } from '../sources/source';
import { UserError } from '../userError';
import type { PollScheduler } from './scheduler';

export interface SourceRegistryDeps {
  scheduler: PollScheduler;
  secrets: SecretStore;
  createSource(config: SourceConfig): Source;
  /** Reads and writes the sources list in the settings file. */
  load(): SourceConfig[];
  store(sources: SourceConfig[]): void;
  forgetCursor(sourceId: string): void;
}

const TEST_TIMEOUT_MS = 30_000;

/** Adding, changing, removing and testing sources; keeps settings, secrets and the scheduler in step. */
export class SourceRegistry {
  /** One live instance per source: the poller and the reply sender share its session and state. */
  private readonly instances = new Map<string, Source>();

  constructor(private readonly deps: SourceRegistryDeps) {}

  /** Starts every enabled source. */
  start(): void {
    for (const config of this.deps.load()) if (config.enabled) this.listen(config);
  }

  list(): SourceConfig[] {
    return this.deps.load();
  }

  health(config: SourceConfig): SourceHealth {
    return this.deps.scheduler.health(config.id) ?? initialHealth(config.enabled);
  }

  async hasCredentials(config: SourceConfig): Promise<boolean> {
    const values = await Promise.all(
      credentialNames[config.type].map((name) => this.deps.secrets.get(secretKey(config.id, name))),
    );
    return values.every((value) => value !== null && value !== '');
  }

  /** Adds a source, or replaces one with the same id; restarts its listening. */
  async save(
    draft: SourceConfigDraft,
    credentials: Record<string, string> = {},
  ): Promise<SourceConfig> {
    const sources = this.deps.load();
    const config = { ...draft, id: draft.id ?? newSourceId(draft.name, sources) };
    for (const [name, value] of Object.entries(credentials)) {
      if (!(credentialNames[config.type] as readonly string[]).includes(name))
        throw new UserError('invalidInput', `A ${config.type} source has no "${name}" credential.`);
      if (value !== '') await this.deps.secrets.set(secretKey(config.id, name), value);
    }
    const index = sources.findIndex((source) => source.id === config.id);
    if (index >= 0) sources[index] = config;
    else sources.push(config);
    this.deps.store(sources);
    this.deps.scheduler.remove(config.id);
    this.instances.delete(config.id);
    if (config.enabled) this.listen(config);
    return config;
  }

  async remove(id: string): Promise<void> {
    const sources = this.deps.load();
    const config = sources.find((source) => source.id === id);
    if (!config) throw new UserError('notFound', 'That source no longer exists.');
    this.deps.scheduler.remove(id);
    this.instances.delete(id);
    this.deps.store(sources.filter((source) => source.id !== id));
    this.deps.forgetCursor(id);
    for (const name of credentialNames[config.type])
      await this.deps.secrets.delete(secretKey(id, name));
  }

  setEnabled(id: string, enabled: boolean): void {
    const sources = this.deps.load();
    const config = sources.find((source) => source.id === id);
    if (!config) throw new UserError('notFound', 'That source no longer exists.');
    config.enabled = enabled;
    this.deps.store(sources);
    this.deps.scheduler.remove(id);
    if (enabled) this.listen(config);
  }

  /** One poll from scratch, nothing ingested: what would this source find right now? */
  async test(id: string): Promise<{ found: number; sample: string[]; skipped: number }> {
    const config = this.deps.load().find((source) => source.id === id);
    if (!config) throw new UserError('notFound', 'That source no longer exists.');
    const result = await this.deps
      .createSource(config)
      .poll(null, AbortSignal.timeout(TEST_TIMEOUT_MS));
    if (!result.ok) throw new UserError(`source.${result.error.kind}`, result.error.message);
    const { mentions, skipped } = result.value;
    return {
      found: mentions.length,
      sample: mentions.slice(0, 3).map((mention) => mention.text.slice(0, 200)),
      skipped,
    };
  }

  /** Finds the source that can answer a mention. */
  sourceFor(id: string): Source {
    const config = this.deps.load().find((source) => source.id === id);
    if (!config)
      throw new UserError(
        'notFound',
        'The source of this mention was removed, so it cannot be answered from Luister.',
      );
    return this.instance(config);
  }

  private listen(config: SourceConfig): void {
    this.deps.scheduler.add(this.instance(config), config.intervalSeconds * 1000);
  }

  private instance(config: SourceConfig): Source {
    let source = this.instances.get(config.id);
    if (!source) {
      source = this.deps.createSource(config);
      this.instances.set(config.id, source);
    }
    return source;
  }
}

/** Where a source's credential lives in the secret store. */
export function secretKey(sourceId: string, name: string): string {
  return `source:${sourceId}:${name}`;
}

function newSourceId(name: string, existing: SourceConfig[]): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .slice(0, 40) || 'source';
  const taken = new Set(existing.map((source) => source.id));
  return taken.has(base) ? `${base}-${randomUUID().slice(0, 6)}` : base;
}
