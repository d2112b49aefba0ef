// The network map's interactive drawing and the drawn difference with last year (ADR 045).
export const mapDrawingNl = {
  graphLabel: (school: string, count: number) => `Interactieve netwerkkaart van ${school} met ${count} partners. Gebruik de pijltjestoetsen om een partner te kiezen en Enter om hem te openen. De tabel hieronder bevat dezelfde gegevens.`,
  controls: 'Bediening van de netwerkkaart',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Hele kaart tonen',
  previous: 'Vorige partner',
  next: 'Volgende partner',
  open: (name: string) => `${name} openen`,
  panelTitle: 'Gekozen partner',
  panelHint: 'Wijs een partner aan of kies er een met de pijltjestoetsen om de gegevens te zien.',
  groupsServed: 'Doelgroepen bereikt',
  groupsOf: (count: number, total: number) => `${count} van ${total}`,
  hub: 'Draaischijf tussen welzijn en onderwijs',
  loadFailed: 'De interactieve kaart kon niet laden; de getekende kaart hieronder toont dezelfde partners.',
  differenceDrawingTitle: 'Het verschil getekend',
  differenceDrawingLabel: (year: string, before: string, count: number) => `Netwerkkaart ${year} tegenover ${before}, ${count} partners; de lijsten hieronder bevatten dezelfde gegevens.`,
  differenceLegend: 'Legende',
  change: {
    new: 'nieuw', closer: 'nauwer', looser: 'losser', same: 'ongewijzigd', ended: 'gestopt'
  } as Record<'new' | 'closer' | 'looser' | 'same' | 'ended', string>,
  changeLong: {
    new: 'Nieuw dit jaar: volle lijn met plusteken',
    closer: 'Nauwer samengewerkt: dikkere lijn met ▲',
    looser: 'Losser samengewerkt: gestippelde lijn met ▼',
    same: 'Ongewijzigd: dunne grijze lijn',
    ended: 'Gestopt: gestreepte lijn en lege cirkel met kruisje'
  } as Record<'new' | 'closer' | 'looser' | 'same' | 'ended', string>
};
