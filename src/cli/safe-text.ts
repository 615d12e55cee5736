/**
 * Text the CLI echoes (a row's own values, messages that quote them) printed as what it is, never
 * as what it would do: C0 and C1 control characters (U+0085 NEL among them) and DEL, the line
 * and paragraph separators U+2028 / U+2029 (a one-line error would show as two), and the bidi
 * embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069 (text that reads reversed on a
 * terminal) become visible escapes: \x0a, \x85, \u202e.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same set, tested without the g flag's state
const HAS_UNSAFE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const escape = (c: string) => {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};

/** Whether the character code is one of the set above. */
const unsafe = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && (c <= 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)));

/** The text with every unsafe character escaped (see above). */
export function escapeUnsafe(s: string): string {
  // One pass over the text first: almost every value has nothing to escape.
  for (let i = 0; i < s.length; i++) if (unsafe(s.charCodeAt(i))) return s.replace(UNSAFE, escape);
  return s;
}

/**
 * JSON on one line that shows as it is: JSON.stringify already escapes C0 controls; the rest of
 * the set is written as JSON's own \uXXXX escapes, so a parser reads back the very same value.
 */
export function safeJson(value: unknown): string {
  const json = JSON.stringify(value);
  return HAS_UNSAFE.test(json) ? json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
