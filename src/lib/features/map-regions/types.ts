// The handle of an organisation's regional view over the network maps shared with it (ADR 047),
// minted only by `access.server.ts`; its id is the organisation's. The aggregation reads take it,
// so an organisation id from a URL does not type-check.
import type { Handle } from '$lib/server/tenancy';

/** The maps shared with this organisation, read together by its facilitators. */
export type RegionView = Handle<'map-region'>;
