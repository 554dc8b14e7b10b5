import type { Settings } from '../../core/port';
import { ExcelWriteError } from './errors';
import { SETTINGS_KEY } from './options';
import type { SettingsStore } from './options';

/** The add-in's settings live in the document (Office.context.document.settings) under one key. */
export function loadFrom(store: SettingsStore | undefined): Settings {
  const v = store?.get(SETTINGS_KEY);
  return typeof v === 'object' && v !== null ? (v as Settings) : {};
}

export function saveTo(store: SettingsStore | undefined, settings: Settings): Promise<void> {
  if (!store) return Promise.reject(new ExcelWriteError('settings-not-saved'));
  store.set(SETTINGS_KEY, settings);
  return new Promise((resolve, reject) => {
    store.saveAsync((r) => (r.status === 'succeeded' ? resolve() : reject(new ExcelWriteError('settings-not-saved', {}, r.error))));
  });
}
