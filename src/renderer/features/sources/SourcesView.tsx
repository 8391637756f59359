import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../shared/contract';
import { useServices } from '../../services';
import { SourceCard } from './SourceCard';
import { SourceForm } from './SourceForm';
import { draftFromForm, emptyForm, formFromConfig, type SourceFormValues } from './sourceForm';

type SourceView = CallOutput<'sources.list'>[number];
type Editing = { values: SourceFormValues; hasSecret: boolean } | null;

/** Where sources are added, tested, watched and removed. */
export function SourcesView() {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const [sources, setSources] = useState<SourceView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    void bridge['sources.list']({}).then((result) =>
      result.ok ? setSources(result.value) : setLoadError(result.error.message),
    );
  }, [bridge]);

  useEffect(() => {
    refresh();
    return bridge.on('sourceStatus', ({ sourceId, health }) =>
      setSources(
        (current) =>
          current?.map((source) =>
            source.config.id === sourceId ? { ...source, health } : source,
          ) ?? current,
      ),
    );
  }, [bridge, refresh]);

  const save = (values: SourceFormValues) => {
    setBusy(true);
    setFormError(null);
    const { config, credentials } = draftFromForm(values);
    void bridge['sources.save']({ config, credentials }).then((result) => {
      setBusy(false);
      if (!result.ok) return setFormError(plainSaveError(result.error.message, t));
      setEditing(null);
      refresh();
    });
  };
  const act = (pending: Promise<{ ok: boolean }>) => void pending.then(refresh);

  return (
    <div className="sources-view">
      <div className="sources-head">
        <h1>{t('sources.title')}</h1>
        {!editing && (
          <button
            type="button"
            className="primary"
            onClick={() => setEditing({ values: emptyForm('mastodon'), hasSecret: false })}
          >
            {t('sources.add')}
          </button>
        )}
      </div>
      <p className="muted">{t('sources.intro')}</p>
      {editing && (
        <SourceForm
          key={editing.values.id ?? 'new'}
          initial={editing.values}
          hasSecret={editing.hasSecret}
          error={formError}
          busy={busy}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {loadError && (
        <p className="inline-error" role="alert">
          {loadError}
        </p>
      )}
      {sources === null && !loadError && <p role="status">{t('sources.loading')}</p>}
      {sources?.length === 0 && <p className="state-panel">{t('sources.empty')}</p>}
      <div className="source-list">
        {sources?.map((source) => (
          <SourceCard
            key={source.config.id}
            source={source}
            onTest={async () => {
              const result = await bridge['sources.test']({ id: source.config.id });
              return result.ok
                ? { ok: true, value: result.value }
                : { ok: false, message: result.error.message };
            }}
            onEdit={() => {
              setFormError(null);
              setEditing({
                values: formFromConfig(source.config),
                hasSecret: source.hasCredentials,
              });
            }}
            onToggle={() =>
              act(
                bridge['sources.setEnabled']({
                  id: source.config.id,
                  enabled: !source.config.enabled,
                }),
              )
            }
            onRemove={() => act(bridge['sources.remove']({ id: source.config.id }))}
          />
        ))}
      </div>
    </div>
  );
}

const fieldLabels: Record<string, string> = {
  name: 'sources.name',
  url: 'sources.feedUrl',
  baseUrl: 'sources.instanceUrl',
  handle: 'sources.handle',
  intervalSeconds: 'sources.interval',
  terms: 'sources.terms',
  exclude: 'sources.exclude',
  hashtags: 'sources.hashtags',
  paceSeconds: 'sources.pace',
};

/** Turns main's "sources.save: config.intervalSeconds: at least 15 seconds" into the form's own words. */
function plainSaveError(message: string, t: (key: string) => string): string {
  const match = /config\.(\w+)(?:\.\d+)?: (.*)$/.exec(message);
  const label = match?.[1] ? fieldLabels[match[1]] : undefined;
  return match && label ? `${t(label)}: ${match[2] ?? ''}` : message;
}
