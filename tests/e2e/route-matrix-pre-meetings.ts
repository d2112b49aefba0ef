// Authorisation cases of the pre-meeting poll and questions (issue 5).
// The participant's actions are tried on the public study day, where none of the eight roles holds
// a seat (no journey registers there), so every signed-in role is refused and visitors are sent to
// sign in. Participants themselves are covered by the db tests and pre-meeting.e2e.ts.
import { everyone, only, page, post, samanaActivity, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';

const manageRoute = '/werkruimte/[org]/activiteiten/[activity]/voorbereiding';
const manage = `/werkruimte/${samanaActivity.org}/activiteiten/${samanaActivity.slug}/voorbereiding`;
const publicRoute = '/activiteiten/[org]/[activity]/voorbereiding';
const samanaPublic = `/activiteiten/${samanaActivity.org}/${samanaActivity.slug}/voorbereiding`;
const studyDay = '/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden/voorbereiding';

export function preMeetingsCases(_ids: DemoIds): RouteCase[] {
  return [
    page(manageRoute, manage, only(['facilitator'], 200)),
    ...['settings', 'addOption', 'removeOption', 'pick', 'theme'].map((action) => post(manageRoute, manage, action, only(['facilitator'], 400))),
    page(manageRoute, '/werkruimte/samana/activiteiten/bestaat-niet/voorbereiding', only(['facilitator'], 404)),

    page(publicRoute, samanaPublic, everyone(200)),
    // A network's activity (and so its pre-meeting) does not exist outside its audience.
    page(publicRoute, '/activiteiten/samana/uitwisselingsdag-2027/voorbereiding', only(['facilitator'], 200, 404, 404)),
    ...['vote', 'ask', 'deleteQuestion'].map((action) => post(publicRoute, studyDay, action, signedIn(403))),
    page(`${publicRoute}/ics`, `${studyDay}/ics`, signedIn(403))
  ];
}
