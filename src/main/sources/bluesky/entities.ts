import { z } from 'zod';

/**
 * The parts of the AT Protocol / Bluesky lexicons a webcare client reads
 * (`app.bsky.feed.defs#postView`, `app.bsky.feed.post`, listNotifications). Lenient:
 * optional fields may be missing, unknown fields are ignored.
 */
export const strongRefSchema = z.object({ uri: z.string().min(1), cid: z.string().min(1) });
export type StrongRef = z.infer<typeof strongRefSchema>;

export const profileBasicSchema = z.object({
  did: z.string().min(1),
  handle: z.string().min(1),
  displayName: z.string().nullish(),
  followersCount: z.number().int().nonnegative().nullish(),
});
export type ProfileBasic = z.infer<typeof profileBasicSchema>;

const facetSchema = z.object({
  index: z.object({ byteStart: z.number().int(), byteEnd: z.number().int() }),
  features: z.array(z.looseObject({ $type: z.string().optional(), uri: z.string().optional() })),
});
export type Facet = z.infer<typeof facetSchema>;

export const postRecordSchema = z.object({
  text: z.string().default(''),
  createdAt: z.string(),
  langs: z.array(z.string()).nullish(),
  reply: z.object({ root: strongRefSchema, parent: strongRefSchema }).nullish(),
  facets: z.array(facetSchema).nullish(),
  embed: z.unknown().optional(),
});
export type PostRecord = z.infer<typeof postRecordSchema>;

/** A post as search and notifications both give it (notifications lack `embed` views). */
export const postViewSchema = z.object({
  uri: z.string().startsWith('at://'),
  cid: z.string().min(1),
  author: profileBasicSchema,
  record: postRecordSchema,
  indexedAt: z.string(),
  embed: z.unknown().optional(),
});
export type PostView = z.infer<typeof postViewSchema>;

export const notificationSchema = postViewSchema.extend({
  reason: z.string(),
});

export const sessionResponseSchema = z.object({
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
  did: z.string().min(1),
  handle: z.string(),
  didDoc: z.unknown().optional(),
  active: z.boolean().nullish(),
  status: z.string().nullish(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** XRPC error body: `{ error: <Name>, message? }`. */
export const xrpcErrorSchema = z.object({
  error: z.string(),
  message: z.string().nullish(),
});

/** The record key (last segment) of an at:// URI. */
export function rkeyOf(uri: string): string {
  return uri.split('/').at(-1) ?? '';
}

/** The PDS from a DID document: the service `#atproto_pds`, if it is an http(s) URL. */
export function pdsFromDidDoc(didDoc: unknown): string | null {
  const services = (didDoc as { service?: unknown } | null)?.service;
  if (!Array.isArray(services)) return null;
  for (const service of services as { id?: unknown; serviceEndpoint?: unknown }[]) {
    const id = typeof service.id === 'string' ? service.id : '';
    const endpoint = service.serviceEndpoint;
    if (id.endsWith('#atproto_pds') && typeof endpoint === 'string' && URL.canParse(endpoint)) {
      if (/^https?:\/\//i.test(endpoint)) return new URL(endpoint).origin;
    }
  }
  return null;
}
