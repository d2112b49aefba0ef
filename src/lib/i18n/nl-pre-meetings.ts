// Dutch messages of The preparatory online meeting: date poll and questions beforehand.
export const preMeetingsNl = {
};

/** Error keys of this area (merged into `errors`; prefix them with the area to avoid clashes). */
export const preMeetingsErrorsNl = {
};
