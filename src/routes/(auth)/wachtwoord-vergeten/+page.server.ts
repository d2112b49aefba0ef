import { requestPasswordReset } from '$lib/features/people/mutations.server';
import { magicLinkRequestSchema } from '$lib/features/people/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import type { Actions } from './$types';

// Public: answers the same whether or not the address has an account; rate-limited.
export const actions: Actions = {
  default: async ({ request, getClientAddress }) => {
    const data = await request.formData();
    const parsed = parseForm(magicLinkRequestSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure);
    const result = await requestPasswordReset(parsed.data.email, getClientAddress());
    if (!result.ok) return fieldFail(429, 'form', 'rateLimited', data);
    return { sent: true };
  }
};
