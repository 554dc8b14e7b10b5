/** The whole follow-up in one action (issue 16): every section with data, in report order, with a contents sheet. */
export type * from './types';
export { SECTION_ORDER } from './types';
export { buildFollowUp } from './build';
export { SECTION_RUNNERS } from './sections';
export { sieSectionRunners } from './sie-sections';
export { contentsGrid, SECTION_TITLE } from './contents';
export { skipReason } from './reason';
