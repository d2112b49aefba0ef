// Seeds the practice examples of seed 002 through the editor's schema and the mutation's columns,
// each with its first revision, in the demo's one transaction.
import { exampleColumns } from '$lib/features/library/mutations.server';
import { exampleSchema } from '$lib/features/library/schema';
import { slugFromTitle } from '$lib/features/library/rules';
import type { Tx } from './client';
import { demoExamples } from './demo-library';
import { practiceExampleRevisions, practiceExamples, practiceExampleSources } from './schema';

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
    await tx.insert(practiceExampleRevisions).values({
      exampleId, revision: 1, title: input.title, summary: input.summary, body: input.body, status: demo.status, editedBy: editorId ?? null
    });
  }
}
