/**
 * The floor for reading a ledger file (figure 7): fflate unzips the one sheet part, TextDecoder
 * makes it a string, and one indexOf pass counts the cells and sums the numeric values. No
 * shared strings, styles, snapshot or checks: what any reader must at least do.
 */
import { unzipSync } from 'fflate';

export type ScanResult = { readonly cells: number; readonly sum: number };

export function scanBaseline(bytes: Uint8Array, part = 'xl/worksheets/sheet1.xml'): ScanResult {
  const files = unzipSync(bytes, { filter: (f) => f.name === part });
  const xml = new TextDecoder().decode(files[part]);
  let cells = 0;
  let sum = 0;
  let i = 0;
  for (;;) {
    const c = xml.indexOf('<c ', i);
    if (c < 0) break;
    cells += 1;
    const gt = xml.indexOf('>', c);
    i = gt + 1;
    if (xml.charCodeAt(gt - 1) === 47) continue;
    const end = xml.indexOf('</c>', gt);
    const tag = xml.slice(c, gt);
    const v = xml.indexOf('<v>', gt);
    if (v >= 0 && v < end && tag.indexOf('t="') < 0) sum += Number(xml.slice(v + 3, xml.indexOf('</v>', v)));
    i = end + 4;
  }
  return { cells, sum };
}
