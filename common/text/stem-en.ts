// A light English stemmer for the English names and descriptions: plural -s/-es/-ies, -ing and -ed removed, so
// "certificates", "registering", "registered" and "register" share a stem. A stem is always a beginning of the words
// it stands for (a final -y goes too: "family" and "families" → "famil"), so it may be matched as a word's prefix.

const VOWEL = /[aeiou]/;

/** A doubled final consonant left by -ing/-ed (running → runn → run), except the letters English often doubles. */
function undoubled(stem: string): string {
  return /([^aeiouslz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The stem of one folded English word (letters only; anything else is left as it is). */
export function stemEnglish(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3);
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3)) && w.length > 5) w = undoubled(w.slice(0, -3));
  else if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2)) && w.length > 4) w = undoubled(w.slice(0, -2));
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1);
  return w;
}
