// Authorisation cases of registering (a colleague on its own step), changing, cancelling; the activity .ics.
import { everyone, only, page, post, samanaActivity, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';

const registerRoute = '/activiteiten/[org]/[activity]/inschrijven';
const colleagueRoute = `${registerRoute}/collega`;
const icsRoute = '/activiteiten/[org]/[activity]/ics';
const training = `/activiteiten/${samanaActivity.org}/${samanaActivity.slug}`;
// Samana's exchange day is for its network's members: it does not exist for outsiders (404).
const exchangeDay = '/activiteiten/samana/uitwisselingsdag-2027';
// Nobody holds a seat for the study day in the demo, so its .ics is 404 for every signed-in role.
const studyDay = '/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden';
const actions = ['interest', 'register', 'update', 'cancel'];

export function registrationsCases(_ids: DemoIds): RouteCase[] {
  return [
    // Visitors are sent to sign in; every signed-in person is in a public activity's audience.
    page(registerRoute, `${training}/inschrijven`, signedIn(200)),
    page(registerRoute, `${exchangeDay}/inschrijven`, only(['facilitator'], 200, 404, 404)),
    // An empty form is refused by validation (400) after the guard let the person through: nothing changes.
    ...actions.map((a) => post(registerRoute, `${training}/inschrijven`, a, signedIn(400))),
    ...actions.map((a) => post(registerRoute, `${exchangeDay}/inschrijven`, a, only(['facilitator'], 400, 404, 404))),
    // Registering a colleague is its own step, for the same audience.
    page(colleagueRoute, `${training}/inschrijven/collega`, signedIn(200)),
    page(colleagueRoute, `${exchangeDay}/inschrijven/collega`, only(['facilitator'], 200, 404, 404)),
    post(colleagueRoute, `${training}/inschrijven/collega`, 'register', signedIn(400)),
    post(colleagueRoute, `${exchangeDay}/inschrijven/collega`, 'register', only(['facilitator'], 400, 404, 404)),
    // The .ics is only for a person holding a seat.
    page(icsRoute, `${studyDay}/ics`, signedIn(404)),
    page(icsRoute, `${exchangeDay}/ics`, everyone(404))
  ];
}
