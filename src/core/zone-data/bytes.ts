/**
 * The byte streams of the compact zone data (docs/data-format.md): unsigned LEB128 varints,
 * zig-zag for signed values, and runs of small values (cell states, mask bits) as one varint
 * each, length × 4 + value. Arithmetic rather than bit operations, so values past 2³¹ survive.
 */

export class ByteWriter {
  private readonly bytes: number[] = [];

  get length(): number {
    return this.bytes.length;
  }

  varint(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`zone data: cannot write ${v} as a varint`);
    while (v >= 128) {
      this.bytes.push((v % 128) + 128);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
  }

  signed(v: number): void {
    this.varint(v >= 0 ? v * 2 : -v * 2 - 1);
  }

  /** Runs of equal values (each < 4) as varints of length × 4 + value. */
  runs(values: Uint8Array): void {
    for (let i = 0; i < values.length; ) {
      const v = values[i]!;
      if (v > 3) throw new Error(`zone data: run value ${v} is not below 4`);
      let j = i + 1;
      while (j < values.length && values[j] === v) j++;
      this.varint((j - i) * 4 + v);
      i = j;
    }
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/**
 * A stored coordinate back to degrees: n units of 1/q degree, rounded to 6 decimals (−0 becomes
 * 0). With `scale` = 1e6 / q exact (q = 1e6 or 1024), n × scale is the correctly rounded n / q ×
 * 1e6, so this is the same double as round6(n / q) and, for q = 1e6, as parsing the decimal.
 */
export function fromUnits(n: number, scale: number): number {
  return Math.round(n * scale) / 1e6 + 0;
}

export class ByteReader {
  private pos = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly what: string,
  ) {}

  get done(): boolean {
    return this.pos === this.bytes.length;
  }

  varint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      if (b === undefined) throw new Error(`zone data: ${this.what} ends inside a number`);
      v += (b % 128) * scale;
      if (b < 128) return v;
      scale *= 128;
    }
  }

  signed(): number {
    const z = this.varint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /**
   * `count` zig-zag varints as running sums (each adds to the sum before), each sum written as
   * fromUnits(sum, 1e6 / q) into out[offset], out[offset + stride], …: one axis of a ring's
   * delta-coded vertices, in one tight loop. Returns the smallest and largest value written.
   */
  coordinates(count: number, q: number, out: Float64Array, offset: number, stride: number): [number, number] {
    const toDegrees = 1e6 / q;
    const bytes = this.bytes;
    let pos = this.pos;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0, o = offset; i < count; i++, o += stride) {
      let z = bytes[pos++];
      if (z === undefined) throw new Error(`zone data: ${this.what} ends inside a number`);
      if (z >= 128) {
        // A delta of more than one byte (most are one byte: the outlines' steps are small).
        z -= 128;
        let scale = 128;
        let b: number | undefined;
        do {
          b = bytes[pos++];
          if (b === undefined) throw new Error(`zone data: ${this.what} ends inside a number`);
          z += (b % 128) * scale;
          scale *= 128;
        } while (b >= 128);
      }
      sum += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      // fromUnits(sum, toDegrees), written out: this line runs for every coordinate in the file.
      const v = Math.round(sum * toDegrees) / 1e6 + 0;
      out[o] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    this.pos = pos;
    return [min, max];
  }

  /** `count` values written by ByteWriter.runs. */
  runs(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; ) {
      const r = this.varint();
      const len = Math.floor(r / 4);
      if (len === 0 || i + len > count) throw new Error(`zone data: ${this.what} has a run past its end`);
      out.fill(r % 4, i, i + len);
      i += len;
    }
    return out;
  }
}
