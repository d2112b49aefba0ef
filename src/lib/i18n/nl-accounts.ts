// Dutch messages of account creation (sign-up with a confirmed address) and of signing in with
// Microsoft or Google (ADR 026).
export const accountsNl = {
  signUpTitle: 'Account aanmaken',
  signUpExplain: 'Geef je naam en e-mailadres. We mailen je een link om je adres te bevestigen; daar kies je ook een wachtwoord, als je dat wilt. Pas daarna bestaat je account.',
  signUpLink: 'Nog geen account? Maak er een aan',
  name: 'Naam',
  passwordOptional: 'Wachtwoord (minstens 10 tekens)',
  passwordHint: 'Laat leeg als je liever aanmeldt met een link per e-mail.',
  confirmPassword: 'Herhaal het wachtwoord',
  signUpButton: 'Account aanmaken',
  checkMailTitle: 'Kijk in je mailbox',
  checkMail: (email: string) =>
    `We stuurden een e-mail naar ${email}. Volg de link in die e-mail om verder te gaan. Kreeg je niets? Kijk ook bij ongewenste mail; een nieuwe e-mail sturen we ten vroegste na een uur.`,
  confirmTitle: 'Je e-mailadres bevestigen',
  confirmExplain: 'Kies een wachtwoord, of laat het leeg om aan te melden met een link per e-mail, en bevestig je e-mailadres. Daarna ben je aangemeld.',
  confirmButton: 'E-mailadres bevestigen',
  withProvider: 'Met je school- of werkaccount',
  providerButton: (provider: string) => `Aanmelden met ${provider}`,
  providerNames: { microsoft: 'Microsoft', google: 'Google' },
  mail: {
    confirmSubject: 'Bevestig je e-mailadres voor Netwerkplein',
    confirmBody: (url: string) =>
      `Bevestig je e-mailadres met deze link (7 dagen geldig). Daarna is je account klaar en ben je aangemeld:\n${url}\n\nMaakte je geen account aan? Dan mag je deze e-mail negeren: zonder bevestiging wordt er niets aangemaakt.`,
    existingSubject: 'Je hebt al een account op Netwerkplein',
    existingBody: (signInUrl: string, resetUrl: string) =>
      `Iemand (misschien jij) probeerde een account aan te maken met dit e-mailadres. Je hebt al een account, dus er is niets veranderd.\n\nAanmelden doe je hier, met je wachtwoord of een link per e-mail:\n${signInUrl}\n\nWachtwoord vergeten? Kies een nieuw:\n${resetUrl}\n\nWas jij het niet? Dan mag je deze e-mail negeren.`
  }
};

export const accountsErrorsNl = {
  signUpLinkInvalid: 'Deze bevestigingslink is ongeldig, al gebruikt of verlopen (na 7 dagen). Maak je account opnieuw aan.',
  oidcAttemptUnknown: 'Deze aanmelding kunnen we niet afronden: ze is verlopen, al gebruikt of niet in deze browser begonnen. Probeer opnieuw aan te melden.',
  oidcRefused: 'De aanmelding bij de externe dienst kon niet worden bevestigd en is geweigerd. Probeer opnieuw aan te melden.',
  oidcCancelled: 'De aanmelding werd bij de externe dienst geannuleerd of geweigerd. Je bent niet aangemeld.',
  oidcUnavailable: 'De externe dienst om aan te melden is nu niet bereikbaar. Probeer het later opnieuw, of meld aan met je e-mailadres.',
  oidcEmailUnverified: 'Je account bij de externe dienst geeft ons geen bevestigd e-mailadres. Zonder bevestigd adres kunnen we je niet aanmelden. Meld aan met je e-mailadres, of vraag je beheerder om je e-mailadres te laten bevestigen.'
};
