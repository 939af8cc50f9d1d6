import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  translateValidation,
  type HandoverPreview,
  type Language,
  type MergePreview,
} from '../../../core/api';
import { ApiError } from '../../api/client';
import { fileToBase64 } from '../../api/download';
import { navigate } from '../../app/router';
import { ErrorBanner, FormField, Modal, useFormat, useToast } from '../../components';
import { MergeDialog } from './HandoverMerge';
import {
  useImportHandover,
  usePreviewHandover,
  usePreviewMerge,
  type HandoverChoice,
} from './mutations';

/** The issue an API error has at `path`, translated; undefined when it has none. */
function issueAt(error: unknown, path: string, lang: Language) {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.issues.find((i) => i.path === path);
  return issue && translateValidation(issue.key, lang);
}

/**
 * A hand-over file from another workspace becomes a new client here: the file is checked
 * and summarised first (nothing written), then imported on confirmation in the dialog. A
 * file made from a client this workspace holds can instead be merged back into it.
 */
export function HandoverImport() {
  const { t, i18n } = useTranslation('clients');
  const lang = (i18n.language === 'en' ? 'en' : 'de') satisfies Language;
  const toast = useToast();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<HandoverPreview | null>(null);
  const [merge, setMerge] = useState<MergePreview | null>(null);
  const check = usePreviewHandover();
  const compare = usePreviewMerge();
  const run = (choice: HandoverChoice) =>
    check.mutate(choice, { onSuccess: (found) => setPreview(found) });
  const fileError = issueAt(check.error, 'file', lang);
  const passphraseMissing =
    check.error instanceof ApiError &&
    check.error.issues.some((i) => i.key.startsWith('handoverPassphrase'));

  return (
    <section className="card" aria-labelledby="handover-import-title">
      <h2 id="handover-import-title" className="card-title">
        {t('handover.importTitle')}
      </h2>
      <p>{t('handover.importBody')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file && !check.isPending) run({ base64: file.base64, passphrase });
        }}
      >
        <FormField
          label={t('handover.file')}
          hint={t('handover.fileHint')}
          error={passphraseMissing ? undefined : fileError}
        >
          <input
            className="input"
            type="file"
            accept=".pdclient"
            onChange={async (event) => {
              const picked = event.target.files?.[0];
              if (!picked) return;
              const next = { name: picked.name, base64: await fileToBase64(picked) };
              setFile(next);
              run({ base64: next.base64, passphrase });
            }}
          />
        </FormField>
        <FormField
          label={t('handover.passphrase')}
          hint={t('handover.importPassphraseHint')}
          error={passphraseMissing ? fileError : undefined}
        >
          <input
            className="input"
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </FormField>
        {fileError ? null : <ErrorBanner error={check.error} />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={!file} aria-busy={check.isPending}>
            {t('handover.check')}
          </button>
        </div>
      </form>
      {preview && file && !merge ? (
        <PreviewDialog
          preview={preview}
          choice={{ base64: file.base64, passphrase }}
          comparing={compare}
          onMerge={(clientId) =>
            compare.mutate(
              { base64: file.base64, passphrase, clientId },
              { onSuccess: (found) => setMerge(found) },
            )
          }
          onClose={() => setPreview(null)}
          onImported={(name, id) => {
            setPreview(null);
            toast(t('handover.imported', { name }));
            navigate(`/client/${id}`);
          }}
        />
      ) : null}
      {merge && file && preview?.sameClient ? (
        <MergeDialog
          preview={merge}
          file={{ base64: file.base64, passphrase }}
          client={preview.sameClient}
          onClose={() => setMerge(null)}
          onMerged={() => {
            const { id, name } = preview.sameClient ?? { id: 0, name: '' };
            setMerge(null);
            setPreview(null);
            toast(t('handover.merged', { name }));
            navigate(`/client/${id}`);
          }}
        />
      ) : null}
    </section>
  );
}

interface PreviewDialogProps {
  preview: HandoverPreview;
  choice: HandoverChoice;
  comparing: ReturnType<typeof usePreviewMerge>;
  onMerge(clientId: number): void;
  onClose(): void;
  onImported(name: string, id: number): void;
}

function PreviewDialog(props: PreviewDialogProps) {
  const { preview, choice, comparing, onMerge, onClose, onImported } = props;
  const { t, i18n } = useTranslation('clients');
  const lang = (i18n.language === 'en' ? 'en' : 'de') satisfies Language;
  const format = useFormat();
  const [name, setName] = useState(preview.nameTaken ? '' : preview.clientName);
  const [emptyName, setEmptyName] = useState(false);
  const importing = useImportHandover((created) => onImported(created.name, created.id));
  const nameError = emptyName
    ? translateValidation('required', lang)
    : issueAt(importing.error, 'name', lang);
  const { counts } = preview;
  // What the file holds; kinds it has none of are left out (the activities always show).
  const kinds = [
    'activities',
    'catalogueEntries',
    'processors',
    'requests',
    'retentionRules',
    'breaches',
    'consentPersons',
    'attachments',
    'historyEntries',
  ] as const;
  const lines = kinds
    .filter((kind) => kind === 'activities' || counts[kind] > 0)
    .map((kind) => t(`handover.counts.${kind}`, { count: counts[kind] }));

  return (
    <Modal
      open
      title={t('handover.previewTitle')}
      onClose={() => !importing.isPending && onClose()}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const missing = name.trim() === '';
          setEmptyName(missing);
          if (!missing && !importing.isPending) importing.mutate({ ...choice, name: name.trim() });
        }}
      >
        <div className="dialog-body">
          <p>
            {t('handover.previewBody', {
              name: preview.clientName,
              date: format.dateTime(preview.createdAt),
            })}
          </p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">
            {preview.historyVerified ? t('handover.historyIntact') : t('handover.historyBroken')}
          </p>
          <p className="muted break">{t('handover.fingerprint', { sha256: preview.sha256 })}</p>
          {preview.nameTaken ? (
            <p>{t('handover.nameTaken', { name: preview.clientName })}</p>
          ) : null}
          <FormField label={t('handover.newName')} error={nameError} required>
            <input
              className="input"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          </FormField>
          {nameError ? null : <ErrorBanner error={importing.error ?? comparing.error} />}
          {preview.sameClient ? (
            <div className="merge-offer">
              <p>{t('handover.mergeOffer', { name: preview.sameClient.name })}</p>
              <button
                type="button"
                className="button"
                aria-busy={comparing.isPending}
                onClick={() => preview.sameClient && onMerge(preview.sameClient.id)}
              >
                {t('handover.mergeInto', { name: preview.sameClient.name })}
              </button>
            </div>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={importing.isPending}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={importing.isPending}>
            {t('handover.import')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
