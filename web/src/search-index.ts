// Suggestions over labels and aliases, ranked: whole-name prefix, then word prefix, then
// substring; ties go to better-connected nodes, which are what people usually look for.
import { fold } from "./normalize.ts";
import type { NewsGraph } from "./types.ts";

interface Entry {
  node: string;
  /** Folded label and aliases. */
  names: string[];
  /** The original spelling matching each folded name, to show why a node matched. */
  originals: string[];
  degree: number;
}

export interface Suggestion {
  node: string;
  label: string;
  type: string;
  /** Alias that matched, when it was not the label. */
  matched?: string;
  score: number;
}

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(private readonly graph: NewsGraph) {
    graph.forEachNode((node, attr) => {
      const originals = [attr.label, ...(Array.isArray(attr.aliases) ? attr.aliases : []), ...(Array.isArray(attr.otherScripts) ? attr.otherScripts : [])].filter(
        (name): name is string => typeof name === "string" && name.length > 0,
      );
      this.entries.push({ node, names: originals.map(fold), originals, degree: graph.degree(node) });
    });
  }

  suggest(query: string, limit = 8): Suggestion[] {
    const q = fold(query);
    if (!q) return [];
    const found: Suggestion[] = [];
    for (const entry of this.entries) {
      let best = 0;
      let bestIndex = 0;
      entry.names.forEach((name, i) => {
        const score = name.startsWith(q) ? 3 : name.includes(` ${q}`) ? 2 : name.includes(q) ? 1 : 0;
        // The label beats an alias at equal strength: it is the name the map shows.
        if (score > best) {
          best = score;
          bestIndex = i;
        }
      });
      if (best === 0) continue;
      const attr = this.graph.getNodeAttributes(entry.node);
      found.push({
        node: entry.node,
        label: attr.label,
        type: attr.type,
        matched: bestIndex > 0 ? entry.originals[bestIndex] : undefined,
        score: best + Math.min(0.9, entry.degree / 100),
      });
    }
    found.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
    return found.slice(0, limit);
  }
}
