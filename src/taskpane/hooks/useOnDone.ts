import * as React from 'react';

/** Calls `onDone` once a write action's state becomes 'done' (the host's onWritten: rereads the workbook's reports). */
export function useOnDone(state: { readonly kind: string }, onDone: (() => void) | undefined): void {
  React.useEffect(() => {
    if (state.kind === 'done') onDone?.();
  }, [state, onDone]);
}
