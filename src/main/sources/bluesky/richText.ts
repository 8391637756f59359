/** Bluesky's post limits: 300 graphemes and 3000 UTF-8 bytes. */
export const MAX_GRAPHEMES = 300;
export const MAX_BYTES = 3000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Counts user-perceived characters (an emoji with skin tone is one), as Bluesky does. */
export function graphemeCount(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const segment of segmenter.segment(text)) {
    if (segment.segment) count += 1;
  }
  return count;
}

export function byteLength(text: string): number {
  return encoder.encode(text).byteLength;
}

export interface OutgoingFacet {
  index: { byteStart: number; byteEnd: number };
  features: (
    | { $type: 'app.bsky.richtext.facet#link'; uri: string }
    | {
        $type: 'app.bsky.richtext.facet#mention';
        did: string;
      }
  )[];
}

/**
 * Links and the mention of the person answered, with UTF-8 byte ranges: Bluesky does not
 * detect them itself. Other @handles stay plain text (resolving them costs a call each).
 */
export function buildFacets(
  text: string,
  mention: { handle: string; did: string } | null,
): OutgoingFacet[] {
  const facets: OutgoingFacet[] = [];
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const uri = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    facets.push({
      index: byteRange(text, start, start + uri.length),
      features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
    });
  }
  if (mention) {
    const handle = mention.handle.replace(/^@/, '');
    const pattern = new RegExp(
      `(^|\\s)@${handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`,
      'gi',
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index + (match[1]?.length ?? 0);
      facets.push({
        index: byteRange(text, start, start + handle.length + 1),
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: mention.did }],
      });
    }
  }
  return facets;
}

function byteRange(
  text: string,
  start: number,
  end: number,
): { byteStart: number; byteEnd: number } {
  const byteStart = byteLength(text.slice(0, start));
  return { byteStart, byteEnd: byteStart + byteLength(text.slice(start, end)) };
}

/**
 * Bluesky shortens link text in posts ("example.com/very/lo...") and keeps the full URL in
 * a link facet. Put the full URL back so the text carries real links.
 */
export function expandLinks(
  text: string,
  facets: readonly {
    index: { byteStart: number; byteEnd: number };
    features: readonly { $type?: string | undefined; uri?: string | undefined }[];
  }[],
): string {
  const bytes = encoder.encode(text);
  const links = facets
    .map((facet) => ({
      ...facet.index,
      uri: facet.features.find((f) => f.$type === 'app.bsky.richtext.facet#link')?.uri,
    }))
    .filter(
      (link): link is { byteStart: number; byteEnd: number; uri: string } =>
        typeof link.uri === 'string' &&
        link.byteStart >= 0 &&
        link.byteEnd <= bytes.length &&
        link.byteStart < link.byteEnd,
    )
    .sort((a, b) => a.byteStart - b.byteStart);
  let result = '';
  let position = 0;
  for (const link of links) {
    if (link.byteStart < position) continue;
    result += decoder.decode(bytes.subarray(position, link.byteStart)) + link.uri;
    position = link.byteEnd;
  }
  return result + decoder.decode(bytes.subarray(position));
}
