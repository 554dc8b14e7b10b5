import type * as ExcelJS from 'exceljs';
import { invalidArgument } from './errors';
import type { SimQueue } from './proxy';

/**
 * IconSetConditionalFormat (ExcelApi 1.6) over an exceljs iconSet rule: style, reverseIconOrder,
 * showIconOnly and criteria are applied to the rule at sync, in queue order, as Excel does.
 * A new icon-set format is Excel's default (three traffic lights at 33 % and 67 %).
 */
export type IconRule = { type: 'iconSet'; iconSet: ExcelJS.IconSetTypes; reverse: boolean; showValue: boolean; cfvo: ExcelJS.Cvfo[] };

const COUNTS: Record<string, number> = { Three: 3, Four: 4, Five: 5 };

/** 'ThreeTrafficLights1' → '3TrafficLights1': Office.js spells the icon count, OOXML writes the digit. */
function xlsxIconSet(style: string): ExcelJS.IconSetTypes {
  const m = /^(Three|Four|Five)([A-Za-z]+\d?)$/.exec(style);
  if (!m) throw invalidArgument(`icon set style ${style}`);
  return `${COUNTS[m[1]]}${m[2]}` as ExcelJS.IconSetTypes;
}

function iconCount(set: ExcelJS.IconSetTypes): number {
  return Number(set[0]);
}

/** Excel's default thresholds for n icons: equal percent steps. */
function defaultCfvo(n: number): ExcelJS.Cvfo[] {
  return Array.from({ length: n }, (_, i) => ({ type: 'percent' as const, value: Math.round((i * 100) / n) }));
}

export function newIconRule(): IconRule {
  return { type: 'iconSet', iconSet: '3TrafficLights1', reverse: false, showValue: true, cfvo: defaultCfvo(3) };
}

const CRITERION_TYPES: Record<string, ExcelJS.CfvoTypes> = { Number: 'num', Percent: 'percent', Percentile: 'percentile' };

/** One criterion after the first as an OOXML cfvo; the first one Excel ignores (the lowest icon has no lower bound). */
function cfvo(c: Excel.ConditionalIconCriterion): ExcelJS.Cvfo {
  const type = CRITERION_TYPES[c.type];
  if (!type) throw invalidArgument(`icon criterion type ${String(c.type)} is not supported by the simulator`);
  if (c.operator !== 'GreaterThanOrEqual') throw invalidArgument(`icon criterion operator ${String(c.operator)} is not supported by the simulator`);
  const value = Number(String(c.formula).replace(/^=/, ''));
  if (typeof c.formula !== 'string' || !Number.isFinite(value)) throw invalidArgument(`icon criterion formula ${String(c.formula)} is not a number`);
  return { type, value };
}

export class SimIconSetFormat {
  constructor(private readonly q: SimQueue, private readonly holder: { rule?: unknown }) {}

  private edit(f: (r: IconRule) => void): void {
    this.q.push({ kind: 'conditionalFormat.edit', requestBytes: 20, run: () => (f(this.holder.rule as IconRule), 0) });
  }

  set style(v: string) {
    this.edit((r) => {
      const set = xlsxIconSet(v);
      if (iconCount(set) !== r.cfvo.length) r.cfvo = defaultCfvo(iconCount(set));
      r.iconSet = set;
    });
  }

  set reverseIconOrder(v: boolean) {
    this.edit((r) => (r.reverse = v));
  }

  set showIconOnly(v: boolean) {
    this.edit((r) => (r.showValue = !v));
  }

  set criteria(v: Excel.ConditionalIconCriterion[]) {
    this.edit((r) => {
      if (!Array.isArray(v) || v.length !== iconCount(r.iconSet)) throw invalidArgument(`${r.iconSet} needs ${iconCount(r.iconSet)} criteria`);
      r.cfvo = [{ type: 'percent', value: 0 }, ...v.slice(1).map(cfvo)];
    });
  }
}
