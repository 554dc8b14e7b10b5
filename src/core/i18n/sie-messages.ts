import type { Catalog, P, Params } from './types';

/**
 * Messages for SIE files: each names the line of the file (params.line) and says what to do,
 * which is nearly always "export the file again" or "correct it in the finance system".
 */
const sv = (p: Params): string => `SIE-filen rad ${p.line}`;
const en = (p: Params): string => `SIE file line ${p.line}`;

const SOURCE_SV: Readonly<Record<string, string>> = {
  psaldo: 'periodsaldon (#PSALDO)', trans: 'verifikationernas rader (#TRANS), per datum', res: 'årets resultat (#RES)', none: 'inget',
};
const SOURCE_EN: Readonly<Record<string, string>> = {
  psaldo: 'period balances (#PSALDO)', trans: 'the voucher rows (#TRANS), by date', res: 'the year results (#RES)', none: 'nothing',
};

function ymd(v: unknown): string {
  const s = String(v);
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` : s;
}

const CHART_SV: Readonly<Record<string, string>> = { bas: 'BAS-mallen för bolag', kommunbas: 'Kommun-Bas-mallen' };
const CHART_EN: Readonly<Record<string, string>> = { bas: 'the BAS template for companies', kommunbas: 'the Kommun-Bas template' };

function chartWhySv(p: Params): string {
  if (p.reason === 'user') return 'du valde den (--chart)';
  if (p.reason === 'kptyp') return `filens kontoplanstyp är ${p.kptyp} (#KPTYP)`;
  if (p.reason === 'accounts') return 'kontoplanen ser ut som ett bolags (löner i klass 7)';
  return 'ingen kontoplanstyp anges och kontona ser ut som Kommun-Bas';
}

function chartWhyEn(p: Params): string {
  if (p.reason === 'user') return 'you chose it (--chart)';
  if (p.reason === 'kptyp') return `the file's chart type is ${p.kptyp} (#KPTYP)`;
  if (p.reason === 'accounts') return 'the chart looks like a company chart (salaries in class 7)';
  return 'no chart type is given and the accounts look like Kommun-Bas';
}

export const sieMessages = {
  'chart.chosen': {
    sv: (p: P<'chart' | 'reason', 'kptyp'>) => `Rapporten använder ${CHART_SV[String(p.chart)] ?? p.chart} eftersom ${chartWhySv(p)}. Välj den andra med --chart ${p.chart === 'bas' ? 'kommunbas' : 'bas'}, eller ett eget Rapportstruktur-blad.`,
    en: (p: P<'chart' | 'reason', 'kptyp'>) => `The report uses ${CHART_EN[String(p.chart)] ?? p.chart} because ${chartWhyEn(p)}. Choose the other with --chart ${p.chart === 'bas' ? 'kommunbas' : 'bas'}, or a Rapportstruktur sheet of your own.`,
  },
  'sie.not-sie': {
    sv: (p: P<'start', 'line'>) => `Filen är ingen SIE-fil (den börjar med "${p.start}"). En SIE-fil börjar med rader som #FLAGGA och #FORMAT. Ofta är det en felsida som sparats när nedladdningen misslyckades: exportera filen igen ur ekonomisystemet.`,
    en: (p: P<'start', 'line'>) => `The file is not an SIE file (it begins with "${p.start}"). An SIE file begins with lines such as #FLAGGA and #FORMAT. Often it is an error page saved when a download failed: export the file again from the finance system.`,
  },
  'sie.no-amounts': {
    sv: (_p: P<never, 'line' | 'accounts'>) => `SIE-filen har inga belopp för huvudboken: inga #PSALDO, #TRANS eller #RES på resultatkonton (klass 3–8). Exportera en SIE-fil av typ 2, 3 eller 4 med periodsaldon eller verifikationer.`,
    en: (_p: P<never, 'line' | 'accounts'>) => `The SIE file has no amounts for the ledger: no #PSALDO, #TRANS or #RES on result accounts (classes 3–8). Export an SIE file of type 2, 3 or 4 with period balances or vouchers.`,
  },
  'sie.bad-field': {
    sv: (p: P<'field' | 'label' | 'line' | 'value'>) => `${sv(p)}: ${p.label} har ${p.field} '${p.value}' som inte går att läsa; raden räknas inte med. Rätta raden eller exportera filen igen.`,
    en: (p: P<'field' | 'label' | 'line' | 'value'>) => `${en(p)}: ${p.label} has ${p.field} '${p.value}', which cannot be read; the line is left out. Correct the line or export the file again.`,
  },
  'sie.amount-rounded': {
    sv: (p: P<'label' | 'line' | 'value'>) => `${sv(p)}: beloppet '${p.value}' i ${p.label} har fler än två decimaler och avrundades till hela ören.`,
    en: (p: P<'label' | 'line' | 'value'>) => `${en(p)}: the amount '${p.value}' in ${p.label} has more than two decimals and was rounded to whole öre.`,
  },
  'sie.unterminated': {
    sv: (p: P<'line', 'kind'>) => `${sv(p)}: ${p.kind === 'unterminated-list' ? 'objektlistan { … } avslutas aldrig' : 'ett citattecken avslutas aldrig'}; raden lästes så långt det gick. Kontrollera raden.`,
    en: (p: P<'line', 'kind'>) => `${en(p)}: ${p.kind === 'unterminated-list' ? 'the object list { … } is never closed' : 'a quotation mark is never closed'}; the line was read as far as possible. Check the line.`,
  },
  'sie.not-a-record': {
    sv: (p: P<'line' | 'value'>) => `${sv(p)}: raden börjar inte med en etikett (#…) och hoppades över ("${p.value}").`,
    en: (p: P<'line' | 'value'>) => `${en(p)}: the line does not start with a label (#…) and was skipped ("${p.value}").`,
  },
  'sie.stray-brace': {
    sv: (p: P<'brace' | 'line'>) => `${sv(p)}: '${p.brace}' står utanför en verifikation och hoppades över. Kontrollera att varje #VER följs av { och }.`,
    en: (p: P<'brace' | 'line'>) => `${en(p)}: '${p.brace}' stands outside a voucher and was skipped. Check that every #VER is followed by { and }.`,
  },
  'sie.unclosed-voucher': {
    sv: (p: P<'line' | 'number' | 'series'>) => `${sv(p)}: verifikation ${p.series} ${p.number} avslutas aldrig med }. Filen är troligen avkortad: exportera den igen.`,
    en: (p: P<'line' | 'number' | 'series'>) => `${en(p)}: voucher ${p.series} ${p.number} is never closed with }. The file is probably cut off: export it again.`,
  },
  'sie.unbalanced-voucher': {
    sv: (p: P<'line' | 'number' | 'series' | 'sum'>) => `${sv(p)}: verifikation ${p.series} ${p.number} balanserar inte (raderna summerar till ${p.sum} kr, inte 0). Rätta verifikationen i ekonomisystemet och exportera igen.`,
    en: (p: P<'line' | 'number' | 'series' | 'sum'>) => `${en(p)}: voucher ${p.series} ${p.number} does not balance (its rows add up to ${p.sum} kr, not 0). Correct the voucher in the finance system and export again.`,
  },
  'sie.rtrans-alone': {
    sv: (p: P<'line'>) => `${sv(p)}: en tillagd rad (#RTRANS) följs inte av samma #TRANS som standarden kräver; den räknas ändå med en gång.`,
    en: (p: P<'line'>) => `${en(p)}: an added row (#RTRANS) is not followed by the identical #TRANS the standard requires; it is counted once anyway.`,
  },
  'sie.trans-outside-voucher': {
    sv: (p: P<'label' | 'line'>) => `${sv(p)}: ${p.label} står utanför en verifikation (#VER { … }) och räknas inte med.`,
    en: (p: P<'label' | 'line'>) => `${en(p)}: ${p.label} stands outside a voucher (#VER { … }) and is not counted.`,
  },
  'sie.ksumma-mismatch': {
    sv: (p: P<'computed' | 'declared' | 'line'>) => `${sv(p)}: kontrollsumman (#KSUMMA ${p.declared}) stämmer inte med innehållet (${p.computed}). Filen har ändrats eller skadats efter exporten: exportera den igen.`,
    en: (p: P<'computed' | 'declared' | 'line'>) => `${en(p)}: the checksum (#KSUMMA ${p.declared}) does not match the content (${p.computed}). The file was changed or damaged after the export: export it again.`,
  },
  'sie.ksumma-unclosed': {
    sv: (p: P<'line'>) => `${sv(p)}: filen börjar en kontrollsumma (#KSUMMA) men den avslutande #KSUMMA saknas. Filen är troligen avkortad: exportera den igen.`,
    en: (p: P<'line'>) => `${en(p)}: the file starts a checksum (#KSUMMA) but the closing #KSUMMA is missing. The file is probably cut off: export it again.`,
  },
  'sie.unknown-account': {
    sv: (p: P<'account' | 'line'>) => `${sv(p)}: konto ${p.account} används i #TRANS (${p.count} rader) men finns inte i kontoplanen (#KONTO). Beloppen räknas med; lägg till kontot i ekonomisystemets kontoplan.`,
    en: (p: P<'account' | 'line'>) => `${en(p)}: account ${p.account} is used in #TRANS (${p.count} rows) but is not in the chart (#KONTO). The amounts are counted; add the account to the finance system's chart.`,
  },
  'sie.undeclared-dimension': {
    sv: (p: P<'dim' | 'line' | 'obj'>) => `${sv(p)}: objekt '${p.obj}' hör till dimension ${p.dim}, som ingen #DIM deklarerar. Kolumnen får namnet "Dimension ${p.dim}".`,
    en: (p: P<'dim' | 'line' | 'obj'>) => `${en(p)}: object '${p.obj}' belongs to dimension ${p.dim}, which no #DIM declares. Its column is named "Dimension ${p.dim}".`,
  },
  'sie.damaged-text': {
    sv: (p: P<'line'>) => `${sv(p)}: ${p.count} namn innehåller ersättningstecknet � redan i filen (tecknen förstördes vid exporten). Exportera filen igen, gärna med teckenkodningen PC8.`,
    en: (p: P<'line'>) => `${en(p)}: ${p.count} names already contain the replacement character � in the file (the letters were lost in the export). Export the file again, preferably in the PC8 encoding.`,
  },
  'sie.encoding': {
    sv: (p: P<'declared' | 'encoding', 'line'>) => `Filen lästes som ${p.encoding} (den anger #FORMAT ${p.declared}).`,
    en: (p: P<'declared' | 'encoding', 'line'>) => `The file was read as ${p.encoding} (it declares #FORMAT ${p.declared}).`,
  },
  'sie.object-reading': {
    sv: (p: P<'cells' | 'line' | 'reading' | 'total'>) =>
      p.reading === 'cells'
        ? `${sv(p)}: periodsaldona med objekt är egna delar av kontots saldo (raden {} är delen utan objekt); alla rader räknas (${p.cells} konton stämmer så mot #RES).`
        : `${sv(p)}: raden {} är kontots totalsaldo och objektraderna delar upp det; objekten används för dimensionen och resten av totalen för övrigt, aldrig båda${Number(p.total) > 0 ? ` (${p.total} konton stämmer så mot #RES)` : ''}.`,
    en: (p: P<'cells' | 'line' | 'reading' | 'total'>) =>
      p.reading === 'cells'
        ? `${en(p)}: the period balances with objects are separate parts of the account's balance (the {} row is the part without objects); all rows are counted (${p.cells} accounts agree with #RES that way).`
        : `${en(p)}: the {} row is the account's total and the object rows split it; the objects are used for the dimension and the rest of the total for the remainder, never both${Number(p.total) > 0 ? ` (${p.total} accounts agree with #RES that way)` : ''}.`,
  },
  'sie.dimension-not-used': {
    sv: (p: P<'dim' | 'line' | 'primary'>) => `${sv(p)}: objektsaldon för dimension ${p.dim} delar samma totalsaldo som dimension ${p.primary} och används inte (annars räknas beloppen två gånger).`,
    en: (p: P<'dim' | 'line' | 'primary'>) => `${en(p)}: object balances of dimension ${p.dim} split the same total as dimension ${p.primary} and are not used (the amounts would count twice).`,
  },
  'sie.psaldo-res': {
    sv: (p: P<'account' | 'line' | 'psaldo' | 'res' | 'year'>) => `${sv(p)}: konto ${p.account} år ${p.year}: månaderna (#PSALDO) summerar till ${p.psaldo} kr men årets resultat (#RES) är ${p.res} kr. Rapporten bygger på månaderna; stäm av kontot i ekonomisystemet.`,
    en: (p: P<'account' | 'line' | 'psaldo' | 'res' | 'year'>) => `${en(p)}: account ${p.account} year ${p.year}: the months (#PSALDO) add up to ${p.psaldo} kr but the year result (#RES) is ${p.res} kr. The report uses the months; reconcile the account in the finance system.`,
  },
  'sie.period-outside-year': {
    sv: (p: P<'end' | 'label' | 'line' | 'start' | 'year'>) => `${sv(p)}: ${p.count} rader ${p.label} för räkenskapsår ${p.year} har månader utanför det årets #RAR (${ymd(p.start)}–${ymd(p.end)}) och räknas inte med (de skulle annars räknas två gånger). Kontrollera exporten.`,
    en: (p: P<'end' | 'label' | 'line' | 'start' | 'year'>) => `${en(p)}: ${p.count} ${p.label} rows for financial year ${p.year} have months outside that year's #RAR (${ymd(p.start)}–${ymd(p.end)}) and are not counted (they would count twice). Check the export.`,
  },
  'sie.trans-res': {
    sv: (p: P<'account' | 'line' | 'res' | 'trans' | 'year'>) => `${sv(p)}: konto ${p.account} år ${p.year}: verifikationernas rader (#TRANS) summerar till ${p.trans} kr men årets resultat (#RES) är ${p.res} kr. Rapporten bygger på verifikationerna; kontrollera att filen har alla verifikationer för året.`,
    en: (p: P<'account' | 'line' | 'res' | 'trans' | 'year'>) => `${en(p)}: account ${p.account} year ${p.year}: the voucher rows (#TRANS) add up to ${p.trans} kr but the year result (#RES) is ${p.res} kr. The report uses the vouchers; check that the file holds every voucher of the year.`,
  },
  'sie.no-date': {
    sv: (p: P<'account' | 'line'>) => `${sv(p)}: raden på konto ${p.account} har inget datum (varken raden eller verifikationen) och räknas inte med.`,
    en: (p: P<'account' | 'line'>) => `${en(p)}: the row on account ${p.account} has no date (neither the row nor its voucher) and is not counted.`,
  },
  'sie.no-year': {
    sv: (p: P<'line' | 'year'>) => `${sv(p)}: räkenskapsår ${p.year} saknar #RAR, så beloppet kan inte placeras i en månad och räknas inte med.`,
    en: (p: P<'line' | 'year'>) => `${en(p)}: financial year ${p.year} has no #RAR, so the amount cannot be placed in a month and is not counted.`,
  },
  'sie.year-totals': {
    sv: (p: P<'line'>) => `${sv(p)}: filen har bara årsbelopp (#RES, typ 1): varje års resultat ligger i räkenskapsårets sista månad. Månadsuppföljning kräver en SIE-fil av typ 2 eller 4.`,
    en: (p: P<'line'>) => `${en(p)}: the file has year totals only (#RES, type 1): each year's result sits in the financial year's last month. Monthly follow-up needs an SIE file of type 2 or 4.`,
  },
  'sie.broken-year': {
    sv: (p: P<'end' | 'index' | 'line' | 'start'>) => `${sv(p)}: räkenskapsår ${p.index} går från ${ymd(p.start)} till ${ymd(p.end)} (brutet räkenskapsår). Huvudboken har räkenskapsårets egna månader; rapporten räknar kalendermånader, så välj period med --through.`,
    en: (p: P<'end' | 'index' | 'line' | 'start'>) => `${en(p)}: financial year ${p.index} runs from ${ymd(p.start)} to ${ymd(p.end)} (a broken financial year). The ledger keeps the year's own months; the report counts calendar months, so choose the period with --through.`,
  },
  'sie.source': {
    sv: (p: P<'rows' | 'source', 'line'>) => `Utfallet kommer från ${SOURCE_SV[String(p.source)] ?? p.source}; ${p.rows} belopp lästes.`,
    en: (p: P<'rows' | 'source', 'line'>) => `The actuals come from ${SOURCE_EN[String(p.source)] ?? p.source}; ${p.rows} amounts were read.`,
  },
} satisfies Catalog;
