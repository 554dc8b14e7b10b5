import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/**
 * LibreOffice as an independent spreadsheet: open the .xlsx files we write, recalculate every
 * formula (we write them without cached results, so it must), and export each sheet as CSV or
 * the whole workbook as PDF/PNG. Every run gets a fresh, empty profile so no user setting leaks
 * in. A missing soffice fails loudly: CI installs libreoffice-calc, and a recalculation test that
 * silently skips proves nothing.
 */
export const hasLibreOffice: boolean = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const TIMEOUT_MS = 180_000;

/** CSV export: comma, double quotes, UTF-8, raw (not as shown) values, every sheet (-1) to its own file. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function run(cmd: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      if (err) {
        const why = err.code === 'ENOENT' ? `${cmd} is not installed (apt-get install libreoffice-calc poppler-utils)` : err.message;
        reject(new Error(`${cmd} ${args.join(' ')} failed: ${why}\n${stdout}\n${stderr}`));
      } else resolve();
    });
  });
}

async function soffice(args: readonly string[]): Promise<void> {
  if (!hasLibreOffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc. These tests must not be skipped.');
  const profile = mkdtempSync(join(tmpdir(), 'kr-lo-profile-'));
  try {
    await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Opens the workbook in LibreOffice, recalculates it and returns every sheet's cells as text. */
export async function recalcSheetsToCsv(xlsxPath: string): Promise<Record<string, string[][]>> {
  const out = mkdtempSync(join(tmpdir(), 'kr-lo-csv-'));
  try {
    await soffice(['--convert-to', CSV_FILTER, '--outdir', out, xlsxPath]);
    const base = basename(xlsxPath, extname(xlsxPath));
    const files = readdirSync(out).filter((f) => f.endsWith('.csv'));
    if (files.length === 0) throw new Error(`LibreOffice wrote no CSV for ${xlsxPath}`);
    const sheets: Record<string, string[][]> = {};
    for (const f of files) {
      const name = f.startsWith(`${base}-`) ? f.slice(base.length + 1, -4) : f.slice(0, -4);
      sheets[name] = parseCsv(readFileSync(join(out, f), 'utf8'));
    }
    return sheets;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Renders the workbook as LibreOffice prints it: xlsx → pdf → one PNG per page at 80 dpi. */
export async function xlsxToPng(xlsxPath: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kr-lo-pdf-'));
  try {
    await soffice(['--convert-to', 'pdf', '--outdir', work, xlsxPath]);
    const base = basename(xlsxPath, extname(xlsxPath));
    await run('pdftoppm', ['-png', '-r', '80', join(work, `${base}.pdf`), join(outDir, base)]);
    return readdirSync(outDir)
      .filter((f) => f.startsWith(base) && f.endsWith('.png'))
      .sort()
      .map((f) => join(outDir, f));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Converts the workbook to PDF (one soffice call) and returns the PDF's path in `outDir`. */
export async function xlsxToPdf(xlsxPath: string, outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await soffice(['--convert-to', 'pdf', '--outdir', outDir, xlsxPath]);
  return join(outDir, `${basename(xlsxPath, extname(xlsxPath))}.pdf`);
}
