/**
 * Turns a traced boundary into a valid RFC 7946 polygon ring: 6-decimal positions, no
 * repeats, no back-and-forth spikes, no tiny loops, closed, exterior counter-clockwise.
 * Spikes and loops appear where a road is followed to a junction point on one carriageway
 * and left on the other; they are a few metres to a few hundred metres long. A larger
 * loop means the ring really crosses itself, which is an error in the ring data.
 */
import { dropRepeats, firstSelfContact, lineLengthM, metresPerDegree, openRing, samePos, signedAreaDeg2, type Pos } from './geometry';
import { roundPosition } from './precision';

/** Loops up to this perimeter are junction artefacts and are cut away. */
export const MAX_ARTEFACT_LOOP_M = 400;

/** True when the path turns back on itself at b (a reversal of direction within 1°). */
function isReversal(a: Pos, b: Pos, c: Pos): boolean {
  const [kx, ky] = metresPerDegree(b[1]);
  const ux = (a[0] - b[0]) * kx, uy = (a[1] - b[1]) * ky, vx = (c[0] - b[0]) * kx, vy = (c[1] - b[1]) * ky;
  const lu = Math.hypot(ux, uy), lv = Math.hypot(vx, vy);
  if (lu === 0 || lv === 0) return true;
  const cos = (ux * vx + uy * vy) / (lu * lv);
  return cos > Math.cos((1 * Math.PI) / 180);
}

function removeSpikes(open: Pos[]): Pos[] {
  // One pass with a stack: drop the top while it turns back on the incoming point; then
  // the same across the ring's start, where the last points meet the first.
  const stack: Pos[] = [];
  for (const p of open) {
    while (stack.length >= 2 && isReversal(stack[stack.length - 2]!, stack[stack.length - 1]!, p)) stack.pop();
    if (stack.length && samePos(stack[stack.length - 1]!, p)) continue;
    stack.push(p);
  }
  let ring = stack;
  for (let changed = true; changed && ring.length > 3; ) {
    changed = false;
    const n = ring.length;
    for (const i of [0, n - 1]) {
      if (isReversal(ring[(i - 1 + n) % n]!, ring[i]!, ring[(i + 1) % n]!)) {
        ring = ring.filter((_, k) => k !== i);
        changed = true;
        break;
      }
    }
  }
  return ring;
}

function cutSmallLoops(open: Pos[]): Pos[] {
  let ring = open;
  for (let guard = 0; guard < 10000; guard++) {
    const hit = firstSelfContact(ring);
    if (!hit) return ring;
    const { i, j, x } = hit;
    const inner = [x, ...ring.slice(i + 1, j + 1), x];
    const outerLoop = [x, ...ring.slice(j + 1), ...ring.slice(0, i + 1), x];
    const innerLen = lineLengthM(inner), outerLen = lineLengthM(outerLoop);
    if (Math.min(innerLen, outerLen) > MAX_ARTEFACT_LOOP_M) {
      throw new Error(`ring crosses itself at ${x[0].toFixed(5)},${x[1].toFixed(5)} (loop ${Math.round(Math.min(innerLen, outerLen))} m)`);
    }
    const cut = innerLen <= outerLen ? [...ring.slice(0, i + 1), x, ...ring.slice(j + 1)] : [x, ...ring.slice(i + 1, j + 1)];
    ring = dropRepeats(cut.map(roundPosition));
  }
  throw new Error('ring cleanup did not converge');
}

/** Cleans an (open or closed) traced boundary into a closed counter-clockwise ring. */
export function toPolygonRing(coords: Pos[]): Pos[] {
  let open = openRing(coords.map(roundPosition));
  open = removeSpikes(open);
  open = cutSmallLoops(open);
  open = removeSpikes(open);
  if (open.length < 3) throw new Error('degenerate ring');
  const ring = [...open, open[0]!];
  return signedAreaDeg2(ring) < 0 ? ring.reverse() : ring;
}
