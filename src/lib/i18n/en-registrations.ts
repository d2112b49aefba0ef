import type { registrationsErrorsNl, registrationsNl } from './nl-registrations';

export const registrationsEn: typeof registrationsNl = {
};

export const registrationsErrorsEn: typeof registrationsErrorsNl = {
};
