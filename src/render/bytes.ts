/**
 * Up to this length a copy is a loop: a departure writes about twenty short
 * pieces (a date, a time, the text between them), and a call into Buffer's
 * native code costs more than copying that few bytes.
 */
const SHORT = 64;

/**
 * Collects output in 64 kB chunks of bytes: one write per chunk, and the
 * text that repeats (each leg's template) is encoded to UTF-8 only once.
 */
export class ByteWriter {
  private static readonly SIZE = 65_536;
  private buffer = Buffer.allocUnsafe(ByteWriter.SIZE);
  private used = 0;

  constructor(private readonly sink: (chunk: Uint8Array) => void) {}

  bytes(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.buffer.length) this.flush();
    if (bytes.length > this.buffer.length) {
      this.sink(bytes);
      return;
    }
    if (bytes.length <= SHORT) {
      const { buffer } = this;
      let at = this.used;
      for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i]!;
      this.used = at;
    } else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  /** Text known to be ASCII (dates, times, offsets, numbers, punctuation): written without an encoder. */
  ascii(text: string): void {
    if (this.used + text.length > this.buffer.length) this.flush();
    if (text.length <= SHORT) {
      const { buffer } = this;
      let at = this.used;
      for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
      this.used = at;
    } else {
      this.used += this.buffer.write(text, this.used, 'latin1');
    }
  }

  /** A JSON string of ASCII text, or null. */
  quoted(text: string | null): void {
    if (text === null) {
      this.ascii('null');
      return;
    }
    this.ascii('"');
    this.ascii(text);
    this.ascii('"');
  }

  text(text: string): void {
    this.bytes(Buffer.from(text, 'utf8'));
  }

  flush(): void {
    if (this.used === 0) return;
    // The sink may keep the chunk (a stream's queue), so the next one gets a new buffer.
    this.sink(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(ByteWriter.SIZE);
    this.used = 0;
  }
}
