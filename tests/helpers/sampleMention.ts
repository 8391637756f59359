import type { Mention } from '../../src/shared/domain/mention';

/** A valid, classified mention for tests; override what the test is about. */
export function sampleMention(
  sourceId: string,
  platformId: string,
  overrides: Partial<Mention> = {},
): Mention {
  const id = `${sourceId}:${platformId}`;
  return {
    id,
    sourceId,
    platform: 'demo',
    platformId,
    url: `https://social.example/@sanne/${platformId}`,
    text: 'Mijn internet ligt er alweer uit @Polderstroom',
    title: null,
    createdAt: '2026-11-23T08:00:00.000Z',
    fetchedAt: '2026-11-23T08:00:01.000Z',
    author: {
      id: 'demo:sanne',
      platform: 'demo',
      handle: '@sanne',
      displayName: 'Sanne',
      followers: 120,
      profileUrl: 'https://social.example/@sanne',
    },
    threadId: id,
    inReplyToId: null,
    fromBrand: false,
    matchedTerm: 'Polderstroom',
    replyTarget: null,
    classification: {
      lang: 'nl',
      sentiment: 'negative',
      score: -0.7,
      intent: 'complaint',
      abusive: false,
      urgent: true,
      urgency: 0.85,
      reasons: ['reason.repeatContact:alweer'],
    },
    ...overrides,
  };
}
