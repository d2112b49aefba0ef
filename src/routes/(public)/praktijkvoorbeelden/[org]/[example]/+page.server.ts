import { attachmentPath } from '$lib/features/library/rules';
import { exampleLineage, listAttachments, relatedExamples } from '$lib/features/library/data.server';
import { requirePublishedExample } from '$lib/features/library/access.server';
import { renderRichText } from '$lib/server/rich-text';
import type { PageServerLoad } from './$types';

// Public: a published example with its lineage and related examples; anything else is a 404.
export const load: PageServerLoad = async (event) => {
  const { example } = await requirePublishedExample(event, event.params.org, event.params.example);
  const [lineage, related, files] = await Promise.all([exampleLineage(example.id), relatedExamples(example), listAttachments(example.id)]);
  const { body, ...shown } = example;
  const attachments = files.map((f) => ({ ...f, href: attachmentPath(event.params.org, example.slug, f.id) }));
  return { example: { ...shown, bodyHtml: renderRichText(body) }, lineage, related, attachments };
};
