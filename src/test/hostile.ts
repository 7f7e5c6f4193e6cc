import fc from 'fast-check';

/**
 * Hostile input for the fuzz suite: strings an attacker or a broken client sends, bodies
 * built from a route's own JSON schema with one field turned hostile (so they reach the
 * service and the database, not only the validator), and raw texts that are not JSON at all.
 */

/** The JSON Schema slice the OpenAPI document uses for request bodies. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  nullable?: boolean;
  default?: unknown;
}

/** What the fuzz sends: a JS value serialised as JSON, or a raw text body. */
export type FuzzBody = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; contentType: string };

/** Ids that exist nowhere, or are not ids at all. */
export const UNKNOWN_IDS = [
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  'not-an-id',
  "1' OR '1'='1",
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%E2%80%AE',
  '%F0%9F%92%A9',
  'a'.repeat(600),
  '-1',
  '1e309',
];

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');

/** Strings that have broken servers before. Short, so they pass length limits and reach the database. */
export const HOSTILE_STRINGS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE candidates; --",
  "Robert'); DELETE FROM users; --",
  '1 OR 1=1',
  '$1',
  '%s%s%s%n',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '{{7*7}}${7*7}',
  '\u0000',
  `nul\u0000inside`,
  CONTROL,
  '\uD800',
  'lone \uDFFF surrogate',
  '\uFEFF\u200B\u202E',
  '🧪'.repeat(20),
  '__proto__',
  'constructor',
  ' ',
  '',
  'x'.repeat(5000),
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** Values of the wrong type for any field. */
const wrongType = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [null], ['a', 1], { a: 1 }),
  fc.integer(),
  fc.double(),
);

/** Objects trying to pollute prototypes; sent as raw text, since JSON.stringify drops a real `__proto__` key. */
const POLLUTERS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"},"__proto__":null}',
  '{"a":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
];

/** Texts that are not valid JSON, or are JSON of the wrong kind. */
const MALFORMED = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '[',
  'nul',
  'undefined',
  'NaN',
  '\uFEFF{}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '"just a string"',
  '42',
  'null',
  '[]',
  '{"a":1}{"b":2}',
  '{"a":1e99999}',
];

/** Real ids for a body field (by its name, e.g. roleId or interviewerIds), when the caller has some. */
export type IdsFor = (key: string) => string[] | undefined;

const WORD = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');

/** A value that satisfies the schema where it easily can, so the request reaches the service. */
function validish(schema: JsonSchema | undefined, idsFor: IdsFor, depth = 0, key = ''): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.constant('x');
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt?.length) return fc.oneof(...alt.map((s) => validish(s, idsFor, depth + 1, key)));
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      const rec: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of props) rec[k] = validish(s, idsFor, depth + 1, k);
      return fc.record(rec, { requiredKeys: schema.required?.filter((k) => k in rec) ?? [] });
    }
    case 'array':
      return fc.array(validish(schema.items, idsFor, depth + 1, key), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'integer':
    case 'number':
      return fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 100, 2 ** 31) });
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'uuid') {
        const real = idsFor(key) ?? [];
        return real.length
          ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...real) }, fc.constant(UNKNOWN_IDS[0]))
          : fc.constantFrom(...UNKNOWN_IDS.slice(0, 2));
      }
      if (schema.format === 'date-time') return fc.constant('2026-12-01T10:00:00Z');
      if (schema.format === 'date') return fc.constant('2026-12-15');
      if (schema.format === 'email' || /email/i.test(key)) return fc.constant('fuzz@example.com');
      if (schema.format === 'uri' || /url/i.test(key)) return fc.constant('https://example.com/hook');
      if (schema.pattern) {
        const max = schema.maxLength ?? 60;
        return fc
          .stringMatching(new RegExp(schema.pattern))
          .filter((x) => x.length <= max && x.length >= (schema.minLength ?? 0));
      }
      // Letters only: trimmed and checked fields still pass, so the body reaches the service.
      return fc.string({
        unit: WORD,
        minLength: schema.minLength ?? 0,
        maxLength: Math.max(schema.minLength ?? 0, 30),
      });
    default:
      return fc.constant(null);
  }
}

/** Replace one field (by a path of keys) with a hostile value. */
function withField(value: unknown, path: string[], hostile: unknown): unknown {
  if (path.length === 0) return hostile;
  const [head, ...rest] = path as [string, ...string[]];
  const base = value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  (base as Record<string, unknown>)[head] = withField((base as Record<string, unknown>)[head], rest, hostile);
  return base;
}

/** Every dotted path to a leaf property in the schema (objects only, not array items). */
function leafPaths(schema: JsonSchema | undefined, prefix: string[] = []): string[][] {
  const props = Object.entries(schema?.properties ?? {});
  if (props.length === 0) return prefix.length ? [prefix] : [];
  return props.flatMap(([k, s]) => [[...prefix, k], ...(s.properties ? leafPaths(s, [...prefix, k]) : [])]);
}

/** A deeply nested object, built without recursion. */
function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v, b: [v === 'bottom' ? 1 : null] };
  return v;
}

/** Bodies for a route whose request body follows `schema` (undefined when it takes none). */
export function hostileBody(schema: JsonSchema | undefined, idsFor: IdsFor = () => undefined): fc.Arbitrary<FuzzBody> {
  const json = (a: fc.Arbitrary<unknown>) => a.map((value): FuzzBody => ({ kind: 'json', value }));
  const raw = (a: fc.Arbitrary<string>, contentType = 'application/json') =>
    a.map((text): FuzzBody => ({ kind: 'raw', text, contentType }));
  const paths = leafPaths(schema);
  const base = validish(schema, idsFor);
  const mutated = paths.length
    ? fc
        .tuple(base, fc.constantFrom(...paths), fc.oneof(hostileString, wrongType, fc.constantFrom(...UNKNOWN_IDS)))
        .map(([b, p, h]) => withField(b, p, h))
    : hostileString.map((s) => ({ [s]: s }));
  return fc.oneof(
    { weight: 8, arbitrary: json(mutated) },
    { weight: 3, arbitrary: json(base) },
    { weight: 1, arbitrary: raw(fc.constantFrom(...MALFORMED)) },
    { weight: 1, arbitrary: raw(fc.constantFrom(...POLLUTERS)) },
    { weight: 1, arbitrary: json(fc.oneof(wrongType, fc.array(base, { maxLength: 2 }))) },
    { weight: 1, arbitrary: json(fc.constantFrom(5, 200, 2000).map(nested)) },
    {
      weight: 1,
      // ~1 MB (under the body limit: the schema refuses it) and just over the limit (413).
      arbitrary: json(
        fc
          .constantFrom(1_000_000, 1024 * 1024 + 1)
          .chain((n) =>
            paths.length
              ? base.chain((b) => fc.constantFrom(...paths).map((p) => withField(b, p, 'y'.repeat(n))))
              : fc.constant<unknown>({ big: 'y'.repeat(n) }),
          ),
      ),
    },
    { weight: 1, arbitrary: raw(hostileString, 'text/plain') },
  );
}
