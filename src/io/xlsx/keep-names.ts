import type { Workbook } from 'exceljs';
import { entryBytes, inspectXlsxBytes } from './zip-guard';

/**
 * exceljs 4.4 keeps only defined names that are plain global ranges: it drops names holding a
 * constant or a formula (Moms = 0.25, a dynamic OFFSET range, a #REF! leftover) and turns
 * sheet-level names into workbook-level ones. Saving would then break the user's formulas that
 * use them. So before writing we read those names from the original xl/workbook.xml and hand
 * them back to exceljs's writer untouched (same text, same localSheetId; we only append
 * sheets, so sheet indexes stay valid). Print areas and titles exceljs handles itself.
 */
type RawName = { readonly name: string; readonly text: string; readonly localSheetId?: number };
type ModelEntry = { name: string; ranges: string[]; localSheetId?: number };

const PLAIN_RANGE = String.raw`(?:'(?:[^']|'')+'|[^'!,]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?`;
const PLAIN_LIST = new RegExp(`^${PLAIN_RANGE}(?:,${PLAIN_RANGE})*$`);
const HANDLED = new Set(['_xlnm.Print_Area', '_xlnm.Print_Titles']);

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1]) : undefined;
}

export function parseDefinedNames(workbookXml: string): RawName[] {
  const out: RawName[] = [];
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = attr(m[1], 'name');
    if (!name) continue;
    const local = attr(m[1], 'localSheetId');
    out.push({ name, text: unescapeXml(m[2]), ...(local !== undefined ? { localSheetId: Number(local) } : {}) });
  }
  return out;
}

/** The names exceljs would lose or change: not plain global ranges. */
export function namesExceljsLoses(names: readonly RawName[]): RawName[] {
  return names.filter((n) => !HANDLED.has(n.name) && (n.localSheetId !== undefined || !PLAIN_LIST.test(n.text)));
}

type ModelAccessor = { get(this: unknown): ModelEntry[]; set(this: unknown, v: ModelEntry[]): void };

/** Reads the names from the original bytes and makes the workbook write them back as they were. */
export async function keepDefinedNames(wb: Workbook, data: Uint8Array): Promise<void> {
  const entry = inspectXlsxBytes(data).entries.find((e) => e.name === 'xl/workbook.xml');
  if (!entry) return;
  const lost = namesExceljsLoses(parseDefinedNames(new TextDecoder().decode(await entryBytes(data, entry))));
  if (lost.length === 0) return;
  const names = wb.definedNames;
  const accessor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model') as unknown as ModelAccessor;
  const lostNames = new Set(lost.map((n) => n.name));
  // exceljs's own (globalised or partial) version of these names goes; the originals come back.
  accessor.set.call(names, accessor.get.call(names).filter((n) => !lostNames.has(n.name)));
  const extras: ModelEntry[] = lost.map((n) => ({ name: n.name, ranges: [n.text], ...(n.localSheetId !== undefined ? { localSheetId: n.localSheetId } : {}) }));
  const isExtra = new Set<ModelEntry>(extras);
  Object.defineProperty(names, 'model', {
    configurable: true,
    get: () => [...accessor.get.call(names), ...extras],
    set: (v: ModelEntry[]) => accessor.set.call(names, v.filter((n) => !isExtra.has(n))),
  });
}
