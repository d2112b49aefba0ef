// Authorisation cases of the organiser's participant lists, payments, cancelling on someone's behalf,
// export and check-in (issue 5).
// Only the facilitators of the organising organisation (here: Samana's, on its training) get in;
// an empty form from them is refused by validation (400), so no case changes demo data.
import { hamburg as hamburgActivity, only, page, post, samanaActivity, type DemoIds, type RouteCase } from './route-matrix-support';

const route = '/werkruimte/[org]/activiteiten/[activity]';
const samana = `/werkruimte/${samanaActivity.org}/activiteiten/${samanaActivity.slug}`;
const hamburg = `/werkruimte/${hamburgActivity.org}/activiteiten/${hamburgActivity.slug}`;
const samanaFacilitator = (status: number) => only(['facilitator'], status);

export function participantsCases(_ids: DemoIds): RouteCase[] {
  return [
    page(`${route}/deelnemers`, `${samana}/deelnemers`, samanaFacilitator(200)),
    // Another organisation's activity: nobody in the matrix organises it.
    page(`${route}/deelnemers`, `${hamburg}/deelnemers`, only([], 200)),
    page(`${route}/deelnemers`, '/werkruimte/samana/activiteiten/bestaat-niet/deelnemers', samanaFacilitator(404)),
    post(`${route}/deelnemers`, `${samana}/deelnemers`, 'payment', samanaFacilitator(400)),
    post(`${route}/deelnemers`, `${hamburg}/deelnemers`, 'payment', only([], 400)),
    post(`${route}/deelnemers`, `${samana}/deelnemers`, 'cancel', samanaFacilitator(400)),
    post(`${route}/deelnemers`, `${hamburg}/deelnemers`, 'cancel', only([], 400)),
    page(`${route}/deelnemers/export/[format]`, `${samana}/deelnemers/export/xlsx`, samanaFacilitator(200)),
    page(`${route}/deelnemers/export/[format]`, `${samana}/deelnemers/export/csv`, samanaFacilitator(200)),
    page(`${route}/deelnemers/export/[format]`, `${samana}/deelnemers/export/pdf`, samanaFacilitator(404)),
    page(`${route}/deelnemers/export/[format]`, `${hamburg}/deelnemers/export/xlsx`, only([], 200)),
    page(`${route}/aanwezigheid`, `${samana}/aanwezigheid`, samanaFacilitator(200)),
    page(`${route}/aanwezigheid`, `${hamburg}/aanwezigheid`, only([], 200)),
    post(`${route}/aanwezigheid`, `${samana}/aanwezigheid`, 'checkIn', samanaFacilitator(400)),
    post(`${route}/aanwezigheid`, `${hamburg}/aanwezigheid`, 'checkIn', only([], 400))
  ];
}
