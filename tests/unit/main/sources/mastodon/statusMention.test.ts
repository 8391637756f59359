import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  mastodonNotificationSchema,
  mastodonStatusSchema,
} from '../../../../../src/main/sources/mastodon/entities';
import { statusToMention, unboost } from '../../../../../src/main/sources/mastodon/statusMention';

function fixture(name: string): unknown {
  return JSON.parse(
    readFileSync(new URL(`../../../../fixtures/mastodon/${name}`, import.meta.url), 'utf8'),
  );
}

const context = {
  sourceId: 'masto',
  instanceHost: 'social.ziggo.example',
  brandAccountId: '109000000000000001',
  now: Date.parse('2026-03-02T09:01:00Z'),
};

describe('a Mastodon status as a mention', () => {
  it('reads HTML content as plain text with the content warning, links, hashtags and media', () => {
    const status = mastodonStatusSchema.parse(fixture('status-rich.json'));
    const mention = statusToMention(unboost(status), context, 'Ziggo');

    expect(mention.text).toBe(
      [
        'CW: storing / outage',
        '@ziggo internet ligt er wéér uit 😡 & niemand neemt op. Zie https://allestoringen.nl/storing/ziggo/amsterdam/overzicht-van-vandaag',
        'Dit is al de 3e keer "deze week" \'echt\'\nGraag contact #ZiggoStoring :blobangry:',
        '[image: Modem met rood knipperend lampje]',
        '[video]',
      ].join('\n\n'),
    );
    expect(mention).toMatchObject({
      id: 'masto:113912345678901234',
      platform: 'mastodon',
      platformId: '113912345678901234',
      url: 'https://mastodon.social/@annedev/113912345678901234',
      createdAt: '2026-03-02T08:15:42.123Z',
      threadId: 'masto:113912345678901234',
      inReplyToId: null,
      fromBrand: false,
      matchedTerm: 'Ziggo',
      replyTarget: {
        statusId: '113912345678901234',
        acct: 'annedev',
        visibility: 'unlisted',
        lang: 'nl',
      },
      author: {
        id: 'mastodon:https://mastodon.social/@annedev',
        platform: 'mastodon',
        handle: '@annedev@social.ziggo.example',
        followers: 1834,
        profileUrl: 'https://mastodon.social/@annedev',
      },
    });
  });

  it('keeps remote replies in their thread and falls back to the username for an empty display name', () => {
    const [first] = fixture('notifications-mixed.json') as unknown[];
    const notification = mastodonNotificationSchema.parse(first);
    const status = notification.status;
    if (!status) throw new Error('fixture has a status');
    const mention = statusToMention(status, context, null);

    expect(mention.inReplyToId).toBe('masto:113900000000000700');
    expect(mention.author.displayName).toBe('jan');
    expect(mention.author.handle).toBe('@jan@tooting.example');
    expect(mention.replyTarget).toEqual({
      statusId: '113900000000000777',
      acct: 'jan@tooting.example',
      visibility: 'direct',
    });
  });

  it('rejects an item without the fields a mention needs, and accepts a null status', () => {
    const [, deleted, broken] = fixture('notifications-mixed.json') as unknown[];
    expect(mastodonNotificationSchema.safeParse(deleted).success).toBe(true);
    expect(mastodonNotificationSchema.safeParse(broken).success).toBe(false);
  });
});
