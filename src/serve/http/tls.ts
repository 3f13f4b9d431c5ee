/**
 * A self-signed serving certificate made at startup and held only in memory.
 *
 * kubectl sends a kubeconfig's credentials only to https servers (client-go clientcmd
 * client_config.go: "only try to read the auth information if we are secure",
 * IsConfigTransportTLS), so a server that requires a bearer token must speak TLS. The
 * kubeconfig carries this certificate as its certificate-authority-data.
 *
 * node:crypto makes keys and signatures but not certificates, so the X.509 structure
 * (RFC 5280) is DER-encoded here: a P-256 key, ECDSA-SHA256, SANs for the loopback names.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

export interface ServingCert {
  /** PEM certificate (also the CA the client trusts). */
  cert: string;
  /** PEM PKCS#8 private key. */
  key: string;
}

// --- minimal DER --------------------------------------------------------------------------

function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
const seq = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]): Buffer => tlv(0x31, Buffer.concat(items));
const ctx = (n: number, body: Buffer, constructed = true): Buffer => tlv((constructed ? 0xa0 : 0x80) | n, body);
const octets = (b: Buffer): Buffer => tlv(0x04, b);
const bitString = (b: Buffer): Buffer => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const bool = (v: boolean): Buffer => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, 'utf8'));

function integer(b: Buffer): Buffer {
  let body = b;
  while (body.length > 1 && body[0] === 0 && !(body[1] & 0x80)) body = body.subarray(1);
  if (body[0] & 0x80) body = Buffer.concat([Buffer.from([0]), body]);
  return tlv(0x02, body);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [parts[0] * 40 + parts[1]];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = p >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime for years before 2050, GeneralizedTime after (RFC 5280 4.1.2.5). */
function time(d: Date): Buffer {
  const iso = d.toISOString().replace(/[-:T]/g, '').slice(0, 14); // YYYYMMDDHHMMSS
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

function ipBytes(ip: string): Buffer {
  if (isIPv4(ip)) return Buffer.from(ip.split('.').map(Number));
  // Expand `::` and write eight 16-bit groups.
  const [head, tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return Buffer.concat(groups.map((g) => { const b = Buffer.alloc(2); b.writeUInt16BE(parseInt(g, 16)); return b; }));
}

const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  ecdsaSha256: '1.2.840.10045.4.3.2',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

const name = (cn: string): Buffer => seq(set(seq(oid(OID.organization), utf8('kubedojo'))), set(seq(oid(OID.commonName), utf8(cn))));
const ext = (id: string, critical: boolean, value: Buffer): Buffer => seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));

/**
 * A fresh self-signed certificate for `hosts` (IP addresses and DNS names), valid from an
 * hour ago for a year. `now` is the wall clock: TLS validity is the client's real time,
 * not the simulation's.
 */
export function makeServingCert(hosts: string[], now: Date = new Date()): ServingCert {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const sigAlg = seq(oid(OID.ecdsaSha256));
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  const sans = hosts.map((h) => (isIPv4(h) || isIPv6(h) ? ctx(7, ipBytes(h), false) : ctx(2, Buffer.from(h, 'ascii'), false)));
  const extensions = seq(
    ext(OID.keyUsage, true, tlv(0x03, Buffer.from([2, 0x84]))), // digitalSignature, keyCertSign (2 unused bits)
    ext(OID.extKeyUsage, false, seq(oid(OID.serverAuth))),
    ext(OID.basicConstraints, true, seq(bool(true))),
    ext(OID.subjectAltName, false, seq(...sans)),
  );
  const tbs = seq(
    ctx(0, integer(Buffer.from([2]))), // v3
    integer(serial),
    sigAlg,
    name('kubedojo-serve'), // issuer = subject: self-signed
    seq(time(new Date(now.getTime() - 3600_000)), time(new Date(now.getTime() + 365 * 86400_000))),
    name('kubedojo-serve'),
    spki,
    ctx(3, extensions),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, sigAlg, bitString(signature));
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
