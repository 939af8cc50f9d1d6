import { useTranslation } from 'react-i18next';
import { controllerComplete } from '../../../../../core/rules/completeness';
import { useOrganisation } from '../../../../app/queries';
import { href } from '../../../../app/router';
import { Section, TextField } from '../fields';

/**
 * Art. 30(1)(a): the controller's details live in the client's master data (one place for all
 * activities); this section shows them and takes the activity's joint controllers.
 */
export function ControllerSection({ orgId }: { orgId: number }) {
  const { t } = useTranslation('activities');
  const org = useOrganisation(orgId).data;
  const address = org ? [org.street, [org.postcode, org.city].filter(Boolean).join(' ')] : [];
  const contact = org ? [org.email, org.phone] : [];
  return (
    <Section id="section-controller" title={t('sections.controller')} reference={t('refs.a')}>
      {org ? (
        <div className="controller-summary">
          <p>
            <strong>{org.name}</strong>
          </p>
          {address.filter(Boolean).length > 0 ? <p>{address.filter(Boolean).join(', ')}</p> : null}
          {contact.filter(Boolean).length > 0 ? <p>{contact.filter(Boolean).join(' · ')}</p> : null}
          {org.dpoName ? <p>{t('controller.dpo', { name: org.dpoName })}</p> : null}
          {!controllerComplete(org) ? (
            <p className="inline-warning">{t('controller.incomplete')}</p>
          ) : null}
          <p>
            <a id="activity-controller-link" href={href(`/org/${orgId}/details`)}>
              {t('controller.edit')}
            </a>
          </p>
        </div>
      ) : null}
      <TextField name="jointControllers" rows={2} hint={t('hints.jointControllers')} />
    </Section>
  );
}
