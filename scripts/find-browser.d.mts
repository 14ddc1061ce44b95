export const browserCandidates: string[];
export function findBrowser(): string | undefined;
