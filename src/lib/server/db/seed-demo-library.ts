// Seeds the practice examples of seed 002 through the editor's schema and the mutation's columns,
// each with its first revision, in the demo's one transaction.
import { createHash } from 'node:crypto';
import { exampleColumns } from '$lib/features/library/mutations.server';
import { exampleSchema } from '$lib/features/library/schema';
import { attachmentFileName, checkAttachment, slugFromTitle } from '$lib/features/library/rules';
import type { Tx } from './client';
import { demoExamples } from './demo-library';
import { practiceExampleAttachments, practiceExampleRevisions, practiceExamples, practiceExampleSources } from './schema';

/** A PDF literal string in WinAnsi: parentheses and backslashes escaped, Latin-1 letters as octal. */
function pdfText(text: string): string {
  return [...text].map((c) => {
    const code = c.charCodeAt(0);
    if (c === '(' || c === ')' || c === '\\') return `\\${c}`;
    if (code < 128) return c;
    return code < 256 ? `\\${code.toString(8).padStart(3, '0')}` : '?';
  }).join('');
}

/**
 * A real one-page A4 PDF 1.4 (Helvetica, a title and lines of text) with a correct cross-reference
 * table, so any reader opens it and the upload check recognises it by its bytes (ADR 044).
 */
export function demoPdf(title: string, lines: string[]): Uint8Array {
  const text = [`BT /F1 18 Tf 56 780 Td (${pdfText(title)}) Tj ET`,
    ...lines.map((line, i) => `BT /F1 11 Tf 56 ${740 - i * 18} Td (${pdfText(line)}) Tj ET`)].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    `<< /Title (${pdfText(title)}) /Producer (Netwerkplein demo) >>`
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

export async function seedLibrary(tx: Tx, orgId: Map<string, string>, networkId: Map<string, string>, editorId: string | undefined): Promise<void> {
  for (const demo of demoExamples) {
    const input = exampleSchema.parse(demo.fields);
    const [row] = await tx.insert(practiceExamples).values({
      ...exampleColumns(input),
      organisationId: orgId.get(demo.organisationSlug ?? 'samen-tegen-schooluitval')!,
      networkId: networkId.get(demo.networkSlug)!,
      slug: slugFromTitle(input.title),
      status: demo.status,
      publishedAt: demo.status === 'published' ? new Date() : null
    }).returning({ id: practiceExamples.id });
    const exampleId = row!.id;
    if (input.outsideSources.length > 0) {
      await tx.insert(practiceExampleSources).values(input.outsideSources.map((s) => ({ exampleId, outsideTitle: s.title, outsideUrl: s.url })));
    }
    if (demo.attachment) {
      const check = checkAttachment(demoPdf(demo.attachment.title, demo.attachment.lines));
      if (!check.ok) throw new Error(`demo attachment: ${check.reason}`);
      await tx.insert(practiceExampleAttachments).values({
        exampleId, fileName: attachmentFileName(demo.attachment.fileName, check.kind), kind: check.kind, size: check.bytes.length,
        hash: createHash('sha256').update(check.bytes).digest('hex'), bytes: check.bytes, uploadedBy: editorId ?? null
      });
    }
    await tx.insert(practiceExampleRevisions).values({
      exampleId, revision: 1, title: input.title, summary: input.summary, body: input.body, status: demo.status, editedBy: editorId ?? null
    });
  }
}
