import { useTranslation } from 'react-i18next';
import { controllerComplete } from '../../../../../core/rules/completeness';
import { useClient } from '../../../../app/queries';
import { href } from '../../../../app/router';
import { Section, TextField } from '../fields';

/**
 * Art. 30(1)(a): the controller's details live in the client's master data (one place for all
 * activities); this section shows them and takes the activity's joint controllers.
 */
export function ControllerSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation('activities');
  const client = useClient(clientId).data;
  const address = client
    ? [client.street, [client.postcode, client.city].filter(Boolean).join(' ')]
    : [];
  const contact = client ? [client.email, client.phone] : [];
  return (
    <Section id="section-controller" title={t('sections.controller')} reference={t('refs.a')}>
      {client ? (
        <div className="controller-summary">
          <p>
            <strong>{client.name}</strong>
          </p>
          {address.filter(Boolean).length > 0 ? <p>{address.filter(Boolean).join(', ')}</p> : null}
          {contact.filter(Boolean).length > 0 ? <p>{contact.filter(Boolean).join(' · ')}</p> : null}
          {client.dpoName ? <p>{t('controller.dpo', { name: client.dpoName })}</p> : null}
          {!controllerComplete(client) ? (
            <p className="inline-warning">{t('controller.incomplete')}</p>
          ) : null}
          <p>
            <a id="activity-controller-link" href={href(`/client/${clientId}/details`)}>
              {t('controller.edit')}
            </a>
          </p>
        </div>
      ) : null}
      <TextField name="jointControllers" rows={2} hint={t('hints.jointControllers')} />
    </Section>
  );
}
