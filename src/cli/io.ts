/** What a CLI command may touch: its output streams. Commands return their exit code. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** stderr is a terminal: progress lines are shown there only (never into a pipe or a log). */
  readonly tty?: boolean;
};

/** Exit codes: 0 no errors, 1 the workbook has errors, 2 usage error or unreadable file. */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

export type Command = {
  readonly name: string;
  readonly summary: { readonly sv: string; readonly en: string };
  run(args: readonly string[], io: CliIo): Promise<number>;
};
