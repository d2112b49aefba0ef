// Samana's contacts abroad (ADR 055): organisations for young carers in the United Kingdom, the
// Netherlands, Germany and France, and one waiting request for an introduction from
// Sint-Jozefsinstituut (913204). So that the school is a member this school year whenever the demo
// starts, it is in Samana's (closed) pilot group for the current year too.
import { schoolYearOf } from '$lib/features/calendar/rules';
import type { Tx } from './client';
import { internationalContacts, internationalIntroductions, networkMemberships } from './schema';

export const demoInternationalMember = { networkSlug: 'samana-kernteam-intern', institutionNumber: '913204', coordinator: 'coordinator@demo.netwerkplein.example' };

export const demoInternationalContacts = [
  {
    name: 'Young Carers Schools Network', country: 'GB', languages: ['en'],
    focus: 'Helpt scholen in Engeland jonge mantelzorgers vroeg te herkennen en te steunen, met een schoolprogramma, lesmateriaal en een keurmerk voor scholen.',
    contactName: 'Helen Whitfield', contactEmail: 'helen.whitfield@youngcarers-schools.example', website: 'https://youngcarers-schools.example',
    initiatives: [
      { title: 'Young Carers in Schools award', url: 'https://youngcarers-schools.example/award' },
      { title: 'Young Carers Action Day', url: 'https://youngcarers-schools.example/action-day' }
    ],
    visibleToMembers: true, initiativesPublic: true
  },
  {
    name: 'Stichting Jonge Mantelzorg Nederland', country: 'NL', languages: ['nl', 'en'],
    focus: 'Landelijk netwerk van steunpunten voor jonge mantelzorgers; werkt met scholen aan een vast aanspreekpunt en lotgenotengroepen.',
    contactName: 'Marieke van den Berg', contactEmail: 'marieke@jongemantelzorg-nl.example', website: 'https://jongemantelzorg-nl.example',
    initiatives: [{ title: 'Dag van de Jonge Mantelzorger', url: 'https://jongemantelzorg-nl.example/dag-van-de-jonge-mantelzorger' }],
    visibleToMembers: true, initiativesPublic: true
  },
  {
    name: 'Netzwerk junge Pflegende', country: 'DE', languages: ['de', 'en'],
    focus: 'Vereniging van projecten voor kinderen en jongeren die thuis zorgen, met een online hulplijn en trainingen voor leraren.',
    contactName: 'Jonas Becker', contactEmail: 'j.becker@junge-pflegende.example', website: 'https://junge-pflegende.example',
    initiatives: [{ title: 'Schulprojekt „Zeit für mich“', url: 'https://junge-pflegende.example/schulprojekt' }],
    visibleToMembers: true, initiativesPublic: false
  },
  {
    name: 'Réseau Jeunes Aidants', country: 'FR', languages: ['fr'],
    focus: 'Franse vereniging die jonge mantelzorgers in het secundair onderwijs ondersteunt; de kennismaking wordt nog voorbereid.',
    contactName: 'Claire Moreau', contactEmail: 'claire.moreau@jeunes-aidants.example', website: '',
    initiatives: [], visibleToMembers: false, initiativesPublic: false
  }
];

export async function seedInternationalContacts(tx: Tx, orgId: Map<string, string>, networkId: Map<string, string>, schoolId: Map<string, string>, personId: Map<string, string>): Promise<void> {
  const organisationId = orgId.get('samana')!;
  const school = schoolId.get(demoInternationalMember.institutionNumber)!;
  await tx.insert(networkMemberships).values({
    networkId: networkId.get(demoInternationalMember.networkSlug)!, schoolId: school, schoolYear: schoolYearOf(new Date().toISOString().slice(0, 10))
  }).onConflictDoNothing();
  const rows = await tx.insert(internationalContacts).values(demoInternationalContacts.map((c) => ({ ...c, organisationId })))
    .returning({ id: internationalContacts.id, country: internationalContacts.country });
  const uk = rows.find((r) => r.country === 'GB')!;
  await tx.insert(internationalIntroductions).values({
    organisationId, contactId: uk.id, schoolId: school, requestedBy: personId.get(demoInternationalMember.coordinator) ?? null,
    createdAt: new Date(Date.now() - 2 * 86_400_000),
    message: 'Wij zijn een secundaire school in Mechelen met een vast aanspreekpunt voor jonge mantelzorgers. We willen graag horen hoe Engelse scholen werken met het keurmerk, en misschien een online uitwisseling tussen leerlingbegeleiders opzetten.'
  });
}
