import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../core/api';
import { call } from '../../api/client';

/** Keys of this feature; every key starts with 'consent' so one invalidation refreshes all. */
export const consentKeys = {
  all: ['consent'] as const,
  texts: (clientId: number) => ['consent', 'texts', clientId] as const,
  text: (id: number) => ['consent', 'text', id] as const,
  persons: (filters: MethodInput<'consent.persons'>) => ['consent', 'persons', filters] as const,
  person: (id: number) => ['consent', 'person', id] as const,
  files: (id: number) => ['consent', 'files', id] as const,
  status: (clientId: number) => ['consent', 'status', clientId] as const,
  forRequest: (requestId: number) => ['consent', 'forRequest', requestId] as const,
};

export const useConsentTexts = (clientId: number) =>
  useQuery({
    queryKey: consentKeys.texts(clientId),
    queryFn: () => call('consent.listTexts', { clientId }),
  });

/** One version; null asks for nothing (a new wording has no version to start from). */
export const useConsentText = (id: number | null) =>
  useQuery({
    queryKey: consentKeys.text(id ?? 0),
    queryFn: () => call('consent.getText', { id: id ?? 0 }),
    enabled: id !== null,
  });

export const usePersons = (filters: MethodInput<'consent.persons'>) =>
  useQuery({
    queryKey: consentKeys.persons(filters),
    queryFn: () => call('consent.persons', filters),
    placeholderData: keepPreviousData,
  });

export const usePerson = (id: number) =>
  useQuery({ queryKey: consentKeys.person(id), queryFn: () => call('consent.getPerson', { id }) });

export const usePersonFiles = (id: number) =>
  useQuery({
    queryKey: consentKeys.files(id),
    queryFn: () => call('attachments.list', { ownerType: 'consent_person', ownerId: id }),
  });

export const useChannelStatus = (clientId: number) =>
  useQuery({
    queryKey: consentKeys.status(clientId),
    queryFn: () => call('consent.channelStatus', { clientId }),
  });

export const useRequestConsent = (requestId: number) =>
  useQuery({
    queryKey: consentKeys.forRequest(requestId),
    queryFn: () => call('consent.forRequest', { id: requestId }),
  });
