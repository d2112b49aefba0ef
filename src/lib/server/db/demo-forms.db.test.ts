// Every demo record a person can edit in the UI, put into its edit form the way the page pre-fills
// it and read back with the schema that form posts to: demo data the app itself would refuse
// cannot be edited and saved (issue 10: enterprise numbers with a wrong check).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { activityFormSchema, extraSchema, programmePartSchema, questionSchema } from '$lib/features/activities/schema';
import { harvestSchema, meetingDetailsSchema, submissionThemeSchema } from '$lib/features/meetings/schema';
import { euroFieldText } from '$lib/kernel/money';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { networkDetailsSchema } from '$lib/features/networks/schema';
import { organisationProfileSchema } from '$lib/features/organisations/schema';
import { accountSchema } from '$lib/features/people/schema';
import { preMeetingOptionSchema, preMeetingSettingsSchema } from '$lib/features/pre-meetings/schema';
import { needsInvoice, storedFormValues } from '$lib/features/registrations/rules';
import { findPairValues, listPairOptions } from '$lib/features/municipalities/data.server';
import { readRegistrationForm } from '$lib/features/registrations/schema';
import { schoolProfileSchemaFor, staffUpdateSchema } from '$lib/features/schools/schema';
import { parseForm } from '../forms';
import { seedDemoData } from './seed-demo';
import {
  activities, activityExtras, activityPreMeetingOptions, activityPreMeetings, activityProgrammeItems, activityQuestions,
  meetings, meetingSubmissions, networks, organisations, people, registrationExtras, registrations, schools, schoolStaff
} from './schema';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.handle.db);
});
afterAll(async () => { await database.close(); });

const db = () => database.handle.db;

/** What the browser posts: text fields as they are, a checkbox only when checked, null as empty. */
function formOf(values: Record<string, string | boolean | null | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === false || value === undefined) continue;
    data.set(key, value === true ? 'on' : (value ?? ''));
  }
  return data;
}

/** Field errors of every record that its form refuses, as "label: field=key" lines. */
function refusals<T>(rows: T[], label: (row: T) => string, schema: z.ZodType | ((row: T) => z.ZodType), values: (row: T) => Record<string, string | boolean | null | undefined>): string[] {
  expect(rows.length, 'demo records to check').toBeGreaterThan(0);
  return rows.flatMap((row) => {
    const parsed = parseForm(typeof schema === 'function' ? schema(row) : schema, formOf(values(row)));
    return parsed.ok ? [] : [`${label(row)}: ${Object.entries(parsed.failure.errors).map(([f, k]) => `${f}=${k}`).join(', ')}`];
  });
}

