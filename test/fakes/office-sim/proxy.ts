import { API_MINOR } from './api-sets';
import type { ApiMember } from './api-sets';
import { apiNotFound, invalidObjectPath, itemNotFound, propertyNotLoaded } from './errors';
import { executeBatch } from './session';
import type { Op, SimSession } from './session';

/** The queue of one Excel.run batch: operations wait here until context.sync(). */
export class SimQueue {
  private ops: Op[] = [];
  private closed = false;
  constructor(readonly session: SimSession) {}

  push(op: Op): void {
    if (this.closed) throw invalidObjectPath();
    this.ops.push(op);
  }

  /** Excel.run has returned: its proxies are dead (a load or write through them throws InvalidObjectPath). */
  close(): void {
    this.closed = true;
    this.ops = [];
  }

  async sync(): Promise<void> {
    if (this.closed) throw invalidObjectPath();
    const ops = this.ops;
    this.ops = [];
    // An empty queue is no round trip.
    if (ops.length > 0) executeBatch(this.session, ops);
    await Promise.resolve();
  }

  /**
   * A member newer than ExcelApi 1.1 (see api-sets.ts): like Office.js's _throwIfApiNotSupported,
   * the call (or property access) itself throws ApiNotFound on an older host, before anything is queued.
   */
  requireApi(member: ApiMember): void {
    const minor = API_MINOR[member];
    if (this.session.excelApiMinor < minor) throw apiNotFound(member, minor);
  }
}

/** "a, b" | ["a","b"] | { select: "a,b" } → property paths. */
export function loadPaths(spec?: string | string[] | { select?: string | string[] }): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === 'string' || Array.isArray(spec) ? spec : (spec.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * A proxy object: it stands for something in the workbook that is only found at sync time (its
 * creation operation resolves it, in queue order), and its properties can be read only after
 * load + sync, exactly like Office.js.
 */
export abstract class SimProxy<T> {
  private readonly loaded = new Map<string, unknown>();
  private state: { resolved: false } | { resolved: true; target: T | null } = { resolved: false };

  /** `source` is either how to find the target at sync time, or a target already found (collection items). */
  constructor(
    protected readonly q: SimQueue,
    source: { readonly kind: string; readonly resolve: () => T | null } | { readonly now: T },
  ) {
    if ('now' in source) {
      this.state = { resolved: true, target: source.now };
      return;
    }
    q.push({
      kind: source.kind,
      requestBytes: 0,
      run: () => {
        this.state = { resolved: true, target: source.resolve() };
        return 0;
      },
    });
  }

  /** Sets a loaded property directly (collection loads fill their items this way). */
  simPreset(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  get isNullObject(): boolean {
    if (!this.state.resolved) throw propertyNotLoaded('isNullObject');
    return this.state.target === null;
  }

  /** The resolved target, for operations running at sync time. */
  protected target(): T {
    if (!this.state.resolved) throw itemNotFound('object used before its creation ran');
    if (this.state.target === null) throw itemNotFound('operation on a null object');
    return this.state.target;
  }

  /** Resolved target or null, for sync-time code that chains *OrNullObject calls. */
  protected targetOrNull(): T | null {
    return this.state.resolved ? this.state.target : null;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** The value of a property at sync time, and its size in the response. */
  protected abstract fetch(prop: string): unknown;

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const paths = loadPaths(spec);
    const results = new Map<string, unknown>();
    this.q.push({
      kind: 'load',
      requestBytes: JSON.stringify(paths).length,
      run: () => {
        let bytes = 0;
        // Loading a null object is allowed and returns nothing (only isNullObject is readable).
        if (this.state.resolved && this.state.target === null) return 0;
        for (const p of paths) {
          const v = this.fetch(p);
          results.set(p, v);
          bytes += v === undefined ? 0 : JSON.stringify(v).length;
        }
        return bytes;
      },
      commit: () => results.forEach((v, p) => this.loaded.set(p, v)),
    });
    return this;
  }

  /** Queues a write; `apply` runs at sync against the resolved target. */
  protected queueWrite(kind: string, payload: unknown, apply: (t: T) => void): void {
    this.q.push({
      kind,
      requestBytes: payload === undefined ? 0 : JSON.stringify(payload).length,
      run: () => {
        apply(this.target());
        return 0;
      },
    });
  }
}
