// Dutch messages for dates checked against the Flemish school calendar (features/calendar).
import type { CalendarConcernKey } from '$lib/features/calendar/rules';

const notSchoolDay = (what: string) => `Deze datum valt ${what}: dan is er geen school.`;

export const calendarErrorsNl = {
  notSchoolDay_weekend: notSchoolDay('in het weekend'),
  notSchoolDay_herfstvakantie: notSchoolDay('in de herfstvakantie'),
  notSchoolDay_wapenstilstand: notSchoolDay('op Wapenstilstand (11 november)'),
  notSchoolDay_kerstvakantie: notSchoolDay('in de kerstvakantie'),
  notSchoolDay_krokusvakantie: notSchoolDay('in de krokusvakantie'),
  notSchoolDay_paasvakantie: notSchoolDay('in de paasvakantie'),
  notSchoolDay_paasmaandag: notSchoolDay('op paasmaandag'),
  'notSchoolDay_dag-van-de-arbeid': notSchoolDay('op de Dag van de Arbeid (1 mei)'),
  notSchoolDay_hemelvaart: notSchoolDay('op Hemelvaartsdag'),
  'notSchoolDay_vrijdag-na-hemelvaart': notSchoolDay('op de vrijdag na Hemelvaart'),
  notSchoolDay_pinkstermaandag: notSchoolDay('op Pinkstermaandag'),
  notSchoolDay_zomervakantie: notSchoolDay('in de zomervakantie'),
  datePast: 'Deze datum ligt in het verleden: er gaat geen uitnodiging of herinnering uit.',
  dateOutsideSchoolYear: 'Deze datum ligt niet in het schooljaar van dit lerend netwerk.'
} satisfies Record<CalendarConcernKey | 'dateOutsideSchoolYear', string>;

export const calendarNl = {
  confirmTitle: 'Klopt deze datum?',
  confirmExplain: 'Niet elke datum valt op een gewone schooldag. Kies een andere datum, of bevestig dat je deze datums toch wilt gebruiken.',
  confirm: 'Ja, ik gebruik deze datums toch'
};
