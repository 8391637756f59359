import { z } from 'zod';

/** Any JSON value: what a source may keep as its cursor. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const jsonValueSchema: z.ZodType<JsonValue> = z.json();
