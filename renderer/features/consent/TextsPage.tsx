import { useTranslation } from 'react-i18next';
import { useClient } from '../../app/queries';
import { href } from '../../app/router';
import { EmptyState, ErrorBanner, Page, useFormat } from '../../components';
import { useConsentTexts } from './queries';

/** The client's consent wordings, every version, with how many consents each holds. */
export function TextsPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('consent');
  const format = useFormat();
  const client = useClient(clientId);
  const texts = useConsentTexts(clientId);
  const newLink = (
    <a className="button button-primary" href={href(`/client/${clientId}/consent/texts/new`)}>
      {t('texts.new')}
    </a>
  );
  return (
    <Page
      title={t('texts.title')}
      eyebrow={client.data?.name}
      actions={
        <>
          {newLink}
          <a className="button" href={href(`/client/${clientId}/consent`)}>
            {t('texts.back')}
          </a>
        </>
      }
    >
      <p className="muted">{t('texts.intro')}</p>
      <ErrorBanner error={texts.error} />
      {texts.data && texts.data.length === 0 ? (
        <EmptyState title={t('texts.emptyTitle')} body={t('texts.emptyBody')} action={newLink} />
      ) : null}
      {texts.data && texts.data.length > 0 ? (
        <div className="card">
          <table className="table">
            <caption className="visually-hidden">{t('texts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('textFields.name')}</th>
                <th scope="col">{t('textFields.version')}</th>
                <th scope="col">{t('textFields.channels')}</th>
                <th scope="col">{t('textFields.validFrom')}</th>
                <th scope="col">{t('texts.used')}</th>
                <th scope="col">{t('texts.check')}</th>
              </tr>
            </thead>
            <tbody>
              {texts.data.map((x) => (
                <tr key={x.id}>
                  <td>
                    <a href={href(`/client/${clientId}/consent/texts/${x.id}`)}>{x.name}</a>
                    {x.replacedBy ? <div className="muted">{t('texts.replaced')}</div> : null}
                  </td>
                  <td>{x.version}</td>
                  <td>{x.channels.map((c) => t(`channels.${c}`)).join(', ')}</td>
                  <td>
                    {format.date(x.validFrom)}
                    {x.validUntil ? ` – ${format.date(x.validUntil)}` : ''}
                  </td>
                  <td>{x.usedCount}</td>
                  <td>
                    {x.findings.length === 0 ? (
                      <span className="badge badge-success">{t('texts.noFindings')}</span>
                    ) : (
                      <span className="badge badge-warning">
                        {t('texts.findings', { count: x.findings.length })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
