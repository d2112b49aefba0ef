import { describe, expect, it } from 'vitest';
import {
  registrationTodo,
  canCancelRegistration, canChangeRegistration, enterpriseNumberFrom, extraCost, extraSeatsLeft, needsInvoice, normaliseEnterpriseNumber, normaliseInvoiceNumber,
  orderMyRegistrations, readExtraChoice, registrationOpen, reminderAt
} from './rules';

describe('the Belgian enterprise number', () => {
  it('accepts a valid number in the usual spellings and writes it as 0123.456.749', () => {
    for (const input of ['0123.456.749', '0123456749', '123456749', 'BE 0123.456.749', 'be0123 456 749', ' 0123-456-749 ']) {
      expect(normaliseEnterpriseNumber(input)).toEqual({ ok: true, value: '0123.456.749' });
    }
  });

  it('checks the last two digits: 97 minus the first eight digits mod 97', () => {
    // 02542163 mod 97 = 84, so the check is 13.
    expect(normaliseEnterpriseNumber('0254.216.313')).toEqual({ ok: true, value: '0254.216.313' });
    expect(normaliseEnterpriseNumber('0254.216.357')).toEqual({ ok: false, reason: 'checksum' });
    expect(normaliseEnterpriseNumber('0123.456.789')).toEqual({ ok: false, reason: 'checksum' });
    // A check of exactly 97 (the first eight digits are a multiple of 97).
    expect(normaliseEnterpriseNumber('0000.009.797')).toEqual({ ok: true, value: '0000.009.797' });
    expect(normaliseEnterpriseNumber('1000.000.021')).toEqual({ ok: true, value: '1000.000.021' });
  });

  it('computes a valid number from its first eight digits', () => {
    expect(enterpriseNumberFrom('02542163')).toBe('0254.216.313');
    expect(enterpriseNumberFrom('00000097')).toBe('0000.009.797');
    expect(enterpriseNumberFrom('10000000')).toBe('1000.000.021');
    // A check below 10 keeps its leading zero.
    expect(enterpriseNumberFrom('00000092')).toBe('0000.009.205');
    for (const firstEight of ['04195610', '02074420', '12345678', '00000001']) {
      const number = enterpriseNumberFrom(firstEight);
      expect(normaliseEnterpriseNumber(number)).toEqual({ ok: true, value: number });
    }
    for (const bad of ['2123456', '21234567', '0123456x', '012345678']) expect(() => enterpriseNumberFrom(bad)).toThrow(RangeError);
  });

  it('refuses numbers of the wrong shape', () => {
    for (const input of ['', '12345', '2123.456.749', '01234567490', 'ABCD.EFG.HIJ', '0123.456.74x']) {
      expect(normaliseEnterpriseNumber(input)).toEqual({ ok: false, reason: 'format' });
    }
  });
});

