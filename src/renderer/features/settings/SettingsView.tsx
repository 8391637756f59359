import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../shared/contract';
import type { InterfaceLanguage, SettingsPatch } from '../../../shared/domain/settings';

type Info = CallOutput<'app.info'>;
type SettingsView = CallOutput<'settings.get'>;

/** Interface language, alerts, how credentials are kept, and the version. */
export function SettingsScreen({
  settings,
  info,
  onChange,
}: {
  settings: SettingsView;
  info: Info | null;
  onChange: (patch: SettingsPatch) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="settings-view">
      <h1>{t('settings.title')}</h1>
      <div className="card">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            value={settings.language}
            onChange={(event) => onChange({ language: event.target.value as InterfaceLanguage })}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <div className="card">
        <h2>{t('settings.alerts')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.alerts.enabled}
            onChange={(event) => onChange({ alerts: { enabled: event.target.checked } })}
          />
          <span>{t('settings.alertsOn')}</span>
        </label>
      </div>
      <div className="card">
        <h2>{t('settings.secrets')}</h2>
        <p className="muted">{settings.secretsProtection}</p>
      </div>
      {info && (
        <div className="card">
          <h2>{t('settings.about')}</h2>
          <p className="muted">
            {t('settings.version', { version: info.version, shell: info.shell })}
          </p>
        </div>
      )}
    </div>
  );
}
