import type { ComponentType } from 'react';
import { ActivitiesOverview } from './ActivitiesOverview';
import { AttentionSection } from './AttentionSection';
import { HomeBreaches } from '../breaches';
import { HomeRequests } from '../requests';

export interface HomeSection {
  key: string;
  Component: ComponentType<{ clientId: number }>;
}

/**
 * The blocks of a client's home, in order. Later modules (processors/AVV, data subject
 * requests, deletion concept) append a section here and feed `home.attention` server-side.
 */
export const homeSections: HomeSection[] = [
  // A running 72-hour clock comes before everything else.
  { key: 'breaches', Component: HomeBreaches },
  { key: 'attention', Component: AttentionSection },
  { key: 'activities', Component: ActivitiesOverview },
  { key: 'requests', Component: HomeRequests },
];
