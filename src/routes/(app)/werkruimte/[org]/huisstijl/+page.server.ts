import { findBrandingBySlug } from '$lib/features/organisations/data.server';
import { saveBranding, saveBrandingFailures } from '$lib/features/organisations/mutations.server';
import { brandingSchema } from '$lib/features/organisations/schema';
import { requireOrganisation } from '$lib/features/organisations/access.server';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The organisation's logo and accent colour: its facilitators set them (ADR 027 branding).
export const load: PageServerLoad = async (event) => {
  const { organisation } = await requireOrganisation(event, event.params.org, 'edit-profile');
  return { branding: await findBrandingBySlug(organisation.slug) };
};

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => requireOrganisation(event, event.params.org, 'edit-profile'),
    schema: brandingSchema,
    // The logo is no text field of the schema: it is read from the raw form.
    run: ({ access, input, data }) => saveBranding(access.organisationId, { ...input, logo: data.get('logo') }),
    failures: saveBrandingFailures,
    done: () => ({ saved: true })
  })
} satisfies Actions;
