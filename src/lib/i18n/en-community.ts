import type { communityErrorsNl, communityNl } from './nl-community';

export const communityEn: typeof communityNl = {
  trainingRequestsTab: 'Training requests'
};

export const communityErrorsEn: typeof communityErrorsNl = {
};
