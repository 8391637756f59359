import { calls, isCallName, type CallName, type CallOutput } from '../shared/contract';
import type { Result } from '../shared/result';
import type { z } from 'zod';
import { UserError } from './userError';

/** One handler per contract call, taking the parsed input. */
export type Handlers = {
  [K in CallName]: (
    input: z.output<(typeof calls)[K]['input']>,
  ) => Promise<CallOutput<K>> | CallOutput<K>;
};

/**
 * The single entry for every call from a renderer, whichever shell carried it: checks the
 * name, parses the input with the contract's schema, runs the handler, and turns failures
 * into data. Unknown names and bad input never reach a handler.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isCallName(name))
    return {
      ok: false,
      error: { code: 'unknownCall', message: `Unknown call: ${String(name).slice(0, 100)}` },
    };
  const parsed = calls[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'input';
    return {
      ok: false,
      error: { code: 'invalidInput', message: `${name}: ${where}: ${issue?.message ?? 'invalid'}` },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof UserError)
      return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[luister] ${name} failed:`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong in Luister (${name}). The details are in the log.`,
      },
    };
  }
}
