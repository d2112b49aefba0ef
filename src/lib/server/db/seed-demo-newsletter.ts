// Samana's public newsletter subscribers in the demo (ADR 057), from demo-subscribers.ts, with the
// event that brought each to its status. A pending one has no confirmation link (none was mailed
// in the demo): subscribing again from the public page mails one.
import type { Tx } from './client';
import { demoSubscribers } from './demo-subscribers';
import { newsletterSubscriptionEvents, newsletterSubscriptions } from './schema';

const daysAgo = (days: number) => {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setUTCHours(9, 30, 0, 0);
  return at;
};

export async function seedNewsletterSubscribers(tx: Tx, orgId: Map<string, string>): Promise<void> {
  const organisationId = orgId.get('samana')!;
  const rows = await tx.insert(newsletterSubscriptions).values(demoSubscribers.map((s) => {
    const changed = daysAgo(s.daysAgo);
    const confirmed = s.status !== 'pending';
    return {
      organisationId, email: s.email, name: s.name, locale: s.locale, status: s.status, unsubscribeToken: s.unsubscribeToken,
      confirmedAt: confirmed ? daysAgo(s.daysAgo + (s.status === 'confirmed' ? 0 : 30)) : null,
      confirmExpiresAt: confirmed ? null : new Date(changed.getTime() + 7 * 86_400_000),
      statusChangedAt: changed, createdAt: confirmed ? daysAgo(s.daysAgo + 30) : changed
    };
  })).returning({ id: newsletterSubscriptions.id, status: newsletterSubscriptions.status, at: newsletterSubscriptions.statusChangedAt });
  await tx.insert(newsletterSubscriptionEvents).values(rows.map((r) => ({
    subscriptionId: r.id, event: r.status === 'pending' ? 'subscribed' as const : r.status === 'confirmed' ? 'confirmed' as const : r.status === 'paused' ? 'paused' as const : 'unsubscribed' as const,
    createdAt: r.at
  })));
}
