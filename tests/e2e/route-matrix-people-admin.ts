// Authorisation cases of the platform admin's people tools (ADR 032): platform admins only. The
// person is Lien Segers's second demo account; an empty form changes nothing (the schema or the
// confirmation box refuses it), and reactivating an active account is refused.
import { only, page, post, type DemoIds, type RouteCase } from './route-matrix-support';

const route = '/beheer/personen/[person]';
const municipality = '/beheer/gemeenten/[municipality]';

export function peopleAdminCases(ids: DemoIds): RouteCase[] {
  const person = `/beheer/personen/${ids.personId}`;
  return [
    page('/beheer/personen', '/beheer/personen', only(['admin'], 200)),
    page('/beheer/personen', '/beheer/personen?q=segers&pagina=1', only(['admin'], 200)),
    page(route, person, only(['admin'], 200)),
    // Not an account: 404 for the admin, and no hint to anyone else.
    page(route, '/beheer/personen/00000000-0000-4000-8000-000000000000', only(['admin'], 404)),
    page(route, '/beheer/personen/geen-id', only(['admin'], 404)),
    ...['grantCoordinator', 'revokeCoordinator', 'deactivate', 'merge'].map((action) => post(route, person, action, only(['admin'], 400))),
    post(route, person, 'reactivate', only(['admin'], 409)),
    // Municipalities and their officers (ADR 030): platform admins only; an empty form writes nothing.
    page('/beheer/gemeenten', '/beheer/gemeenten', only(['admin'], 200)),
    post('/beheer/gemeenten', '/beheer/gemeenten', 'create', only(['admin'], 400)),
    page(municipality, `/beheer/gemeenten/${ids.municipalityId}`, only(['admin'], 200)),
    page(municipality, '/beheer/gemeenten/00000000-0000-4000-8000-000000000000', only(['admin'], 404)),
    ...['save', 'addOfficer', 'removeOfficer'].map((action) => post(municipality, `/beheer/gemeenten/${ids.municipalityId}`, action, only(['admin'], 400)))
  ];
}
