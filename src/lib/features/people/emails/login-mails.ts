import { messagesFor } from '$lib/i18n/messages';
import type { MailPayload } from '../../mail/schema';

const m = messagesFor('nl');

export function magicLinkMail(to: string, name: string, url: string): MailPayload {
  return { to, subject: m.mail.magicLinkSubject, text: `${m.mail.greeting(name)}\n\n${m.mail.magicLinkBody(url)}\n\n${m.mail.signature}` };
}

export function passwordResetMail(to: string, name: string, url: string): MailPayload {
  return { to, subject: m.mail.resetSubject, text: `${m.mail.greeting(name)}\n\n${m.mail.resetBody(url)}\n\n${m.mail.signature}` };
}

export function invitationMail(to: string, name: string, invitedBy: string, where: string, role: string, url: string): MailPayload {
  return {
    to,
    subject: m.mail.inviteSubject(where),
    text: `${m.mail.greeting(name)}\n\n${m.mail.inviteBody(invitedBy, where, role, url)}\n\n${m.mail.signature}`
  };
}
