import type * as ExcelJS from 'exceljs';
import { checkRect, parseAddress } from './a1';
import type { Rect } from './a1';
import { loadedMember } from './api-sets';
import { invalidArgument, itemNotFound, propertyNotLoaded, SimOfficeError } from './errors';
import type { NameEntry } from './name-registry';
import { loadPaths, SimProxy } from './proxy';
import type { SimQueue } from './proxy';
import { SimRange } from './range';
import { SimWorksheet } from './worksheet';

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

function findSheet(wb: ExcelJS.Workbook, key: string): ExcelJS.Worksheet | undefined {
  const k = key.toLowerCase();
  return wb.worksheets.find((w) => w.name.toLowerCase() === k || String(w.id) === key);
}

/** Shared by the collections: 'items/name' loads become item proxies with those properties loaded. */
abstract class SimCollection<Item, P extends SimProxy<Item>> extends SimProxy<null> {
  private loadedItems: P[] | null = null;
  constructor(q: SimQueue) {
    super(q, { now: null });
  }
  protected abstract list(): Item[];
  protected abstract itemProxy(item: Item): P;
  protected abstract allProps: readonly string[];
  /** The items' Office.js type, for the requirement-set check of loaded properties. */
  protected abstract itemType: string;

  override load(spec?: string | string[] | { select?: string | string[] }): this {
    const paths = loadPaths(spec);
    const props = paths.map((p) => p.replace(/^items\/?/, '')).filter((p) => p.length > 0);
    const wanted = props.length > 0 ? props : [...this.allProps];
    let pending: P[] | null = null;
    this.q.push({
      kind: 'load',
      requestBytes: JSON.stringify(paths).length,
      run: () => {
        for (const p of wanted) {
          const member = loadedMember(this.itemType, p);
          if (member) this.q.requireApi(member);
        }
        let bytes = 2;
        pending = this.list().map((item) => {
          const proxy = this.itemProxy(item);
          for (const p of wanted) {
            const v = (proxy as unknown as { fetch(p: string): unknown }).fetch(p);
            proxy.simPreset(p, v);
            bytes += JSON.stringify(v).length + p.length + 4;
          }
          return proxy;
        });
        return bytes;
      },
      commit: () => void (this.loadedItems = pending),
    });
    return this;
  }

  get items(): P[] {
    if (this.loadedItems === null) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  protected fetch(prop: string): unknown {
    throw invalidArgument(`collection property ${prop}`);
  }
}

export class SimWorksheetCollection extends SimCollection<ExcelJS.Worksheet, SimWorksheet> {
  protected allProps = ['name', 'visibility', 'position', 'id'] as const;
  protected itemType = 'Worksheet';
  protected list(): ExcelJS.Worksheet[] {
    return [...this.q.session.wb.worksheets];
  }
  protected itemProxy(ws: ExcelJS.Worksheet): SimWorksheet {
    return new SimWorksheet(this.q, { now: ws });
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.q, {
      kind: 'worksheets.getItem',
      resolve: () => {
        const ws = findSheet(this.q.session.wb, key);
        if (!ws) throw itemNotFound(`worksheet "${key}"`);
        return ws;
      },
    });
  }
  getItemOrNullObject(key: string): SimWorksheet {
    this.q.requireApi('WorksheetCollection.getItemOrNullObject');
    return new SimWorksheet(this.q, { kind: 'worksheets.getItem', resolve: () => findSheet(this.q.session.wb, key) ?? null });
  }
  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.q, {
      kind: 'worksheets.getActiveWorksheet',
      resolve: () => this.q.session.wb.getWorksheet(this.q.session.active.sheetId) ?? this.q.session.wb.worksheets[0],
    });
  }
  add(name?: string): SimWorksheet {
    return new SimWorksheet(this.q, {
      kind: 'worksheets.add',
      resolve: () => {
        const wb = this.q.session.wb;
        let n = name;
        if (n === undefined) for (let i = wb.worksheets.length + 1; n === undefined || findSheet(wb, n); i++) n = `Sheet${i}`;
        if (n.trim() === '' || n.length > 31 || BAD_SHEET_CHARS.test(n) || n.startsWith("'") || n.endsWith("'")) throw invalidArgument(`worksheet name "${n}"`);
        if (findSheet(wb, n)) throw new SimOfficeError('ItemAlreadyExists', `A worksheet named "${n}" already exists.`);
        return wb.addWorksheet(n);
      },
    });
  }
}

