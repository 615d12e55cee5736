import { useCallback, useState } from 'preact/hooks';
import { locate, type Fix, type GeoState } from '../place/geolocate';

/** One position fix on request, with the state the place panel shows (locating, or why it failed). */
export function useGeolocation(onFix: (f: Fix) => void): { geo: GeoState; locate: () => void } {
  const [geo, setGeo] = useState<GeoState>({ kind: 'idle' });
  const start = useCallback(() => {
    setGeo({ kind: 'locating' });
    locate(
      (f) => {
        setGeo({ kind: 'idle' });
        onFix(f);
      },
      (reason) => setGeo({ kind: 'error', reason }),
    );
  }, [onFix]);
  return { geo, locate: start };
}
