import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandOrganisation } from '$lib/server/tenancy';
import { db } from '$lib/server/db/client';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation } from '../../../../tests/factories';
import { findBrandingBySlug, findLogo, findLogoPng, findMailBrand, findOrganisationBySlug } from './data.server';
import { createOrganisation, saveBranding } from './mutations.server';
import { organisationBranding } from './tables.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

async function organisation() {
  const input = buildOrganisation();
  await createOrganisation(input);
  const org = await findOrganisationBySlug(input.slug);
  return { id: brandOrganisation(org!.id), slug: input.slug };
}

const svgLogo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1b5e20"/></svg>';
const file = (text: string, name = 'logo.svg', type = 'image/svg+xml') => new File([text], name, { type });
const rows = () => db().$count(organisationBranding);

describe('an organisation’s branding', () => {
  it('saves the accent and the logo, recognised by its bytes, and serves them back', async () => {
    const org = await organisation();
    // The browser's name and type say PNG; the bytes are an SVG, and that is what is stored.
    expect(await saveBranding(org.id, { accent: '#1b5e20', removeLogo: false, logo: file(svgLogo, 'logo.png', 'image/png') })).toEqual({ ok: true });
    const branding = await findBrandingBySlug(org.slug);
    expect(branding).toMatchObject({ accent: '#1b5e20', logoIsPng: false });
    expect(branding?.accentDark).not.toBe('#1b5e20');
    expect(branding?.logoUrl).toMatch(new RegExp(`^/organisaties/${org.slug}/logo\\?v=[0-9a-f]{12}$`));
    const logo = await findLogo(org.slug);
    expect(logo?.type).toBe('image/svg+xml');
    expect(new TextDecoder().decode(logo!.bytes)).toBe(svgLogo);

    // A new colour without a file keeps the logo; removing it clears it.
    await saveBranding(org.id, { accent: '#0b5394', removeLogo: false, logo: null });
    expect((await findLogo(org.slug))?.hash).toBe(logo?.hash);
    await saveBranding(org.id, { accent: '#0b5394', removeLogo: true, logo: null });
    expect(await findLogo(org.slug)).toBeNull();
    expect((await findBrandingBySlug(org.slug))?.accent).toBe('#0b5394');
  });

  it('refuses a colour with too little contrast and writes nothing, not even the logo', async () => {
    const org = await organisation();
    const before = await rows();
    expect(await saveBranding(org.id, { accent: '#ffcc00', removeLogo: false, logo: file(svgLogo) })).toEqual({ ok: false, reason: 'accent-contrast' });
    expect(await rows()).toBe(before);
    expect(await findBrandingBySlug(org.slug)).toBeNull();
  });

  it('refuses a forged or unsafe logo and keeps what was there', async () => {
    const org = await organisation();
    await saveBranding(org.id, { accent: '#0b5394', removeLogo: false, logo: null });
    const script = svgLogo.replace('<rect', '<script>alert(1)</script><rect');
    expect(await saveBranding(org.id, { accent: '#1b5e20', removeLogo: false, logo: file(script) })).toEqual({ ok: false, reason: 'logo-unsafe' });
    expect(await saveBranding(org.id, { accent: '#1b5e20', removeLogo: false, logo: file('GIF89a not a logo', 'logo.png', 'image/png') })).toEqual({ ok: false, reason: 'logo-type' });
    expect(await saveBranding(org.id, { accent: '#1b5e20', removeLogo: false, logo: file('x'.repeat(300 * 1024)) })).toEqual({ ok: false, reason: 'logo-too-large' });
    expect(await findBrandingBySlug(org.slug)).toMatchObject({ accent: '#0b5394', logoUrl: null });
  });

  it('draws an SVG logo as PNG for mails and share cards, and names it in the mail brand', async () => {
    const org = await organisation();
    expect(await findLogoPng(org.slug)).toBeNull();
    expect(await findMailBrand(org.id, 'https://np.example')).toMatchObject({ accent: null, logoUrl: null });
    await saveBranding(org.id, { accent: '#1b5e20', removeLogo: false, logo: file(svgLogo) });
    const png = await findLogoPng(org.slug);
    expect(png?.type).toBe('image/png');
    expect([...png!.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 512 px wide: the IHDR chunk's width.
    expect(Buffer.from(png!.bytes).readUInt32BE(16)).toBe(512);
    const branding = await findBrandingBySlug(org.slug);
    expect(branding?.shareImageUrl).toBe(`${branding?.logoUrl}&formaat=png`);
    expect(await findMailBrand(org.id, 'https://np.example')).toEqual({
      organisationName: expect.any(String), accent: '#1b5e20', logoUrl: `https://np.example${branding?.shareImageUrl}`
    });
  });
});
