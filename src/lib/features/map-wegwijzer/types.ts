// The handles of the wegwijzer, the keeper handover and the directory corrections (ADR 020, 046),
// minted only by `access.server.ts`. The wegwijzer's and the handover's id is the school's; a
// correction's is the partner's and it names the school it is corrected from (null: a platform admin).
import type { Handle } from '$lib/server/tenancy';

/** A school's wegwijzer its staff read and search. */
export type WegwijzerReader = Handle<'wegwijzer-reader'>;
/** A school's wegwijzer its coordinators and map keepers fill. */
export type WegwijzerEditor = Handle<'wegwijzer-editor'>;
export type WegwijzerView = WegwijzerReader | WegwijzerEditor;
/** A school whose coordinator hands the duties of map keepers who left to someone else. */
export type KeeperHandover = Handle<'keeper-handover'>;
/** A directory partner whose shared facts the holder may correct. */
export type PartnerCorrection = Handle<'partner-correction'> & { schoolId: string | null };
