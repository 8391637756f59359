import type { TriggerHit } from './triggers';
import { WATCHDOG_HANDLES } from './lexicon/urgencyTriggers';
import { FNV_OFFSET, FNV_PRIME, hashText } from './wordHash';

/**
 * A complaint that tags a consumer programme, a newsroom or a regulator ("@BBCWatchdog
 * 3 lost parcels in 6 weeks") is going public. The tokenizer skips mentions (a brand's
 * handle says nothing about tone), so they are read here, from the text itself.
 */
export function findWatchdogMention(text: string): TriggerHit | undefined {
  let at = text.indexOf('@');
  while (at !== -1) {
    const start = at + 1;
    // Nearly every post tags the brand: its handle is hashed as it is read, and a string
    // is only made when the hash is a watchdog's.
    let hash = FNV_OFFSET;
    let end = start;
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (!isHandleChar(code)) break;
      hash = Math.imul(hash ^ lowerAscii(code), FNV_PRIME);
    }
    // After a letter the "@" is part of an e-mail address ("klacht@nos.nl"), not a mention.
    const mention = at === 0 || !isHandleChar(text.charCodeAt(at - 1));
    if (mention && WATCHDOG_HASHES.has(hash >>> 0)) {
      const handle = text.slice(start, end).toLowerCase();
      if (WATCHDOG_HANDLES.has(handle)) return { kind: 'escalation', word: `@${handle}` };
    }
    at = text.indexOf('@', end);
  }
  return undefined;
}

/**
 * The post's triggers with a tagged watchdog added as escalation, unless the words already
 * escalate (a post has at most one trigger per kind).
 */
export function withWatchdogMention(hits: TriggerHit[], text: string): TriggerHit[] {
  if (hits.some((hit) => hit.kind === 'escalation')) return hits;
  const mention = findWatchdogMention(text);
  if (mention) hits.push(mention);
  return hits;
}

/** Whether a trigger is a tagged watchdog, which only makes an already negative post urgent. */
export function isWatchdogMention(hit: TriggerHit): boolean {
  return hit.word.startsWith('@');
}

const WATCHDOG_HASHES: ReadonlySet<number> = new Set([...WATCHDOG_HANDLES].map(hashText));

// Handles are ASCII letters, digits and underscores on every platform Luister reads.
function isHandleChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  );
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}
