import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MentionChangeFeed } from '../../../../src/renderer/db/changeFeed';
import { LuisterDatabase } from '../../../../src/renderer/db/database';
import { createMentionsRepo } from '../../../../src/renderer/db/mentionsRepo';
import { defaultFilters } from '../../../../src/renderer/features/queue/queueFilters';
import { QueueIndex } from '../../../../src/renderer/features/queue/queueIndex';
import type { Mention } from '../../../../src/shared/domain/mention';
import { sampleMention } from '../../../helpers/sampleMention';

let db: LuisterDatabase;
afterEach(async () => db?.delete());

function setup() {
  db = new LuisterDatabase(`test-${crypto.randomUUID()}`);
  const feed = new MentionChangeFeed();
  return { repo: createMentionsRepo(db, feed), index: new QueueIndex(db, feed) };
}

function mention(
  id: string,
  patch: Partial<Mention['classification']> & {
    createdAt?: string;
    text?: string;
    sourceId?: string;
  } = {},
): Mention {
  const base = sampleMention(patch.sourceId ?? 'demo', id);
  const { createdAt, text, sourceId: _unused, ...classification } = patch;
  return {
    ...base,
    createdAt: createdAt ?? base.createdAt,
    text: text ?? base.text,
    classification: { ...base.classification, ...classification },
  };
}

describe('QueueIndex', () => {
  it('loads stored mentions in queue order: urgent, then urgency, then oldest', async () => {
    const { repo, index } = setup();
    await repo.ingest([
      mention('calm', { urgent: false, urgency: 0.2, sentiment: 'neutral' }),
      mention('urgent-new', { urgent: true, urgency: 0.8, createdAt: '2026-11-23T09:00:00.000Z' }),
      mention('urgent-old', { urgent: true, urgency: 0.8, createdAt: '2026-11-23T07:00:00.000Z' }),
      mention('angry', { urgent: false, urgency: 0.5 }),
    ]);
    await index.load();
    expect(index.state.phase).toBe('ready');
    expect(index.query(defaultFilters).map((entry) => entry.id)).toEqual([
      'demo:urgent-old',
      'demo:urgent-new',
      'demo:angry',
      'demo:calm',
    ]);
  });

  it('puts live mentions in their place and hides handled ones from the open queue', async () => {
    const { repo, index } = setup();
    await index.load();
    await repo.ingest([mention('a', { urgent: false, urgency: 0.3 })]);
    await repo.ingest([mention('b', { urgent: true, urgency: 0.9 })]);
    expect(index.query(defaultFilters).map((entry) => entry.id)).toEqual(['demo:b', 'demo:a']);
    await repo.setStatus('demo:b', 'handled', 'me');
    expect(index.query(defaultFilters).map((entry) => entry.id)).toEqual(['demo:a']);
    expect(index.query({ ...defaultFilters, status: 'handled' }).map((entry) => entry.id)).toEqual([
      'demo:b',
    ]);
    expect(index.query({ ...defaultFilters, status: 'all' })).toHaveLength(2);
  });

  it('filters by channel, sentiment, intent and language, and searches text and author without accents', async () => {
    const { repo, index } = setup();
    await repo.ingest([
      mention('nl-complaint', {
        lang: 'nl',
        sentiment: 'negative',
        intent: 'complaint',
        text: 'De monteur kwam niet, café dicht',
      }),
      mention('en-question', {
        lang: 'en',
        sentiment: 'neutral',
        intent: 'question',
        text: 'How do I change my plan?',
        sourceId: 'mastodon',
      }),
    ]);
    await index.load();
    const ids = (filters: Partial<typeof defaultFilters>) =>
      index.query({ ...defaultFilters, ...filters }).map((entry) => entry.id);
    expect(ids({ lang: 'en' })).toEqual(['mastodon:en-question']);
    expect(ids({ sentiment: 'negative' })).toEqual(['demo:nl-complaint']);
    expect(ids({ intent: 'question' })).toEqual(['mastodon:en-question']);
    expect(ids({ sourceId: 'mastodon' })).toEqual(['mastodon:en-question']);
    expect(ids({ search: 'CAFE monteur' })).toEqual(['demo:nl-complaint']);
    expect(ids({ search: 'sanne' })).toHaveLength(2);
    expect(index.sourceIds()).toEqual(['demo', 'mastodon']);
  });

  it('never lists a mention twice, however often it is stored', async () => {
    const { repo, index } = setup();
    await index.load();
    await repo.ingest([mention('a')]);
    await repo.markRead('demo:a');
    await repo.ingest([mention('a')]);
    expect(index.query(defaultFilters)).toHaveLength(1);
    expect(index.query(defaultFilters)[0]?.unread).toBe(false);
  });
});
