// Authorisation cases of travel board, reactions and moderation, training requests (issue 5).
// Joining the travel board is tried on the study day, where none of the eight roles holds a seat, so
// every role is refused (the community journey registers two other demo people there); the
// network-only exchange day is not used for it because a role may hold a seat there. Participants
// joining are covered by the db tests and the journey.
import { everyone, only, page, post, samanaActivity, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';

const samana = `/activiteiten/${samanaActivity.org}/${samanaActivity.slug}`;
const studyDay = '/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden';
const exchangeDay = '/activiteiten/samana/uitwisselingsdag-2027';
// The exchange day does not exist outside its network (404, for visitors too); Samana's facilitator sees it but holds no seat.
const networkOnly = (status: number) => only(['facilitator'], status, 404, 404);

const travelRoute = '/activiteiten/[org]/[activity]/samen-reizen';
const reactionsRoute = '/activiteiten/[org]/[activity]/reacties';
const moderationRoute = '/werkruimte/[org]/activiteiten/[activity]/reacties';
const moderation = `/werkruimte/${samanaActivity.org}/activiteiten/${samanaActivity.slug}/reacties`;
const schoolRoute = '/school/[school]/vormingsaanvragen';
const inboxRoute = '/werkruimte/[org]/vormingsaanvragen';

const unknownId = '00000000-0000-4000-8000-000000000000';
// A complete, valid plan for a request that does not exist: the guard passes, the scoped accept finds nothing.
const planForUnknownRequest = {
  requestId: unknownId, title: 'Vorming op maat', startDate: '2030-03-12', startTime: '13:30', endDate: '2030-03-12',
  endTime: '16:30', location: 'Op school', capacity: '20', deadlineDate: '2030-03-01'
};

export function communityCases(_ids: DemoIds): RouteCase[] {
  return [
    page(travelRoute, `${samana}/samen-reizen`, everyone(200)),
    page(travelRoute, `${exchangeDay}/samen-reizen`, networkOnly(200)),
    post(travelRoute, `${studyDay}/samen-reizen`, 'save', signedIn(403)),
    // Erasing one's own entry is always allowed; an empty form erases nothing.
    post(travelRoute, `${studyDay}/samen-reizen`, 'withdraw', signedIn(400)),
    post(travelRoute, `${exchangeDay}/samen-reizen`, 'withdraw', networkOnly(400)),

    page(reactionsRoute, `${samana}/reacties`, everyone(200)),
    page(reactionsRoute, `${exchangeDay}/reacties`, networkOnly(200)),
    post(reactionsRoute, `${samana}/reacties`, 'post', signedIn(400)),
    post(reactionsRoute, `${exchangeDay}/reacties`, 'post', networkOnly(400)),
    post(reactionsRoute, `${samana}/reacties`, 'delete', signedIn(400)),
    // Someone else's (or no) reaction: the author is checked in SQL, nothing is deleted.
    post(reactionsRoute, `${samana}/reacties`, 'delete', signedIn(404), { reactionId: unknownId }),

    page(moderationRoute, moderation, only(['facilitator'], 200)),
    page(moderationRoute, '/werkruimte/samen-tegen-schooluitval/activiteiten/studiedag-praktijkvoorbeelden/reacties', only([], 200)),
    page(moderationRoute, '/werkruimte/samana/activiteiten/bestaat-niet/reacties', only(['facilitator'], 404)),
    ...['hide', 'unhide', 'delete'].map((action) => post(moderationRoute, moderation, action, only(['facilitator'], 400))),
    post(moderationRoute, moderation, 'hide', only(['facilitator'], 404), { reactionId: unknownId }),

    page(schoolRoute, '/school/913204/vormingsaanvragen', only(['staff', 'coordinator'], 200)),
    page(schoolRoute, '/school/931187/vormingsaanvragen', only(['otherCoordinator'], 200)),
    page(schoolRoute, '/school/000000/vormingsaanvragen', only([], 200, 404)),
    post(schoolRoute, '/school/913204/vormingsaanvragen', 'submit', only(['coordinator'], 400)),
    post(schoolRoute, '/school/931187/vormingsaanvragen', 'submit', only(['otherCoordinator'], 400)),

    page(inboxRoute, '/werkruimte/samana/vormingsaanvragen', only(['facilitator'], 200)),
    page(inboxRoute, '/werkruimte/onderwijscentrum-gent/vormingsaanvragen', only(['coach', 'otherFacilitator'], 200)),
    ...['decline', 'accept'].flatMap((action) => [
      post(inboxRoute, '/werkruimte/samana/vormingsaanvragen', action, only(['facilitator'], 400)),
      // Coaches read the inbox but do not decide.
      post(inboxRoute, '/werkruimte/onderwijscentrum-gent/vormingsaanvragen', action, only(['otherFacilitator'], 400))
    ]),
    post(inboxRoute, '/werkruimte/samana/vormingsaanvragen', 'accept', only(['facilitator'], 404), planForUnknownRequest)
  ];
}
