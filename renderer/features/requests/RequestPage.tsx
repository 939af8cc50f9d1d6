import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestValuesOf, type DataRequest } from '../../../core/api';
import { informsRecipients } from '../../../core/rules/requests-workflow';
import { href, navigate } from '../../app/router';
import { ConfirmDialog, ErrorBanner, History, Page, useToast } from '../../components';
import { DeadlinePanel } from './DeadlinePanel';
import { ExtensionPanel } from './ExtensionPanel';
import { FilesPanel } from './FilesPanel';
import { IdentityPanel } from './IdentityPanel';
import { LettersPanel } from './LettersPanel';
import { useDeleteRequest, useUpdateRequest } from './mutations';
import { useRequest } from './queries';
import { RecipientsPanel } from './RecipientsPanel';
import { ReplyPanel } from './ReplyPanel';
import { RequestForm } from './RequestForm';
import { ReviewPanel } from './ReviewPanel';
import { WorkflowPanel } from './WorkflowPanel';
import { RequestConsentPanel } from '../consent';

/** One request: deadline, workflow, identity, reply, review, letters, files, history. */
export function RequestPage({ clientId, id }: { clientId: number; id: number }) {
  const { t } = useTranslation('requests');
  const request = useRequest(id);
  const r = request.data;
  if (request.error) return <ErrorBanner error={request.error} />;
  if (!r) return <p className="muted page-loading">{t('common:status.loading')}</p>;
  return <RequestView clientId={clientId} r={r} />;
}

function RequestView({ clientId, r }: { clientId: number; r: DataRequest }) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const [deleting, setDeleting] = useState(false);
  const edit = useUpdateRequest(r.id, () => toast(t('form.saved')));
  const remove = useDeleteRequest(r.id, () => {
    toast(t('detail.deleted'));
    navigate(`/client/${clientId}/requests`);
  });
  const closed = r.state === 'closed';
  // A sent reply documents how the duty was met: the request stays as it is.
  const sent = closed || r.sentReply !== null || r.state === 'answered' || r.state === 'refused';
  const initial = requestValuesOf(r);
  const art19 = informsRecipients(r.kind);

  return (
    <Page
      title={r.requesterName}
      eyebrow={`${r.clientName} · ${t(`kinds.${r.kind}`)}`}
      actions={
        <>
          <a className="button" href={href(`/client/${clientId}/requests`)}>
            {t('detail.back')}
          </a>
          {!sent ? (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => setDeleting(true)}
            >
              {t('detail.delete')}
            </button>
          ) : null}
        </>
      }
    >
      {closed ? <p className="banner">{t('detail.closedNote')}</p> : null}
      <div className="requests-columns">
        <div className="stack">
          <DeadlinePanel r={r} />
          <WorkflowPanel r={r} />
          <IdentityPanel r={r} />
          <ReplyPanel r={r} />
          <ReviewPanel r={r} />
          {art19 ? <RecipientsPanel r={r} /> : null}
        </div>
        <div className="stack">
          <LettersPanel r={r} />
          <ExtensionPanel r={r} />
          <FilesPanel r={r} />
          <RequestConsentPanel r={r} />
          <details className="card">
            <summary className="card-title">{t('detail.details')}</summary>
            {sent ? (
              <p className="muted">{r.description}</p>
            ) : (
              <RequestForm
                clientId={clientId}
                initial={initial}
                submitLabel={t('form.saveChanges')}
                mutation={edit}
                onCancel={() => undefined}
              />
            )}
          </details>
        </div>
      </div>
      <History entity="request" entityId={r.id} />
      <ConfirmDialog
        open={deleting}
        danger
        title={t('detail.deleteTitle')}
        body={t('detail.deleteBody', { name: r.requesterName })}
        confirmLabel={t('detail.delete')}
        onConfirm={() => remove.mutate()}
        onCancel={() => setDeleting(false)}
      />
    </Page>
  );
}
