// Authorisation cases of coached trajectories (issue 16, ADR 039). Demo: Samen Maakt School of
// Onderwijscentrum Gent (facilitator.gent = otherFacilitator; begeleider = coach). VISO Gent's
// trajectory is coached by the demo coach; GO! Technisch Atheneum Leiekaai's (931187, whose
// coordinator is otherCoordinator and in its workgroup) by another coach of the same organisation.
import { everyone, only, page, post, signedIn, type DemoIds, type RouteCase } from './route-matrix-support';

const org = 'onderwijscentrum-gent';
const ws = `/werkruimte/${org}/trajecten`;
const offer = `/trajecten/${org}/samen-maakt-school`;
const wsRoute = '/werkruimte/[org]/trajecten';
const offerRoute = '/trajecten/[org]/[offer]';
const applyRoute = `${offerRoute}/intekenen/[school]`;
const trajectoryRoute = `${offerRoute}/scholen/[school]`;
const gent = (status: number) => only(['otherFacilitator'], status);
const unknownId = '00000000-0000-4000-8000-000000000000';
// A complete application: the guard passes, the schema too, and the offer's rule refuses a school in Mechelen.
const validApplication = { schoolYear: '2026', questions: 'Hoe maken we meer verbinding?', expectations: 'Een werkgroep die samen uitprobeert.', ambassador: unknownId };

