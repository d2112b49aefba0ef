// Who may act on a school's network map (ADR 020, 036): the map policy decides, this mints the
// map handles. A school's own people come in through the school; an organisation only through a
// share, and a map not shared with it does not exist for it (404).
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { grant } from '$lib/server/tenancy';
import { requireOrganisation } from '../organisations/access.server';
import { requireSchool } from '../schools/access.server';
import { findSchoolByInstitutionNumber } from '../schools/data.server';
import { parseSchoolKey } from '../schools/rules';
import { findMapSubject } from './data.server';
import { canNetworkMap, canSharedMap, networkMapAbilities, type NetworkMapAction } from './policy';
import type { MapEditor, MapManager, MapReader } from './types';

/** A school's map from the school's side: 'view' (its staff), 'edit' (coordinator, keepers), 'manage' (coordinator). */
export async function requireMap(event: GuardEvent, schoolParam: string, action: NetworkMapAction) {
  const { actor, school } = await requireSchool(event, schoolParam, 'view-profile');
  const facts = await findMapSubject(school.id);
  const subject = { schoolId: school.id, keepers: facts.keepers };
  if (!canNetworkMap(actor, action, subject)) forbidden(event.locals);
  const abilities = networkMapAbilities(actor, subject);
  return {
    actor, school, facts, abilities,
    reader: grant('map-reader', school.id) as MapReader,
    editor: abilities.edit ? (grant('map-editor', school.id) as MapEditor) : null,
    manager: abilities.manage ? (grant('map-manager', school.id) as MapManager) : null
  };
}

/** Like `requireMap(…, 'edit')`, with the editor handle the mutations take. */
export async function requireMapEditor(event: GuardEvent, schoolParam: string) {
  const map = await requireMap(event, schoolParam, 'edit');
  return { ...map, editor: map.editor! };
}

export async function requireMapManager(event: GuardEvent, schoolParam: string) {
  const map = await requireMap(event, schoolParam, 'manage');
  return { ...map, manager: map.manager! };
}

/** The list of maps shared with an organisation: its facilitators. */
export async function requireSharedMapList(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireOrganisation(event, organisationSlug, 'view-workspace');
  if (!canSharedMap(workspace.actor, workspace.organisation.id, 'list')) forbidden(event.locals);
  return workspace;
}

/** One map shared with the organisation, read only; a map not shared with it is not found. */
export async function requireSharedMap(event: GuardEvent, organisationSlug: string, schoolParam: string) {
  const workspace = await requireSharedMapList(event, organisationSlug);
  const key = parseSchoolKey(schoolParam);
  const school = key ? await findSchoolByInstitutionNumber(key) : null;
  if (!school) notFound(event.locals);
  const facts = await findMapSubject(school.id);
  if (!facts.started || !canSharedMap(workspace.actor, workspace.organisation.id, facts.sharedWith)) notFound(event.locals);
  return { ...workspace, school, reader: grant('map-reader', school.id) as MapReader };
}
