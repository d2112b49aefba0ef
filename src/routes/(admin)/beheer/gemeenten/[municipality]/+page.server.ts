import { requireAdministeredMunicipality } from '$lib/features/municipalities/access.server';
import { loadMunicipality } from '$lib/features/municipalities/data.server';
import {
  appointOfficer, officerFailures, removeOfficer, saveMunicipality, saveMunicipalityFailures
} from '$lib/features/municipalities/mutations.server';
import { municipalitySchema, officerSchema, removeOfficerSchema } from '$lib/features/municipalities/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { municipality } = await requireAdministeredMunicipality(event, event.params.municipality);
  return loadMunicipality(municipality);
};

const keep = (event: RequestEvent) => requireAdministeredMunicipality(event, event.params.municipality);

export const actions = {
  save: defineAction({
    form: 'save', access: keep, schema: municipalitySchema,
    run: ({ access, input }) => saveMunicipality(input, access.municipality),
    failures: saveMunicipalityFailures,
    done: () => ({ done: 'saved' as const, name: '' })
  }),
  addOfficer: defineAction({
    form: 'addOfficer', access: keep, schema: officerSchema,
    run: ({ access, input }) => appointOfficer(access.municipality, input),
    failures: officerFailures,
    done: (result) => ({ done: 'added' as const, name: result.name })
  }),
  removeOfficer: defineAction({
    form: 'removeOfficer', access: keep, schema: removeOfficerSchema,
    run: ({ access, input }) => removeOfficer(access.municipality, input.personId),
    failures: officerFailures,
    done: (result) => ({ done: 'removed' as const, name: result.name })
  })
} satisfies Actions;
