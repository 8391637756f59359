import { useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { CallOutput, Notice } from '../shared/contract';
import type { SettingsPatch } from '../shared/domain/settings';
import { NoticeBar } from './features/notices/NoticeBar';
import { QueueView } from './features/queue/QueueView';
import { SettingsScreen } from './features/settings/SettingsView';
import { SourcesView } from './features/sources/SourcesView';
import { createI18n, resolveLanguage } from './i18n';
import { CONNECTION_LOST_EVENT } from './webShellClient';
import { useServices } from './services';
import { useUiStore, type View } from './state/uiStore';

type SettingsView = CallOutput<'settings.get'>;

/** The shell of the interface: header with navigation, notices, and the current screen. */
export function App({ initialSettings }: { initialSettings: SettingsView }) {
  const { bridge } = useServices();
  const [settings, setSettings] = useState(initialSettings);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [info, setInfo] = useState<CallOutput<'app.info'> | null>(null);
  const storageErrors = useUiStore((state) => state.storageErrors);
  const [disconnected, setDisconnected] = useState(false);
  useEffect(() => {
    const onLost = () => setDisconnected(true);
    window.addEventListener(CONNECTION_LOST_EVENT, onLost);
    return () => window.removeEventListener(CONNECTION_LOST_EVENT, onLost);
  }, []);
  const language = resolveLanguage(settings.language, navigator.languages);
  const [i18n] = useState(() => createI18n(language));

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  useEffect(() => {
    void bridge['app.notices']({}).then((result) => result.ok && setNotices(result.value));
    void bridge['app.info']({}).then((result) => result.ok && setInfo(result.value));
    return bridge.on('notice', (notice) => setNotices((current) => [...current, notice]));
  }, [bridge]);

  const connectionNotices: Notice[] = disconnected
    ? [{ id: 'connection-lost', key: 'app.offline', values: {}, level: 'error' }]
    : [];
  const localNotices: Notice[] = storageErrors.map((message, index) => ({
    id: `storage-${index}`,
    key: 'notice.storageError',
    values: { message },
    level: 'error',
  }));
  const dismiss = useCallback(
    (id: string) => {
      setNotices((current) => current.filter((notice) => notice.id !== id));
      void bridge['app.dismissNotice']({ id });
    },
    [bridge],
  );
  const change = useCallback(
    (patch: SettingsPatch) => {
      void bridge['settings.update'](patch).then(
        (result) => result.ok && setSettings(result.value),
      );
    },
    [bridge],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <Layout notices={[...connectionNotices, ...localNotices, ...notices]} onDismiss={dismiss}>
        <Screen settings={settings} info={info} onChange={change} />
      </Layout>
    </I18nextProvider>
  );
}

function Layout({
  notices,
  onDismiss,
  children,
}: {
  notices: Notice[];
  onDismiss: (id: string) => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const view = useUiStore((state) => state.view);
  const setView = useUiStore((state) => state.setView);
  const tabs: View[] = ['queue', 'sources', 'settings'];
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          {tabs.map((tab) => (
            <button
              key={tab}
              type="button"
              className={`nav-tab${view === tab ? ' is-current' : ''}`}
              aria-current={view === tab ? 'page' : undefined}
              onClick={() => setView(tab)}
            >
              {t(`nav.${tab}`)}
            </button>
          ))}
        </nav>
      </header>
      <NoticeBar notices={notices} onDismiss={onDismiss} />
      <main className="app-main">{children}</main>
    </div>
  );
}

function Screen({
  settings,
  info,
  onChange,
}: {
  settings: SettingsView;
  info: CallOutput<'app.info'> | null;
  onChange: (patch: SettingsPatch) => void;
}) {
  const view = useUiStore((state) => state.view);
  switch (view) {
    case 'queue':
      return <QueueView />;
    case 'sources':
      return <SourcesView />;
    case 'settings':
      return <SettingsScreen settings={settings} info={info} onChange={onChange} />;
  }
}
