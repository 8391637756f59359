import { createHash } from 'node:crypto';

/** The base32-sortable alphabet TIDs use (https://atproto.com/specs/tid). */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * A record key derived from an idempotency key, so every retry of one reply writes to the
 * same record and can never create a second post. It is a syntactically valid TID
 * (13 characters, top bit zero, so the first character is one of `234567ab`); its
 * timestamp bits come from a hash, not the clock — PDSes check the syntax only.
 */
export function tidFromKey(idempotencyKey: string): string {
  const digest = createHash('sha256').update(idempotencyKey).digest();
  let value = digest.readBigUInt64BE(0) & 0x7fff_ffff_ffff_ffffn;
  let tid = '';
  for (let i = 0; i < 13; i += 1) {
    tid = (ALPHABET[Number(value & 31n)] ?? '2') + tid;
    value >>= 5n;
  }
  return tid;
}

/** True for a valid TID (as the PDS checks rkeys of `tid`-keyed collections). */
export function isTid(value: string): boolean {
  return /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(value);
}
