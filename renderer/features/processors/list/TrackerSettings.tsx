import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ErrorBanner, FormField, useToast } from '../../../components';
import { useSaveTrackerSettings } from '../mutations';
import { processorKeys } from '../queries';

/** The client's reminder period for requested AVVs that have not come back. */
export function TrackerSettings({ clientId }: { clientId: number }) {
  const settings = useQuery({
    queryKey: processorKeys.settings(clientId),
    queryFn: () => call('processors.getSettings', { clientId }),
  });
  // Mounted once the stored value is known, so the input starts from it.
  return settings.data ? (
    <SettingsForm clientId={clientId} initial={settings.data.requestOverdueDays} />
  ) : null;
}

function SettingsForm({ clientId, initial }: { clientId: number; initial: number }) {
  const { t } = useTranslation('processors');
  const toast = useToast();
  const [days, setDays] = useState(String(initial));
  const save = useSaveTrackerSettings(clientId);

  return (
    <details className="card section">
      <summary>{t('settings.title')}</summary>
      <form
        className="processor-toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(Number(days), { onSuccess: () => toast(t('settings.saved')) });
        }}
      >
        <FormField label={t('settings.days')} hint={t('settings.hint')}>
          <input
            className="input input-compact"
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </FormField>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('settings.save')}
        </button>
      </form>
      <ErrorBanner error={save.error} />
    </details>
  );
}
