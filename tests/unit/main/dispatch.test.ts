import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../../../src/main/dispatch';
import { UserError } from '../../../src/main/userError';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unexpected = () => {
    throw new Error('handler should not run');
  };
  return new Proxy(overrides as Handlers, {
    get: (target, name) => (target as Record<string | symbol, unknown>)[name] ?? unexpected,
  });
}

describe('dispatch (contract validation at the boundary)', () => {
  it('refuses a call name that is not in the contract', async () => {
    expect(await dispatch(handlers(), 'fs.readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'unknownCall' },
    });
    expect(await dispatch(handlers(), '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknownCall' },
    });
    expect(await dispatch(handlers(), 42, {})).toMatchObject({
      ok: false,
      error: { code: 'unknownCall' },
    });
  });

  it('refuses bad input before the handler runs, naming the field', async () => {
    const ack = vi.fn(() => null);
    const result = await dispatch(handlers({ 'ingest.ack': ack }), 'ingest.ack', { seq: 'all' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(!result.ok && result.error.message).toContain('seq');
    expect(ack).not.toHaveBeenCalled();
  });

  it('refuses unknown extra fields (strict inputs)', async () => {
    const result = await dispatch(handlers(), 'ingest.ack', { seq: 1, evil: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('refuses a reply without a usable idempotency key', async () => {
    const base = {
      sourceId: 'demo',
      inReplyTo: {
        platformId: 'p1',
        replyTarget: null,
        author: {
          id: 'demo:a',
          platform: 'demo',
          handle: '@a',
          displayName: 'A',
          followers: null,
          profileUrl: null,
        },
        threadId: 'demo:p1',
        url: null,
      },
      text: 'Hallo',
    };
    expect(
      await dispatch(handlers(), 'replies.send', { ...base, idempotencyKey: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('refuses a source with an interval below the floor or a non-http URL', async () => {
    const draft = {
      type: 'rss',
      name: 'Alerts',
      enabled: true,
      intervalSeconds: 5,
      terms: [],
      exclude: [],
      url: 'https://www.google.com/alerts/feeds/1/2',
    };
    expect(await dispatch(handlers(), 'sources.save', { config: draft })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    expect(
      await dispatch(handlers(), 'sources.save', {
        config: { ...draft, intervalSeconds: 60, url: 'file:///etc/passwd' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('passes parsed input to the handler and wraps its value', async () => {
    const ack = vi.fn(() => null);
    expect(await dispatch(handlers({ 'ingest.ack': ack }), 'ingest.ack', { seq: 3 })).toEqual({
      ok: true,
      value: null,
    });
    expect(ack).toHaveBeenCalledWith({ seq: 3 });
  });

  it('turns expected failures into data and hides internal errors behind a plain message', async () => {
    const expected = await dispatch(
      handlers({
        'sources.remove': () =>
          Promise.reject(new UserError('notFound', 'That source no longer exists.')),
      }),
      'sources.remove',
      { id: 'x' },
    );
    expect(expected).toEqual({
      ok: false,
      error: { code: 'notFound', message: 'That source no longer exists.' },
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const internal = await dispatch(
      handlers({ 'sources.remove': () => Promise.reject(new TypeError('x is undefined')) }),
      'sources.remove',
      { id: 'x' },
    );
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!internal.ok && internal.error.message).not.toContain('undefined');
  });
});
