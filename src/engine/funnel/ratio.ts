/**
 * A share or an average; null when there is nothing to divide by, so "no data" is never shown
 * as 0 % (SPEC 8: a rate with an empty denominator is blank, not zero).
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Win rate = won ÷ (won + lost); open customers are not decided yet and do not count. */
export function winRate(won: number, lost: number): number | null {
  return ratio(won, won + lost);
}
