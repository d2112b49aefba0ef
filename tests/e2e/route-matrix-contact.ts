// Authorisation cases of the contact form and the organisation's inbox of contact messages (ADR 053).
// The public form takes anyone's post (an empty one is refused with 400, nothing written); a
// network that is not public has no form (404 for everyone, its page is hidden too). The inbox
// is for the organisation's facilitators only: not its coaches, not another organisation.
import { everyone, only, page, post, type RouteCase } from './route-matrix-support';

const inbox = '/werkruimte/[org]/berichten';
const unknownId = '00000000-0000-4000-8000-000000000000';

export function contactCases(): RouteCase[] {
  return [
    post('/organisaties/[org]', '/organisaties/samana', 'contact', everyone(400)),
    post('/organisaties/[org]', '/organisaties/bestaat-niet', 'contact', everyone(404)),
    post('/organisaties/[org]/netwerken/[network]', '/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers', 'contact', everyone(400)),
    post('/organisaties/[org]/netwerken/[network]', '/organisaties/samana/netwerken/samana-kernteam-intern', 'contact', everyone(404)),

    page(inbox, '/werkruimte/samana/berichten', only(['facilitator'], 200)),
    page(inbox, '/werkruimte/samana/berichten?status=closed', only(['facilitator'], 200)),
    page(inbox, '/werkruimte/onderwijscentrum-gent/berichten', only(['otherFacilitator'], 200)),
    ...['answer', 'status'].flatMap((action) => [
      post(inbox, '/werkruimte/samana/berichten', action, only(['facilitator'], 400)),
      post(inbox, '/werkruimte/onderwijscentrum-gent/berichten', action, only(['otherFacilitator'], 400))
    ]),
    // Another organisation's (or no) message: the scoped update finds nothing.
    post(inbox, '/werkruimte/samana/berichten', 'status', only(['facilitator'], 404), { messageId: unknownId, status: 'closed' }),
    post(inbox, '/werkruimte/samana/berichten', 'answer', only(['facilitator'], 404), { messageId: unknownId, body: 'Dank je wel.' })
  ];
}
