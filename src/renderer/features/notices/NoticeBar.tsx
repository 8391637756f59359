import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/contract';

/** Things the user must know (a reset settings file, skipped journal lines), until dismissed. */
export function NoticeBar({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role="alert">
          <p>{t(notice.key, notice.values)}</p>
          <button type="button" className="link-button" onClick={() => onDismiss(notice.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
