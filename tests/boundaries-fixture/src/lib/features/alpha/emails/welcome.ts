export const welcomeMail = 'welkom';
