import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { EmptyState, Page } from '../../components';

/** First start: no client yet. Two sentences on what the app does, and the one next step. */
export function WelcomePage() {
  const { t } = useTranslation('home');
  return (
    <Page title={t('welcome.title')}>
      <EmptyState
        title={t('welcome.heading')}
        body={t('welcome.body')}
        action={
          <a className="button button-primary button-large" href={href('/clients/new')}>
            {t('welcome.createFirst')}
          </a>
        }
      />
    </Page>
  );
}
