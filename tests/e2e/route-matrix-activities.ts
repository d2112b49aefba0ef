// Authorisation cases of the organiser's activity pages (list, new, edit) (issue 5).
import type { DemoIds, RouteCase } from './route-matrix-support';

export function activitiesCases(_ids: DemoIds): RouteCase[] {
  return [];
}
