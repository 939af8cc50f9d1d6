import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../core/api';
import { ErrorBanner, useFormat } from '../../components';
import { useRequestStep } from './mutations';
import { useProposal } from './queries';

/** Art. 19: the recipients to inform of a rectification, erasure or restriction. */
export function RecipientsPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const proposal = useProposal(r.id);
  const set = useRequestStep('requests.setRecipients');
  const tick = useRequestStep('requests.tickRecipient');
  const closed = r.state === 'closed';
  // A recipient the register does not know (e.g. a credit agency named in the letter).
  const [extra, setExtra] = useState('');
  const current = r.recipients.map((x) => x.name);
  const addExtra = () => {
    const name = extra.trim();
    if (!name) return;
    set.mutate({ id: r.id, names: [...current, name] }, { onSuccess: () => setExtra('') });
  };
  return (
    <section className="card" aria-labelledby="requests-recipients">
      <div className="card-header">
        <h2 id="requests-recipients" className="card-title">
          {t('recipients.title')}
        </h2>
        {!closed ? (
          <button
            type="button"
            className="button button-small"
            disabled={!proposal.data}
            onClick={() =>
              set.mutate({
                id: r.id,
                names: [...current, ...(proposal.data?.recipients ?? [])],
              })
            }
          >
            {t('recipients.fromRegister')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('recipients.intro')}</p>
      <ErrorBanner error={set.error ?? tick.error} />
      {r.recipients.length === 0 ? <p className="muted">{t('recipients.none')}</p> : null}
      <ul className="requests-recipients">
        {r.recipients.map((x) => (
          <li key={x.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={x.doneOn !== null}
                disabled={closed || tick.isPending}
                onChange={(e) =>
                  tick.mutate({ id: r.id, recipientId: x.id, done: e.target.checked })
                }
              />
              <span>
                {x.name}
                {x.doneOn ? (
                  <span className="muted">
                    {' '}
                    · {t('recipients.done', { date: format.date(x.doneOn), by: x.doneBy })}
                  </span>
                ) : null}
              </span>
            </label>
            {!closed ? (
              <button
                type="button"
                className="button button-small"
                aria-label={t('recipients.removeNamed', { name: x.name })}
                disabled={set.isPending}
                onClick={() => set.mutate({ id: r.id, names: current.filter((n) => n !== x.name) })}
              >
                {t('recipients.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!closed ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            addExtra();
          }}
        >
          <label className="field-label" htmlFor="requests-extra-recipient">
            {t('recipients.addLabel')}
          </label>
          <input
            id="requests-extra-recipient"
            className="input"
            value={extra}
            maxLength={200}
            onChange={(event) => setExtra(event.target.value)}
          />
          <button type="submit" className="button button-small" disabled={set.isPending}>
            {t('recipients.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
