import type { Catalog, Lang, P, Params } from './types';
import { placeAtStart as at } from './place';

/**
 * Messages about the ledger as a whole: finding the table and its columns, the report period,
 * the sign convention, and the checks of validateWorkbook (duplicates, gaps, coverage).
 */

const ROLE_SV: Readonly<Record<string, string>> = {
  account: 'konto (Konto, Kontonr, Slag)',
  amount: 'belopp (Utfall, Budget, Prognos eller Belopp)',
  accountText: 'kontotext',
  period: 'period',
  year: 'år',
  actual: 'utfall',
  budget: 'budget',
  budgetYear: 'årsbudget',
  forecast: 'prognos',
  amountType: 'beloppstyp',
  actualPrior: 'utfall föregående år',
};
const ROLE_EN: Readonly<Record<string, string>> = {
  account: 'account (Konto, Kontonr, Slag)',
  amount: 'amount (Utfall, Budget, Prognos or Belopp)',
  accountText: 'account text',
  period: 'period',
  year: 'year',
  actual: 'actual',
  budget: 'budget',
  budgetYear: 'annual budget',
  forecast: 'forecast',
  amountType: 'amount type',
  actualPrior: 'prior-year actual',
};

function role(p: Params, lang: Lang): string {
  const r = String(p.role ?? '');
  if (r.startsWith('dimension:')) return lang === 'sv' ? `dimensionen ${r.slice(10)}` : `the dimension ${r.slice(10)}`;
  return (lang === 'sv' ? ROLE_SV : ROLE_EN)[r] ?? r;
}

const SIGN_SV: Readonly<Record<string, string>> = {
  'income-negative': 'intäkter negativa och kostnader positiva (bokföringstecken)',
  'costs-negative': 'intäkter positiva och kostnader negativa',
  unknown: 'okänt',
};
const SIGN_EN: Readonly<Record<string, string>> = {
  'income-negative': 'income negative and costs positive (bookkeeping sign)',
  'costs-negative': 'income positive and costs negative',
  unknown: 'unknown',
};

