/**
 * A hash table from byte strings to codes 0, 1, 2, … (in order of adding), looked up by a slice of a byte
 * buffer without making a string: the typed-column reader finds a tie's ends, type and wave in the bytes of
 * `ties.csv` this way (a string and a `Map` lookup per cell cost more than the rest of the reading at nine
 * million rows). FNV-1a hashes, open addressing with linear probing, at most half full.
 */
export class ByteKeys {
  /** Number of keys. */
  count = 0;
  private mask: number;
  /** Per slot: code + 1 (0 = empty). */
  private slots: Int32Array;
  private hashes: Int32Array = new Int32Array(16);
  private starts: Int32Array = new Int32Array(16);
  private ends: Int32Array = new Int32Array(16);
  private store: Uint8Array = new Uint8Array(1024);
  private used = 0;

  constructor(expected = 16) {
    let size = 32;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** FNV-1a of `bytes[start, end)`. */
  static hash(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    return h;
  }

  /** The code of `bytes[start, end)` (hash `h`), or -1. */
  find(bytes: Uint8Array, start: number, end: number, h: number): number {
    const length = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const code = this.slots[slot]! - 1;
      if (code < 0) return -1;
      if (this.hashes[code] !== h) continue;
      const from = this.starts[code]!;
      if (this.ends[code]! - from !== length) continue;
      let i = 0;
      while (i < length && this.store[from + i] === bytes[start + i]) i++;
      if (i === length) return code;
    }
  }

  /** Adds `bytes[start, end)` (hash `h`, not yet present) and returns its code. */
  add(bytes: Uint8Array, start: number, end: number, h: number): number {
    const length = end - start;
    if (this.used + length > this.store.length) {
      const grown = new Uint8Array(Math.max(this.store.length * 2, this.used + length));
      grown.set(this.store.subarray(0, this.used));
      this.store = grown;
    }
    this.store.set(bytes.subarray(start, end), this.used);
    const code = this.count++;
    if (code >= this.hashes.length) {
      this.hashes = grown32(this.hashes);
      this.starts = grown32(this.starts);
      this.ends = grown32(this.ends);
    }
    this.hashes[code] = h;
    this.starts[code] = this.used;
    this.ends[code] = this.used + length;
    this.used += length;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.insert(code);
    return code;
  }

  /** Adds a text of ASCII characters (one byte each) and returns its code. */
  addAscii(text: string): number {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return this.add(bytes, 0, bytes.length, ByteKeys.hash(bytes, 0, bytes.length));
  }

  private insert(code: number): void {
    let slot = this.hashes[code]! & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = code + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let code = 0; code < this.count; code++) this.insert(code);
  }
}

function grown32(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
