import type { accountsErrorsNl, accountsNl } from './nl-accounts';

export const accountsEn: typeof accountsNl = {
  signUpTitle: 'Create an account',
  signUpExplain: 'Give your name and e-mail address. We mail you a link to confirm your address; there you also choose a password, if you want one. Only then does your account exist.',
  signUpLink: 'No account yet? Create one',
  name: 'Name',
  passwordOptional: 'Password (at least 10 characters)',
  passwordHint: 'Leave empty if you would rather sign in with a link by e-mail.',
  confirmPassword: 'Repeat the password',
  signUpButton: 'Create account',
  checkMailTitle: 'Check your mailbox',
  checkMail: (email: string) =>
    `We sent an e-mail to ${email}. Follow the link in it to continue. Nothing arrived? Look in your spam folder too; we send a new e-mail after an hour at the earliest.`,
  confirmTitle: 'Confirm your e-mail address',
  confirmExplain: 'Choose a password, or leave it empty to sign in with a link by e-mail, and confirm your e-mail address. You are then signed in.',
  confirmButton: 'Confirm e-mail address',
  withProvider: 'With your school or work account',
  providerButton: (provider: string) => `Sign in with ${provider}`,
  providerNames: { microsoft: 'Microsoft', google: 'Google' },
  mail: {
    confirmSubject: 'Confirm your e-mail address for Netwerkplein',
    confirmBody: (url: string) =>
      `Confirm your e-mail address with this link (valid for 7 days). Your account is then ready and you are signed in:\n${url}\n\nDid you not create an account? Then you may ignore this e-mail: nothing is created without confirmation.`,
    existingSubject: 'You already have an account on Netwerkplein',
    existingBody: (signInUrl: string, resetUrl: string) =>
      `Someone (perhaps you) tried to create an account with this e-mail address. You already have an account, so nothing changed.\n\nSign in here, with your password or a link by e-mail:\n${signInUrl}\n\nForgot your password? Choose a new one:\n${resetUrl}\n\nWasn't it you? Then you may ignore this e-mail.`
  }
};

export const accountsErrorsEn: typeof accountsErrorsNl = {
  signUpLinkInvalid: 'This confirmation link is invalid, already used or expired (after 7 days). Create your account again.',
  oidcAttemptUnknown: 'We cannot complete this sign-in: it expired, was already used or was not started in this browser. Try signing in again.',
  oidcRefused: 'The sign-in at the external service could not be verified and was refused. Try signing in again.',
  oidcCancelled: 'The sign-in was cancelled or refused at the external service. You are not signed in.',
  oidcUnavailable: 'The external sign-in service cannot be reached now. Try again later, or sign in with your e-mail address.',
  oidcEmailUnverified: 'Your account at the external service does not give us a verified e-mail address. Without a verified address we cannot sign you in. Sign in with your e-mail address, or ask your administrator to have your address verified.'
};
