import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertOrganisation, insertPerson } from '../../../../tests/factories';
import { findAttachment, findExample, listAttachments } from './data.server';
import { addAttachment, createExample, removeAttachment } from './mutations.server';
import { exampleSchema } from './schema';
import type { ManagedExample } from './types';

// ADR 044: attachments are recognised by their bytes, kept in PostgreSQL, images without metadata.
const managed = (id: string) => grant('managed-example', id) as ManagedExample;
const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
// A 1×1 PNG with a tEXt chunk saying who took it.
const pngChunk = (type: string, data: number[]) => [0, 0, 0, data.length, ...[...type].map((c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0];
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ...pngChunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
  ...pngChunk('tEXt', [...'Author\0Jan Peeters'].map((c) => c.charCodeAt(0))),
  ...pngChunk('IDAT', [0x78, 0x9c, 0x63, 0, 0, 0, 2, 0, 1]),
  ...pngChunk('IEND', [])]);

let database: TestDatabase;
let example: ManagedExample;
let exampleId: string;
let editor: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const org = await insertOrganisation();
  editor = (await insertPerson()).id;
  const created = await createExample(brandOrganisation(org.id), editor, exampleSchema.parse({ title: 'Minder mazen, meer net', summary: 'Het Samen1Plan als kader en online instrument.' }), 'published');
  if (!created.ok) throw new Error(created.reason);
  exampleId = (await findExample(org.slug, created.slug))!.id;
  example = managed(exampleId);
});
afterAll(async () => { await database.close(); });

describe('attachments of a practice example', () => {
  it('refuses a file named .pdf whose bytes are HTML, and writes nothing', async () => {
    const html = new File(['<!doctype html><html><script>alert(1)</script></html>'], 'samen1plan.pdf', { type: 'application/pdf' });
    expect(await addAttachment(example, editor, html)).toEqual({ ok: false, reason: 'attachment-type' });
    expect(await addAttachment(example, editor, 'geen bestand')).toEqual({ ok: false, reason: 'attachment-empty' });
    expect(await listAttachments(exampleId)).toEqual([]);
  });

  it('keeps a real PDF under a cleaned name and the type of its bytes', async () => {
    expect(await addAttachment(example, editor, new File([pdf], '../Samen1Plan handleiding.exe', { type: 'text/html' }))).toEqual({ ok: true });
    const [file] = await listAttachments(exampleId);
    expect(file).toMatchObject({ fileName: 'Samen1Plan handleiding.pdf', kind: 'pdf', size: pdf.length });
    expect(new TextDecoder().decode((await findAttachment(exampleId, file!.id))!.bytes)).toBe(pdf);
    expect(await removeAttachment(managed(crypto.randomUUID()), file!.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await removeAttachment(example, file!.id)).toEqual({ ok: true });
    expect(await listAttachments(exampleId)).toEqual([]);
  });

  it('stores an image without its metadata', async () => {
    expect(await addAttachment(example, editor, new File([png], 'foto.png'))).toEqual({ ok: true });
    const [file] = await listAttachments(exampleId);
    const stored = (await findAttachment(exampleId, file!.id))!.bytes;
    expect(new TextDecoder('latin1').decode(stored)).not.toContain('Jan Peeters');
    expect(stored.length).toBe(png.length - 12 - 18);
  });
});
