// Demo contact messages in Samana's inbox (ADR 053): two new ones (one about its network), one
// answered and one closed. Dated relative to today so the inbox always reads as recent.
import type { Tx } from './client';
import { contactMessages, contactReplies } from './schema';

const daysAgo = (days: number, hour: number) => {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setUTCHours(hour, 15, 0, 0);
  return at;
};

export async function seedContactMessages(tx: Tx, orgId: Map<string, string>, networkId: Map<string, string>, personId: Map<string, string>): Promise<void> {
  const organisationId = orgId.get('samana')!;
  const [, , answered] = await tx.insert(contactMessages).values([
    {
      organisationId, networkId: networkId.get('scholennetwerk-jonge-mantelzorgers')!, name: 'Mieke Claes', email: 'mieke.claes@atheneum-boom.example',
      school: 'GO! Atheneum Boom', createdAt: daysAgo(1, 8),
      message: 'Wij willen volgend schooljaar graag aansluiten bij het Scholennetwerk voor jonge mantelzorgers. Hoe gaat dat in zijn werk, en moeten we dan ook meedoen aan het lerend netwerk?'
    },
    {
      organisationId, name: 'Jan Verstraete', email: 'jan.verstraete@example.be', createdAt: daysAgo(2, 13),
      message: 'Ik ben leerlingbegeleider in het eerste jaar. Hebben jullie materiaal om jonge mantelzorgers in de klas bespreekbaar te maken zonder iemand te viseren?'
    },
    {
      organisationId, networkId: networkId.get('scholennetwerk-jonge-mantelzorgers')!, name: 'Sofie De Smet', email: 'sofie.desmet@sint-ursula.example',
      school: 'Sint-Ursula-Instituut', status: 'answered' as const, createdAt: daysAgo(6, 9),
      message: 'Mogen we het logo van het kwaliteitslabel ook op onze schoolwebsite en in de nieuwsbrief aan de ouders gebruiken?'
    },
    {
      organisationId, name: 'Tom Wouters', email: 'tom.wouters@example.be', status: 'closed' as const, createdAt: daysAgo(12, 15),
      message: 'Bedankt voor de vorming van vorige week. Mijn collega’s vroegen of de presentatie ergens te vinden is.'
    }
  ]).returning({ id: contactMessages.id });
  await tx.insert(contactReplies).values({
    messageId: answered!.id, authorId: personId.get('facilitator@demo.netwerkplein.example') ?? null, createdAt: daysAgo(5, 10),
    body: 'Dag Sofie,\n\nJa, graag zelfs. Het label van dit schooljaar vind je bij de lerende netwerken van jullie school, als PNG en als SVG. Zet er het schooljaar bij, dan weten ouders waarvoor het staat.\n\nGroeten,\nLotte'
  });
}
