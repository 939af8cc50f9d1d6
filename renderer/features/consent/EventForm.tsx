import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  adChannels,
  ageCheck,
  consentEventForm,
  consentEventInput,
  consentEventKind,
  consentMethod,
  consentSource,
  type AdChannel,
  type ConsentEventFormInput,
  type ConsentEventValues,
  type ConsentText,
} from '../../../core/api';
import { toBerlinLocal } from '../../../core/rules/calendar';
import { fileToBase64 } from '../../api/download';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { useRecordEvent } from './mutations';

const fields = Object.keys(consentEventInput.shape);

/** Records what happened: consent given, double opt-in, a phone use, a withdrawal. */
export function EventForm({ personId, texts }: { personId: number; texts: ConsentText[] }) {
  const { t } = useTranslation('consent');
  const toast = useToast();
  const fieldError = useFieldError();
  const record = useRecordEvent(personId);
  const [file, setFile] = useState<File | null>(null);
  const current = texts.filter((x) => x.replacedBy === null);
  const form = useForm<ConsentEventFormInput, unknown, ConsentEventValues>({
    resolver: zodResolver(consentEventForm),
    defaultValues: {
      kind: 'given',
      at: toBerlinLocal(new Date()),
      textId: current[0]?.id ?? null,
      channels: [],
      source: 'web_form',
      method: 'unticked_checkbox',
      ageCheck: 'none',
      sourceDetail: '',
      ip: '',
      userAgent: '',
      tokenHash: '',
      note: '',
    },
  });
  const { register, handleSubmit, formState, setValue, control, reset } = form;
  const errors = formState.errors;
  const kind = useWatch({ control, name: 'kind' });
  const channels = (useWatch({ control, name: 'channels' }) ?? []) as AdChannel[];
  const server = useServerIssues(record.error, {
    form,
    fields,
    prefix: 'event.',
    label: (field) => t(`eventFields.${field}`),
  });
  const toggle = (c: AdChannel) =>
    setValue('channels', channels.includes(c) ? channels.filter((x) => x !== c) : [...channels, c]);
  const submit = async (v: ConsentEventValues) => {
    const mail =
      kind === 'doi_confirmed' && file
        ? {
            name: file.name,
            mimeType: file.type || 'message/rfc822',
            base64: await fileToBase64(file),
          }
        : null;
    const event = {
      ...v,
      textId: v.kind === 'given' ? v.textId : null,
      source:
        v.kind === 'given' || v.kind === 'withdrawn' || v.kind === 'objected' ? v.source : null,
      method: v.kind === 'given' ? v.method : null,
      file: mail,
    };
    record.mutate(event, {
      onSuccess: () => {
        toast(t('events.saved'));
        setFile(null);
        reset({ ...v, at: toBerlinLocal(new Date()), note: '', channels: [] });
      },
    });
  };
  const given = kind === 'given';
  const stop = kind === 'withdrawn' || kind === 'objected';
  const doi = kind === 'doi_requested' || kind === 'doi_confirmed';
  return (
    <form noValidate className="subform" onSubmit={handleSubmit(submit)}>
      <h3 className="subform-title">{t('events.add')}</h3>
      <ErrorBanner {...server.banner} />
      <div className="grid-2">
        <FormField label={t('eventFields.kind')} error={fieldError(errors.kind)}>
          <select className="input" {...register('kind')}>
            {consentEventKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`eventKinds.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('eventFields.at')} required error={fieldError(errors.at)}>
          <input className="input" type="datetime-local" {...register('at')} />
        </FormField>
        {given ? (
          <FormField
            label={t('eventFields.textId')}
            required
            error={fieldError(errors.textId)}
            className="span-2"
          >
            <select
              className="input"
              {...register('textId', {
                setValueAs: (v) => (v === '' || v === null ? null : Number(v)),
              })}
            >
              <option value="">{t('events.chooseText')}</option>
              {texts.map((x) => (
                <option key={x.id} value={x.id}>
                  {t('events.text', { name: x.name, version: x.version })}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        {given || stop ? (
          <FormField
            label={given ? t('eventFields.source') : t('eventFields.via')}
            error={fieldError(errors.source)}
          >
            <select className="input" {...register('source')}>
              {consentSource.options.map((s) => (
                <option key={s} value={s}>
                  {t(`sources.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        {given ? (
          <FormField
            label={t('eventFields.method')}
            error={fieldError(errors.method)}
            className="span-2"
          >
            <select className="input" {...register('method')}>
              {consentMethod.options.map((m) => (
                <option key={m} value={m}>
                  {t(`methods.${m}`)}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        {given ? (
          <FormField label={t('eventFields.ageCheck')} error={fieldError(errors.ageCheck)}>
            <select className="input" {...register('ageCheck')}>
              {ageCheck.options.map((a) => (
                <option key={a} value={a}>
                  {t(`ageChecks.${a}`)}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        {given || doi ? (
          <FormField
            label={t('eventFields.sourceDetail')}
            hint={t('events.detailHint')}
            error={fieldError(errors.sourceDetail)}
          >
            <input className="input" {...register('sourceDetail')} />
          </FormField>
        ) : null}
        {given || doi ? (
          <FormField label={t('eventFields.ip')} error={fieldError(errors.ip)}>
            <input className="input" {...register('ip')} />
          </FormField>
        ) : null}
      </div>
      {given || stop ? (
        <fieldset
          className="fieldset"
          aria-describedby={errors.channels ? 'event-channels-error' : undefined}
        >
          <legend className="fieldset-legend">
            {given ? t('events.channelsGiven') : t('events.channelsStopped')}
          </legend>
          <div className="checkbox-group">
            {adChannels.map((c) => (
              <label key={c} className="check">
                <input type="checkbox" checked={channels.includes(c)} onChange={() => toggle(c)} />
                {t(`channels.${c}`)}
              </label>
            ))}
          </div>
          {errors.channels || server.at('channels') ? (
            <p className="field-error" id="event-channels-error">
              {fieldError(errors.channels?.message) ?? server.at('channels')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {doi ? (
        <FormField label={t('eventFields.userAgent')} error={fieldError(errors.userAgent)}>
          <input className="input" {...register('userAgent')} />
        </FormField>
      ) : null}
      {kind === 'doi_confirmed' ? (
        <FormField label={t('eventFields.file')} hint={t('events.fileHint')}>
          <input
            className="input"
            type="file"
            accept=".eml,.msg,.pdf,.txt"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </FormField>
      ) : null}
      <FormField label={t('eventFields.note')} error={fieldError(errors.note)}>
        <input className="input" {...register('note')} />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t('events.save')}
        </button>
      </div>
    </form>
  );
}
