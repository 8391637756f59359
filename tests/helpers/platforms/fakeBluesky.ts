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
  byteRangeOf,
  fakeCid,
  makePostView,
  makeProfileBasic,
  makeProfileDetailed,
  type ProfileInput,
} from './blueskyEntities';

/**
 * A local Bluesky: an entryway (createSession/refreshSession) and the account's PDS
 * (everything else, as the PDS proxies app.bsky.* to the AppView) on two ports sharing
 * state. XRPC errors use the real names and statuses (ExpiredToken is HTTP 400). Plain
 * Node: no test framework imports.
 */
export interface FakeBlueskyOptions {
  brand?: { did: string; handle: string; appPassword: string };
  now?: () => number;
  rateLimit?: number;
}

export interface SeedPostInput {
  text: string;
  author?: ProfileInput;
  /** Reply to this post (uri); root is taken from the parent. */
  replyTo?: string;
  /** Add a mention facet for the brand and list it in the brand's notifications. */
  mentionsBrand?: boolean;
  langs?: string[];
  /** Minutes before now the post was written and indexed. */
  minutesAgo?: number;
  images?: { alt: string }[];
  link?: { shown: string; uri: string };
}

type Post = Record<string, unknown> & { uri: string; cid: string; indexedAt: string };

export interface FakeBlueskyState {
  brand: { did: string; handle: string; appPassword: string };
  profiles: Map<string, ProfileInput>;
  posts: Post[];
  notifications: Record<string, unknown>[];
  /** Records in the brand's repo by rkey (replies we created). */
  records: Map<string, { uri: string; cid: string; value: Record<string, unknown> }>;
  accessTokens: Map<string, { did: string; expired: boolean }>;
  refreshTokens: Map<string, { did: string; revoked: boolean }>;
  requests: RecordedRequest[];
  createSessionCalls: number;
  refreshCalls: number;
  rateLimit: { limit: number; remaining: number; resetAt: number };
  /** Create the next N records, then drop the connection before answering. */
  loseNextCreateResponses: number;
}

