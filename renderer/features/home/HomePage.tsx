import { useTranslation } from 'react-i18next';
import { useClient } from '../../app/queries';
import { Page } from '../../components';
import { homeSections } from './sections';

/**
 * A client's home: what needs attention first, then the state of each module. Modules add
 * themselves to `homeSections` (sections.ts), so this page does not grow with them.
 */
export function HomePage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('home');
  const client = useClient(clientId);
  return (
    <Page title={t('title')} eyebrow={client.data?.name}>
      <div className="home-sections">
        {homeSections.map(({ key, Component }) => (
          <Component key={key} clientId={clientId} />
        ))}
      </div>
    </Page>
  );
}
