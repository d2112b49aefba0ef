// Shapes international contacts share between its reads and its components (ADR 055).
import type { Initiative, IntroductionStatus } from './rules';

/** A contact abroad as the organisation's facilitators and its member schools read it. */
export interface InternationalContact {
  id: string;
  name: string;
  country: string;
  focus: string;
  languages: string[];
  contactName: string;
  contactEmail: string;
  website: string;
  initiatives: Initiative[];
  visibleToMembers: boolean;
  initiativesPublic: boolean;
  archivedAt: Date | null;
}

/** A request for an introduction, with the names both sides need. */
export interface IntroductionRow {
  id: string;
  status: IntroductionStatus;
  message: string;
  declineReason: string;
  createdAt: Date;
  decidedAt: Date | null;
  contactId: string;
  contactName: string;
  contactOrganisation: string;
  country: string;
  schoolName: string;
  requestedByName: string | null;
  /** The organisation that brokers it. */
  organisationName: string;
}

/** A public initiative on the organisation's page, with the contact it belongs to. */
export interface PublicInitiative extends Initiative {
  contactName: string;
  country: string;
}
