/**
 * The notation of the message tables in ./descriptors and its parser.
 *
 * One table entry per message; each field is a token `<number>:<json name>:<type><mods>`:
 * - `<json name>` is the name in the JSON form; empty means the Go field is embedded with
 *   `json:",inline"` (Volume's VolumeSource, Probe's ProbeHandler): its keys join the parent.
 * - `<type>` is a scalar (string, int32, int64, bool, bytes, double, float), a well-known
 *   apimachinery type with its own JSON form (Time, MicroTime, Duration, Quantity,
 *   IntOrString, Raw for RawExtension/FieldsV1, Strings for ExtraValue) or another message.
 *   `[T]` is a repeated field, `{T}` a map with string keys.
 * - `?` the Go field is a pointer: present on the wire exactly when it is set, so it is kept
 *   even when zero.
 * - `!` the Go JSON tag has no `omitempty`: the zero value is written (null for nil slices,
 *   maps and pointers).
 *
 * Why the modifiers: Go's protobuf marshalling writes every non-pointer field, zero or not,
 * while encoding/json drops zero values of `omitempty` fields. Knowing both lets the decoder
 * produce the same JSON a client would have sent.
 */

export type MessageTable = Readonly<Record<string, string | readonly string[]>>;

export const SCALARS = ['string', 'int32', 'int64', 'bool', 'bytes', 'double', 'float'] as const;
export const WELL_KNOWN = ['Time', 'MicroTime', 'Duration', 'Quantity', 'IntOrString', 'Raw', 'Strings'] as const;
export type ScalarType = (typeof SCALARS)[number];
export type WellKnownType = (typeof WELL_KNOWN)[number];

export interface FieldSpec {
  num: number;
  /** '' for an inlined embedded struct. */
  json: string;
  type: string;
  kind: 'scalar' | 'wellKnown' | 'message';
  shape: 'single' | 'repeated' | 'map';
  pointer: boolean;
  /** No `omitempty`. */
  always: boolean;
}

export interface MessageSpec {
  name: string;
  /** In Go declaration order, which is the JSON key order. */
  fields: readonly FieldSpec[];
  byNumber: ReadonlyMap<number, FieldSpec>;
}

const FIELD = /^(\d+):(\w*):([[{]?)([\w.]+)([\]}]?)(\??)(!?)$/;

/** Parses one field token; undefined when it does not follow the notation. */
export function parseField(token: string): FieldSpec | undefined {
  const m = FIELD.exec(token);
  if (!m) return undefined;
  const [, num, json, open, type, close, ptr, bang] = m as unknown as string[];
  const shape = open === '[' && close === ']' ? 'repeated' : open === '{' && close === '}' ? 'map' : open || close ? undefined : 'single';
  if (!shape) return undefined;
  const kind = (SCALARS as readonly string[]).includes(type!)
    ? 'scalar'
    : (WELL_KNOWN as readonly string[]).includes(type!)
      ? 'wellKnown'
      : 'message';
  return { num: Number(num), json: json!, type: type!, kind, shape, pointer: ptr === '?', always: bang === '!' };
}

/**
 * Builds the message index from the tables. A malformed entry or a reference to a message
 * no table defines is a bug in the tables, so it throws (at module load, caught by tests).
 */
export function buildMessageIndex(tables: readonly MessageTable[]): ReadonlyMap<string, MessageSpec> {
  const index = new Map<string, MessageSpec>();
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (index.has(name)) throw new Error(`protobuf tables: message ${name} defined twice`);
      const tokens = (typeof entry === 'string' ? [entry] : entry).join(' ').split(/\s+/).filter(Boolean);
      const fields = tokens.map((t) => {
        const f = parseField(t);
        if (!f) throw new Error(`protobuf tables: bad field "${t}" in ${name}`);
        return f;
      });
      const byNumber = new Map(fields.map((f) => [f.num, f]));
      if (byNumber.size !== fields.length) throw new Error(`protobuf tables: ${name} repeats a field number`);
      index.set(name, { name, fields, byNumber });
    }
  }
  for (const spec of index.values()) {
    for (const f of spec.fields) {
      if (f.kind === 'message' && !index.has(f.type)) {
        throw new Error(`protobuf tables: ${spec.name}.${f.json || f.type} refers to unknown message ${f.type}`);
      }
    }
  }
  return index;
}
