// The demo accounts the tests sign in with (the seed's people, src/lib/server/db/seed-demo.ts).
export const demoPassword = 'netwerkplein-demo';
const domain = 'demo.netwerkplein.example';

export const accounts = {
  admin: `admin@${domain}`,
  facilitator: `facilitator@${domain}`,
  coach: `begeleider@${domain}`,
  coordinator: `coordinator@${domain}`,
  staff: `medewerker@${domain}`,
  otherFacilitator: `facilitator.gent@${domain}`,
  // Coordinator of 931187, a school outside Samana's learning network 2022-2023.
  otherCoordinator: `tom.mertens@${domain}`,
  // Organiser of the Hamburg study trip (Ouders & School vzw).
  hamburgFacilitator: `facilitator.hamburg@${domain}`,
  // Sofie Baert, moderator of the Oost-Vlaanderen network of Samen tegen Schooluitval only (ADR 052).
  moderator: `moderator.oost-vlaanderen@${domain}`
} as const;

export type Account = keyof typeof accounts;
