import type { XlsxPackage } from '../pkg/package';
import { decodeText } from '../pkg/package';
import { rewriteZip } from './zip-write';

/**
 * Edits of one package, kept beside it until `finish` writes the new zip: parts set (as text)
 * and parts removed. Reading a part sees the edits. Parts are named as the package stores them
 * when they exist (OPC names are case-insensitive), else as given.
 */
export type PackageEdit = {
  readonly pkg: XlsxPackage;
  has(part: string): boolean;
  /** Whether the part was set or removed in this edit. */
  changed(part: string): boolean;
  text(part: string): string;
  set(part: string, text: string): void;
  remove(part: string): void;
  /** A part name `${stem}${n}.xml` (n = 1, 2, ...) not in the package. */
  freeName(stem: string): string;
  /** The package as the edits leave it, for the workbook-level parts' readers (not for sheet data). */
  view(): XlsxPackage;
  finish(): Uint8Array;
};

export function editPackage(pkg: XlsxPackage): PackageEdit {
  const changed = new Map<string, string>();
  const removed = new Set<string>();
  const stored = (part: string): string => pkg.entry(part)?.name ?? part.replace(/^\//, '');
  const has = (part: string): boolean => {
    const name = stored(part);
    return changed.has(name) || (!removed.has(name) && pkg.has(name));
  };
  return {
    pkg,
    has,
    changed: (part) => changed.has(stored(part)) || removed.has(stored(part)),
    text: (part) => {
      const name = stored(part);
      return changed.get(name) ?? decodeText(pkg.data(name));
    },
    set: (part, text) => {
      const name = stored(part);
      removed.delete(name);
      changed.set(name, text);
    },
    remove: (part) => {
      const name = stored(part);
      changed.delete(name);
      removed.add(name);
    },
    freeName: (stem) => {
      const taken = new Set([...pkg.entries.keys(), ...changed.keys()].map((n) => n.toLowerCase()));
      for (let n = 1; ; n++) if (!taken.has(`${stem}${n}.xml`.toLowerCase())) return `${stem}${n}.xml`;
    },
    view: () => ({
      bytes: pkg.bytes,
      entries: pkg.entries,
      has,
      data: (part) => new TextEncoder().encode(changed.get(stored(part)) ?? decodeText(pkg.data(stored(part)))),
      text: (part) => changed.get(stored(part)) ?? decodeText(pkg.data(stored(part))),
      entry: (part) => (changed.has(stored(part)) || removed.has(stored(part)) ? undefined : pkg.entry(part)),
    }),
    finish: () => {
      const encoder = new TextEncoder();
      const set = new Map([...changed].map(([name, text]) => [name, encoder.encode(text)]));
      return rewriteZip(pkg.bytes, [...pkg.entries.values()], { set, remove: removed });
    },
  };
}
