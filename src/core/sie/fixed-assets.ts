/**
 * The accounts an investment's expenditure is booked on, in BAS and Kommun-Bas alike: class 1's
 * 10 (immateriella anläggningstillgångar), 11 (mark, byggnader och tekniska anläggningar) and
 * 12 (maskiner och inventarier), the groups 18x/28x (pågående arbeten, förskott) included.
 * Accumulated depreciation (…9) and write-downs (…8) are no expenditure and are left out;
 * 13 (finansiella anläggningstillgångar) is no investment project.
 */
export function isFixedAssetAccount(code: string): boolean {
  if (!/^1[012]\d/.test(code)) return false;
  if (code.length < 4 || code[2] === '8') return true;
  return code[3] !== '8' && code[3] !== '9';
}
