// Authorisation cases of travel board, reactions and moderation, training requests (issue 5).
import type { DemoIds, RouteCase } from './route-matrix-support';

export function communityCases(_ids: DemoIds): RouteCase[] {
  return [];
}
