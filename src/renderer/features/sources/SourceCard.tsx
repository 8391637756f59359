import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../shared/contract';
import { Badge, type BadgeTone } from '../queue/Badge';
import { RelativeTime } from '../queue/RelativeTime';

type SourceView = CallOutput<'sources.list'>[number];
type TestOutcome = { ok: true; value: CallOutput<'sources.test'> } | { ok: false; message: string };

const stateTone: Record<SourceView['health']['state'], BadgeTone> = {
  idle: 'muted',
  polling: 'info',
  ok: 'positive',
  backingOff: 'negative',
  rateLimited: 'negative',
  reconnectNeeded: 'urgent',
  disabled: 'muted',
};

/** One source: its health, and the actions on it (test, edit, enable, remove). */
export function SourceCard({
  source,
  onTest,
  onEdit,
  onToggle,
  onRemove,
}: {
  source: SourceView;
  onTest: () => Promise<TestOutcome>;
  onEdit: () => void;
  onToggle: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [testing, setTesting] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { config, health } = source;
  const state = config.enabled ? health.state : 'disabled';

  return (
    <article className="card source-card" aria-label={config.name}>
      <header className="source-head">
        <div>
          <h2>{config.name}</h2>
          <p className="muted">
            {t(`sources.types.${config.type}`)}
            {config.terms.length > 0 &&
              ` · ${t('sources.termsList', { terms: config.terms.join(', ') })}`}
          </p>
        </div>
        <Badge tone={stateTone[state]}>{t(`sources.state.${state}`)}</Badge>
      </header>
      <dl className="health">
        <div>
          <dt>{t('sources.lastSuccess')}</dt>
          <dd>
            {health.lastSuccessAt ? (
              <RelativeTime iso={health.lastSuccessAt} />
            ) : (
              t('sources.never')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('sources.nextPoll')}</dt>
          <dd>
            {health.nextPollAt && config.enabled ? <RelativeTime iso={health.nextPollAt} /> : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('sources.mentionsToday')}</dt>
          <dd>{health.mentionsToday}</dd>
        </div>
        <div>
          <dt>{t('sources.lastError')}</dt>
          <dd className={health.lastError ? 'inline-error' : ''}>
            {health.lastError ? health.lastError.message : '—'}
          </dd>
        </div>
      </dl>
      {outcome && (
        <div className={`test-outcome ${outcome.ok ? 'is-ok' : 'is-error'}`} role="status">
          {outcome.ok ? (
            <>
              <p>{t('sources.testFound', { count: outcome.value.found })}</p>
              {outcome.value.sample.length > 0 && (
                <ul>
                  {outcome.value.sample.map((text, index) => (
                    <li key={index} dir="auto">
                      {text}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p>{t('sources.testFailed', { message: outcome.message })}</p>
          )}
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          disabled={testing}
          onClick={() => {
            setTesting(true);
            void onTest().then((result) => {
              setOutcome(result);
              setTesting(false);
            });
          }}
        >
          {testing ? t('sources.testing') : t('sources.test')}
        </button>
        <button type="button" onClick={onEdit}>
          {t('sources.edit')}
        </button>
        <button type="button" onClick={onToggle}>
          {config.enabled ? t('sources.disable') : t('sources.enable')}
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={onRemove}>
              {t('sources.confirmRemove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('sources.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('sources.remove')}
          </button>
        )}
      </div>
    </article>
  );
}
