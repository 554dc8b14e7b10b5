export { draftCommentary } from './draft-commentary';
export type { CommentaryOptions, Materiality, Paragraph, Topic } from './commentary-types';
export { DEFAULT_MATERIALITY, paragraphKey } from './commentary-types';
export { amount, percent, signedAmount } from './format';
export { refreshCommentary, oldCommentary, draftsKey } from './refresh-commentary';
