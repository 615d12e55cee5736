/**
 * The non-visual side of a boundary warning: a vibration, and (only if the officer turned it on)
 * a short tone generated with Web Audio — no sound files to download or cache.
 */
import { storedFlag, storeFlag } from '../state/stored';
import type { WarningKind } from './warnings';

const PATTERNS: Record<WarningKind, number[]> = {
  entered: [300, 120, 300, 120, 300],
  crossed: [250, 120, 250],
  changed: [250, 120, 250],
  near: [180],
};

/** Tones (Hz) per event: a falling triple for entering a prohibited zone, a single tone for near. */
const TONES: Record<WarningKind, number[]> = {
  entered: [880, 660, 880],
  crossed: [660, 880],
  changed: [660, 880],
  near: [740],
};

export function vibrate(kind: WarningKind): void {
  try {
    navigator.vibrate?.(PATTERNS[kind]);
  } catch {
    /* not allowed (no user gesture yet, or an iframe): the words still say it */
  }
}

let ctx: AudioContext | null = null;

/** Creates (or wakes) the audio context; call from the tap that turns the sound on, as browsers require. */
export function unlockAudio(): boolean {
  try {
    ctx ??= new AudioContext();
    void ctx.resume();
    return true;
  } catch {
    return false;
  }
}

export function beep(kind: WarningKind): void {
  if (!ctx) return;
  const t0 = ctx.currentTime + 0.02;
  TONES[kind].forEach((hz, i) => {
    const osc = ctx!.createOscillator();
    const gain = ctx!.createGain();
    osc.type = 'sine';
    osc.frequency.value = hz;
    const t = t0 + i * 0.22;
    // A short envelope: no click at the start or the end.
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(0.3, t + 0.02);
    gain.gain.linearRampToValueAtTime(0, t + 0.18);
    osc.connect(gain).connect(ctx!.destination);
    osc.start(t);
    osc.stop(t + 0.2);
  });
}

const SOUND_KEY = 'qz-fw-patrol-sound';

export function soundWanted(): boolean {
  return storedFlag(SOUND_KEY) ?? false;
}

export function rememberSound(on: boolean): void {
  storeFlag(SOUND_KEY, on);
}
