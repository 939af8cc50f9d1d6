import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../core/api';
import {
  ErrorBanner,
  FormField,
  todayIso,
  useFormat,
  useServerIssues,
  useToast,
} from '../../components';
import { useRequestStep } from './mutations';

/** Extension by two months (Art. 12(3) sentence 2) and the interim notice. */
export function ExtensionPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const toast = useToast();
  const extend = useRequestStep('requests.extend');
  const interim = useRequestStep('requests.recordInterim');
  const [on, setOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [interimOn, setInterimOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const extendIssues = useServerIssues(extend.error, {
    fields: ['on', 'reason'],
    values: { on, reason },
  });
  const interimIssues = useServerIssues(interim.error, {
    fields: ['on', 'reason'],
    values: { on: interimOn, reason: note },
  });
  const open = ['received', 'identity_check', 'in_progress', 'in_review'].includes(r.state);

  return (
    <section className="card" aria-labelledby="requests-extension">
      <h2 id="requests-extension" className="card-title">
        {t('extension.title')}
      </h2>
      <p>
        {r.extension
          ? t('extension.recorded', {
              date: format.date(r.extension.on),
              reason: r.extension.reason,
            })
          : t('extension.none')}
      </p>
      {r.interim ? (
        <p>{t('extension.interimRecorded', { date: format.date(r.interim.on) })}</p>
      ) : null}
      {open && !r.extension ? (
        <div className="stack">
          <ErrorBanner {...extendIssues.banner} />
          <FormField label={t('extension.on')} error={extendIssues.at('on')}>
            <input
              className="input"
              type="date"
              value={on}
              onChange={(e) => setOn(e.target.value)}
            />
          </FormField>
          <FormField label={t('extension.reason')} required error={extendIssues.at('reason')}>
            <textarea
              className="input"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </FormField>
          <div>
            <button
              type="button"
              className="button"
              onClick={() =>
                extend.mutate(
                  { id: r.id, on, reason },
                  { onSuccess: () => toast(t('extension.saved')) },
                )
              }
            >
              {t('extension.save')}
            </button>
          </div>
        </div>
      ) : null}
      {open ? (
        <div className="stack">
          <ErrorBanner {...interimIssues.banner} />
          <FormField label={t('extension.interimOn')} error={interimIssues.at('on')}>
            <input
              className="input"
              type="date"
              value={interimOn}
              onChange={(e) => setInterimOn(e.target.value)}
            />
          </FormField>
          <FormField label={t('extension.interimNote')} error={interimIssues.at('reason')}>
            <input className="input" value={note} onChange={(e) => setNote(e.target.value)} />
          </FormField>
          <div>
            <button
              type="button"
              className="button"
              onClick={() =>
                interim.mutate(
                  { id: r.id, on: interimOn, reason: note },
                  { onSuccess: () => toast(t('extension.interimSaved')) },
                )
              }
            >
              {t('extension.interimSave')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