describe('demo records in their edit forms', () => {
  it('organisations, schools, networks, people and school staff', async () => {
    const problems = [
      ...refusals(await db().select().from(organisations), (o) => o.slug, organisationProfileSchema,
        (o) => ({ name: o.name, description: o.description, website: o.website, contactEmail: o.contactEmail })),
      // Each school in the profile form of its identifier type (a Dutch school has a sector, no province).
      ...refusals(await db().select().from(schools), (s) => s.institutionNumber, (s) => schoolProfileSchemaFor(s.identifierType), (s) => ({
        name: s.name, street: s.street, postalCode: s.postalCode, municipality: s.municipality, province: s.province, level: s.level,
        educationNetwork: s.educationNetwork, sector: s.sector, countryName: s.countryName, description: s.description, website: s.website
      })),
      ...refusals(await db().select().from(networks), (n) => n.slug, networkDetailsSchema, (n) => ({
        name: n.name, description: n.description, contactName: n.contactName, contactEmail: n.contactEmail, isPublic: n.isPublic
      })),
      ...refusals(await db().select().from(people), (p) => p.email, accountSchema, (p) => ({ name: p.name })),
      ...refusals(await db().select().from(schoolStaff), (s) => `staff ${s.personId}`, staffUpdateSchema,
        (s) => ({ personId: s.personId, access: s.access, schoolRole: s.schoolRole }))
    ];
    expect(problems).toEqual([]);
  });

  it('activities with their programme, questions and extras', async () => {
    const rows = await db().select().from(activities);
    const schoolNumber = new Map((await db().select().from(schools)).map((s) => [s.id, s.institutionNumber]));
    const problems = refusals(rows, (a) => a.slug, activityFormSchema, (a) => {
      const [start, end, deadline] = [a.startsAt, a.endsAt, a.registrationDeadline].map(brusselsDateTimeParts) as [{ date: string; time: string }, { date: string; time: string }, { date: string; time: string }];
      return {
        kind: a.kind, title: a.title, summary: a.summary, description: a.description, audience: a.audience, goals: a.goals,
        learnings: a.learnings.join('\n'), location: a.location, onlineUrl: a.onlineUrl,
        startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time, deadlineDate: deadline.date, deadlineTime: deadline.time,
        price: euroFieldText(a.priceCents), priceCovers: a.priceCovers, capacity: String(a.capacity), visibility: a.visibility,
        networkId: a.networkId, institutionNumber: a.schoolId ? schoolNumber.get(a.schoolId) : ''
      };
    });
    problems.push(...refusals(await db().select().from(activityProgrammeItems), (p) => `part ${p.title}`, programmePartSchema, (p) => {
      const at = p.startsAt ? brusselsDateTimeParts(p.startsAt) : null;
      return { kind: p.kind, title: p.title, description: p.description, date: at?.date ?? '', time: at?.time ?? '', place: p.place, presenter: p.presenter };
    }));
    problems.push(...refusals(await db().select().from(activityQuestions), (q) => `question ${q.label}`, questionSchema, (q) => ({
      kind: q.kind, label: q.label, options: q.options.join('\n'), required: q.required, dependsOnQuestionId: q.dependsOnQuestionId, dependsOnAnswer: q.dependsOnAnswer
    })));
    problems.push(...refusals(await db().select().from(activityExtras), (x) => `extra ${x.title}`, extraSchema, (x) => ({
      title: x.title, date: x.date, price: euroFieldText(x.priceCents), capacity: x.capacity === null ? '' : String(x.capacity)
    })));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });

  it('registrations with their answers, extras and invoice details, in the change form', async () => {
    const rows = await db().select().from(registrations);
    const chosen = await db().select().from(registrationExtras);
    const questions = await db().select().from(activityQuestions);
    const extras = await db().select().from(activityExtras);
    const priced = new Map((await db().select().from(activities)).map((a) => [a.id, a]));
    const pairs = await listPairOptions();
    const problems: string[] = [];
    for (const r of rows.filter((x) => x.status !== 'interest')) {
      const extraIds = chosen.filter((c) => c.registrationId === r.id).map((e) => e.extraId);
      const values = storedFormValues({ ...r, extraIds }, await findPairValues(r.id));
      const inv = r.invoice;
      const activityExtrasOf = extras.filter((x) => x.activityId === r.activityId);
      const read = readRegistrationForm(formOf(values), {
        questions: questions.filter((q) => q.activityId === r.activityId).sort((a, b) => a.position - b.position),
        extraIds: activityExtrasOf.map((x) => x.id),
        invoiceNeeded: needsInvoice(priced.get(r.activityId)!, activityExtrasOf),
        pairs: priced.get(r.activityId)!.municipalPairs ? pairs : []
      });
      if (!read.ok) problems.push(`${inv.name ?? r.id}: ${Object.entries(read.failure.errors).map(([f, k]) => `${f}=${k}`).join(', ')}`);
    }
    expect(rows.filter((r) => r.invoice.enterpriseNumber).length).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
  });

  it('meetings of the learning network and the pre-meeting of an activity', async () => {
    const problems = [
      ...refusals(await db().select().from(meetings), (m) => `meeting ${m.sequence}`, meetingDetailsSchema, (m) => ({
        ...brusselsDateTimeParts(m.startsAt), durationMinutes: String(m.durationMinutes), onlineUrl: m.onlineUrl,
        learningQuestion: m.learningQuestion, moderatorName: m.moderatorName, agenda: m.agenda.map((i) => `${i.minutes} ${i.title}`).join('\n')
      })),
      ...refusals(await db().select().from(meetings), (m) => `harvest ${m.sequence}`, harvestSchema, (m) => ({ harvest: m.harvest, harvestPublic: m.harvestPublic })),
      ...refusals(await db().select().from(meetingSubmissions), (s) => `theme of ${s.body}`, submissionThemeSchema, (s) => ({ submissionId: s.id, theme: s.theme })),
      ...refusals(await db().select().from(activityPreMeetings), (p) => `pre-meeting ${p.activityId}`, preMeetingSettingsSchema,
        (p) => ({ onlineUrl: p.onlineUrl, durationMinutes: String(p.durationMinutes) })),
      ...refusals(await db().select().from(activityPreMeetingOptions), (o) => `option ${o.startsAt.toISOString()}`, preMeetingOptionSchema,
        (o) => brusselsDateTimeParts(o.startsAt))
    ];
    expect(problems).toEqual([]);
  });
});
