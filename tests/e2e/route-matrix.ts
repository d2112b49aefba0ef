// Who may do what, per route: every page, form action and endpoint of src/routes must appear here
// (authorization.e2e.ts enumerates the files and fails on a route without a case).
// Allowed roles get the success status (or 400 for a form posted empty: the guard let it through
// and validation refused it, so nothing changes); everyone else is redirected or refused.
import { everyone, only, page, post, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';
import { activitiesCases } from './route-matrix-activities';
import { registrationsCases } from './route-matrix-registrations';
import { participantsCases } from './route-matrix-participants';
import { preMeetingsCases } from './route-matrix-pre-meetings';
import { communityCases } from './route-matrix-community';
import { schoolsCases } from './route-matrix-schools';
import { peopleAdminCases } from './route-matrix-people-admin';
import { libraryCases } from './route-matrix-library';
import { networkMapCases } from './route-matrix-network-map';
import { mapWegwijzerCases } from './route-matrix-map-wegwijzer';
import { trajectoriesCases } from './route-matrix-trajectories';
import { contactCases } from './route-matrix-contact';
import { subscriptionsCases } from './route-matrix-newsletter-subscriptions';
import { internationalCases } from './route-matrix-international';
import { trajectoryStoriesCases } from './route-matrix-trajectory-stories';
import { provincialNetworksCases } from './route-matrix-provincial-networks';
import { communicationKitCases } from './route-matrix-communication-kit';

export { roles, type Role, type RouteCase } from './route-matrix-support';

const samanaPublic = '/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers';
const samanaPrivate = '/organisaties/samana/netwerken/samana-kernteam-intern';

const ws = '/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers';
const gentWs = '/werkruimte/onderwijscentrum-gent/netwerken/samen-maakt-school';
const wsRoute = '/werkruimte/[org]/netwerken/[network]';
const cohortRoute = `${wsRoute}/lerende-netwerken/[year]`;
const meetingRoute = `${cohortRoute}/bijeenkomsten/[sequence]`;
const samanaFacilitator = (status: number) => only(['facilitator'], status);

export function routeCases(ids: DemoIds): RouteCase[] {
  const { publicNetworkId, meetingId, activityId } = ids;
  return [
    page('/', '/', everyone(200)),
    page('/organisaties/[org]', '/organisaties/samana', everyone(200)),
    page('/organisaties/[org]/netwerken/[network]', samanaPublic, everyone(200)),
    page('/organisaties/[org]/netwerken/[network]', samanaPrivate, only(['facilitator'], 200, 404, 404)),
    page('/organisaties/[org]/netwerken/[network]', '/organisaties/onderwijscentrum-gent/netwerken/samen-maakt-school', everyone(200)),
    post('/taal', '/taal', undefined, everyone(303), { lang: 'nl', terug: '/' }),

    page('/aanmelden', '/aanmelden', { ...everyone(303), visitor: 200 }),
    // Signed-in people who post the sign-in form are sent on to their workspace.
    post('/aanmelden', '/aanmelden', 'password', { ...everyone(303), visitor: 400 }),
    post('/aanmelden', '/aanmelden', 'link', { ...everyone(303), visitor: 400 }),
    page('/aanmelden/link/[token]', '/aanmelden/link/geen-echte-link', everyone(200)),
    post('/aanmelden/link/[token]', '/aanmelden/link/geen-echte-link', undefined, everyone(400)),
    page('/wachtwoord-vergeten', '/wachtwoord-vergeten', everyone(200)),
    post('/wachtwoord-vergeten', '/wachtwoord-vergeten', undefined, everyone(400)),
    page('/wachtwoord-herstellen/[token]', '/wachtwoord-herstellen/geen-echte-link', everyone(200)),
    post('/wachtwoord-herstellen/[token]', '/wachtwoord-herstellen/geen-echte-link', undefined, everyone(400)),
    page('/afmelden', '/afmelden', everyone(303)),
    // Creating an account is for visitors; signed-in people are sent on to their workspace (ADR 026).
    page('/registreren', '/registreren', { ...everyone(303), visitor: 200 }),
    post('/registreren', '/registreren', undefined, { ...everyone(303), visitor: 400 }),
    page('/registreren/bevestigen/[token]', '/registreren/bevestigen/geen-echte-link', everyone(200)),
    post('/registreren/bevestigen/[token]', '/registreren/bevestigen/geen-echte-link', undefined, everyone(400)),
    // The e2e server configures both providers (tests/e2e/oidc-peer.js); another name does not exist.
    page('/aanmelden/oidc/[provider]', '/aanmelden/oidc/microsoft', everyone(303)),
    page('/aanmelden/oidc/[provider]', '/aanmelden/oidc/bestaat-niet', everyone(404)),
    page('/aanmelden/oidc/[provider]/terug', '/aanmelden/oidc/google/terug?code=verzonnen&state=verzonnen', everyone(400)),
    page('/aanmelden/oidc/[provider]/terug', '/aanmelden/oidc/bestaat-niet/terug', everyone(404)),

    page('/account', '/account', signedIn(200)),
    post('/account', '/account', 'profile', signedIn(400)),
    post('/account', '/account', 'password', signedIn(400)),
    page('/werkruimte', '/werkruimte', signedIn(200)),

    page('/werkruimte/[org]', '/werkruimte/samana', only(['facilitator'], 200)),
    page('/werkruimte/[org]', '/werkruimte/onderwijscentrum-gent', only(['coach', 'otherFacilitator'], 200)),
    page('/werkruimte/[org]', '/werkruimte/bestaat-niet', only([], 200, 404)),
    post('/werkruimte/[org]', '/werkruimte/samana', undefined, only(['facilitator'], 400)),
    post('/werkruimte/[org]', '/werkruimte/onderwijscentrum-gent', undefined, only(['otherFacilitator'], 400)),
    page('/werkruimte/[org]/huisstijl', '/werkruimte/samana/huisstijl', only(['facilitator'], 200)),
    page('/werkruimte/[org]/huisstijl', '/werkruimte/onderwijscentrum-gent/huisstijl', only(['otherFacilitator'], 200)),
    post('/werkruimte/[org]/huisstijl', '/werkruimte/samana/huisstijl', undefined, only(['facilitator'], 400)),
    post('/werkruimte/[org]/huisstijl', '/werkruimte/onderwijscentrum-gent/huisstijl', undefined, only(['otherFacilitator'], 400)),
    page('/organisaties/[org]/logo', '/organisaties/onderwijscentrum-gent/logo', everyone(200)),
    page('/organisaties/[org]/logo', '/organisaties/ouders-en-school/logo', everyone(404)),
    // The SVG logo as PNG, for mails and share cards (ADR 035).
    page('/organisaties/[org]/logo', '/organisaties/onderwijscentrum-gent/logo?formaat=png', everyone(200)),
    page('/werkruimte/[org]/scholen', '/werkruimte/samana/scholen', only(['facilitator'], 200)),
    page('/werkruimte/[org]/scholen', '/werkruimte/onderwijscentrum-gent/scholen', only(['otherFacilitator'], 200)),
    post('/werkruimte/[org]/scholen', '/werkruimte/samana/scholen', 'create', only(['facilitator'], 400)),
    page('/werkruimte/[org]/netwerken', '/werkruimte/samana/netwerken', only(['facilitator'], 200)),
    page('/werkruimte/[org]/netwerken', '/werkruimte/onderwijscentrum-gent/netwerken', only(['coach', 'otherFacilitator'], 200)),
    post('/werkruimte/[org]/netwerken', '/werkruimte/samana/netwerken', 'create', only(['facilitator'], 400)),
    post('/werkruimte/[org]/netwerken', '/werkruimte/onderwijscentrum-gent/netwerken', 'create', only(['otherFacilitator'], 400)),
    page('/werkruimte/[org]/netwerken/[network]', '/werkruimte/samana/netwerken/samana-kernteam-intern', only(['facilitator'], 200)),
    page('/werkruimte/[org]/netwerken/[network]', '/werkruimte/onderwijscentrum-gent/netwerken/samen-maakt-school', only(['coach', 'otherFacilitator'], 200)),
    post('/werkruimte/[org]/netwerken/[network]', '/werkruimte/samana/netwerken/samana-kernteam-intern', 'details', only(['facilitator'], 400)),
    post('/werkruimte/[org]/netwerken/[network]', '/werkruimte/samana/netwerken/samana-kernteam-intern', 'addMember', only(['facilitator'], 400)),
    post('/werkruimte/[org]/netwerken/[network]', '/werkruimte/samana/netwerken/samana-kernteam-intern', 'removeMember', only(['facilitator'], 400)),
    post('/werkruimte/[org]/netwerken/[network]', '/werkruimte/onderwijscentrum-gent/netwerken/samen-maakt-school', 'details', only(['otherFacilitator'], 400)),

    page('/school/[school]', '/school/913204', only(['staff', 'coordinator'], 200)),
    page('/school/[school]', '/school/931187', only(['otherCoordinator'], 200)),
    page('/school/[school]', '/school/000000', only([], 200, 404)),
    post('/school/[school]', '/school/913204', undefined, only(['coordinator'], 400)),
    post('/school/[school]', '/school/931187', undefined, only(['otherCoordinator'], 400)),
    page('/school/[school]/team', '/school/913204/team', only(['staff', 'coordinator'], 200)),
    post('/school/[school]/team', '/school/913204/team', 'invite', only(['coordinator'], 400)),
    post('/school/[school]/team', '/school/913204/team', 'remove', only(['coordinator'], 400)),
    post('/school/[school]/team', '/school/913204/team', 'update', only(['coordinator'], 400)),

    page('/beheer', '/beheer', only(['admin'], 200)),
    post('/beheer', '/beheer', 'create', only(['admin'], 400)),
    page('/beheer/organisaties/[org]', '/beheer/organisaties/samana', only(['admin'], 200)),
    post('/beheer/organisaties/[org]', '/beheer/organisaties/samana', 'grant', only(['admin'], 400)),
    post('/beheer/organisaties/[org]', '/beheer/organisaties/samana', 'revoke', only(['admin'], 400)),
    page('/beheer/outbox', '/beheer/outbox', only(['admin'], 200)),
    page('/beheer/componenten', '/beheer/componenten', only(['admin'], 200)),

    page('/healthz', '/healthz', everyone(200)),
    page('/readyz', '/readyz', everyone(200)),
    page('/api/v1/openapi.json', '/api/v1/openapi.json', everyone(200)),
    { route: '/api/v1/openapi.json', method: 'OPTIONS', path: '/api/v1/openapi.json', expect: everyone(204) },
    page('/api/v1/organisations', '/api/v1/organisations', everyone(200)),
    { route: '/api/v1/organisations', method: 'OPTIONS', path: '/api/v1/organisations', expect: everyone(204) },
    page('/api/v1/networks/[id]', `/api/v1/networks/${publicNetworkId}`, everyone(200)),
    page('/api/v1/networks/[id]', '/api/v1/networks/00000000-0000-4000-8000-000000000000', everyone(404)),
    page('/api/v1/networks/[id]', '/api/v1/networks/geen-uuid', everyone(404)),
    { route: '/api/v1/networks/[id]', method: 'OPTIONS', path: `/api/v1/networks/${publicNetworkId}`, expect: everyone(204) },
    page('/api/v1/networks/[id]/members', `/api/v1/networks/${publicNetworkId}/members?schoolYear=2017-2018`, everyone(200)),
    page('/api/v1/networks/[id]/members', `/api/v1/networks/${publicNetworkId}/members?schoolYear=2023-2025`, everyone(400)),
    { route: '/api/v1/networks/[id]/members', method: 'OPTIONS', path: `/api/v1/networks/${publicNetworkId}/members`, expect: everyone(204) },

    // Learning networks (issue 4): the facilitator's workspace.
    page(`${wsRoute}/deelnemers`, `${ws}/deelnemers`, samanaFacilitator(200)),
    page(`${wsRoute}/deelnemers`, `${gentWs}/deelnemers`, only(['coach', 'otherFacilitator'], 200)),
    ...['showYear', 'add', 'remove', 'import', 'confirmImport'].map((a) => post(`${wsRoute}/deelnemers`, `${ws}/deelnemers`, a, samanaFacilitator(400))),
    page(`${wsRoute}/lerende-netwerken`, `${ws}/lerende-netwerken`, samanaFacilitator(200)),
    ...['preview', 'form'].map((a) => post(`${wsRoute}/lerende-netwerken`, `${ws}/lerende-netwerken`, a, samanaFacilitator(400))),
    page(cohortRoute, `${ws}/lerende-netwerken/2022-2023`, samanaFacilitator(200)),
    { ...page(cohortRoute, `${ws}/lerende-netwerken/2015-2016`, only([], 200)), expect: { ...only([], 200), facilitator: 404 } },
    ...['addMember', 'removeMember', 'plan'].map((a) => post(cohortRoute, `${ws}/lerende-netwerken/2022-2023`, a, samanaFacilitator(400))),
    page(meetingRoute, `${ws}/lerende-netwerken/2022-2023/bijeenkomsten/1`, samanaFacilitator(200)),
    ...['details', 'theme', 'toAgenda', 'attendance', 'harvest'].map((a) =>
      post(meetingRoute, `${ws}/lerende-netwerken/2022-2023/bijeenkomsten/1`, a, samanaFacilitator(400))),
    // The demo's first harvest is already published: publishing again is refused and changes nothing.
    post(meetingRoute, `${ws}/lerende-netwerken/2022-2023/bijeenkomsten/1`, 'publish', samanaFacilitator(409)),

    // Learning networks seen from a member school; another school (not a member) does not see the meeting.
    page('/school/[school]/lerende-netwerken', '/school/913204/lerende-netwerken', only(['staff', 'coordinator'], 200)),
    page('/school/[school]/bijeenkomsten/[meeting]', `/school/913204/bijeenkomsten/${meetingId}`, only(['staff', 'coordinator'], 200)),
    { ...page('/school/[school]/bijeenkomsten/[meeting]', `/school/931187/bijeenkomsten/${meetingId}`, only([], 200)), expect: { ...only([], 200), otherCoordinator: 404 } },
    post('/school/[school]/bijeenkomsten/[meeting]', `/school/913204/bijeenkomsten/${meetingId}`, 'submit', only(['staff', 'coordinator'], 400)),
    page('/school/[school]/bijeenkomsten/[meeting]/ics', `/school/913204/bijeenkomsten/${meetingId}/ics`, only(['staff', 'coordinator'], 200)),
    page('/school/[school]/label/[network]/[year]/[format]', `/school/913204/label/${publicNetworkId}/2022-2023/svg`, only(['staff', 'coordinator'], 200)),
    page('/school/[school]/label/[network]/[year]/[format]', `/school/913204/label/${publicNetworkId}/2024-2025/png`, only(['staff', 'coordinator'], 404)),
    page('/label/[network]/[school]/[year]', `/label/${publicNetworkId}/913204/2022-2023`, everyone(200)),
    // Not a member in that year: the page says plainly that the label is not valid, and shows no image.
    page('/label/[network]/[school]/[year]', `/label/${publicNetworkId}/931187/2022-2023`, everyone(200)),
    page('/label/[network]/[school]/[year]/label.svg', `/label/${publicNetworkId}/913204/2022-2023/label.svg`, everyone(200)),
    page('/label/[network]/[school]/[year]/label.svg', `/label/${publicNetworkId}/931187/2022-2023/label.svg`, everyone(404)),
    page('/kalender/[token]', '/kalender/geen-echte-link.ics', everyone(404)),
    post('/account', '/account', 'feed', signedIn(200)),
    post('/account', '/account', 'revokeFeed', signedIn(200)),
    page('/api/v1/networks/[id]/learning-networks', `/api/v1/networks/${publicNetworkId}/learning-networks?schoolYear=2022-2023`, everyone(200)),
    { route: '/api/v1/networks/[id]/learning-networks', method: 'OPTIONS', path: `/api/v1/networks/${publicNetworkId}/learning-networks`, expect: everyone(204) },
    page('/api/v1/networks/[id]/meetings', `/api/v1/networks/${publicNetworkId}/meetings`, everyone(200)),
    page('/api/v1/networks/[id]/meetings', `/api/v1/networks/${publicNetworkId}/meetings?schoolYear=2023-2025`, everyone(400)),
    { route: '/api/v1/networks/[id]/meetings', method: 'OPTIONS', path: `/api/v1/networks/${publicNetworkId}/meetings`, expect: everyone(204) },

    // Activities (issue 5, first part): public pages and API; a network's activity only for its audience.
    page('/activiteiten', '/activiteiten', everyone(200)),
    page('/activiteiten/[org]/[activity]', '/activiteiten/ouders-en-school/studiereis-hamburg', everyone(200)),
    page('/activiteiten/[org]/[activity]', '/activiteiten/samana/uitwisselingsdag-2027', only(['facilitator'], 200, 404, 404)),
    page('/api/v1/activities', '/api/v1/activities', everyone(200)),
    { route: '/api/v1/activities', method: 'OPTIONS', path: '/api/v1/activities', expect: everyone(204) },
    page('/api/v1/activities/[id]', `/api/v1/activities/${activityId}`, everyone(200)),
    page('/api/v1/activities/[id]', '/api/v1/activities/00000000-0000-4000-8000-000000000000', everyone(404)),
    { route: '/api/v1/activities/[id]', method: 'OPTIONS', path: `/api/v1/activities/${activityId}`, expect: everyone(204) },

    ...activitiesCases(ids),
    ...registrationsCases(ids),
    ...participantsCases(ids),
    ...preMeetingsCases(ids),
    ...communityCases(ids),
    ...schoolsCases(ids),
    ...peopleAdminCases(ids),
    ...libraryCases(ids),
    ...networkMapCases(ids),
    ...mapWegwijzerCases(ids),
    ...trajectoriesCases(ids),
    ...contactCases(),
    ...subscriptionsCases(),
    ...internationalCases(ids),
    ...trajectoryStoriesCases(),
    ...provincialNetworksCases(ids),
    ...communicationKitCases(ids),

    // Last: signing out ends the role's session for any case after it.
    post('/afmelden', '/afmelden', undefined, everyone(303))
  ];
}
