import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentText, ConsentTextInput } from '../../../core/api';
import { href, navigate } from '../../app/router';
import {
  ConfirmDialog,
  ErrorBanner,
  History,
  Page,
  todayIso,
  useFormat,
  useToast,
} from '../../components';
import { useCreateText, useDeleteText, useUpdateText } from './mutations';
import { useConsentText } from './queries';
import { TextForm } from './TextForm';
import { WordingFindings } from './WordingFindings';

const blank = (): ConsentTextInput => ({
  name: '',
  purpose: '',
  channels: ['email'],
  advertiser: '',
  partners: '',
  productScope: '',
  privacyNoticeVersion: '',
  language: 'de',
  text: '',
  validFrom: todayIso(),
  validUntil: null,
  preTicked: false,
  coupledToTerms: false,
  prizeDraw: false,
});

const valuesOf = (x: ConsentText): ConsentTextInput => ({
  name: x.name,
  purpose: x.purpose,
  channels: x.channels,
  advertiser: x.advertiser,
  partners: x.partners,
  productScope: x.productScope,
  privacyNoticeVersion: x.privacyNoticeVersion,
  language: x.language,
  text: x.text,
  validFrom: x.validFrom,
  validUntil: x.validUntil,
  preTicked: x.preTicked,
  coupledToTerms: x.coupledToTerms,
  prizeDraw: x.prizeDraw,
});

/** A new wording, or a new version of one (its values to start from). */
export function NewTextPage({
  clientId,
  replacesId,
}: {
  clientId: number;
  replacesId: number | null;
}) {
  const { t } = useTranslation('consent');
  const toast = useToast();
  const previous = useConsentText(replacesId);
  const create = useCreateText(clientId, replacesId);
  if (replacesId !== null && !previous.data) {
    return (
      <Page title={t('texts.newVersion')}>
        <ErrorBanner error={previous.error} />
      </Page>
    );
  }
  const initial = previous.data
    ? { ...valuesOf(previous.data), validFrom: todayIso(), validUntil: null }
    : blank();
  return (
    <Page
      title={replacesId === null ? t('texts.new') : t('texts.newVersionOf', { name: initial.name })}
    >
      <TextForm
        initial={initial}
        submitLabel={t('textForm.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(v) =>
          create.mutate(v, {
            onSuccess: (saved) => {
              toast(t('textForm.saved'));
              navigate(`/client/${clientId}/consent/texts/${saved.id}`);
            },
          })
        }
        onCancel={() => navigate(`/client/${clientId}/consent/texts`)}
      />
    </Page>
  );
}

/** One version: its exact text and hash, the check, and editing only while unused. */
export function TextPage({ clientId, id }: { clientId: number; id: number }) {
  const { t } = useTranslation('consent');
  const toast = useToast();
  const format = useFormat();
  const text = useConsentText(id);
  const update = useUpdateText(id);
  const remove = useDeleteText();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const x = text.data;
  if (!x) {
    return (
      <Page title={t('texts.loading')}>
        <ErrorBanner error={text.error} />
      </Page>
    );
  }
  const unused = x.usedCount === 0;
  return (
    <Page
      title={`${x.name} (${t('textFields.version')} ${x.version})`}
      eyebrow={t('texts.title')}
      actions={
        <>
          <a
            className="button button-primary"
            href={href(`/client/${clientId}/consent/texts/${id}/new-version`)}
          >
            {t('texts.newVersion')}
          </a>
          {unused && !editing ? (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('texts.edit')}
            </button>
          ) : null}
          {unused ? (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => setDeleting(true)}
            >
              {t('texts.delete')}
            </button>
          ) : null}
          <a className="button" href={href(`/client/${clientId}/consent/texts`)}>
            {t('texts.back')}
          </a>
        </>
      }
    >
      <ErrorBanner error={remove.error} />
      {editing ? (
        <TextForm
          initial={valuesOf(x)}
          submitLabel={t('textForm.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(v) =>
            update.mutate(v, {
              onSuccess: () => {
                toast(t('textForm.saved'));
                setEditing(false);
              },
            })
          }
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="consent-text-layout">
          <section className="card" aria-labelledby="text-body">
            <h2 id="text-body" className="card-title">
              {t('textFields.text')}
            </h2>
            <blockquote className="consent-wording">{x.text}</blockquote>
            <dl className="facts">
              <dt>{t('textFields.channels')}</dt>
              <dd>{x.channels.map((c) => t(`channels.${c}`)).join(', ')}</dd>
              <dt>{t('textFields.purpose')}</dt>
              <dd>{x.purpose}</dd>
              <dt>{t('textFields.advertiser')}</dt>
              <dd>{x.advertiser || '–'}</dd>
              <dt>{t('textFields.partners')}</dt>
              <dd>{x.partners || '–'}</dd>
              <dt>{t('textFields.productScope')}</dt>
              <dd>{x.productScope || '–'}</dd>
              <dt>{t('textFields.validFrom')}</dt>
              <dd>
                {format.date(x.validFrom)}
                {x.validUntil ? ` – ${format.date(x.validUntil)}` : ''}
              </dd>
              <dt>{t('textFields.sha256')}</dt>
              <dd className="consent-hash">{x.sha256}</dd>
            </dl>
            <p className="muted">
              {unused ? t('texts.unusedNote') : t('texts.usedNote', { count: x.usedCount })}
            </p>
          </section>
          <WordingFindings findings={x.findings} />
        </div>
      )}
      <History entity="consent_text" entityId={x.id} />
      <ConfirmDialog
        open={deleting}
        danger
        title={t('texts.deleteTitle')}
        body={t('texts.deleteBody', { name: x.name, version: x.version })}
        confirmLabel={t('texts.delete')}
        onConfirm={() =>
          remove.mutate(x.id, {
            onSuccess: () => navigate(`/client/${clientId}/consent/texts`),
            onSettled: () => setDeleting(false),
          })
        }
        onCancel={() => setDeleting(false)}
      />
    </Page>
  );
}
