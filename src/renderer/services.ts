import { createContext, useContext } from 'react';
import type { LuisterBridge } from '../shared/bridgeApi';
import type { LuisterDatabase } from './db/database';
import type { DraftsRepo } from './db/draftsRepo';
import type { MentionsRepo } from './db/mentionsRepo';
import type { OutboxRepo } from './db/outboxRepo';
import type { IngestSync } from './features/ingest/ingestSync';
import type { OutboxSender } from './features/outbox/outboxSender';
import type { QueueIndex } from './features/queue/queueIndex';

/** What components reach through context: the bridge and the repositories, never globals. */
export interface Services {
  bridge: LuisterBridge;
  db: LuisterDatabase;
  mentions: MentionsRepo;
  outbox: OutboxRepo;
  drafts: DraftsRepo;
  queue: QueueIndex;
  ingest: IngestSync;
  sender: OutboxSender;
  /** The local user until team accounts exist. */
  userId: string;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
