import { useState } from 'react';

/**
 * A dialog's one action: busy while it runs, closed when it succeeds, and what went wrong shown in it when not, so
 * the person can try again without losing what they chose.
 */
export function useDialogAction(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  /** Runs `action`, which resolves with what went wrong, or `null`. */
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setFailure(null);
    const refused = await action();
    setBusy(false);
    if (refused === null) onClose();
    else setFailure(refused);
  };
  return { busy, failure, run };
}
