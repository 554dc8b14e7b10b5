/**
 * SIE reading speed, a figure of its own (not part of `npm run bench`'s table): a seeded
 * type-4 file with N vouchers of 4 #TRANS rows each (objects on half of them, CP437 names),
 * read from bytes into the Huvudbok snapshot (`readSie`) and then into the Ledger
 * (`readLedger`), median of 5 runs after a warm-up.
 *
 * Run alone: npx tsc -p bench/tsconfig.json && node --expose-gc bench/.build/bench/sie-read.js [vouchers …]
 * (then rm -rf bench/.build).
 */
import { readSie } from '../src/core/sie';
import { readLedger } from '../src/core/ledger';
import { makeRng } from './prng';
import { timeSync } from './measure';

export function sieFile(vouchers: number, seed = 20250831): Uint8Array {
  const rng = makeRng(seed);
  const lines = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#PROGRAM "bench" 1', '#RAR 0 20250101 20251231', '#DIM 1 "Ansvar"'];
  const accounts: string[] = [];
  for (let i = 0; i < 300; i++) {
    const a = String(3000 + i * 19);
    accounts.push(a);
    lines.push(`#KONTO ${a} "Konto ${a} f\u00f6r s\u00e4ljning"`);
  }
  for (let v = 0; v < vouchers; v++) {
    const month = 1 + rng.int(12);
    lines.push(`#VER A ${v + 1} 2025${String(month).padStart(2, '0')}15 "Verifikation ${v + 1}"`, '{');
    const a = rng.int(100000);
    const b = rng.int(100000);
    lines.push(`   #TRANS ${accounts[rng.int(300)]} {1 "${100 + rng.int(50)}"} ${(a / 100).toFixed(2)}`);
    lines.push(`   #TRANS ${accounts[rng.int(300)]} {} ${(b / 100).toFixed(2)}`);
    lines.push(`   #TRANS ${accounts[rng.int(300)]} {1 "${100 + rng.int(50)}"} ${(-a / 100).toFixed(2)}`);
    lines.push(`   #TRANS ${accounts[rng.int(300)]} {} ${(-b / 100).toFixed(2)}`, '}');
  }
  // CP437: ö 0x94, ä 0x84.
  const text = lines.join('\r\n');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c === 0xf6 ? 0x94 : c === 0xe4 ? 0x84 : c;
  }
  return bytes;
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const vouchers of sizes.length > 0 ? sizes : [10_000, 100_000]) {
    const bytes = sieFile(vouchers);
    const sie = timeSync(() => readSie(bytes), 5);
    const snapshot = sie.last.snapshot;
    if (!snapshot) throw new Error('no snapshot');
    const ledger = timeSync(() => readLedger(snapshot, { roles: sie.last.roles }), 5);
    process.stdout.write(
      `${JSON.stringify({ vouchers, transRows: vouchers * 4, megabytes: +(bytes.length / 1e6).toFixed(1), huvudbokRows: snapshot.sheets[0].values.length - 1, readSieMs: { ...sie, last: undefined }, readLedgerMs: { ...ledger, last: undefined } })}\n`,
    );
  }
}

if (require.main === module) main();
