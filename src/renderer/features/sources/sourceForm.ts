import {
  DEFAULT_INTERVAL_SECONDS,
  type SourceConfig,
  type SourceConfigDraft,
  type SourceType,
} from '../../../shared/domain/sourceConfig';

/** The add/edit form's fields, as strings the inputs hold. */
export interface SourceFormValues {
  id?: string;
  type: SourceType;
  name: string;
  enabled: boolean;
  intervalSeconds: string;
  terms: string;
  exclude: string;
  url: string;
  baseUrl: string;
  hashtags: string;
  handle: string;
  notifications: boolean;
  /** Mastodon access token or Bluesky app password; empty keeps the stored one. */
  secret: string;
  seed: string;
  paceSeconds: string;
  burstChance: string;
}

export function emptyForm(type: SourceType): SourceFormValues {
  return {
    type,
    name: '',
    enabled: true,
    intervalSeconds: String(type === 'demo' ? 2 : type === 'rss' ? 300 : DEFAULT_INTERVAL_SECONDS),
    terms: '',
    exclude: '',
    url: '',
    baseUrl: type === 'bluesky' ? 'https://bsky.social' : '',
    hashtags: '',
    handle: '',
    notifications: true,
    secret: '',
    seed: '2026',
    paceSeconds: '4',
    burstChance: '0.015',
  };
}

export function formFromConfig(config: SourceConfig): SourceFormValues {
  const base = {
    ...emptyForm(config.type),
    id: config.id,
    name: config.name,
    enabled: config.enabled,
    intervalSeconds: String(config.intervalSeconds),
    terms: config.terms.join(', '),
    exclude: config.exclude.join(', '),
  };
  switch (config.type) {
    case 'demo':
      return {
        ...base,
        seed: String(config.seed),
        paceSeconds: String(config.paceSeconds),
        burstChance: String(config.burstChance),
      };
    case 'rss':
      return { ...base, url: config.url };
    case 'mastodon':
      return {
        ...base,
        baseUrl: config.baseUrl,
        hashtags: config.hashtags.join(', '),
        notifications: config.notifications,
      };
    case 'bluesky':
      return {
        ...base,
        baseUrl: config.baseUrl,
        handle: config.handle,
        notifications: config.notifications,
      };
  }
}

/** Turns the form into a draft for `sources.save` (main validates it again) and the credentials. */
export function draftFromForm(values: SourceFormValues): {
  config: SourceConfigDraft;
  credentials: Record<string, string>;
} {
  const common = {
    ...(values.id ? { id: values.id } : {}),
    name: values.name.trim(),
    enabled: values.enabled,
    intervalSeconds: Number(values.intervalSeconds),
    terms: splitList(values.terms),
    exclude: splitList(values.exclude),
  };
  switch (values.type) {
    case 'demo':
      return {
        config: {
          ...common,
          type: 'demo',
          seed: Number(values.seed),
          paceSeconds: Number(values.paceSeconds),
          burstChance: Number(values.burstChance),
        },
        credentials: {},
      };
    case 'rss':
      return { config: { ...common, type: 'rss', url: values.url.trim() }, credentials: {} };
    case 'mastodon':
      return {
        config: {
          ...common,
          type: 'mastodon',
          baseUrl: values.baseUrl.trim(),
          hashtags: splitList(values.hashtags).map((tag) => tag.replace(/^#/, '')),
          notifications: values.notifications,
        },
        credentials: values.secret ? { token: values.secret } : {},
      };
    case 'bluesky':
      return {
        config: {
          ...common,
          type: 'bluesky',
          baseUrl: values.baseUrl.trim(),
          handle: values.handle.trim().replace(/^@/, ''),
          notifications: values.notifications,
        },
        credentials: values.secret ? { appPassword: values.secret } : {},
      };
  }
}

/** Terms are typed comma- or line-separated. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((term) => term.trim())
    .filter((term) => term !== '');
}
