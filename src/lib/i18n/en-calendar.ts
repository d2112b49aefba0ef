import type { calendarErrorsNl, calendarNl } from './nl-calendar';

const notSchoolDay = (what: string) => `This date falls ${what}: there is no school then.`;

export const calendarErrorsEn: typeof calendarErrorsNl = {
  notSchoolDay_weekend: notSchoolDay('in the weekend'),
  notSchoolDay_herfstvakantie: notSchoolDay('in the autumn holiday'),
  notSchoolDay_wapenstilstand: notSchoolDay('on Armistice Day (11 November)'),
  notSchoolDay_kerstvakantie: notSchoolDay('in the Christmas holiday'),
  notSchoolDay_krokusvakantie: notSchoolDay('in the spring half-term'),
  notSchoolDay_paasvakantie: notSchoolDay('in the Easter holiday'),
  notSchoolDay_paasmaandag: notSchoolDay('on Easter Monday'),
  'notSchoolDay_dag-van-de-arbeid': notSchoolDay('on Labour Day (1 May)'),
  notSchoolDay_hemelvaart: notSchoolDay('on Ascension Day'),
  'notSchoolDay_vrijdag-na-hemelvaart': notSchoolDay('on the Friday after Ascension'),
  notSchoolDay_pinkstermaandag: notSchoolDay('on Whit Monday'),
  notSchoolDay_zomervakantie: notSchoolDay('in the summer holiday'),
  datePast: 'This date is in the past: no invitation or reminder will be sent.',
  dateOutsideSchoolYear: 'This date is not in the school year of this learning network.'
};

export const calendarEn: typeof calendarNl = {
  confirmTitle: 'Is this date right?',
  confirmExplain: 'Not every date falls on an ordinary school day. Pick another date, or confirm that you want to use these dates anyway.',
  confirm: 'Yes, use these dates anyway'
};
