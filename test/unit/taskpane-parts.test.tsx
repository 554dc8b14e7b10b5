import { displayCell } from '../../src/taskpane/preview-format';
import { detectHost, themeFromBackground } from '../../src/taskpane/boot/host';
import { initialOptions, optionsFromSettings, SETTINGS_KEY } from '../../src/taskpane/hooks/useReportOptions';
import { downloadName } from '../../src/taskpane/hooks/useFileWorkbook';
import { userMessage } from '../../src/taskpane/user-error';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import { SieOpenError } from '../../src/taskpane/hooks/sie-file';
import { makeIssue } from '../../src/core/issue';
import { langFromLocale } from '../../src/taskpane/strings';
import { monthLabel } from '../../src/taskpane/option-labels';
import { ledger } from './taskpane-support/fakes';

describe('preview number display', () => {
  it('scales by the trailing commas of the format and shows Swedish grouping and minus', () => {
    expect(displayCell({ value: -109182499, format: '#,##0,;-#,##0,' }, 'sv')).toBe('\u2212109\u00a0182');
    expect(displayCell({ value: 106717000 * (8 / 12), format: '#,##0,;-#,##0,' }, 'sv')).toBe('71\u00a0145');
    expect(displayCell({ value: -128669400, format: '#,##0.0,,;-#,##0.0,,' }, 'sv')).toBe('\u2212128,7');
    expect(displayCell({ value: 1234.5, format: '#,##0' }, 'en')).toBe('1,235');
    expect(displayCell({ value: 0.526, format: '0.0%' }, 'sv')).toBe('52,6 %');
    expect(displayCell({ value: 'Personalkostnader' }, 'sv')).toBe('Personalkostnader');
    expect(displayCell({ value: null }, 'sv')).toBe('');
  });
});

describe('where the pane runs', () => {
  const search = { search: '' };
  it('is standalone when Office.js did not load', async () => {
    expect(await detectHost({ location: search })).toEqual({ kind: 'standalone', lang: 'sv' });
    expect(await detectHost({ location: { search: '?lang=en' } })).toEqual({ kind: 'standalone', lang: 'en' });
  });

  it('is standalone when Office reports no host (a plain browser)', async () => {
    const Office = { onReady: async () => ({ host: null }), HostType: { Excel: 'Excel' } };
    expect((await detectHost({ Office, location: search })).kind).toBe('standalone');
  });

  it('is Excel, in English and dark, when Office says so', async () => {
    const run = jest.fn();
    const settings = { get: () => null, set: () => undefined, saveAsync: () => undefined };
    const Office = {
      onReady: async () => ({ host: 'Excel' }),
      HostType: { Excel: 'Excel' },
      context: { displayLanguage: 'en-GB', officeTheme: { bodyBackgroundColor: '#262626' }, document: { settings } },
    };
    const host = await detectHost({ Office, Excel: { run: run as unknown as typeof Excel.run }, location: search });
    expect(host).toMatchObject({ kind: 'excel', lang: 'en', theme: 'dark', settings });
  });

  it('reads Swedish for every display language but English', () => {
    expect(langFromLocale('sv-SE')).toBe('sv');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('fi-FI')).toBe('sv');
    expect(langFromLocale(undefined)).toBe('sv');
    expect(themeFromBackground('#ffffff')).toBe('light');
    expect(themeFromBackground(undefined)).toBe('light');
  });
});

describe('remembered options', () => {
  it('keeps valid saved fields and drops damaged ones', () => {
    const saved = optionsFromSettings({ [SETTINGS_KEY]: { through: 202506, forecast: 'guess', unit: 'mnkr', signs: 'income-negative', by: 7 } });
    expect(saved).toEqual({ through: 202506, unit: 'mnkr', signs: 'income-negative' });
    expect(optionsFromSettings({ [SETTINGS_KEY]: 'broken' })).toEqual({});
  });

  it('falls back to the last month with an outcome when the saved month is not in the ledger', () => {
    expect(initialOptions({ through: 202312, by: 'Projekt' }, ledger)).toEqual({
      through: 202508,
      forecast: 'remaining-budget',
      unit: 'tkr',
      signs: 'costs-negative',
      by: undefined,
    });
    expect(initialOptions({ through: 202503, by: 'Ansvar' }, ledger)).toMatchObject({ through: 202503, by: 'Ansvar' });
  });
});

describe('small texts', () => {
  it('names the download after the opened file', () => {
    expect(downloadName('kommunstyrelsen-2025.xlsx')).toBe('kommunstyrelsen-2025-rapport.xlsx');
    expect(downloadName('Budget.XLSM')).toBe('Budget-rapport.xlsm');
  });

  it('prefers an adapter’s own message and never shows a stack', () => {
    const fallback = { sv: 'Försök igen.', en: 'Try again.' };
    // The adapter error carries code and params; its words come from the catalog, rendered here.
    expect(userMessage(new XlsxReadError('encrypted'), fallback)).toEqual({
      sv: 'Arbetsboken är lösenordsskyddad. Spara en kopia utan lösenord (Arkiv > Info > Skydda arbetsbok) och försök igen.',
      en: 'The workbook is password protected. Save a copy without a password (File > Info > Protect Workbook) and try again.',
    });
    // A file that is not SIE: the reader's own error issue, rendered in the pane.
    const notSie = new SieOpenError([makeIssue('sie.not-sie', 'error', { line: 1, start: '<html>' })]);
    expect(userMessage(notSie, fallback).sv).toMatch(/^Filen är ingen SIE-fil \(den börjar med "<html>"\)\./);
    const shown = userMessage(new Error('boom'), fallback);
    expect(shown.sv).toBe('Försök igen. (boom)');
    expect(shown.sv).not.toMatch(/\bat\b.*:\d+/);
    expect(userMessage(undefined, fallback)).toBe(fallback);
  });

  it('names months in the pane’s language', () => {
    expect(monthLabel(202508, 'sv')).toBe('augusti 2025');
    expect(monthLabel(202401, 'en')).toBe('January 2024');
  });
});
