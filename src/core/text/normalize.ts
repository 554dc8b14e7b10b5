/**
 * Header and label matching: case- and accent-insensitive, trimmed, punctuation ignored
 * ("Kontonr." = "kontonr", "Utfall ack." = "utfall ack", "Årsbudget" = "arsbudget").
 */
export function normalizeLabel(text: unknown): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
