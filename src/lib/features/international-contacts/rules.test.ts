import { describe, expect, it } from 'vitest';
import { countryName, languageName } from '$lib/kernel/locale';
import { internationalContactSchema, introductionRequestSchema } from './schema';
import { countryCodes, initiativeLines, isRequestable, parseInitiativeLines } from './rules';
import { introductionContactMail, introductionSchoolMail } from './emails/introduction-mails';

describe('public initiatives, one per line', () => {
  it('reads "title | link" lines and writes them back the same way', () => {
    const text = 'Young Carers Action Day | https://youngcarers.example/day\n\n  Award | https://youngcarers.example/award  ';
    const parsed = parseInitiativeLines(text);
    expect(parsed).toEqual({ ok: true, initiatives: [
      { title: 'Young Carers Action Day', url: 'https://youngcarers.example/day' }, { title: 'Award', url: 'https://youngcarers.example/award' }
    ] });
    expect(parsed.ok && initiativeLines(parsed.initiatives)).toBe('Young Carers Action Day | https://youngcarers.example/day\nAward | https://youngcarers.example/award');
    expect(parseInitiativeLines('')).toEqual({ ok: true, initiatives: [] });
  });

  it('refuses a line without a bar, a link that is not a web address, a title too short, and more than ten', () => {
    expect(parseInitiativeLines('Alleen een titel')).toEqual({ ok: false, problem: 'format' });
    expect(parseInitiativeLines('Titel | javascript:alert(1)')).toEqual({ ok: false, problem: 'url' });
    expect(parseInitiativeLines('Titel | ftp://example.example/x')).toEqual({ ok: false, problem: 'url' });
    expect(parseInitiativeLines('X | https://example.example')).toEqual({ ok: false, problem: 'title' });
    expect(parseInitiativeLines(Array.from({ length: 11 }, (_, i) => `Initiatief ${i} | https://example.example/${i}`).join('\n'))).toEqual({ ok: false, problem: 'too-many' });
  });
});

describe('countries and languages', () => {
  it('are ISO codes shown in the reader’s language', () => {
    expect(countryCodes).toContain('GB');
    expect(countryCodes).not.toContain('UK');
    expect(countryName('GB', 'nl')).toBe('Verenigd Koninkrijk');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(languageName('de', 'nl')).toBe('Duits');
  });
});

describe('the contact form', () => {
  const valid = {
    name: 'Young Carers Schools Network', country: 'gb', focus: 'Jonge mantelzorgers op school.', contactName: 'Helen Whitfield',
    contactEmail: 'Helen@YoungCarers.example', website: '', initiatives: 'Award | https://youngcarers.example/award', 'language-en': 'on', visibleToMembers: 'on'
  };
  it('takes an upper-cased country code, the ticked languages and the flags', () => {
    const parsed = internationalContactSchema.parse(valid);
    expect(parsed).toMatchObject({ country: 'GB', languages: ['en'], contactEmail: 'helen@youngcarers.example', website: '', visibleToMembers: true, initiativesPublic: false });
    expect(parsed.initiatives).toEqual([{ title: 'Award', url: 'https://youngcarers.example/award' }]);
  });
  it('refuses an unknown country, no language, and a bad initiative line with Dutch keys', () => {
    const result = internationalContactSchema.safeParse({ ...valid, country: 'XX', initiatives: 'geen streep' });
    expect(result.error!.issues.map((i) => i.message)).toEqual(['intlCountryInvalid', 'intlInitiativeFormat']);
    const noLanguage = internationalContactSchema.safeParse({ ...valid, 'language-en': undefined });
    expect(noLanguage.error!.issues).toMatchObject([{ path: ['languages'], message: 'intlLanguagesRequired' }]);
  });
  it('a request’s message has 10 to 1000 characters', () => {
    const contactId = '00000000-0000-4000-8000-000000000001';
    expect(introductionRequestSchema.safeParse({ contactId, message: 'Te kort' }).success).toBe(false);
    expect(introductionRequestSchema.safeParse({ contactId, message: 'x'.repeat(1001) }).success).toBe(false);
    expect(introductionRequestSchema.safeParse({ contactId, message: 'Graag kennismaken met collega’s.' }).success).toBe(true);
  });
});

describe('requestable contacts and the introduction mails', () => {
  it('only an active contact shown to members can be asked for', () => {
    expect(isRequestable({ archivedAt: null, visibleToMembers: true })).toBe(true);
    expect(isRequestable({ archivedAt: new Date(), visibleToMembers: true })).toBe(false);
    expect(isRequestable({ archivedAt: null, visibleToMembers: false })).toBe(false);
  });

  it('introduce each side in its language, with Reply-To the other side', () => {
    const facts = {
      organisationName: 'Samana', message: 'Wij willen graag kennismaken.', brand: { organisationName: 'Samana', accent: null, logoUrl: null },
      contact: { name: 'Young Carers Schools Network', country: 'GB', focus: 'Schools.', languages: ['en'], contactName: 'Helen Whitfield', contactEmail: 'helen@youngcarers.example', website: '' },
      school: { name: 'Sint-Jozefsinstituut', municipality: 'Mechelen', coordinatorName: 'Sofie Claeys', coordinatorEmail: 'sofie@school.example' }
    };
    const toSchool = introductionSchoolMail({ email: 'sofie@school.example', name: 'Sofie Claeys', locale: 'nl' }, facts);
    expect(toSchool).toMatchObject({ to: 'sofie@school.example', replyTo: 'helen@youngcarers.example', subject: 'Kennismaking met Young Carers Schools Network' });
    expect(toSchool.text).toContain('(Verenigd Koninkrijk)');
    expect(toSchool.text).toContain('> Wij willen graag kennismaken.');
    const toContact = introductionContactMail(facts);
    expect(toContact).toMatchObject({ to: 'helen@youngcarers.example', replyTo: 'sofie@school.example', subject: 'Introduction through Samana: Sint-Jozefsinstituut' });
    expect(toContact.text).toContain('Dear Helen Whitfield,');
    expect(toContact.text).toContain('Sofie Claeys of Sint-Jozefsinstituut (Mechelen, Belgium)');
  });
});
