// Authorisation cases of the wegwijzer, the keeper handover and the directory corrections (issue 15
// items 5 and 6, ADR 046). Sint-Jozefsinstituut (913204) has a filled wegwijzer, private like its
// map: its staff read it, its coordinator edits; no organisation sees it. GO! TA Leiekaai (931187,
// otherCoordinator's) has an empty one. Empty forms change nothing.
import { only, page, post, type DemoIds, type RouteCase } from './route-matrix-support';

const wegwijzer = '/school/[school]/wegwijzer';
const unknown = '00000000-0000-4000-8000-000000000000';
const handover = '/school/[school]/netwerkkaart/overdracht';
const facts = '/school/[school]/netwerkkaart/[link]/gegevens';

export function mapWegwijzerCases({ soleLinkId, wegwijzerRowId, mapPartnerId }: DemoIds): RouteCase[] {
  return [
    page(wegwijzer, '/school/913204/wegwijzer', only(['staff', 'coordinator'], 200)),
    page(wegwijzer, '/school/913204/wegwijzer?vraag=ouder+vraagt+hulp+bij+schoolkosten', only(['staff', 'coordinator'], 200)),
    page(wegwijzer, '/school/931187/wegwijzer', only(['otherCoordinator'], 200)),
    post(wegwijzer, '/school/913204/wegwijzer', 'add', only(['coordinator'], 400)),
    post(wegwijzer, '/school/931187/wegwijzer', 'add', only(['otherCoordinator'], 400)),

    page(`${wegwijzer}/affiche`, '/school/913204/wegwijzer/affiche', only(['staff', 'coordinator'], 200)),

    page(`${wegwijzer}/[rij]`, `/school/913204/wegwijzer/${wegwijzerRowId}`, only(['coordinator'], 200)),
    page(`${wegwijzer}/[rij]`, `/school/913204/wegwijzer/${unknown}`, only(['coordinator'], 404)),
    page(`${wegwijzer}/[rij]`, '/school/913204/wegwijzer/geen-id', only(['coordinator'], 404)),
    post(`${wegwijzer}/[rij]`, `/school/913204/wegwijzer/${wegwijzerRowId}`, 'save', only(['coordinator'], 400)),
    // The empty form is refused (400) and the page then shown for it is the missing row's 404.
    post(`${wegwijzer}/[rij]`, `/school/913204/wegwijzer/${unknown}`, 'save', only(['coordinator'], 404)),
    post(`${wegwijzer}/[rij]`, `/school/913204/wegwijzer/${unknown}`, 'remove', only(['coordinator'], 404)),

    // Handing over keepers who left: the coordinators only.
    page(handover, '/school/913204/netwerkkaart/overdracht', only(['coordinator'], 200)),
    post(handover, '/school/913204/netwerkkaart/overdracht', 'handOver', only(['coordinator'], 400)),
    post(handover, '/school/913204/netwerkkaart/overdracht', 'end', only(['coordinator'], 400)),

    // A partner's shared facts: the map's editors see them; Rotary Mechelen is on no other school's
    // map, so Sint-Jozef's coordinator may correct it.
    page(facts, `/school/913204/netwerkkaart/${soleLinkId}/gegevens`, only(['coordinator'], 200)),
    page(facts, `/school/913204/netwerkkaart/${unknown}/gegevens`, only(['coordinator'], 404)),
    page(facts, '/school/913204/netwerkkaart/geen-id/gegevens', only(['coordinator'], 404)),
    post(facts, `/school/913204/netwerkkaart/${soleLinkId}/gegevens`, 'save', only(['coordinator'], 400)),
    post(facts, `/school/913204/netwerkkaart/${unknown}/gegevens`, 'save', only(['coordinator'], 404)),

    page('/beheer/netwerkpartners', '/beheer/netwerkpartners', only(['admin'], 200)),
    page('/beheer/netwerkpartners', '/beheer/netwerkpartners?zoek=mechelen', only(['admin'], 200)),
    page('/beheer/netwerkpartners/[partner]', `/beheer/netwerkpartners/${mapPartnerId}`, only(['admin'], 200)),
    page('/beheer/netwerkpartners/[partner]', `/beheer/netwerkpartners/${unknown}`, only(['admin'], 404)),
    post('/beheer/netwerkpartners/[partner]', `/beheer/netwerkpartners/${mapPartnerId}`, 'save', only(['admin'], 400))
  ];
}
