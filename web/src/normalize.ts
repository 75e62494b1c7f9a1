// Folding used wherever the user types a name: accents, case and punctuation do not matter,
// so "he lap", "Hé Lạp" and "He-Lap" all find "He Lap Phong".
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d") // Vietnamese d-bar does not decompose
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
