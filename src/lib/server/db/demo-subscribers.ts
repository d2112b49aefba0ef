// Samana's 40 public newsletter subscribers in the demo (ADR 057): invented Flemish names on
// example.be, mostly confirmed, a few pending, paused and unsubscribed. Pure data, deterministic:
// the same rows (and unsubscribe tokens, demo only) on every fresh start.

const firstNames = ['An', 'Bart', 'Charlotte', 'Dirk', 'Els', 'Frederik', 'Griet', 'Hans', 'Ilse', 'Jeroen', 'Katrien', 'Lieven', 'Marleen', 'Nico',
  'Oona', 'Pieter', 'Quinten', 'Roos', 'Stijn', 'Tine'];
const lastNames = ['Claes', 'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Wouters', 'Goossens', 'De Smet', 'Vermeulen', 'Hermans',
  'Van den Broeck', 'Dubois', 'Lambrechts', 'Verhoeven', 'Declercq', 'Aerts', 'Michiels', 'Desmet'];

export type DemoSubscriberStatus = 'pending' | 'confirmed' | 'paused' | 'unsubscribed';

export interface DemoSubscriber {
  email: string;
  name: string;
  locale: 'nl' | 'en';
  status: DemoSubscriberStatus;
  /** Days before the demo starts that the subscription last changed status. */
  daysAgo: number;
  unsubscribeToken: string;
}

/** 32 confirmed, 1 paused, 3 unsubscribed and 4 pending. */
const statusOf = (i: number): DemoSubscriberStatus => (i >= 36 ? 'pending' : i >= 33 ? 'unsubscribed' : i === 32 ? 'paused' : 'confirmed');
const ascii = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '');

/** The unsubscribe token of the i-th demo subscriber (0-based); the first is confirmed. */
export const demoSubscriberToken = (i: number) => `demo-nieuwsbrief-samana-${String(i + 1).padStart(2, '0')}`;

export const demoSubscribers: DemoSubscriber[] = Array.from({ length: 40 }, (_, i) => {
  const first = firstNames[i % firstNames.length]!;
  const last = lastNames[(i * 7) % lastNames.length]!;
  return {
    email: `${ascii(first)}.${ascii(last)}${i >= 20 ? i : ''}@example.be`,
    // Every fifth left their name out (it is optional).
    name: i % 5 === 4 ? '' : `${first} ${last}`,
    locale: i % 9 === 8 ? 'en' : 'nl',
    status: statusOf(i),
    daysAgo: statusOf(i) === 'pending' ? 1 + (i % 3) : 3 + ((i * 11) % 180),
    unsubscribeToken: demoSubscriberToken(i)
  };
});
