// Dutch messages of Travelling together, reactions and tailored training requests.
export const communityNl = {
  trainingRequestsTab: 'Vormingsaanvragen'
};

/** Error keys of this area (merged into `errors`; prefix them with the area to avoid clashes). */
export const communityErrorsNl = {
};
