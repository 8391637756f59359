import { z } from 'zod';
import { err, ok, type Result } from '../../../shared/result';
import type { SecretStore } from '../../settings/secretStore';
import type { HttpDeps } from '../http';
import type { RateGate } from '../rateGate';
import type { PollError } from '../source';
import { pdsFromDidDoc, sessionResponseSchema } from './entities';
import { describeXrpcFailure, sendXrpc } from './xrpcHttp';

/** What we persist so we never log in per poll. */
export interface BlueskySession {
  accessJwt: string;
  refreshJwt: string;
  did: string;
  handle: string;
  /** Where authenticated calls go: the PDS from the DID document, else the entryway. */
  pds: string;
}

const storedSessionSchema = z.object({
  accessJwt: z.string(),
  refreshJwt: z.string(),
  did: z.string(),
  handle: z.string(),
  pds: z.string(),
});

export function blueskySessionKey(sourceId: string): string {
  return `source:${sourceId}:session`;
}

export function blueskyAppPasswordKey(sourceId: string): string {
  return `source:${sourceId}:appPassword`;
}

export interface SessionKeeper {
  /** The current session: memory, else the secret store, else a new login. */
  current(signal: AbortSignal): Promise<Result<BlueskySession, PollError>>;
  /**
   * Replaces a session whose access token expired. Serialised: refresh tokens rotate, so
   * two refreshes at once would revoke each other; a caller holding an already-replaced
   * session simply gets the new one.
   */
  refresh(stale: BlueskySession, signal: AbortSignal): Promise<Result<BlueskySession, PollError>>;
  /** Forgets a session the server no longer accepts and logs in again. */
  relogin(stale: BlueskySession, signal: AbortSignal): Promise<Result<BlueskySession, PollError>>;
}

export interface SessionSettings {
  sourceId: string;
  /** The entryway that creates and refreshes sessions, e.g. https://bsky.social. */
  entryway: string;
  handle: string;
}

export function createSessionKeeper(
  settings: SessionSettings,
  deps: HttpDeps & { secrets: SecretStore },
  gate: RateGate,
): SessionKeeper {
  let session: BlueskySession | null = null;
  let inFlight: Promise<Result<BlueskySession, PollError>> | null = null;

  function serialised(
    work: () => Promise<Result<BlueskySession, PollError>>,
  ): Promise<Result<BlueskySession, PollError>> {
    inFlight ??= work().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function adopt(raw: unknown): Promise<Result<BlueskySession, PollError>> {
    const parsed = sessionResponseSchema.safeParse(raw);
    if (!parsed.success) return err({ kind: 'transient', message: 'Bluesky sent no session.' });
    if (parsed.data.active === false) {
      const why = parsed.data.status ?? 'inactive';
      return err({ kind: 'auth', message: `The Bluesky account is ${why}.` });
    }
    session = {
      accessJwt: parsed.data.accessJwt,
      refreshJwt: parsed.data.refreshJwt,
      did: parsed.data.did,
      handle: parsed.data.handle,
      pds: pdsFromDidDoc(parsed.data.didDoc) ?? session?.pds ?? new URL(settings.entryway).origin,
    };
    await deps.secrets.set(blueskySessionKey(settings.sourceId), JSON.stringify(session));
    return ok(session);
  }

  async function login(signal: AbortSignal): Promise<Result<BlueskySession, PollError>> {
    const password = await deps.secrets.get(blueskyAppPasswordKey(settings.sourceId));
    if (!password) return err({ kind: 'auth', message: 'No Bluesky app password is set.' });
    const response = await sendXrpc(
      deps,
      gate,
      {
        host: settings.entryway,
        nsid: 'com.atproto.server.createSession',
        body: { identifier: settings.handle, password },
        token: null,
      },
      signal,
    );
    if (!response.ok) return response;
    if (response.value.status === 200) return adopt(response.value.data);
    if (response.value.status === 400 || response.value.status === 401) {
      return err({
        kind: 'auth',
        message: `Bluesky refused the handle or app password (${response.value.errorName ?? response.value.status}).`,
      });
    }
    return err({ kind: 'transient', message: describeXrpcFailure(response.value) });
  }

  async function refreshNow(
    stale: BlueskySession,
    signal: AbortSignal,
  ): Promise<Result<BlueskySession, PollError>> {
    const response = await sendXrpc(
      deps,
      gate,
      {
        host: settings.entryway,
        nsid: 'com.atproto.server.refreshSession',
        body: null,
        token: stale.refreshJwt,
      },
      signal,
    );
    if (!response.ok) return response;
    if (response.value.status === 200) return adopt(response.value.data);
    // The refresh token expired or was revoked: a new login is the only way back.
    await deps.secrets.delete(blueskySessionKey(settings.sourceId));
    session = null;
    return login(signal);
  }

  return {
    async current(signal) {
      if (session) return ok(session);
      const stored = await deps.secrets.get(blueskySessionKey(settings.sourceId));
      const parsed = stored ? storedSessionSchema.safeParse(safeJson(stored)) : null;
      if (parsed?.success) {
        session = parsed.data;
        return ok(session);
      }
      return serialised(() => login(signal));
    },
    refresh(stale, signal) {
      if (session && session.accessJwt !== stale.accessJwt) return Promise.resolve(ok(session));
      return serialised(() => refreshNow(stale, signal));
    },
    relogin(stale, signal) {
      if (session && session.accessJwt !== stale.accessJwt) return Promise.resolve(ok(session));
      session = null;
      return serialised(async () => {
        await deps.secrets.delete(blueskySessionKey(settings.sourceId));
        return login(signal);
      });
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
