import { Parser } from 'htmlparser2';

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'dd',
  'dt',
  'hr',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'title']);

interface Anchor {
  href: string | null;
  /** Mastodon marks mention and hashtag links; those keep their visible text. */
  isTagOrMention: boolean;
  text: string;
}

/**
 * Turns sanitised HTML (Mastodon content, feed summaries) into plain text.
 *
 * - Paragraphs become blank lines, `<br>` a line break, runs of whitespace one space.
 * - Entities are decoded exactly once: a double-escaped `&amp;nbsp;` stays visible as
 *   `&nbsp;` here; the feed parser has already removed one layer.
 * - Links keep their full URL (`href`), because agents open and quote them and brand
 *   terms in domains must match. Mastodon's shortened display (`<span class="invisible">`
 *   hidden, `…` after `<span class="ellipsis">`) is used only when the href is not http(s).
 * - Mention and hashtag links keep their visible text (`@user`, `#tag`).
 */
export function htmlToText(html: string): string {
  const lines: string[] = [''];
  let skipDepth = 0;
  let invisibleDepth = 0;
  const spanStack: ('invisible' | 'ellipsis' | 'plain')[] = [];
  const anchors: Anchor[] = [];
  let pre = 0;

  function append(text: string): void {
    const anchor = anchors.at(-1);
    if (anchor) {
      anchor.text += text;
      return;
    }
    lines[lines.length - 1] += text;
  }
  function breakLine(blank: boolean): void {
    if (anchors.length > 0) return append(' ');
    const last = lines[lines.length - 1] ?? '';
    if (last.trim() === '' && lines.length > 1 && !blank) return;
    lines.push('');
    if (blank) lines.push('');
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipDepth += 1;
        if (name === 'pre') pre += 1;
        const classes = (attributes.class ?? '').split(/\s+/);
        if (name === 'span') {
          const kind = classes.includes('invisible')
            ? 'invisible'
            : classes.includes('ellipsis')
              ? 'ellipsis'
              : 'plain';
          spanStack.push(kind);
          if (kind === 'invisible') invisibleDepth += 1;
        }
        if (name === 'a') {
          anchors.push({
            href: attributes.href ?? null,
            isTagOrMention: classes.includes('mention') || classes.includes('hashtag'),
            text: '',
          });
        }
        if (name === 'br') breakLine(false);
        else if (name === 'img' && attributes.alt) append(attributes.alt);
        else if (BLOCKS.has(name)) breakLine(name === 'p');
      },
      ontext(text) {
        if (skipDepth > 0 || invisibleDepth > 0) return;
        append(pre > 0 ? text : text.replace(/[\s\u00a0]+/g, ' '));
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'span') {
          const kind = spanStack.pop();
          if (kind === 'invisible') invisibleDepth = Math.max(0, invisibleDepth - 1);
          if (kind === 'ellipsis') append('…');
        }
        if (name === 'a') {
          const anchor = anchors.pop();
          if (anchor) append(renderAnchor(anchor));
        }
        if (BLOCKS.has(name)) breakLine(name === 'p');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return tidy(lines);
}

function renderAnchor(anchor: Anchor): string {
  const text = anchor.text.trim();
  const href = anchor.href?.trim() ?? '';
  const isWebLink = /^https?:\/\//i.test(href);
  if (anchor.isTagOrMention || !isWebLink) return text;
  if (text === '' || looksLikeUrl(text)) return href;
  return text === href ? href : `${text} (${href})`;
}

function looksLikeUrl(text: string): boolean {
  return /^(https?:\/\/|www\.)/i.test(text) || /^[\w-]+(\.[\w-]+)+(\/\S*)?…?$/.test(text);
}

function tidy(lines: string[]): string {
  const trimmed = lines.map((line) => line.replace(/[ \t]+/g, ' ').trim());
  return trimmed
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
