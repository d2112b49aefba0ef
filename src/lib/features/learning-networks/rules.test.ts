import { describe, expect, it } from 'vitest';
import { classifyImportRows, mapImportHeaders, nameKey, summariseImport, type ImportColumns, type SchoolLookup } from './rules';

const fullHeaders = ['Instellingsnummer', 'Naam', 'Straat', 'Postcode', 'Gemeente', 'Provincie', 'Niveau', 'Onderwijsnet'];

function columnsOf(headers: string[]): ImportColumns {
  const mapped = mapImportHeaders(headers);
  if (!mapped.ok) throw new Error(mapped.key);
  return mapped.columns;
}

const columns = columnsOf(fullHeaders);

const lookup: SchoolLookup = {
  byNumber: new Map([
    ['035865', { id: 'school-1', name: 'Sint-Jozefscollege' }],
    ['104512', { id: 'school-2', name: 'Atheneum Moretus' }]
  ]),
  byNameAndMunicipality: new Map([
    [nameKey('Sint-Jozefscollege', 'Gent'), { id: 'school-1', name: 'Sint-Jozefscollege' }],
    [nameKey('Atheneum Moretus', 'Antwerpen'), { id: 'school-2', name: 'Atheneum Moretus' }],
    [nameKey('Basisschool Ter Élst', 'Sint-Niklaas'), { id: 'school-3', name: 'Basisschool Ter Élst' }]
  ])
};

const newRow = ['123456', 'De Regenboog', 'Kerkstraat 1', '9100', 'Sint-Niklaas', 'Oost-Vlaanderen', 'Basisonderwijs', 'Vrij gesubsidieerd'];

describe('mapImportHeaders', () => {
  it('recognises Dutch headers, whatever the case, accents or punctuation', () => {
    expect(columnsOf(['INSTELLINGSNR.', ' schoolnaam ', 'Adres', 'Post-code', 'Stad', 'Provincie', 'Niveau', 'Nét'])).toEqual({
      institutionNumber: 0,
      name: 1,
      street: 2,
      postalCode: 3,
      municipality: 4,
      province: 5,
      level: 6,
      educationNetwork: 7
    });
  });

  it('recognises English headers and ignores unknown columns', () => {
    expect(columnsOf(['Remarks', 'Institution number', 'Name', 'Street', 'Postal code', 'Municipality', 'Province', 'Level', 'Network'])).toEqual({
      institutionNumber: 1,
      name: 2,
      street: 3,
      postalCode: 4,
      municipality: 5,
      province: 6,
      level: 7,
      educationNetwork: 8
    });
  });

  it("prefers 'Instellingsnummer' over a plain 'Nummer' column", () => {
    expect(columnsOf(['Straat', 'Nummer', 'Instellingsnummer']).institutionNumber).toBe(2);
    expect(columnsOf(['Nummer', 'School']).institutionNumber).toBe(0);
  });

  it('needs an instellingsnummer or both name and municipality', () => {
    expect(mapImportHeaders(['Naam', 'Gemeente']).ok).toBe(true);
    expect(mapImportHeaders(['Instellingsnummer']).ok).toBe(true);
    expect(mapImportHeaders(['Naam', 'Postcode'])).toEqual({ ok: false, key: 'importNoIdentity' });
    expect(mapImportHeaders(['Gemeente', 'Provincie'])).toEqual({ ok: false, key: 'importNoIdentity' });
    expect(mapImportHeaders([])).toEqual({ ok: false, key: 'importNoIdentity' });
  });
});

describe('nameKey', () => {
  it('ignores case and spacing but keeps accents', () => {
    expect(nameKey('  Sint-Jozef   College ', 'GENT')).toBe(nameKey('sint-jozef college', 'Gent'));
    expect(nameKey('Ter Élst', 'Sint-Niklaas')).not.toBe(nameKey('Ter Elst', 'Sint-Niklaas'));
    expect(nameKey('Ter E\u0301lst', 'x')).toBe(nameKey('Ter \u00c9lst', 'x'));
  });
});

