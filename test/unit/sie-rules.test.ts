import { readdirSync, readFileSync } from 'node:fs';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { catalog } from '../../src/core/i18n/catalog';
import { decodeSie, readSie, tokenizeLine, withSieLines } from '../../src/core/sie';
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { AMOUNT_KIND } from '../../src/core/ledger/types';
import { said } from '../helpers/issue-text';
import { makeIssue } from '../../src/core/issue';

/** Hand-written SIE files, one rule each (DOMAIN.md §9, SIE filformat 4B). */
const HEAD = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#RAR 0 20250101 20251231', '#KONTO 3010 "Försäljning"', '#KONTO 1930 Bank', '#KONTO 5010 Lokalhyra'];
const utf8 = (lines: readonly string[], eol = '\r\n'): Uint8Array => new TextEncoder().encode(lines.join(eol));

function ledgerOf(bytes: Uint8Array): Ledger {
  const r = readSie(bytes);
  const l = readLedger(r.snapshot!, { roles: r.roles });
  return l.ledger!;
}

/** öre per "account|period|kind|dim=value,…" */
function entries(ledger: Ledger): Record<string, number> {
  const out: Record<string, number> = {};
  const dims = Object.entries(ledger.dimensions);
  for (let i = 0; i < ledger.size; i++) {
    const d = dims.map(([n, dim]) => `${n}=${dim.values[dim.index[i]]}`).join(',');
    const k = `${ledger.accounts[ledger.account[i]]}|${ledger.period[i]}|${ledger.kind[i] === AMOUNT_KIND.budget ? 'B' : 'U'}${d ? `|${d}` : ''}`;
    out[k] = (out[k] ?? 0) + Math.round(ledger.amount[i] * 100);
  }
  return out;
}

const codes = (bytes: Uint8Array): [string, number | string | undefined][] => readSie(bytes).issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.params.line]);

describe('tokenizer', () => {
  it('splits on spaces and tabs, reads quotes with \\" inside, and object lists', () => {
    const t = tokenizeLine('#TRANS\t3010  {1 "100" 20 "850 A"}   -1234.50 20250105 "Sagt \\"hej\\" där"');
    expect(t.problem).toBeUndefined();
    expect(t.fields).toEqual([
      { kind: 'text', value: '#TRANS', quoted: false },
      { kind: 'text', value: '3010', quoted: false },
      { kind: 'list', items: ['1', '100', '20', '850 A'] },
      { kind: 'text', value: '-1234.50', quoted: false },
      { kind: 'text', value: '20250105', quoted: false },
      { kind: 'text', value: 'Sagt "hej" där', quoted: true },
    ]);
  });

  it('an empty list, and a quote left open', () => {
    expect(tokenizeLine('#PSALDO 0 202501 3010 {} 5').fields[4]).toEqual({ kind: 'list', items: [] });
    expect(tokenizeLine('#KONTO 3010 "Öppen').problem).toBe('unterminated-quote');
    expect(tokenizeLine('#TRANS 3010 {1 "100" 5').problem).toBe('unterminated-list');
  });

  it('CRLF, LF and CR line ends read the same', () => {
    const lines = [...HEAD, '#VER A 1 20250110 x', '{', '#TRANS 3010 {} -100.00', '#TRANS 1930 {} 100.00', '}'];
    const a = entries(ledgerOf(utf8(lines, '\r\n')));
    expect(entries(ledgerOf(utf8(lines, '\n')))).toEqual(a);
    expect(entries(ledgerOf(utf8(lines, '\r')))).toEqual(a);
    expect(a).toEqual({ '3010|202501|U': -10000 });
  });
});

