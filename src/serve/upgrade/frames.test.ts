/**
 * WebSocket framing against RFC 6455's own examples (§5.7) and rules (§5.1–5.5), and
 * SPDY/3 framing against the draft's layout (draft-mbelshe-httpbis-spdy-00 §2.2).
 */
import { describe, expect, it } from 'vitest';
import { closePayload, encodeFrame, FrameParser, OPCODE } from './frames.js';
import { acceptKey } from './handshake.js';
import { CONTROL, controlFrame, dataFrame, FLAG_FIN, SpdyParser } from './spdy-frames.js';
import { clientFrame } from './test-helpers.js';

const bytes = (...b: number[]): Buffer => Buffer.from(b);

describe('FrameParser (client frames)', () => {
  it('unmasks RFC 6455 §5.7 "a single-frame masked text message"', () => {
    const r = new FrameParser(1024).push(bytes(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58));
    expect(r).toEqual({ ok: true, messages: [{ opcode: OPCODE.text, payload: Buffer.from('Hello') }] });
  });

  it('fails the connection on unmasked client frames (§5.1), e.g. §5.7 "a single-frame unmasked text message"', () => {
    const r = new FrameParser(1024).push(bytes(0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f));
    expect(r).toMatchObject({ ok: false, closeCode: 1002 });
  });

  it('reassembles a fragmented message, with a ping between the fragments passed through first (§5.4)', () => {
    const p = new FrameParser(1024);
    const r1 = p.push(clientFrame(OPCODE.binary, Buffer.from('\x01Hel'), { fin: false }));
    expect(r1).toEqual({ ok: true, messages: [] });
    const r2 = p.push(Buffer.concat([
      clientFrame(OPCODE.ping, Buffer.from('p')),
      clientFrame(OPCODE.continuation, Buffer.from('lo, '), { fin: false, mask: [1, 2, 3, 4] }),
      clientFrame(OPCODE.continuation, Buffer.from('world')),
    ]));
    expect(r2).toEqual({ ok: true, messages: [
      { opcode: OPCODE.ping, payload: Buffer.from('p') },
      { opcode: OPCODE.binary, payload: Buffer.from('\x01Hello, world') },
    ] });
  });

  it('parses frames split at every byte boundary, with 16-bit and 64-bit lengths', () => {
    const medium = Buffer.alloc(300, 7);
    const large = Buffer.alloc(70_000, 9);
    const stream = Buffer.concat([clientFrame(OPCODE.binary, medium), clientFrame(OPCODE.binary, large)]);
    const p = new FrameParser(100_000);
    const got: Buffer[] = [];
    for (let i = 0; i < stream.length; i += 1) {
      const r = p.push(stream.subarray(i, i + 1));
      if (!r.ok) throw new Error(r.reason);
      for (const m of r.messages) got.push(m.payload);
    }
    expect(got).toEqual([medium, large]);
  });

  it('rejects a message over the limit with 1009 from its header alone, also when fragments add up', () => {
    const header = clientFrame(OPCODE.binary, Buffer.alloc(2000)).subarray(0, 8);
    expect(new FrameParser(1000).push(header)).toMatchObject({ ok: false, closeCode: 1009 });
    const p = new FrameParser(1000);
    expect(p.push(clientFrame(OPCODE.binary, Buffer.alloc(600), { fin: false }))).toEqual({ ok: true, messages: [] });
    expect(p.push(clientFrame(OPCODE.continuation, Buffer.alloc(600)))).toMatchObject({ ok: false, closeCode: 1009 });
    // a 64-bit length beyond 2^32 is refused before anything is buffered
    expect(new FrameParser(1000).push(bytes(0x82, 0xff, 0, 0, 0, 1, 0, 0, 0, 0))).toMatchObject({ ok: false, closeCode: 1009 });
  });

  it('enforces the protocol rules with 1002', () => {
    const cases: Buffer[] = [
      clientFrame(OPCODE.binary, Buffer.from('x'), { rsv: 0x40 }), // RSV1 without an extension
      clientFrame(0x3, Buffer.from('x')), // reserved data opcode
      clientFrame(OPCODE.ping, Buffer.alloc(126)), // control payload > 125
      clientFrame(OPCODE.ping, Buffer.from('x'), { fin: false }), // fragmented control frame
      clientFrame(OPCODE.continuation, Buffer.from('x')), // nothing to continue
      Buffer.concat([clientFrame(OPCODE.binary, Buffer.from('a'), { fin: false }), clientFrame(OPCODE.binary, Buffer.from('b'))]), // new message mid-fragment
    ];
    for (const c of cases) expect(new FrameParser(1000).push(c)).toMatchObject({ ok: false, closeCode: 1002 });
  });

  it('stays failed after an error', () => {
    const p = new FrameParser(1000);
    p.push(bytes(0x81, 0x01, 0x41));
    expect(p.push(clientFrame(OPCODE.binary, Buffer.from('x'))).ok).toBe(false);
  });
});

