/**
 * `--set` parsing; expectations are those of helm/helm pkg/strvals/parser_test.go
 * (TestParseSet, TestParseInto, TestParseJSON), with Go int64 shown as Int64.
 */
import { describe, expect, it } from 'vitest';
import { Int64 } from '../template/values.js';
import { parseSetInto, setReader, setStringReader } from './strvals.js';

const i64 = (n: bigint): Int64 => new Int64(n);

function parse(s: string, into: Record<string, unknown> = {}, reader = setReader, json = false): Record<string, unknown> | string {
  const e = parseSetInto(s, into, reader, json);
  return e ?? into;
}

describe('strvals --set', () => {
  const ok: [string, Record<string, unknown>][] = [
    ['name1=null,f=false,t=true', { name1: null, f: false, t: true }],
    ['name1=value1,name2=value2,', { name1: 'value1', name2: 'value2' }],
    ['name1=,name2=value2', { name1: '', name2: 'value2' }],
    ['leading_zeros=00009', { leading_zeros: '00009' }],
    ['zero_int=0', { zero_int: i64(0n) }],
    ['long_int=1234567890', { long_int: i64(1234567890n) }],
    ['name1=one\\,two,name2=three\\,four', { name1: 'one,two', name2: 'three,four' }],
    ['name1=one\\=two,name2=three\\=four', { name1: 'one=two', name2: 'three=four' }],
    ['name1=one two three,name2=three two one', { name1: 'one two three', name2: 'three two one' }],
    ['outer.inner1=value,outer.middle.inner=value', { outer: { inner1: 'value', middle: { inner: 'value' } } }],
    ['name1.name2=', { name1: { name2: '' } }],
    ['name1={value1,value2},name2={value1,value2}', { name1: ['value1', 'value2'], name2: ['value1', 'value2'] }],
    ['name1={1021,902}', { name1: [i64(1021n), i64(902n)] }],
    ['list[0].foo=bar,list[0].hello=world', { list: [{ foo: 'bar', hello: 'world' }] }],
    ['list[0]=foo,list[3]=bar', { list: ['foo', null, null, 'bar'] }],
    ['noval[0]', { noval: [] }],
    ['noval[0]=', { noval: [''] }],
    ['nested[1][1]=1', { nested: [null, [null, i64(1n)]] }],
    ['name1.name2[1].foo=bar,name1.name2[0].foo=bar', { name1: { name2: [{ foo: 'bar' }, { foo: 'bar' }] } }],
  ];
  for (const [s, want] of ok) it(s, () => expect(parse(s)).toEqual(want));

  const bad = ['name1=value1,,,,name2=value2,', 'name1,name2=', 'name1,name2=value2', 'name1,name2', 'name1.name2',
    'name1.=name2', 'name1.,name2', 'name1={1021,902', 'list[0].foo=bar,list[-30].hello=world', 'illegal[0]name.foo=bar', ']={}].'];
  for (const s of bad) it(`rejects ${s}`, () => expect(typeof parse(s)).toBe('string'));

  it('words errors like Helm', () => {
    expect(parse('a')).toBe('key "a" has no value');
    expect(parse('a,b=1')).toBe('key "a" has no value (cannot end with ,)');
    expect(parse('a.b')).toBe('key "b" has no value');
    expect(parse('a[-1]=x')).toBe('negative -1 index not allowed');
    expect(parse('a[x]=1')).toBe('error parsing index: strconv.Atoi: parsing "x": invalid syntax');
  });

  it('merges into existing values (TestParseInto)', () => {
    const got = { outer: { inner1: 'overwrite', inner2: 'value2' } };
    expect(parse('outer.inner1=value1,outer.inner3=value3,outer.inner4=4', got)).toEqual({ outer: { inner1: 'value1', inner2: 'value2', inner3: 'value3', inner4: i64(4n) } });
    const lists = {};
    parse('listOuter[0][0].type=listValue', lists);
    expect(parse('listOuter[0][0].status=alive', lists)).toEqual({ listOuter: [[{ type: 'listValue', status: 'alive' }]] });
  });

  it('--set-string keeps strings', () => {
    expect(parse('long_int_string=1234567890,boolean=true,is_null=null,zero=0', {}, setStringReader)).toEqual({ long_int_string: '1234567890', boolean: 'true', is_null: 'null', zero: '0' });
  });

  it('--set-json (TestParseJSON)', () => {
    const got = { outer: { inner1: 'overwrite', inner2: 'value2' } };
    expect(parse('outer.inner1="1",outer.inner3=3,outer.inner4=true,outer.inner5="true"', got, setReader, true)).toEqual({ outer: { inner1: '1', inner2: 'value2', inner3: 3, inner4: true, inner5: 'true' } });
    const g2 = { outer: { inner1: { x: 'overwrite' }, inner2: 'value2' } };
    expect(parse('outer.inner1=,outer.inner3={"aa":"1","bb":2,"cc":[1,2,3]},outer.inner3.cc[1]=null', g2, setReader, true)).toEqual({ outer: { inner1: null, inner2: 'value2', inner3: { aa: '1', bb: 2, cc: [1, null, 3] } } });
  });
});
