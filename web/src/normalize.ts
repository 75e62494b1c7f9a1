// Folding used wherever the user types a name: accents, case and punctuation do not matter,
// so "he lap", "Hé Lạp" and "He-Lap" all find "He Lap Phong". The folding itself is the pipeline's
// (src/text/fold.ts); compatibility forms (full-width letters, ligatures) are decomposed first.
import { fold as foldName } from "../../src/text/fold.ts";

export function fold(text: string): string {
  return foldName(text.normalize("NFKD"))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
