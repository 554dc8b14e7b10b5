/**
 * Fuzzing the SIE reader: 10 000 files built from the pieces real exports use (labels, quoted
 * and bare fields, object lists, braces, amounts, dates, tabs, CR/LF, bytes ≥ 0x80), half of
 * them then damaged byte by byte. Nothing may throw, every issue carries the 1-based line it is
 * about (within the file), and the Huvudbok the reader makes is read by the ledger reader
 * without an error.
 */
import fc from 'fast-check';
import { readSie } from '../../src/core/sie';
import { readLedger } from '../../src/core/ledger';
import { said } from '../helpers/issue-text';

jest.setTimeout(120_000);

const label = fc.constantFrom(
  '#FLAGGA', '#FORMAT', '#SIETYP', '#PROGRAM', '#GEN', '#FNAMN', '#ORGNR', '#RAR', '#KPTYP', '#KONTO', '#KTYP', '#SRU', '#DIM', '#UNDERDIM',
  '#OBJEKT', '#IB', '#UB', '#OIB', '#OUB', '#RES', '#PSALDO', '#PBUDGET', '#VER', '#TRANS', '#RTRANS', '#BTRANS', '#KSUMMA', '#OKÄND', '{', '}', '',
);
const field = fc.oneof(
  fc.constantFrom('0', '-1', '1', '3010', '5010', '1930', '202501', '202513', '20250131', '20250230', '-100.50', '0.001', '1e5', '{}', '{1 "A"}', '{1', '"', '\\"', '"å ä"', '{"7" "1" "1" "Nord"}'),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => (n / 100).toFixed(2)),
  fc.string({ maxLength: 6 }),
);
const line = fc.tuple(label, fc.array(field, { maxLength: 7 }), fc.constantFrom(' ', '\t', '  ')).map(([l, fs, sep]) => [l, ...fs].join(sep));
const eol = fc.constantFrom('\r\n', '\n', '\r');
const text = fc.tuple(fc.array(line, { maxLength: 30 }), eol).map(([ls, e]) => ['#FLAGGA 0', ...ls].join(e));
const damage = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 5 });

const file = fc.tuple(text, fc.boolean(), damage).map(([t, damaged, hits]) => {
  const bytes = Uint8Array.from(Buffer.from(t, 'latin1'));
  if (damaged && bytes.length > 0) for (const [at, b] of hits) bytes[at % bytes.length] = b;
  return bytes;
});

describe('SIE reader fuzzing', () => {
  it('never throws; every issue has a line within the file; its Huvudbok reads without error', () => {
    fc.assert(
      fc.property(fc.oneof(file, fc.uint8Array({ maxLength: 400 })), (bytes) => {
        const r = readSie(bytes);
        const lineCount = Math.max(1, r.file.lineCount);
        for (const i of r.issues) {
          expect(typeof i.params.line).toBe('number');
          expect(i.params.line).toBeGreaterThanOrEqual(1);
          expect(i.params.line).toBeLessThanOrEqual(lineCount);
          expect(said(i).sv).not.toMatch(/Okänt problem|undefined/);
        }
        if (r.snapshot) {
          const l = readLedger(r.snapshot, { roles: r.roles });
          expect(l.issues.filter((i) => i.severity === 'error')).toEqual([]);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
