// The median of a list of numbers (the upper middle for an even count).
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
