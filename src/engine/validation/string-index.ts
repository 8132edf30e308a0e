/**
 * A set of strings for a million customer IDs or names, each stored with a number the caller
 * chooses (the position of its first row). A `Map` with a million string keys spent most of a
 * full-sheet analysis rehashing as it grew and chasing its entries through the heap. Here the
 * table is sized once and open-addressed: each slot holds the string and one small integer (the
 * number and a few more bits of the hash), read side by side, so a probe compares strings only
 * when those bits agree. Both are plain arrays on the JavaScript heap: a typed array of this size
 * lives outside it, and enough such memory makes the collector run a full collection of the heap.
 */

/** FNV-1a over UTF-16 code units: fast to compute in JavaScript, well spread for short codes and names. */
/** Bits needed to write `n`. */
function bitsFor(n: number): number {
  let bits = 1;
  while (2 ** bits <= n) bits++;
  return bits;
}

export function hashOf(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

const EMPTY = 0;
/** Slots per expected string: at most half full, so probes stay short. */
const SLOTS_PER_ENTRY = 2;
/**
 * A slot's integer has 30 bits (a small integer on every V8 build): the number + 1 in the low
 * bits, the top bits of the hash above.
 */
const SLOT_BITS = 30;
/** `findAll` groups keys by this many top bits of their home slot: 2,048 parts of the table. */
const GROUP_BITS = 11;

export class StringIndex {
  private slots: number[] = [];
  private keys: (string | undefined)[] = [];
  private mask = 0;
  /** Bits of a slot's integer that hold the number; the rest hold the top of the hash. */
  private numberBits = 0;
  private count = 0;

  /**
   * `expected`: how many distinct strings are likely, so the table need not grow; `largest`: the
   * largest number likely to be stored with one.
   */
  constructor(expected: number, largest = expected) {
    let capacity = 16;
    while (capacity < expected * SLOTS_PER_ENTRY) capacity *= 2;
    this.allocate(capacity, bitsFor(largest + 1));
  }

  get size(): number {
    return this.count;
  }

  /** The number stored with `key`, or -1 when it was never added. */
  find(key: string): number {
    return this.findHashed(key, hashOf(key));
  }

  /** `find` with the key's `hashOf` worked out beforehand (a batch of hashes first, then the probes). */
  findHashed(key: string, hash: number): number {
    const { slots, keys, mask, numberBits } = this;
    const tag = hash >>> (32 - SLOT_BITS + numberBits);
    const numberMask = (1 << numberBits) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = slots[slot];
      if (value === EMPTY) return -1;
      if (value >>> numberBits === tag && keys[slot] === key) return (value & numberMask) - 1;
    }
  }

  /**
   * `find` for many keys at once (-1 for a null key). Lookups in key order jump about the whole
   * table, each one waiting on memory far away; here the keys are hashed, then looked up in the
   * order of the part of the table they fall in (see `tableOrder`), so the table is read nearly
   * in order.
   */
  findAll(keys: readonly (string | null)[]): Int32Array {
    const { hashes, order } = this.tableOrder(keys);
    const found = new Int32Array(keys.length).fill(-1);
    for (let n = 0; n < order.length; n++) {
      const i = order[n];
      found[i] = this.findHashed(keys[i] as string, hashes[i]);
    }
    return found;
  }

  /**
   * `add` for many keys at once, key i with `numbers[i]` (null keys are skipped): for each key,
   * the number it was first added with, or -1 when this is its first time. Added in the order of
   * the part of the table they fall in, like `findAll`; equal keys fall in the same part, where
   * they keep their order, so "first" means first in `keys`.
   */
  addAll(keys: readonly (string | null)[], numbers: ArrayLike<number>): Int32Array {
    const { hashes, order } = this.tableOrder(keys);
    const first = new Int32Array(keys.length).fill(-1);
    for (let n = 0; n < order.length; n++) {
      const i = order[n];
      first[i] = this.addHashed(keys[i] as string, hashes[i], numbers[i]);
    }
    return first;
  }

  /**
   * Each key's hash, and the non-null keys' indexes ordered by the top bits of their home slot
   * (a stable counting sort into 2,048 parts of the table).
   */
  private tableOrder(keys: readonly (string | null)[]): { hashes: Int32Array; order: Int32Array } {
    const hashes = new Int32Array(keys.length);
    const slotBits = Math.log2(this.mask + 1);
    const shift = slotBits - Math.min(GROUP_BITS, slotBits);
    const starts = new Int32Array((1 << (slotBits - shift)) + 1);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null) continue;
      const hash = hashOf(key);
      hashes[i] = hash;
      starts[((hash & this.mask) >>> shift) + 1]++;
    }
    for (let group = 1; group < starts.length; group++) starts[group] += starts[group - 1];
    const order = new Int32Array(starts[starts.length - 1]);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== null) order[starts[(hashes[i] & this.mask) >>> shift]++] = i;
    }
    return { hashes, order };
  }

  /**
   * The number stored with `key` when it was added before (the key is then left as it was);
   * otherwise stores `key` with `number` and returns -1.
   */
  add(key: string, number: number): number {
    return this.addHashed(key, hashOf(key), number);
  }

  private addHashed(key: string, hash: number, number: number): number {
    const { slots, keys, mask, numberBits } = this;
    const tag = hash >>> (32 - SLOT_BITS + numberBits);
    const numberMask = (1 << numberBits) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = slots[slot];
      if (value === EMPTY) {
        if (number + 1 > numberMask) {
          this.rebuild(mask + 1, bitsFor(number + 1));
          return this.addHashed(key, hash, number);
        }
        slots[slot] = tag * (numberMask + 1) + number + 1;
        keys[slot] = key;
        this.count++;
        if (this.count * SLOTS_PER_ENTRY > mask + 1) this.rebuild((mask + 1) * 2, numberBits);
        return -1;
      }
      if (value >>> numberBits === tag && keys[slot] === key) return (value & numberMask) - 1;
    }
  }

  /**
   * An empty table of `capacity` slots (a power of two) whose integers hold a number + 1 in
   * `numberBits` bits and the top of the hash in the rest.
   */
  private allocate(capacity: number, numberBits: number): void {
    this.numberBits = numberBits;
    if (numberBits >= SLOT_BITS) throw new RangeError("StringIndex: numbers too large");
    this.slots = new Array<number>(capacity).fill(EMPTY);
    this.keys = new Array<string | undefined>(capacity);
    this.mask = capacity - 1;
    this.count = 0;
  }

  /** Moves every string into a new table: more strings came than expected, or a larger number. */
  private rebuild(capacity: number, numberBits: number): void {
    const old = { slots: this.slots, keys: this.keys, numberMask: (1 << this.numberBits) - 1 };
    const { slots, keys, numberMask } = old;
    this.allocate(capacity, numberBits);
    for (let slot = 0; slot < slots.length; slot++) {
      const key = keys[slot];
      if (slots[slot] !== EMPTY && key !== undefined) this.add(key, (slots[slot] & numberMask) - 1);
    }
  }
}
