import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importFields,
  type ColumnMapping,
  type CsvEncoding,
  type ImportPreview,
} from '../../../core/api';
import { fileToBase64 } from '../../api/download';
import { useClient } from '../../app/queries';
import { href, navigate } from '../../app/router';
import { EmptyState, ErrorBanner, FormField, Page, useFormat, useToast } from '../../components';
import { useImportFile, usePreviewImport } from './mutations';
import { useConsentTexts } from './queries';

interface Picked {
  name: string;
  base64: string;
}

/** The CSV export of a newsletter or CRM tool: the columns mapped, a preview, then all or nothing. */
export function ImportPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('consent');
  const { t: tv } = useTranslation('validation');
  const toast = useToast();
  const format = useFormat();
  const client = useClient(clientId);
  const texts = useConsentTexts(clientId);
  const preview = usePreviewImport();
  const run = useImportFile();
  const [file, setFile] = useState<Picked | null>(null);
  const [textId, setTextId] = useState<number | null>(null);
  const [encoding, setEncoding] = useState<CsvEncoding>('auto');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [saveMapping, setSaveMapping] = useState(true);
  const p: ImportPreview | undefined = preview.data;
  const chosenText = textId ?? texts.data?.find((x) => x.replacedBy === null)?.id ?? null;

  const read = (next: {
    file?: Picked;
    encoding?: CsvEncoding;
    mapping?: ColumnMapping | null;
    textId?: number | null;
  }) => {
    const f = next.file ?? file;
    if (!f) return;
    preview.mutate({
      clientId,
      name: f.name,
      base64: f.base64,
      encoding: next.encoding ?? encoding,
      mapping: next.mapping === undefined ? mapping : next.mapping,
      textId: next.textId === undefined ? chosenText : next.textId,
    });
  };
  const setField = (field: (typeof importFields)[number], header: string) => {
    const next = { ...(p?.mapping ?? {}), [field]: header };
    setMapping(next);
    read({ mapping: next });
  };

  if (texts.data && texts.data.length === 0) {
    return (
      <Page title={t('import.title')} eyebrow={client.data?.name}>
        <EmptyState
          title={t('import.noTextTitle')}
          body={t('import.noTextBody')}
          action={
            <a
              className="button button-primary"
              href={href(`/client/${clientId}/consent/texts/new`)}
            >
              {t('texts.new')}
            </a>
          }
        />
      </Page>
    );
  }
  return (
    <Page
      title={t('import.title')}
      eyebrow={client.data?.name}
      actions={
        <a className="button" href={href(`/client/${clientId}/consent`)}>
          {t('persons.back')}
        </a>
      }
    >
      <p className="muted">{t('import.intro')}</p>
      <section className="card form">
        <div className="grid-2">
          <FormField
            label={t('import.text')}
            hint={t('import.textHint')}
            required
            className="span-2"
          >
            <select
              className="input"
              value={chosenText ?? ''}
              onChange={(e) => {
                const next = e.target.value ? Number(e.target.value) : null;
                setTextId(next);
                read({ textId: next });
              }}
            >
              {texts.data?.map((x) => (
                <option key={x.id} value={x.id}>
                  {t('events.text', { name: x.name, version: x.version })}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('import.encoding')} hint={t('import.encodingHint')}>
            <select
              className="input"
              value={encoding}
              onChange={(e) => {
                const next = e.target.value as CsvEncoding;
                setEncoding(next);
                read({ encoding: next });
              }}
            >
              <option value="auto">{t('encodings.auto')}</option>
              <option value="utf-8">{t('encodings.utf-8')}</option>
              <option value="windows-1252">{t('encodings.windows-1252')}</option>
            </select>
          </FormField>
        </div>
        <FormField label={t('import.file')} hint={t('import.fileHint')}>
          <input
            className="input"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={async (e) => {
              const picked = e.target.files?.[0];
              if (!picked) return;
              const next = { name: picked.name, base64: await fileToBase64(picked) };
              setFile(next);
              setMapping(null);
              read({ file: next, mapping: null });
            }}
          />
        </FormField>
      </section>
      <ErrorBanner error={preview.error ?? run.error} />
      {p ? (
        <>
          <section className="card" aria-labelledby="import-read">
            <h2 id="import-read" className="card-title">
              {t('import.read', { count: p.rows })}
            </h2>
            <p>
              {t(p.detected ? 'import.encodingDetected' : 'import.encodingChosen', {
                encoding: t(`encodings.${p.encoding}`),
              })}{' '}
              {t('import.delimiter', {
                delimiter: t(
                  `delimiters.${p.delimiter === '\t' ? 'tab' : p.delimiter === ';' ? 'semicolon' : 'comma'}`,
                ),
              })}{' '}
              {t('import.counts', { fresh: p.newPersons, existing: p.existingPersons })}
            </p>
            {p.savedMapping ? <p className="muted">{t('import.savedMapping')}</p> : null}
            <div className="consent-mapping">
              {importFields.map((field) => (
                <FormField key={field} label={t(`importFieldNames.${field}`)}>
                  <select
                    className="input"
                    value={p.mapping[field] ?? ''}
                    onChange={(e) => setField(field, e.target.value)}
                  >
                    <option value="">{t('import.noColumn')}</option>
                    {p.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </FormField>
              ))}
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={saveMapping}
                onChange={(e) => setSaveMapping(e.target.checked)}
              />
              {t('import.saveMapping')}
            </label>
          </section>
          {p.issues.length > 0 ? (
            <section className="card" aria-labelledby="import-issues">
              <h2 id="import-issues" className="card-title">
                {t('import.issues', { count: p.issues.length })}
              </h2>
              <p className="muted">{t('import.nothingWritten')}</p>
              <ul className="import-issues">
                {p.issues.map((i, n) => (
                  <li key={n}>
                    {t('import.issueRow', { row: i.row })}
                    {i.field ? ` · ${t(`importFieldNames.${i.field}`)}` : ''}: {tv(i.key)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="card" aria-labelledby="import-sample">
            <h2 id="import-sample" className="card-title">
              {t('import.sample')}
            </h2>
            <table className="table">
              <caption className="visually-hidden">{t('import.sample')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('personFields.name')}</th>
                  <th scope="col">{t('persons.contact')}</th>
                  <th scope="col">{t('importFieldNames.givenAt')}</th>
                  <th scope="col">{t('import.status')}</th>
                </tr>
              </thead>
              <tbody>
                {p.sample.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.name}</td>
                    <td className="consent-contact">
                      {[r.email, r.phone, r.reference].filter(Boolean).join(' · ')}
                    </td>
                    <td>{format.dateTime(r.givenAt)}</td>
                    <td>{r.existing ? t('import.existing') : t('import.new')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={p.issues.length > 0 || run.isPending || !file || chosenText === null}
              onClick={() =>
                file &&
                chosenText !== null &&
                run.mutate(
                  {
                    clientId,
                    name: file.name,
                    base64: file.base64,
                    encoding,
                    mapping: p.mapping,
                    textId: chosenText,
                    saveMapping,
                  },
                  {
                    onSuccess: (r) => {
                      toast(t('import.done', { created: r.created, updated: r.updated }));
                      navigate(`/client/${clientId}/consent`);
                    },
                  },
                )
              }
            >
              {t('import.run', { count: p.rows })}
            </button>
          </div>
        </>
      ) : null}
    </Page>
  );
}
