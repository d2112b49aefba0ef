// Authorisation cases of the practice library (issue 17). Published examples are public; a draft
// or an example awaiting approval is a 404 for everyone on the public side (the library journey
// checks Limburg's before and after it is published, as the matrix must not depend on that state).
// The workspace is for the organisation's facilitators (write) and coaches (read).
import { everyone, only, page, post, type DemoIds, type RouteCase } from './route-matrix-support';

const listRoute = '/praktijkvoorbeelden';
const exampleRoute = '/praktijkvoorbeelden/[org]/[example]';
const attachmentRoute = `${exampleRoute}/bijlagen/[attachment]`;
const wsRoute = '/werkruimte/[org]/praktijkvoorbeelden';
const samanaExample = 'jonge-mantelzorgers-herkennen-op-school';
const samana = '/werkruimte/samana/praktijkvoorbeelden';
const gent = '/werkruimte/onderwijscentrum-gent/praktijkvoorbeelden';
const stsu = '/werkruimte/samen-tegen-schooluitval/praktijkvoorbeelden';

const feedRoute = '/praktijkvoorbeelden/feed.atom';
const orgFeedRoute = '/praktijkvoorbeelden/[org]/feed.atom';
const apiList = '/api/v1/practice-examples';
const apiExample = '/api/v1/practice-examples/[id]';
const wsAttachment = `${wsRoute}/[example]/bijlagen/[attachment]`;
const noId = '00000000-0000-4000-8000-000000000000';

