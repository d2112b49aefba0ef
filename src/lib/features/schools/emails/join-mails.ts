// Mails about joining a school, in the language of the person they are for (ADR 024).
import { messagesFor } from '$lib/i18n/messages';
import { composeMail, platformMailBrand } from '$lib/server/mail/html';
import type { MailPayload, MailRecipient } from '../../mail/schema';
import type { SchoolRole } from '../schema';

interface JoinRequestFacts {
  requesterName: string;
  requesterEmail: string;
  schoolName: string;
  access: 'coordinator' | 'staff';
  schoolRole: SchoolRole;
}

/** To one who decides: who asks, for which school, as what; and where to decide. */
export function joinRequestMail(to: MailRecipient, facts: JoinRequestFacts, url: string): MailPayload {
  const m = messagesFor(to.locale);
  const as = facts.access === 'coordinator' ? m.workspace.roles.coordinator : m.workspace.roles.staff;
  const body = m.schools.mailRequestBody(facts.requesterName, facts.requesterEmail, facts.schoolName, as, m.schoolRoles[facts.schoolRole].toLowerCase(), url);
  return composeMail({ to: to.email, subject: m.schools.mailRequestSubject(facts.schoolName), text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` }, platformMailBrand, to.locale);
}

/** To the person who asked: the decision, and the school's page once approved. */
export function joinDecisionMail(to: MailRecipient, schoolName: string, approved: boolean, url: string): MailPayload {
  const m = messagesFor(to.locale);
  const subject = approved ? m.schools.mailApprovedSubject(schoolName) : m.schools.mailDeclinedSubject(schoolName);
  const body = approved ? m.schools.mailApprovedBody(schoolName, url) : m.schools.mailDeclinedBody(schoolName);
  return composeMail({ to: to.email, subject, text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` }, platformMailBrand, to.locale);
}
