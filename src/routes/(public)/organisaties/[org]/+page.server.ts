import { error } from '@sveltejs/kit';
import { findBrandingBySlug, findOrganisationBySlug, listPublicNetworksOfOrganisation } from '$lib/features/organisations/data.server';
import { messagesFor } from '$lib/i18n/messages';
import type { PageServerLoad } from './$types';

// Public: an organisation's profile is public; only its public networks are listed.
export const load: PageServerLoad = async ({ params, locals }) => {
  const organisation = await findOrganisationBySlug(params.org);
  if (!organisation) error(404, messagesFor(locals.locale).errors.notFound);
  const [networks, branding] = await Promise.all([listPublicNetworksOfOrganisation(organisation.id), findBrandingBySlug(organisation.slug)]);
  return { organisation, networks, branding };
};
