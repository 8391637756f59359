import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_INTERVAL_SECONDS, type SourceType } from '../../../shared/domain/sourceConfig';
import { emptyForm, type SourceFormValues } from './sourceForm';

/** Add or edit one source: its kind, address, credentials, brand terms and interval. */
export function SourceForm({
  initial,
  hasSecret,
  error,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: SourceFormValues;
  hasSecret: boolean;
  error: string | null;
  busy: boolean;
  onSubmit: (values: SourceFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof SourceFormValues>(key: K, value: SourceFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const editing = initial.id !== undefined;
  const secretLabel = values.type === 'mastodon' ? t('sources.token') : t('sources.appPassword');

  return (
    <form
      className="card source-form"
      aria-label={editing ? t('sources.editTitle') : t('sources.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      <h2>{editing ? t('sources.editTitle') : t('sources.addTitle')}</h2>
      {!editing && (
        <label className="field">
          <span>{t('sources.type')}</span>
          <select
            value={values.type}
            onChange={(event) =>
              setValues({ ...emptyForm(event.target.value as SourceType), name: values.name })
            }
          >
            {(['mastodon', 'bluesky', 'rss', 'demo'] as const).map((type) => (
              <option key={type} value={type}>
                {t(`sources.types.${type}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <TextField
        label={t('sources.name')}
        value={values.name}
        onChange={(value) => set('name', value)}
        required
      />
      {values.type === 'rss' && (
        <TextField
          label={t('sources.feedUrl')}
          value={values.url}
          onChange={(value) => set('url', value)}
          type="url"
          required
          hint={t('sources.feedUrlHint')}
        />
      )}
      {(values.type === 'mastodon' || values.type === 'bluesky') && (
        <TextField
          label={values.type === 'mastodon' ? t('sources.instanceUrl') : t('sources.serviceUrl')}
          value={values.baseUrl}
          onChange={(value) => set('baseUrl', value)}
          type="url"
          required
        />
      )}
      {values.type === 'bluesky' && (
        <TextField
          label={t('sources.handle')}
          value={values.handle}
          onChange={(value) => set('handle', value)}
          required
        />
      )}
      {(values.type === 'mastodon' || values.type === 'bluesky') && (
        <TextField
          label={secretLabel}
          value={values.secret}
          onChange={(value) => set('secret', value)}
          type="password"
          required={!hasSecret}
          hint={
            hasSecret
              ? t('sources.secretKept')
              : values.type === 'mastodon'
                ? t('sources.tokenHint')
                : t('sources.appPasswordHint')
          }
        />
      )}
      <TextField
        label={t('sources.terms')}
        value={values.terms}
        onChange={(value) => set('terms', value)}
        hint={t('sources.termsHint')}
      />
      <TextField
        label={t('sources.exclude')}
        value={values.exclude}
        onChange={(value) => set('exclude', value)}
        hint={t('sources.excludeHint')}
      />
      {values.type === 'mastodon' && (
        <TextField
          label={t('sources.hashtags')}
          value={values.hashtags}
          onChange={(value) => set('hashtags', value)}
        />
      )}
      {(values.type === 'mastodon' || values.type === 'bluesky') && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.notifications}
            onChange={(event) => set('notifications', event.target.checked)}
          />
          <span>{t('sources.notifications')}</span>
        </label>
      )}
      {values.type === 'demo' && (
        <TextField
          label={t('sources.pace')}
          value={values.paceSeconds}
          onChange={(value) => set('paceSeconds', value)}
          type="number"
        />
      )}
      <TextField
        label={t('sources.interval')}
        value={values.intervalSeconds}
        onChange={(value) => set('intervalSeconds', value)}
        type="number"
        hint={
          values.type === 'demo'
            ? undefined
            : t('sources.intervalHint', { min: MIN_INTERVAL_SECONDS })
        }
      />
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('sources.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('sources.save')}
        </button>
      </div>
    </form>
  );
}

function TextField({
  label,
  value,
  onChange,
  type = 'text',
  required,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  required?: boolean;
  hint?: string | undefined;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && <small className="muted">{hint}</small>}
    </label>
  );
}
