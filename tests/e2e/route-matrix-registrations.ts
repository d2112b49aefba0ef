// Authorisation cases of registering (a colleague on its own step), changing, cancelling; the activity .ics.
import { everyone, only, page, post, samanaActivity, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';

const registerRoute = '/activiteiten/[org]/[activity]/inschrijven';
const colleagueRoute = `${registerRoute}/collega`;
const guestRoute = `${registerRoute}/zonder-account`;
const guestConfirmRoute = '/inschrijving/bevestigen/[token]';
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
    // Without an account (ADR 029): visitors, public activities only; someone signed in is sent to
    // their own registration page (303); a network's activity stays 404 for outsiders.
    page(guestRoute, `${training}/inschrijven/zonder-account`, { ...everyone(303), visitor: 200 }),
    page(guestRoute, `${exchangeDay}/inschrijven/zonder-account`, { ...everyone(404), facilitator: 303, visitor: 404 }),
    ...['register', 'interest'].map((a) => post(guestRoute, `${training}/inschrijven/zonder-account`, a, { ...everyone(303), visitor: 400 })),
    ...['register', 'interest'].map((a) => post(guestRoute, `${exchangeDay}/inschrijven/zonder-account`, a, { ...everyone(404), facilitator: 303, visitor: 404 })),
    // The link is the credential: an unknown one shows the page with its Dutch refusal, and posting it is a 400.
    page(guestConfirmRoute, '/inschrijving/bevestigen/geen-echte-link', everyone(200)),
    post(guestConfirmRoute, '/inschrijving/bevestigen/geen-echte-link', undefined, everyone(400)),
    // The .ics is only for a person holding a seat.
    page(icsRoute, `${studyDay}/ics`, signedIn(404)),
    page(icsRoute, `${exchangeDay}/ics`, everyone(404))
  ];
}
