import type { ReasonKey, ReasonParamsOf } from '../i18n/catalog';
import type { SkipReason } from './types';

/**
 * Why a section was skipped, as a code of the reason catalog (core/i18n/followup-messages.ts) and
 * the params its message is built from; the pane and the CLI render it, and the contents sheet
 * through the renderer the caller passes in (FollowUpOptions.renderReason).
 */
export function skipReason<C extends ReasonKey>(code: C, params?: ReasonParamsOf<C>): SkipReason {
  return { code, params: { ...(params ?? {}) } };
}
