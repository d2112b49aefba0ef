import type { contactErrorsNl, contactNl } from './nl-contact';

export const contactEn: typeof contactNl = {
  inboxTab: 'Messages',
  form: {
    title: 'Get in touch',
    intro: (organisation: string) => `A question or an idea? Send ${organisation} a message. We answer by e-mail.`,
    introNetwork: (network: string, organisation: string) => `A question about ${network}? Send ${organisation} a message. We answer by e-mail.`,
    name: 'Your name',
    email: 'Your e-mail address',
    emailHint: 'The answer goes here. We use it for nothing else.',
    school: 'School (optional)',
    message: 'Your message',
    messageHint: 'At least 10 characters. Do not include any pupil data.',
    honeypot: 'Leave this field empty',
    send: 'Send message',
    sent: 'Thank you, your message has been sent. The answer will go to the e-mail address you gave.'
  },
  inbox: {
    title: (organisation: string) => `Messages to ${organisation}`,
    intro: 'Messages visitors sent through the contact form on your public pages. They also arrive by e-mail at the organisation’s (or the network’s) address. An answer from here is e-mailed to the sender.',
    tabsLabel: 'Messages by status',
    tabs: { new: 'New', answered: 'Answered', closed: 'Closed' },
    empty: { new: 'No new messages.', answered: 'No answered messages yet.', closed: 'No closed messages.' },
    from: 'From',
    school: 'School',
    network: 'About network',
    received: 'Received',
    answers: 'Answers',
    answeredBy: (name: string) => `Answer by ${name}`,
    answer: 'Answer',
    answerField: 'Your answer',
    answerHint: 'E-mailed to the sender with their message below it. A reply from the sender comes back to the organisation’s address.',
    sendAnswer: 'Send answer',
    close: 'Close',
    reopen: 'Reopen',
    answered: 'Your answer has been sent.',
    statusChanged: 'The status has been changed.',
    messageOf: (name: string) => `Message from ${name}`
  },
  mail: {
    forwardSubject: (name: string) => `Contact message from ${name}`,
    forwardIntro: (organisation: string, network: string | null) =>
      network ? `This message came in through the contact form of ${network} (${organisation}).` : `This message came in through the contact form of ${organisation}.`,
    from: 'From',
    school: 'School',
    sentAt: 'Sent',
    forwardOutro: (url: string) => `Answer by replying to this e-mail, or from the workspace, where the message is kept: ${url}`,
    answerSubject: (organisation: string) => `Answer from ${organisation} to your message`,
    answerSignature: (organisation: string) => `Kind regards,\n${organisation}`,
    yourMessage: (when: string) => `Your message of ${when}:`
  }
};

export const contactErrorsEn: typeof contactErrorsNl = {
  contactMessageRequired: 'Write a message of at least 10 characters.',
  contactMessageTooLong: 'This message is too long (at most 5000 characters).',
  contactSchoolTooLong: 'The school’s name is too long (at most 160 characters).',
  contactRefused: 'We could not accept your message. Reload the page and send it again.',
  contactTooFast: 'That was very fast. Read your message once more, then send it again.',
  contactStale: 'This form was open for more than a day. Your message is still in the form: send it again.',
  contactRateLimited: 'Many messages have been sent from here or with this e-mail address in the past hour. Try again in an hour.',
  contactNotFound: 'This message does not exist (any more).',
  contactReplyRequired: 'Write an answer.',
  contactReplyTooLong: 'This answer is too long (at most 10,000 characters).',
  contactStatusInvalid: 'Choose a status: new, answered or closed.'
};
