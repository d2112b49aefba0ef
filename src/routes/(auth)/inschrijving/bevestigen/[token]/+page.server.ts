import { redirect } from '@sveltejs/kit';
import { confirmGuestFailures, confirmGuestRegistration } from '$lib/features/accounts/mutations.server';
import { findActivityPath, isGuestLinkUsable } from '$lib/features/registrations/data.server';
import { defineAction } from '$lib/server/actions';
import { startSession } from '../../../session.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Public: the secret in the URL is the credential (ADR 029). Opening the link only shows a button,
// so a mail scanner does not confirm; the POST confirms the registration and the address, signs
// in (as a sign-in link would: only the address's owner has it) and shows the registration.
export const load: PageServerLoad = async ({ params }) => ({ usable: await isGuestLinkUsable(params.token) });

export const actions = {
  default: defineAction({
    access: (event: RequestEvent) => event,
    run: ({ event }) => confirmGuestRegistration(event.params.token),
    failures: confirmGuestFailures,
    done: async (result, { event: { cookies, url, locals } }) => {
      await startSession(cookies, url, result.personId, locals.locale);
      const path = await findActivityPath(result.activityId);
      redirect(303, path ? `${path}/inschrijven` : '/werkruimte');
    }
  })
} satisfies Actions;