describe('classifyImportRows', () => {
  it('matches on the instellingsnummer, a 5-digit number included', () => {
    const [row] = classifyImportRows([['35865', 'Andere naam', '', '', 'Brugge', '', '', '']], columns, lookup);
    expect(row).toMatchObject({ line: 2, outcome: 'matched', schoolId: 'school-1', schoolName: 'Sint-Jozefscollege' });
    expect(row?.values.institutionNumber).toBe('35865');
  });

  it('matches on name and municipality when the number is missing or unknown', () => {
    const rows = classifyImportRows(
      [
        ['', ' atheneum  MORETUS ', '', '', 'antwerpen', '', '', ''],
        ['999999', 'Basisschool ter élst', '', '', 'Sint-Niklaas', '', '', '']
      ],
      columns,
      lookup
    );
    expect(rows.map((r) => r.outcome === 'matched' && r.schoolId)).toEqual(['school-2', 'school-3']);
  });

  it('matches on name and municipality in a file without a number column', () => {
    const rows = classifyImportRows([['Gent', 'Sint-Jozefscollege']], columnsOf(['Gemeente', 'Naam']), lookup);
    expect(rows[0]).toMatchObject({ outcome: 'matched', schoolId: 'school-1' });
    expect(rows[0]?.values).toEqual({
      institutionNumber: '',
      name: 'Sint-Jozefscollege',
      street: '',
      postalCode: '',
      municipality: 'Gent',
      province: '',
      level: '',
      educationNetwork: '',
      brin: '',
      fase: ''
    });
  });

  it('refuses a malformed instellingsnummer even when the name would match', () => {
    const [row] = classifyImportRows([['3586', 'Sint-Jozefscollege', '', '', 'Gent', '', '', '']], columns, lookup);
    expect(row).toMatchObject({ outcome: 'error', key: 'institutionNumberInvalid' });
  });

  it('proposes a new school when every field is valid, mapping Dutch labels to the enums', () => {
    const [row] = classifyImportRows([newRow], columns, lookup);
    expect(row).toMatchObject({
      outcome: 'new',
      school: {
        institutionNumber: '123456',
        name: 'De Regenboog',
        street: 'Kerkstraat 1',
        postalCode: '9100',
        municipality: 'Sint-Niklaas',
        province: 'oost-vlaanderen',
        level: 'basis',
        educationNetwork: 'vrij-gesubsidieerd'
      }
    });
  });

  it.each([
    ['Brussel', 'Secundair', 'GO!', { province: 'brussel', level: 'secundair', educationNetwork: 'go' }],
    ['Brussels Hoofdstedelijk Gewest', 'basis', 'Officieel gesubsidieerd', { province: 'brussel', level: 'basis', educationNetwork: 'officieel-gesubsidieerd' }],
    ['west-vlaanderen', 'Buitengewoon', 'vrij-gesubsidieerd', { province: 'west-vlaanderen', level: 'buitengewoon', educationNetwork: 'vrij-gesubsidieerd' }],
    ['VLAAMS-BRABANT', 'Buitengewoon secundair onderwijs', 'go', { province: 'vlaams-brabant', level: 'buitengewoon', educationNetwork: 'go' }],
    ['Provincie Antwerpen', 'Secundair onderwijs', 'Katholiek Onderwijs', { province: 'antwerpen', level: 'secundair', educationNetwork: 'vrij-gesubsidieerd' }]
  ])('maps %j, %j, %j', (province, level, network, expected) => {
    const [row] = classifyImportRows([['12345', 'X-school', 'Laan 2', '1000', 'Brussel', province, level, network]], columns, lookup);
    expect(row?.outcome === 'new' && row.school).toMatchObject({ institutionNumber: '012345', ...expected });
  });

  it('gives the first validation key when a field of a new school is wrong', () => {
    const rows = classifyImportRows(
      [
        [...newRow.slice(0, 5), 'Wallonië', 'Hoger', 'GO!'],
        [newRow[0]!, newRow[1]!, newRow[2]!, '910', ...newRow.slice(4)],
        [...newRow.slice(0, 6), 'Universiteit', 'GO!']
      ],
      columns,
      lookup
    );
    expect(rows.map((r) => r.outcome === 'error' && r.key)).toEqual(['provinceInvalid', 'postalCodeInvalid', 'levelInvalid']);
  });

  it('calls a school unknown when the row lacks the fields to create it', () => {
    const rows = classifyImportRows(
      [
        ['', 'Onbekende school', '', '', 'Gent', '', '', ''],
        ['654321', '', '', '', '', '', '', ''],
        [...newRow.slice(0, 7), '']
      ],
      columns,
      lookup
    );
    expect(rows.map((r) => r.outcome === 'error' && r.key)).toEqual(['importSchoolUnknown', 'importSchoolUnknown', 'importSchoolUnknown']);
    const [short] = classifyImportRows([['Nieuwe school', 'Gent']], columnsOf(['Naam', 'Gemeente']), lookup);
    expect(short).toMatchObject({ outcome: 'error', key: 'importSchoolUnknown' });
  });

  it('marks the second row of the same school as a duplicate', () => {
    const rows = classifyImportRows(
      [
        ['035865', '', '', '', '', '', '', ''],
        ['', 'Sint-Jozefscollege', '', '', 'Gent', '', '', ''], // same school by name
        newRow,
        ['12345', 'De Regenboog', 'Andere straat 3', '9100', 'sint-niklaas', 'Oost-Vlaanderen', 'basis', 'GO!'], // same name
        ['123456', 'Andere naam', 'Kerkstraat 1', '9100', 'Sint-Niklaas', 'Oost-Vlaanderen', 'basis', 'GO!'], // same number
        ['35865', '', '', '', '', '', '', '']
      ],
      columns,
      lookup
    );
    expect(rows.map((r) => (r.outcome === 'error' ? r.key : r.outcome))).toEqual([
      'matched',
      'importDuplicateRow',
      'new',
      'importDuplicateRow',
      'importDuplicateRow',
      'importDuplicateRow'
    ]);
  });

  it('uses the file line numbers when given, else counts from line 2', () => {
    const rows = [['035865'], ['104512']];
    const numberOnly = columnsOf(['Instellingsnummer']);
    expect(classifyImportRows(rows, numberOnly, lookup).map((r) => r.line)).toEqual([2, 3]);
    expect(classifyImportRows(rows, numberOnly, lookup, [4, 9]).map((r) => r.line)).toEqual([4, 9]);
  });

  it('reads missing cells of short rows as empty', () => {
    const [row] = classifyImportRows([['104512']], columns, lookup);
    expect(row).toMatchObject({ outcome: 'matched', schoolId: 'school-2', values: { name: '', educationNetwork: '' } });
  });
});

