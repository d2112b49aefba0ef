// Authorisation cases of international contacts (ADR 055). The organisation's list, its editor and
// the brokering are for its facilitators only (not its coaches, not another organisation: 403); an
// unknown or another organisation's contact is a 404. A school's page is for its coordinators (its
// staff 403); asking for a contact the school may not ask for is a 404, nothing written. Every POST
// here is an empty form (400) or an unknown id, so no case changes what another role reads.
import { only, page, post, type DemoIds, type RouteCase } from './route-matrix-support';

const list = '/werkruimte/[org]/internationaal';
const create = '/werkruimte/[org]/internationaal/nieuw';
const edit = '/werkruimte/[org]/internationaal/[contact]';
const school = '/school/[school]/internationaal';
const unknownId = '00000000-0000-4000-8000-000000000000';

export function internationalCases(ids: DemoIds): RouteCase[] {
  const contact = `/werkruimte/samana/internationaal/${ids.internationalContactId}`;
  return [
    page(list, '/werkruimte/samana/internationaal', only(['facilitator'], 200)),
    page(list, '/werkruimte/onderwijscentrum-gent/internationaal', only(['otherFacilitator'], 200)),
    ...['archive', 'accept', 'decline'].flatMap((action) => [
      post(list, '/werkruimte/samana/internationaal', action, only(['facilitator'], 400)),
      post(list, '/werkruimte/onderwijscentrum-gent/internationaal', action, only(['otherFacilitator'], 400))
    ]),
    // Unknown ids: the scoped update finds nothing.
    post(list, '/werkruimte/samana/internationaal', 'accept', only(['facilitator'], 404), { introductionId: unknownId }),
    post(list, '/werkruimte/samana/internationaal', 'archive', only(['facilitator'], 404), { contactId: unknownId, archive: 'yes' }),
    // Samana's contact from another organisation's workspace: not theirs.
    post(list, '/werkruimte/onderwijscentrum-gent/internationaal', 'archive', only(['otherFacilitator'], 404), { contactId: ids.internationalContactId, archive: 'yes' }),

    page(create, '/werkruimte/samana/internationaal/nieuw', only(['facilitator'], 200)),
    post(create, '/werkruimte/samana/internationaal/nieuw', 'create', only(['facilitator'], 400)),
    post(create, '/werkruimte/onderwijscentrum-gent/internationaal/nieuw', 'create', only(['otherFacilitator'], 400)),

    page(edit, contact, only(['facilitator'], 200)),
    page(edit, `/werkruimte/samana/internationaal/${unknownId}`, only(['facilitator'], 404)),
    page(edit, '/werkruimte/samana/internationaal/geen-id', only(['facilitator'], 404)),
    page(edit, `/werkruimte/onderwijscentrum-gent/internationaal/${ids.internationalContactId}`, only(['otherFacilitator'], 404)),
    post(edit, contact, 'save', only(['facilitator'], 400)),
    post(edit, `/werkruimte/onderwijscentrum-gent/internationaal/${ids.internationalContactId}`, 'save', only(['otherFacilitator'], 404)),

    page(school, '/school/913204/internationaal', only(['coordinator'], 200)),
    page(school, '/school/931187/internationaal', only(['otherCoordinator'], 200)),
    page(school, '/school/000000/internationaal', only([], 200, 404)),
    post(school, '/school/913204/internationaal', 'request', only(['coordinator'], 400)),
    post(school, '/school/931187/internationaal', 'request', only(['otherCoordinator'], 400)),
    // Tom's school is no member of Samana this year: Samana's contact does not exist for it.
    post(school, '/school/931187/internationaal', 'request', only(['otherCoordinator'], 404),
      { contactId: ids.internationalContactId, message: 'Graag kennismaken met collega’s in Engeland.' })
  ];
}
