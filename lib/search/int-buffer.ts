/** A growable Int32Array: postings and per-paragraph columns stay off the JS object heap. */
export interface IntBuffer {
  data: Int32Array;
  size: number;
}

export function createIntBuffer(capacity = 8): IntBuffer {
  return { data: new Int32Array(capacity), size: 0 };
}

export function pushInt(buffer: IntBuffer, value: number): void {
  if (buffer.size === buffer.data.length) {
    const grown = new Int32Array(Math.max(4, buffer.data.length * 2));
    grown.set(buffer.data);
    buffer.data = grown;
  }
  buffer.data[buffer.size++] = value;
}
