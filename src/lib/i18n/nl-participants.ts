// Dutch messages of Participants: the organiser's live lists, payments, export and check-in.
export const participantsNl = {
};

/** Error keys of this area (merged into `errors`; prefix them with the area to avoid clashes). */
export const participantsErrorsNl = {
};
