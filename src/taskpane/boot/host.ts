import type { Lang } from '../../core/i18n/types';
import type { SettingsStore, Supports } from '../../io/excel';
import { langFromLocale } from '../strings';

/**
 * Where the pane runs. Inside Excel, Office.js is loaded and onReady reports host Excel;
 * anywhere else (a plain browser, office.js blocked or offline) the pane runs on a file.
 */
export type HostInfo =
  | {
      readonly kind: 'excel';
      readonly run: typeof Excel.run;
      /** Office.context.document.settings: options are remembered per workbook. */
      readonly settings: SettingsStore | undefined;
      /** Office.context.requirements.isSetSupported; says no to everything when Office has no such check. */
      readonly supports: Supports;
      readonly lang: Lang;
      readonly theme: 'light' | 'dark';
    }
  | { readonly kind: 'standalone'; readonly lang: Lang };

type OfficeLike = {
  onReady?: () => Promise<{ host: string | null }>;
  HostType?: { Excel?: string };
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
    document?: { settings?: SettingsStore };
    requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean };
  };
};

type HostWindow = { Office?: OfficeLike; Excel?: { run?: typeof Excel.run }; location: { search: string } };

/** Office.onReady never settles in some broken frames: give up and go standalone after this. */
const READY_TIMEOUT_MS = 10_000;

function standaloneLang(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'sv';
}

/** Dark when Office's task pane background is dark (relative luminance below one half). */
export function themeFromBackground(color: string | undefined): 'light' | 'dark' {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

export async function detectHost(win: HostWindow): Promise<HostInfo> {
  const office = win.Office;
  const fallback: HostInfo = { kind: 'standalone', lang: standaloneLang(win.location.search) };
  if (!office || typeof office.onReady !== 'function') return fallback;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS);
  });
  const info = await Promise.race([office.onReady(), timeout]);
  clearTimeout(timer);
  const excel = win.Excel;
  if (!info || info.host !== (office.HostType?.Excel ?? 'Excel') || typeof excel?.run !== 'function') return fallback;
  const requirements = office.context?.requirements;
  return {
    kind: 'excel',
    run: excel.run.bind(excel) as typeof Excel.run,
    settings: office.context?.document?.settings,
    supports: (set, version) => typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported(set, version),
    lang: langFromLocale(office.context?.displayLanguage),
    theme: themeFromBackground(office.context?.officeTheme?.bodyBackgroundColor),
  };
}
