// Authorisation cases of registering, changing, cancelling; the activity .ics (issue 5).
import type { DemoIds, RouteCase } from './route-matrix-support';

export function registrationsCases(_ids: DemoIds): RouteCase[] {
  return [];
}