export class SimNamedItem extends SimProxy<NameEntry> {
  protected fetch(prop: string): unknown {
    const e = this.target();
    // A load of a property newer than the host fails the batch when the host answers it.
    const member = loadedMember('NamedItem', prop);
    if (member) this.q.requireApi(member);
    switch (prop) {
      case 'name':
        return e.name;
      case 'formula':
      case 'value':
        return this.q.session.names.formula(e);
      case 'type':
        return e.sheet === null ? 'Error' : 'Range';
      case 'visible':
        return e.visible;
      case 'comment':
        return e.comment;
      default:
        throw invalidArgument(`NamedItem.${prop} is not supported by the simulator`);
    }
  }
  get name(): string { return this.read('name'); }
  get formula(): string { this.q.requireApi('NamedItem.formula'); return this.read('formula'); }
  /** Points the name elsewhere ('=Sheet!$A$1:$C$3'), keeping the name itself (ExcelApi 1.7). */
  set formula(v: string) {
    this.q.requireApi('NamedItem.formula');
    this.queueWrite('namedItem.formula', v, (e) => {
      const f = String(v).replace(/^=/, '');
      const sheet = f.slice(0, f.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      const ws = findSheet(this.q.session.wb, sheet);
      if (f.lastIndexOf('!') < 0 || !ws) throw invalidArgument(`name formula "${v}"`);
      this.q.session.names.repoint(e.name, ws.name, checkRect(parseAddress(f)));
    });
  }
  get type(): string { return this.read('type'); }
  get visible(): boolean { return this.read('visible'); }
  get comment(): string { this.q.requireApi('NamedItem.comment'); return this.read('comment'); }
  set comment(v: string) {
    this.q.requireApi('NamedItem.comment');
    this.queueWrite('namedItem.comment', v, (e) => void (e.comment = v));
  }

  private rangeOf(kind: string, orNull: boolean): SimRange {
    return new SimRange(this.q, kind, () => {
      const e = this.targetOrNull();
      const ws = e && e.sheet !== null ? findSheet(this.q.session.wb, e.sheet) : undefined;
      if (!e || !ws) {
        if (orNull) return null;
        throw new SimOfficeError('InvalidOperation', 'The name does not refer to a range.');
      }
      return { ws, rect: e.rect };
    });
  }
  getRange(): SimRange { return this.rangeOf('namedItem.getRange', false); }
  getRangeOrNullObject(): SimRange { this.q.requireApi('NamedItem.getRangeOrNullObject'); return this.rangeOf('namedItem.getRange', true); }
  delete(): void {
    this.q.requireApi('NamedItem.delete');
    this.queueWrite('namedItem.delete', undefined, (e) => this.q.session.names.delete(e.name));
  }
}

const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class SimNamedItemCollection extends SimCollection<NameEntry, SimNamedItem> {
  protected allProps = ['name', 'formula', 'type', 'visible', 'comment'] as const;
  protected itemType = 'NamedItem';
  protected list(): NameEntry[] {
    return this.q.session.names.all();
  }
  protected itemProxy(e: NameEntry): SimNamedItem {
    return new SimNamedItem(this.q, { now: e });
  }
  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.q, {
      kind: 'names.getItem',
      resolve: () => {
        const e = this.q.session.names.get(name);
        if (!e) throw itemNotFound(`name "${name}"`);
        return e;
      },
    });
  }
  getItemOrNullObject(name: string): SimNamedItem {
    this.q.requireApi('NamedItemCollection.getItemOrNullObject');
    return new SimNamedItem(this.q, { kind: 'names.getItem', resolve: () => this.q.session.names.get(name) ?? null });
  }
  add(name: string, reference: SimRange | string, comment = ''): SimNamedItem {
    this.q.requireApi('NamedItemCollection.add');
    return new SimNamedItem(this.q, {
      kind: 'names.add',
      resolve: () => {
        const s = this.q.session;
        if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || name.length > 255) throw invalidArgument(`name "${name}"`);
        if (s.names.get(name)) throw new SimOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`);
        let sheet: string;
        let rect: Rect;
        if (typeof reference === 'string') {
          const f = reference.replace(/^=/, '');
          sheet = f.slice(0, f.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
          rect = checkRect(parseAddress(f));
          if (!findSheet(s.wb, sheet)) throw invalidArgument(`reference "${reference}"`);
        } else {
          const t = (reference as unknown as { target(): { ws: ExcelJS.Worksheet; rect: Rect } }).target();
          sheet = t.ws.name;
          rect = t.rect;
        }
        const entry: NameEntry = { name, sheet, rect, comment, visible: true };
        s.names.add(entry);
        return entry;
      },
    });
  }
}
