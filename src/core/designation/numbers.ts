// Numbers written in words ("huit pièces", "vingt-quatre convives", "quatre-vingts") become number tokens, so the
// reader finds them where it finds digits.

import type { Token } from "./text";

/** French number words (folded, as the tokenizer gives them: "seize" → "seize", "vingts" → "vingt"). */
const WORD_VALUES: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  // As the tokenizer stems them: "deux" → "deu", "trois" → "troi".
  deu: 2,
  troi: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
};

/** The number words, for the spelling corrector (a number word is never "corrected": "trente" is not "entre"). */
export const NUMBER_WORDS: readonly string[] = Object.keys(WORD_VALUES);

function isNumberWord(token: Token | undefined): boolean {
  return token?.kind === "word" && token.text in WORD_VALUES;
}

/** "et" joins only "vingt et un", "soixante et onze"…, never two counts ("six et huit pièces"). */
function joinsUnit(words: readonly string[], next: Token | undefined): boolean {
  const tens = WORD_VALUES[words[words.length - 1]] ?? 0;
  return tens >= 20 && tens % 10 === 0 && ["un", "une", "onze"].includes(next?.text ?? "");
}

/** "quatre vingt dix" → 90, "deux cent" → 200, "vingt et un" → 21 (the words after the first one are summed). */
function valueOf(words: readonly string[]): number {
  let total = 0;
  let previous = 0;
  for (const word of words) {
    const value = WORD_VALUES[word];
    if (value === 100) total = (total === 0 ? 1 : total) * 100;
    else if (value === 20 && previous === 4) total += 80 - 4;
    else total += value;
    previous = value;
  }
  return total;
}

/**
 * Replaces runs of number words ("vingt", "-", "quatre"; "vingt", "et", "un") by one number token. A lone "un" or
 * "une" also becomes 1: "une coupe de champagne", "un serveur pour 30 convives".
 */
export function numberWords(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNumberWord(tokens[i])) {
      out.push(tokens[i]);
      continue;
    }
    const words: string[] = [tokens[i].text];
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j];
      const joiner = token.text === "-" || (token.text === "et" && joinsUnit(words, tokens[j + 1]));
      if (joiner) continue;
      if (!isNumberWord(token) || token.clause !== tokens[i].clause) break;
      words.push(token.text);
      last = j;
    }
    const value = valueOf(words);
    out.push({
      ...tokens[i],
      kind: "number",
      text: String(value),
      value,
      end: tokens[last].end,
      stop: false,
    });
    i = last;
  }
  return out;
}
