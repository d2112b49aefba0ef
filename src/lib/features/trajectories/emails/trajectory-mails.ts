// The answer to a school's application for a trajectory, in the applicant's language (ADR 024).
import { messagesFor, type Messages } from '$lib/i18n/messages';
import { formatSchoolYear } from '../../calendar/rules';
import type { MailPayload, MailRecipient } from '../../mail/schema';

interface Facts { offerTitle: string; organisationName: string; schoolName: string; url: string }

function compose(m: Messages, to: MailRecipient, subject: string, body: string): MailPayload {
  return { to: to.email, subject, text: `${m.mail.greeting(to.name)}\n\n${body}\n\n${m.mail.signature}` };
}

export function applicationAcceptedMail(to: MailRecipient, c: Facts & { coachName: string }): MailPayload {
  const t = messagesFor(to.locale).trajectories.mail;
  return compose(messagesFor(to.locale), to, t.acceptedSubject(c.offerTitle), t.acceptedBody(c.organisationName, c.schoolName, c.offerTitle, c.coachName, c.url));
}

export function applicationRefusedMail(to: MailRecipient, c: Facts & { reason: string }): MailPayload {
  const t = messagesFor(to.locale).trajectories.mail;
  return compose(messagesFor(to.locale), to, t.refusedSubject(c.offerTitle), t.refusedBody(c.organisationName, c.schoolName, c.offerTitle, c.reason));
}

export function applicationWaitlistedMail(to: MailRecipient, c: Facts & { fullYear: number; nextYear: number }): MailPayload {
  const t = messagesFor(to.locale).trajectories.mail;
  return compose(messagesFor(to.locale), to, t.waitlistedSubject(c.offerTitle),
    t.waitlistedBody(c.organisationName, c.schoolName, c.offerTitle, formatSchoolYear(c.fullYear), formatSchoolYear(c.nextYear), c.url));
}
