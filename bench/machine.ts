/** The machine a run was measured on, recorded beside every figure. */
import * as os from 'node:os';

export type Machine = { readonly cpu: string; readonly cores: number; readonly memoryGB: number; readonly node: string; readonly os: string };

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
  };
}
