import * as React from 'react';
import type { WorkbookPort } from '../../core/port';
import { strings } from '../strings';
import { userMessage, type Messages } from '../user-error';

const goToFailed: Messages = { sv: strings.sv.goToFailed, en: strings.en.goToFailed };

export type GoToCell = {
  readonly goTo: (sheet: string, address: string) => void;
  /** Why the last "Gå till cell" failed (the adapter's own words when it gave some), else null. */
  readonly error: Messages | null;
};

/** Selects a cell in the workbook; a failure becomes a message for a warning, never a silent no-op. */
export function useGoToCell(port: WorkbookPort): GoToCell {
  const [error, setError] = React.useState<Messages | null>(null);
  const goTo = React.useCallback(
    (sheet: string, address: string) => {
      const select = async (): Promise<void> => {
        try {
          await port.selectCell(sheet, address);
          setError(null);
        } catch (e) {
          setError(userMessage(e, goToFailed));
        }
      };
      void select();
    },
    [port],
  );
  return { goTo, error };
}