export interface FakeBluesky {
  /** The entryway (configure this as the source's baseUrl). */
  url: string;
  /** The PDS announced in the session's DID document. */
  pdsUrl: string;
  state: FakeBlueskyState;
  seedPost(input: SeedPostInput): Post;
  seedRaw(item: Record<string, unknown>): void;
  /** Every access token issued so far now answers 400 ExpiredToken. */
  expireAccessTokens(): void;
  fail(fault: Fault, pathPrefix?: string, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeBluesky(options: FakeBlueskyOptions = {}): Promise<FakeBluesky> {
  const now = options.now ?? Date.now;
  const faults = createFaultQueue();
  let counter = 0;
  const brand = options.brand ?? {
    did: 'did:plc:ziggobrand0000000000000',
    handle: 'ziggo.bsky.social',
    appPassword: 'abcd-efgh-ijkl-mnop',
  };
  const state: FakeBlueskyState = {
    brand,
    profiles: new Map([
      [brand.did, { did: brand.did, handle: brand.handle, displayName: 'Ziggo', followers: 5000 }],
    ]),
    posts: [],
    notifications: [],
    records: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    requests: [],
    createSessionCalls: 0,
    refreshCalls: 0,
    rateLimit: {
      limit: options.rateLimit ?? 3000,
      remaining: options.rateLimit ?? 3000,
      resetAt: now() + 300_000,
    },
    loseNextCreateResponses: 0,
  };
  let pdsUrl = '';

  const handlerFor =
    (server: 'entryway' | 'pds') =>
    async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
      const recorded = await recordRequest(server, request);
      state.requests.push(recorded);
      const fault = faults.take(recorded.path);
      if (fault) return applyFault(fault, response);
      route(recorded, response);
    };
  const entryway = await startHttpServer(handlerFor('entryway'));
  const pds = await startHttpServer(handlerFor('pds'));
  pdsUrl = pds.url;

  function xrpcError(
    response: ServerResponse,
    status: number,
    error: string,
    message: string,
    headers: Record<string, string> = {},
  ): void {
    sendJson(response, status, { error, message }, headers);
  }

  function issueSession(did: string): Record<string, unknown> {
    counter += 1;
    const accessJwt = `access-${counter}`;
    const refreshJwt = `refresh-${counter}`;
    state.accessTokens.set(accessJwt, { did, expired: false });
    state.refreshTokens.set(refreshJwt, { did, revoked: false });
    return {
      did,
      handle: brand.handle,
      accessJwt,
      refreshJwt,
      didDoc: {
        '@context': ['https://www.w3.org/ns/did/v1'],
        id: did,
        alsoKnownAs: [`at://${brand.handle}`],
        service: [
          { id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: pdsUrl },
        ],
      },
      email: 'webcare@ziggo.example',
      emailConfirmed: true,
      active: true,
    };
  }

  function rateHeaders(): Record<string, string> {
    if (now() >= state.rateLimit.resetAt) {
      state.rateLimit = {
        ...state.rateLimit,
        remaining: state.rateLimit.limit,
        resetAt: now() + 300_000,
      };
    }
    state.rateLimit.remaining = Math.max(-1, state.rateLimit.remaining - 1);
    return {
      'RateLimit-Limit': String(state.rateLimit.limit),
      'RateLimit-Remaining': String(Math.max(0, state.rateLimit.remaining)),
      'RateLimit-Reset': String(Math.ceil(state.rateLimit.resetAt / 1000)),
      'RateLimit-Policy': `${state.rateLimit.limit};w=300`,
    };
  }

  function route(request: RecordedRequest, response: ServerResponse): void {
    const headers = rateHeaders();
    if (state.rateLimit.remaining < 0) {
      return xrpcError(response, 429, 'RateLimitExceeded', 'Rate Limit Exceeded', headers);
    }
    const nsid = request.path.replace(/^\/xrpc\//, '');
    const query = new URLSearchParams(request.query);
    const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1] ?? null;
    if (nsid === 'com.atproto.server.createSession') {
      state.createSessionCalls += 1;
      const body = JSON.parse(request.body || '{}') as { identifier?: string; password?: string };
      if (
        (body.identifier === brand.handle || body.identifier === brand.did) &&
        body.password === brand.appPassword
      ) {
        return sendJson(response, 200, issueSession(brand.did), headers);
      }
      return xrpcError(
        response,
        401,
        'AuthenticationRequired',
        'Invalid identifier or password',
        headers,
      );
    }
    if (nsid === 'com.atproto.server.refreshSession') {
      state.refreshCalls += 1;
      const refresh = bearer ? state.refreshTokens.get(bearer) : undefined;
      if (!refresh)
        return xrpcError(response, 400, 'InvalidToken', 'Token could not be verified', headers);
      if (refresh.revoked)
        return xrpcError(response, 400, 'ExpiredToken', 'Token has been revoked', headers);
      refresh.revoked = true;
      return sendJson(response, 200, issueSession(refresh.did), headers);
    }
    if (!bearer)
      return xrpcError(response, 401, 'AuthenticationRequired', 'Authentication Required', headers);
    const session = state.accessTokens.get(bearer);
    if (!session)
      return xrpcError(response, 401, 'InvalidToken', 'Token could not be verified', headers);
    if (session.expired)
      return xrpcError(response, 400, 'ExpiredToken', 'Token has expired', headers);
    switch (nsid) {
      case 'app.bsky.feed.searchPosts':
        return searchPosts(query, response, headers);
      case 'app.bsky.notification.listNotifications':
        return listNotifications(query, response, headers);
      case 'app.bsky.actor.getProfiles':
        return getProfiles(query, response, headers);
      case 'com.atproto.repo.getRecord':
        return getRecord(query, response, headers);
      case 'com.atproto.repo.createRecord':
        return createRecord(request, session.did, response, headers);
      default:
        return xrpcError(response, 501, 'MethodNotImplemented', 'Method Not Implemented', headers);
    }
  }

  function searchPosts(
    query: URLSearchParams,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const q = (query.get('q') ?? '').toLowerCase();
    if (!q)
      return xrpcError(
        response,
        400,
        'InvalidRequest',
        'Error: Params must have the property "q"',
        headers,
      );
    const limit = Math.min(Number(query.get('limit') ?? 25), 100);
    const offset = Number(query.get('cursor') ?? 0);
    const since = query.get('since');
    const hits = state.posts
      .filter((post) =>
        asText((post.record as { text?: unknown }).text)
          .toLowerCase()
          .includes(q),
      )
      .filter((post) => (since ? sortAt(post) >= Date.parse(since) : true))
      .sort((a, b) => sortAt(b) - sortAt(a));
    const page = hits.slice(offset, offset + limit);
    const more = offset + limit < hits.length;
    sendJson(
      response,
      200,
      { posts: page, hitsTotal: hits.length, ...(more ? { cursor: String(offset + limit) } : {}) },
      headers,
    );
  }

  function listNotifications(
    query: URLSearchParams,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const reasons = query.getAll('reasons');
    const limit = Math.min(Number(query.get('limit') ?? 50), 100);
    const cursor = query.get('cursor');
    const matching = state.notifications
      .filter((n) => reasons.length === 0 || reasons.includes(n.reason as string))
      .filter((n) => (cursor ? (n.indexedAt as string) < cursor : true));
    const page = matching.slice(0, limit);
    const last = page.at(-1);
    sendJson(
      response,
      200,
      {
        notifications: page,
        priority: false,
        ...(matching.length > limit && last ? { cursor: last.indexedAt } : {}),
      },
      headers,
    );
  }

  function getProfiles(
    query: URLSearchParams,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const actors = query.getAll('actors');
    if (actors.length > 25)
      return xrpcError(
        response,
        400,
        'InvalidRequest',
        'Error: actors must not have more than 25 elements',
        headers,
      );
    const profiles = actors
      .map((did) => state.profiles.get(did))
      .filter((p): p is ProfileInput => p !== undefined);
    sendJson(response, 200, { profiles: profiles.map(makeProfileDetailed) }, headers);
  }

  function getRecord(
    query: URLSearchParams,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const rkey = query.get('rkey') ?? '';
    const record = query.get('repo') === brand.did ? state.records.get(rkey) : undefined;
    if (!record) {
      return xrpcError(
        response,
        400,
        'RecordNotFound',
        `Could not locate record: at://${query.get('repo') ?? ''}/${query.get('collection') ?? ''}/${rkey}`,
        headers,
      );
    }
    sendJson(response, 200, record, headers);
  }

  function createRecord(
    request: RecordedRequest,
    did: string,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const body = JSON.parse(request.body || '{}') as {
      repo?: string;
      collection?: string;
      rkey?: string;
      record?: Record<string, unknown>;
    };
    if (body.repo !== did)
      return xrpcError(response, 401, 'AuthenticationRequired', 'Invalid repo', headers);
    const rkey = body.rkey ?? tidNow();
    if (!/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(rkey)) {
      return xrpcError(response, 400, 'InvalidRequest', 'Invalid record key', headers);
    }
    const text = asText(body.record?.text);
    const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)]
      .length;
    if (graphemes > 300) {
      return xrpcError(
        response,
        400,
        'InvalidRequest',
        'Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes',
        headers,
      );
    }
    if (state.records.has(rkey)) {
      return xrpcError(
        response,
        400,
        'InvalidRequest',
        `Record already exists at at://${did}/app.bsky.feed.post/${rkey}`,
        headers,
      );
    }
    const uri = `at://${did}/${body.collection ?? ''}/${rkey}`;
    const cid = fakeCid(uri + text);
    state.records.set(rkey, { uri, cid, value: body.record ?? {} });
    const view = makePostView({
      author: state.profiles.get(did) ?? { did, handle: brand.handle },
      rkey,
      record: body.record ?? {},
      indexedAt: new Date(now()).toISOString(),
    });
    state.posts.unshift(view as Post);
    if (state.loseNextCreateResponses > 0) {
      state.loseNextCreateResponses -= 1;
      response.socket?.destroy();
      return;
    }
    sendJson(
      response,
      200,
      {
        uri,
        cid,
        commit: { cid: fakeCid(`commit${uri}`), rev: tidNow() },
        validationStatus: 'valid',
      },
      headers,
    );
  }

  function tidNow(): string {
    counter += 1;
    return tidFor(counter);
  }

  function seedPost(input: SeedPostInput): Post {
    const author = input.author ?? {
      did: 'did:plc:klant000000000000000000',
      handle: 'klant.bsky.social',
      displayName: 'Klant 🚀',
      followers: 321,
    };
    state.profiles.set(author.did, author);
    const at = new Date(now() - (input.minutesAgo ?? 0) * 60_000).toISOString();
    const parent = input.replyTo ? state.posts.find((p) => p.uri === input.replyTo) : undefined;
    const parentReply = (parent?.record as { reply?: { root: unknown } } | undefined)?.reply;
    const text = input.mentionsBrand ? `@${brand.handle} ${input.text}` : input.text;
    const facets: Record<string, unknown>[] = [];
    if (input.mentionsBrand) {
      facets.push({
        index: byteRangeOf(text, `@${brand.handle}`),
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: brand.did }],
      });
    }
    if (input.link) {
      facets.push({
        index: byteRangeOf(text, input.link.shown),
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: input.link.uri }],
      });
    }
    const record: Record<string, unknown> = {
      $type: 'app.bsky.feed.post',
      text,
      createdAt: at,
      ...(input.langs ? { langs: input.langs } : {}),
      ...(facets.length > 0 ? { facets } : {}),
      ...(parent
        ? {
            reply: {
              root: parentReply?.root ?? { uri: parent.uri, cid: parent.cid },
              parent: { uri: parent.uri, cid: parent.cid },
            },
          }
        : {}),
      ...(input.images
        ? {
            embed: {
              $type: 'app.bsky.embed.images',
              images: input.images.map((i) => ({
                alt: i.alt,
                image: {
                  $type: 'blob',
                  ref: { $link: 'bafkreiimg' },
                  mimeType: 'image/jpeg',
                  size: 1234,
                },
              })),
            },
          }
        : {}),
    };
    counter += 1;
    const post = makePostView({ author, rkey: tidFor(counter), record, indexedAt: at }) as Post;
    state.posts.unshift(post);
    const reason = input.mentionsBrand
      ? 'mention'
      : parent && (parent.author as { did: string }).did === brand.did
        ? 'reply'
        : null;
    if (reason) {
      state.notifications.unshift({
        uri: post.uri,
        cid: post.cid,
        author: makeProfileBasic(author),
        reason,
        record,
        isRead: false,
        indexedAt: at,
        labels: [],
      });
    }
    return post;
  }

  return {
    url: entryway.url,
    pdsUrl,
    state,
    seedPost,
    seedRaw: (item) =>
      state.posts.unshift({
        uri: 'at://broken',
        cid: '',
        indexedAt: new Date(now()).toISOString(),
        ...item,
      }),
    expireAccessTokens() {
      for (const token of state.accessTokens.values()) token.expired = true;
    },
    fail: (fault, pathPrefix, times) => faults.add(fault, pathPrefix, times),
    close: async () => {
      await entryway.close();
      await pds.close();
    },
  };
}

/** A valid, unique TID-shaped record key for the n-th record. */
function tidFor(n: number): string {
  const alphabet = '234567abcdefghijklmnopqrstuvwxyz';
  let value = n;
  let out = '';
  while (value > 0) {
    out = (alphabet[value % 32] ?? '2') + out;
    value = Math.floor(value / 32);
  }
  return `3lbc${out.padStart(9, '2')}`;
}

function sortAt(post: Post): number {
  const created = Date.parse(asText((post.record as { createdAt?: unknown }).createdAt));
  const indexed = Date.parse(post.indexedAt);
  return Math.min(Number.isNaN(created) ? indexed : created, indexed);
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
