import type { preMeetingsErrorsNl, preMeetingsNl } from './nl-pre-meetings';

export const preMeetingsEn: typeof preMeetingsNl = {
};

export const preMeetingsErrorsEn: typeof preMeetingsErrorsNl = {
};
