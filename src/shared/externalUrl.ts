/**
 * The one check every link passes before it is opened outside Luister: only https to a
 * real host name; never http (readable and changeable on the way), file:, javascript:,
 * custom schemes or URLs hiding credentials. Posts are hostile input.
 */
export function checkExternalUrl(
  raw: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  if (!URL.canParse(raw)) return { ok: false, reason: 'not a valid web address' };
  const url = new URL(raw);
  if (url.protocol !== 'https:') {
    return { ok: false, reason: `links of type "${url.protocol}" are not opened` };
  }
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'the link hides a user name or password' };
  if (url.hostname === '' || !url.hostname.includes('.'))
    return { ok: false, reason: 'the link has no public host name' };
  return { ok: true, url: url.href };
}
