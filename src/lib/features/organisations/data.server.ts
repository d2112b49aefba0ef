import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import type { MailBrand } from '$lib/server/mail/html';
import { renderPng } from '$lib/server/png';
import { organisationBranding, organisationRoles, organisations } from './tables.server';
import { darkAccent, logoPath, logoPngPath } from './rules';
import { networkMemberships, networks } from '../networks/tables.server';
import { people } from '../people/tables.server';
import type { AuthorizedOrgId } from '$lib/server/tenancy';

/** Organisations are public by nature: their name, description and contact are shown to all. */
export async function listOrganisations() {
  return db()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      description: organisations.description,
      website: organisations.website,
      contactEmail: organisations.contactEmail,
      publicNetworkCount: db().$count(networks, and(eq(networks.organisationId, organisations.id), eq(networks.isPublic, true)))
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

export async function findOrganisationBySlug(slug: string) {
  const [row] = await db()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      description: organisations.description,
      website: organisations.website,
      contactEmail: organisations.contactEmail
    })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  return row ?? null;
}

/** The public networks of an organisation with their member count in their latest school year. */
export async function listPublicNetworksOfOrganisation(organisationId: string) {
  return db()
    .select({
      id: networks.id,
      slug: networks.slug,
      name: networks.name,
      description: networks.description,
      latestSchoolYear: sql<number | null>`(select max(m.school_year) from ${networkMemberships} m where m.network_id = ${networks.id})`
    })
    .from(networks)
    .where(and(eq(networks.organisationId, organisationId), eq(networks.isPublic, true)))
    .orderBy(asc(networks.name));
}

export async function listOrganisationRoles(organisationId: AuthorizedOrgId) {
  return db()
    .select({ personId: people.id, name: people.name, email: people.email, role: organisationRoles.role })
    .from(organisationRoles)
    .innerJoin(people, eq(people.id, organisationRoles.personId))
    .where(eq(organisationRoles.organisationId, organisationId))
    .orderBy(asc(people.name));
}

/** How an organisation looks on its public pages: accent (with its dark-scheme variant) and logo version. Public, like its name. */
export async function findBrandingBySlug(slug: string) {
  const [row] = await db()
    .select({ slug: organisations.slug, name: organisations.name, accent: organisationBranding.accent, logoHash: organisationBranding.logoHash, logoType: organisationBranding.logoType })
    .from(organisations)
    .innerJoin(organisationBranding, eq(organisationBranding.organisationId, organisations.id))
    .where(eq(organisations.slug, slug));
  if (!row) return null;
  return {
    accent: row.accent,
    accentDark: row.accent ? darkAccent(row.accent) : null,
    logoUrl: row.logoHash ? logoPath(row.slug, row.logoHash) : null,
    logoIsPng: row.logoType === 'image/png',
    /** The logo as PNG for share cards (Facebook and LinkedIn do not show SVG), or null without a logo. */
    shareImageUrl: row.logoHash ? logoPngPath(row.slug, row.logoHash) : null,
    name: row.name
  };
}

export type OrganisationBranding = NonNullable<Awaited<ReturnType<typeof findBrandingBySlug>>>;

/**
 * How an organisation's mails look (ADR 035): its name, accent and logo (as PNG, absolute on
 * `origin`). Inside a change's transaction read it through `tx` (PGlite would wait for that transaction).
 */
export async function findMailBrand(organisationId: string, origin: string, tx?: Tx): Promise<MailBrand> {
  const [row] = await (tx ?? db())
    .select({ slug: organisations.slug, name: organisations.name, accent: organisationBranding.accent, logoHash: organisationBranding.logoHash })
    .from(organisations)
    .leftJoin(organisationBranding, eq(organisationBranding.organisationId, organisations.id))
    .where(eq(organisations.id, organisationId));
  return {
    organisationName: row?.name ?? 'Netwerkplein',
    accent: row?.accent ?? null,
    logoUrl: row?.logoHash ? `${origin}${logoPngPath(row.slug, row.logoHash)}` : null
  };
}

/** The logo's bytes for the logo route; the type was recognised from the bytes at upload. */
export async function findLogo(slug: string) {
  const [row] = await db()
    .select({ logo: organisationBranding.logo, logoType: organisationBranding.logoType, logoHash: organisationBranding.logoHash })
    .from(organisationBranding)
    .innerJoin(organisations, eq(organisations.id, organisationBranding.organisationId))
    .where(eq(organisations.slug, slug));
  return row?.logo && row.logoType && row.logoHash ? { bytes: row.logo, type: row.logoType, hash: row.logoHash } : null;
}

// Rasterised SVG logos by hash: a logo is drawn once per process, not once per request.
const rasterised = new Map<string, Uint8Array>();
const rasterisedKept = 64;
/** Width of an SVG logo drawn as PNG: sharp in a mail's 48 px high header and on a share card. */
const logoPngWidth = 512;

/** The logo as PNG (ADR 035): a PNG as stored, an SVG drawn by resvg (checked at upload: nothing external). */
export async function findLogoPng(slug: string) {
  const logo = await findLogo(slug);
  if (!logo) return null;
  if (logo.type === 'image/png') return logo;
  let png = rasterised.get(logo.hash);
  if (!png) {
    png = renderPng(new TextDecoder().decode(logo.bytes), logoPngWidth);
    if (rasterised.size >= rasterisedKept) rasterised.delete(rasterised.keys().next().value!);
    rasterised.set(logo.hash, png);
  }
  return { bytes: png, hash: logo.hash, type: 'image/png' as const };
}
