export type GeoState =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'error'; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

export interface Fix {
  lat: number;
  lng: number;
  accuracyM: number;
}

/** One fix from the device. The position stays in this page: nothing here sends it anywhere. */
export function locate(onFix: (f: Fix) => void, onError: (reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported') => void): void {
  if (!('geolocation' in navigator)) {
    onError('unsupported');
    return;
  }
  navigator.geolocation.getCurrentPosition(
    (p) => onFix({ lat: p.coords.latitude, lng: p.coords.longitude, accuracyM: p.coords.accuracy }),
    (e) => onError(e.code === e.PERMISSION_DENIED ? 'denied' : e.code === e.TIMEOUT ? 'timeout' : 'unavailable'),
    { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
  );
}
