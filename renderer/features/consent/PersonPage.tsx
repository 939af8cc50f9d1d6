import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPerson, ConsentPersonInput } from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { href, navigate } from '../../app/router';
import { ConfirmDialog, ErrorBanner, History, Page, useFormat, useToast } from '../../components';
import { ChannelPanel } from './ChannelPanel';
import { EventForm } from './EventForm';
import { EventList } from './EventList';
import { useCreatePerson, useDeletePerson, useUpdatePerson } from './mutations';
import { PersonForm } from './PersonForm';
import { useConsentTexts, usePerson, usePersonFiles } from './queries';

const blank: ConsentPersonInput = {
  name: '',
  email: '',
  phone: '',
  reference: '',
  business: false,
  presumedConsentReason: '',
  customerSaleOn: null,
  customerSaleNote: '',
  similarGoods: '',
  noticeAtCollection: false,
  noticeInEveryMail: false,
};

const valuesOf = (p: ConsentPerson): ConsentPersonInput => ({
  name: p.name,
  email: p.email,
  phone: p.phone,
  reference: p.reference,
  business: p.business,
  presumedConsentReason: p.presumedConsentReason,
  customerSaleOn: p.customerSaleOn,
  customerSaleNote: p.customerSaleNote,
  similarGoods: p.similarGoods,
  noticeAtCollection: p.noticeAtCollection,
  noticeInEveryMail: p.noticeInEveryMail,
});

export function NewPersonPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('consent');
  const toast = useToast();
  const create = useCreatePerson(clientId);
  return (
    <Page title={t('persons.new')}>
      <div className="card">
        <PersonForm
          initial={blank}
          submitLabel={t('personForm.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(v) =>
            create.mutate(v, {
              onSuccess: (saved) => {
                toast(t('personForm.saved'));
                navigate(`/client/${clientId}/consent/persons/${saved.id}`);
              },
            })
          }
          onCancel={() => navigate(`/client/${clientId}/consent`)}
        />
      </div>
    </Page>
  );
}

/** One person: what each channel allows now and why, the events, the details and files. */
export function PersonPage({ clientId, id }: { clientId: number; id: number }) {
  const { t } = useTranslation('consent');
  const toast = useToast();
  const format = useFormat();
  const person = usePerson(id);
  const texts = useConsentTexts(clientId);
  const files = usePersonFiles(id);
  const update = useUpdatePerson(id);
  const remove = useDeletePerson();
  const [deleting, setDeleting] = useState(false);
  const p = person.data;
  if (!p) {
    return (
      <Page title={t('persons.loading')}>
        <ErrorBanner error={person.error} />
      </Page>
    );
  }
  const open = async (fileId: number) => {
    const file = await call('attachments.get', { id: fileId });
    await saveExportedFile({
      filename: file.name,
      mimeType: file.mimeType,
      base64: file.base64,
      createdAt: file.createdAt,
    });
  };
  return (
    <Page
      title={p.name}
      eyebrow={`${p.clientName} · ${t('title')}`}
      actions={
        <>
          <a className="button" href={href(`/client/${clientId}/consent`)}>
            {t('persons.back')}
          </a>
          <button
            type="button"
            className="button button-danger-outline"
            onClick={() => setDeleting(true)}
          >
            {t('persons.delete')}
          </button>
        </>
      }
    >
      {p.suppressed.length > 0 ? (
        <p className="banner">
          {t('persons.suppressedBanner', {
            channels: p.suppressed.map((c) => t(`channels.${c}`)).join(', '),
          })}
        </p>
      ) : null}
      <div className="consent-person-layout">
        <div className="stack">
          <ChannelPanel person={p} />
          <section className="card" aria-labelledby="events-title">
            <h2 id="events-title" className="card-title">
              {t('events.title')}
            </h2>
            <EventList person={p} />
            {texts.data ? (
              <EventForm key={p.events.length} personId={p.id} texts={texts.data} />
            ) : null}
          </section>
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="details-title">
            <h2 id="details-title" className="card-title">
              {t('persons.details')}
            </h2>
            <PersonForm
              key={p.updatedAt}
              initial={valuesOf(p)}
              submitLabel={t('personForm.save')}
              pending={update.isPending}
              error={update.error}
              onSubmit={(v) => update.mutate(v, { onSuccess: () => toast(t('personForm.saved')) })}
            />
          </section>
          <section className="card" aria-labelledby="person-files">
            <h2 id="person-files" className="card-title">
              {t('files.title')}
            </h2>
            {files.data && files.data.length === 0 ? (
              <p className="muted">{t('files.empty')}</p>
            ) : null}
            <ul className="attachment-list">
              {files.data?.map((f) => (
                <li key={f.id} className="attachment-item">
                  <div>
                    <strong>{f.name}</strong>
                    <div className="muted">{format.dateTime(f.createdAt)}</div>
                  </div>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void open(f.id)}
                  >
                    {t('files.open', { name: f.name })}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      <ErrorBanner error={remove.error} />
      <History entity="consent_person" entityId={p.id} />
      <ConfirmDialog
        open={deleting}
        danger
        title={t('persons.deleteTitle')}
        body={t('persons.deleteBody', { name: p.name, count: p.events.length })}
        confirmLabel={t('persons.delete')}
        onConfirm={() =>
          remove.mutate(p.id, {
            onSuccess: () => {
              toast(t('persons.deleted'));
              navigate(`/client/${clientId}/consent`);
            },
            onSettled: () => setDeleting(false),
          })
        }
        onCancel={() => setDeleting(false)}
      />
    </Page>
  );
}
