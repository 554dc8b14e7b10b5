/**
 * The fidelity suite's checks on one written package against the package it came from:
 * which parts changed that must not, and which original elements an edited part lost.
 */
import type { Parts } from './package-parts';
import { lostElements, partText, sameBytes } from './package-parts';

/** The only parts adding a sheet may edit, and only by appending (issue 11). */
export const EDITED_PARTS: readonly string[] = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];
/** May be dropped (Excel rebuilds it); if kept it must be unchanged. */
export const DROPPABLE = 'xl/calcChain.xml';

/**
 * Attributes and texts that count what was appended: the `count` of each styles.xml list,
 * the `size` of app.xml's vectors and the sheet count (a vt:i4) in its HeadingPairs.
 */
const IGNORE: Record<string, { attributes?: string[]; textOf?: string[] }> = {
  'xl/styles.xml': { attributes: ['count'] },
  'docProps/app.xml': { attributes: ['size'], textOf: ['vt:i4'] },
};

/** Parts of `before` that are missing from `after` or differ in their inflated bytes (edited parts and calcChain aside). */
export function changedParts(before: Parts, after: Parts): string[] {
  const out: string[] = [];
  for (const [name, bytes] of before) {
    if (EDITED_PARTS.includes(name)) continue;
    const now = after.get(name);
    if (now === undefined) {
      if (name !== DROPPABLE) out.push(`${name}: missing`);
    } else if (!sameBytes(bytes, now)) out.push(`${name}: changed (${bytes.length} → ${now.length} bytes)`);
  }
  return out;
}

/** For each edited part: the original elements (path, attributes, leaf text) the new one lacks. */
export function lostInEditedParts(before: Parts, after: Parts): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of EDITED_PARTS) {
    if (!before.has(name)) continue;
    if (!after.has(name)) {
      out[name] = ['the whole part is missing'];
      continue;
    }
    // A dropped calcChain takes its content type and relationship with it (no dangling reference).
    const calcChainGone = before.has(DROPPABLE) && !after.has(DROPPABLE);
    const lost = lostElements(partText(before, name), partText(after, name), IGNORE[name]).filter((l) => !(calcChainGone && /calcChain/.test(l)));
    if (lost.length > 0) out[name] = lost;
  }
  return out;
}
