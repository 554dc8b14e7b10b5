import * as React from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard: navigator.clipboard where the host allows it (Excel on the web
 * and recent desktop builds), else the old selection copy through a hidden textarea (older
 * Office webviews refuse the Clipboard API). When both fail the state says so, and the pane
 * tells the user to select the text and copy it themselves: never a silent no-op.
 */
export function useCopyText(): { readonly state: CopyState; readonly copy: (text: string) => void } {
  const [state, setState] = React.useState<CopyState>('idle');
  const copy = React.useCallback((text: string) => {
    const run = async (): Promise<void> => {
      try {
        if (typeof navigator !== 'undefined' && navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
          await navigator.clipboard.writeText(text);
          setState('copied');
          return;
        }
      } catch {
        // Permission refused or no focus: the fallback below may still work.
      }
      setState(copyBySelection(text) ? 'copied' : 'failed');
    };
    void run();
  }, []);
  return { state, copy };
}

function copyBySelection(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.body.removeChild(area);
  }
}
