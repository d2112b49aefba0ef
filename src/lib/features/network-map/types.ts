// The handles of a school's network map (ADR 020, 036), minted only by `access.server.ts`; the
// handle's id is the school's. The data and mutations take them, so a school id from a URL or a
// form does not type-check.
import type { Handle } from '$lib/server/tenancy';

/** A map its school's staff, or an organisation it is shared with, may read. */
export type MapReader = Handle<'map-reader'>;
/** A map its coordinator or a keeper may change (links, partners). */
export type MapEditor = Handle<'map-editor'>;
/** A map its coordinator may share, hand to keepers and keep per school year. */
export type MapManager = Handle<'map-manager'>;
/** What the reads take: editing and managing include reading. */
export type MapView = MapReader | MapEditor | MapManager;
