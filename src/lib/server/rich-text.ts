// Rich text (ADR 042): people write Markdown in a plain textarea (an editor toolbar only adds
// Markdown to it); the server turns it into HTML with marked and then keeps only an allow-list
// with sanitize-html. Every domain that shows someone's formatted text (practice examples, the
// newsletter) renders it through `renderRichText` and prints the result with {@html}.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** The tags a rich text may contain; everything else is dropped (its text stays, except script-like tags). */
export const richTextTags = ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'h3', 'blockquote', 'code', 'pre', 'hr'] as const;

/** Longest source accepted by the schemas that take rich text (characters of Markdown). */
export const richTextMaxLength = 20_000;

// One instance with its own options, so no other caller of marked changes how we parse.
const markdown = new Marked({ gfm: true, breaks: true, async: false });

const heading = (): sanitizeHtml.Transformer => (_tag, attribs) => ({ tagName: 'h3', attribs });

const options: sanitizeHtml.IOptions = {
  allowedTags: [...richTextTags],
  // rel is the one we add below; anything a writer sets is replaced.
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // The page already has its h1 and section h2; any heading in a text is a sub-heading (axe heading order).
  transformTags: {
    h1: heading(), h2: heading(), h4: heading(), h5: heading(), h6: heading(),
    b: 'strong',
    i: 'em',
    // Only absolute links: a relative one would point into the platform under someone else's words.
    a: (tagName, attribs) => {
      const href = attribs.href?.trim() ?? '';
      const kept: sanitizeHtml.Attributes = /^(https?:\/\/|mailto:)/i.test(href) ? { href, rel: 'nofollow noopener ugc' } : {};
      return { tagName, attribs: kept };
    }
  },
  disallowedTagsMode: 'discard',
  // Their content is code or markup, never text to keep.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']
};

/** The sanitised HTML of a Markdown source: safe to print with {@html} on any page. */
export function renderRichText(source: string): string {
  const html = markdown.parse(source) as string;
  return sanitizeHtml(html, options).trim();
}

/** The words of a rich text without markup, for search and summaries. */
export function richTextPlain(source: string): string {
  const text = sanitizeHtml(renderRichText(source), { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' })[name] ?? '');
}
