import type { SecretStore } from '../../settings/secretStore';
import { err, ok, type Result } from '../../../shared/result';
import {
  DEFAULT_RATE_LIMIT_WAIT_MS,
  httpRequest,
  isJsonResponse,
  parseJsonBody,
  retryAfterMs,
  type HttpDeps,
} from '../http';
import { createRateGate } from '../rateGate';
import type { PollError } from '../source';
import { mastodonErrorSchema } from './entities';
import { parseLinkHeader } from './linkHeader';

/** A Mastodon answer the caller interprets (2xx, and 4xx other than 401/403/429). */
export interface MastodonResponse {
  status: number;
  data: unknown;
  links: Record<string, string>;
  /** The server's own error text, when it sent one. */
  errorText: string | null;
}

export interface MastodonRequestOptions {
  method?: 'GET' | 'POST';
  query?: [string, string][];
  json?: unknown;
  headers?: Record<string, string>;
}

export interface MastodonClient {
  readonly origin: string;
  /** `pathOrUrl` may be a full URL from a Link header; it must stay on this instance. */
  request(
    pathOrUrl: string,
    options: MastodonRequestOptions,
    signal: AbortSignal,
  ): Promise<Result<MastodonResponse, PollError>>;
}

/** The secret-store key of a Mastodon source's access token. */
export function mastodonTokenKey(sourceId: string): string {
  return `source:${sourceId}:token`;
}

/**
 * Talks to one Mastodon instance as the brand account: adds the Bearer token, honours the
 * rate-limit headers (remembering an exhausted limit until it resets) and maps 401/403,
 * 429, 5xx and malformed JSON to the poll errors the scheduler acts on.
 */
export function createMastodonClient(
  sourceId: string,
  baseUrl: string,
  deps: HttpDeps & { secrets: SecretStore },
): MastodonClient {
  const origin = new URL(baseUrl).origin;
  const gate = createRateGate(deps.clock);

  async function request(
    pathOrUrl: string,
    options: MastodonRequestOptions,
    signal: AbortSignal,
  ): Promise<Result<MastodonResponse, PollError>> {
    const wait = gate.waitMs();
    if (wait > 0) {
      return err({
        kind: 'rateLimited',
        retryAfterMs: wait,
        message: 'Mastodon rate limit reached.',
      });
    }
    const url = new URL(pathOrUrl, origin);
    // The token must never leave the instance, even if a Link header points elsewhere.
    if (url.origin !== origin) {
      return err({ kind: 'transient', message: `Refused to follow a link to ${url.origin}.` });
    }
    for (const [key, value] of options.query ?? []) url.searchParams.append(key, value);
    const token = await deps.secrets.get(mastodonTokenKey(sourceId));
    if (!token) return err({ kind: 'auth', message: 'No Mastodon access token is set.' });
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...options.headers,
    };
    if (options.json !== undefined) headers['Content-Type'] = 'application/json';
    const sent = await httpRequest(
      deps,
      {
        url: url.toString(),
        method: options.method ?? 'GET',
        headers,
        ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}),
      },
      signal,
    );
    if (!sent.ok) return sent;
    const response = sent.value;
    const now = deps.clock.now();
    const resetAt = Date.parse(response.headers.get('x-ratelimit-reset') ?? '');
    if (response.headers.get('x-ratelimit-remaining')?.trim() === '0' && !Number.isNaN(resetAt)) {
      gate.blockUntil(resetAt);
    }
    const parsed = isJsonResponse(response) ? parseJsonBody(response) : null;
    const errorBody = parsed?.ok ? mastodonErrorSchema.safeParse(parsed.value) : null;
    const errorText = errorBody?.success ? errorBody.data.error : null;
    const status = response.status;
    if (status === 429) {
      const wait =
        retryAfterMs(response.headers, now) ??
        (Number.isNaN(resetAt) ? DEFAULT_RATE_LIMIT_WAIT_MS : Math.max(0, resetAt - now));
      gate.blockUntil(now + wait);
      return err({
        kind: 'rateLimited',
        retryAfterMs: wait,
        message: 'Mastodon rate limit reached.',
      });
    }
    if (status === 401 || status === 403) {
      return err({
        kind: 'auth',
        message: `Mastodon refused the access token (HTTP ${status}${errorText ? `: ${errorText}` : ''}).`,
      });
    }
    if (status >= 500) {
      return err({ kind: 'transient', message: `Mastodon answered HTTP ${status}.` });
    }
    if (status >= 200 && status < 300) {
      if (!parsed) return err({ kind: 'transient', message: 'Mastodon did not answer with JSON.' });
      if (!parsed.ok) return parsed;
    }
    return ok({
      status,
      data: parsed?.ok ? parsed.value : null,
      links: parseLinkHeader(response.headers.get('link')),
      errorText,
    });
  }

  return { origin, request };
}
