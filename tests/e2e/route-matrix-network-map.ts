// Authorisation cases of the school's network map (issue 15, ADR 036). Sint-Jozefsinstituut
// (913204) has a private map; Sint-Servaasinstituut (921347) shares its map with Samana only;
// GO! TA Leiekaai (931187, otherCoordinator's) has none yet. Empty forms change nothing.
import { only, page, post, type DemoIds, type RouteCase } from './route-matrix-support';

const map = '/school/[school]/netwerkkaart';
const unknownLink = '00000000-0000-4000-8000-000000000000';
const shared = '/werkruimte/[org]/netwerkkaarten/[school]';
const regional = '/werkruimte/[org]/netwerkkaarten/regio';

export function networkMapCases({ mapLinkId }: DemoIds): RouteCase[] {
  return [
    page(map, '/school/913204/netwerkkaart', only(['staff', 'coordinator'], 200)),
    page(map, '/school/913204/netwerkkaart?doelgroep=ouders&nabijheid=afstemmen', only(['staff', 'coordinator'], 200)),
    page(map, '/school/931187/netwerkkaart', only(['otherCoordinator'], 200)),
    post(map, '/school/913204/netwerkkaart', 'start', only(['coordinator'], 400)),
    post(map, '/school/931187/netwerkkaart', 'start', only(['otherCoordinator'], 400)),

    // Staff read the map; only coordinators (and the keepers they name) edit it.
    page(`${map}/toevoegen`, '/school/913204/netwerkkaart/toevoegen?zoek=mechelen', only(['coordinator'], 200)),
    post(`${map}/toevoegen`, '/school/913204/netwerkkaart/toevoegen', 'add', only(['coordinator'], 400)),
    page(`${map}/[link]`, `/school/913204/netwerkkaart/${mapLinkId}`, only(['coordinator'], 200)),
    page(`${map}/[link]`, `/school/913204/netwerkkaart/${unknownLink}`, only(['coordinator'], 404)),
    page(`${map}/[link]`, '/school/913204/netwerkkaart/geen-id', only(['coordinator'], 404)),
    // The empty form is refused (400) and the page then shown for it is the missing link's 404.
    post(`${map}/[link]`, `/school/913204/netwerkkaart/${unknownLink}`, 'save', only(['coordinator'], 404)),
    post(`${map}/[link]`, `/school/913204/netwerkkaart/${mapLinkId}`, 'save', only(['coordinator'], 400)),
    post(`${map}/[link]`, `/school/913204/netwerkkaart/${unknownLink}`, 'remove', only(['coordinator'], 404)),

    page(`${map}/delen`, '/school/913204/netwerkkaart/delen', only(['coordinator'], 200)),
    ...['share', 'unshare', 'addKeeper', 'removeKeeper'].map((action) => post(`${map}/delen`, '/school/913204/netwerkkaart/delen', action, only(['coordinator'], 400))),
    // A map not started yet has no sharing to set.
    post(`${map}/delen`, '/school/931187/netwerkkaart/delen', 'peers', only(['otherCoordinator'], 409)),

    // The export is the map's data: the school's staff only; another school's coordinator is refused.
    page(`${map}/export.xlsx`, '/school/913204/netwerkkaart/export.xlsx', only(['staff', 'coordinator'], 200)),
    page(`${map}/export.xlsx`, '/school/931187/netwerkkaart/export.xlsx', only(['otherCoordinator'], 200)),

    // Importing edits the map: coordinators (and keepers); an empty upload or apply is refused.
    page(`${map}/importeren`, '/school/913204/netwerkkaart/importeren', only(['coordinator'], 200)),
    post(`${map}/importeren`, '/school/913204/netwerkkaart/importeren', 'preview', only(['coordinator'], 400)),
    post(`${map}/importeren`, '/school/913204/netwerkkaart/importeren', 'apply', only(['coordinator'], 400)),

    page(`${map}/jaren`, '/school/913204/netwerkkaart/jaren', only(['staff', 'coordinator'], 200)),
    post(`${map}/jaren`, '/school/931187/netwerkkaart/jaren', 'keep', only(['otherCoordinator'], 409)),

    page('/werkruimte/[org]/netwerkkaarten', '/werkruimte/samana/netwerkkaarten', only(['facilitator'], 200)),
    page('/werkruimte/[org]/netwerkkaarten', '/werkruimte/onderwijscentrum-gent/netwerkkaarten', only(['otherFacilitator'], 200)),
    page(shared, '/werkruimte/samana/netwerkkaarten/921347', only(['facilitator'], 200)),
    // Not shared with Samana, or shared with Samana but not with Gent: it does not exist for them.
    page(shared, '/werkruimte/samana/netwerkkaarten/913204', only(['facilitator'], 404)),
    page(shared, '/werkruimte/onderwijscentrum-gent/netwerkkaarten/921347', only(['otherFacilitator'], 404)),

    // The regional view (ADR 047) and its graph data: the organisation's facilitators only; a network
    // of another organisation, or a malformed scope, is not found.
    page(regional, '/werkruimte/samana/netwerkkaarten/regio', only(['facilitator'], 200)),
    page(regional, '/werkruimte/samana/netwerkkaarten/regio?netwerk=scholennetwerk-jonge-mantelzorgers&jaar=2018', only(['facilitator'], 200)),
    page(regional, '/werkruimte/onderwijscentrum-gent/netwerkkaarten/regio', only(['otherFacilitator'], 200)),
    page(regional, '/werkruimte/samana/netwerkkaarten/regio?netwerk=bestaat-niet', only(['facilitator'], 404)),
    page(regional, '/werkruimte/samana/netwerkkaarten/regio?jaar=twee', only(['facilitator'], 404)),
    page(`${regional}/graaf.json`, '/werkruimte/samana/netwerkkaarten/regio/graaf.json', only(['facilitator'], 200)),
    page(`${regional}/graaf.json`, '/werkruimte/samana/netwerkkaarten/regio/graaf.json?netwerk=scholennetwerk-jonge-mantelzorgers', only(['facilitator'], 200)),
    page(`${regional}/graaf.json`, '/werkruimte/onderwijscentrum-gent/netwerkkaarten/regio/graaf.json', only(['otherFacilitator'], 200))
  ];
}
