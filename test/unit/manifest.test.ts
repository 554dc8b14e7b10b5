import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MIN_EXCEL_API } from '../../src/io/excel';

const root = path.resolve(__dirname, '..', '..');
const schema = path.join(root, 'test', 'schemas', 'office', 'OfficeAppManifestV1_1.xsd');

/** Validates against Microsoft's XSDs offline. A missing xmllint is a failure, not a skip. */
function xmllint(file: string): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}): install libxml2-utils`);
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schema', () => {
    const r = xmllint(path.join(root, 'manifest.xml'));
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(source.match(/<Permissions>([^<]*)<\/Permissions>/)?.[1]).toBe('ReadWriteDocument');
  });

  it('is a Workbook task pane with a Home-tab button that shows the pane', () => {
    expect(source).toContain('xsi:type="TaskPaneApp"');
    expect(source).toContain('<Host Name="Workbook"/>');
    expect(source).toMatch(/<OfficeTab id="TabHome">[\s\S]*xsi:type="ShowTaskpane"/);
  });

  it('defaults to Swedish with English overrides for the name, description and button', () => {
    expect(source).toContain('<DefaultLocale>sv-SE</DefaultLocale>');
    expect(source).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    expect(source).toMatch(/KR.TaskpaneButton.Label" DefaultValue="Uppföljningsrapport">\s*<bt:Override Locale="en-US" Value="Follow-up report"/);
  });

  it('declares the ExcelApi minimum the adapter checks at start-up, so older hosts do not offer it', () => {
    const sets = /<Requirements>\s*<Sets DefaultMinVersion="1.1">([\s\S]*?)<\/Sets>\s*<\/Requirements>/.exec(source)?.[1] ?? '';
    expect([...sets.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([`ExcelApi ${MIN_EXCEL_API}`]);
  });

  it('names only icons and pages that exist, under the dev base URL', () => {
    const urls = [...source.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith('https://localhost:3000/')).toBe(true);
      const rel = url.slice('https://localhost:3000/'.length);
      if (rel.startsWith('assets/')) expect(fs.existsSync(path.join(root, rel))).toBe(true);
      else expect(['taskpane.html', 'commands.html']).toContain(rel);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(root, 'assets', `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionBaseUrl, rewriteManifest } = require('../../scripts/manifest-base-url.js') as {
  productionBaseUrl(env: Record<string, string | undefined>): string;
  rewriteManifest(xml: string, base: string): string;
};

describe('production manifest', () => {
  it('rewrites every URL to the production base and stays valid', () => {
    const base = productionBaseUrl({ KOMMUNRAPPORT_BASE_URL: 'https://rapport.kommun.se/addin' });
    expect(base).toBe('https://rapport.kommun.se/addin/');
    const text = rewriteManifest(source, base);
    expect(text).not.toContain('localhost');
    expect(text).toContain('https://rapport.kommun.se/addin/taskpane.html');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kr-manifest-')), 'manifest.xml');
    fs.writeFileSync(file, text);
    expect(xmllint(file).status).toBe(0);
  });

  it('refuses a base URL that is not https', () => {
    expect(() => productionBaseUrl({ KOMMUNRAPPORT_BASE_URL: 'http://example.se/' })).toThrow(/https/);
    expect(productionBaseUrl({})).toBe('https://kommunrapport.example.se/');
  });

  it('dist/manifest.xml, when built, is valid and names the production base only', () => {
    const built = path.join(root, 'dist', 'manifest.xml');
    // scripts/test.js builds dist/ before jest; a bare `npx jest` must build it first.
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` (scripts/test.js does) before this test`);
    expect(xmllint(built).status).toBe(0);
    const text = fs.readFileSync(built, 'utf8');
    expect(text).not.toContain('localhost');
    expect(text).toContain(`${productionBaseUrl(process.env)}taskpane.html`);
  });
});
