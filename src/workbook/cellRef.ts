/** A1-style addresses for the port's coordinates (1-based rows, 0-based columns). */

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `'客户台账'!B5` — quoted so sheet names with spaces or CJK are always safe. */
export function sheetA1(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1(row, column)}`;
}
