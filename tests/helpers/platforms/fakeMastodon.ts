import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  applyFault,
  createFaultQueue,
  recordRequest,
  sendJson,
  startHttpServer,
  type Fault,
  type RecordedRequest,
} from './fakeHttp';
import {
  makeAccount,
  makeStatus,
  paragraphs,
  type AccountInput,
  type MastodonAccountJson,
} from './mastodonEntities';

/**
 * A local Mastodon instance for tests and end-to-end runs. Speaks the real REST protocol
 * for what Luister uses: verify_credentials, v2 search, hashtag timelines, mention
 * notifications, status context, posting statuses with Idempotency-Key; newest-first
 * lists with max_id/since_id/min_id and Link headers; rate-limit headers; real error
 * bodies. Plain Node: no test framework imports.
 */
export interface FakeMastodonOptions {
  token?: string;
  brand?: { username: string; displayName?: string };
  /** Epoch ms source for created_at; defaults to Date.now. */
  now?: () => number;
  /** Rate-limit budget per window (X-RateLimit-Limit). */
  rateLimit?: number;
  /** Answer 429 with a Retry-After header (seconds) besides X-RateLimit-Reset. */
  retryAfterSeconds?: number;
}

export interface SeedStatusInput {
  /** Plain text (turned into Mastodon HTML) … */
  text?: string;
  /** … or the exact HTML content. */
  html?: string;
  author?: Partial<AccountInput> & { username: string };
  inReplyToId?: string;
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  language?: string | null;
  spoilerText?: string;
  media?: { type: 'image' | 'video' | 'gifv' | 'audio'; description: string | null }[];
  /** Also create a mention notification for the brand account. */
  mentionsBrand?: boolean;
  /** Make this status a boost of the given status id. */
  boostOf?: string;
}

export interface FakeMastodonState {
  token: string;
  brand: MastodonAccountJson;
  statuses: Record<string, unknown>[];
  notifications: Record<string, unknown>[];
  requests: RecordedRequest[];
  /** Statuses created through POST /api/v1/statuses. */
  posted: Record<string, unknown>[];
  /** Idempotency-Key → status id, as the real server remembers keys (about an hour). */
  idempotency: Map<string, string>;
  rateLimit: { limit: number; remaining: number; resetAt: number };
  /** Create the next N posted statuses, then drop the connection before answering. */
  loseNextCreateResponses: number;
}

export interface FakeMastodon {
  url: string;
  state: FakeMastodonState;
  seedStatus(input: SeedStatusInput): Record<string, unknown> & { id: string };
  /** Adds a notification whose status was deleted (`status: null`). */
  seedDeletedMention(): void;
  /** Adds a raw item (e.g. malformed) to the front of the statuses. */
  seedRaw(item: Record<string, unknown>, notification?: boolean): void;
  fail(fault: Fault, pathPrefix?: string, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const now = options.now ?? Date.now;
  const faults = createFaultQueue();
  let nextId = 113_000_000_000_000_000n;
  const newId = (): string => String((nextId += 1000n));
  const accounts = new Map<string, MastodonAccountJson>();
  let url = '';

  const handler = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const recorded = await recordRequest('mastodon', request);
    state.requests.push(recorded);
    const fault = faults.take(recorded.path);
    if (fault) return applyFault(fault, response);
    routeRequest(recorded, response);
  };
  const server = await startHttpServer(handler);
  url = server.url;
  const brandAccount = makeAccount(
    {
      id: '109000000000000001',
      username: options.brand?.username ?? 'ziggo',
      displayName: options.brand?.displayName ?? 'Ziggo',
      followers: 25_000,
    },
    url,
  );
  accounts.set(brandAccount.username, brandAccount);
  const state: FakeMastodonState = {
    token: options.token ?? 'test-token-123',
    brand: brandAccount,
    statuses: [],
    notifications: [],
    requests: [],
    posted: [],
    idempotency: new Map(),
    rateLimit: {
      limit: options.rateLimit ?? 300,
      remaining: options.rateLimit ?? 300,
      resetAt: now() + 300_000,
    },
    loseNextCreateResponses: 0,
  };

  function account(input: Partial<AccountInput> & { username: string }): MastodonAccountJson {
    const key = input.domain ? `${input.username}@${input.domain}` : input.username;
    const existing = accounts.get(key);
    if (existing) return existing;
    const created = makeAccount(
      { id: String(108_000_000_000_000_000n + BigInt(accounts.size)), ...input },
      url,
    );
    accounts.set(key, created);
    return created;
  }

