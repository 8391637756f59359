import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkExternalUrl } from '../../../shared/externalUrl';
import { SafeLink } from './SafeLink';
import { linkify } from './linkify';

/** Beyond this many characters a post is shortened, with a button to see all of it. */
export const SHORTENED_LENGTH = 2_000;

/**
 * A post's text, rendered as text: hostile markup shows as characters, links become
 * checked external links, and bidi overrides cannot spill out of the paragraph.
 */
export function PostText({ text }: { text: string }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const long = text.length > SHORTENED_LENGTH;
  const shown = long && !expanded ? `${text.slice(0, SHORTENED_LENGTH)}…` : text;
  return (
    <div className="post-text">
      <p dir="auto">
        {linkify(shown).map((segment, index) =>
          segment.kind === 'text' ? (
            <span key={index}>{segment.text}</span>
          ) : checkExternalUrl(segment.url).ok ? (
            <SafeLink key={index} url={segment.url} />
          ) : (
            <span key={index} className="link-blocked" title={t('detail.linkBlocked')}>
              {segment.url}
            </span>
          ),
        )}
      </p>
      {long && (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('detail.showLess') : t('detail.showAll', { count: text.length })}
        </button>
      )}
    </div>
  );
}
