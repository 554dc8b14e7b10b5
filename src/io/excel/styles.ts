import type { IconSet } from '../../core/grid';
import { STATUS_COLORS } from '../grid-style';

/** Status colours come from the one style table both writers share (io/grid-style.ts). */
export const STATUS_COLOURS = STATUS_COLORS;

/** Icon sets by their Office.js IconSet name. */
export const ICON_SET_STYLES: Readonly<Record<IconSet['style'], Excel.IconSetConditionalFormat['style']>> = {
  'three-traffic-lights': 'ThreeTrafficLights1',
};
