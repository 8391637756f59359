/** An expected failure travels as data; bugs are thrown. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** An error the UI can explain: a stable code plus a plain-words message. */
export interface AppError {
  code: string;
  message: string;
}

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}

/** Ends an exhaustive switch: reaching it is a bug. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
