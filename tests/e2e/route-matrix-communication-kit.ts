// The communication kit (ADR 059): composed by the organisation's facilitators and a network's own
// moderator; opened by the people of a school that is a member in the kit's year, and a 404 for
// everyone else (visitors too), pages and file downloads alike.
import { only, page, post, type DemoIds, type RouteCase } from './route-matrix-support';

const overview = '/werkruimte/[org]/netwerken/[network]/communicatiekit';
const compose = `${overview}/[year]`;
const composedFile = `${compose}/bestanden/[file]`;
const schoolKit = '/school/[school]/communicatiekit/[kit]';
const schoolFile = `${schoolKit}/bestanden/[file]`;

const samana = '/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers/communicatiekit';
const stsu = '/werkruimte/samen-tegen-schooluitval/netwerken';
const unknownId = '00000000-0000-4000-8000-000000000000';
const kitActions = ['addFile', 'replaceFile', 'removeFile', 'addText', 'saveText', 'moveText', 'removeText'];
// A kit exists for its member school's people only: everyone else, visitors included, gets a 404.
const members = (status: number) => only(['staff', 'coordinator'], status, 404, 404);
const nobody = only([], 200, 404, 404);

export function communicationKitCases(ids: DemoIds): RouteCase[] {
  return [
    page(overview, samana, only(['facilitator'], 200)),
    // Sofie Baert moderates Oost-Vlaanderen only: its kit is hers to compose, Antwerpen's is not.
    page(overview, `${stsu}/samen-tegen-schooluitval-oost-vlaanderen/communicatiekit`, only(['moderator'], 200)),
    page(overview, `${stsu}/samen-tegen-schooluitval-antwerpen/communicatiekit`, only([], 200)),
    page(overview, '/werkruimte/samana/netwerken/bestaat-niet/communicatiekit', { ...only([], 200), facilitator: 404 }),

    page(compose, `${samana}/2022-2023`, only(['facilitator'], 200)),
    page(compose, `${samana}/2022`, { ...only([], 200), facilitator: 404 }),
    page(compose, `${stsu}/samen-tegen-schooluitval-oost-vlaanderen/communicatiekit/2026-2027`, only(['moderator'], 200)),
    // Posted empty: the guard let the composer through, the schema refused, nothing changed.
    ...kitActions.map((action) => post(compose, `${samana}/2022-2023`, action, only(['facilitator'], 400))),
    ...kitActions.map((action) => post(compose, `${stsu}/samen-tegen-schooluitval-oost-vlaanderen/communicatiekit/2026-2027`, action, only(['moderator'], 400))),
    post(compose, `${stsu}/samen-tegen-schooluitval-antwerpen/communicatiekit/2026-2027`, 'addText', only([], 400)),
    // Unknown items: the scoped write finds nothing.
    post(compose, `${samana}/2022-2023`, 'removeFile', only(['facilitator'], 404), { fileId: unknownId }),
    post(compose, `${samana}/2022-2023`, 'removeText', only(['facilitator'], 404), { text: unknownId }),
    post(compose, `${samana}/2022-2023`, 'moveText', only(['facilitator'], 404), { text: unknownId, direction: 'up' }),

    page(composedFile, `${samana}/2022-2023/bestanden/${ids.kitFileId}`, only(['facilitator'], 200)),
    // The same file is not in another year's kit.
    page(composedFile, `${samana}/2021-2022/bestanden/${ids.kitFileId}`, only(['facilitator'], 404)),
    page(composedFile, `${samana}/2022-2023/bestanden/geen-id`, only(['facilitator'], 404)),

    page(schoolKit, `/school/913204/communicatiekit/${ids.kitId}`, members(200)),
    // Tom's school was no member of the Scholennetwerk in 2022-2023: the kit does not exist for it.
    page(schoolKit, `/school/931187/communicatiekit/${ids.kitId}`, nobody),
    page(schoolKit, `/school/913204/communicatiekit/${unknownId}`, nobody),
    page(schoolKit, '/school/913204/communicatiekit/geen-id', nobody),
    page(schoolFile, `/school/913204/communicatiekit/${ids.kitId}/bestanden/${ids.kitFileId}`, members(200)),
    page(schoolFile, `/school/913204/communicatiekit/${ids.kitId}/bestanden/${unknownId}`, members(404)),
    page(schoolFile, `/school/931187/communicatiekit/${ids.kitId}/bestanden/${ids.kitFileId}`, nobody)
  ];
}
