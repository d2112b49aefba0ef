// Authorisation cases of provincial networks (ADR 052): the umbrella's public page, a network's
// umbrella/contacts/moderators page in the workspace and a study day's presentations. Facilitators
// change them; a network's moderator (role `moderator`, Oost-Vlaanderen) is refused everywhere here.
import { everyone, only, page, post, type DemoIds, type RouteCase } from './route-matrix-support';

const structureRoute = '/werkruimte/[org]/netwerken/[network]/koepel';
const samana = '/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers/koepel';
const gent = '/werkruimte/onderwijscentrum-gent/netwerken/samen-maakt-school/koepel';
const oost = '/werkruimte/samen-tegen-schooluitval/netwerken/samen-tegen-schooluitval-oost-vlaanderen/koepel';
const presentationsRoute = '/werkruimte/[org]/activiteiten/[activity]/presentaties';
const studyDay = '/werkruimte/samen-tegen-schooluitval/activiteiten/studiedag-praktijkvoorbeelden/presentaties';
const samanaStudyDay = '/werkruimte/samana/activiteiten/studiedag-jonge-mantelzorgers-2026/presentaties';
const notAStudyDay = '/werkruimte/samana/activiteiten/vorming-jonge-mantelzorgers-herkennen/presentaties';

export function provincialNetworksCases(_ids: DemoIds): RouteCase[] {
  return [
    page('/organisaties/[org]/netwerken/[network]', '/organisaties/samen-tegen-schooluitval/netwerken/netwerken-samen-tegen-schooluitval', everyone(200)),
    page('/activiteiten/[org]/[activity]', '/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden-2026', everyone(200)),
    page('/activiteiten/[org]/[activity]', '/activiteiten/samana/studiedag-jonge-mantelzorgers-2026', everyone(200)),

    page(structureRoute, samana, only(['facilitator'], 200)),
    page(structureRoute, gent, only(['coach', 'otherFacilitator'], 200)),
    page(structureRoute, oost, only([], 200)),
    // The empty umbrella form takes the network out of an umbrella it is not in: nothing changes.
    post(structureRoute, samana, 'umbrella', only(['facilitator'], 200)),
    post(structureRoute, oost, 'umbrella', only([], 200)),
    ...['addContact', 'removeContact', 'grant', 'revoke'].map((action) => post(structureRoute, samana, action, only(['facilitator'], 400))),
    // Coaches look but do not change; the moderator grants nothing, not even in her own network.
    post(structureRoute, gent, 'addContact', only(['otherFacilitator'], 400)),
    post(structureRoute, oost, 'grant', only([], 400)),
    post(structureRoute, oost, 'addContact', only([], 400)),

    page(presentationsRoute, studyDay, only([], 200)),
    page(presentationsRoute, samanaStudyDay, only(['facilitator'], 200)),
    post(presentationsRoute, samanaStudyDay, 'assign', only(['facilitator'], 400)),
    page(presentationsRoute, notAStudyDay, only(['facilitator'], 404)),
    post(presentationsRoute, studyDay, 'assign', only([], 400)),
    post(presentationsRoute, notAStudyDay, 'assign', only(['facilitator'], 404))
  ];
}
