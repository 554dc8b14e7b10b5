/**
 * Lines a wrapped text needs in a column `width` characters wide (word wrap, a rough estimate:
 * a character per digit width, one character of margin). Header rows wrap their text; a
 * writer gives them the height of their longest heading since neither host autofits on write.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room || used === 0) used = need;
    else {
      lines += 1;
      used = word.length;
    }
    while (used > room) {
      lines += 1;
      used -= room;
    }
  }
  return lines;
}

/** Excel's default row height for Calibri 11, in points. */
export const LINE_HEIGHT = 15;
