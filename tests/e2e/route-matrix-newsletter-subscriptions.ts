// Authorisation cases of the newsletter subscriptions (ADR 057). Subscribing takes anyone's post,
// on the organisation's page and a public network's (an empty one is refused with 400, nothing
// written; a network that is not public has no form: 404). The token pages open with a subscription's
// token (a demo subscriber's, confirmed) for everyone; an unknown token is a 404, also for the
// one-click POST. Posted empty they change nothing (400). The list of subscribers is for the
// organisation's facilitators only: not its coaches, not another organisation.
import { demoSubscriberToken } from '../../src/lib/server/db/demo-subscribers';
import { everyone, only, page, post, type RouteCase } from './route-matrix-support';

const list = '/werkruimte/[org]/abonnees';
const confirmRoute = '/nieuwsbrief/bevestigen/[token]';
const unsubscribeRoute = '/afmelden/nieuwsbrief/[token]';
const preferencesRoute = '/nieuwsbrief/voorkeuren/[token]';
const unknownId = '00000000-0000-4000-8000-000000000000';
const token = demoSubscriberToken(0);

export function subscriptionsCases(): RouteCase[] {
  return [
    post('/organisaties/[org]', '/organisaties/samana', 'subscribe', everyone(400)),
    post('/organisaties/[org]', '/organisaties/bestaat-niet', 'subscribe', everyone(404)),
    post('/organisaties/[org]/netwerken/[network]', '/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers', 'subscribe', everyone(400)),
    post('/organisaties/[org]/netwerken/[network]', '/organisaties/samana/netwerken/samana-kernteam-intern', 'subscribe', everyone(404)),

    page(confirmRoute, '/nieuwsbrief/bevestigen/geen-echte-link', everyone(200)),
    post(confirmRoute, '/nieuwsbrief/bevestigen/geen-echte-link', undefined, everyone(400)),

    page(unsubscribeRoute, `/afmelden/nieuwsbrief/${token}`, everyone(200)),
    page(unsubscribeRoute, '/afmelden/nieuwsbrief/geen-echte-link', everyone(404)),
    post(unsubscribeRoute, `/afmelden/nieuwsbrief/${token}`, undefined, everyone(400)),
    post(unsubscribeRoute, '/afmelden/nieuwsbrief/geen-echte-link', undefined, everyone(404), { 'List-Unsubscribe': 'One-Click' }),

    page(preferencesRoute, `/nieuwsbrief/voorkeuren/${token}`, everyone(200)),
    page(preferencesRoute, '/nieuwsbrief/voorkeuren/geen-echte-link', everyone(404)),
    post(preferencesRoute, `/nieuwsbrief/voorkeuren/${token}`, 'save', everyone(400)),
    post(preferencesRoute, `/nieuwsbrief/voorkeuren/${token}`, 'change', everyone(400)),
    post(preferencesRoute, '/nieuwsbrief/voorkeuren/geen-echte-link', 'change', everyone(404), { change: 'pause' }),

    page(list, '/werkruimte/samana/abonnees', only(['facilitator'], 200)),
    page(list, '/werkruimte/samana/abonnees?q=example.be&status=confirmed&pagina=2', only(['facilitator'], 200)),
    page(list, '/werkruimte/onderwijscentrum-gent/abonnees', only(['otherFacilitator'], 200)),
    post(list, '/werkruimte/samana/abonnees', 'remove', only(['facilitator'], 400)),
    post(list, '/werkruimte/onderwijscentrum-gent/abonnees', 'remove', only(['otherFacilitator'], 400)),
    // Another organisation's (or no) subscriber: the scoped update finds nothing.
    post(list, '/werkruimte/samana/abonnees', 'remove', only(['facilitator'], 404), { subscriptionId: unknownId })
  ];
}
