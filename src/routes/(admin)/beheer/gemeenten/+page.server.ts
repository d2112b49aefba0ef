import { requireMunicipalityAdmin } from '$lib/features/municipalities/access.server';
import { listMunicipalitiesForAdmin } from '$lib/features/municipalities/data.server';
import { saveMunicipality, saveMunicipalityFailures } from '$lib/features/municipalities/mutations.server';
import { municipalitySchema } from '$lib/features/municipalities/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  requireMunicipalityAdmin(event);
  return { municipalities: await listMunicipalitiesForAdmin() };
};

export const actions = {
  create: defineAction({
    form: 'create', access: (event: RequestEvent) => requireMunicipalityAdmin(event), schema: municipalitySchema,
    run: ({ input }) => saveMunicipality(input),
    failures: saveMunicipalityFailures,
    done: (result, { input }) => ({ created: result.id, name: input.invoiceName })
  })
} satisfies Actions;
