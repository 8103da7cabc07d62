// "Did you mean …?" for mistyped values: the closest candidate by edit distance.

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The candidate closest to `input`, when it is close enough to be a plausible typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = hay.startsWith(needle) && needle.length >= 3 ? 0.5 : editDistance(needle, hay);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const guess = closest(input, candidates);
  return guess === undefined ? '' : `; did you mean '${guess}'?`;
}
