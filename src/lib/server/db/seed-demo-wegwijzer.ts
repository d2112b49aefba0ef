// The demo's wegwijzer (issue 15 item 6, ADR 046): Sint-Jozefsinstituut's role division, in seed
// 003's spirit — the teacher is the first point of contact, the care and non-school questions go to
// the role that takes them up, and on to a partner on the school's own network map.
import { and, eq } from 'drizzle-orm';
import type { QuestionType } from '$lib/features/map-wegwijzer/rules';
import type { ContactRole } from '$lib/features/network-map/rules';
import type { Tx } from './client';
import { mapLinks, mapPartners, wegwijzerRows } from './schema';

const domain = 'demo.netwerkplein.example';

interface DemoRow { type: QuestionType; question: string; role: ContactRole; person?: string; partner?: string; approach: string; keywords?: string }

const sintJozef: DemoRow[] = [
  { type: 'armoede-geld', question: 'Ouder vraagt hulp bij schoolkosten of een afbetalingsplan', role: 'zorgcoordinator', person: `lien.segers@${domain}`, partner: 'Rotary Mechelen',
    approach: 'Bekijkt discreet met de ouder het sociaal fonds van de school, de schooltoelage en een afbetalingsplan; verwijst zo nodig naar het OCMW.' },
  { type: 'jonge-mantelzorgers', question: 'Leerling zorgt thuis voor een zieke ouder, broer of zus', role: 'zorgleerkracht', partner: 'Vrij CLB Mechelen',
    approach: 'Luistert, spreekt een haalbare planning voor taken en toetsen af en brengt het CLB in.' },
  { type: 'leren', question: 'Leerling raakt achter met huiswerk of plannen', role: 'leerkracht', person: `medewerker@${domain}`, partner: 'Thomas More Mechelen',
    approach: 'Spreekt de leerling aan en meldt hem aan voor de huiswerkbegeleiding door stagiaires.' },
  { type: 'welbevinden', question: 'Leerling voelt zich niet goed of wordt gepest', role: 'leerlingenbegeleider', partner: 'CAW Boom Mechelen Lier',
    approach: 'Voert een gesprek met de leerling en verwijst naar het jongerenonthaal van het CAW.' },
  { type: 'zorg', question: 'Vraag naar onderzoek, ondersteuning of aanpassingen', role: 'zorgcoordinator', person: `lien.segers@${domain}`, partner: 'Vrij CLB Mechelen',
    approach: 'Brengt de vraag op het multidisciplinair overleg en vraagt het CLB om een traject.' },
  { type: 'gezondheid', question: 'Zorgen over gezondheid, slaap of voeding', role: 'zorgcoordinator', partner: 'Vrij CLB Mechelen',
    approach: 'Neemt contact op met de CLB-arts of -verpleegkundige.' },
  { type: 'thuissituatie', question: 'Moeilijke thuissituatie, huisvesting of conflict', role: 'brugfiguur', partner: 'Brugfiguren Stad Mechelen',
    approach: 'Gaat met het gezin in gesprek, thuis of op school, en zoekt samen de juiste dienst.' },
  { type: 'taal', question: 'Ouder spreekt weinig Nederlands', role: 'brugfiguur', partner: 'Brugfiguren Stad Mechelen',
    approach: 'Regelt een tolk of brugfiguur voor het oudercontact.', keywords: 'oudercontact tolken' },
  { type: 'vrije-tijd', question: 'Leerling zoekt een hobby of een plek om te lezen', role: 'leerkracht', partner: 'Openbare bibliotheek Mechelen',
    approach: 'Toont de leesprojecten en het aanbod van de bibliotheek.' },
  { type: 'eigen', question: 'Geloof en levensbeschouwing', role: 'directeur', partner: 'Parochie Sint-Rombout',
    approach: 'Neemt het gesprek op en legt contact met de parochie of de moskeevereniging.', keywords: 'geloof godsdienst religie ramadan viering' }
];

export async function seedWegwijzer(tx: Tx, schoolId: Map<string, string>, personId: Map<string, string>): Promise<void> {
  const jozef = schoolId.get('913204')!;
  for (const row of sintJozef) {
    const [link] = row.partner
      ? await tx.select({ id: mapLinks.id }).from(mapLinks).innerJoin(mapPartners, eq(mapPartners.id, mapLinks.partnerId))
        .where(and(eq(mapLinks.schoolId, jozef), eq(mapPartners.name, row.partner)))
      : [];
    await tx.insert(wegwijzerRows).values({
      schoolId: jozef, questionType: row.type, question: row.question, keywords: row.keywords ?? '', role: row.role,
      personId: row.person ? personId.get(row.person)! : null, linkId: link?.id ?? null, approach: row.approach
    });
  }
}
