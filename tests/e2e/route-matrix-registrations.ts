// Authorisation cases of registering, changing, cancelling; the activity .ics (issue 5).
import { everyone, only, page, post, samanaActivity, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';

const registerRoute = '/activiteiten/[org]/[activity]/inschrijven';
const icsRoute = '/activiteiten/[org]/[activity]/ics';
const training = `/activiteiten/${samanaActivity.org}/${samanaActivity.slug}`;
// Samana's exchange day is for its network's members: it does not exist for outsiders (404).
const exchangeDay = '/activiteiten/samana/uitwisselingsdag-2027';
// Nobody holds a seat for the study day in the demo, so its .ics is 404 for every signed-in role.
const studyDay = '/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden';
const actions = ['interest', 'register', 'registerColleague', 'update', 'cancel'];

export function registrationsCases(_ids: DemoIds): RouteCase[] {
  return [
    // Visitors are sent to sign in; every signed-in person is in a public activity's audience.
    page(registerRoute, `${training}/inschrijven`, signedIn(200)),
    page(registerRoute, `${exchangeDay}/inschrijven`, only(['facilitator'], 200, 404, 404)),
    // An empty form is refused by validation (400) after the guard let the person through: nothing changes.
    ...actions.map((a) => post(registerRoute, `${training}/inschrijven`, a, signedIn(400))),
    ...actions.map((a) => post(registerRoute, `${exchangeDay}/inschrijven`, a, only(['facilitator'], 400, 404, 404))),
    // The .ics is only for a person holding a seat.
    page(icsRoute, `${studyDay}/ics`, signedIn(404)),
    page(icsRoute, `${exchangeDay}/ics`, everyone(404))
  ];
}
