// The committee's forms all write the same way: stop the browser's submit (or a button's default), clear the last error, run the write, then
// reset the form and tell the page (or keep the refusal for the form's ErrorSummary). One hook serves them all.
import { useState } from 'react';

/** Runs a write, keeping its error and a done flag for the status line. */
export function useSubmit(onDone: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const run = async (event: { preventDefault(): void }, write: () => Promise<unknown>, reset?: () => void) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await write();
      setDone(true);
      reset?.();
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return { error, done, run, setError };
}
