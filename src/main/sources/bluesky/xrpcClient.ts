import { err, type Result } from '../../../shared/result';
import type { SecretStore } from '../../settings/secretStore';
import type { HttpDeps } from '../http';
import { createRateGate } from '../rateGate';
import type { PollError } from '../source';
import { createSessionKeeper, type BlueskySession, type SessionSettings } from './session';
import { sendXrpc, type XrpcResponse } from './xrpcHttp';

export interface XrpcClient {
  /** Who we are (DID and handle), logging in if needed. */
  session(signal: AbortSignal): Promise<Result<BlueskySession, PollError>>;
  query(
    nsid: string,
    params: [string, string][],
    signal: AbortSignal,
  ): Promise<Result<XrpcResponse, PollError>>;
  procedure(
    nsid: string,
    body: unknown,
    signal: AbortSignal,
  ): Promise<Result<XrpcResponse, PollError>>;
}

/**
 * Authenticated XRPC against the account's PDS. An `ExpiredToken` (HTTP 400) refreshes the
 * session and retries once; a 401 with a stored session logs in again and retries once;
 * what still fails is an auth error.
 */
export function createXrpcClient(
  settings: SessionSettings,
  deps: HttpDeps & { secrets: SecretStore },
): XrpcClient {
  const gate = createRateGate(deps.clock);
  const sessions = createSessionKeeper(settings, deps, gate);

  async function call(
    nsid: string,
    params: [string, string][],
    body: unknown,
    signal: AbortSignal,
  ): Promise<Result<XrpcResponse, PollError>> {
    let current = await sessions.current(signal);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (!current.ok) return current;
      const session = current.value;
      const response = await sendXrpc(
        deps,
        gate,
        { host: session.pds, nsid, params, body, token: session.accessJwt },
        signal,
      );
      if (!response.ok) return response;
      const { status, errorName } = response.value;
      if (status === 400 && errorName === 'ExpiredToken' && attempt < 2) {
        current = await sessions.refresh(session, signal);
        continue;
      }
      if (status === 401 && attempt < 2) {
        current = await sessions.relogin(session, signal);
        continue;
      }
      if (status === 401 || status === 403 || errorName === 'ExpiredToken') {
        return err({
          kind: 'auth',
          message: `Bluesky refused the session (${errorName ?? `HTTP ${status}`}).`,
        });
      }
      return response;
    }
    return err({ kind: 'auth', message: 'Bluesky kept refusing the session.' });
  }

  return {
    session: (signal) => sessions.current(signal),
    query: (nsid, params, signal) => call(nsid, params, undefined, signal),
    procedure: (nsid, body, signal) => call(nsid, [], body, signal),
  };
}