describe('encodeFrame (server frames)', () => {
  it('matches RFC 6455 §5.7 "unmasked Ping request"', () => {
    expect(encodeFrame(OPCODE.ping, Buffer.from('Hello'))).toEqual(bytes(0x89, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f));
  });

  it('matches §5.7 "256 bytes binary message" and "64KiB binary message" headers', () => {
    expect(encodeFrame(OPCODE.binary, Buffer.alloc(256)).subarray(0, 4)).toEqual(bytes(0x82, 0x7e, 0x01, 0x00));
    const big = encodeFrame(OPCODE.binary, Buffer.alloc(65536));
    expect(big.subarray(0, 10)).toEqual(bytes(0x82, 0x7f, 0, 0, 0, 0, 0, 1, 0, 0));
    expect(big.length).toBe(10 + 65536);
  });

  it('writes close payloads as a 2-byte code and a reason (§5.5.1)', () => {
    expect(encodeFrame(OPCODE.close, closePayload(1000))).toEqual(bytes(0x88, 0x02, 0x03, 0xe8));
    expect(closePayload(1009, 'too big').subarray(2).toString()).toBe('too big');
  });
});

describe('opening handshake', () => {
  it('computes Sec-WebSocket-Accept as in RFC 6455 §1.3', () => {
    expect(acceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });
});

describe('SpdyParser (SPDY/3 §2.2 frame layout)', () => {
  it('splits control and data frames, across reads', () => {
    const ping = controlFrame(CONTROL.ping, 0, bytes(0, 0, 0, 1));
    // control bit, version 3, type 6 (PING), flags 0, length 4
    expect(ping.subarray(0, 8)).toEqual(bytes(0x80, 0x03, 0x00, 0x06, 0x00, 0x00, 0x00, 0x04));
    const data = dataFrame(3, FLAG_FIN, Buffer.from('hi'));
    expect(data).toEqual(bytes(0, 0, 0, 3, 0x01, 0, 0, 2, 0x68, 0x69));
    const p = new SpdyParser(1024);
    const stream = Buffer.concat([ping, data]);
    expect(p.push(stream.subarray(0, 5))).toEqual({ ok: true, frames: [] });
    expect(p.push(stream.subarray(5))).toEqual({ ok: true, frames: [
      { control: true, type: CONTROL.ping, flags: 0, payload: bytes(0, 0, 0, 1) },
      { control: false, streamId: 3, flags: FLAG_FIN, data: Buffer.from('hi') },
    ] });
  });

  it('refuses frames over the limit and other SPDY versions', () => {
    expect(new SpdyParser(4).push(dataFrame(1, 0, Buffer.alloc(5)))).toMatchObject({ ok: false });
    expect(new SpdyParser(64).push(bytes(0x80, 0x02, 0, 6, 0, 0, 0, 4, 0, 0, 0, 1))).toEqual({ ok: false, reason: 'unsupported SPDY version 2' });
  });
});
