/**
 * Office.context.document.settings as the add-in sees it: `get` and `set` work on the copy in
 * memory; `saveAsync` writes that copy into the document, and may be made to fail (a read-only
 * document, a co-author's conflict), in which case the document keeps what it had and the
 * callback gets status 'failed' with an error, as Office reports it. `set` with a value that
 * is not JSON (a function, a cycle) throws, as Office's serialiser does.
 */
export type SimSettings = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { status: 'succeeded' | 'failed'; error?: { name: string; message: string; code: number } }) => void): void;
  /** Makes the next saveAsync fail. */
  failNextSave(): void;
  /** What the document holds: what a reload of the workbook would give. */
  saved(): Readonly<Record<string, unknown>>;
};

export function createSettings(initial: Record<string, unknown> = {}): SimSettings {
  let doc = JSON.parse(JSON.stringify(initial)) as Record<string, unknown>;
  const memory = JSON.parse(JSON.stringify(initial)) as Record<string, unknown>;
  let fail = 0;
  return {
    get: (name) => (name in memory ? JSON.parse(JSON.stringify(memory[name])) : null),
    set: (name, value) => {
      if (typeof value === 'function' || value === undefined) throw new Error('Settings values must be serialisable to JSON.');
      memory[name] = JSON.parse(JSON.stringify(value));
    },
    remove: (name) => void delete memory[name],
    saveAsync: (callback) => {
      queueMicrotask(() => {
        if (fail > 0) {
          fail -= 1;
          callback({ status: 'failed', error: { name: 'Save Error', message: 'The settings could not be saved.', code: 5001 } });
          return;
        }
        doc = JSON.parse(JSON.stringify(memory));
        callback({ status: 'succeeded' });
      });
    },
    failNextSave: () => void (fail += 1),
    saved: () => doc,
  };
}
