import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services';

/** A link that opens in the system browser through main's URL check, never in the app. */
export function SafeLink({ url, label }: { url: string; label?: string }) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <a
        href={url}
        className="external-link"
        rel="noreferrer noopener"
        onClick={(event) => {
          event.preventDefault();
          void bridge['app.openExternal']({ url }).then((result) =>
            setError(result.ok ? null : result.error.message),
          );
        }}
      >
        {label ?? url}
      </a>
      {error && (
        <span className="inline-error" role="alert">
          {t('detail.linkFailed', { message: error })}
        </span>
      )}
    </>
  );
}
