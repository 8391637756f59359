import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../shared/classify/types';
import { describeReason } from '../../../shared/classify/reasons';
import { Badge } from '../queue/Badge';

/** Why this mention is where it is in the queue, in words. */
export function ClassificationPanel({
  classification,
  matchedTerm,
}: {
  classification: Classification;
  matchedTerm: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'nl' ? 'nl' : 'en';
  const tone =
    classification.sentiment === 'negative'
      ? 'negative'
      : classification.sentiment === 'positive'
        ? 'positive'
        : 'muted';
  return (
    <section className="classification" aria-label={t('detail.classification')}>
      <h3>{t('detail.classification')}</h3>
      <div className="row-badges">
        {classification.urgent && <Badge tone="urgent">{t('queue.urgent')}</Badge>}
        <Badge tone={tone}>{t(`sentiment.${classification.sentiment}`)}</Badge>
        <Badge tone="info">{t(`intent.${classification.intent}`)}</Badge>
        <Badge tone="muted">{t(`lang.${classification.lang}`)}</Badge>
        {classification.abusive && <Badge tone="negative">{t('queue.abusive')}</Badge>}
        <Badge tone="muted">
          {t('queue.urgency', { value: Math.round(classification.urgency * 100) })}
        </Badge>
      </div>
      {classification.reasons.length === 0 ? (
        <p className="muted">{t('detail.noReasons')}</p>
      ) : (
        <ul className="reasons">
          {classification.reasons.map((reason) => (
            <li key={reason}>{describeReason(reason, language)}</li>
          ))}
        </ul>
      )}
      {matchedTerm && <p className="muted">{t('detail.matched', { term: matchedTerm })}</p>}
    </section>
  );
}