describe('encoding', () => {
  // "Försäljning": ö is 0x94 and ä 0x84 in CP437, 0xF6 and 0xE4 in Windows-1252.
  const cp437 = Uint8Array.from([...Buffer.from('#FLAGGA 0\r\n#KONTO 3010 "F'), 0x94, ...Buffer.from('rs'), 0x84, ...Buffer.from('ljning"\r\n')]);
  const win = Uint8Array.from([...Buffer.from('#FLAGGA 0\r\n#KONTO 3010 "F'), 0xf6, ...Buffer.from('rs'), 0xe4, ...Buffer.from('ljning"\r\n')]);

  it('CP437 under #FORMAT PC8', () => {
    expect(decodeSie(cp437)).toEqual({ text: '#FLAGGA 0\r\n#KONTO 3010 "Försäljning"\r\n', encoding: 'cp437' });
  });
  it('Windows-1252 under the same header: the decoding with Swedish letters wins over ÷ and Σ', () => {
    expect(decodeSie(win)).toEqual({ text: '#FLAGGA 0\r\n#KONTO 3010 "Försäljning"\r\n', encoding: 'windows-1252' });
  });
  it('UTF-8 (with or without BOM)', () => {
    const bytes = new TextEncoder().encode('#FLAGGA 0\n#KONTO 3010 "Försäljning"\n');
    expect(decodeSie(bytes).encoding).toBe('utf-8');
    expect(decodeSie(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).text).toBe('#FLAGGA 0\n#KONTO 3010 "Försäljning"\n');
  });
  it('the account name reaches the ledger without mojibake whatever the encoding', () => {
    for (const bytes of [cp437, win]) {
      const file = Uint8Array.from([...bytes, ...Buffer.from('#RAR 0 20250101 20251231\r\n#RES 0 3010 -5.00\r\n')]);
      const l = ledgerOf(file);
      expect(l.accountTexts).toEqual(['Försäljning']);
    }
  });
});

