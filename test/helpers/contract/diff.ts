/**
 * Where two normalised models differ, one line per leaf: 'cells.B3.fill: excel "#FFC7CE" ≠ file
 * "#FFFFFF"'; a key only one side has: 'cells.G1: only in excel: {...}' (its value cut at 90 characters). The
 * contract suite expects this list to be empty, so a failure names every field at once.
 */
export function differences(a: unknown, b: unknown, labels: readonly [string, string] = ['excel', 'file'], path = ''): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences(a[k], b[k], labels, path === '' ? k : `${path}.${k}`));
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const short = (v: unknown): string => {
    const t = JSON.stringify(v);
    return t.length > 90 ? `${t.slice(0, 87)}...` : t;
  };
  if (a === undefined || b === undefined) return [`${path}: only in ${a === undefined ? labels[1] : labels[0]}: ${short(a ?? b)}`];
  return [`${path}: ${labels[0]} ${JSON.stringify(a)} ≠ ${labels[1]} ${JSON.stringify(b)}`];
}
