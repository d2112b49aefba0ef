import { eq } from 'drizzle-orm';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationRoles, organisations, people, practiceExamples, schoolStaff, schools, trajectoryStories, trajectoryStoryPhotos, trajectoryTestimonials } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { parseForm } from '$lib/server/forms';
import { richTextTags } from '$lib/server/rich-text';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildActor, buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import { xssPayloads } from '../../../../tests/xss-payloads';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import type { Actor } from '../people/types';
import { acceptApplication, applyForOffer, createOffer } from '../trajectories/mutations.server';
import type { ManagedOffers, OfferApplicant } from '../trajectories/types';
import { requireStoryModeration, requireTestimonialWriter, requireTrajectoryStories } from './access.server';
import { listModeration, listPublicStories, listPublicTestimonials, readPublicStory, readPublicStoryPhoto, readStory } from './data.server';
import { approve, decline, editStory, editTestimonial, giveConsent, saveStory, withdrawAsModerator, withdrawOwn, writeTestimonial } from './mutations.server';
import { storySchema } from './schema';
import type { StoryModerator, StoryWriter, TestimonialWriter, TrajectoryStories } from './types';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });
const d = () => database.handle.db;
const now = new Date('2026-10-01T10:00:00Z');

async function person(name: string) {
  const [row] = await d().insert(people).values({ email: uniqueEmail(), name }).returning({ id: people.id, email: people.email });
  return row!;
}

/** An organisation's offer with an accepted trajectory of a Ghent school: coach, two workgroup members, a colleague outside it. */
async function setting() {
  const [org] = await d().insert(organisations).values(buildOrganisation({ name: 'Onderwijscentrum Gent' })).returning({ id: organisations.id, slug: organisations.slug });
  const managed = Object.assign(grant('managed-offers', org!.id), { organisationId: brandOrganisation(org!.id) }) as ManagedOffers;
  const created = await createOffer(managed, {
    title: 'Samen Maakt School', summary: 'Een verbindend schoolklimaat.', description: 'Een traject op maat met een werkgroep en een begeleider.',
    themes: ['een warm onthaal', 'herstelgericht werken'], partners: [], intensityOptions: ['maandelijks'],
    eligibleCountry: 'BE', eligibleMunicipality: 'Gent', eligibleLevel: 'secundair', startYears: [{ schoolYear: 2026, places: 2 }]
  }, now);
  const offer = (await d().query.trajectoryOffers.findFirst({ where: (o, { eq: is }) => is(o.slug, created.slug) && is(o.organisationId, org!.id) }))!;
  const coach = await person('Jonas De Smet');
  const otherCoach = await person('Kristof Van den Broeck');
  await d().insert(organisationRoles).values([{ personId: coach.id, organisationId: org!.id, role: 'coach' }, { personId: otherCoach.id, organisationId: org!.id, role: 'coach' }]);
  const [school] = await d().insert(schools).values(buildSchool()).returning({ id: schools.id, key: schools.institutionNumber });
  const [ambassador, member, colleague] = [await person('Sam Van Acker'), await person('Nora Haddou'), await person('Collega')];
  await d().insert(schoolStaff).values([ambassador, member, colleague].map((p) => ({ personId: p.id, schoolId: school!.id, access: 'staff' as const, schoolRole: 'leerkracht' as const })));
  const applicant = Object.assign(grant('offer-applicant', ambassador.id), { offerId: offer.id, schoolId: brandSchool(school!.id), personId: ambassador.id }) as OfferApplicant;
  const applied = await applyForOffer(applicant, { schoolYear: 2026, questions: 'Hoe maken we meer verbinding?', expectations: 'Een werkgroep die uitprobeert.', ambassador: ambassador.id }, [member.id], now);
  if (!applied.ok) throw new Error(applied.reason);
  expect(await acceptApplication(managed, applied.id, coach.id, coach.id, now)).toEqual({ ok: true });
  const trajectoryId = applied.id;
  const writer = (p: { id: string }) => Object.assign(grant('story-writer', trajectoryId), { personId: p.id }) as StoryWriter;
  const quoter = (p: { id: string }) => Object.assign(grant('testimonial-writer', trajectoryId), { personId: p.id }) as TestimonialWriter;
  const facilitator = await person('Facilitator');
  const moderator = Object.assign(grant('story-moderator', org!.id), { organisationId: brandOrganisation(org!.id), personId: facilitator.id }) as StoryModerator;
  const stories: TrajectoryStories = grant('trajectory-stories', trajectoryId);
  return { org: org!, offer, school: school!, coach, otherCoach, ambassador, member, colleague, facilitator, moderator, stories, writer, quoter, trajectoryId };
}

