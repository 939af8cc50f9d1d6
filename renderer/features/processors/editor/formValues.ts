import {
  tomAreas,
  type Processor,
  type ProcessorInput,
  type ProcessorValues,
} from '../../../../core/api';

/** The TOM checklist always shows every area, in the order of domain.md section 4. */
export function fullToms(toms: ProcessorInput['toms'] = []) {
  return tomAreas.map((area) => ({
    area,
    description: toms.find((t) => t.area === area)?.description ?? '',
  }));
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
    orgId: _org,
    agreement: _a,
    activities: _acts,
    warnings: _w,
    draftOptions: _d,
    createdAt: _c,
    updatedAt: _u,
    ...values
  } = p;
  return { ...values, toms: fullToms(values.toms) };
}

/** Only described areas are stored, so the history shows what was actually written. */
export const cleanValues = (v: ProcessorValues): ProcessorValues => ({
  ...v,
  toms: v.toms.filter((t) => t.description.trim() !== ''),
});

export const processorFieldNames = Object.keys(emptyProcessor());
