// The reading age of a text by the Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39 x words per sentence +
// 11.8 x syllables per word - 15.59, a US school grade; the reading age is the grade + 5 years. Words are runs of
// letters (figures such as £95.55 are not words); a sentence ends at . ! or ? or at the end of a line (a label, a
// heading, a table cell, a list item); syllables are counted by the usual rule of thumb (groups of vowels, less a
// silent final e).

function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "").match(/[aeiouy]{1,2}/g);
  return groups ? groups.length : 1;
}

/// { words, sentences, syllables, grade, age } for a text.
export function readingAge(text) {
  let words = 0, sentences = 0, syll = 0;
  for (const line of text.split("\n")) {
    for (const sentence of line.split(/[.!?]+(?:\s|$)/)) {
      const found = sentence.match(/[A-Za-z][A-Za-z'’]*/g) || [];
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      syll += found.reduce((n, w) => n + syllables(w), 0);
    }
  }
  const grade = 0.39 * (words / sentences) + 11.8 * (syll / words) - 15.59;
  return { words, sentences, syllables: syll, grade, age: grade + 5 };
}
