import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBridge } from './bridge';
import { MentionChangeFeed } from './db/changeFeed';
import { LuisterDatabase } from './db/database';
import { createMentionsRepo } from './db/mentionsRepo';
import { createOutboxRepo } from './db/outboxRepo';
import { createDraftsRepo } from './db/draftsRepo';
import { IngestSync } from './features/ingest/ingestSync';
import { OutboxSender } from './features/outbox/outboxSender';
import { QueueIndex } from './features/queue/queueIndex';
import { ServicesContext, type Services } from './services';
import { useUiStore } from './state/uiStore';
import './styles.css';

/** Wires the renderer: bridge, database, repositories, queue index, ingest and outbox. */
async function boot(root: HTMLElement): Promise<void> {
  const bridge = createBridge();
  const db = new LuisterDatabase();
  const feed = new MentionChangeFeed();
  const mentions = createMentionsRepo(db, feed);
  const outbox = createOutboxRepo(db);
  const queue = new QueueIndex(db, feed);
  const ingest = new IngestSync(bridge, mentions, (message) =>
    useUiStore.getState().reportStorageError(message),
  );
  const sender = new OutboxSender(outbox, bridge);
  const services: Services = {
    bridge,
    db,
    mentions,
    outbox,
    drafts: createDraftsRepo(db),
    queue,
    ingest,
    sender,
    userId: 'local-user',
  };

  const settings = await bridge['settings.get']({});
  if (!settings.ok) {
    root.textContent = `Luister cannot reach its main process: ${settings.error.message}`;
    return;
  }
  bridge.on('focusMention', ({ mentionId }) => useUiStore.getState().open(mentionId));
  window.addEventListener('online', () => {
    void bridge['sources.pollNow']({});
    void sender.drain();
  });

  createRoot(root).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <App initialSettings={settings.value} />
      </ServicesContext.Provider>
    </StrictMode>,
  );
  await queue.load();
  await ingest.start();
  // Replies cut off by a crash or an earlier offline spell go out now, with their own keys.
  await sender.drain();
}

const root = document.getElementById('root');
if (root) void boot(root);
