/** SIE files (SIE 1–4, 4I) straight into the ledger: see read-sie.ts. */
export type { SieRead } from './read-sie';
export { readSie, sieFileLedger } from './read-sie';
export { isFixedAssetAccount } from './fixed-assets';
export { parseSie } from './parse';
export { decodeSie } from './encoding';
export type { SieEncoding } from './encoding';
export { tokenizeLine } from './tokenize';
export { crc32 } from './checksum';
export { HUVUDBOK_SHEET } from './huvudbok';
export { withSieLines, sieLineOf } from './issue-lines';
export { looksLikeSieBytes } from './detect';
export type { SieFile } from './model';
export { huvudbokGrid, HUVUDBOK_GRID_NAME } from './huvudbok-grid';
