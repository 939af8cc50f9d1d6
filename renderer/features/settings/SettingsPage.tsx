import { useTranslation } from 'react-i18next';
import { Page } from '../../components';
import { AuditSection } from './AuditSection';
import { EncryptionSection } from './EncryptionSection';
import { PreferencesForm } from './PreferencesForm';
import { WorkspaceSection } from './WorkspaceSection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <Page title={t('title')}>
      <PreferencesForm />
      <WorkspaceSection />
      <EncryptionSection />
      <AuditSection />
    </Page>
  );
}
