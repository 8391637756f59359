/**
 * Builders for Mastodon entities shaped like a real 4.x server's JSON
 * (https://docs.joinmastodon.org/entities/), used by the fake server and by tests.
 */
export interface AccountInput {
  id: string;
  username: string;
  /** Remote accounts carry their domain in `acct`; local ones do not. */
  domain?: string | null;
  displayName?: string;
  followers?: number;
  bot?: boolean;
  suspended?: boolean;
}

export type MastodonAccountJson = Record<string, unknown> & {
  id: string;
  acct: string;
  username: string;
  url: string;
};

export function makeAccount(input: AccountInput, instance: string): MastodonAccountJson {
  const host = input.domain ?? new URL(instance).host;
  const acct = input.domain ? `${input.username}@${input.domain}` : input.username;
  const url = `https://${host}/@${input.username}`;
  return {
    id: input.id,
    username: input.username,
    acct,
    display_name: input.suspended ? '' : (input.displayName ?? input.username),
    locked: false,
    bot: input.bot ?? false,
    discoverable: true,
    indexable: true,
    group: false,
    created_at: '2022-11-05T00:00:00.000Z',
    note: input.suspended ? '' : '<p>Hallo!</p>',
    url,
    uri: `https://${host}/users/${input.username}`,
    avatar: input.domain
      ? `${instance}/avatars/original/missing.png`
      : `${instance}/system/accounts/avatars/${input.id}/original/a.png`,
    avatar_static: `${instance}/avatars/original/missing.png`,
    header: `${instance}/headers/original/missing.png`,
    header_static: `${instance}/headers/original/missing.png`,
    followers_count: input.suspended ? 0 : (input.followers ?? 12),
    following_count: 34,
    statuses_count: 56,
    last_status_at: input.suspended ? null : '2026-03-01',
    hide_collections: null,
    ...(input.suspended ? { suspended: true } : {}),
    noindex: false,
    emojis: [],
    roles: [],
    fields: [],
  };
}

export interface StatusInput {
  id: string;
  account: MastodonAccountJson;
  /** HTML content; build it with `paragraphs()` for plain text. */
  content: string;
  createdAt: string;
  inReplyTo?: { id: string; accountId: string } | null;
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  language?: string | null;
  spoilerText?: string;
  media?: { type: 'image' | 'video' | 'gifv' | 'audio'; description: string | null }[];
  mentions?: MastodonAccountJson[];
  tags?: string[];
  reblog?: Record<string, unknown> | null;
}

export function makeStatus(
  input: StatusInput,
  instance: string,
): Record<string, unknown> & { id: string } {
  const host = new URL(instance).host;
  return {
    id: input.id,
    created_at: input.createdAt,
    in_reply_to_id: input.inReplyTo?.id ?? null,
    in_reply_to_account_id: input.inReplyTo?.accountId ?? null,
    sensitive: Boolean(input.spoilerText),
    spoiler_text: input.spoilerText ?? '',
    visibility: input.visibility ?? 'public',
    language: input.reblog ? null : input.language === undefined ? 'nl' : input.language,
    uri: `${input.account.uri as string}/statuses/${input.id}`,
    url: input.reblog ? null : `${input.account.url}/${input.id}`,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    quotes_count: 0,
    edited_at: null,
    favourited: false,
    reblogged: false,
    muted: false,
    bookmarked: false,
    pinned: false,
    content: input.reblog ? '' : input.content,
    filtered: [],
    reblog: input.reblog ?? null,
    application: { name: 'Web', website: null },
    account: input.account,
    media_attachments: (input.media ?? []).map((media, index) => ({
      id: `${input.id}${index}`,
      type: media.type,
      url: `https://files.${host}/media_attachments/files/${input.id}/${index}.png`,
      preview_url: `https://files.${host}/media_attachments/files/${input.id}/${index}s.png`,
      remote_url: null,
      preview_remote_url: null,
      text_url: null,
      meta: { original: { width: 1200, height: 800, size: '1200x800', aspect: 1.5 } },
      description: media.description,
      blurhash: 'UFHx~p~q-;of',
    })),
    mentions: (input.mentions ?? []).map((account) => ({
      id: account.id,
      username: account.username,
      url: account.url,
      acct: account.acct,
    })),
    tags: (input.tags ?? []).map((tag) => ({
      name: tag.toLowerCase(),
      url: `${instance}/tags/${tag.toLowerCase()}`,
    })),
    emojis: [],
    card: null,
    poll: null,
  };
}

/** Turns plain text into Mastodon-style HTML: paragraphs, mention and hashtag links, URLs. */
export function paragraphs(text: string, instance: string): string {
  return text
    .split(/\n{2,}/)
    .map(
      (paragraph) => `<p>${linkify(escapeHtml(paragraph), instance).replace(/\n/g, '<br />')}</p>`,
    )
    .join('');
}

function linkify(html: string, instance: string): string {
  return html
    .replace(/https?:\/\/[^\s<]+/g, (url) => {
      const [, scheme = '', rest = ''] = /^(https?:\/\/)(.*)$/.exec(url) ?? [];
      const shown = rest.slice(0, 30);
      const hidden = rest.slice(30);
      return `<a href="${url}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${scheme}</span><span class="${hidden ? 'ellipsis' : ''}">${shown}</span><span class="invisible">${hidden}</span></a>`;
    })
    .replace(
      /(^|\s)#([\p{L}\p{N}_]+)/gu,
      (_m, space: string, tag: string) =>
        `${space}<a href="${instance}/tags/${tag.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`,
    )
    .replace(/(^|\s)@([\w]+)(@[\w.-]+)?/g, (_m, space: string, user: string, domain?: string) => {
      const host = domain ? domain.slice(1) : new URL(instance).host;
      return `${space}<span class="h-card" translate="no"><a href="https://${host}/@${user}" class="u-url mention">@<span>${user}</span></a></span>`;
    });
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