describe('the number on a school invoice', () => {
  it('takes a Dutch school’s KvK-nummer in the usual spellings', () => {
    for (const input of ['12345678', 'KvK 12345678', 'kvk-nummer: 1234 5678', 'KVK12.34.56.78', ' kvk nr. 12345678 ']) {
      expect(normaliseInvoiceNumber(input)).toEqual({ ok: true, value: 'KvK 12345678' });
    }
  });

  it('still checks a Belgian enterprise number and refuses a KvK-nummer of the wrong length', () => {
    expect(normaliseInvoiceNumber('BE 0123.456.749')).toEqual({ ok: true, value: '0123.456.749' });
    expect(normaliseInvoiceNumber('0123.456.789')).toEqual({ ok: false, reason: 'checksum' });
    for (const input of ['KvK 1234567', 'kvk 123456789', 'KvK', '1234567']) expect(normaliseInvoiceNumber(input)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('extras', () => {
  it('shows a price, "op eigen kosten", or nothing when the title already says so', () => {
    expect(extraCost({ title: 'Lunch', priceCents: 1500 })).toBe('price');
    expect(extraCost({ title: 'Gezamenlijk diner 22 november', priceCents: 0 })).toBe('own-cost');
    expect(extraCost({ title: 'Gezamenlijk diner 22 november — op eigen kosten', priceCents: 0 })).toBe('in-title');
  });

  it('counts places left, unlimited when there is no capacity', () => {
    expect(extraSeatsLeft({ capacity: 25, seatsTaken: 24 })).toBe(1);
    expect(extraSeatsLeft({ capacity: 25, seatsTaken: 25 })).toBe(0);
    expect(extraSeatsLeft({ capacity: null, seatsTaken: 40 })).toBeNull();
  });

  it('reads the chosen checkboxes in the order of the activity and refuses unknown ids', () => {
    expect(readExtraChoice(['q_1', 'extra_b', 'extra_a'], ['a', 'b', 'c'])).toEqual({ ok: true, extraIds: ['a', 'b'] });
    expect(readExtraChoice(['invoiceType'], ['a'])).toEqual({ ok: true, extraIds: [] });
    expect(readExtraChoice(['extra_x'], ['a'])).toEqual({ ok: false });
  });

  it('asks invoice details only when something costs money', () => {
    expect(needsInvoice({ priceCents: 4500 }, [])).toBe(true);
    expect(needsInvoice({ priceCents: 0 }, [{ priceCents: 0 }])).toBe(false);
    expect(needsInvoice({ priceCents: 0 }, [{ priceCents: 2000 }])).toBe(true);
  });
});

describe('when a registration may change', () => {
  const deadline = new Date('2027-02-05T22:59:00Z');
  const startsAt = new Date('2027-02-10T12:30:00Z');
  const before = new Date('2027-02-01T10:00:00Z');
  const after = new Date('2027-02-06T10:00:00Z');

  it('registering and changing are open until the deadline, for registered or waiting people', () => {
    expect(registrationOpen(deadline, deadline)).toBe(true);
    expect(registrationOpen(deadline, after)).toBe(false);
    expect(canChangeRegistration('registered', deadline, before)).toBe(true);
    expect(canChangeRegistration('waiting', deadline, before)).toBe(true);
    expect(canChangeRegistration('registered', deadline, after)).toBe(false);
    expect(canChangeRegistration('interest', deadline, before)).toBe(false);
    expect(canChangeRegistration(null, deadline, before)).toBe(false);
  });

  it('cancelling is possible until the start', () => {
    expect(canCancelRegistration('registered', startsAt, after)).toBe(true);
    expect(canCancelRegistration('waiting', startsAt, after)).toBe(true);
    expect(canCancelRegistration('registered', startsAt, startsAt)).toBe(false);
    expect(canCancelRegistration('cancelled', startsAt, before)).toBe(false);
  });

  it('reminds a week before the start, unless that moment has passed', () => {
    expect(reminderAt(startsAt, before)).toEqual(new Date('2027-02-03T12:30:00Z'));
    expect(reminderAt(startsAt, after)).toBeNull();
  });
});

it('lists upcoming activities first (soonest first), then past ones (latest first)', () => {
  const now = new Date('2027-03-01T00:00:00Z');
  const row = (id: string, start: string) => ({ id, startsAt: new Date(start), endsAt: new Date(new Date(start).getTime() + 3_600_000) });
  const ordered = orderMyRegistrations([row('past-old', '2026-10-01'), row('late', '2027-11-20'), row('past-new', '2027-02-10'), row('soon', '2027-03-17')], now);
  expect(ordered.map((r) => r.id)).toEqual(['soon', 'late', 'past-new', 'past-old']);
});

describe('what a person still has to do about a registration', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const base = {
    status: 'registered' as const, priceCents: 9550, paidAt: null,
    registrationDeadline: new Date('2027-03-10T22:59:00Z'), endsAt: new Date('2027-03-20T16:00:00Z')
  };

  it('asks to pay a registration with a price that is not paid, until the activity is over', () => {
    expect(registrationTodo(base, now)).toBe('pay');
    expect(registrationTodo({ ...base, paidAt: new Date('2027-02-20T09:00:00Z') }, now)).toBeNull();
    expect(registrationTodo({ ...base, priceCents: 0 }, now)).toBeNull();
    expect(registrationTodo(base, new Date('2027-03-21T09:00:00Z'))).toBeNull();
  });

  it('asks to register after showing interest, only while registration is open', () => {
    expect(registrationTodo({ ...base, status: 'interest' }, now)).toBe('register');
    expect(registrationTodo({ ...base, status: 'interest' }, new Date('2027-03-11T09:00:00Z'))).toBeNull();
  });

  it('asks nothing of a waiting, cancelled or finished registration', () => {
    for (const status of ['waiting', 'cancelled', 'attended', 'absent'] as const) expect(registrationTodo({ ...base, status }, now)).toBeNull();
  });
});
