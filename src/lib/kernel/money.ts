/**
 * Money on the platform is euro, kept as integer cents. Three shapes: the price people read
 * (`formatEuro`), the text a price field is pre-filled with (`euroFieldText`), and reading back
 * what someone typed (`parseEuroCents`).
 */
import { intlLocale } from './locale';

// Prices are shown in Belgian notation in both languages, as the platform always did ("€ 695,-"):
// an English page about a Flemish activity keeps the price as it is written on the invoice.
// No thousands separator, as before ("€ 1250,-").
const euroFormat = new Intl.NumberFormat(intlLocale('nl'), { style: 'currency', currency: 'EUR', useGrouping: false });

/** "€ 695,-" for whole euros, "€ 695,50" otherwise (the Flemish way of writing a price). */
export function formatEuro(cents: number): string {
  const whole = cents % 100 === 0;
  return euroFormat.formatToParts(cents / 100)
    .map((part) => (part.type === 'fraction' && whole ? '-' : part.value))
    .join('')
    // Intl puts a no-break space after the sign; mails and pages always had a plain one.
    .replace(/\u00a0/g, ' ');
}

/**
 * Cents from a price typed in euro the way people in Flanders write it: "695", "695,50", "695.5",
 * "€ 1.250,00", "695,-". Null when it is not a price (negative, letters, three decimals).
 */
export function parseEuroCents(text: string): number | null {
  const compact = text.replace(/[\s\u00a0€]/g, '').replace(/,-$/, '');
  if (compact === '') return 0;
  let normalised = compact;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact)) normalised = compact.replace(/\./g, '');
  const match = normalised.match(/^(\d{1,6})(?:[.,](\d{1,2}))?$/);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** Euro text for a form field, which `parseEuroCents` reads back: 69550 → "695,50", 69500 → "695". */
export function euroFieldText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', ',');
}
