// "Sort by distance from me": asks the browser for the visitor's position once, on their click. The position stays
// in this page's memory: not in the address, not in storage, never sent to the server.
import { useCallback, useState } from 'react';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { Position } from './CentreFinderNearest.ts';

type State = { origin: Position | null; locating: boolean; failed: boolean };

export interface Nearest extends State {
  locate(): void;
  clear(): void;
}

export function useNearest(): Nearest {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [state, setState] = useState<State>({ origin: null, locating: false, failed: false });
  const locate = useCallback(() => {
    setState((s) => ({ ...s, locating: true, failed: false }));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setState({
          origin: { latitude: coords.latitude, longitude: coords.longitude },
          locating: false,
          failed: false,
        });
        announce(m.centres.sortedByDistance);
      },
      () => setState({ origin: null, locating: false, failed: true }),
      // A position from the last few minutes is good enough for "which centre is nearest".
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }, [announce, m]);
  const clear = useCallback(() => {
    setState({ origin: null, locating: false, failed: false });
    announce(m.centres.sortedByName);
  }, [announce, m]);
  return { ...state, locate, clear };
}

export function NearestControls({ nearest }: { nearest: Nearest }) {
  const { m } = useI18n();
  // Browsers without geolocation (or pages not on https) get no button that cannot work.
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return null;
  return (
    <div className="actions">
      {nearest.origin ? (
        <button type="button" className="button button--secondary" onClick={nearest.clear}>
          {m.centres.alphabetical}
        </button>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={nearest.locate}
          disabled={nearest.locating}
          aria-describedby="centres-nearest-hint"
        >
          {nearest.locating ? m.centres.locating : m.centres.nearest}
        </button>
      )}
      {!nearest.origin && (
        <p id="centres-nearest-hint" className="muted small">
          {m.centres.nearestHint}
        </p>
      )}
      {nearest.failed && (
        <p className="alert alert--error" role="alert">
          {m.centres.locationFailed}
        </p>
      )}
    </div>
  );
}