export function trajectoriesCases(ids: DemoIds): RouteCase[] {
  return [
    ...sessionCases(ids),
    page(wsRoute, ws, only(['coach', 'otherFacilitator'], 200)),
    page(wsRoute, '/werkruimte/samana/trajecten', only(['facilitator'], 200)),
    page(`${wsRoute}/nieuw`, `${ws}/nieuw`, gent(200)),
    post(`${wsRoute}/nieuw`, `${ws}/nieuw`, undefined, gent(400)),
    page(`${wsRoute}/[offer]`, `${ws}/samen-maakt-school`, gent(200)),
    page(`${wsRoute}/[offer]`, `${ws}/bestaat-niet`, gent(404)),
    ...['accept', 'refuse', 'waitlist'].map((action) => post(`${wsRoute}/[offer]`, `${ws}/samen-maakt-school`, action, gent(400))),
    post(`${wsRoute}/[offer]`, `${ws}/samen-maakt-school`, 'accept', gent(404), { trajectoryId: unknownId, coachId: unknownId }),
    // Editing an offer (ADR 049): its organisation's facilitators, with the checks of publishing.
    page(`${wsRoute}/[offer]/bewerken`, `${ws}/samen-maakt-school/bewerken`, gent(200)),
    page(`${wsRoute}/[offer]/bewerken`, `${ws}/bestaat-niet/bewerken`, gent(404)),
    post(`${wsRoute}/[offer]/bewerken`, `${ws}/samen-maakt-school/bewerken`, undefined, gent(400)),

    page(offerRoute, offer, everyone(200)),
    page(offerRoute, `/trajecten/${org}/bestaat-niet`, everyone(404)),
    page(`${offerRoute}/intekenen`, `${offer}/intekenen`, signedIn(200)),
    page(applyRoute, `${offer}/intekenen/913204`, only(['coordinator'], 200)),
    page(applyRoute, `${offer}/intekenen/931187`, only(['otherCoordinator'], 200)),
    page(applyRoute, `${offer}/intekenen/000000`, only([], 200, 404)),
    post(applyRoute, `${offer}/intekenen/913204`, undefined, only(['coordinator'], 400)),
    // A school outside Gent cannot apply, with a valid form too.
    post(applyRoute, `${offer}/intekenen/913204`, undefined, only(['coordinator'], 422), validApplication),
    post(applyRoute, `${offer}/intekenen/931187`, undefined, only(['otherCoordinator'], 400)),

    page(trajectoryRoute, `${offer}/scholen/932590`, only(['coach', 'otherFacilitator'], 200)),
    // Another coach of the same organisation does not see it; its workgroup does.
    page(trajectoryRoute, `${offer}/scholen/931187`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    page(trajectoryRoute, `${offer}/scholen/913204`, only([], 200, 404)),
    // The intake and writing in the logbook: the trajectory's own coach only, not the facilitator.
    page(`${trajectoryRoute}/intake`, `${offer}/scholen/932590/intake`, only(['coach'], 200)),
    page(`${trajectoryRoute}/intake`, `${offer}/scholen/931187/intake`, only([], 200)),
    post(`${trajectoryRoute}/intake`, `${offer}/scholen/932590/intake`, undefined, only(['coach'], 400)),
    page(`${trajectoryRoute}/logboek`, `${offer}/scholen/932590/logboek`, only(['coach', 'otherFacilitator'], 200)),
    page(`${trajectoryRoute}/logboek`, `${offer}/scholen/931187/logboek`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    post(`${trajectoryRoute}/logboek`, `${offer}/scholen/932590/logboek`, undefined, only(['coach'], 400)),
    post(`${trajectoryRoute}/logboek`, `${offer}/scholen/931187/logboek`, undefined, only([], 400)),
    // The action plan: seen like the trajectory; built by its coach and workgroup, not the facilitator (ADR 040).
    page(`${trajectoryRoute}/actieplan`, `${offer}/scholen/932590/actieplan`, only(['coach', 'otherFacilitator'], 200)),
    page(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    ...['goal', 'action', 'progress', 'reflection', 'editReflection', 'deleteReflection', 'partner', 'editGoal', 'deleteGoal', 'editAction', 'deleteAction'].flatMap((action) => [
      post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/932590/actieplan`, action, only(['coach'], 400)),
      post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, action, only(['otherCoordinator'], 400))
    ]),
    // The export is read like the plan; the evaluation too, written by the ambassador and the coach (ADR 049).
    page(`${trajectoryRoute}/actieplan/export.xlsx`, `${offer}/scholen/932590/actieplan/export.xlsx`, only(['coach', 'otherFacilitator'], 200)),
    page(`${trajectoryRoute}/actieplan/export.xlsx`, `${offer}/scholen/931187/actieplan/export.xlsx`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    page(`${trajectoryRoute}/evaluatie`, `${offer}/scholen/932590/evaluatie`, only(['coach', 'otherFacilitator'], 200)),
    page(`${trajectoryRoute}/evaluatie`, `${offer}/scholen/931187/evaluatie`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    post(`${trajectoryRoute}/evaluatie`, `${offer}/scholen/932590/evaluatie`, undefined, only(['coach'], 400)),
    // A workgroup member who is not the ambassador does not write the school's evaluation.
    post(`${trajectoryRoute}/evaluatie`, `${offer}/scholen/931187/evaluatie`, undefined, only([], 400)),
    // An action of another trajectory is not found from this one.
    post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, 'progress', only(['otherCoordinator'], 404), { actionId: unknownId, status: 'bezig', reach: 'werkgroep', evidence: '' }),
    post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, 'reflection', only(['otherCoordinator'], 404), { actionId: unknownId, writtenOn: '2026-11-02', text: 'Een reflectie bij niets.' }),
    post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, 'editReflection', only(['otherCoordinator'], 404), { reflectionId: unknownId, writtenOn: '2026-11-02', text: 'Een andere reflectie.' }),
    post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, 'deleteReflection', only(['otherCoordinator'], 404), { reflectionId: unknownId }),
    // Editing and deleting (ADR 054): VISO's action is not found from Leiekaai's plan; a goal of none neither.
    post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, 'deleteAction', only(['otherCoordinator'], 404), { actionId: ids.evidenceActionId, confirm: 'on' }),
    post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, 'editAction', only(['otherCoordinator'], 404), { actionId: ids.evidenceActionId, title: 'Overgenomen', ownerId: unknownId, deadline: '2027-06-30' }),
    post(`${trajectoryRoute}/actieplan`, `${offer}/scholen/931187/actieplan`, 'deleteGoal', only(['otherCoordinator'], 404), { goalId: unknownId }),
    // The evidence file is read like the plan, and only through the plan its action is in.
    page(`${trajectoryRoute}/actieplan/bewijs/[action]`, `${offer}/scholen/932590/actieplan/bewijs/${ids.evidenceActionId}`, only(['coach', 'otherFacilitator'], 200)),
    page(`${trajectoryRoute}/actieplan/bewijs/[action]`, `${offer}/scholen/931187/actieplan/bewijs/${ids.evidenceActionId}`, only(['otherCoordinator', 'otherFacilitator'], 404)),
    page(`${trajectoryRoute}/actieplan/bewijs/[action]`, `${offer}/scholen/932590/actieplan/bewijs/niet-een-id`, only(['coach', 'otherFacilitator'], 404))
  ];
}

// Sessions, the observation form and the cross-school learning network (ADR 050). VISO's workgroup
// has no matrix role; Leiekaai's coordinator (otherCoordinator) is in its workgroup and answers its polls.
function sessionCases(ids: DemoIds): RouteCase[] {
  const sessions = `${trajectoryRoute}/sessies`;
  const observation = `${trajectoryRoute}/logboek/[entry]/observatie`;
  const network = `${wsRoute}/[offer]/lerend-netwerk`;
  return [
    page(sessions, `${offer}/scholen/932590/sessies`, only(['coach', 'otherFacilitator'], 200)),
    page(sessions, `${offer}/scholen/931187/sessies`, only(['otherCoordinator', 'otherFacilitator'], 200)),
    ...['create', 'addOption', 'removeOption', 'pick'].map((action) => post(sessions, `${offer}/scholen/932590/sessies`, action, only(['coach'], 400))),
    post(sessions, `${offer}/scholen/932590/sessies`, 'pick', only(['coach'], 404), { optionId: unknownId }),
    // Only the workgroup answers: not the coach, not the facilitator.
    post(sessions, `${offer}/scholen/932590/sessies`, 'vote', only([], 400)),
    post(sessions, `${offer}/scholen/931187/sessies`, 'vote', only(['otherCoordinator'], 400)),
    // VISO's observation entry is shared: whoever sees the trajectory reads the form; the coach fills it in.
    page(observation, `${offer}/scholen/932590/logboek/${ids.observationEntryId}/observatie`, only(['coach', 'otherFacilitator'], 200)),
    page(observation, `${offer}/scholen/932590/logboek/${unknownId}/observatie`, only(['coach', 'otherFacilitator'], 404)),
    post(observation, `${offer}/scholen/932590/logboek/${ids.observationEntryId}/observatie`, undefined, only(['coach'], 400)),
    page(network, `${ws}/samen-maakt-school/lerend-netwerk`, gent(200)),
    post(network, `${ws}/samen-maakt-school/lerend-netwerk`, undefined, gent(400)),
    // The demo's learning network of 2023-2024 exists already: refused, nothing written.
    post(network, `${ws}/samen-maakt-school/lerend-netwerk`, undefined, gent(409), { schoolYear: '2023-2024' })
  ];
}
