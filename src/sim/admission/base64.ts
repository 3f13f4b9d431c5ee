/**
 * Go's base64.StdEncoding.Decode error offsets: `[]byte` fields (Secret data, ConfigMap
 * binaryData) are decoded from base64 strings, and a bad one fails the whole request with
 * `illegal base64 data at input byte N` (encoding/base64 CorruptInputError).
 */

const ALPHABET = /[A-Za-z0-9+/]/;

/** The CorruptInputError offset for `src`, or -1 when it decodes. */
export function base64ErrorOffset(src: string): number {
  let si = 0;
  const n = src.length;
  while (si < n) {
    let j = 0;
    // One quantum of up to 4 symbols; newlines are skipped as Go does.
    while (j < 4) {
      while (si < n && (src[si] === '\n' || src[si] === '\r')) si++;
      if (si === n) {
        if (j === 0) return -1;
        return si - j;
      }
      const c = src[si++];
      if (c === '=') {
        switch (j) {
          case 0: case 1:
            return si - 1;
          case 2: {
            while (si < n && (src[si] === '\n' || src[si] === '\r')) si++;
            if (si === n) return n;
            if (src[si] !== '=') return si - 1;
            si++;
          }
        }
        while (si < n && (src[si] === '\n' || src[si] === '\r')) si++;
        return si < n ? si : -1;
      }
      if (!ALPHABET.test(c)) return si - 1;
      j++;
    }
  }
  return -1;
}
