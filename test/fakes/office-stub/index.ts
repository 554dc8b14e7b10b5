/**
 * The simulator e2e page (test-artifacts/sim/sim.html): a stub `Office` that reports host Excel,
 * the Office.js simulator as `window.Excel` over a workbook fetched from `?workbook=<url>`, and
 * then the production task pane bundle from dist/ (found through dist/taskpane.html), so the
 * test clicks through exactly the code that ships. `window.__krSim` lets the test read the
 * simulated workbook back as .xlsx bytes.
 */
import * as ExcelJS from 'exceljs';
import { createSimulator, type Simulator } from '../office-sim';

type SettingsCallback = (result: { status: string; error?: { message: string } }) => void;

export type SimHandle = {
  readonly simulator: Simulator;
  readonly settings: Map<string, unknown>;
  /** The simulated workbook as base64 .xlsx (the test parses it with exceljs in Node). */
  xlsxBase64(): Promise<string>;
};

declare global {
  interface Window {
    __krSim?: SimHandle;
  }
}

const params = new URLSearchParams(window.location.search);
const settings = new Map<string, unknown>();

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function loadWorkbook(): Promise<{ host: string; platform: string }> {
  const url = params.get('workbook');
  if (!url) throw new Error('sim.html needs ?workbook=<url of an .xlsx>');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await (await fetch(url)).arrayBuffer());
  const simulator = createSimulator(wb);
  (window as unknown as { Excel: { run: typeof Excel.run } }).Excel = { run: simulator.run };
  window.__krSim = {
    simulator,
    settings,
    xlsxBase64: async () => toBase64(new Uint8Array(await wb.xlsx.writeBuffer())),
  };
  return { host: 'Excel', platform: 'OfficeOnline' };
}

const ready = loadWorkbook();

(window as unknown as { Office: unknown }).Office = {
  HostType: { Excel: 'Excel' },
  onReady: () => ready,
  context: {
    displayLanguage: params.get('lang') ?? 'sv-SE',
    requirements: { isSetSupported: () => true },
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => void settings.set(name, value),
        remove: (name: string) => void settings.delete(name),
        saveAsync: (callback: SettingsCallback) => callback({ status: 'succeeded' }),
      },
    },
  },
};

/** Loads the shipped task pane bundle named by dist/taskpane.html. */
async function loadTaskpane(): Promise<void> {
  const html = await (await fetch('/taskpane.html')).text();
  const src = /<script[^>]*\ssrc="?([^"\s>]*taskpane[^"\s>]*\.js)"?/.exec(html)?.[1];
  if (!src) throw new Error('dist/taskpane.html names no taskpane bundle');
  const script = document.createElement('script');
  script.src = `/${src.replace(/^\//, '')}`;
  document.head.appendChild(script);
}

void loadTaskpane();