describe('ledger rules', () => {
  it('type 3: the {} total beside per-object rows is used once (objects for the dimension, the rest of the total beside)', () => {
    const lines = [
      '#FLAGGA 0', '#SIETYP 3', '#RAR 0 20250101 20251231', '#DIM 1 Ansvar', '#DIM 6 Projekt', '#KONTO 5010 Lokalhyra',
      '#PSALDO 0 202501 5010 {} 1000.00',
      '#PSALDO 0 202501 5010 {1 "11"} 600.00',
      '#PSALDO 0 202501 5010 {1 "12"} 300.00',
      '#PSALDO 0 202501 5010 {6 "P1"} 1000.00',
      '#RES 0 5010 1000.00',
    ];
    const r = readSie(utf8(lines));
    expect(entries(ledgerOf(utf8(lines)))).toEqual({
      // 600 + 300 on the Ansvar objects, 1000 - 900 = 100 without object; project rows not added on top
      '5010|202501|U|Ansvar=11': 60000,
      '5010|202501|U|Ansvar=12': 30000,
      '5010|202501|U|Ansvar=': 10000,
    });
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['sie.object-reading', 'sie.dimension-not-used']));
    expect(r.issues.some((i) => i.code === 'sie.psaldo-res')).toBe(false);
  });

  it('#TRANS goes to the month of its own date when given, else the voucher date', () => {
    const lines = [...HEAD, '#VER A 1 20250131 "Periodisering"', '{', '#TRANS 5010 {} 200.00 20250215', '#TRANS 5010 {} 50.00', '#TRANS 1930 {} -250.00', '}'];
    expect(entries(ledgerOf(utf8(lines)))).toEqual({ '5010|202502|U': 20000, '5010|202501|U': 5000 });
  });

  it('#BTRANS rows are not counted; an #RTRANS and its duplicate #TRANS count once', () => {
    const lines = [...HEAD, '#VER A 1 20250110 x', '{', '#TRANS 5010 {} 100.00', '#BTRANS 5010 {} 999.00', '#RTRANS 5010 {} 40.00', '#TRANS 5010 {} 40.00', '#TRANS 1930 {} -140.00', '}'];
    expect(entries(ledgerOf(utf8(lines)))).toEqual({ '5010|202501|U': 14000 });
    expect(codes(utf8(lines))).toEqual([]);
  });

  it('an unbalanced voucher is a warning at its #VER line', () => {
    const lines = [...HEAD, '#VER A 7 20250110 x', '{', '#TRANS 5010 {} 100.00', '#TRANS 1930 {} -90.00', '}'];
    const r = readSie(utf8(lines));
    const w = r.issues.find((i) => i.code === 'sie.unbalanced-voucher')!;
    expect([w.severity, w.params.line, w.params.sum]).toEqual(['warning', 8, 10]);
    expect(said(w).sv).toContain('rad 8');
  });

  it('a #TRANS on an account without #KONTO, and an object of an undeclared dimension', () => {
    const lines = [...HEAD, '#DIM 1 Ansvar', '#VER A 1 20250110 x', '{', '#TRANS 6110 {20 "X"} 100.00', '#TRANS 1930 {1 "A"} -100.00', '}'];
    expect(codes(utf8(lines))).toEqual([['sie.unknown-account', 11], ['sie.undeclared-dimension', 11]]);
  });

  it('#PSALDO months that do not add up to #RES', () => {
    const lines = ['#FLAGGA 0', '#RAR 0 20250101 20251231', '#KONTO 3010 F', '#PSALDO 0 202501 3010 {} -100.00', '#PSALDO 0 202502 3010 {} -50.00', '#RES 0 3010 -160.00'];
    const w = readSie(utf8(lines)).issues.find((i) => i.code === 'sie.psaldo-res')!;
    expect([w.params.line, w.params.psaldo, w.params.res]).toEqual([6, -150, -160]);
  });

  it('#TRANS rows of a year that do not add up to #RES', () => {
    const lines = [...HEAD, '#RES 0 5010 150.00', '#RES -1 5010 999.00', '#VER A 1 20250110 x', '{', '#TRANS 5010 {} 100.00', '#TRANS 1930 {} -100.00', '}'];
    // year 0: the vouchers give 100.00, #RES says 150.00; year -1 has no vouchers, so no check
    expect(codes(utf8(lines))).toEqual([['sie.trans-res', 8]]);
  });

  it('a broken financial year keeps its own months and says so', () => {
    const lines = ['#FLAGGA 0', '#RAR 0 20250501 20260430', '#KONTO 3010 F', '#PSALDO 0 202505 3010 {} -100.00', '#PSALDO 0 202604 3010 {} -30.00'];
    const r = readSie(utf8(lines));
    expect(entries(ledgerOf(utf8(lines)))).toEqual({ '3010|202505|U': -10000, '3010|202604|U': -3000 });
    const note = r.issues.find((i) => i.code === 'sie.broken-year')!;
    expect(said(note).sv).toContain('2025-05-01 till 2026-04-30');
  });

  it('only result accounts by default; balance accounts when asked', () => {
    const lines = [...HEAD, '#VER A 1 20250110 x', '{', '#TRANS 3010 {} -100.00', '#TRANS 1930 {} 100.00', '}'];
    expect(readSie(utf8(lines)).snapshot!.sheets[0].values.map((r) => r[0])).toEqual(['Konto', '3010']);
    expect(readSie(utf8(lines), { accounts: 'all' }).snapshot!.sheets[0].values.map((r) => r[0])).toEqual(['Konto', '1930', '3010']);
  });

  it('amounts are exact in öre: a thousand rows of 0.10 make 100.00, not 99.99999', () => {
    const rows = Array.from({ length: 1000 }, () => '#TRANS 5010 {} 0.10');
    const lines = [...HEAD, '#VER A 1 20250110 x', '{', ...rows, '#TRANS 1930 {} -100.00', '}'];
    const r = readSie(utf8(lines));
    expect(r.snapshot!.sheets[0].values[1]).toEqual(['5010', 'Lokalhyra', 202501, 100, null]);
  });

  it('an HTML page renamed .se is refused plainly, nothing else said', () => {
    const r = readSie(utf8(['<html><head><title>404 Not Found</title></head>', '<body>Not Found</body></html>']));
    expect(r.snapshot).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['sie.not-sie']);
  });

  it('ledger issues on the Huvudbok sheet are traced back to the SIE line', () => {
    const lines = [...HEAD, '#VER A 1 20250110 x', '{', '#TRANS 5010 {} 100.00', '#TRANS 1930 {} -100.00', '}'];
    const r = readSie(utf8(lines));
    const bad = makeIssue('bad-amount', 'warning', { value: 'x' }, { sheet: 'Huvudbok', address: 'E2' });
    const traced = withSieLines([bad], r.lines)[0];
    // Row 2 of Huvudbok is the first #TRANS, line 10 of the file (7 HEAD lines, #VER, {).
    expect(traced.params.sieLine).toBe(10);
    expect(said(traced).sv).toBe("SIE-filen rad 10: Bladet 'Huvudbok', cell E2: beloppet 'x' är inte ett tal. Skriv beloppet som ett tal, t.ex. 1 234,50, eller töm cellen.");
  });
});