const storyInput = (overrides: Partial<Record<string, string>> = {}) => storySchema.parse({
  title: 'Verbinding als middel tegen spijbelen', body: 'We begroeten **elke leerling** aan de klasdeur en voeren terugkeergesprekken.', ...overrides
});
const noPicks = { themes: [], exampleIds: [], photo: null };

const pngChunk = (type: string, data: number[]) => [0, 0, 0, data.length, ...[...type].map((c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0];
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ...pngChunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
  ...pngChunk('tEXt', [...'Author\0Jan Peeters GPS 51.05'].map((c) => c.charCodeAt(0))),
  ...pngChunk('IDAT', [0x78, 0x9c, 0x63, 0, 0, 0, 2, 0, 1]),
  ...pngChunk('IEND', [])]);

async function mailsTo(email: string) {
  await drainQueue(mailJobs);
  // The moderation mails (not the application's answer), in any order.
  return (await listOutbox()).filter((m) => m.recipient === email && !m.subject.startsWith('Jullie aanvraag')).map((m) => m.subject).sort();
}

describe('consent and approval', () => {
  it('consent withdrawal removes the public story at once (its page, its card and its photo)', async () => {
    const s = await setting();
    const photo = new File([png], 'klas.png');
    const input = storyInput({ photoAlt: 'De werkgroep aan de klasdeur', photoConsent: 'Sam, Nora en Tim; alle drie gaven schriftelijk toestemming.', photoConsentConfirmed: 'on', consent: 'on' });
    expect(await saveStory(s.writer(s.ambassador), input, { ...noPicks, themes: ['een warm onthaal'], photo })).toEqual({ ok: true });
    // Consented but not approved: not public.
    expect(await readPublicStory(s.offer.id, s.school.id)).toBeNull();
    expect(await listPublicStories(s.offer.id)).toEqual([]);
    const story = (await readStory(s.stories))!;
    expect(story.state).toBe('ter-goedkeuring');
    expect(await approve(s.moderator, { kind: 'story', id: story.id })).toEqual({ ok: true });
    expect((await readPublicStory(s.offer.id, s.school.id))?.html).toContain('<strong>elke leerling</strong>');
    expect((await listPublicStories(s.offer.id)).map((c) => c.title)).toEqual(['Verbinding als middel tegen spijbelen']);
    expect(await readPublicStoryPhoto(s.offer.id, s.school.id)).not.toBeNull();
    expect(await mailsTo(s.ambassador.email)).toEqual(['Gepubliceerd bij Samen Maakt School']);

    expect(await withdrawOwn(s.writer(s.ambassador), 'story', null)).toEqual({ ok: true });
    expect(await readPublicStory(s.offer.id, s.school.id)).toBeNull();
    expect(await listPublicStories(s.offer.id)).toEqual([]);
    expect(await readPublicStoryPhoto(s.offer.id, s.school.id)).toBeNull();
    expect((await readStory(s.stories))!.state).toBe('ingetrokken');
    // Consenting again does not bring it back without a new approval.
    expect(await giveConsent(s.writer(s.ambassador), 'story', null)).toEqual({ ok: true });
    expect(await readPublicStory(s.offer.id, s.school.id)).toBeNull();
  });

  it('a facilitator’s withdrawal, decline and edit take it off too, with the reason mailed to the author', async () => {
    const s = await setting();
    await writeTestimonial(s.quoter(s.member), { quote: 'Ik sta zelfverzekerder in de klas door de aangereikte tips.', shownName: 'Nora', shownRole: 'kernteamlid', consent: true });
    const [t] = await d().select({ id: trajectoryTestimonials.id }).from(trajectoryTestimonials).where(eq(trajectoryTestimonials.trajectoryId, s.trajectoryId));
    const target = { kind: 'testimonial' as const, id: t!.id };
    expect(await approve(s.moderator, target)).toEqual({ ok: true });
    expect((await listPublicTestimonials(s.offer.id)).map((q) => q.shownRole)).toEqual(['kernteamlid']);
    expect(await editTestimonial(s.moderator, { testimonialId: t!.id, quote: 'Ik sta zelfverzekerder in de klas.', shownName: 'Nora H.', shownRole: 'kernteamlid', reason: 'Korter, zonder herhaling.' })).toEqual({ ok: true });
    expect(await listPublicTestimonials(s.offer.id)).toEqual([]);
    expect(await approve(s.moderator, target)).toEqual({ ok: false, reason: 'not-consented' });
    expect(await giveConsent(s.quoter(s.member), 'testimonial', t!.id)).toEqual({ ok: true });
    expect(await decline(s.moderator, target, 'Dit citaat lijkt te veel op een ander.')).toEqual({ ok: true });
    expect(await listPublicTestimonials(s.offer.id)).toEqual([]);
    expect(await giveConsent(s.quoter(s.member), 'testimonial', t!.id)).toEqual({ ok: true });
    expect(await approve(s.moderator, target)).toEqual({ ok: true });
    expect(await withdrawAsModerator(s.moderator, target, 'Op vraag van de school ingetrokken.')).toEqual({ ok: true });
    expect(await listPublicTestimonials(s.offer.id)).toEqual([]);
    expect(await mailsTo(s.member.email)).toEqual([
      'Aangepast bij Samen Maakt School: geef je opnieuw toestemming?', 'Gepubliceerd bij Samen Maakt School', 'Gepubliceerd bij Samen Maakt School',
      'Ingetrokken bij Samen Maakt School', 'Niet gepubliceerd bij Samen Maakt School'
    ]);
  });

  it('a testimonial without consent cannot be approved; only its author consents or withdraws; another organisation finds nothing', async () => {
    const s = await setting();
    const other = await setting();
    await writeTestimonial(s.quoter(s.member), { quote: 'Waarom het warm water uitvinden? Laat je inspireren.', shownName: 'Nora', shownRole: 'kernteamlid', consent: false });
    const [t] = await d().select().from(trajectoryTestimonials).where(eq(trajectoryTestimonials.trajectoryId, s.trajectoryId));
    expect(await approve(s.moderator, { kind: 'testimonial', id: t!.id })).toEqual({ ok: false, reason: 'not-consented' });
    expect(await giveConsent(s.quoter(s.ambassador), 'testimonial', t!.id)).toEqual({ ok: false, reason: 'not-author' });
    expect(await withdrawOwn(s.quoter(s.ambassador), 'testimonial', t!.id)).toEqual({ ok: false, reason: 'not-author' });
    expect(await giveConsent(other.quoter(other.member), 'testimonial', t!.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await giveConsent(s.quoter(s.member), 'testimonial', t!.id)).toEqual({ ok: true });
    expect(await approve(other.moderator, { kind: 'testimonial', id: t!.id })).toEqual({ ok: false, reason: 'not-found' });
    expect((await listModeration(other.moderator)).testimonials).toEqual([]);
    expect((await listModeration(s.moderator)).testimonials.map((x) => x.state)).toEqual(['ter-goedkeuring']);
    const [after] = await d().select().from(trajectoryTestimonials).where(eq(trajectoryTestimonials.id, t!.id));
    expect(after!.approvedAt).toBeNull();
  });
});

describe('writing the story', () => {
  it('is the author’s own: another workgroup member cannot change it, a facilitator edits with a reason', async () => {
    const s = await setting();
    expect(await saveStory(s.writer(s.ambassador), storyInput({ consent: 'on' }), noPicks)).toEqual({ ok: true });
    expect(await saveStory(s.writer(s.member), storyInput({ title: 'Overgenomen' }), noPicks)).toEqual({ ok: false, reason: 'not-author' });
    expect(await withdrawOwn(s.writer(s.member), 'story', null)).toEqual({ ok: false, reason: 'not-author' });
    const story = (await readStory(s.stories))!;
    expect(await approve(s.moderator, { kind: 'story', id: story.id })).toEqual({ ok: true });
    expect(await editStory(s.moderator, s.stories, { ...storyInput({ title: 'Verbinding tegen spijbelen' }), reason: 'Een kortere titel voor de kaart.' }, noPicks)).toEqual({ ok: true });
    const edited = (await readStory(s.stories))!;
    expect([edited.title, edited.state, edited.authorId, edited.moderationReason]).toEqual(['Verbinding tegen spijbelen', 'concept', s.ambassador.id, 'Een kortere titel voor de kaart.']);
    expect(await readPublicStory(s.offer.id, s.school.id)).toBeNull();
  });

  it('refuses a theme outside the offer, an unpublished practice example and a photo that is no image, and writes nothing', async () => {
    const s = await setting();
    const [draft] = await d().insert(practiceExamples).values({ organisationId: s.org.id, slug: `concept-${Date.now()}`, title: 'Concept', summary: 'Nog niet gepubliceerd.', status: 'draft' }).returning({ id: practiceExamples.id });
    const w = s.writer(s.ambassador);
    expect(await saveStory(w, storyInput(), { ...noPicks, themes: ['iets anders'] })).toEqual({ ok: false, reason: 'theme-unknown' });
    expect(await saveStory(w, storyInput(), { ...noPicks, exampleIds: [draft!.id] })).toEqual({ ok: false, reason: 'example-unknown' });
    const html = new File([new TextEncoder().encode('<html><script>alert(1)</script></html>')], 'foto.png', { type: 'image/png' });
    expect(await saveStory(w, storyInput({ photoAlt: 'x', photoConsent: 'iedereen', photoConsentConfirmed: 'on' }), { ...noPicks, photo: html })).toEqual({ ok: false, reason: 'photo-type' });
    expect(await saveStory(w, storyInput(), { ...noPicks, photo: new File([png], 'klas.png') })).toEqual({ ok: false, reason: 'photo-alt-missing' });
    expect(await saveStory(w, storyInput({ photoAlt: 'De klas' }), { ...noPicks, photo: new File([png], 'klas.png') })).toEqual({ ok: false, reason: 'photo-consent-missing' });
    expect(await d().select().from(trajectoryStories).where(eq(trajectoryStories.trajectoryId, s.trajectoryId))).toEqual([]);
  });

  it('keeps a photo without its metadata', async () => {
    const s = await setting();
    const input = storyInput({ photoAlt: 'De klas', photoConsent: 'De leraar; hij gaf toestemming.', photoConsentConfirmed: 'on' });
    expect(await saveStory(s.writer(s.coach), input, { ...noPicks, photo: new File([png], 'klas.png') })).toEqual({ ok: true });
    const [stored] = await d().select().from(trajectoryStoryPhotos);
    const kept = await d().select({ bytes: trajectoryStoryPhotos.bytes }).from(trajectoryStoryPhotos).innerJoin(trajectoryStories, eq(trajectoryStories.id, trajectoryStoryPhotos.storyId)).where(eq(trajectoryStories.trajectoryId, s.trajectoryId));
    expect(stored).toBeDefined();
    expect(new TextDecoder().decode(kept[0]!.bytes)).not.toContain('Jan Peeters');
    expect(kept[0]!.bytes.length).toBe(png.length - 12 - 28);
  });
});

/** Every element of the output, as a browser would tokenise it. */
function elements(html: string) {
  const found: { tag: string; attributes: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (tag, attributes) => found.push({ tag, attributes }) }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return found;
}

describe('the public story page on XSS payloads', () => {
  it('renders every payload of tests/xss-payloads.ts in a story body inert', async () => {
    const s = await setting();
    const allowed = new Set<string>(richTextTags);
    expect(xssPayloads.length).toBeGreaterThanOrEqual(100);
    let checked = 0;
    for (const payload of xssPayloads) {
      // Through the form pipeline every action uses: text with control characters is refused before any schema (ADR 018).
      const form = new FormData();
      form.set('title', 'Verbinding als middel tegen spijbelen');
      form.set('body', `Onze aanpak:\n\n${payload}\n\nMeer volgt.`);
      form.set('consent', 'on');
      const parsed = parseForm(storySchema, form);
      if (!parsed.ok) continue;
      expect(await saveStory(s.writer(s.ambassador), parsed.data, noPicks)).toEqual({ ok: true });
      const story = (await readStory(s.stories))!;
      expect(await approve(s.moderator, { kind: 'story', id: story.id })).toEqual({ ok: true });
      const html = (await readPublicStory(s.offer.id, s.school.id))!.html;
      checked++;
      for (const { tag, attributes } of elements(html)) {
        expect(allowed.has(tag), `<${tag}> from ${payload}`).toBe(true);
        for (const name of Object.keys(attributes)) expect(tag === 'a' && (name === 'href' || name === 'rel'), `${name} on <${tag}> from ${payload}`).toBe(true);
      }
      expect(html).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|img|form)\b/i);
    }
    expect(checked).toBeGreaterThanOrEqual(95);
    // A save, an approval and a read per payload: generous on a busy machine.
  }, 300_000);
});

