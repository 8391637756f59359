import { z } from 'zod';

/** A call from the renderer over the web shell's WebSocket. */
export const wireCallSchema = z.object({
  id: z.number().int().nonnegative(),
  call: z.string().max(100),
  input: z.unknown(),
});

/** Largest message a renderer may send (replies and settings are small). */
export const MAX_WIRE_MESSAGE_BYTES = 1024 * 1024;
