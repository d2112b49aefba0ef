import type { participantsErrorsNl, participantsNl } from './nl-participants';

export const participantsEn: typeof participantsNl = {
};

export const participantsErrorsEn: typeof participantsErrorsNl = {
};
