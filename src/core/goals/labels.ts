import type { Lang } from '../i18n/types';
import type { Direction, GoalStatus, IndicatorStatus } from './types';

/** Goal statuses on the Alingsås scale, as the reports write them. */
export const GOAL_STATUS_LABEL: Readonly<Record<GoalStatus, Readonly<Record<Lang, string>>>> = {
  HELT: { sv: 'Helt uppfyllt', en: 'Fully met' },
  I_HOG_GRAD: { sv: 'I hög grad uppfyllt', en: 'Largely met' },
  DELVIS: { sv: 'Delvis uppfyllt', en: 'Partly met' },
  EJ: { sv: 'Ej uppfyllt', en: 'Not met' },
  EJ_UTVARDERAD: { sv: 'Ej utvärderad', en: 'Not evaluated' },
};

export const INDICATOR_STATUS_LABEL: Readonly<Record<IndicatorStatus, Readonly<Record<Lang, string>>>> = {
  MET: { sv: 'Målvärdet nått', en: 'Target reached' },
  NEAR: { sv: 'Nära målvärdet', en: 'Near target' },
  IMPROVING: { sv: 'Förbättring', en: 'Improving' },
  NOT_MET: { sv: 'Målvärdet ej nått', en: 'Target not reached' },
  NO_DATA: { sv: 'Utfall saknas', en: 'No outcome' },
};

export const DIRECTION_LABEL: Readonly<Record<Direction, Readonly<Record<Lang, string>>>> = {
  higher: { sv: 'Högre är bättre', en: 'Higher is better' },
  lower: { sv: 'Lägre är bättre', en: 'Lower is better' },
};

export type StatusColour = 'status-green' | 'status-yellow' | 'status-red' | 'status-grey';

export const GOAL_STATUS_COLOUR: Readonly<Record<GoalStatus, StatusColour>> = {
  HELT: 'status-green',
  I_HOG_GRAD: 'status-green',
  DELVIS: 'status-yellow',
  EJ: 'status-red',
  EJ_UTVARDERAD: 'status-grey',
};

export const INDICATOR_STATUS_COLOUR: Readonly<Record<IndicatorStatus, StatusColour>> = {
  MET: 'status-green',
  NEAR: 'status-yellow',
  IMPROVING: 'status-yellow',
  NOT_MET: 'status-red',
  NO_DATA: 'status-grey',
};

/** Helt → 1, I hög grad and Delvis → 2, Ej → 3 (Ekerö's numeric scale); Ej utvärderad has none. */
export const GOAL_SCORE: Readonly<Record<GoalStatus, 1 | 2 | 3 | null>> = {
  HELT: 1,
  I_HOG_GRAD: 2,
  DELVIS: 2,
  EJ: 3,
  EJ_UTVARDERAD: null,
};
