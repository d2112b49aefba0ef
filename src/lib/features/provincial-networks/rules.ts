// Pure rules of provincial networks (ADR 052): the regions of the map and when a study day is over.

/** The five Flemish provinces and the Brussels-Capital Region, west to east on the map. */
export const regions = ['west-vlaanderen', 'oost-vlaanderen', 'antwerpen', 'vlaams-brabant', 'brussel', 'limburg'] as const;
export type Region = (typeof regions)[number];

export function isRegion(value: string | null | undefined): value is Region {
  return !!value && (regions as readonly string[]).includes(value);
}

/** A study day's presented examples are listed once the day has ended. */
export function studyDayIsOver(endsAt: Date, now: Date): boolean {
  return endsAt.getTime() <= now.getTime();
}

/** Each region's sub-network, in map order; a region without one is left out of the links. */
export function networksByRegion<N extends { province: string | null }>(networks: N[]): { region: Region; network: N }[] {
  return regions.flatMap((region) => {
    const network = networks.find((n) => n.province === region);
    return network ? [{ region, network }] : [];
  });
}