  function seedStatus(input: SeedStatusInput): Record<string, unknown> & { id: string } {
    const author = account(input.author ?? { username: 'klant', displayName: 'Een Klant' });
    const boosted = input.boostOf ? state.statuses.find((s) => s.id === input.boostOf) : null;
    const parent = input.inReplyToId
      ? state.statuses.find((s) => s.id === input.inReplyToId)
      : null;
    let text = input.text ?? '';
    if (input.mentionsBrand && !input.html) text = `@${state.brand.username} ${text}`;
    const status = makeStatus(
      {
        id: newId(),
        account: author,
        content: input.html ?? paragraphs(text, url),
        createdAt: new Date(now()).toISOString(),
        inReplyTo: parent
          ? { id: parent.id as string, accountId: (parent.account as { id: string }).id }
          : null,
        visibility: input.visibility ?? 'public',
        language: input.language === undefined ? 'nl' : input.language,
        ...(input.spoilerText ? { spoilerText: input.spoilerText } : {}),
        ...(input.media ? { media: input.media } : {}),
        mentions: input.mentionsBrand ? [state.brand] : [],
        tags: [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1] ?? ''),
        reblog: boosted ?? null,
      },
      url,
    );
    state.statuses.unshift(status);
    if (input.mentionsBrand) {
      state.notifications.unshift({
        id: newId(),
        type: 'mention',
        created_at: status.created_at,
        group_key: `ungrouped-${state.notifications.length + 1}`,
        account: author,
        status,
      });
    }
    return status;
  }

  function routeRequest(request: RecordedRequest, response: ServerResponse): void {
    const limited = rateLimitHeaders();
    if (!limited.ok)
      return sendJson(response, 429, { error: 'Too many requests' }, limited.headers);
    const headers = limited.headers;
    const auth = request.headers.authorization;
    const isPublicTimeline =
      request.path.startsWith('/api/v1/timelines/tag/') && auth === undefined;
    if (!isPublicTimeline && auth !== `Bearer ${state.token}`) {
      return sendJson(response, 401, { error: 'The access token is invalid' }, headers);
    }
    const query = new URLSearchParams(request.query);
    const path = request.path;
    if (request.method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
      return sendJson(
        response,
        200,
        {
          ...state.brand,
          source: { privacy: 'public', sensitive: false, language: 'nl', note: '', fields: [] },
        },
        headers,
      );
    }
    if (request.method === 'GET' && path === '/api/v2/search')
      return search(query, response, headers);
    const tag = /^\/api\/v1\/timelines\/tag\/([^/]+)$/.exec(path);
    if (request.method === 'GET' && tag) {
      const name = decodeURIComponent(tag[1] ?? '').toLowerCase();
      const tagged = state.statuses.filter((s) =>
        ((s.tags ?? []) as { name: string }[]).some((t) => t.name === name),
      );
      return paginate(tagged, query, path, [], 40, response, headers);
    }
    if (request.method === 'GET' && path === '/api/v1/notifications') {
      const types = query.getAll('types[]');
      const matching = state.notifications.filter(
        (n) => types.length === 0 || types.includes(n.type as string),
      );
      const filters = types.map((t): [string, string] => ['types[]', t]);
      return paginate(matching, query, path, filters, 80, response, headers);
    }
    const context = /^\/api\/v1\/statuses\/(\d+)\/context$/.exec(path);
    if (request.method === 'GET' && context)
      return threadContext(context[1] ?? '', response, headers);
    const one = /^\/api\/v1\/statuses\/(\d+)$/.exec(path);
    if (request.method === 'GET' && one) {
      const status = state.statuses.find((s) => s.id === one[1]);
      return status
        ? sendJson(response, 200, status, headers)
        : sendJson(response, 404, { error: 'Record not found' }, headers);
    }
    if (request.method === 'POST' && path === '/api/v1/statuses')
      return createStatus(request, response, headers);
    sendJson(response, 404, { error: 'Record not found' }, headers);
  }

  function rateLimitHeaders(): { ok: boolean; headers: Record<string, string> } {
    if (now() >= state.rateLimit.resetAt) {
      state.rateLimit.remaining = state.rateLimit.limit;
      state.rateLimit.resetAt = now() + 300_000;
    }
    const exhausted = state.rateLimit.remaining <= 0;
    if (!exhausted) state.rateLimit.remaining -= 1;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(state.rateLimit.limit),
      'X-RateLimit-Remaining': String(state.rateLimit.remaining),
      'X-RateLimit-Reset': new Date(state.rateLimit.resetAt).toISOString(),
    };
    if (exhausted && options.retryAfterSeconds !== undefined)
      headers['Retry-After'] = String(options.retryAfterSeconds);
    return { ok: !exhausted, headers };
  }

  function search(
    query: URLSearchParams,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const q = fold(query.get('q') ?? '');
    if (!q) return sendJson(response, 400, { error: 'Validation failed: q is missing' }, headers);
    const limit = Math.min(Number(query.get('limit') ?? 20), 40);
    const offset = Number(query.get('offset') ?? 0);
    const minId = query.get('min_id');
    const maxId = query.get('max_id');
    const hits = state.statuses
      .filter(
        (s) =>
          !s.reblog && fold(stripHtml(typeof s.content === 'string' ? s.content : '')).includes(q),
      )
      .filter((s) => (minId ? BigInt(s.id as string) > BigInt(minId) : true))
      .filter((s) => (maxId ? BigInt(s.id as string) < BigInt(maxId) : true))
      // Relevance order, not time: oldest first, so clients must not assume the order.
      .reverse();
    sendJson(
      response,
      200,
      { accounts: [], statuses: hits.slice(offset, offset + limit), hashtags: [] },
      headers,
    );
  }

  function paginate(
    items: Record<string, unknown>[],
    query: URLSearchParams,
    path: string,
    filters: [string, string][],
    maxLimit: number,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const limit = Math.min(Number(query.get('limit') ?? 20), maxLimit);
    const id = (item: Record<string, unknown>): bigint => BigInt(item.id as string);
    const minId = query.get('min_id');
    const sinceId = query.get('since_id');
    const maxId = query.get('max_id');
    let page: Record<string, unknown>[];
    if (minId) {
      const newer = items.filter((item) => id(item) > BigInt(minId));
      page = newer.slice(Math.max(0, newer.length - limit));
    } else {
      page = items
        .filter((item) => (sinceId ? id(item) > BigInt(sinceId) : true))
        .filter((item) => (maxId ? id(item) < BigInt(maxId) : true))
        .slice(0, limit);
    }
    const first = page[0];
    const last = page.at(-1);
    if (first && last) {
      const base = (extra: [string, string]): string =>
        `${url}${path}?${new URLSearchParams([...filters, ['limit', String(limit)], extra]).toString()}`;
      headers = {
        ...headers,
        Link: `<${base(['max_id', last.id as string])}>; rel="next", <${base(['min_id', first.id as string])}>; rel="prev"`,
      };
    }
    sendJson(response, 200, page, headers);
  }

  function threadContext(
    id: string,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const status = [...state.statuses, ...state.posted].find((s) => s.id === id);
    if (!status) return sendJson(response, 404, { error: 'Record not found' }, headers);
    const all = [...state.statuses];
    const ancestors: Record<string, unknown>[] = [];
    let parentId = status.in_reply_to_id as string | null;
    while (parentId) {
      const parent = all.find((s) => s.id === parentId);
      if (!parent) break;
      ancestors.unshift(parent);
      parentId = parent.in_reply_to_id as string | null;
    }
    const descendants: Record<string, unknown>[] = [];
    const walk = (parent: string): void => {
      for (const child of [...all].reverse().filter((s) => s.in_reply_to_id === parent)) {
        descendants.push(child);
        walk(child.id as string);
      }
    };
    walk(id);
    sendJson(response, 200, { ancestors, descendants }, headers);
  }

  function createStatus(
    request: RecordedRequest,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const contentType = String(request.headers['content-type'] ?? '');
    const body: Record<string, unknown> = contentType.includes('json')
      ? (JSON.parse(request.body || '{}') as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(request.body));
    const key = request.headers['idempotency-key'];
    const remembered = typeof key === 'string' ? state.idempotency.get(key) : undefined;
    if (remembered) {
      return sendJson(
        response,
        200,
        state.posted.find((s) => s.id === remembered),
        headers,
      );
    }
    const text = typeof body.status === 'string' ? body.status : '';
    if (text.trim() === '')
      return sendJson(response, 422, { error: "Validation failed: Text can't be blank" }, headers);
    if ([...text].length > 500) {
      return sendJson(
        response,
        422,
        { error: 'Validation failed: Text character limit of 500 exceeded' },
        headers,
      );
    }
    const inReplyTo = typeof body.in_reply_to_id === 'string' ? body.in_reply_to_id : null;
    const parent = inReplyTo ? state.statuses.find((s) => s.id === inReplyTo) : null;
    if (inReplyTo && !parent)
      return sendJson(response, 404, { error: 'Record not found' }, headers);
    const status = makeStatus(
      {
        id: newId(),
        account: state.brand,
        content: paragraphs(text, url),
        createdAt: new Date(now()).toISOString(),
        inReplyTo: parent
          ? { id: parent.id as string, accountId: (parent.account as { id: string }).id }
          : null,
        visibility: (body.visibility as 'public' | undefined) ?? 'public',
        language: typeof body.language === 'string' ? body.language : null,
      },
      url,
    );
    state.statuses.unshift(status);
    state.posted.push(status);
    if (typeof key === 'string') state.idempotency.set(key, status.id);
    if (state.loseNextCreateResponses > 0) {
      state.loseNextCreateResponses -= 1;
      response.socket?.destroy();
      return;
    }
    sendJson(response, 200, status, headers);
  }

  return {
    url,
    state,
    seedStatus,
    seedDeletedMention() {
      state.notifications.unshift({
        id: newId(),
        type: 'mention',
        created_at: new Date(now()).toISOString(),
        group_key: 'ungrouped-x',
        account: account({ username: 'weg' }),
        status: null,
      });
    },
    seedRaw(item, notification = false) {
      const withId = { id: newId(), ...item };
      if (notification) state.notifications.unshift(withId);
      else state.statuses.unshift(withId);
    },
    fail: (fault, pathPrefix, times) => faults.add(fault, pathPrefix, times),
    close: () => server.close(),
  };
}

function stripHtml(html: string): string {
  return html.replace(/<span class="invisible">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
}

/** Search backends fold case and accents (Elasticsearch's asciifolding). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
