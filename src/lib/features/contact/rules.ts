// Pure rules of the contact form: its statuses and its limits per client and address. The honeypot
// and the signed fill-time ticket are the shared spam brakes (src/lib/server/spam-brakes.ts, ADR 053).

/** Where a message stands in the inbox. */
export const contactStatuses = ['new', 'answered', 'closed'] as const;

/** Messages per client (IP) and per sender address per hour, and per organisation per hour. */
export const contactLimits = { perClient: 5, perAddress: 3, perOrganisation: 60, windowSeconds: 3_600 } as const;
