import type { XlsxPackage } from '../pkg/package';
import type { StyleFormats } from './styles';
import { readStyleFormats } from './styles';
import { sharedStrings as sharedStringsOf } from './shared-strings';
import type { WorkbookInfo } from './workbook-info';
import { readWorkbookInfo } from './workbook-info';

/**
 * What every sheet of a package shares, read once per package and cached (weakly, so it goes
 * with the package): the workbook info, the number formats by style, the shared strings.
 */
const stylesCache = new WeakMap<XlsxPackage, StyleFormats>();
const infoCache = new WeakMap<XlsxPackage, WorkbookInfo>();

function infoOf(pkg: XlsxPackage): WorkbookInfo {
  let info = infoCache.get(pkg);
  if (!info) {
    info = readWorkbookInfo(pkg);
    infoCache.set(pkg, info);
  }
  return info;
}

/** The package's shared strings, parsed once and cached. */
export function sharedStrings(pkg: XlsxPackage): readonly string[] {
  return sharedStringsOf(pkg, infoOf(pkg).sharedStringsPart);
}

export function stylesOf(pkg: XlsxPackage, info: WorkbookInfo): StyleFormats {
  let s = stylesCache.get(pkg);
  if (!s) {
    s = readStyleFormats(pkg, info.stylesPart);
    stylesCache.set(pkg, s);
  }
  return s;
}
