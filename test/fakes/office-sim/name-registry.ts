import type * as ExcelJS from 'exceljs';
import { absoluteAddress, parseAddress } from './a1';
import type { Rect } from './a1';

/** A workbook-scoped defined name. `sheet` is null once its sheet was deleted (the name shows #REF!). */
export type NameEntry = { name: string; sheet: string | null; rect: Rect; comment: string; visible: boolean };

/**
 * Defined names as Excel keeps them: case-insensitive, surviving the deletion of their sheet as
 * #REF!. Mirrored into exceljs' definedNames after every change so a saved file carries them.
 */
export class NameRegistry {
  private readonly entries = new Map<string, NameEntry>();

  constructor(private readonly wb: ExcelJS.Workbook) {
    for (const d of wb.definedNames.model as { name: string; ranges: string[] }[]) {
      const first = d.ranges[0];
      if (!first || !first.includes('!')) continue;
      const sheet = first.slice(0, first.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      this.entries.set(d.name.toLowerCase(), { name: d.name, sheet, rect: parseAddress(first), comment: '', visible: true });
    }
  }

  get(name: string): NameEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  all(): NameEntry[] {
    return [...this.entries.values()];
  }

  add(entry: NameEntry): void {
    this.entries.set(entry.name.toLowerCase(), entry);
    this.mirror();
  }

  delete(name: string): void {
    this.entries.delete(name.toLowerCase());
    this.mirror();
  }

  repoint(name: string, sheet: string, rect: Rect): void {
    const e = this.get(name);
    if (!e) return;
    e.sheet = sheet;
    e.rect = rect;
    this.mirror();
  }

  sheetDeleted(sheet: string): void {
    for (const e of this.entries.values()) if (e.sheet === sheet) e.sheet = null;
    this.mirror();
  }

  sheetRenamed(from: string, to: string): void {
    for (const e of this.entries.values()) if (e.sheet === from) e.sheet = to;
    this.mirror();
  }

  formula(e: NameEntry): string {
    return e.sheet === null ? '=#REF!' : `=${absoluteAddress(e.sheet, e.rect)}`;
  }

  private mirror(): void {
    const model = this.all()
      .filter((e) => e.sheet !== null)
      .map((e) => ({ name: e.name, ranges: [absoluteAddress(e.sheet as string, e.rect)] }));
    (this.wb.definedNames as unknown as { model: unknown }).model = model;
  }
}
