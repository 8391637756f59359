import { createHash } from 'node:crypto';
import { htmlToText } from '../htmlToText';
import { parseFeedDate } from './feedDate';
import { unwrapRedirectLink } from './feedLinks';
import {
  childElements,
  firstChild,
  innerMarkup,
  parseXml,
  textContent,
  type XmlElement,
} from './xmlTree';

/** One feed entry in plain text, independent of RSS or Atom. */
export interface FeedItem {
  /** guid / Atom id, else the unwrapped link, else a hash of title and date. */
  id: string;
  link: string | null;
  title: string | null;
  text: string;
  /** Epoch milliseconds, or null when the feed gave no usable date. */
  publishedAt: number | null;
  authorName: string | null;
  authorUrl: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
  /** Entries dropped because the document was cut off inside them (or it is no feed at all). */
  skipped: number;
  /** Why the feed was not read whole, in plain words. */
  problem: string | null;
}

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom documents leniently. */
export function parseFeed(xml: string): ParsedFeed {
  const { root, broken } = parseXml(xml);
  const top = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!top || !['rss', 'feed', 'rdf:rdf'].includes(top.name)) {
    return { title: null, items: [], skipped: 1, problem: 'This is not an RSS or Atom feed.' };
  }
  const channel = top.name === 'rss' ? (firstChild(top, 'channel') ?? top) : top;
  const entries =
    top.name === 'feed'
      ? childElements(top, 'entry')
      : [...childElements(channel, 'item'), ...childElements(top, 'item')];
  const whole = entries.filter((entry) => entry.closed);
  const items = whole.map((entry) => (top.name === 'feed' ? atomEntry(entry) : rssItem(entry)));
  const titleElement = firstChild(channel, 'title');
  return {
    title: titleElement ? plain(textContent(titleElement)) : null,
    items,
    skipped: entries.length - whole.length,
    problem: broken ? 'The feed was cut off; the complete entries were kept.' : null,
  };
}

function rssItem(item: XmlElement): FeedItem {
  const guid = firstChild(item, 'guid');
  const guidText = guid ? textContent(guid).trim() : '';
  const guidIsLink = guid?.attributes.ispermalink !== 'false' && /^https?:\/\//i.test(guidText);
  const linkElement = firstChild(item, 'link');
  const rawLink = linkElement ? textContent(linkElement).trim() : guidIsLink ? guidText : '';
  const link = rawLink ? unwrapRedirectLink(rawLink) : null;
  const title = html(firstChild(item, 'title'));
  const body = firstChild(item, 'content:encoded', 'description');
  const dateText = textOf(firstChild(item, 'pubdate', 'dc:date', 'a10:updated'));
  const author = authorFromRss(textOf(firstChild(item, 'dc:creator', 'author')));
  return {
    id: identify(guidText, link, title, dateText),
    link,
    title,
    text: html(body) ?? '',
    publishedAt: parseFeedDate(dateText),
    authorName: author,
    authorUrl: null,
  };
}

function atomEntry(entry: XmlElement): FeedItem {
  const links = childElements(entry, 'link');
  const alternate =
    links.find((l) => (l.attributes.rel ?? 'alternate') === 'alternate') ?? links[0] ?? null;
  const href = alternate?.attributes.href?.trim() ?? '';
  const link = href ? unwrapRedirectLink(href) : null;
  const title = atomText(firstChild(entry, 'title'));
  const dateText = textOf(firstChild(entry, 'published', 'updated', 'issued', 'modified'));
  const author = firstChild(entry, 'author');
  const authorName = author ? plain(textOf(firstChild(author, 'name'))) : '';
  const authorUri = author ? textOf(firstChild(author, 'uri')).trim() : '';
  return {
    id: identify(textOf(firstChild(entry, 'id')).trim(), link, title, dateText),
    link,
    title,
    text: atomText(firstChild(entry, 'content', 'summary')) ?? '',
    publishedAt: parseFeedDate(dateText),
    authorName: authorName || null,
    authorUrl: /^https?:\/\//i.test(authorUri) ? authorUri : null,
  };
}

/** Atom says how to read a text construct: `text` (default), `html` or `xhtml`. */
function atomText(element: XmlElement | null): string | null {
  if (!element) return null;
  const type = (element.attributes.type ?? 'text').toLowerCase();
  if (type === 'text' || type === 'text/plain') return plain(textContent(element)) || null;
  return html(element);
}

/** RSS has no type attribute and titles carry escaped HTML in practice: read as HTML. */
function html(element: XmlElement | null): string | null {
  if (!element) return null;
  return htmlToText(innerMarkup(element)) || null;
}

function textOf(element: XmlElement | null): string {
  return element ? textContent(element) : '';
}

function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** RSS `<author>` is "email (Name)"; prefer the name. */
function authorFromRss(value: string): string | null {
  const text = plain(value);
  const named = /\(([^)]+)\)\s*$/.exec(text);
  return (named?.[1] ?? text) || null;
}

const MAX_ID_LENGTH = 1000;

function identify(native: string, link: string | null, title: string | null, date: string): string {
  const chosen = native || link || `sha256:${digest(`${title ?? ''}\n${date.trim()}`)}`;
  return chosen.length > MAX_ID_LENGTH ? `sha256:${digest(chosen)}` : chosen;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
