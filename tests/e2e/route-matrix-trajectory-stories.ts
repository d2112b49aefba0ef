// Authorisation cases of trajectory stories and testimonials (issue 16, ADR 048). Demo: VISO Gent's
// (932590) approved story and testimonials, coached by the demo coach; GO! Technisch Atheneum
// Leiekaai (931187, otherCoordinator in its workgroup) has none. facilitator.gent = otherFacilitator.
import { everyone, only, page, post, type RouteCase } from './route-matrix-support';

const org = 'onderwijscentrum-gent';
const offer = `/trajecten/${org}/samen-maakt-school`;
const offerRoute = '/trajecten/[org]/[offer]';
const storyRoute = `${offerRoute}/scholen/[school]/verhaal`;
const quotesRoute = `${offerRoute}/scholen/[school]/getuigenissen`;
const moderationRoute = '/werkruimte/[org]/trajecten/verhalen';
const moderation = `/werkruimte/${org}/trajecten/verhalen`;
const unknownId = '00000000-0000-4000-8000-000000000000';
const gent = (status: number) => only(['otherFacilitator'], status);

export function trajectoryStoriesCases(): RouteCase[] {
  return [
    // Public: an approved story is everyone's; a school without one has no page; the demo story has no photo.
    page(`${offerRoute}/verhalen/[school]`, `${offer}/verhalen/932590`, everyone(200)),
    page(`${offerRoute}/verhalen/[school]`, `${offer}/verhalen/931187`, everyone(404)),
    page(`${offerRoute}/verhalen/[school]`, `${offer}/verhalen/000000`, everyone(404)),
    page(`${offerRoute}/verhalen/[school]/foto`, `${offer}/verhalen/932590/foto`, everyone(404)),

    // Drafts: whoever sees the trajectory (ADR 039).
    page(storyRoute, `${offer}/scholen/932590/verhaal`, only(['coach', 'otherFacilitator'], 200)),
    page(storyRoute, `${offer}/scholen/931187/verhaal`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    page(`${storyRoute}/foto`, `${offer}/scholen/932590/verhaal/foto`, only(['coach', 'otherFacilitator'], 404)),
    // Writing: the coach and the workgroup; editing with a reason: the facilitator.
    post(storyRoute, `${offer}/scholen/932590/verhaal`, 'save', only(['coach'], 400)),
    post(storyRoute, `${offer}/scholen/931187/verhaal`, 'save', only(['otherCoordinator'], 400)),
    post(storyRoute, `${offer}/scholen/932590/verhaal`, 'edit', gent(400)),
    // Consent and withdrawal are the author's: the demo story is Sam Van Acker's, not the coach's.
    post(storyRoute, `${offer}/scholen/932590/verhaal`, 'consent', only(['coach'], 403)),
    post(storyRoute, `${offer}/scholen/932590/verhaal`, 'withdraw', only(['coach'], 403)),
    post(storyRoute, `${offer}/scholen/931187/verhaal`, 'consent', only(['otherCoordinator'], 404)),
    post(storyRoute, `${offer}/scholen/931187/verhaal`, 'withdraw', only(['otherCoordinator'], 404)),

    page(quotesRoute, `${offer}/scholen/932590/getuigenissen`, only(['coach', 'otherFacilitator'], 200)),
    page(quotesRoute, `${offer}/scholen/931187/getuigenissen`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    // Testimonials are the workgroup's: not the coach's, not the facilitator's.
    post(quotesRoute, `${offer}/scholen/932590/getuigenissen`, 'write', only([], 400)),
    ...['write', 'consent', 'withdraw'].map((action) => post(quotesRoute, `${offer}/scholen/931187/getuigenissen`, action, only(['otherCoordinator'], 400))),
    post(quotesRoute, `${offer}/scholen/931187/getuigenissen`, 'consent', only(['otherCoordinator'], 404), { testimonialId: unknownId }),

    // Moderation: the organisation's facilitators.
    page(moderationRoute, moderation, gent(200)),
    page(moderationRoute, '/werkruimte/samana/trajecten/verhalen', only(['facilitator'], 200)),
    ...['approve', 'decline', 'withdraw', 'edit'].map((action) => post(moderationRoute, moderation, action, gent(400))),
    post(moderationRoute, moderation, 'approve', gent(404), { kind: 'story', id: unknownId })
  ];
}
