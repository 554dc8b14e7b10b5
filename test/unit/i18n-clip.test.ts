import { clip, clipParams, CLIP_LIST, CLIP_TEXT } from '../../src/core/i18n/clip';
import { catalog, messageFor } from '../../src/core/i18n/catalog';
import { makeIssue } from '../../src/core/issue';
import { said } from '../helpers/issue-text';

describe('clip', () => {
  it('leaves text at or under the bound alone', () => {
    expect(clip('5110 Löner')).toBe('5110 Löner');
    expect(clip('x'.repeat(CLIP_TEXT))).toBe('x'.repeat(CLIP_TEXT));
  });
  it('cuts longer text to the bound and marks the cut with …', () => {
    expect(clip('x'.repeat(CLIP_TEXT + 1))).toBe(`${'x'.repeat(CLIP_TEXT)}…`);
    expect(clip('abcdefgh', 3)).toBe('abc…');
  });
  it('never cuts an emoji in half', () => {
    // 5 emoji = 10 UTF-16 units; three code points kept.
    expect(clip('😀😀😀😀😀', 3)).toBe('😀😀😀…');
  });
  it('clips string params only, lists to the longer bound', () => {
    const p = clipParams({ value: 'v'.repeat(1000), sheets: 's'.repeat(1000), count: 123456, more: undefined });
    expect(p.value).toBe(`${'v'.repeat(CLIP_TEXT)}…`);
    expect(p.sheets).toBe(`${'s'.repeat(CLIP_LIST)}…`);
    expect(p.count).toBe(123456);
    expect('more' in p && p.more === undefined).toBe(true);
  });
});

describe('messages echo a bounded amount of user text', () => {
  const huge = 'x'.repeat(100_000);
  it('a 100 000-character account gives a short message that still names the cell', () => {
    const issue = makeIssue('bad-account', 'error', { value: huge }, { sheet: 'Huvudbok', address: 'A3' });
    expect(said(issue).sv).toContain("Bladet 'Huvudbok', cell A3: kontot 'xxxx");
    expect(said(issue).sv).toContain('…');
    expect(said(issue).sv.length).toBeLessThan(400);
    expect(said(issue).en.length).toBeLessThan(400);
  });
  it('no message in the catalogue exceeds a fixed bound whatever its string params hold', () => {
    const names = new Set<string>();
    for (const m of Object.values(catalog)) {
      const src = `${m.sv.toString()} ${m.en.toString()}`;
      for (const match of src.matchAll(/p\.(\w+)/g)) names.add(match[1]!);
    }
    const params = Object.fromEntries([...names, 'sheet', 'address'].map((n) => [n, huge]));
    for (const code of Object.keys(catalog)) {
      for (const lang of ['sv', 'en'] as const) {
        // Unclipped, any of these would be over 100 000 characters.
        expect({ code, lang, length: messageFor(code, lang, params).length < 6000 }).toEqual({ code, lang, length: true });
      }
    }
  });
});
