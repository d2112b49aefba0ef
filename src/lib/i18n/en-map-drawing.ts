import type { mapDrawingNl } from './nl-map-drawing';

export const mapDrawingEn: typeof mapDrawingNl = {
  graphLabel: (school: string, count: number) => `Interactive network map of ${school} with ${count} partners. Use the arrow keys to choose a partner and Enter to open it. The table below holds the same data.`,
  controls: 'Network map controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show the whole map',
  previous: 'Previous partner',
  next: 'Next partner',
  open: (name: string) => `Open ${name}`,
  panelTitle: 'Chosen partner',
  panelHint: 'Point at a partner, or choose one with the arrow keys, to see its details.',
  groupsServed: 'Target groups reached',
  groupsOf: (count: number, total: number) => `${count} of ${total}`,
  hub: 'Hub between welfare and education',
  loadFailed: 'The interactive map could not load; the drawn map below shows the same partners.',
  differenceDrawingTitle: 'The difference drawn',
  differenceDrawingLabel: (year: string, before: string, count: number) => `Network map ${year} against ${before}, ${count} partners; the lists below hold the same data.`,
  differenceLegend: 'Legend',
  change: { new: 'new', closer: 'closer', looser: 'looser', same: 'unchanged', ended: 'ended' },
  changeLong: {
    new: 'New this year: solid line with a plus sign',
    closer: 'Working closer: thicker line with ▲',
    looser: 'Working more loosely: dotted line with ▼',
    same: 'Unchanged: thin grey line',
    ended: 'Ended: dashed line and an empty circle with a cross'
  }
};
