import type { Clock, FetchPort } from '../ports';
import { err, ok, type Result } from '../../shared/result';
import type { PollError } from './source';

/** What every adapter needs to talk HTTP. */
export interface HttpDeps {
  fetch: FetchPort;
  clock: Clock;
  userAgent: string;
  /** Whole request, body included: a server that stops answering must not hang a poll. */
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/** A platform must not be able to exhaust memory with one answer. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** A fully read response: adapters parse it without touching the network again. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/**
 * Sends one request and reads the whole body, within `deps.timeoutMs`. Network failures,
 * timeouts and oversized bodies come back as transient errors, never as exceptions.
 */
export async function httpRequest(
  deps: HttpDeps,
  request: HttpRequest,
  signal: AbortSignal,
): Promise<Result<HttpResponse, PollError>> {
  const timeout = AbortSignal.timeout(deps.timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  try {
    const response = await deps.fetch(request.url, {
      method: request.method ?? 'GET',
      headers: { 'User-Agent': deps.userAgent, ...request.headers },
      body: request.body ?? null,
      signal: combined,
      redirect: 'follow',
    });
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) {
      await response.body?.cancel();
      return err({ kind: 'transient', message: `The answer was too large (${declared} bytes).` });
    }
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.byteLength > MAX_BODY_BYTES) {
      return err({ kind: 'transient', message: 'The answer was too large.' });
    }
    return ok({ status: response.status, headers: response.headers, body });
  } catch (error) {
    if (timeout.aborted && !signal.aborted) {
      return err({
        kind: 'transient',
        message: `No answer within ${Math.round(deps.timeoutMs / 1000)} s.`,
      });
    }
    if (signal.aborted) return err({ kind: 'transient', message: 'Cancelled.' });
    return err({ kind: 'transient', message: `Network error: ${describeError(error)}` });
  }
}

/** The body as UTF-8 text. */
export function bodyText(response: HttpResponse): string {
  return new TextDecoder('utf-8').decode(response.body);
}

/** True when the server says the body is JSON (a CDN's HTML error page is not). */
export function isJsonResponse(response: HttpResponse): boolean {
  const type = response.headers.get('content-type') ?? '';
  return /\bjson\b/i.test(type);
}

/** Parses a JSON body; a malformed body is transient (a proxy or a half-deployed server). */
export function parseJsonBody(response: HttpResponse): Result<unknown, PollError> {
  try {
    return ok(JSON.parse(bodyText(response)) as unknown);
  } catch {
    return err({
      kind: 'transient',
      message: `The server sent malformed JSON (HTTP ${response.status}).`,
    });
  }
}

/** `Retry-After` as milliseconds from now: seconds or an HTTP date (RFC 9110). */
export function retryAfterMs(headers: Headers, now: number): number | null {
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Used when a platform says "slow down" without saying for how long. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** Plain words for an unknown thrown value (fetch's TypeError hides the cause). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message) return `${error.message} (${cause.message})`;
    return error.message;
  }
  return String(error);
}
