// Authorisation cases of the organiser's participant lists, payments, export and check-in (issue 5).
import type { DemoIds, RouteCase } from './route-matrix-support';

export function participantsCases(_ids: DemoIds): RouteCase[] {
  return [];
}
