/**
 * Whether a file is meant as SIE (so the SIE reader, not the workbook reader, gets it): not a
 * zip package (an .xlsx starts with "PK"), and either named .se/.si/.sie or starting with an
 * SIE label. An HTML page saved as .se is meant as SIE and the SIE reader refuses it plainly.
 */
const SIE_NAME = /\.(se|si|sie)$/i;

export function looksLikeSieBytes(bytes: Uint8Array, fileName = ''): boolean {
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) return false;
  if (SIE_NAME.test(fileName)) return true;
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)) i++;
  if (bytes[i] !== 0x23) return false; // '#'
  let label = '';
  for (let j = i + 1; j < bytes.length && j < i + 12; j++) {
    const c = bytes[j];
    if (c < 0x41 || c > 0x5a) break;
    label += String.fromCharCode(c);
  }
  return ['FLAGGA', 'PROGRAM', 'FORMAT', 'SIETYP', 'GEN', 'KSUMMA', 'FNR', 'FNAMN', 'ORGNR', 'RAR', 'KONTO', 'VER'].includes(label);
}