export function libraryCases({ exampleId, exampleAttachmentId }: DemoIds): RouteCase[] {
  return [
    // ADR 051: the Atom feeds and the API show published examples to everyone.
    page(feedRoute, feedRoute, everyone(200)),
    page(orgFeedRoute, '/praktijkvoorbeelden/samen-tegen-schooluitval/feed.atom', everyone(200)),
    page(orgFeedRoute, '/praktijkvoorbeelden/bestaat-niet/feed.atom', everyone(404)),
    page(apiList, apiList, everyone(200)),
    page(apiList, `${apiList}?q=spijbelaars&province=antwerpen&page=abc`, everyone(200)),
    { route: apiList, method: 'OPTIONS', path: apiList, expect: everyone(204) },
    page(apiExample, `${apiList}/${exampleId}`, everyone(200)),
    page(apiExample, `${apiList}/${noId}`, everyone(404)),
    page(apiExample, `${apiList}/geen-uuid`, everyone(404)),
    { route: apiExample, method: 'OPTIONS', path: `${apiList}/${exampleId}`, expect: everyone(204) },
    page(attachmentRoute, `/praktijkvoorbeelden/samen-tegen-schooluitval/trajectbegeleiding/bijlagen/${exampleAttachmentId}`, everyone(200)),
    // The workspace's download, drafts included, for those who read the organisation's library.
    // Sofie Baert moderates Oost-Vlaanderen, whose example Trajectbegeleiding is: she edits it, so she downloads its files (ADR 052).
    page(wsAttachment, `${stsu}/trajectbegeleiding/bijlagen/${exampleAttachmentId}`, only(['moderator'], 200)),
    page(wsAttachment, `${samana}/${samanaExample}/bijlagen/${noId}`, only(['facilitator'], 404)),
    page(wsAttachment, `${gent}/${samanaExample}/bijlagen/${noId}`, only(['coach', 'otherFacilitator'], 404)),

    page(listRoute, listRoute, everyone(200)),
    page(listRoute, '/praktijkvoorbeelden?q=spijbelaars&province=antwerpen', everyone(200)),
    page(exampleRoute, `/praktijkvoorbeelden/samana/${samanaExample}`, everyone(200)),
    page(exampleRoute, '/praktijkvoorbeelden/samen-tegen-schooluitval/trajectbegeleiding', everyone(200)),
    page(exampleRoute, '/praktijkvoorbeelden/samen-tegen-schooluitval/bestaat-niet', everyone(404)),
    // An attachment that is not this published example's, and any attachment of an unknown example (ADR 044).
    page(attachmentRoute, `/praktijkvoorbeelden/samana/${samanaExample}/bijlagen/00000000-0000-4000-8000-000000000000`, everyone(404)),
    page(attachmentRoute, '/praktijkvoorbeelden/samana/bestaat-niet/bijlagen/00000000-0000-4000-8000-000000000000', everyone(404)),

    page(wsRoute, samana, only(['facilitator'], 200)),
    page(wsRoute, gent, only(['coach', 'otherFacilitator'], 200)),
    // The moderator of Oost-Vlaanderen (ADR 052) reaches her network's examples only.
    page(wsRoute, stsu, only(['moderator'], 200)),
    page(`${wsRoute}/nieuw`, `${stsu}/nieuw`, only([], 200)),
    post(`${wsRoute}/nieuw`, `${stsu}/nieuw`, 'create', only([], 400)),

    page(`${wsRoute}/nieuw`, `${samana}/nieuw`, only(['facilitator'], 200)),
    // Coaches read the library but do not write.
    page(`${wsRoute}/nieuw`, `${gent}/nieuw`, only(['otherFacilitator'], 200)),
    post(`${wsRoute}/nieuw`, `${samana}/nieuw`, 'create', only(['facilitator'], 400)),
    post(`${wsRoute}/nieuw`, `${gent}/nieuw`, 'create', only(['otherFacilitator'], 400)),

    page(`${wsRoute}/[example]`, `${samana}/${samanaExample}`, only(['facilitator'], 200)),
    page(`${wsRoute}/[example]`, `${samana}/bestaat-niet`, only(['facilitator'], 404)),
    // Another organisation's example is not found inside one's own workspace.
    page(`${wsRoute}/[example]`, `${gent}/${samanaExample}`, only(['coach', 'otherFacilitator'], 404)),
    page(`${wsRoute}/[example]`, `${stsu}/trajectbegeleiding`, only(['moderator'], 200)),
    post(`${wsRoute}/[example]`, `${stsu}/trajectbegeleiding`, 'save', only(['moderator'], 400)),
    post(`${wsRoute}/[example]`, `${stsu}/trajectbegeleiding`, 'attach', only(['moderator'], 400)),
    post(`${wsRoute}/[example]`, `${stsu}/trajectbegeleiding`, 'detach', only(['moderator'], 400)),
    // Another network's example is not found for her; the organisation's own people are refused first.
    page(`${wsRoute}/[example]`, `${stsu}/provinciaal-spijbelactieplan`, { ...only([], 200), moderator: 404 }),
    post(`${wsRoute}/[example]`, `${stsu}/provinciaal-spijbelactieplan`, 'save', { ...only([], 400), moderator: 404 }),
    post(`${wsRoute}/[example]`, `${stsu}/provinciaal-spijbelactieplan`, 'status', { ...only([], 400), moderator: 404 }),
    post(`${wsRoute}/[example]`, `${stsu}/provinciaal-spijbelactieplan`, 'attach', { ...only([], 400), moderator: 404 }),
    post(`${wsRoute}/[example]`, `${samana}/${samanaExample}`, 'save', only(['facilitator'], 400)),
    post(`${wsRoute}/[example]`, `${samana}/${samanaExample}`, 'status', only(['facilitator'], 400)),
    post(`${wsRoute}/[example]`, `${gent}/${samanaExample}`, 'save', only(['otherFacilitator'], 404)),
    // No file: refused at the field; no attachment id: refused by the schema.
    post(`${wsRoute}/[example]`, `${samana}/${samanaExample}`, 'attach', only(['facilitator'], 400)),
    post(`${wsRoute}/[example]`, `${samana}/${samanaExample}`, 'detach', only(['facilitator'], 400)),
    post(`${wsRoute}/[example]`, `${stsu}/trajectbegeleiding`, 'status', only(['moderator'], 400))
  ];
}
