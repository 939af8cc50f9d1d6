import { useTranslation } from 'react-i18next';
import { adChannels, type PersonSummary } from '../../../core/api';
import { href } from '../../app/router';
import { useFormat } from '../../components';

/** An e-mail address may wrap after its @ rather than inside a word. */
function breakAfterAt(text: string) {
  const at = text.indexOf('@');
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at + 1)}
      <wbr />
      {text.slice(at + 1)}
    </>
  );
}

/** One row per person: contact, and per channel whether advertising is allowed now. */
export function PersonTable({ clientId, rows }: { clientId: number; rows: PersonSummary[] }) {
  const { t } = useTranslation('consent');
  const format = useFormat();
  return (
    <div className="card">
      <table className="table consent-table">
        <caption className="visually-hidden">{t('persons.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('personFields.name')}</th>
            <th scope="col">{t('persons.contact')}</th>
            {adChannels.map((c) => (
              <th key={c} scope="col">
                {t(`channels.${c}`)}
              </th>
            ))}
            <th scope="col">{t('persons.keepUntil')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td>
                <a href={href(`/client/${clientId}/consent/persons/${p.id}`)}>{p.name}</a>
                {p.suppressed ? <div className="muted">{t('persons.onSuppression')}</div> : null}
              </td>
              <td className="consent-contact">
                {[p.email, p.phone, p.reference].filter(Boolean).map((line) => (
                  <div key={line}>{breakAfterAt(line)}</div>
                ))}
              </td>
              {adChannels.map((c) => (
                <td key={c}>
                  {p.allowed.includes(c) ? (
                    <span className="badge badge-success">{t('persons.yes')}</span>
                  ) : (
                    <span className="muted">{t('persons.no')}</span>
                  )}
                </td>
              ))}
              <td className="consent-date">{p.keepUntil ? format.date(p.keepUntil) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