/** The compared column of inconsistent-signs, in each language. */
const signKindSv = (kind: unknown): string => (kind === 'forecast' ? 'prognosen' : 'budgeten');
const signKindEn = (kind: unknown): string => (kind === 'forecast' ? 'the forecast' : 'the budget');

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** '2,3' → 'februari och mars' / 'February and March'. */
function monthNames(months: unknown, lang: Lang): string {
  const names = String(months ?? '').split(',').filter((m) => m !== '').map((m) => MONTHS[lang][Number(m) - 1] ?? m);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${names[names.length - 1]}`;
}

export const ledgerMessages = {
  'no-ledger': {
    sv: (p: { sheets: string }) => `Ingen huvudbok hittades (sökte i: ${p.sheets || 'inga blad'}). Huvudboken behöver en rubrikrad inom de 50 första raderna med minst Konto och ett belopp (Utfall, Budget eller Prognos). Lägg till rubrikerna eller välj blad med --sheet.`,
    en: (p: { sheets: string }) => `No ledger was found (searched: ${p.sheets || 'no sheets'}). The ledger needs a header row within the first 50 rows with at least Konto (account) and an amount (Utfall, Budget or Prognos). Add the headers or pick the sheet with --sheet.`,
  },
  'empty-ledger': {
    sv: (p: P<'row'>) => `${at(p, 'sv')}: huvudboken har rubriker men inga rader med belopp under rubrikraden (inga data från rad ${p.row}). Klistra in exporten från ekonomisystemet under rubrikerna.`,
    en: (p: P<'row'>) => `${at(p, 'en')}: the ledger has headers but no rows with amounts under the header row (no data from row ${p.row}). Paste the export from the finance system under the headers.`,
  },
  'hidden-sheet': {
    sv: (p: P<never, 'visibility'>) =>
      `${at(p, 'sv')}: huvudboken ligger på ett dolt blad${p.visibility === 'veryHidden' ? ' (mycket dolt: det kan bara visas med VBA)' : ''}. Den läses ändå; visa bladet (högerklicka på en flik > Ta fram) om du vill kontrollera den, eller välj ett annat blad med --sheet.`,
    en: (p: P<never, 'visibility'>) =>
      `${at(p, 'en')}: the ledger is on a hidden sheet${p.visibility === 'veryHidden' ? ' (very hidden: only VBA can show it)' : ''}. It is read anyway; unhide the sheet (right-click a tab > Unhide) to check it, or pick another sheet with --sheet.`,
  },
  'check-not-run': {
    sv: (p: P<never, 'part'>) =>
      `${at(p, 'sv')}: ${p.part === 'formulas' ? 'kontrollen av formler mot andra arbetsböcker' : 'kontrollen av dolda rader'} kunde inte göras här, eftersom den här Excel-versionen inte ger tillägget ${p.part === 'formulas' ? 'cellernas formler (det kräver Excel 2021, Microsoft 365 eller Excel på webben)' : 'radernas dolda läge'}. Öppna arbetsboken i en nyare Excel, eller kör kommandoraden (kommunrapport validate) på filen, om du vill att den görs.`,
    en: (p: P<never, 'part'>) =>
      `${at(p, 'en')}: ${p.part === 'formulas' ? 'the check for formulas into other workbooks' : 'the check for hidden rows'} could not run here, because this version of Excel does not give the add-in ${p.part === 'formulas' ? "the cells' formulas (that needs Excel 2021, Microsoft 365 or Excel on the web)" : 'which rows are hidden'}. Open the workbook in a newer Excel, or run the command line (kommunrapport validate) on the file, to have it done.`,
  },
  'external-links': {
    sv: (p: P<'cells' | 'formula' | 'more'>) =>
      `${at(p, 'sv')}: värdet är en formel mot en annan arbetsbok (${p.formula}), så det är det värde som sparades senast och kan vara inaktuellt.${Number(p.count ?? 1) > 1 ? ` Samma gäller ${p.count} celler: ${p.cells}${Number(p.more ?? 0) > 0 ? ` och ${p.more} till` : ''}.` : ''} Öppna den andra arbetsboken och spara, eller klistra in värdena (Klistra in special > Värden).`,
    en: (p: P<'cells' | 'formula' | 'more'>) =>
      `${at(p, 'en')}: the value is a formula into another workbook (${p.formula}), so it is the value last saved and may be out of date.${Number(p.count ?? 1) > 1 ? ` The same holds for ${p.count} cells: ${p.cells}${Number(p.more ?? 0) > 0 ? ` and ${p.more} more` : ''}.` : ''} Open the other workbook and save, or paste the values (Paste Special > Values).`,
  },
  'sheet-not-found': {
    sv: (p: { wanted?: string; sheets: string }) => `Bladet '${p.wanted}' finns inte i arbetsboken. Bladen heter: ${p.sheets}. Skriv namnet som det står på fliken.`,
    en: (p: { wanted?: string; sheets: string }) => `The workbook has no sheet '${p.wanted}'. Its sheets are: ${p.sheets}. Write the name as it appears on the tab.`,
  },
  'missing-column': {
    sv: (p: P<'found' | 'role' | 'row'>) => `${at(p, 'sv')}: rubrikraden (rad ${p.row}: ${p.found}) saknar en kolumn för ${role(p, 'sv')}. Lägg till kolumnen med en sådan rubrik.`,
    en: (p: P<'found' | 'role' | 'row'>) => `${at(p, 'en')}: the header row (row ${p.row}: ${p.found}) has no column for ${role(p, 'en')}. Add the column with such a header.`,
  },
  'ambiguous-column': {
    sv: (p: P<'first' | 'firstAddress' | 'role' | 'second' | 'secondAddress'>) => `${at(p, 'sv')}: både '${p.first}' (${p.firstAddress}) och '${p.second}' (${p.secondAddress}) ser ut att vara ${role(p, 'sv')}. Kolumnen '${p.first}' används nu; byt namn på den andra rubriken eller välj kolumn i inställningarna.`,
    en: (p: P<'first' | 'firstAddress' | 'role' | 'second' | 'secondAddress'>) => `${at(p, 'en')}: both '${p.first}' (${p.firstAddress}) and '${p.second}' (${p.secondAddress}) look like ${role(p, 'en')}. Column '${p.first}' is used for now; rename the other header or choose the column in the settings.`,
  },
  'no-report-period': {
    sv: (p: P) => `${at(p, 'sv')}: listan har ingen periodkolumn och ingen rubrik som säger vilken period den gäller. Skriv t.ex. "Utfall jan–aug 2025" ovanför rubrikraden, eller ange perioden (i kommandoraden: --period 2025-08; i fönstret: Till och med månad).`,
    en: (p: P) => `${at(p, 'en')}: the listing has no period column and no title saying which period it covers. Write e.g. "Utfall jan–aug 2025" above the header row, or give the period (on the command line: --period 2025-08; in the task pane: Through month).`,
  },
  'period-assumed': {
    sv: (p: P<'month' | 'year'>) => `${at(p, 'sv')}: rubriken anger år ${p.year} men ingen månad; utfallet antas gälla hela året (t.o.m. månad ${p.month}). Ange perioden om det är fel (i kommandoraden: --period ${p.year}-08; i fönstret: Till och med månad).`,
    en: (p: P<'month' | 'year'>) => `${at(p, 'en')}: the title gives the year ${p.year} but no month; the actuals are taken as the whole year (through month ${p.month}). Give the period if that is wrong (on the command line: --period ${p.year}-08; in the task pane: Through month).`,
  },
  'sign-assumed': {
    sv: (p: P<'sign'>) =>
      p.sign === 'unknown'
        ? `${at(p, 'sv')}: det går inte att avgöra beloppens tecken (intäkter, klass 3, och personalkostnader, klass 5, pekar inte åt olika håll). Bokföringstecken antas: intäkter negativa, kostnader positiva. Kontrollera några belopp.`
        : `${at(p, 'sv')}: beloppen har ${SIGN_SV[String(p.sign)] ?? p.sign}.`,
    en: (p: P<'sign'>) =>
      p.sign === 'unknown'
        ? `${at(p, 'en')}: the sign of the amounts cannot be told (income, class 3, and personnel costs, class 5, do not point in opposite directions). Bookkeeping sign is assumed: income negative, costs positive. Check a few amounts.`
        : `${at(p, 'en')}: the amounts have ${SIGN_EN[String(p.sign)] ?? p.sign}.`,
  },
  'inconsistent-signs': {
    // kind: 'budget' | 'forecast' (core/validate/checks.ts), named here in the user's language.
    sv: (p: P<'class' | 'kind' | 'reference' | 'sum', 'year'>) => `${at(p, 'sv')}: ${signKindSv(p.kind)} har motsatt tecken mot utfallet (klass ${p.class} summerar till ${p.sum} mot utfallets ${p.reference}). Vänd tecknet på ${signKindSv(p.kind)} så att båda följer samma konvention.`,
    en: (p: P<'class' | 'kind' | 'reference' | 'sum', 'year'>) => `${at(p, 'en')}: ${signKindEn(p.kind)} has the opposite sign to the actuals (class ${p.class} sums to ${p.sum} against ${p.reference} in the actuals). Flip the sign of ${signKindEn(p.kind)} so both follow the same convention.`,
  },
  'duplicate-rows': {
    sv: (p: P<'rows'>) => `${at(p, 'sv')}: ${p.count} rader är exakta dubbletter av en tidigare rad (samma konto, period, dimensioner och belopp), t.ex. rad ${p.rows}. Ta bort dubbletterna om exporten har klistrats in två gånger.`,
    en: (p: P<'rows'>) => `${at(p, 'en')}: ${p.count} rows exactly repeat an earlier row (same account, period, dimensions and amount), e.g. row ${p.rows}. Delete the duplicates if the export was pasted twice.`,
  },
  'missing-months': {
    sv: (p: P<'months' | 'year'>) => `${at(p, 'sv')}: utfallet för ${p.year} saknar ${monthNames(p.months, 'sv')}, fast senare månader finns. Lägg till månaderna från ekonomisystemet.`,
    en: (p: P<'months' | 'year'>) => `${at(p, 'en')}: the actuals for ${p.year} lack ${monthNames(p.months, 'en')} although later months are there. Add the months from the finance system.`,
  },
  'period-out-of-range': {
    sv: (p: P<'year' | 'years'>) => `${at(p, 'sv')}: ${p.count} rader gäller andra år (${p.years}) än rapportåret ${p.year} och året före. De räknas inte in i rapporten; ta bort dem eller välj ett annat rapportår.`,
    en: (p: P<'year' | 'years'>) => `${at(p, 'en')}: ${p.count} rows belong to other years (${p.years}) than the report year ${p.year} and the year before. They are not counted in the report; delete them or pick another report year.`,
  },
  'no-budget': {
    sv: (p: P<'year'>) => `${at(p, 'sv')}: det finns ingen budget för ${p.year}. Lägg till en kolumn Budget eller Årsbudget, eller rader med typen Budget; annars blir avvikelsekolumnerna tomma.`,
    en: (p: P<'year'>) => `${at(p, 'en')}: there is no budget for ${p.year}. Add a Budget or Årsbudget column, or rows of type Budget; otherwise the variance columns stay empty.`,
  },
  'uncovered-accounts': {
    sv: (p: P<'accounts' | 'amount', 'year'>) => `${at(p, 'sv')}: ${p.count} konton hör inte till någon rad i rapportstrukturen (${p.accounts}) och bär tillsammans ${p.amount} kr i utfall. Lägg till dem i bladet Rapportstruktur så att inget belopp faller bort.`,
    en: (p: P<'accounts' | 'amount', 'year'>) => `${at(p, 'en')}: ${p.count} accounts belong to no line of the report structure (${p.accounts}) and together carry ${p.amount} kr of actuals. Add them to the Rapportstruktur sheet so no amount is lost.`,
  },
} satisfies Catalog;
