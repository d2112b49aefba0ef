// Authorisation cases of the pre-meeting poll and questions (issue 5).
import type { DemoIds, RouteCase } from './route-matrix-support';

export function preMeetingsCases(_ids: DemoIds): RouteCase[] {
  return [];
}
