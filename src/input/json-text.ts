/**
 * JSON text as a user wrote it: where a syntax error is (line and column), and
 * on which line each value sits, so that a problem found at a JSON pointer can
 * name the line a user's editor shows.
 *
 * JSON.parse still builds the value (it is fast and makes `__proto__` an own
 * property, never a prototype); this scanner only reads positions. It keeps an
 * explicit stack rather than recursing, so a file of ten thousand nested
 * brackets cannot overflow the call stack.
 */

export interface TextPosition {
  line: number;
  column: number;
}

/** A syntax error: what was expected, and where, counted from 1 as editors do. */
export interface SyntaxProblem extends TextPosition {
  message: string;
}

/**
 * Whether the character at `i` ends a line: LF, or a CR not followed by LF (old Mac
 * files end lines with CR alone, and editors count those lines too).
 */
function endsLine(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

/** Line and column (from 1) of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (endsLine(text, i)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The line (from 1) of the first CR that is not part of a CRLF, or null when there is none. */
export function loneCrLine(text: string): number | null {
  const at = text.search(/\r(?!\n)/);
  return at < 0 ? null : positionAt(text, at).line;
}

/** Escapes a key for a JSON pointer (RFC 6901). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

interface Frame {
  kind: 'object' | 'array';
  /** The container's JSON pointer, when every value's line is recorded; else built only for a key given twice. */
  pointer: string;
  index: number;
  /** The key whose value comes next (objects). */
  key: string | null;
  /** Where each key seen so far starts (objects), to find a key given twice. */
  keys?: Map<string, number>;
}

/** A key given twice in one object: JSON.parse keeps the last value without a word. */
export interface DuplicateKey {
  /** JSON pointer of the second (or later) occurrence. */
  pointer: string;
  line: number;
  firstLine: number;
}

class Scanner {
  i = 0;
  readonly lines = new Map<string, number>();
  readonly duplicates: DuplicateKey[] = [];
  private lineNo = 1;
  private lineScanned = 0;

  /**
   * `recordLines`: note the line of every value (valueLines). Without it, a scan
   * (a syntax check, duplicate keys) builds no pointer or line but for a key
   * given twice: a file of 10,000 services is read at every start.
   */
  constructor(
    readonly text: string,
    private readonly recordLines = false,
  ) {}

  /** The line of offset `i`, counted incrementally (offsets only grow). */
  lineOf(offset: number): number {
    for (; this.lineScanned < offset; this.lineScanned++) if (endsLine(this.text, this.lineScanned)) this.lineNo++;
    return this.lineNo;
  }

  skipWs(): void {
    while (this.i < this.text.length && WS.has(this.text.charCodeAt(this.i))) this.i++;
  }

  fail(message: string, at = this.i): never {
    throw Object.assign(new Error(message), { offset: at });
  }

  describeHere(): string {
    if (this.i >= this.text.length) return 'end of the file';
    const c = this.text[this.i]!;
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f
      ? `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`
      : `"${c}"`;
  }

  string(): string {
    const start = this.i;
    this.i++; // the opening quote
    let out = '';
    for (;;) {
      if (this.i >= this.text.length) this.fail('unterminated string', start);
      const code = this.text.charCodeAt(this.i);
      if (code === 0x22) {
        this.i++;
        return out;
      }
      if (code < 0x20) this.fail(`${this.describeHere()} inside a string (write it as an escape such as \\n)`);
      if (code === 0x5c) {
        const next = this.text[this.i + 1];
        if (next === 'u') {
          const hex = this.text.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape (expected four hex digits)');
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          out +=
            next === 'n'
              ? '\n'
              : next === 't'
                ? '\t'
                : next === 'r'
                  ? '\r'
                  : next === 'b'
                    ? '\b'
                    : next === 'f'
                      ? '\f'
                      : next;
          this.i += 2;
        } else this.fail(`bad escape "\\${next ?? ''}" in a string`);
      } else {
        // Copy the plain run up to the next quote, backslash or control character in one slice.
        let end = this.i + 1;
        while (end < this.text.length) {
          const c = this.text.charCodeAt(end);
          if (c === 0x22 || c === 0x5c || c < 0x20) break;
          end++;
        }
        out += this.text.slice(this.i, end);
        this.i = end;
      }
    }
  }

