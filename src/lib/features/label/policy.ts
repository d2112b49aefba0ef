import { schoolAccessOf, type Actor } from '../people/types';

export type LabelAction = 'download' | 'verify';

export interface LabelSubject {
  schoolId: string;
  /** The school is on the network's public member list in that school year. */
  isMember: boolean;
  networkIsPublic: boolean;
}

/**
 * People of a school download the label of a public network for a school year in which the school
 * is a member; anyone may check a label, since the public member list says the same.
 */
export function canLabel(actor: Actor | null, action: LabelAction, subject: LabelSubject): boolean {
  switch (action) {
    case 'download':
      return schoolAccessOf(actor, subject.schoolId) !== null && subject.isMember && subject.networkIsPublic;
    case 'verify':
      return true;
  }
}
