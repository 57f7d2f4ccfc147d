/**
 * Text a spreadsheet could take for a formula (= + - @, and tab/CR which some apps strip
 * before looking) gets a leading apostrophe: DESIGN.md, "text written to cells can never
 * become a formula". Applies to text only; numbers are written as numbers.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