  literal(): void {
    const rest = this.text.slice(this.i, this.i + 5);
    for (const word of ['true', 'false', 'null']) {
      if (rest.startsWith(word)) {
        this.i += word.length;
        return;
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (number && number[0].length > 0) {
      this.i += number[0].length;
      return;
    }
    this.fail(`unexpected ${this.describeHere()} (expected a value)`);
  }

  /** Reads one whole document, recording the line of every value's pointer. */
  document(): void {
    const stack: Frame[] = [];
    let pointer = '';
    // Reads a value's start at `pointer`; containers push a frame and are closed below.
    const startValue = (): void => {
      this.skipWs();
      if (this.recordLines) this.lines.set(pointer, this.lineOf(this.i));
      const c = this.text[this.i];
      if (c === '{') {
        this.i++;
        stack.push({ kind: 'object', pointer, index: 0, key: null, keys: new Map() });
      } else if (c === '[') {
        this.i++;
        stack.push({ kind: 'array', pointer, index: 0, key: null });
      } else if (c === '"') this.string();
      else this.literal();
    };

    startValue();
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      this.skipWs();
      const c = this.text[this.i];
      const closer = frame.kind === 'object' ? '}' : ']';
      if (c === closer) {
        this.i++;
        stack.pop();
        continue;
      }
      if (frame.index > 0) {
        if (c !== ',') this.fail(`unexpected ${this.describeHere()} (expected "," or "${closer}")`);
        this.i++;
        this.skipWs();
        if (this.text[this.i] === closer) this.fail(`trailing comma before "${closer}"`, this.i);
      }
      if (frame.kind === 'object') {
        if (this.text[this.i] !== '"') this.fail(`unexpected ${this.describeHere()} (expected a "quoted" key)`);
        const keyAt = this.i;
        const key = this.string();
        this.skipWs();
        if (this.text[this.i] !== ':')
          this.fail(`unexpected ${this.describeHere()} (expected ":" after the key "${key}")`);
        this.i++;
        frame.key = key;
        if (this.recordLines) pointer = `${frame.pointer}/${escapePointer(key)}`;
        const firstAt = frame.keys!.get(key);
        if (firstAt === undefined) frame.keys!.set(key, keyAt);
        else
          this.duplicates.push({
            pointer: pointerOf(stack),
            line: positionAt(this.text, keyAt).line,
            firstLine: positionAt(this.text, firstAt).line,
          });
      } else if (this.recordLines) pointer = `${frame.pointer}/${frame.index}`;
      frame.index++;
      startValue();
    }
    this.skipWs();
    if (this.i < this.text.length) this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
  }
}

/** The pointer of the value being read, from the containers it is in: the key or index each has reached. */
function pointerOf(stack: readonly Frame[]): string {
  return stack.map((frame) => `/${frame.kind === 'object' ? escapePointer(frame.key!) : frame.index - 1}`).join('');
}

/**
 * Where the first syntax error of `text` is, with a plain message; undefined
 * when the text is well-formed JSON.
 */
export function findSyntaxError(text: string): SyntaxProblem | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    const offset = (error as { offset?: number }).offset ?? scanner.i;
    return { message: (error as Error).message, ...positionAt(text, offset) };
  }
}

/** Every key given twice in one object, in file order; empty when the text is not valid JSON. */
export function duplicateKeys(text: string): DuplicateKey[] {
  const scanner = new Scanner(text);
  try {
    scanner.document();
  } catch {
    return [];
  }
  return scanner.duplicates;
}

/** The line of every value in `text`, by JSON pointer; empty when the text is not valid JSON. */
export function valueLines(text: string): Map<string, number> {
  const scanner = new Scanner(text, true);
  try {
    scanner.document();
  } catch {
    return new Map();
  }
  return scanner.lines;
}
