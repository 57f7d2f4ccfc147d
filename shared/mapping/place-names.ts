/*
 * Places an address export writes in a "State" or "Region" column: the US states (and DC),
 * the Canadian provinces and territories, the Australian states, and the countries that
 * appear most in order exports. A status is never one of them. Lower case, as compared.
 */
const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'district of columbia', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas',
  'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
  'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island',
  'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'puerto rico',
];

const CANADA_AUSTRALIA = [
  'alberta', 'british columbia', 'manitoba', 'new brunswick', 'newfoundland and labrador', 'nova scotia',
  'ontario', 'prince edward island', 'quebec', 'saskatchewan', 'yukon', 'nunavut', 'northwest territories',
  'new south wales', 'victoria', 'queensland', 'south australia', 'western australia', 'tasmania',
  'northern territory', 'australian capital territory',
];

const COUNTRIES = [
  'united states', 'usa', 'united kingdom', 'uk', 'canada', 'mexico', 'brazil', 'argentina', 'germany',
  'france', 'italy', 'spain', 'netherlands', 'belgium', 'switzerland', 'austria', 'sweden', 'norway',
  'denmark', 'finland', 'poland', 'ireland', 'portugal', 'china', 'japan', 'india', 'south korea',
  'singapore', 'australia', 'new zealand', 'south africa',
];

export const PLACE_NAMES: ReadonlySet<string> = new Set([...US_STATES, ...CANADA_AUSTRALIA, ...COUNTRIES]);

/** "California", " TEXAS ", "new  york": a place of the list, case and spacing ignored. */
export function isPlaceName(text: string): boolean {
  return PLACE_NAMES.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}
