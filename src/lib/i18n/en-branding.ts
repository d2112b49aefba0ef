// English messages of an organisation's branding, the same keys as nl-branding.ts.
import type { brandingErrorsNl, brandingNl } from './nl-branding';

export const brandingEn: typeof brandingNl = {
  tab: 'Branding',
  title: 'Branding',
  explain: 'Your logo and accent colour appear on the public pages of your organisation, its networks and its activities.',
  accent: 'Accent colour',
  accentHint: 'A colour white text reads well on (contrast at least 4.5 : 1), e.g. #0b5394.',
  logo: 'Logo (PNG or SVG, at most 200 kB)',
  logoHint: 'Leave empty to keep the current logo.',
  currentLogo: 'Current logo',
  noLogo: 'No logo yet.',
  removeLogo: 'Remove the logo',
  save: 'Save branding',
  saved: 'The branding was saved.',
  preview: 'Preview',
  previewButton: 'Register',
  logoAlt: (name: string) => `Logo of ${name}`,
  shareDescription: 'Netwerkplein: learning networks and training for schools in Flanders.'
};

export const brandingErrorsEn: typeof brandingErrorsNl = {
  accentInvalid: 'Give a colour as # and six characters, e.g. #0b5394.',
  accentContrast: 'This colour has too little contrast: white text on it, or the colour as text on the light background, does not read well (at least 4.5 : 1). Choose a darker colour.',
  logoType: 'This file is no PNG or SVG. Choose a logo as .png or .svg.',
  logoTooLarge: 'This logo is too large (at most 200 kB). Make the file smaller.',
  logoUnsafe: 'This SVG file holds scripts, embedded HTML, event handlers or references to other files. Save the logo again as a plain SVG or as a PNG.'
};
