// Dutch messages of an organisation's branding (logo, accent colour) and of share cards (ADR 027 branding).
export const brandingNl = {
  tab: 'Huisstijl',
  title: 'Huisstijl',
  explain: 'Je logo en je accentkleur verschijnen op de publieke pagina’s van je organisatie, je netwerken en je activiteiten.',
  accent: 'Accentkleur',
  accentHint: 'Een kleur waarop witte tekst goed leesbaar is (contrast minstens 4,5 : 1), bv. #0b5394.',
  logo: 'Logo (PNG of SVG, maximaal 200 kB)',
  logoHint: 'Laat leeg om het huidige logo te houden.',
  currentLogo: 'Huidig logo',
  noLogo: 'Nog geen logo.',
  removeLogo: 'Logo verwijderen',
  save: 'Huisstijl bewaren',
  saved: 'De huisstijl is bewaard.',
  preview: 'Voorbeeld',
  previewButton: 'Inschrijven',
  logoAlt: (name: string) => `Logo van ${name}`,
  shareDescription: 'Netwerkplein: lerende netwerken en vormingen voor scholen in Vlaanderen.'
};

export const brandingErrorsNl = {
  accentInvalid: 'Geef een kleur als # met zes tekens, bv. #0b5394.',
  accentContrast: 'Deze kleur heeft te weinig contrast: witte tekst erop of de kleur als tekst op de lichte achtergrond is niet goed leesbaar (minstens 4,5 : 1). Kies een donkerdere kleur.',
  logoType: 'Dit bestand is geen PNG of SVG. Kies een logo als .png of .svg.',
  logoTooLarge: 'Dit logo is te groot (maximaal 200 kB). Maak het bestand kleiner.',
  logoUnsafe: 'Dit SVG-bestand bevat scripts, ingesloten HTML, gebeurtenissen of verwijzingen naar andere bestanden. Bewaar het logo opnieuw als eenvoudige SVG of als PNG.'
};
