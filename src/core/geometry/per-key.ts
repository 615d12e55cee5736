/**
 * Values made once per key object (a relevance mask), kept as long as the key lives, with the
 * last key asked answered without the WeakMap look-up: a batch asks with one key row after row.
 */
export class PerKey<K extends object, V> {
  private readonly values = new WeakMap<K, V>();
  private lastKey: K | null = null;
  private lastValue: V | undefined;

  constructor(private readonly make: (key: K) => V) {}

  get(key: K): V {
    if (key === this.lastKey) return this.lastValue!;
    let v = this.values.get(key);
    if (v === undefined) this.values.set(key, (v = this.make(key)));
    this.lastKey = key;
    this.lastValue = v;
    return v;
  }
}
