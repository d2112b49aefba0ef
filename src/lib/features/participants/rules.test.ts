import { describe, expect, it } from 'vitest';
import { participantsNl } from '$lib/i18n/nl-participants';
import { parseCsv } from '$lib/server/spreadsheets';
import { brusselsInstant } from '$lib/kernel/time';
import {
  checkInOpen, countByStatus, csvField, exportSheets, extraHeadcounts, groupParticipants, neutraliseFormula, toCsv,
  type ExportLabels, type Participant
} from './rules';

const labels: ExportLabels = { ...participantsNl.export, statuses: participantsNl.statuses, invoiceTypes: participantsNl.invoiceTypes };
let n = 0;
function participant(overrides: Partial<Participant> = {}): Participant {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, personId: `p${n}`, name: `Persoon ${n}`, email: `p${n}@test.example`,
    schools: '', registeredByName: null, status: 'registered', answers: {}, invoice: {}, waitingSince: null, paidAt: null,
    createdAt: new Date('2031-09-01T10:00:00Z'), unconfirmed: false, extras: [], pair: null, ...overrides
  };
}

describe('CSV fields', () => {
  it('leaves plain text alone and quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Sint-Jozefsinstituut')).toBe('Sint-Jozefsinstituut');
    expect(csvField('Gent; Antwerpen')).toBe('"Gent; Antwerpen"');
    expect(csvField('de "Schulmentoren"')).toBe('"de ""Schulmentoren"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('komma, geen probleem')).toBe('komma, geen probleem');
    expect(csvField(3)).toBe('3');
    expect(csvField('')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula with a leading single quote', () => {
    for (const value of ['=1+1', '+32 470 12 34 56', '-2', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect(neutraliseFormula('Ja')).toBe('Ja');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(csvField('=HYPERLINK("http://evil.example";"klik")')).toBe('"\'=HYPERLINK(""http://evil.example"";""klik"")"');
  });

  it('writes a UTF-8 BOM, `;` between fields and CRLF line ends, and reads back to the same cells', () => {
    const csv = toCsv([
      { name: 'a', headers: ['Naam', 'Antwoord'], rows: [['Zoë Çelik', 'ja; zeker'], ['Jan', '=2*3']] },
      { name: 'b', headers: ['Naam', 'Antwoord'], rows: [['Piet', 'meerdere\nregels']] }
    ]);
    expect(csv.startsWith('\uFEFFNaam;Antwoord\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(Array.isArray(rows) && rows.map((r) => r.cells)).toEqual([
      ['Naam', 'Antwoord'], ['Zoë Çelik', 'ja; zeker'], ['Jan', "'=2*3"], ['Piet', 'meerdere\nregels']
    ]);
  });
});

describe('grouping and headcounts', () => {
  it('orders the waiting list by waiting_since, then created_at, then id, and numbers it from 1', () => {
    const same = new Date('2031-09-02T10:00:00Z');
    const late = participant({ status: 'waiting', waitingSince: new Date('2031-09-03T10:00:00Z') });
    const tieB = participant({ status: 'waiting', waitingSince: same, createdAt: new Date('2031-09-01T11:00:00Z'), id: '00000000-0000-4000-8000-00000000000b' });
    const tieA = participant({ status: 'waiting', waitingSince: same, createdAt: new Date('2031-09-01T11:00:00Z'), id: '00000000-0000-4000-8000-00000000000a' });
    const earlyCreated = participant({ status: 'waiting', waitingSince: same, createdAt: new Date('2031-09-01T09:00:00Z') });
    const groups = groupParticipants([late, tieB, participant({ name: 'Zeno' }), tieA, earlyCreated, participant({ status: 'cancelled' })]);
    expect(groups.waiting.map((p) => [p.id, p.position])).toEqual([[earlyCreated.id, 1], [tieA.id, 2], [tieB.id, 3], [late.id, 4]]);
    expect(groups.cancelled).toHaveLength(1);
  });

  it('counts seated people with checked-in ones, per status and per extra', () => {
    const people = [
      participant({ name: 'Bert', status: 'attended', extras: [{ extraId: 'd21', claimed: true }] }),
      participant({ name: 'An', extras: [{ extraId: 'd21', claimed: true }, { extraId: 'd22', claimed: true }] }),
      participant({ status: 'waiting', waitingSince: new Date(), extras: [{ extraId: 'd22', claimed: false }] }),
      participant({ status: 'cancelled', extras: [{ extraId: 'd22', claimed: false }] }),
      participant({ status: 'interest' })
    ];
    expect(groupParticipants(people).registered.map((p) => p.name)).toEqual(['An', 'Bert']);
    expect(countByStatus(people)).toEqual({ registered: 1, attended: 1, absent: 0, waiting: 1, cancelled: 1, interest: 1 });
    const extras = extraHeadcounts([
      { id: 'd21', title: 'Diner 21', date: '2031-11-21', capacity: 30, seatsTaken: 2 },
      { id: 'd22', title: 'Diner 22', date: '2031-11-22', capacity: null, seatsTaken: 1 }
    ], people);
    expect(extras.map((e) => [e.id, e.seatsTaken, e.waitingForSeat])).toEqual([['d21', 2, 0], ['d22', 1, 1]]);
  });
});

describe('check-in', () => {
  const startsAt = brusselsInstant('2031-11-20', '08:00');
  it('opens on the first day of the activity by the Brussels calendar', () => {
    expect(checkInOpen(startsAt, brusselsInstant('2031-11-19', '23:59'))).toBe(false);
    // 23:30 UTC on the 19th is already the 20th in Brussels.
    expect(checkInOpen(startsAt, new Date('2031-11-19T23:30:00Z'))).toBe(true);
    expect(checkInOpen(startsAt, brusselsInstant('2031-11-20', '00:00'))).toBe(true);
    expect(checkInOpen(startsAt, brusselsInstant('2031-12-20', '12:00'))).toBe(true);
  });
});

describe('export table', () => {
  it('has the agreed columns and one row per registered and waiting person, cancelled ones apart', () => {
    const questions = [
      { id: 'q1', kind: 'choice' as const, label: 'Wat is je functie?', options: ['Andere'], required: true, dependsOnQuestionId: null, dependsOnAnswer: null },
      { id: 'q2', kind: 'short' as const, label: 'Gemeente?', options: [], required: false, dependsOnQuestionId: 'q1', dependsOnAnswer: 'Andere' }
    ];
    const extras = [{ id: 'd21', title: 'Diner 21 november' }, { id: 'd22', title: 'Diner 22 november' }];
    const groups = groupParticipants([
      participant({ name: 'Nadia', email: 'nadia@test.example', schools: 'Sint-Servaasinstituut', registeredByName: 'Koen', answers: { q1: 'Andere', q2: 'Genk' },
        extras: [{ extraId: 'd22', claimed: true }], paidAt: new Date('2031-09-14T22:30:00Z'),
        invoice: { type: 'gemeente', name: 'Stad Genk', enterpriseNumber: '0207.442.022', reference: 'BB/1', email: 'factuur@genk.example' },
        pair: { municipalityId: 'm1', municipality: 'Stad Genk', country: 'BE', role: 'officer', portfolio: 'onderwijs', schools: ['Winterslag', 'De Mijnlamp'] } }),
      participant({ name: 'Wim', status: 'waiting', waitingSince: new Date(), extras: [{ extraId: 'd21', claimed: false }] }),
      participant({ name: 'Cas', status: 'cancelled' })
    ]);
    const [main, cancelled] = exportSheets(groups, questions, extras, labels);
    expect(main!.headers).toEqual([
      'Status', 'Plaats op wachtlijst', 'Naam', 'E-mail', 'School', 'Ingeschreven door', 'Wat is je functie?', 'Gemeente?',
      'Diner 21 november', 'Diner 22 november', 'Samen met gemeente', 'Rol in het duo', 'Scholen in het duo', 'Facturatie aan', 'Naam facturatie', 'Ondernemingsnummer', 'Referentie', 'E-mail facturatie', 'Betaald op'
    ]);
    expect(main!.rows).toEqual([
      ['Ingeschreven', '', 'Nadia', 'nadia@test.example', 'Sint-Servaasinstituut', 'Koen', 'Andere', 'Genk', 'nee', 'ja', 'Stad Genk', 'gemeentefunctionaris', 'Winterslag, De Mijnlamp', 'Gemeente', 'Stad Genk', '0207.442.022', 'BB/1', 'factuur@genk.example', '2031-09-15'],
      ['Wachtlijst', 1, 'Wim', expect.any(String), '', '', '', '', 'wacht op plaats', 'nee', '', '', '', '', '', '', '', '', '']
    ]);
    expect(cancelled!.rows.map((r) => r[2])).toEqual(['Cas']);
  });
});
