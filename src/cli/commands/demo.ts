import * as path from 'node:path';
import type { Command } from '../io';
import { parseOrExit } from '../command-kit';
import { runReportFile } from './report';
import { DEFAULT_REPORT_OPTIONS } from '../../core/report/report-types';

/**
 * kommunrapport demo [--lang sv|en]: runs the report on the example workbook
 * (examples/kommunstyrelsen-2025.xlsx) and writes out/kommunstyrelsen-2025-rapport.xlsx in the
 * current folder. The example lives beside lib/ in the package (../../../examples from here).
 */
export const EXAMPLE = path.resolve(__dirname, '..', '..', '..', 'examples', 'kommunstyrelsen-2025.xlsx');
export const DEMO_OUT = path.join('out', 'kommunstyrelsen-2025-rapport.xlsx');

const USAGE = {
  sv: 'Användning: kommunrapport demo [--lang sv|en]\nGör en rapport på exempelarbetsboken (Kommunstyrelsen, jan–aug 2025) och sparar den i out/kommunstyrelsen-2025-rapport.xlsx.',
  en: 'Usage: kommunrapport demo [--lang sv|en]\nBuilds a report from the example workbook (Kommunstyrelsen, Jan–Aug 2025) and saves it in out/kommunstyrelsen-2025-rapport.xlsx.',
};

export const demoCommand: Command = {
  name: 'demo',
  summary: { sv: 'visa en rapport på exempelarbetsboken', en: 'show a report on the example workbook' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, { command: 'demo', positional: 0, flags: [] }, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang } = parsed;
    const title = lang === 'sv' ? 'Ekonomisk uppföljning – Kommunstyrelsen' : 'Financial follow-up – Kommunstyrelsen';
    return runReportFile({ input: EXAMPLE, out: DEMO_OUT, json: false, lang, options: { title, ...DEFAULT_REPORT_OPTIONS } }, io);
  },
};
