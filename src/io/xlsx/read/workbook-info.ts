import type { XlsxPackage } from '../pkg/package';
import { partCorrupt, partDir, relsPathOf, resolvePartPath } from '../pkg/package';
import { XlsxReadError } from '../errors';
import { XmlError, decodeXml, elements, firstElement } from './xml';

/**
 * What xl/workbook.xml and its relationships say: the sheets in workbook order with the part
 * each one lives in (found through the relationship, so the path is right whatever the producer
 * named it), the defined names with their scope, and the date system.
 */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';
/** What a <sheet> is, by its relationship type: only worksheets hold cells the snapshot reads. */
export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';
export type WorkbookSheet = {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly part: string;
  readonly state: SheetState;
  readonly kind: SheetKind;
};
export type WorkbookDefinedName = { readonly name: string; readonly localSheetId?: number; readonly hidden?: boolean; readonly text: string };
export type WorkbookInfo = {
  readonly sheets: readonly WorkbookSheet[];
  readonly definedNames: readonly WorkbookDefinedName[];
  readonly date1904: boolean;
  /** The workbook part itself, usually 'xl/workbook.xml'. */
  readonly workbookPart: string;
  /** The styles and shared-string parts named by the workbook's relationships (null when none). */
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
};

export type Relationship = { readonly id: string; readonly type: string; readonly target: string; readonly external: boolean };

/** The relationships of a part (empty when it has none), targets resolved to part names. */
export function readRelationships(pkg: XlsxPackage, part: string): Relationship[] {
  const relsPart = relsPathOf(part);
  if (!pkg.has(relsPart)) return [];
  const xml = textOf(pkg, relsPart);
  try {
    return elements(xml, 'Relationship').map((r) => {
      const external = r.attrs.TargetMode === 'External';
      const target = r.attrs.Target ?? '';
      return { id: r.attrs.Id ?? '', type: r.attrs.Type ?? '', target: external ? target : resolvePartPath(partDir(part), target), external };
    });
  } catch (e) {
    throw asCorrupt(e, relsPart);
  }
}

/** The text of a part; a missing or damaged part is 'corrupt' naming it. */
export function textOf(pkg: XlsxPackage, part: string): string {
  if (!pkg.has(part)) throw partCorrupt(part);
  return pkg.text(part);
}

export function asCorrupt(e: unknown, part: string): unknown {
  return e instanceof XmlError ? partCorrupt(part) : e;
}

/** The kind from the relationship type's last segment; a sheet without a relationship is taken for a worksheet. */
function kindOf(type: string | undefined): SheetKind {
  if (type === undefined) return 'worksheet';
  const last = type.slice(type.lastIndexOf('/') + 1);
  return last === 'worksheet' || last === 'chartsheet' || last === 'dialogsheet' || last === 'macrosheet' ? last : last === 'xlMacrosheet' || last === 'xlIntlMacrosheet' ? 'macrosheet' : 'other';
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

function stateOf(v: string | undefined): SheetState {
  return v === 'hidden' ? 'hidden' : v === 'veryHidden' ? 'veryHidden' : 'visible';
}

/** The workbook part named by the package's root relationships, else xl/workbook.xml. */
function workbookPartOf(pkg: XlsxPackage): string {
  const official = readRelationships(pkg, '').find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  return official && pkg.has(official.target) ? official.target : 'xl/workbook.xml';
}

export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo {
  const workbookPart = workbookPartOf(pkg);
  const xml = textOf(pkg, workbookPart);
  const rels = new Map(readRelationships(pkg, workbookPart).map((r) => [r.id, r]));
  try {
    const sheets = elements(xml, 'sheet').map((s, i): WorkbookSheet => {
      const rId = s.attrs.id ?? '';
      const rel = rels.get(rId);
      const part = rel && !rel.external ? rel.target : `xl/worksheets/sheet${i + 1}.xml`;
      return { name: s.attrs.name ?? `Sheet${i + 1}`, sheetId: Number(s.attrs.sheetId ?? i + 1), rId, part, state: stateOf(s.attrs.state), kind: kindOf(rel?.type) };
    });
    const definedNames = elements(xml, 'definedName').map((d): WorkbookDefinedName => {
      const local = d.attrs.localSheetId;
      return {
        name: d.attrs.name ?? '',
        ...(local !== undefined ? { localSheetId: Number(local) } : {}),
        ...(truthy(d.attrs.hidden) ? { hidden: true } : {}),
        text: decodeXml(d.inner ?? ''),
      };
    });
    const pr = firstElement(xml, 'workbookPr');
    const related = (type: string): string | null => {
      const r = [...rels.values()].find((x) => !x.external && x.type.endsWith(`/${type}`));
      return r ? r.target : pkg.has(`xl/${type}.xml`) ? `xl/${type}.xml` : null;
    };
    return { sheets, definedNames, date1904: truthy(pr?.attrs.date1904), workbookPart, stylesPart: related('styles'), sharedStringsPart: related('sharedStrings') };
  } catch (e) {
    throw asCorrupt(e, workbookPart);
  }
}

/** The sheet of that name (exact, then ignoring case as Excel does), or a 'corrupt' error. */
export function sheetByName(info: WorkbookInfo, name: string): WorkbookSheet {
  const found = info.sheets.find((s) => s.name === name) ?? info.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new XlsxReadError('corrupt', { detail: name });
  return found;
}
