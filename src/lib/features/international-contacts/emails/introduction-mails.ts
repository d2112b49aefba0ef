// The introduction mails (ADR 055): the school is introduced to the contact abroad and the
// contact to the school, each in its own language (the school in its coordinator's, Dutch by
// default; the contact in English), each with Reply-To the other side so answering connects them.
import { messagesFor, type Locale } from '$lib/i18n/messages';
import { countryName, languageName } from '$lib/kernel/locale';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';

export interface IntroductionFacts {
  organisationName: string;
  contact: { name: string; country: string; focus: string; languages: string[]; contactName: string; contactEmail: string; website: string };
  school: { name: string; municipality: string; coordinatorName: string; coordinatorEmail: string };
  message: string;
  brand: MailBrand;
}

const quoted = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');

/** To the school's coordinator who asked: who the contact is and how to reach them. */
export function introductionSchoolMail(to: MailRecipient, f: IntroductionFacts): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.international.mail;
  const c = f.contact;
  const text = [
    m.mail.greeting(to.name), '',
    t.schoolIntro(f.organisationName, c.contactName, c.name, countryName(c.country, to.locale)), '',
    `${t.focus}: ${c.focus}`,
    `${t.languages}: ${c.languages.map((l) => languageName(l, to.locale)).join(', ')}`,
    `${t.contact}: ${c.contactName} <${c.contactEmail}>`,
    ...(c.website ? [`${t.website}: ${c.website}`] : []), '',
    t.schoolOutro(c.contactName), '',
    t.yourMessage, quoted(f.message), '',
    t.signature(f.organisationName)
  ].join('\n');
  return { ...composeMail({ to: to.email, subject: t.schoolSubject(c.name), text }, f.brand, to.locale), replyTo: c.contactEmail };
}

/** To the contact abroad, in English: the school that would like to meet them, and its message. */
export function introductionContactMail(f: IntroductionFacts, locale: Locale = 'en'): MailPayload {
  const t = messagesFor(locale).international.mail;
  const s = f.school;
  const text = [
    t.contactGreeting(f.contact.contactName), '',
    t.contactIntro(f.organisationName, s.coordinatorName, s.name, s.municipality), '',
    t.theirMessage(s.coordinatorName), quoted(f.message), '',
    `${t.contact}: ${s.coordinatorName} <${s.coordinatorEmail}>`, '',
    t.contactOutro(s.coordinatorName), '',
    t.signature(f.organisationName)
  ].join('\n');
  return { ...composeMail({ to: f.contact.contactEmail, subject: t.contactSubject(f.organisationName, s.name), text }, f.brand, locale), replyTo: s.coordinatorEmail };
}

/** To the school's coordinator: the facilitator declined, and why. */
export function introductionDeclinedMail(to: MailRecipient, c: { organisationName: string; contactOrganisation: string; reason: string; requestsUrl: string; brand: MailBrand }): MailPayload {
  const m = messagesFor(to.locale);
  const t = m.international.mail;
  const text = [
    m.mail.greeting(to.name), '',
    t.declinedIntro(c.organisationName, c.contactOrganisation), '',
    quoted(c.reason), '',
    t.declinedOutro(c.requestsUrl), '',
    t.signature(c.organisationName)
  ].join('\n');
  return composeMail({ to: to.email, subject: t.declinedSubject(c.contactOrganisation), text }, c.brand, to.locale);
}
