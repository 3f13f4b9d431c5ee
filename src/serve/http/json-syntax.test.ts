import { describe, expect, it } from 'vitest';
import { goJsonSyntaxError } from './json-syntax.js';

// Expected texts are Go encoding/json's (scanner.go), as they appear in upstream tests:
// "couldn't get version/kind; json parse error: invalid character 'i' looking for beginning of value"
// (k8s.io/apiserver webhook tests), "... unexpected end of JSON input", and
// "invalid character ']' looking for beginning of object key string".
describe('goJsonSyntaxError', () => {
  it.each([
    ['imastring!', "invalid character 'i' looking for beginning of value"],
    ['{"request": {"object": "x"', 'unexpected end of JSON input'],
    ['{]', "invalid character ']' looking for beginning of object key string"],
    ['', 'unexpected end of JSON input'],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b":2}', "invalid character '\"' after object key:value pair"],
    ['[1 2]', "invalid character '2' after array element"],
    ['{} x', "invalid character 'x' after top-level value"],
    ['tru', 'unexpected end of JSON input'],
    ['trux', "invalid character 'x' in literal true (expecting 'e')"],
    ['-x', "invalid character 'x' in numeric literal"],
    ['1.x', "invalid character 'x' after decimal point in numeric literal"],
    ['"\\q"', "invalid character 'q' in string escape code"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
    ['"a\nb"', "invalid character '\\n' in string literal"],
  ])('%j', (input, want) => {
    expect(goJsonSyntaxError(input)).toBe(want);
  });
});