describe('#KSUMMA', () => {
  /** The checksum written independently: zlib's CRC-32 over label and field contents, no separators, quotes or braces. */
  const body = ['#PROGRAM "Test" 1.0', '#RAR 0 20250101 20251231', '#KONTO 3010 "Försäljning \\"A\\""', '#DIM 1 Ansvar', '#VER A 1 20250110 x', '{', '#TRANS 3010 {1 "100"} -5.00', '#TRANS 3010 {} 5.00', '}'];
  const contents = '#PROGRAMTest1.0' + '#RAR02025010120251231' + '#KONTO3010Försäljning "A"' + '#DIM1Ansvar' + '#VERA120250110x' + '#TRANS30101100-5.00' + '#TRANS30105.00';
  const crc = zlibCrc32(Buffer.from(contents, 'latin1').map((b) => (b === 0xf6 ? 0x94 : b === 0xe4 ? 0x84 : b))); // ö, ä in CP437
  const cp437 = (lines: string[]): Uint8Array => Uint8Array.from(Buffer.from(lines.join('\r\n'), 'latin1').map((b) => (b === 0xf6 ? 0x94 : b === 0xe4 ? 0x84 : b)));

  it('a matching checksum gives no issue (unsigned or signed)', () => {
    expect(codes(cp437(['#FLAGGA 0', '#KSUMMA', ...body, `#KSUMMA ${crc}`]))).toEqual([]);
    expect(codes(cp437(['#FLAGGA 0', '#KSUMMA', ...body, `#KSUMMA ${crc | 0}`]))).toEqual([]);
  });
  it('a changed amount is a mismatch at the closing line', () => {
    const changed = body.map((l) => l.replace('-5.00', '-6.00'));
    expect(codes(cp437(['#FLAGGA 0', '#KSUMMA', ...changed, `#KSUMMA ${crc}`]))).toEqual(expect.arrayContaining([['sie.ksumma-mismatch', 12]]));
  });
  it('a file cut off before the closing #KSUMMA', () => {
    expect(codes(cp437(['#FLAGGA 0', '#KSUMMA', ...body]))).toEqual([['sie.ksumma-unclosed', 2]]);
  });
});

describe('messages', () => {
  it('every issue code the SIE reader can give has a Swedish and an English text naming the line', () => {
    const dir = `${__dirname}/../../src/core/sie`;
    const codes = new Set<string>();
    for (const f of readdirSync(dir)) for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/'(sie\.[a-z-]+)'/g)) codes.add(m[1]);
    expect(codes.size).toBeGreaterThan(20);
    const lineless = new Set(['sie.not-sie', 'sie.no-amounts', 'sie.no-fixed-assets', 'sie.encoding', 'sie.source']);
    for (const code of codes) {
      const m = (catalog as unknown as Record<string, { sv: (p: Record<string, unknown>) => string; en: (p: Record<string, unknown>) => string }>)[code];
      expect([code, typeof m?.sv, typeof m?.en]).toEqual([code, 'function', 'function']);
      if (!lineless.has(code)) {
        expect(m.sv({ line: 4711 })).toContain('rad 4711');
        expect(m.en({ line: 4711 })).toContain('line 4711');
      }
    }
  });
});
