/**
 * Google Alerts (and some other aggregators) wrap every article link in a redirect such as
 * `https://www.google.com/url?rct=j&sa=t&url=<real>&ct=ga…`. The real article is the
 * canonical link: it identifies the item and is what an agent wants to open.
 */
export function unwrapRedirectLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  const isGoogle = /(^|\.)google\.[a-z.]+$/i.test(url.hostname);
  if (!isGoogle || url.pathname !== '/url') return link;
  const target = url.searchParams.get('url') ?? url.searchParams.get('q');
  return target && /^https?:\/\//i.test(target) ? target : link;
}
