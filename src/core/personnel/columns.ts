import { normalizeLabel } from '../text/normalize';

/** What a column of a sick-leave sheet holds, from its header text. */
export type SickColumnRole =
  | 'gender'
  | 'age'
  | 'birthYear'
  | 'year'
  | 'employee'
  | 'group'
  | 'employees'
  | 'sick'
  | 'days1to14'
  | 'days15to59'
  | 'days60'
  | 'available';

const RULES: readonly [RegExp, SickColumnRole][] = [
  [/^(kon|gender|sex)$/, 'gender'],
  [/^(alder|age|alder ar)$/, 'age'],
  [/^(fodelsear|fodd|fodd ar|birth year|year of birth)$/, 'birthYear'],
  [/^(ar|year|period ar|redovisningsar)$/, 'year'],
  [/^(anstalld|anstallningsnummer|anstallningsnr|anst nr|medarbetare|medarbetar id|employee|employee id|id)$/, 'employee'],
  [/^(grupp|group|kategori|personalgrupp)$/, 'group'],
  [/^(antal anstallda|antal|anstallda|employees|number of employees|headcount)$/, 'employees'],
  [/(^| )(dag|dagar|day|days) 1 14( |$)/, 'days1to14'],
  [/(^| )(dag|dagar|day|days) 15 59( |$)/, 'days15to59'],
  [/((^| )(dag|dagar|day|days) (59|60)( |$))|(60 dagar)|(60 days)|(langtid)|(long term)/, 'days60'],
  [/^(sjukfranvaro|sjukfranvaro timmar|sjukfranvarotimmar|sjuktimmar|sjuk timmar|sick leave|sick leave hours|sick hours|summa sjukfranvaro)( timmar| tim| h)?$/, 'sick'],
  [/(tillganglig|ordinarie arbetstid|available)/, 'available'],
];

export function classifySickHeader(text: string): SickColumnRole | null {
  const n = normalizeLabel(text);
  if (n === '') return null;
  for (const [re, role] of RULES) if (re.test(n)) return role;
  return null;
}

export type SickColumns = Partial<Readonly<Record<SickColumnRole, number>>>;

/** A sheet holds sick-leave data when it names available time and sick hours (a total or the intervals). */
export function isSickHeader(cols: SickColumns): boolean {
  const hasSick = cols.sick !== undefined || (cols.days1to14 !== undefined && cols.days15to59 !== undefined && cols.days60 !== undefined);
  const keyed = cols.group !== undefined || cols.gender !== undefined || cols.age !== undefined || cols.birthYear !== undefined;
  return cols.available !== undefined && hasSick && keyed;
}
