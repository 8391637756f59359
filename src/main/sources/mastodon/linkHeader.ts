/**
 * Parses an RFC 8288 `Link` header into rel → URL. Mastodon pages with
 * `<…?max_id=X>; rel="next", <…?min_id=Y>; rel="prev"`.
 */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>(.*)/.exec(part.trim());
    if (!match) continue;
    const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(match[2] ?? '');
    for (const name of (rel?.[1] ?? '').trim().split(/\s+/)) {
      if (name && match[1]) links[name.toLowerCase()] = match[1];
    }
  }
  return links;
}
