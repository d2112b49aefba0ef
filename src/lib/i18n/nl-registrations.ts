// Dutch messages of Registrations: registering, interest, colleagues, changes, cancelling, the waiting list and their mails.
export const registrationsNl = {
};

/** Error keys of this area (merged into `errors`; prefix them with the area to avoid clashes). */
export const registrationsErrorsNl = {
};
