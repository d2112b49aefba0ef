// Authorisation cases of joining a school, its inboxes and its mail domains (issue 13, ADR 028).
// Sint-Jozef (916835) has no coordinator and is in Samana's pilot group this year, so Samana's
// facilitator decides its requests; an empty or unknown request changes nothing.
import { everyone, only, page, post, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';

const unknownRequest = { requestId: '00000000-0000-4000-8000-000000000000', decision: 'approve' };

export function schoolsCases(_ids: DemoIds): RouteCase[] {
  return [
    page('/aansluiten', '/aansluiten?q=sint', signedIn(200)),
    page('/aansluiten/[school]', '/aansluiten/916835', signedIn(200)),
    page('/aansluiten/[school]', '/aansluiten/brin-31qx00', signedIn(200)),
    page('/aansluiten/[school]', '/aansluiten/000000', { ...everyone(404), visitor: 303 }),
    // An empty form is refused by the schema before anything is asked or counted.
    post('/aansluiten/[school]', '/aansluiten/916835', undefined, signedIn(400)),

    page('/werkruimte/[org]/aansluitingen', '/werkruimte/samana/aansluitingen', only(['facilitator'], 200)),
    page('/werkruimte/[org]/aansluitingen', '/werkruimte/onderwijscentrum-gent/aansluitingen', only(['otherFacilitator'], 200)),
    post('/werkruimte/[org]/aansluitingen', '/werkruimte/samana/aansluitingen', 'decideJoin', only(['facilitator'], 400)),
    post('/werkruimte/[org]/aansluitingen', '/werkruimte/samana/aansluitingen', 'decideJoin', only(['facilitator'], 404), unknownRequest),
    post('/werkruimte/[org]/aansluitingen', '/werkruimte/onderwijscentrum-gent/aansluitingen', 'decideJoin', only(['otherFacilitator'], 400)),

    page('/beheer/aansluitingen', '/beheer/aansluitingen', only(['admin'], 200)),
    post('/beheer/aansluitingen', '/beheer/aansluitingen', 'decideJoin', only(['admin'], 400)),
    post('/beheer/aansluitingen', '/beheer/aansluitingen', 'decideJoin', only(['admin'], 404), unknownRequest),

    ...['decideJoin', 'addDomain', 'removeDomain'].map((action) => post('/school/[school]/team', '/school/913204/team', action, only(['coordinator'], 400))),
    post('/school/[school]/team', '/school/913204/team', 'decideJoin', only(['coordinator'], 404), unknownRequest),
    page('/school/[school]', '/school/brin-31QX00', only([], 200)),
    page('/school/[school]/team', '/school/931187/team', only(['otherCoordinator'], 200))
  ];
}
