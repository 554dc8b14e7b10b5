import { normalizeLabel } from '../text/normalize';
import type { SickGroupId } from './types';

/** "Kvinna", "K", "F", "Female" → women; "Man", "M", "Male" → men; anything else null. */
export function readGender(text: string): 'women' | 'men' | null {
  const n = normalizeLabel(text);
  if (/^(k|kvinna|kvinnor|kv|f|female|woman|women)$/.test(n)) return 'women';
  if (/^(m|man|man|men|male)$/.test(n)) return 'men';
  return null;
}

/** The age group of an age in whole years. */
export function ageGroup(age: number): SickGroupId {
  if (age <= 29) return 'age-29';
  if (age <= 49) return 'age-30-49';
  return 'age-50';
}

/** A group label of a per-group table ("Totalt", "Kvinnor", "29 år eller yngre", "30–49 år", "50 år>"). */
export function readGroupLabel(text: string): SickGroupId | null {
  const n = normalizeLabel(text);
  if (/^(total|totalt|total sjukfranvaro|samtliga|alla|summa|all employees|all)$/.test(n)) return 'total';
  if (/^(kvinnor|kvinna|women|female)$/.test(n)) return 'women';
  if (/^(man|men|male)$/.test(n)) return 'men';
  if (/^((29 ar eller yngre)|(29 ar)|(29)|(under 30 ar)|(29 years or younger)|(under 30)|(0 29 ar)|(0 29))$/.test(n)) return 'age-29';
  if (/^(30 49 ar|30 49|30 49 years)$/.test(n)) return 'age-30-49';
  if (/^((50 ar eller aldre)|(50 ar)|(50)|(50 years or older)|(50 ar och aldre)|(over 50 ar))$/.test(n)) return 'age-50';
  return null;
}
