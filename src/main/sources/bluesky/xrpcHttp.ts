import { err, ok, type Result } from '../../../shared/result';
import {
  DEFAULT_RATE_LIMIT_WAIT_MS,
  httpRequest,
  isJsonResponse,
  parseJsonBody,
  retryAfterMs,
  type HttpDeps,
} from '../http';
import type { RateGate } from '../rateGate';
import type { PollError } from '../source';
import { xrpcErrorSchema } from './entities';

/** An XRPC answer the caller interprets: 2xx, or a 4xx with its error name. */
export interface XrpcResponse {
  status: number;
  data: unknown;
  /** XRPC error name (`ExpiredToken`, `InvalidRequest`, `RecordNotFound`, …). */
  errorName: string | null;
  message: string | null;
}

export interface XrpcCall {
  host: string;
  nsid: string;
  /** Repeated keys for arrays (`actors=a&actors=b`), as XRPC encodes them. */
  params?: [string, string][];
  /** Present for procedures (POST); `null` sends a POST without body. */
  body?: unknown;
  token: string | null;
}

/**
 * One XRPC request without session logic: rate-limit headers (`RateLimit-Reset` is epoch
 * seconds), 429, 5xx, a CDN's HTML error page and malformed JSON become poll errors;
 * other statuses come back for the caller (401/400 drive the session's refresh).
 */
export async function sendXrpc(
  deps: HttpDeps,
  gate: RateGate,
  call: XrpcCall,
  signal: AbortSignal,
): Promise<Result<XrpcResponse, PollError>> {
  const wait = gate.waitMs();
  if (wait > 0) {
    return err({ kind: 'rateLimited', retryAfterMs: wait, message: 'Bluesky rate limit reached.' });
  }
  const url = new URL(`/xrpc/${call.nsid}`, call.host);
  for (const [key, value] of call.params ?? []) url.searchParams.append(key, value);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  const isProcedure = call.body !== undefined;
  if (isProcedure && call.body !== null) headers['Content-Type'] = 'application/json';
  const sent = await httpRequest(
    deps,
    {
      url: url.toString(),
      method: isProcedure ? 'POST' : 'GET',
      headers,
      ...(isProcedure && call.body !== null ? { body: JSON.stringify(call.body) } : {}),
    },
    signal,
  );
  if (!sent.ok) return sent;
  const response = sent.value;
  const now = deps.clock.now();
  const resetSeconds = Number(response.headers.get('ratelimit-reset') ?? 'NaN');
  const resetAt = Number.isFinite(resetSeconds) ? resetSeconds * 1000 : null;
  if (response.headers.get('ratelimit-remaining')?.trim() === '0' && resetAt !== null) {
    gate.blockUntil(resetAt);
  }
  if (response.status === 429) {
    const waitMs =
      retryAfterMs(response.headers, now) ??
      (resetAt !== null ? Math.max(0, resetAt - now) : DEFAULT_RATE_LIMIT_WAIT_MS);
    gate.blockUntil(now + waitMs);
    return err({
      kind: 'rateLimited',
      retryAfterMs: waitMs,
      message: 'Bluesky rate limit reached.',
    });
  }
  if (!isJsonResponse(response)) {
    // A CDN in front of the AppView answers with an HTML page (often a 403): that is a
    // block or an outage, not a verdict on our credentials.
    return err({
      kind: 'transient',
      message: `Bluesky answered HTTP ${response.status} without JSON (blocked or unavailable).`,
    });
  }
  if (response.status >= 500) {
    return err({ kind: 'transient', message: `Bluesky answered HTTP ${response.status}.` });
  }
  const parsed = parseJsonBody(response);
  if (!parsed.ok) return parsed;
  const error = response.status >= 400 ? xrpcErrorSchema.safeParse(parsed.value) : null;
  return ok({
    status: response.status,
    data: parsed.value,
    errorName: error?.success ? error.data.error : null,
    message: error?.success ? (error.data.message ?? null) : null,
  });
}

/** Plain words for an XRPC failure the caller does not handle itself. */
export function describeXrpcFailure(response: XrpcResponse): string {
  const detail = [response.errorName, response.message].filter(Boolean).join(': ');
  return `Bluesky answered HTTP ${response.status}${detail ? ` (${detail})` : ''}.`;
}