describe('summariseImport', () => {
  it('counts each outcome', () => {
    const rows = classifyImportRows([['035865'], newRow, ['1'], ['035865'], ['104512']], columns, lookup);
    expect(summariseImport(rows)).toEqual({ matched: 2, new: 1, error: 2 });
    expect(summariseImport([])).toEqual({ matched: 0, new: 0, error: 0 });
  });
});

describe('schools outside Flanders (ADR 028)', () => {
  const abroad: SchoolLookup = {
    byNumber: new Map([
      ['brin-31QX00', { id: 'school-nl', name: 'Stichting De Linde' }],
      ['fase-1234', { id: 'school-fase', name: 'École Saint-Joseph' }],
      ['035865', { id: 'school-1', name: 'Sint-Jozefscollege' }]
    ]),
    byNameAndMunicipality: new Map()
  };

  it('recognises BRIN and FASE columns as an identity', () => {
    expect(mapImportHeaders(['BRIN-nummer', 'Naam'])).toEqual({ ok: true, columns: { brin: 0, name: 1 } });
    expect(mapImportHeaders(['Numéro FASE'])).toEqual({ ok: true, columns: { fase: 0 } });
  });

  it('matches a school by its BRIN or FASE number, in its own column or written with its type in the number column', () => {
    const own = columnsOf(['Instellingsnummer', 'BRIN', 'FASE']);
    const cells = [['', '31 qx 00', ''], ['', '', '01234'], ['BRIN 31QX00'], ['31qx00'], ['fase-1234'], ['35865']];
    const one = (row: string[]) => classifyImportRows([row], own, abroad)[0]!;
    expect(cells.map((row) => { const r = one(row); return r.outcome === 'matched' && r.schoolId; }))
      .toEqual(['school-nl', 'school-fase', 'school-nl', 'school-nl', 'school-fase', 'school-1']);
    // The same school twice, however written, is one school.
    expect(classifyImportRows(cells, own, abroad).map((r) => r.outcome === 'error' ? r.key : r.outcome))
      .toEqual(['matched', 'matched', 'importDuplicateRow', 'importDuplicateRow', 'importDuplicateRow', 'matched']);
  });

  it('explains in Dutch a malformed number and a school outside Flanders that is not in the register', () => {
    const own = columnsOf(['Instellingsnummer', 'BRIN', 'FASE']);
    const rows = classifyImportRows([['', '3QX'], ['', '', 'FASE x'], ['12-AB'], ['123'], ['', '99ZZ'], ['FASE 77']], own, abroad);
    expect(rows.map((r) => r.outcome === 'error' && r.key)).toEqual([
      'brinInvalid', 'faseInvalid', 'importIdentifierInvalid', 'institutionNumberInvalid', 'importSchoolUnknownAbroad', 'importSchoolUnknownAbroad'
    ]);
  });
});
