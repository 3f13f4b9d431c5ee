/** cmdutil.GetResourcesAndPairs: resources come first, then `key=value` / `key-` pairs. */
export function splitResourcesAndPairs(args: string[], pairType: string): { ok: true; resources: string[]; pairs: string[] } | { ok: false; error: string } {
  const resources: string[] = [];
  const pairs: string[] = [];
  let foundPair = false;
  for (const s of args) {
    const pair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (pair) {
      foundPair = true;
      pairs.push(s);
    } else if (!foundPair) resources.push(s);
    else return { ok: false, error: `all resources must be specified before ${pairType} changes: ${s}` };
  }
  return { ok: true, resources, pairs };
}
