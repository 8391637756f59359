import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Notice } from '../shared/contract';
import type { Settings } from '../shared/domain/settings';
import type { SourceConfig } from '../shared/domain/sourceConfig';
import { checkExternalUrl } from '../shared/externalUrl';
import { Alerter } from './alerts/alerter';
import { alertLanguage } from './alerts/alertTexts';
import type { Notifier } from './alerts/notifier';
import type { Handlers } from './dispatch';
import { EventHub } from './events';
import { ingestPoll } from './listening/ingest';
import { IngestJournal } from './listening/journal';
import { PollScheduler } from './listening/scheduler';
import { SourceRegistry } from './listening/sourceRegistry';
import type { Clock } from './ports';
import type { SecretStore } from './settings/secretStore';
import { loadSettings, saveSettings } from './settings/settingsFile';
import type { Source } from './sources/source';
import { UserError } from './userError';

export interface LuisterOptions {
  profileDir: string;
  shell: 'electron' | 'web';
  version: string;
  locale: string;
  clock: Clock;
  random: () => number;
  notifier: Notifier;
  secrets: SecretStore;
  createSource: (config: SourceConfig) => Source;
  /** Opens an already checked https URL in the system browser. */
  openExternal: (url: string) => void;
}

export interface Luister {
  handlers: Handlers;
  events: EventHub;
  /** Polls every source now: the system resumed or the network came back. */
  pollAllNow(): void;
  dispose(): void;
}

/**
 * Main's services wired together, the same in both shells: settings, secrets, the ingest
 * journal, the scheduler with its sources, alerts, and the contract's handlers.
 */
export function createLuister(options: LuisterOptions): Luister {
  mkdirSync(options.profileDir, { recursive: true, mode: 0o700 });
  const settingsPath = join(options.profileDir, 'settings.json');
  const notices: Notice[] = [];
  const loaded = loadSettings(settingsPath, () => options.clock.now());
  let settings: Settings = loaded.settings;
  if (loaded.backupPath) {
    notices.push({
      id: randomUUID(),
      key: 'notice.settingsReset',
      values: { backup: loaded.backupPath, problem: loaded.problem ?? '' },
      level: 'warning',
    });
  }
  const { journal, report } = IngestJournal.open(join(options.profileDir, 'journal.ndjson'));
  if (report.unreadableLines.length > 0) {
    notices.push({
      id: randomUUID(),
      key: 'notice.journalLinesSkipped',
      values: {
        count: report.unreadableLines.length,
        lines: report.unreadableLines.slice(0, 10).join(', '),
      },
      level: 'warning',
    });
  }

  const events = new EventHub();
  const alerter = new Alerter(
    options.notifier,
    join(options.profileDir, 'alerted.json'),
    () => settings.alerts.enabled,
    () => alertLanguage(settings.language, options.locale),
  );
  const disposeClick = options.notifier.onClick((mentionId) =>
    events.emit('focusMention', { mentionId }),
  );
  const saveAll = (next: Settings) => {
    saveSettings(settingsPath, next);
    settings = next;
  };
  const scheduler = new PollScheduler({
    clock: options.clock,
    random: options.random,
    cursorOf: (sourceId) => journal.cursorOf(sourceId),
    ingest: (sourceId, batch) =>
      Promise.resolve(
        ingestPoll(
          journal,
          {
            publish: (ingested) => events.emit('mentions', ingested),
            alert: (mentions) => alerter.onIngested(mentions),
          },
          sourceId,
          batch,
        ),
      ),
    onHealth: (sourceId, health) => events.emit('sourceStatus', { sourceId, health }),
  });
  const registry = new SourceRegistry({
    scheduler,
    secrets: options.secrets,
    createSource: options.createSource,
    load: () => structuredClone(settings.sources),
    store: (sources) => saveAll({ ...settings, sources }),
    forgetCursor: (sourceId) => journal.forgetSource(sourceId),
  });
  registry.start();

  const settingsView = () => ({
    language: settings.language,
    alerts: settings.alerts,
    secretsProtection: options.secrets.protection,
  });
  const handlers: Handlers = {
    'app.info': () => ({ version: options.version, shell: options.shell, locale: options.locale }),
    'app.notices': () => notices,
    'app.dismissNotice': ({ id }) => {
      const index = notices.findIndex((notice) => notice.id === id);
      if (index >= 0) notices.splice(index, 1);
      return null;
    },
    'app.openExternal': ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok)
        throw new UserError('unsafeLink', `This link was not opened: ${checked.reason}.`);
      options.openExternal(checked.url);
      return null;
    },
    'settings.get': settingsView,
    'settings.update': (patch) => {
      saveAll({ ...settings, ...patch });
      return settingsView();
    },
    'sources.list': async () =>
      Promise.all(
        registry.list().map(async (config) => ({
          config,
          health: registry.health(config),
          hasCredentials: await registry.hasCredentials(config),
        })),
      ),
    'sources.save': ({ config, credentials }) => registry.save(config, credentials),
    'sources.remove': async ({ id }) => {
      await registry.remove(id);
      return null;
    },
    'sources.setEnabled': ({ id, enabled }) => {
      registry.setEnabled(id, enabled);
      return null;
    },
    'sources.test': ({ id }) => registry.test(id),
    'sources.pollNow': () => {
      scheduler.pollAllNow();
      return null;
    },
    'ingest.pending': () => ({ batches: journal.pending() }),
    'ingest.ack': ({ seq }) => {
      journal.ack(seq);
      return null;
    },
    'replies.send': async ({ idempotencyKey, sourceId, inReplyTo, text }) => {
      const source = registry.sourceFor(sourceId);
      if (!source.reply)
        throw new UserError(
          'reply.unsupported',
          'This source is read-only: answer on the website itself.',
        );
      const result = await source.reply(
        { idempotencyKey, inReplyTo, text },
        AbortSignal.timeout(30_000),
      );
      if (!result.ok) throw new UserError(`reply.${result.error.kind}`, result.error.message);
      return result.value;
    },
    'alerts.raise': ({ mentionId, title, body }) => ({
      raised: alerter.raise({ mentionId, title, body }),
    }),
  };

  return {
    handlers,
    events,
    pollAllNow: () => scheduler.pollAllNow(),
    dispose: () => {
      scheduler.dispose();
      disposeClick();
      journal.close();
    },
  };
}
