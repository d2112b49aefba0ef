// Authorisation cases of the organiser's activity pages (list, new, edit) (issue 5).
// The list is for the organisation's facilitators and coaches; creating and editing only for its
// facilitators. Samana's cases: only Samana's facilitator passes. Onderwijscentrum Gent's: its
// coach reads the list but may not open the create form (canActivity 'create').
import { only, page, post, samanaActivity, type DemoIds, type RouteCase } from './route-matrix-support';

const list = '/werkruimte/[org]/activiteiten';
const create = `${list}/nieuw`;
const edit = `${list}/[activity]`;
const samanaEdit = `/werkruimte/${samanaActivity.org}/activiteiten/${samanaActivity.slug}`;
const editActions = [
  'details', 'addPart', 'editPart', 'removePart', 'movePart', 'addQuestion', 'editQuestion', 'removeQuestion', 'moveQuestion',
  'addExtra', 'editExtra', 'removeExtra'
];
// A well-formed id that is no item of this activity: refused as unknown, nothing changes.
const unknownItem = { id: '00000000-0000-4000-8000-000000000000', direction: 'up' };

export function activitiesCases(_ids: DemoIds): RouteCase[] {
  return [
    page(list, '/werkruimte/samana/activiteiten', only(['facilitator'], 200)),
    page(list, '/werkruimte/onderwijscentrum-gent/activiteiten', only(['coach', 'otherFacilitator'], 200)),
    page(create, '/werkruimte/samana/activiteiten/nieuw', only(['facilitator'], 200)),
    page(create, '/werkruimte/onderwijscentrum-gent/activiteiten/nieuw', only(['otherFacilitator'], 200)),
    post(create, '/werkruimte/samana/activiteiten/nieuw', 'create', only(['facilitator'], 400)),
    post(create, '/werkruimte/onderwijscentrum-gent/activiteiten/nieuw', 'create', only(['otherFacilitator'], 400)),
    page(edit, samanaEdit, only(['facilitator'], 200)),
    page(edit, '/werkruimte/samana/activiteiten/bestaat-niet', only(['facilitator'], 404)),
    ...editActions.map((action) => post(edit, samanaEdit, action, only(['facilitator'], 400))),
    ...['removePart', 'movePart', 'removeQuestion', 'moveQuestion', 'removeExtra'].map((action) =>
      post(edit, samanaEdit, action, only(['facilitator'], 404), unknownItem))
  ];
}
