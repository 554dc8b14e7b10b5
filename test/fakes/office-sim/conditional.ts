import type * as ExcelJS from 'exceljs';
import { absoluteAddress, intersect, parseAddress } from './a1';
import { argb } from './format';
import { invalidArgument } from './errors';
import { newIconRule, SimIconSetFormat } from './icon-set';
import type { SimQueue } from './proxy';
import type { RangeTarget } from './range';

type Rule = Record<string, unknown> & { style: { fill?: unknown; font?: unknown } };

/** ConditionalFormatCollection (ExcelApi 1.6).add('CellValue' | 'ContainsText' | 'IconSet'): an exceljs rule edited in place at sync. */
export class SimConditionalFormats {
  constructor(private readonly q: SimQueue, private readonly t: () => RangeTarget) {}

  /** Removes the rules whose range overlaps this range. */
  clearAll(): void {
    this.q.requireApi('ConditionalFormatCollection.clearAll');
    this.q.push({
      kind: 'conditionalFormats.clearAll',
      requestBytes: 0,
      run: () => {
        const { ws, rect } = this.t();
        const list = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
        const keep = list.filter((cf) => cf.ref.split(' ').every((ref) => intersect(parseAddress(ref), rect) === null));
        list.splice(0, list.length, ...keep);
        return 0;
      },
    });
  }

  add(type: 'CellValue' | 'ContainsText' | 'IconSet'): SimConditionalFormat {
    this.q.requireApi('ConditionalFormatCollection.add');
    if (!Object.prototype.hasOwnProperty.call(NEW_RULE, type)) throw invalidArgument(`conditional format type ${type} is not supported by the simulator`);
    const holder: { rule?: Rule } = {};
    this.q.push({
      kind: 'conditionalFormats.add',
      requestBytes: 20,
      run: () => {
        const { ws, rect } = this.t();
        const rule = NEW_RULE[type]();
        const ref = absoluteAddress(ws.name, rect).split('!')[1].replace(/\$/g, '');
        ws.addConditionalFormatting({ ref, rules: [rule as unknown as ExcelJS.ConditionalFormattingRule] });
        holder.rule = rule;
        return 0;
      },
    });
    return new SimConditionalFormat(this.q, holder);
  }
}

const NEW_RULE: Record<string, () => Rule> = {
  CellValue: () => ({ type: 'cellIs', operator: 'equal', formulae: [], style: {} }),
  ContainsText: () => ({ type: 'containsText', operator: 'containsText', text: '', style: {} }),
  IconSet: () => newIconRule() as unknown as Rule,
};

const OPERATORS: Record<string, string> = { EqualTo: 'equal', NotEqualTo: 'notEqual', GreaterThan: 'greaterThan', LessThan: 'lessThan' };
const TEXT_OPERATORS: Record<string, string> = { Contains: 'containsText', BeginsWith: 'beginsWith', EndsWith: 'endsWith' };

class RuleFormat {
  constructor(private readonly q: SimQueue, private readonly holder: { rule?: Rule }) {}
  protected edit(f: (r: Rule) => void): void {
    this.q.push({ kind: 'conditionalFormat.edit', requestBytes: 20, run: () => (f(this.holder.rule as Rule), 0) });
  }
  get format(): { fill: { color: string }; font: { color: string } } {
    const edit = (f: (r: Rule) => void): void => this.edit(f);
    return {
      fill: { set color(v: string) { edit((r) => (r.style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(v) } })); } } as { color: string },
      font: { set color(v: string) { edit((r) => (r.style.font = { color: { argb: argb(v) } })); } } as { color: string },
    };
  }
}

class CellValueFormat extends RuleFormat {
  set rule(v: { formula1: string; operator: string }) {
    const op = OPERATORS[v.operator];
    if (!op) throw invalidArgument(`operator ${v.operator}`);
    this.edit((r) => Object.assign(r, { operator: op, formulae: [v.formula1.replace(/^=/, '')] }));
  }
}

class TextFormat extends RuleFormat {
  set rule(v: { operator: string; text: string }) {
    const op = TEXT_OPERATORS[v.operator];
    if (!op) throw invalidArgument(`text operator ${v.operator}`);
    this.edit((r) => Object.assign(r, { operator: op, text: v.text }));
  }
}

export class SimConditionalFormat {
  readonly cellValue: CellValueFormat;
  readonly textComparison: TextFormat;
  readonly iconSet: SimIconSetFormat;
  constructor(q: SimQueue, holder: { rule?: Rule }) {
    this.cellValue = new CellValueFormat(q, holder);
    this.textComparison = new TextFormat(q, holder);
    this.iconSet = new SimIconSetFormat(q, holder);
  }
}
