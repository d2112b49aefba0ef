// Handles and shapes of the communication kit (ADR 020, ADR 059); the handles are minted only by access.server.ts.
import type { Handle } from '$lib/server/tenancy';
import type { KitFileCategory, KitFileKind } from './rules';

/** A network whose kits the actor may compose (its organisation's facilitator or its moderator). */
export type KitNetwork = Handle<'kit-network'>;
/** A kit a school's people may open: it has items and the school is a member that year. */
export type MemberKit = Handle<'member-kit'>;

export interface KitFile {
  id: string;
  title: string;
  category: KitFileCategory;
  description: string;
  fileName: string;
  kind: KitFileKind;
  size: number;
  createdAt: Date;
}

export interface KitText { id: string; title: string; body: string }

export interface Kit { id: string | null; files: KitFile[]; texts: KitText[] }
