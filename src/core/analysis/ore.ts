/** Kronor to whole öre, half away from zero, never −0. */
export function toOre(kr: number): number {
  const ore = Math.sign(kr) * Math.round(Math.abs(kr) * 100);
  return ore + 0;
}