describe('who reads, writes and moderates', () => {
  it('drafts for whoever sees the trajectory; testimonials by its workgroup; moderation by the organisation’s facilitators', async () => {
    const s = await setting();
    const other = await setting();
    const inOrg = (organisationId: string, role: 'facilitator' | 'coach') => [{ organisationId, slug: s.org.slug, name: 'Org', roles: [role] }];
    const atSchool = [{ schoolId: s.school.id, institutionNumber: s.school.key, name: 'School', access: 'staff' as const }];
    const actors: [string, Actor, number, number, number][] = [
      ['facilitator', buildActor({ personId: s.facilitator.id, organisations: inOrg(s.org.id, 'facilitator') }), 200, 403, 200],
      ['its coach', buildActor({ personId: s.coach.id, organisations: inOrg(s.org.id, 'coach') }), 200, 403, 403],
      ['another coach', buildActor({ personId: s.otherCoach.id, organisations: inOrg(s.org.id, 'coach') }), 403, 403, 403],
      ['a workgroup member', buildActor({ personId: s.member.id, schools: atSchool }), 200, 200, 403],
      ['a colleague outside the workgroup', buildActor({ personId: s.colleague.id, schools: atSchool }), 403, 403, 403],
      ['another organisation’s facilitator', buildActor({ organisations: inOrg(other.org.id, 'facilitator') }), 403, 403, 403]
    ];
    const status = (p: Promise<unknown>) => p.then(() => 200, (err: { status: number }) => err.status);
    for (const [who, actor, read, quote, moderate] of actors) {
      const event = { locals: { actor, locale: 'nl', sessionSecret: null } as unknown as App.Locals, url: new URL('http://localhost/') };
      expect([who, await status(requireTrajectoryStories(event, s.org.slug, s.offer.slug, s.school.key)),
        await status(requireTestimonialWriter(event, s.org.slug, s.offer.slug, s.school.key)), await status(requireStoryModeration(event, s.org.slug))])
        .toEqual([who, read, quote, moderate]);
    }
  });
});
