// Generated form bodies for the action fuzz suite (src/lib/server/action-fuzz.db.test.ts): what a
// hostile or broken client can post, as fast-check arbitraries.
import fc from 'fast-check';

export interface FuzzInput {
  body: BodyInit;
  headers: Record<string, string>;
  /** A short description for the report (never the 1 MB value itself). */
  describe: string;
}

const megabyte = 'x'.repeat(1_000_000);

const plausible = fc.constantFrom(
  '', ' ', 'on', 'ja', 'nee', '0', '-1', '3', '1e309', 'NaN', '2027-02-30', '2027-03-10', '25:61', '10:00', '695,50',
  'https://example.org', 'javascript:alert(1)', '<script>alert(1)</script>', "'; drop table people; --", '2023-2024', '913204',
  'facilitator@demo.netwerkplein.example', 'netwerkplein-demo', '00000000-0000-0000-0000-000000000000', '../../etc/passwd', '//evil.example'
);

/** One text value: random text, every C0 control character, lone surrogates, 1 MB, plausible values. */
export const fuzzValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 31 }).map((code) => `vóór${String.fromCharCode(code)}na`) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', 'a\udc00b', '\udbff\ud800x', '\u007f', '\ufffd') },
  { weight: 4, arbitrary: plausible },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constant(megabyte) }
);

function describeValue(value: string | File): string {
  if (typeof value !== 'string') return 'file';
  if (value.length > 60) return `${value.length} chars`;
  return JSON.stringify(value);
}

type Entry = [string, string | File];

/** Bodies for a form with these fields: repeated, missing and unknown fields, files, wrong types. */
export function fuzzBody(fields: string[]): fc.Arbitrary<FuzzInput> {
  const name = fc.oneof(
    { weight: 6, arbitrary: fields.length > 0 ? fc.constantFrom(...fields) : fc.constant('leeg') },
    { weight: 1, arbitrary: fc.constantFrom('leeg', 'id', 'confirm', 'terug', 'personId', 'q_x', 'extra_x') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
  );
  const file = fc.uint8Array({ maxLength: 64 }).map((bytes) => new File([bytes], 'bestand.xlsx', { type: 'application/octet-stream' }));
  const entry: fc.Arbitrary<Entry> = fc.tuple(name, fc.oneof({ weight: 9, arbitrary: fuzzValue }, { weight: 1, arbitrary: file }));
  // Every field once with a value: gets past "required" more often, so the mutations are reached too.
  const complete = fc.tuple(...(fields.length > 0 ? fields : ['leeg']).map((field) => fuzzValue.map((value): Entry => [field, value])));
  const entries = fc.oneof(fc.array(entry, { maxLength: 12 }), complete.map((list) => [...list]),
    fc.tuple(complete, fc.array(entry, { maxLength: 4 })).map(([list, more]) => [...list, ...more]));
  const kind = fc.constantFrom('urlencoded', 'multipart', 'multipart', 'malformed-multipart', 'json', 'truncated-multipart');
  return fc.tuple(kind, entries).map(([bodyKind, list]): FuzzInput => {
    const describe = `${bodyKind} ${list.map(([k, v]) => `${JSON.stringify(k)}=${describeValue(v)}`).join('&').slice(0, 300)}`;
    switch (bodyKind) {
      case 'urlencoded': {
        const params = new URLSearchParams();
        for (const [k, v] of list) params.append(k, typeof v === 'string' ? v : 'bestand');
        return { body: params, headers: { 'content-type': 'application/x-www-form-urlencoded' }, describe };
      }
      case 'multipart': {
        const form = new FormData();
        for (const [k, v] of list) form.append(k, v);
        return { body: form, headers: {}, describe };
      }
      case 'truncated-multipart': {
        const text = list.map(([k, v]) => `--b0undary\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v.slice(0, 100) : ''}\r\n`).join('');
        return { body: text, headers: { 'content-type': 'multipart/form-data; boundary=b0undary' }, describe };
      }
      case 'malformed-multipart':
        return { body: 'dit is geen multipart', headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, describe };
      default:
        return { body: JSON.stringify(Object.fromEntries(list.map(([k, v]) => [k, typeof v === 'string' ? v : null]))), headers: { 'content-type': 'application/json' }, describe };
    }
  });
}
