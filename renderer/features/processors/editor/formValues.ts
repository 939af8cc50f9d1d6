import {
  tomAreas,
  type Processor,
  type ProcessorInput,
  type ProcessorValues,
} from '../../../../core/api';

/** The TOM checklist always shows every area, in the order of docs/domain.md section 4. */
export function fullToms(toms: ProcessorInput['toms'] = []) {
  return tomAreas.map((area) => {
    const tom = toms.find((t) => t.area === area);
    return {
      area,
      description: tom?.description ?? '',
      notApplicable: tom?.notApplicable ?? false,
    };
  });
}

export const emptyProcessor = (): ProcessorInput => ({
  name: '',
  street: '',
  postcode: '',
  city: '',
  country: 'Deutschland',
  countryKind: 'eu_eea',
  safeguard: 'none',
  safeguardNote: '',
  tiaDoneOn: '',
  tiaReference: '',
  legalRepresentative: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  service: '',
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  subProcessors: [],
  toms: fullToms(),
  activityIds: [],
});

export function toFormValues(p: Processor): ProcessorInput {
  const {
    id: _id,
    clientId: _client,
    agreement: _a,
    activities: _acts,
    warnings: _w,
    draftOptions: _d,
    createdAt: _c,
    updatedAt: _u,
    ...values
  } = p;
  return { ...values, tiaDoneOn: values.tiaDoneOn ?? '', toms: fullToms(values.toms) };
}

/** Only areas filled in (or marked not applicable) are stored, so the history shows what was written. */
export const cleanValues = (v: ProcessorValues): ProcessorValues => ({
  ...v,
  toms: v.toms.filter((t) => t.description.trim() !== '' || t.notApplicable),
});

export const processorFieldNames = Object.keys(emptyProcessor());
